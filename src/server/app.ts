/*
 * The HTTP application: public pages (home, ask, article, library, editorial policy), the Medical
 * Advisory Board's pages (routes-board.ts) and the JSON API (routes-api.ts). Every request passes the
 * guard (security headers, body limit, identity, CSRF); GET and HEAD never write; a method a path does
 * not support gets 405 with Allow. One error handler turns every failure into a JSON body for /api and
 * /healthz, or an error page elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { EvidentiaError } from '../errors.ts';
import { keepAnonymousQuestions, projectRoot } from '../config.ts';
import { audiences } from '../types.ts';
import { InterventionFinder, publicAnswer } from '../answer/index.ts';
import { articleKey } from '../articles/index.ts';
import { isBusy } from '../store/index.ts';
import { htmlDocument } from './pages/layout.tsx';
import { ArticlePage } from './pages/article.tsx';
import { EditorialPolicyPage, ErrorPage, HomePage, LibraryPage, NoticePage } from './pages/misc.tsx';
import { boardStyles, readerStyles, styles } from './pages/styles.ts';
import { AttemptLimiter, checkCsrf, cookieNames, defaultBodyLimit, identify, isHttps, limitBodies, securityHeaders } from './guard.ts';
import { articleReview, boardRoutes } from './routes-board.ts';
import { apiRoutes, readJson } from './routes-api.ts';
import { editRoutes } from './routes-edit.ts';
import { keepQuestion, readerRoutes } from './routes-readers.ts';
import { memberRoutes } from './routes-members.ts';
import { favicon, serveEfficiently } from './serving.ts';
import { exportRoutes } from './exports.ts';
import { readerAudience } from './reader-choice.ts';
import { answeringCookie, askFollowUp, followUpRoutes, previousArticle } from './routes-followups.ts';
import { followUpThread, followedArticle } from '../follow-up.ts';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Evidentia } from '../evidentia.ts';
import type { Audience } from '../types.ts';
import type { Answer } from '../answer/index.ts';
import type { Layout } from './pages/layout.tsx';
import type { DrugNamer } from './pages/statements.tsx';
import type { ServerEnv } from './guard.ts';

const maxQuestionLength = 500;

/** Marks a 503 given because the store was locked by another writer: startServer retries the request. */
export const busyHeader = 'x-evidentia-store-busy';
const audienceSchema = z.enum(audiences).default('clinician');
const answerRequest = z
  .object({
    question: z.string().trim().min(1).max(maxQuestionLength),
    audience: audienceSchema,
    followUpOf: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export interface AppOptions {
  /** Largest request body accepted, in bytes (default EVIDENTIA_BODY_LIMIT or 64 KB). */
  bodyLimit?: number;
  /** The editorial policy's Markdown file (default docs/editorial-policy.md in the project). */
  editorialPolicyPath?: string;
  /** Keep anonymous readers' questions (default EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS, off). */
  keepAnonymousQuestions?: boolean;
  /** Sign-in attempts allowed per client address (tests lower it). */
  signInLimiter?: AttemptLimiter;
}

/** Render a page for this request's viewer (their CSRF token and account). */
export type RenderPage = (c: Context<ServerEnv>, page: ReturnType<typeof Layout>, status?: ContentfulStatusCode) => Promise<Response>;

export function createApp(engine: Evidentia, options: AppOptions = {}): Hono<ServerEnv> {
  const app = new Hono<ServerEnv>();
  const keepAnonymous = options.keepAnonymousQuestions ?? keepAnonymousQuestions();
  const page: RenderPage = async (c, node, status = 200) =>
    c.html(await htmlDocument(node, { csrf: c.get('csrf'), member: c.get('member'), inlineStyles: false }), status);

  app.use('*', securityHeaders());
  app.use('*', serveEfficiently());
  app.use('*', refuseOtherMethods(app));
  app.use('*', limitBodies(options.bodyLimit ?? configuredBodyLimit()));
  app.use('*', identify(engine.store));
  app.use('*', checkCsrf());

  app.get('/healthz', (c) => c.json({ status: 'ok', documents: engine.store.documentCount() }));

  app.get('/styles.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(styles + boardStyles + readerStyles, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.get('/favicon.ico', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(new Uint8Array(favicon), 200, { 'Content-Type': 'image/x-icon' });
  });

  // Statements are gathered under the drug they name; the finder is rebuilt when the library changes.
  // The library is looked at once a page, not once a statement: reading its 5,000-odd names costs more
  // than naming a statement's drugs, and an article page names them for every statement, twice.
  let finder: { names: number; finder: InterventionFinder } | undefined;
  const drugNamer = (): DrugNamer => {
    const names = engine.store.libraryNames();
    if (finder?.names !== names.length) finder = { names: names.length, finder: new InterventionFinder(names) };
    const current = finder.finder;
    return (text) => current.drugs(text);
  };

  app.get('/', (c) => page(c, HomePage({ recent: engine.store.recentArticles(20), audience: readerAudience(c, c.req.query('audience')) })));

  // Read on each request: the policy is edited in the repository and a running server shows the change.
  const policyPath = options.editorialPolicyPath ?? join(projectRoot, 'docs', 'editorial-policy.md');
  app.get('/editorial-policy', (c) => page(c, EditorialPolicyPage({ markdown: readEditorialPolicy(policyPath) })));

  app.get('/library', (c) => {
    const documents = new Map(engine.store.libraryNames().map((n) => [n.documentId, { id: n.documentId, title: n.title, kind: n.kind }]));
    const sorted = [...documents.values()].sort((a, b) => a.title.localeCompare(b.title));
    return page(c, LibraryPage({ topics: sorted.filter((d) => d.kind === 'topic'), drugs: sorted.filter((d) => d.kind === 'drug') }));
  });

  // GET answers without saving anything: a saved article for the same answer is redirected to, anything
  // else is shown to the asker only. Crawlers following links cannot fill the review queue.
  app.get('/ask', async (c) => {
    const question = askInput(c.req.query('q'));
    const audience = readerAudience(c, c.req.query('audience'));
    const previous = previousArticle(engine, c.req.query('context') || undefined);
    const answer = askFollowUp(engine, question, audience, previous, (q) => answerWithoutSaving(engine, q, audience), false);
    if (answer.article) {
      // The asker's wording and what it was read as go with them to the article (cookies scoped to it).
      keepAskersView(c, answer.article.slug, question, answer.answering);
      return c.redirect(articlePath(answer.article.slug, audience), 303);
    }
    if (answer.status === 'answered')
      return page(
        c,
        ArticlePage({ answer, asked: question, drugsIn: drugNamer(), ...(answer.answering ? { answering: answer.answering } : {}) }),
      );
    return page(c, NoticePage({ answer }));
  });

  // POST (with the form's CSRF token) finds or saves the article, then shows it; the asker's wording
  // goes with them in a short-lived cookie scoped to that article, and is never stored.
  app.post('/ask', async (c) => {
    const form = await c.req.parseBody();
    const question = askInput(stringField(form.q));
    const audience = readerAudience(c, stringField(form.audience));
    const previous = previousArticle(engine, stringField(form.context) || undefined);
    const answer = askFollowUp(engine, question, audience, previous, (q) => engine.ask(q, audience), true);
    keepQuestion(c, engine, keepAnonymous, question, audience, answer);
    if (answer.status === 'answered' && answer.article) {
      keepAskersView(c, answer.article.slug, question, answer.answering);
      return c.redirect(articlePath(answer.article.slug, audience), 303);
    }
    if (answer.status === 'answered')
      return page(
        c,
        ArticlePage({ answer, asked: question, drugsIn: drugNamer(), ...(answer.answering ? { answering: answer.answering } : {}) }),
      );
    return page(c, NoticePage({ answer }));
  });

  const answerFor = (c: Context<ServerEnv>, question: string, audience: Audience) =>
    c.get('member') ? engine.ask(question, audience) : answerWithoutSaving(engine, question, audience);

  app.get('/articles/:slug', (c) => {
    const article = engine.store.getArticle(c.req.param('slug'));
    if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${c.req.param('slug')}"`);
    const asked = getCookie(c, cookieNames.asked);
    const answering = getCookie(c, answeringCookie);
    const followed = followedArticle(engine.store, article);
    return page(
      c,
      ArticlePage({
        answer: engine.articleAnswer(article, readerAudience(c, c.req.query('audience'))),
        review: articleReview(engine.store, article),
        thread: followUpThread(engine.store, article).map((a) => ({ slug: a.slug, title: a.answer.title })),
        drugsIn: drugNamer(),
        ...(followed ? { followed: { slug: followed.slug, title: followed.answer.title } } : {}),
        ...(asked ? { asked: asked.slice(0, maxQuestionLength) } : {}),
        ...(asked && answering ? { answering: answering.slice(0, maxQuestionLength) } : {}),
      }),
    );
  });

  app.post('/api/answers', async (c) => {
    const parsed = answerRequest.safeParse(await readJson(c, '{"question": "...", "audience": "clinician"}'));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new EvidentiaError('BAD_REQUEST', `invalid request field "${issue.path.join('.') || 'body'}": ${issue.message}`);
    }
    const { question, audience, followUpOf } = parsed.data;
    // Saving adds to the Medical Advisory Board's queue, so it needs a caller who can be held to it (a
    // session, or an API token); anyone else is answered as GET /ask answers — from the saved article
    // when there is one, otherwise unsaved — so a script cannot fill the queue.
    const answer = askFollowUp(
      engine,
      question,
      audience,
      previousArticle(engine, followUpOf),
      (q) => answerFor(c, q, audience),
      Boolean(c.get('member')),
    );
    keepQuestion(c, engine, keepAnonymous, question, audience, answer);
    return c.json(publicAnswer(answer));
  });

  app.get('/api/articles/:id', (c) => {
    const article = engine.store.getArticle(c.req.param('id'));
    if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${c.req.param('id')}"`);
    return c.json(publicAnswer(engine.articleAnswer(article, parseAudience(c.req.query('audience')))));
  });

  boardRoutes(app, engine, page, options.signInLimiter ?? new AttemptLimiter());
  editRoutes(app, engine, page);
  readerRoutes(app, engine, page);
  memberRoutes(app, engine, page);
  apiRoutes(app, engine);
  exportRoutes(app, engine);
  followUpRoutes(app, engine, answerFor);

  app.notFound((c) => {
    throw new EvidentiaError('NOT_FOUND', `no page at ${c.req.path}`);
  });

  app.onError(async (err, c) => {
    const busy = isBusy(err);
    const known =
      err instanceof EvidentiaError
        ? err
        : busy
          ? new EvidentiaError('STORE_BUSY', 'the store is busy with another writer; try again in a moment', { cause: err })
          : new EvidentiaError('INTERNAL', 'internal error; the server log has the details', { cause: err });
    if (busy) {
      c.header(busyHeader, '1');
      c.header('Retry-After', '1');
    } else if (!(err instanceof EvidentiaError)) console.error(err);
    const status = known.status as ContentfulStatusCode;
    // The unread rest of a refused body must not be taken for the next request on this connection.
    if (known.code === 'PAYLOAD_TOO_LARGE') c.header('Connection', 'close');
    if (c.req.path.startsWith('/api/') || c.req.path === '/healthz')
      return c.json({ error: { code: known.code, message: known.message } }, status);
    return c.html(
      await htmlDocument(ErrorPage({ status, message: known.message }), {
        csrf: c.get('csrf'),
        member: c.get('member'),
        inlineStyles: false,
      }),
      status,
    );
  });

  return app;
}

