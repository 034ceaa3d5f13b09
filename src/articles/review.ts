/*
 * The Medical Advisory Board workflow: every generated article is Submitted, then Under review, then
 * Approved. Until approved, pages say the content is pending human review.
 */
import { EvidentiaError } from '../errors.ts';
import type { ReviewState, Store, StoredArticle } from '../store/index.ts';

export const reviewSteps: { state: ReviewState; label: string }[] = [
  { state: 'submitted', label: 'Submitted' },
  { state: 'under_review', label: 'Under review' },
  { state: 'approved', label: 'Approved' },
];

export function isApproved(state: ReviewState): boolean {
  return state === 'approved';
}

/** Where each state may go: forward one step, or an article under review returned to Submitted. */
const transitions: Record<ReviewState, ReviewState[]> = {
  submitted: ['under_review'],
  under_review: ['approved', 'submitted'],
  approved: [],
};

export function parseReviewState(value: string): ReviewState {
  const state = reviewSteps.find((s) => s.state === value || s.label.toLowerCase() === value.toLowerCase())?.state;
  if (!state) throw new EvidentiaError('USAGE', `unknown review state "${value}" (use: ${reviewSteps.map((s) => s.state).join(', ')})`);
  return state;
}

/** Move an article through the Medical Advisory Board workflow, refusing a step the workflow does not allow. */
export function advanceReview(store: Store, idOrSlug: string, to: ReviewState): StoredArticle {
  const article = store.getArticle(idOrSlug);
  if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${idOrSlug}"`);
  if (!transitions[article.reviewState].includes(to)) {
    const allowed = transitions[article.reviewState];
    throw new EvidentiaError(
      'BAD_REQUEST',
      `article "${article.slug}" is ${article.reviewState}; it can move to ${allowed.length ? allowed.join(' or ') : 'nothing (a new version starts a new review)'}, not ${to}`,
    );
  }
  store.setReviewState(article.id, to);
  return { ...article, reviewState: to };
}
