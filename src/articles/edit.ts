/*
 * Editors' versions: an edit replaces an article's title, canonical question, summary, statements and
 * references, and is saved as a new version. Citations must still resolve (checked on save), and the
 * edit must be made on the current version, so two editors cannot overwrite each other.
 */
import { z } from 'zod';
import { EvidentiaError } from '../errors.ts';
import { sourceTypes } from '../types.ts';
import type { Actor } from './review.ts';
import type { Answer, AnswerStatement } from '../answer/index.ts';
import type { Store, StoredArticle } from '../store/index.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

const statementSchema: z.ZodType<AnswerStatement> = z.lazy(() =>
  z
    .object({
      text: text(4000),
      // Statements quoted from a second document carry what they are about ("Apixaban").
      subject: text(300).optional(),
      citations: z.array(z.number().int().positive()).min(1, 'every statement needs at least one citation'),
      lay: text(4000).optional(),
      status: z.enum(['current', 'superseded', 'withdrawn']).optional(),
      children: z.array(statementSchema).optional(),
    })
    .strict(),
);

const referenceSchema = z
  .object({
    n: z.number().int().positive(),
    type: z.enum(sourceTypes),
    title: text(1000),
    source: z.string().trim().max(500),
    year: z.number().int().min(1800).max(2200).nullable(),
    pmid: z
      .string()
      .regex(/^\d{1,9}$/)
      .optional(),
    doi: z.string().max(300).optional(),
    url: z.string().url().max(2000).optional(),
    revised: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date YYYY-MM or YYYY-MM-DD')
      .optional(),
    locators: z.array(text(200)).max(200).optional(),
  })
  .strict();

/** What an editor sends: the whole editable content, and the version it was made on. */
export const articleEditSchema = z
  .object({
    version: z.number().int().positive(),
    title: text(300),
    question: text(500).optional(),
    summary: text(8000),
    laySummary: text(8000).optional(),
    sections: z.array(z.object({ heading: text(300), statements: z.array(statementSchema).min(1) }).strict()).min(1),
    references: z.array(referenceSchema).min(1),
    closing: z.string().trim().max(2000).optional(),
  })
  .strict();

export type ArticleEdit = z.infer<typeof articleEditSchema>;

/** Validate an edit sent as JSON; the first problem is named by its field. */
export function parseArticleEdit(body: unknown): ArticleEdit {
  const parsed = articleEditSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EvidentiaError('BAD_REQUEST', `invalid article field "${issue.path.join('.') || 'body'}": ${issue.message}`);
  }
  return parsed.data;
}

/** Every citation resolves to a reference, references are numbered 1..n and every one is cited. */
export function checkCitations(edit: Pick<ArticleEdit, 'sections' | 'references'>): void {
  const numbers = edit.references.map((r) => r.n);
  numbers.forEach((n, i) => {
    if (n !== i + 1)
      throw new EvidentiaError(
        'MALFORMED_INPUT',
        `references must be numbered 1 to ${numbers.length} in order; reference ${i + 1} is numbered ${n}`,
      );
  });
  const cited = new Set<number>();
  const visit = (s: AnswerStatement, where: string) => {
    for (const n of s.citations) {
      if (n < 1 || n > numbers.length)
        throw new EvidentiaError(
          'MALFORMED_INPUT',
          `citation [${n}] in ${where} ("${s.text.slice(0, 60)}") does not resolve to a reference`,
        );
      cited.add(n);
    }
    (s.children ?? []).forEach((c, i) => visit(c, `${where}, qualifier ${i + 1}`));
  };
  edit.sections.forEach((sec, i) => sec.statements.forEach((s, j) => visit(s, `section ${i + 1} ("${sec.heading}"), statement ${j + 1}`)));
  const uncited = numbers.filter((n) => !cited.has(n));
  if (uncited.length > 0)
    throw new EvidentiaError('MALFORMED_INPUT', `reference ${uncited.join(', ')} is not cited by any statement; cite it or remove it`);
}

/**
 * Save an editor's new version. The article goes back to Submitted for review, except one with
 * changes requested, which stays there until the editor resubmits it.
 */
export function editArticle(store: Store, idOrSlug: string, edit: ArticleEdit, actor: Actor, now = new Date()): StoredArticle {
  return store.transaction(() => {
    const article = store.getArticle(idOrSlug);
    if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${idOrSlug}"`);
    if (!actor.member.roles.includes('editor')) {
      throw new EvidentiaError(
        'FORBIDDEN',
        `editing an article needs the editor role; ${actor.member.name} has ${actor.member.roles.join(', ')}`,
      );
    }
    if (article.reviewState === 'under_review') {
      throw new EvidentiaError(
        'CONFLICT',
        `article "${article.slug}" is under review; the reviewer must approve, request changes or release it before it can be edited`,
      );
    }
    if (edit.version !== article.version) {
      throw new EvidentiaError(
        'CONFLICT',
        `article "${article.slug}" is at version ${article.version}; this edit was made on version ${edit.version} — reload and edit the current version`,
      );
    }
    checkCitations(edit);
    const { version: _base, question, laySummary, closing, ...content } = edit;
    const answer: Answer = { ...article.answer, ...content, question: question ?? article.question };
    // A changed summary makes the old plain-language one stale: it is kept only when sent again.
    if (laySummary) answer.laySummary = laySummary;
    else if (content.summary !== article.answer.summary) delete answer.laySummary;
    if (closing) answer.closing = closing;
    else delete answer.closing;
    const to = article.reviewState === 'changes_requested' ? 'changes_requested' : 'submitted';
    const stamp = now.toISOString();
    const { reviewedBy: _by, reviewedAt: _at, ...rest } = article;
    const next: StoredArticle = {
      ...rest,
      question: answer.question,
      answer,
      version: article.version + 1,
      reviewState: to,
      updatedAt: stamp,
      editedBy: actor.member.name,
      needsReview: false,
    };
    store.saveArticle(next);
    store.appendAudit({
      at: stamp,
      actor: actor.member.name,
      via: actor.via,
      action: 'edited',
      articleId: article.id,
      version: next.version,
      fromState: article.reviewState,
      toState: to,
    });
    return store.getArticle(article.id)!;
  });
}

/** The editable content of an article, as an edit of its current version (what PUT expects). */
export function currentContent(article: StoredArticle): ArticleEdit {
  const a = article.answer;
  return {
    version: article.version,
    title: a.title,
    question: article.question,
    summary: a.summary,
    ...(a.laySummary ? { laySummary: a.laySummary } : {}),
    sections: a.sections,
    references: a.references,
    ...(a.closing ? { closing: a.closing } : {}),
  };
}
