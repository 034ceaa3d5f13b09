/*
 * Saves answered questions as articles. The same question asked again returns the saved article; if
 * the evidence behind it changed, a new version is saved and goes back to Submitted for review.
 */
import { randomUUID } from 'node:crypto';
import { normalise } from '../retrieve/index.ts';
import type { Answer } from '../answer/index.ts';
import type { Store, StoredArticle } from '../store/index.ts';

/** Questions that differ only in case, punctuation or spacing are the same question. */
export function questionKey(question: string): string {
  return normalise(question);
}

export function slugify(text: string): string {
  return (
    normalise(text)
      .split(' ')
      .slice(0, 10)
      .join('-')
      .slice(0, 80)
      .replace(/-+$/, '') || 'article'
  );
}

export function publishAnswer(store: Store, answer: Answer, now = new Date()): { article: StoredArticle; created: boolean; revised: boolean } {
  const key = questionKey(answer.question);
  const existing = store.findArticleByKey(key);
  const stamp = now.toISOString();
  if (existing && existing.evidenceHash === answer.evidenceHash) return { article: existing, created: false, revised: false };
  const article: StoredArticle = existing
    ? {
        ...existing,
        answer,
        evidenceHash: answer.evidenceHash ?? '',
        version: existing.version + 1,
        reviewState: 'submitted',
        updatedAt: stamp,
        documentIds: answer.evidenceDocuments ?? [],
        needsReview: false,
      }
    : {
        id: randomUUID(),
        slug: uniqueSlug(store, slugify(answer.question)),
        question: answer.question,
        questionKey: key,
        audience: answer.audience,
        answer,
        evidenceHash: answer.evidenceHash ?? '',
        reviewState: 'submitted',
        version: 1,
        createdAt: stamp,
        updatedAt: stamp,
        documentIds: answer.evidenceDocuments ?? [],
        needsReview: false,
      };
  store.saveArticle(article);
  return { article, created: !existing, revised: Boolean(existing) };
}

function uniqueSlug(store: Store, base: string): string {
  let slug = base;
  for (let n = 2; store.getArticle(slug); n++) slug = `${base}-${n}`;
  return slug;
}
