/*
 * The HTTP application: HTML pages (home, ask, article, editorial policy) and a JSON API. One error
 * handler turns every failure into a JSON body for /api and /healthz, or an error page elsewhere.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { EvidentiaError } from '../errors.ts';
import { audiences } from '../types.ts';
import { publicAnswer } from '../answer/index.ts';
import { htmlDocument } from './pages/layout.tsx';
import { ArticlePage } from './pages/article.tsx';
import { EditorialPolicyPage, ErrorPage, HomePage, LibraryPage, NoticePage } from './pages/misc.tsx';
import type { Evidentia } from '../evidentia.ts';
import type { Audience } from '../types.ts';

const maxQuestionLength = 500;
const audienceSchema = z.enum(audiences).default('clinician');
const answerRequest = z.object({ question: z.string().trim().min(1).max(maxQuestionLength), audience: audienceSchema }).strict();

export function createApp(engine: Evidentia): Hono {
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ status: 'ok', documents: engine.store.counts().documents }));

  app.get('/', async (c) => c.html(await htmlDocument(HomePage({ recent: engine.store.recentArticles(20) }))));

  app.get('/editorial-policy', async (c) => c.html(await htmlDocument(EditorialPolicyPage())));

  app.get('/library', async (c) => {
    const documents = new Map(engine.store.libraryNames().map((n) => [n.documentId, { id: n.documentId, title: n.title, kind: n.kind }]));
    const sorted = [...documents.values()].sort((a, b) => a.title.localeCompare(b.title));
    return c.html(await htmlDocument(LibraryPage({ topics: sorted.filter((d) => d.kind === 'topic'), drugs: sorted.filter((d) => d.kind === 'drug') })));
  });

  app.get('/ask', async (c) => {
    const question = (c.req.query('q') ?? '').trim();
    if (!question) throw new EvidentiaError('BAD_REQUEST', 'ask needs a question in the "q" parameter');
    if (question.length > maxQuestionLength) throw new EvidentiaError('BAD_REQUEST', `questions are limited to ${maxQuestionLength} characters`);
    const audience = parseAudience(c.req.query('audience'));
    const answer = engine.ask(withContext(engine, question, c.req.query('context')), audience);
    if (answer.status === 'answered' && answer.article) {
      const query = audience === 'clinician' ? '' : `?audience=${audience}`;
      return c.redirect(`/articles/${answer.article.slug}${query}`, 303);
    }
    return c.html(await htmlDocument(NoticePage({ answer })));
  });

  app.get('/articles/:slug', async (c) => {
    const article = engine.store.getArticle(c.req.param('slug'));
    if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${c.req.param('slug')}"`);
    return c.html(await htmlDocument(ArticlePage({ answer: engine.articleAnswer(article, parseAudience(c.req.query('audience'))) })));
  });

  app.post('/api/answers', async (c) => {
    // JSON only: a cross-site HTML form cannot send it without a CORS preflight, so no CSRF token is needed.
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
      throw new EvidentiaError('UNSUPPORTED_MEDIA_TYPE', 'send the request as JSON (Content-Type: application/json)');
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new EvidentiaError('BAD_REQUEST', 'request body is not valid JSON; send {"question": "...", "audience": "clinician"}');
    }
    const parsed = answerRequest.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new EvidentiaError('BAD_REQUEST', `invalid request field "${issue.path.join('.') || 'body'}": ${issue.message}`);
    }
    return c.json(publicAnswer(engine.ask(parsed.data.question, parsed.data.audience)));
  });

  app.get('/api/articles/:id', (c) => {
    const article = engine.store.getArticle(c.req.param('id'));
    if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${c.req.param('id')}"`);
    return c.json(publicAnswer(engine.articleAnswer(article, parseAudience(c.req.query('audience')))));
  });

  app.notFound((c) => {
    throw new EvidentiaError('NOT_FOUND', `no page at ${c.req.path}`);
  });

  app.onError(async (err, c) => {
    const known = err instanceof EvidentiaError ? err : new EvidentiaError('INTERNAL', 'internal error; the server log has the details', { cause: err });
    if (!(err instanceof EvidentiaError)) console.error(err);
    const status = known.status as 400 | 404 | 415 | 422 | 500;
    if (c.req.path.startsWith('/api/') || c.req.path === '/healthz') return c.json({ error: { code: known.code, message: known.message } }, status);
    return c.html(await htmlDocument(ErrorPage({ status, message: known.message })), status);
  });

  return app;
}

function parseAudience(value: string | undefined): Audience {
  const parsed = audienceSchema.safeParse(value ?? undefined);
  if (!parsed.success) throw new EvidentiaError('BAD_REQUEST', `unknown audience "${value}" (use one of: ${audiences.join(', ')})`);
  return parsed.data;
}

/** A follow-up that names no topic of its own is asked about the article it came from. */
function withContext(engine: Evidentia, question: string, context: string | undefined): string {
  if (!context) return question;
  const article = engine.store.getArticle(context);
  const focus = article?.answer.focus;
  if (!focus || engine.namesFocus(question)) return question;
  return `${question.replace(/\?+\s*$/, '')} (${focus.title})?`;
}

