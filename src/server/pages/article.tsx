/*
 * The article page: the asker's own wording (their view only), title, Medical Advisory Board note and
 * review steps with the reviewer and dates, pending-review banner, lead summary, cited sections, closing line, typed references, reader selector and
 * follow-up box.
 */
import { AskForm, CsrfField, Layout, usePageView } from './layout.tsx';
import { audienceLabels, referenceTrace } from '../../answer/index.ts';
import { publicStep, reviewStateLabels, reviewSteps } from '../../articles/index.ts';
import { audiences, sourceTypeLabel } from '../../types.ts';
import type { Answer, AnswerStatement } from '../../answer/index.ts';
import type { ReviewState } from '../../store/index.ts';

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

/** Where an article stands with the Medical Advisory Board, as its page shows it. */
export interface ArticleReview {
  state: ReviewState;
  /** When the first version was submitted, and when the current version was written. */
  submittedAt: string;
  updatedAt: string;
  needsReview: boolean;
  /** The reviewer who approved the current version (or the last approved one, when re-review is due). */
  reviewer?: { displayName: string; credentials?: string; specialty?: string };
  reviewedAt?: string;
}

/** The review facts an answer carries, for pages rendered without the store (exports). */
export function reviewOf(answer: Answer): ArticleReview | undefined {
  const a = answer.article;
  return a && { state: a.reviewState as ReviewState, submittedAt: a.updatedAt, updatedAt: a.updatedAt, needsReview: a.needsReview };
}

function ReviewStatus(props: { review: ArticleReview }) {
  const r = props.review;
  const current = publicStep(r.state);
  const index = reviewSteps.findIndex((s) => s.state === current);
  const label = (state: ReviewState, fallback: string) => (state === current && r.state !== current ? reviewStateLabels[r.state] : fallback);
  const reviewer = r.reviewer && [r.reviewer.displayName, r.reviewer.credentials, r.reviewer.specialty].filter(Boolean).join(', ');
  return (
    <section aria-label="Review status">
      <p class="board">Reviewed by our Medical Advisory Board before approval. Every article is checked against its cited sources.</p>
      <ol class="steps">
        {reviewSteps.map((step, i) => (
          <li class={i === index ? 'current' : i < index ? 'done' : ''} aria-current={i === index ? 'step' : undefined}>
            {label(step.state, step.label)}
          </li>
        ))}
      </ol>
      {r.state === 'approved' && reviewer && r.reviewedAt ? (
        <p class="reviewed">
          Reviewed by {reviewer}, on <time datetime={r.reviewedAt}>{r.reviewedAt.slice(0, 10)}</time>
        </p>
      ) : null}
      {r.needsReview ? (
        <p class="pending" role="status">
          A source this article cites has changed or been withdrawn since this version was written. The article is awaiting re-review.
        </p>
      ) : r.state === 'needs_re_review' ? (
        <p class="pending" role="status">
          A new guideline on this topic has been published since this article was approved. The article is awaiting re-review.
        </p>
      ) : null}
      {r.state !== 'approved' && r.state !== 'needs_re_review' ? (
        <p class="pending" role="status">
          This content is pending human review by our Medical Advisory Board. It was composed from the cited evidence and has not yet been approved.
        </p>
      ) : null}
      <p class="meta">
        Submitted <time datetime={r.submittedAt}>{r.submittedAt.slice(0, 10)}</time> · Last updated <time datetime={r.updatedAt}>{r.updatedAt.slice(0, 10)}</time> ·{' '}
        <a href="/editorial-policy">Editorial policy</a>
      </p>
    </section>
  );
}

/** An answer that is not (yet) an article: shown to the asker only, unreviewed. */
function UnsavedNotice(props: { answer: Answer }) {
  const view = usePageView();
  return (
    <section aria-label="Review status">
      <p class="pending" role="status">
        This answer has not been reviewed by our Medical Advisory Board. It was composed from the cited evidence for you and is not saved.
      </p>
      {view.csrf && props.answer.focus ? (
        <form method="post" action="/ask">
          <CsrfField />
          <input type="hidden" name="q" value={props.answer.question} />
          <input type="hidden" name="audience" value={props.answer.audience} />
          <button type="submit">Send for Medical Advisory Board review</button>
        </form>
      ) : null}
    </section>
  );
}

/** How well the evidence covers the question, in words a reader can weigh. */
function confidenceLabel(confidence: number): string {
  return confidence >= 0.8 ? 'high' : confidence >= 0.6 ? 'moderate' : 'limited';
}

export function ArticlePage(props: { answer: Answer; review?: ArticleReview; asked?: string }) {
  const a = props.answer;
  const slug = a.article?.slug ?? '';
  const review = props.review ?? reviewOf(a);
  return (
    <Layout title={a.title}>
      <article>
        {props.asked ? <p class="asked">You asked: {props.asked}</p> : null}
        <h1>{a.title}</h1>
        {review ? <ReviewStatus review={review} /> : <UnsavedNotice answer={a} />}
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
                {r.year ? `, ${r.year}` : ''}.{referenceTrace(r)}
                {r.pmid ? ` PMID ${r.pmid}.` : ''}
                {r.doi ? ` doi:${r.doi}.` : ''}
              </li>
            ))}
          </ol>
        </section>
        <section class="followup">
          <h2>Ask a follow-up question</h2>
          <AskForm id="follow" class="followup-form" placeholder="Ask the next question about this topic">
            <input type="hidden" name="context" value={slug} />
            <input type="hidden" name="audience" value={a.audience} />
          </AskForm>
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
