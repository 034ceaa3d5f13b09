/*
 * The article page, answer first: the question as its heading (the asker's own wording, shown to them
 * only; the article's canonical question to everyone else), what a follow-up was read as, the review
 * state in one line, the bottom line — all on a phone's first screen — then the review steps, the
 * reader's choice and disclaimer, a table of contents for long articles, the cited sections (grouped
 * under bold lead-ins, pitfalls numbered), references that link back, and the follow-up thread and box.
 */
import { AskForm, CsrfField, Layout, usePageView } from './layout.tsx';
import { References, citationPlaces } from './citations.tsx';
import { SectionStatements, displayOrder } from './statements.tsx';
import { CareTeamQuestions, ReaderDisclaimer, ReaderSelect } from './reader.tsx';
import { publicStep, reviewStateLabels, reviewSteps } from '../../articles/index.ts';
import type { DrugNamer } from './statements.tsx';
import type { Answer, AnswerSection } from '../../answer/index.ts';
import type { ReviewState } from '../../store/index.ts';

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

/** An article a thread links to, by its title. */
export interface ThreadLink {
  slug: string;
  title: string;
}

/** The review facts an answer carries, for pages rendered without the store (exports). */
export function reviewOf(answer: Answer): ArticleReview | undefined {
  const a = answer.article;
  return a && { state: a.reviewState as ReviewState, submittedAt: a.updatedAt, updatedAt: a.updatedAt, needsReview: a.needsReview };
}

/** "1 December 2026": dates as readers write them, in UTC so every server shows the same day. */
export function readableDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Articles with more sections than this get a table of contents. */
const contentsFromSections = 4;
const bottomLineHeadings = /^(bottom line|in short)$/i;
const pitfallHeadings = /pitfall|caveat|aware of/i;