function readEditorialPolicy(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    // The operator learns where the file should be; visitors are not told the server's paths.
    console.error(
      `Evidentia: the editorial policy ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}); restore docs/editorial-policy.md`,
    );
    throw new EvidentiaError('INTERNAL', 'the editorial policy is not available right now; the server log says why', { cause: err });
  }
}

function configuredBodyLimit(): number {
  const value = process.env.EVIDENTIA_BODY_LIMIT;
  if (value === undefined) return defaultBodyLimit;
  const bytes = Number(value);
  if (!Number.isInteger(bytes) || bytes < 1024)
    throw new EvidentiaError('USAGE', `EVIDENTIA_BODY_LIMIT must be a number of bytes, at least 1024 (got "${value}")`);
  return bytes;
}

/**
 * Every path answers only the methods it has routes for (GET also answers HEAD); any other method gets
 * 405 with an Allow header, rather than a misleading 404 — before identity or CSRF are looked at. The
 * route table is read on the first request, once every route is registered.
 */
function refuseOtherMethods(app: Hono<ServerEnv>): MiddlewareHandler<ServerEnv> {
  let table: { pattern: RegExp; methods: Set<string> }[] | undefined;
  const build = () => {
    const byPath = new Map<string, Set<string>>();
    for (const route of app.routes) {
      if (route.method === 'ALL') continue;
      const methods = byPath.get(route.path) ?? new Set<string>();
      methods.add(route.method);
      if (route.method === 'GET') methods.add('HEAD');
      byPath.set(route.path, methods);
    }
    return [...byPath].map(([path, methods]) => ({
      pattern: new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}$`),
      methods,
    }));
  };
  return async (c, next) => {
    table ??= build();
    const allowed = new Set(table.filter((r) => r.pattern.test(c.req.path)).flatMap((r) => [...r.methods]));
    if (allowed.size > 0 && !allowed.has(c.req.method)) {
      const allow = [...allowed].sort().join(', ');
      c.header('Allow', allow);
      throw new EvidentiaError('METHOD_NOT_ALLOWED', `${c.req.method} is not supported on ${c.req.path}; use ${allow}`);
    }
    return next();
  };
}

/** Answer without writing anything: the saved article for this answer if there is one, else the answer itself. */
function answerWithoutSaving(engine: Evidentia, question: string, audience: Audience): Answer {
  const answer = engine.ask(question, audience, { save: false });
  const key = answer.status === 'answered' ? articleKey(answer) : undefined;
  const saved = key ? engine.store.findArticleByKey(key) : undefined;
  return saved ? engine.articleAnswer(saved, audience) : answer;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function askInput(q: string | undefined): string {
  const question = (q ?? '').trim();
  if (!question) throw new EvidentiaError('BAD_REQUEST', 'ask needs a question in the "q" parameter');
  if (question.length > maxQuestionLength)
    throw new EvidentiaError('BAD_REQUEST', `questions are limited to ${maxQuestionLength} characters`);
  return question;
}

/** The asker's wording, and what a follow-up was read as, kept in cookies scoped to the article (never stored). */
function keepAskersView(c: Context<ServerEnv>, slug: string, question: string, answering: string | undefined): void {
  const options = { httpOnly: true, sameSite: 'Lax' as const, secure: isHttps(c), path: `/articles/${slug}`, maxAge: 600 };
  setCookie(c, cookieNames.asked, question, options);
  if (answering) setCookie(c, answeringCookie, answering, options);
  else deleteCookie(c, answeringCookie, { path: `/articles/${slug}` });
}

function articlePath(slug: string, audience: Audience): string {
  return `/articles/${slug}${audience === 'clinician' ? '' : `?audience=${audience}`}`;
}

function parseAudience(value: string | undefined): Audience {
  const parsed = audienceSchema.safeParse(value || undefined);
  if (!parsed.success) throw new EvidentiaError('BAD_REQUEST', `unknown audience "${value}" (use one of: ${audiences.join(', ')})`);
  return parsed.data;
}
