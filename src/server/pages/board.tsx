/*
 * The Medical Advisory Board's pages: sign in, the review queue (by state and specialty), the review page
 * (each statement beside the passage it cites, highlighted; the moves the member may make; versions and
 * the audit trail) and the diff between two versions.
 */
import { CsrfField, Layout } from './layout.tsx';
import { referenceTrace } from '../../answer/index.ts';
import { reviewStateLabels } from '../../articles/index.ts';
import { reviewStates } from '../../store/index.ts';
import { sourceTypeLabel } from '../../types.ts';
import type { Child } from 'hono/jsx';
import type { AnswerReference, AnswerStatement } from '../../answer/index.ts';
import type { DiffLine } from '../../articles/index.ts';
import type { ArticleVersion, AuditEntry, Passage, ReviewState, StoredArticle } from '../../store/index.ts';

export function LoginPage(props: { next: string; name?: string; message?: string }) {
  return (
    <Layout title="Sign in">
      <h1>Sign in</h1>
      <p>For members of the Medical Advisory Board, editors and readers with an account.</p>
      {props.message ? (
        <p class="notice" role="alert">
          {props.message}
        </p>
      ) : null}
      <form method="post" action="/login" class="stack">
        <CsrfField />
        <input type="hidden" name="next" value={props.next} />
        <label for="name">Name</label>
        <input id="name" name="name" autocomplete="username" required maxlength={40} value={props.name ?? ''} />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required maxlength={1024} />
        <button type="submit">Sign in</button>
      </form>
    </Layout>
  );
}

