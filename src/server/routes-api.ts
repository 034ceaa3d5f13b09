/*
 * The Medical Advisory Board's JSON API, under the same rules as the pages: transitions, editors' new
 * versions, the version list and diffs, and the audit log. Callers authenticate with a session cookie
 * (and the X-CSRF-Token header) or with `Authorization: Bearer TOKEN`.
 */
import { z } from 'zod';
import { EvidentiaError } from '../errors.ts';
import { currentContent, diffArticles, editArticle, moveArticle, parseArticleEdit, parseReviewState } from '../articles/index.ts';
import type { Context, Hono } from 'hono';
import type { Evidentia } from '../evidentia.ts';
import type { BoardMember, StoredArticle } from '../store/index.ts';
import type { ServerEnv } from './guard.ts';

const transitionRequest = z.object({ to: z.string().min(1).max(40), comment: z.string().max(4000).optional() }).strict();

/** The signed-in member, or 401 naming how to sign in. */
export function requireMember(c: Context<ServerEnv>, doing: string): BoardMember {
  const member = c.get('member');
  if (!member)
    throw new EvidentiaError(
      'UNAUTHENTICATED',
      `${doing} needs a signed-in member: sign in at /login, or send Authorization: Bearer TOKEN (evidentia token create NAME)`,
    );
  return member;
}

/** A member of the board (editor, reviewer or admin): readers' accounts cannot see workflow records. */
export function requireBoardMember(c: Context<ServerEnv>, doing: string): BoardMember {
  const member = requireMember(c, doing);
  if (!member.roles.some((r) => r !== 'reader'))
    throw new EvidentiaError('FORBIDDEN', `${doing} is for editors, reviewers and admins; ${member.name} is a reader`);
  return member;
}

/** A JSON request body, refused with 415 unless sent as JSON and with 400 if it does not parse. */
export async function readJson(c: Context<ServerEnv>, example: string): Promise<unknown> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
    throw new EvidentiaError('UNSUPPORTED_MEDIA_TYPE', 'send the request as JSON (Content-Type: application/json)');
  }
  try {
    return await c.req.json();
  } catch {
    throw new EvidentiaError('BAD_REQUEST', `request body is not valid JSON; send ${example}`);
  }
}

function findArticle(engine: Evidentia, id: string): StoredArticle {
  const article = engine.store.getArticle(id);
  if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${id}"`);
  return article;
}

/** What the API says about an article's place in the workflow. */
export function workflowSummary(article: StoredArticle) {
  return {
    id: article.id,
    slug: article.slug,
    title: article.answer.title,
    question: article.question,
    reviewState: article.reviewState,
    version: article.version,
    updatedAt: article.updatedAt,
    needsReview: article.needsReview,
    editedBy: article.editedBy ?? null,
    reviewedBy: article.reviewedBy ?? null,
    reviewedAt: article.reviewedAt ?? null,
  };
}

export function apiRoutes(app: Hono<ServerEnv>, engine: Evidentia): void {
  app.post('/api/articles/:id/transitions', async (c) => {
    const member = requireMember(c, 'moving an article through review');
    const parsed = transitionRequest.safeParse(await readJson(c, '{"to": "under_review", "comment": "..."}'));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new EvidentiaError('BAD_REQUEST', `invalid request field "${issue.path.join('.') || 'body'}": ${issue.message}`);
    }
    const article = moveArticle(
      engine.store,
      c.req.param('id'),
      parseReviewState(parsed.data.to),
      { member, via: c.get('via') },
      parsed.data.comment,
    );
    return c.json(workflowSummary(article));
  });

  app.put('/api/articles/:id', async (c) => {
    const member = requireMember(c, 'editing an article');
    const edit = parseArticleEdit(await readJson(c, 'the article content from GET /api/articles/ID/content, edited'));
    const article = editArticle(engine.store, c.req.param('id'), edit, { member, via: c.get('via') });
    return c.json(workflowSummary(article));
  });

  app.get('/api/articles/:id/content', (c) => {
    requireBoardMember(c, 'reading an article for editing');
    return c.json(currentContent(findArticle(engine, c.req.param('id'))));
  });

  app.get('/api/articles/:id/versions', (c) => {
    requireBoardMember(c, "listing an article's versions");
    const article = findArticle(engine, c.req.param('id'));
    const versions = engine.store
      .articleVersions(article.id)
      .map((v) => ({ version: v.version, createdAt: v.createdAt, editedBy: v.editedBy ?? null, title: v.answer.title }));
    return c.json({ article: workflowSummary(article), versions });
  });

  app.get('/api/articles/:id/diff', (c) => {
    requireBoardMember(c, 'comparing versions');
    const article = findArticle(engine, c.req.param('id'));
    const [from, to] = versionPair(engine, article, c.req.query('from'), c.req.query('to'));
    return c.json({ from: from.version, to: to.version, lines: diffArticles(from.answer, to.answer) });
  });

  app.get('/api/articles/:id/audit', (c) => {
    requireBoardMember(c, 'reading the audit log');
    const article = findArticle(engine, c.req.param('id'));
    return c.json({ article: workflowSummary(article), entries: engine.store.auditOf(article.id) });
  });
}

/** Two saved versions to compare: `from` defaults to the one before `to`, `to` to the current one. */
export function versionPair(engine: Evidentia, article: StoredArticle, from: string | undefined, to: string | undefined) {
  const number = (value: string | undefined, fallback: number, name: string) => {
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new EvidentiaError('BAD_REQUEST', `"${name}" must be a version number, not "${value.slice(0, 20)}"`);
    return n;
  };
  const toVersion = number(to, article.version, 'to');
  const fromVersion = number(from, Math.max(1, toVersion - 1), 'from');
  const get = (v: number) => {
    const found = engine.store.articleVersion(article.id, v);
    if (!found) throw new EvidentiaError('NOT_FOUND', `article "${article.slug}" has no version ${v} (it has 1 to ${article.version})`);
    return found;
  };
  return [get(fromVersion), get(toVersion)] as const;
}
