/*
 * The Medical Advisory Board workflow: every generated article is Submitted, then Under review, then
 * Approved. Until approved, pages say the content is pending human review.
 */
import type { ReviewState } from '../store/index.ts';

export const reviewSteps: { state: ReviewState; label: string }[] = [
  { state: 'submitted', label: 'Submitted' },
  { state: 'under_review', label: 'Under review' },
  { state: 'approved', label: 'Approved' },
];

export function isApproved(state: ReviewState): boolean {
  return state === 'approved';
}