export function QueuePage(props: { articles: StoredArticle[]; states: ReviewState[]; specialty?: string; specialties: string[] }) {
  return (
    <Layout title="Review queue">
      <h1>Review queue</h1>
      <form method="get" action="/review" class="filters">
        <label for="state">State</label>{' '}
        <select id="state" name="state">
          <option value="open" selected={props.states.length > 1}>
            Open (submitted, under review, changes requested, needs re-review)
          </option>
          {reviewStates.map((s) => (
            <option value={s} selected={props.states.length === 1 && props.states[0] === s}>
              {reviewStateLabels[s]}
            </option>
          ))}
        </select>{' '}
        <label for="specialty">Specialty</label>{' '}
        <select id="specialty" name="specialty">
          <option value="">Any</option>
          {props.specialties.map((s) => (
            <option value={s} selected={s === props.specialty}>
              {s}
            </option>
          ))}
        </select>{' '}
        <button type="submit">Filter</button>
      </form>
      {props.articles.length === 0 ? (
        <p>No articles here.</p>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th>Article</th>
              <th>State</th>
              <th>Specialty</th>
              <th>Version</th>
              <th>Updated</th>
            </tr>
          </thead>
          <tbody>
            {props.articles.map((a) => (
              <tr>
                <td>
                  <a href={`/review/${a.slug}`}>{a.answer.title}</a>
                </td>
                <td class={`state-${a.reviewState}`}>{reviewStateLabels[a.reviewState]}</td>
                <td>{a.specialty ?? ''}</td>
                <td>{a.version}</td>
                <td>{a.updatedAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** The passage text with the statement's words marked where it quotes them. */
function Highlighted(props: { passage: string; statement: string }) {
  const at = props.passage.indexOf(props.statement);
  if (at < 0) return <>{props.passage}</>;
  return (
    <>
      {props.passage.slice(0, at)}
      <mark>{props.statement}</mark>
      {props.passage.slice(at + props.statement.length)}
    </>
  );
}

function Reference(props: { reference: AnswerReference | undefined; n: number }) {
  const r = props.reference;
  if (!r) return <li>[{props.n}] does not resolve</li>;
  return (
    <li>
      [{r.n}] <span class="type">{sourceTypeLabel[r.type]}</span> {r.title}. {r.source}
      {r.year ? `, ${r.year}` : ''}
      {referenceTrace(r)}
    </li>
  );
}

function StatementPair(props: {
  statement: AnswerStatement;
  references: AnswerReference[];
  passageFor: (text: string) => Passage | undefined;
}) {
  const s = props.statement;
  const passage = props.passageFor(s.text);
  return (
    <div class="pair">
      <div>
        <p>{s.text}</p>
        <ul>
          {s.citations.map((n) => (
            <Reference n={n} reference={props.references[n - 1]} />
          ))}
        </ul>
      </div>
      <div class="passage">
        {passage ? (
          <>
            <p class="meta">
              {passage.documentTitle} · {passage.section}
            </p>
            <p>
              <Highlighted passage={passage.text} statement={s.text} />
            </p>
          </>
        ) : (
          <p class="meta">No stored passage holds this wording (edited by an editor, or its source changed).</p>
        )}
      </div>
    </div>
  );
}

export interface ReviewPageProps {
  article: StoredArticle;
  moves: { to: ReviewState; label: string }[];
  /** Why the member cannot act, when they cannot (e.g. they wrote this version). */
  hint?: string;
  canEdit: boolean;
  passageFor: (text: string) => Passage | undefined;
  versions: ArticleVersion[];
  audit: AuditEntry[];
}

export function ReviewPage(props: ReviewPageProps) {
  const a = props.article;
  const flat = (s: AnswerStatement): AnswerStatement[] => [s, ...(s.children ?? []).flatMap(flat)];
  return (
    <Layout title={`Review: ${a.answer.title}`}>
      <p class="meta">
        <a href="/review">Review queue</a> · <a href={`/articles/${a.slug}`}>Public page</a>
      </p>
      <h1>{a.answer.title}</h1>
      <p>
        <strong>{reviewStateLabels[a.reviewState]}</strong> · version {a.version}
        {a.editedBy ? ` by ${a.editedBy}` : ' (composed from the evidence)'} · {a.updatedAt.slice(0, 10)}
        {a.needsReview ? ' · a cited source changed since this version' : ''}
      </p>
      <p class="meta">Canonical question: {a.question}</p>
      <section class="actions" aria-label="Review actions">
        {props.moves.map((m) => (
          <form method="post" action={`/review/${a.slug}/transitions`}>
            <CsrfField />
            <input type="hidden" name="to" value={m.to} />
            {m.to === 'changes_requested' || m.to === 'approved' ? (
              <>
                <label for={`comment-${m.to}`}>Comment{m.to === 'changes_requested' ? ' (what to change)' : ''}</label>
                <textarea
                  id={`comment-${m.to}`}
                  name="comment"
                  rows={2}
                  cols={60}
                  required={m.to === 'changes_requested'}
                  maxlength={4000}
                ></textarea>
              </>
            ) : null}
            <button type="submit" name="move" value={m.to}>
              {m.label}
            </button>
          </form>
        ))}
        {props.hint ? <p class="meta">{props.hint}</p> : null}
        {props.canEdit && a.reviewState !== 'under_review' ? (
          <p>
            <a class="button" href={`/review/${a.slug}/edit`}>
              Edit the content
            </a>{' '}
            <span class="meta">(saved as a new version{a.reviewState === 'changes_requested' ? '; then resubmit it here' : ''})</span>
          </p>
        ) : null}
      </section>
      <p class="summary">{a.answer.summary}</p>
      {a.answer.sections.map((section) => (
        <section>
          <h2>{section.heading}</h2>
          {section.statements.flatMap(flat).map((s) => (
            <StatementPair statement={s} references={a.answer.references} passageFor={props.passageFor} />
          ))}
        </section>
      ))}
      <h2>Versions</h2>
      <ol class="versions">
        {props.versions.map((v, i) => (
          <li>
            Version {v.version}, {v.createdAt.slice(0, 10)}, {v.editedBy ? `edited by ${v.editedBy}` : 'composed from the evidence'}
            {i > 0 ? (
              <>
                {' '}
                ·{' '}
                <a href={`/review/${a.slug}/diff?from=${props.versions[i - 1]!.version}&to=${v.version}`}>
                  changes from version {props.versions[i - 1]!.version}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <h2>Audit trail</h2>
      <ol class="audit">
        {props.audit.map((e) => (
          <li>
            {e.at.slice(0, 16).replace('T', ' ')} · {e.actor} ({e.via}) · {e.action}
            {e.fromState || e.toState ? ` ${e.fromState ?? '—'} → ${e.toState ?? '—'}` : ''}
            {e.version ? ` · version ${e.version}` : ''}
            {e.comment ? ` · “${e.comment}”` : ''}
          </li>
        ))}
      </ol>
    </Layout>
  );
}

export function DiffPage(props: { article: StoredArticle; from: number; to: number; lines: DiffLine[] }) {
  const sign: Record<DiffLine['change'], Child> = { same: '  ', added: '+ ', removed: '− ' };
  return (
    <Layout title={`Changes: ${props.article.answer.title}`}>
      <p class="meta">
        <a href={`/review/${props.article.slug}`}>Back to the review page</a>
      </p>
      <h1>
        Changes from version {props.from} to version {props.to}
      </h1>
      <ol class="diff">
        {props.lines.map((l) => (
          <li class={l.change}>
            {sign[l.change]}
            {l.text}
          </li>
        ))}
      </ol>
    </Layout>
  );
}
