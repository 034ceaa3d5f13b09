/* Public API of the articles stage: saving answers as articles, the review workflow, editors' versions and their diffs. */
export { publishAnswer, articleKey, canonicalQuestion, slugify } from './publish.ts';
export { reviewSteps, reviewStateLabels, publicStep, isApproved, moveArticle, movesFor, parseReviewState, workflow } from './review.ts';
export type { Actor } from './review.ts';
export { editArticle, parseArticleEdit, checkCitations, currentContent, articleEditSchema } from './edit.ts';
export type { ArticleEdit } from './edit.ts';
export { articleToMarkdown, markdownToArticle, referencesHeading } from './markdown.ts';
export { diffArticles, articleLines } from './diff.ts';
export type { DiffLine } from './diff.ts';
