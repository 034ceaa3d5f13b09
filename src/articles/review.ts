/*
 * The Medical Advisory Board workflow. Every generated article starts Submitted; a reviewer claims it
 * (Under review), then approves it or requests changes with a comment; an editor edits and resubmits.
 * An approved article whose evidence changes on import needs re-review. Each move is checked against
 * the actor's roles and the separation of duties, and written to the audit log in the same transaction.
 */
import { EvidentiaError } from '../errors.ts';
import { reviewStates } from '../store/index.ts';
import type { AuditChannel, BoardMember, ReviewState, Role, Store, StoredArticle } from '../store/index.ts';

/** Who is acting, and through which door (pages, API, command line). */
export interface Actor {
  member: BoardMember;
  via: AuditChannel;
}

export const reviewStateLabels: Record<ReviewState, string> = {
  submitted: 'Submitted',
  under_review: 'Under review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  needs_re_review: 'Needs re-review',
};

/** The steps a reader sees on an article, in order; other states are shown at the step they belong to. */
export const reviewSteps: { state: ReviewState; label: string }[] = [
  { state: 'submitted', label: 'Submitted' },
  { state: 'under_review', label: 'Under review' },
  { state: 'approved', label: 'Approved' },
];

/** The public step a state is shown at: changes requested is still under review; needs re-review was approved. */
export function publicStep(state: ReviewState): ReviewState {
  return state === 'changes_requested' ? 'under_review' : state === 'needs_re_review' ? 'approved' : state;
}

export function isApproved(state: ReviewState): boolean {
  return state === 'approved';
}

interface Move {
  to: ReviewState;
  role: Role;
  /** What the move means, for messages and buttons. */
  label: string;
}

/** Every move the workflow allows, from each state, and the role it needs. */
export const workflow: Record<ReviewState, Move[]> = {
  submitted: [{ to: 'under_review', role: 'reviewer', label: 'Claim for review' }],
  under_review: [
    { to: 'approved', role: 'reviewer', label: 'Approve' },
    { to: 'changes_requested', role: 'reviewer', label: 'Request changes' },
    { to: 'submitted', role: 'reviewer', label: 'Release to the queue' },
  ],
  changes_requested: [{ to: 'submitted', role: 'editor', label: 'Resubmit' }],
  approved: [],
  needs_re_review: [{ to: 'under_review', role: 'reviewer', label: 'Claim for re-review' }],
};

export function parseReviewState(value: string): ReviewState {
  const wanted = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const state = reviewStates.find((s) => s === wanted);
  if (!state) throw new EvidentiaError('BAD_REQUEST', `unknown review state "${value}" (use: ${reviewStates.join(', ')})`);
  return state;
}

/** The moves `member` may make on the article now (for buttons and the command line's hints). */
export function movesFor(article: StoredArticle, member: BoardMember | undefined): Move[] {
  return workflow[article.reviewState].filter(
    (m) => member?.roles.includes(m.role) && !(m.to === 'approved' && article.editedBy === member.name),
  );
}

/** Move an article through the workflow, refusing what the workflow, the actor's roles or the separation of duties do not allow. */
export function moveArticle(store: Store, idOrSlug: string, to: ReviewState, actor: Actor, comment = '', now = new Date()): StoredArticle {
  return store.transaction(() => {
    const article = store.getArticle(idOrSlug);
    if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${idOrSlug}"`);
    const from = article.reviewState;
    const move = workflow[from].find((m) => m.to === to);
    if (!move) {
      const allowed = workflow[from].map((m) => m.to);
      throw new EvidentiaError(
        'CONFLICT',
        `article "${article.slug}" is ${from}; it can move to ${allowed.length ? allowed.join(' or ') : "nothing (an editor's new version or a change in its evidence starts a new review)"}, not ${to}`,
      );
    }
    const who = actor.member;
    if (!who.roles.includes(move.role)) {
      throw new EvidentiaError(
        'FORBIDDEN',
        `moving an article to ${to} needs the ${move.role} role; ${who.name} has ${who.roles.join(', ')}`,
      );
    }
    if (to === 'approved' && article.editedBy === who.name) {
      throw new EvidentiaError(
        'FORBIDDEN',
        `${who.name} wrote version ${article.version} of "${article.slug}"; another reviewer must approve it`,
      );
    }
    const note = comment.trim();
    if (to === 'changes_requested' && !note)
      throw new EvidentiaError('BAD_REQUEST', 'requesting changes needs a comment saying what to change');
    if (from === 'changes_requested') {
      const requested = store
        .auditOf(article.id)
        .filter((e) => e.action === 'transition' && e.toState === 'changes_requested')
        .at(-1);
      if (requested && requested.version === article.version) {
        throw new EvidentiaError(
          'CONFLICT',
          `changes were requested on version ${article.version} of "${article.slug}"; edit it before resubmitting`,
        );
      }
    }
    const at = now.toISOString();
    store.setReviewState(article.id, to, to === 'approved' ? { by: who.name, at } : undefined);
    store.appendAudit({
      at,
      actor: who.name,
      via: actor.via,
      action: 'transition',
      articleId: article.id,
      version: article.version,
      fromState: from,
      toState: to,
      ...(note ? { comment: note } : {}),
    });
    return store.getArticle(article.id)!;
  });
}
