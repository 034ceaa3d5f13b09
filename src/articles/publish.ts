/*
 * Saves answers as articles. An article is one distinct answer — the library topic or drug it is about
 * and what is asked of it (its title) — not one question string: paraphrases reach the same article,
 * and asking again never changes a saved article (only an editor's new version or an import that
 * changes its evidence does). Articles are named by topic and intent; a reader's wording is never saved.
 */
import { randomUUID } from 'node:crypto';
import { normalise } from '../retrieve/index.ts';
import type { Answer } from '../answer/index.ts';
import type { Store, StoredArticle } from '../store/index.ts';

/**
 * The identity of the article an answer belongs to: its focus (library topic or drug) and its title
 * (topic and intent), e.g. "tinea-pedis|management of tinea pedis". Answers without a library focus
 * are titled from the question itself, so they are shown to the asker and not saved.
 */
export function articleKey(answer: Pick<Answer, 'focus' | 'title'>): string | undefined {
  return answer.focus ? `${answer.focus.id}|${normalise(answer.title)}` : undefined;
}

export function slugify(text: string): string {
  return normalise(text).split(' ').slice(0, 10).join('-').slice(0, 80).replace(/-+$/, '') || 'article';
}

/** Question forms of the composer's titles ("Terbinafine: dosing" → "What is the dose of terbinafine?"). */
const questionForms: [RegExp, (topic: string) => string][] = [
  [/^Management of (.+)$/, (t) => `What is the management of ${t}?`],
  [/^Diagnosis of (.+)$/, (t) => `How is ${t} diagnosed?`],
  [/^Prognosis of (.+)$/, (t) => `What is the prognosis of ${t}?`],
  [/^(.+): dosing$/, (t) => `What is the dose of ${t}?`],
  [/^(.+): adverse effects$/, (t) => `What are the adverse effects of ${t}?`],
  [/^(.+): contraindications and interactions$/, (t) => `What are the contraindications and interactions of ${t}?`],
  [/^(.+): monitoring$/, (t) => `What monitoring is needed for ${t}?`],
  [/^(.+): prevention and screening$/, (t) => `How can ${t} be prevented or screened for?`],
  [/^(.+): overview$/, (t) => `What is ${t}?`],
  [/^(.+): clinical use$/, (t) => `What is ${t} used for?`],
  [/^(.+): comparison$/, (t) => `How do ${t} compare?`],
];

/** The article's canonical question, composed from its title (topic and intent); editors may reword it. */
export function canonicalQuestion(title: string): string {
  for (const [pattern, form] of questionForms) {
    const m = pattern.exec(title);
    if (m) return form(m[1]!);
  }
  return title.endsWith('?') ? title : `${title}?`;
}

/**
 * Find or save the article for an answered question. A new article starts Submitted with the
 * canonical question in place of the reader's; an existing one is returned untouched.
 */
export function publishAnswer(store: Store, answer: Answer, now = new Date()): { article: StoredArticle | undefined; created: boolean } {
  const key = articleKey(answer);
  if (answer.status !== 'answered' || !key) return { article: undefined, created: false };
  return store.transaction(() => {
    const existing = store.findArticleByKey(key);
    if (existing) return { article: existing, created: false };
    const stamp = now.toISOString();
    const question = canonicalQuestion(answer.title);
    const article: StoredArticle = {
      id: randomUUID(),
      slug: uniqueSlug(store, slugify(answer.title)),
      question,
      questionKey: key,
      audience: answer.audience,
      answer: { ...answer, question },
      evidenceHash: answer.evidenceHash ?? '',
      reviewState: 'submitted',
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
      documentIds: answer.evidenceDocuments ?? [],
      needsReview: false,
    };
    store.saveArticle(article);
    store.appendAudit({
      at: stamp,
      actor: 'evidentia',
      via: 'ask',
      action: 'created',
      articleId: article.id,
      version: 1,
      toState: 'submitted',
    });
    return { article, created: true };
  });
}

function uniqueSlug(store: Store, base: string): string {
  let slug = base;
  for (let n = 2; store.getArticle(slug); n++) slug = `${base}-${n}`;
  return slug;
}
