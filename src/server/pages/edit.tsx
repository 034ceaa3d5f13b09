/*
 * The editor's page: the article's current content as Markdown in one text box, saved as a new version.
 * A refused save comes back here with the editor's text kept and the problem named by its line.
 */
import { CsrfField, Layout } from './layout.tsx';
import { reviewStateLabels } from '../../articles/index.ts';
import type { StoredArticle } from '../../store/index.ts';

export function EditPage(props: { article: StoredArticle; markdown: string; version: number; message?: string }) {
  const a = props.article;
  return (
    <Layout title={`Edit: ${a.answer.title}`}>
      <p class="meta">
        <a href={`/review/${a.slug}`}>Back to the review page</a>
      </p>
      <h1>Edit: {a.answer.title}</h1>
      <p>
        {reviewStateLabels[a.reviewState]} · version {a.version}. Saving makes version {props.version + 1}
        {a.reviewState === 'changes_requested'
          ? '; then resubmit it from the review page.'
          : ' and sends the article back to the review queue (Submitted).'}
      </p>
      {props.message ? (
        <p class="notice" role="alert">
          {props.message}
        </p>
      ) : null}
      <details class="help">
        <summary>How the text is written</summary>
        <ul>
          <li>
            The first lines: <code># Title</code>, <code>Question:</code> (the canonical question), <code>Summary:</code>, and optionally{' '}
            <code>Lay summary:</code> and <code>Closing:</code>.
          </li>
          <li>
            Each section starts with <code>## Heading</code>; each statement is a line <code>- text [1][2]</code> ending with the numbers of
            the references it cites.
          </li>
          <li>
            Under a statement, indented two spaces: <code>Lay:</code> (plain-language wording), <code>Subject:</code>, <code>Status:</code>{' '}
            (current, superseded or withdrawn) and qualifiers <code>- text [n]</code>.
          </li>
          <li>
            The last section, <code>## References</code>, lists each reference as <code>[n] Title</code> with indented <code>Type:</code>,{' '}
            <code>Source:</code>, <code>Year:</code>, <code>PMID:</code>, <code>DOI:</code>, <code>URL:</code>, <code>Revised:</code> (a
            label's revision date) and <code>Locators:</code> (the places cited, separated by <code>;</code>) lines.
          </li>
          <li>
            Every citation must name a listed reference and every reference must be cited; references are renumbered in order of first use
            when saved.
          </li>
        </ul>
      </details>
      <form method="post" action={`/review/${a.slug}/edit`} class="edit">
        <CsrfField />
        <input type="hidden" name="version" value={String(props.version)} />
        <label for="content">Article</label>
        <textarea id="content" name="content" rows={32} cols={100} spellcheck={true} required>
          {props.markdown}
        </textarea>
        <button type="submit">Save as version {props.version + 1}</button>
      </form>
    </Layout>
  );
}
