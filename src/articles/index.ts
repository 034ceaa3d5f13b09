/* Public API of the articles stage: saving answers as reviewed articles. */
export { publishAnswer, questionKey, slugify } from './publish.ts';
export { reviewSteps, isApproved, advanceReview, parseReviewState } from './review.ts';