function sectionId(heading: string, i: number): string {
  return `s${i + 1}-${heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

function ReviewSteps(props: { review: ArticleReview }) {
  const r = props.review;
  const current = publicStep(r.state);
  const index = reviewSteps.findIndex((s) => s.state === current);
  const label = (state: ReviewState, fallback: string) =>
    state === current && r.state !== current ? reviewStateLabels[r.state] : fallback;
  const reviewer = r.reviewer && [r.reviewer.displayName, r.reviewer.credentials, r.reviewer.specialty].filter(Boolean).join(', ');
  return (
    <section aria-label="Review status" class="review">
      <p class="board">Reviewed by our Medical Advisory Board before approval. Every article is checked against its cited sources.</p>
      <ol class="steps">
        {reviewSteps.map((step, i) => (
          // The mark and the words carry the state, not the colour alone.
          <li class={i === index ? 'current' : i < index ? 'done' : ''} aria-current={i === index ? 'step' : undefined}>
            <span class="mark" aria-hidden="true">
              {i < index ? '✓ ' : i === index ? '● ' : '○ '}
            </span>
            {label(step.state, step.label)}
          </li>
        ))}
      </ol>
      {r.state === 'approved' && reviewer && r.reviewedAt ? (
        <p class="reviewed">
          Reviewed by {reviewer}, on <time datetime={r.reviewedAt}>{readableDate(r.reviewedAt)}</time>
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
          This content is pending human review by our Medical Advisory Board. It was composed from the cited evidence and has not yet been
          approved.
        </p>
      ) : null}
      <p class="meta">
        Submitted <time datetime={r.submittedAt}>{readableDate(r.submittedAt)}</time> · Last updated{' '}
        <time datetime={r.updatedAt}>{readableDate(r.updatedAt)}</time> · <a href="/editorial-policy">Editorial policy</a>
      </p>
    </section>
  );
}

/** One line under the heading, so the review state is seen before the answer is read. */
function StatusLine(props: { review?: ArticleReview }) {
  const r = props.review;
  if (!r) return <p class="status-line">Not reviewed: composed from the cited evidence for you, and not saved.</p>;
  const approved = r.state === 'approved' && !r.needsReview;
  return (
    <p class="status-line">
      <span class={approved ? 'state approved' : 'state pending-state'}>
        {approved ? '✓ Approved by the Medical Advisory Board' : `Pending review: ${reviewStateLabels[r.state]}`}
      </span>{' '}
      · Last updated <time datetime={r.updatedAt}>{readableDate(r.updatedAt)}</time>
    </p>
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

function Readability(props: { answer: Answer }) {
  const { member } = usePageView();
  const r = props.answer.readability;
  // Editors and reviewers weigh the wording; readers are not graded.
  if (!r || !member?.roles.some((role) => role === 'editor' || role === 'reviewer' || role === 'admin')) return null;
  return (
    <p class="meta readability">
      Reading level for this view: Flesch–Kincaid grade {r.fleschKincaidGrade} · SMOG {r.smogGrade} · reading ease {r.readingEase}
    </p>
  );
}

export interface ArticlePageProps {
  answer: Answer;
  review?: ArticleReview;
  /** The asker's own wording (their view only). */
  asked?: string;
  /** What a follow-up was read as ("tofersen in amyotrophic lateral sclerosis (ALS)"). */
  answering?: string;
  scopeNote?: string;
  /** Follow-up articles asked from this one, and the article this one followed. */
  thread?: ThreadLink[];
  followed?: ThreadLink;
  /** Names the drugs in a statement, for lead-ins (the server's library; exports have none). */
  drugsIn?: DrugNamer;
  /** The year references are aged against (default this year). */
  year?: number;
}

export function ArticlePage(props: ArticlePageProps) {
  const a = props.answer;
  const slug = a.article?.slug ?? '';
  const review = props.review ?? reviewOf(a);
  const focusTitle = a.focus?.title;
  const bottom = a.sections.find((s) => bottomLineHeadings.test(s.heading));
  const body: AnswerSection[] = a.sections.filter((s) => s !== bottom).map((s) => displayOrder(s, focusTitle, props.drugsIn));
  const shown = bottom ? [bottom, ...body] : body;
  const places = citationPlaces(shown);
  const references = new Map(a.references.map((r) => [r.n, r]));
  const ids = body.map((s, i) => sectionId(s.heading, i));
  const heading = props.asked ?? a.question;
  const links = [
    { href: '#bottom-line', label: 'Skip to the answer' },
    { href: '#follow', label: 'Skip to the follow-up question' },
  ];
  return (
    <Layout title={heading} skipLinks={links}>
      <article>
        <h1>{heading}</h1>
        <p class="article-title">{a.title}</p>
        {props.answering ? <p class="answering">Answering: {props.answering}</p> : null}
        {props.scopeNote ? (
          <p class="scope-note" role="note">
            {props.scopeNote}
          </p>
        ) : null}
        <StatusLine review={review} />
        <section id="bottom-line" class="bottom-line" aria-labelledby="bottom-line-heading" tabindex={-1}>
          <h2 id="bottom-line-heading">Bottom line</h2>
          {bottom ? (
            <SectionStatements section={bottom} numbered={false} focusTitle={focusTitle} places={places} references={references} />
          ) : (
            <p class="summary">{a.summary}</p>
          )}
        </section>
        {review ? <ReviewSteps review={review} /> : <UnsavedNotice answer={a} />}
        <form class="audience" method="get" action={slug ? `/articles/${slug}` : '/ask'}>
          {slug ? null : <input type="hidden" name="q" value={a.question} />}
          <ReaderSelect id="audience" audience={a.audience} /> <button type="submit">Show</button>
        </form>
        <ReaderDisclaimer audience={a.audience} />
        {a.leftOutForReader ? (
          <p class="meta">
            {a.leftOutForReader} statement{a.leftOutForReader === 1 ? ' is' : 's are'} written for health professionals and not shown here;{' '}
            <a href={slug ? `/articles/${slug}?audience=clinician` : '#'}>read the version for clinicians</a>.
          </p>
        ) : null}
        {a.confidence !== undefined ? <p class="meta">Evidence coverage: {confidenceLabel(a.confidence)}</p> : null}
        <Readability answer={a} />
        {body.length > contentsFromSections ? (
          <nav aria-label="Contents" class="contents">
            <h2>Contents</h2>
            <ol>
              {body.map((s, i) => (
                <li>
                  <a href={`#${ids[i]}`}>{s.heading}</a>
                </li>
              ))}
              <li>
                <a href="#references-heading">References</a>
              </li>
            </ol>
          </nav>
        ) : null}
        {body.map((section, i) => (
          <section aria-labelledby={ids[i]}>
            <h2 id={ids[i]}>{section.heading}</h2>
            {section.note ? <p class="heading-note">{section.note}</p> : null}
            <SectionStatements
              section={section}
              numbered={pitfallHeadings.test(section.heading)}
              focusTitle={focusTitle}
              drugsIn={props.drugsIn}
              places={places}
              references={references}
            />
          </section>
        ))}
        <CareTeamQuestions answer={a} />
        {a.closing ? <p class="closing">{a.closing}</p> : null}
        <References
          references={a.references}
          places={places}
          year={props.year ?? new Date().getUTCFullYear()}
          {...(slug ? { exports: `/articles/${slug}` } : {})}
        />
        <FollowUps answer={a} slug={slug} thread={props.thread ?? []} {...(props.followed ? { followed: props.followed } : {})} />
      </article>
    </Layout>
  );
}

function FollowUps(props: { answer: Answer; slug: string; thread: ThreadLink[]; followed?: ThreadLink }) {
  const a = props.answer;
  return (
    <section class="followup" aria-labelledby="followup-heading">
      <h2 id="followup-heading">Ask a follow-up question</h2>
      {props.followed ? (
        <p class="meta">
          This article follows <a href={`/articles/${props.followed.slug}`}>{props.followed.title}</a>.
        </p>
      ) : null}
      {props.thread.length > 0 ? (
        <>
          <h3>Follow-ups asked from this article</h3>
          <ol class="thread">
            {props.thread.map((t) => (
              <li>
                <a href={`/articles/${t.slug}`}>{t.title}</a>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <AskForm id="follow" class="followup-form" label="Ask a follow-up question about this article" placeholder="What about tofersen?">
        <input type="hidden" name="context" value={props.slug} />
        <input type="hidden" name="audience" value={a.audience} />
      </AskForm>
      {a.followUps && a.followUps.length > 0 ? (
        <ul class="suggested">
          {a.followUps.map((q) => (
            <li>
              <a href={`/ask?q=${encodeURIComponent(q)}&audience=${a.audience}${props.slug ? `&context=${props.slug}` : ''}`}>{q}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
