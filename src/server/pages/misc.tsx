/* The smaller pages: home (ask box and recent articles), a non-answer notice, the editorial policy, errors. */
import { AskForm, Layout } from './layout.tsx';
import { ReaderSelect } from './reader.tsx';
import { PolicyMarkdown } from './policy-markdown.tsx';
import { reviewStateLabels } from '../../articles/index.ts';
import type { Answer } from '../../answer/index.ts';
import type { StoredArticle } from '../../store/index.ts';
import type { Audience } from '../../types.ts';

/** Home: the ask box and articles, approved first, each by its title (topic and intent) — never a reader's question. */
export function HomePage(props: { recent: StoredArticle[]; audience: Audience }) {
  return (
    <Layout title="Evidence-grounded clinical answers">
      <h1>Evidence-grounded clinical answers</h1>
      <p>
        Ask a clinical question. Every statement in the answer is cited to a guideline, review, trial or drug label from a reviewed library.
      </p>
      <AskForm id="home-q" placeholder="What is the management approach for ALS?">
        {/* Chosen before asking, remembered for the next question. */}
        <p class="reader-choice">
          <ReaderSelect id="home-audience" audience={props.audience} />
        </p>
      </AskForm>
      <p>
        <a href="/library">Browse the clinical library</a>
      </p>
      <h2>Articles</h2>
      {props.recent.length === 0 ? (
        <p>No articles yet.</p>
      ) : (
        <ul class="recent">
          {props.recent.map((a) => (
            <li>
              <a href={`/articles/${a.slug}`}>{a.answer.title}</a> <span class="meta">— {reviewStateLabels[a.reviewState]}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The bundled library, A to Z: each topic opens its management article, each drug its clinical use. */
export function LibraryPage(props: { topics: { id: string; title: string }[]; drugs: { id: string; title: string }[] }) {
  const link = (question: string) => `/ask?q=${encodeURIComponent(question)}`;
  return (
    <Layout title="Clinical library">
      <h1>Clinical library</h1>
      <p>
        {plural(props.topics.length, 'condition')} and {plural(props.drugs.length, 'drug monograph')}, each statement cited to guidelines,
        reviews, trials or drug labels.
      </p>
      <h2>Conditions</h2>
      <ul class="recent">
        {props.topics.map((t) => (
          <li>
            <a href={link(`What is the management of ${t.title}?`)}>{t.title}</a>
          </li>
        ))}
      </ul>
      <h2>Drugs</h2>
      <ul class="recent">
        {props.drugs.map((d) => (
          <li>
            <a href={link(`What is the dose of ${d.title}?`)}>{d.title}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

const noticeHeadings: Record<Exclude<Answer['status'], 'answered'>, string> = {
  out_of_scope: 'Outside what Evidentia answers',
  insufficient_evidence: 'Not enough evidence to answer',
  crisis_support: 'You deserve support right now',
};

/** Example questions a reader can try, each answered by the bundled library. */
const exampleQuestions = ['What is the management approach for ALS?', 'What is the dose of riluzole?', 'How can I manage my gout at home?'];

/**
 * The message for readers: sentences that show how the engine searched (its internal search string) are
 * left out, and the closest topics are links below rather than a sentence.
 */
export function readerMessage(message: string | undefined): string {
  return (message ?? '')
    .split(/(?<=\.)\s+(?=[A-Z])/)
    .filter((sentence) => !/\bsearched\b.*"/i.test(sentence) && !/^Closest library topics:/i.test(sentence))
    .join(' ');
}

export function NoticePage(props: { answer: Answer }) {
  const { answer } = props;
  const heading =
    answer.status === 'insufficient_evidence' && answer.title && !answer.sections.length && answer.title !== 'Not enough evidence to answer'
      ? answer.title
      : noticeHeadings[answer.status === 'answered' ? 'insufficient_evidence' : answer.status];
  // Refused text (possibly an attempt to steer the engine) and words of distress are not echoed back.
  const echo = answer.status === 'insufficient_evidence';
  const crisis = answer.status === 'crisis_support';
  const topics = answer.closestTopics ?? [];
  return (
    <Layout title={heading} query={echo ? answer.question : ''}>
      <h1>{heading}</h1>
      {echo ? <p class="meta">You asked: {answer.question}</p> : null}
      <p class={crisis ? 'notice crisis' : 'notice'}>{crisis ? answer.message : readerMessage(answer.message)}</p>
      {topics.length > 0 ? (
        <section aria-labelledby="closest-heading">
          <h2 id="closest-heading">Closest topics in the library</h2>
          <ul>
            {topics.map((t) => (
              <li>
                <a href={`/ask?q=${encodeURIComponent(`What is the management of ${t.title}?`)}`}>{t.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {crisis ? null : (
        <section aria-labelledby="next-heading">
          <h2 id="next-heading">What you can do next</h2>
          <ul class="next-steps">
            <li>Name the condition or medicine in your question, for example “What is the dose of riluzole?”.</li>
            <li>
              <a href="/library">Browse every condition and drug in the library, A to Z</a>.
            </li>
            <li>
              Try an example question:{' '}
              {exampleQuestions.map((q, i) => (
                <>
                  {i > 0 ? ' · ' : ''}
                  <a href={`/ask?q=${encodeURIComponent(q)}`}>{q}</a>
                </>
              ))}
            </li>
            <li>For a question about your own care, ask your doctor, nurse or pharmacist.</li>
          </ul>
        </section>
      )}
    </Layout>
  );
}

/** The editorial policy, written in the repository (docs/editorial-policy.md) and rendered with its text escaped. */
export function EditorialPolicyPage(props: { markdown: string }) {
  return (
    <Layout title="Editorial policy">
      <article class="policy">
        <PolicyMarkdown markdown={props.markdown} />
      </article>
    </Layout>
  );
}

export function ErrorPage(props: { status: number; message: string }) {
  return (
    <Layout title={`Error ${props.status}`}>
      <h1>{props.status === 404 ? 'Not found' : 'Something went wrong'}</h1>
      <p class="notice">{props.message}</p>
    </Layout>
  );
}
