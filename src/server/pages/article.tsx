/*
 * The article page: title, Medical Advisory Board note and review steps, pending-review banner, last
 * updated date, lead summary, cited sections, closing line, typed references, reader selector and
 * follow-up box.
 */
import { Layout } from './layout.tsx';
import { audienceLabels } from '../../answer/index.ts';
import { reviewSteps } from '../../articles/index.ts';
import { audiences, sourceTypeLabel } from '../../types.ts';
import type { Answer, AnswerStatement } from '../../answer/index.ts';

function Citations(props: { numbers: number[] }) {
  return (
    <>
      {props.numbers.map((n) => (
        <sup class="cite">
          <a href={`#ref-${n}`} aria-label={`Reference ${n}`}>
            [{n}]
          </a>
        </sup>
      ))}
    </>
  );
}

function StatementItem(props: { statement: AnswerStatement }) {
  const s = props.statement;
  return (
    <li>
      {s.subject ? <strong class="subject">{s.subject}: </strong> : null}
      {s.status && s.status !== 'current' ? <span class="status-label">{s.status === 'withdrawn' ? 'Withdrawn: ' : 'Superseded: '}</span> : null}
      {s.text}
      <Citations numbers={s.citations} />
      {s.children && s.children.length > 0 ? (
        <ul>
          {s.children.map((c) => (
            <StatementItem statement={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function ReviewStatus(props: { state: string; updatedAt: string; needsReview: boolean }) {
  const index = reviewSteps.findIndex((s) => s.state === props.state);
  return (
    <section aria-label="Review status">
      <p class="board">Reviewed by our Medical Advisory Board before approval. Every article is checked against its cited sources.</p>
      <ol class="steps">
        {reviewSteps.map((step, i) => (
          <li class={i === index ? 'current' : i < index ? 'done' : ''} aria-current={i === index ? 'step' : undefined}>
            {step.label}
          </li>
        ))}
      </ol>
      {props.needsReview ? (
        <p class="pending" role="status">
          A source this article cites has changed or been withdrawn since this version was written. The article is awaiting re-review.
        </p>
      ) : null}
      {props.state !== 'approved' ? (
        <p class="pending" role="status">
          This content is pending human review by our Medical Advisory Board. It was composed from the cited evidence and has not yet been approved.
        </p>
      ) : null}
      <p class="meta">
        Last updated <time datetime={props.updatedAt}>{props.updatedAt.slice(0, 10)}</time> · <a href="/editorial-policy">Editorial policy</a>
      </p>
    </section>
  );
}

/** How well the evidence covers the question, in words a reader can weigh. */
function confidenceLabel(confidence: number): string {
  return confidence >= 0.8 ? 'high' : confidence >= 0.6 ? 'moderate' : 'limited';
}

export function ArticlePage(props: { answer: Answer }) {
  const a = props.answer;
  const slug = a.article?.slug ?? '';
  return (
    <Layout title={a.title}>
      <article>
        <h1>{a.title}</h1>
        {a.article ? <ReviewStatus state={a.article.reviewState} updatedAt={a.article.updatedAt} needsReview={a.article.needsReview} /> : null}
        <form class="audience" method="get" action={slug ? `/articles/${slug}` : '/ask'}>
          <label for="audience">Which best describes you?</label>{' '}
          <select id="audience" name="audience">
            {audiences.map((aud) => (
              <option value={aud} selected={aud === a.audience}>
                {audienceLabels[aud]}
              </option>
            ))}
          </select>{' '}
          <button type="submit">Show</button>
        </form>
        <p class="summary">{a.summary}</p>
        {a.confidence !== undefined ? <p class="meta">Evidence coverage: {confidenceLabel(a.confidence)}</p> : null}
        {a.sections.map((section) => (
          <section>
            <h2>{section.heading}</h2>
            <ul>
              {section.statements.map((s) => (
                <StatementItem statement={s} />
              ))}
            </ul>
          </section>
        ))}
        {a.closing ? <p class="closing">{a.closing}</p> : null}
        <section>
          <h2>References</h2>
          <ol class="references">
            {a.references.map((r) => (
              <li id={`ref-${r.n}`}>
                <span class="type">{sourceTypeLabel[r.type]}</span>
                {r.title}. {r.source}
                {r.year ? `, ${r.year}` : ''}.{r.pmid ? ` PMID ${r.pmid}.` : ''}
                {r.doi ? ` doi:${r.doi}.` : ''}
              </li>
            ))}
          </ol>
        </section>
        <section class="followup">
          <h2>Ask a follow-up question</h2>
          <form method="get" action="/ask">
            <input type="hidden" name="context" value={slug} />
            <input type="hidden" name="audience" value={a.audience} />
            <label for="follow" class="visually-hidden">Follow-up question</label>
            <input id="follow" name="q" type="text" required maxlength={500} placeholder="Ask the next question about this topic" />
            <button type="submit">Ask</button>
          </form>
          {a.followUps && a.followUps.length > 0 ? (
            <ul>
              {a.followUps.map((q) => (
                <li>
                  <a href={`/ask?q=${encodeURIComponent(q)}&audience=${a.audience}${slug ? `&context=${slug}` : ''}`}>{q}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </article>
    </Layout>
  );
}
