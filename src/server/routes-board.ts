/*
 * The Medical Advisory Board's pages: sign in and out, the review queue, the review page with its
 * moves, and version diffs. Pages that need an account send anonymous visitors to sign in; writes
 * without one are refused with 401, and with the wrong role with 403.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { deleteCookie, setCookie } from 'hono/cookie';
import { EvidentiaError } from '../errors.ts';
import { endSession, signIn, startSession, sessionHours } from '../accounts/index.ts';
import { diffArticles, moveArticle, movesFor, parseReviewState, workflow } from '../articles/index.ts';
import { DiffPage, LoginPage, QueuePage, ReviewPage } from './pages/board.tsx';
import { cookieNames, isHttps } from './guard.ts';
import { requireBoardMember, requireMember, versionPair } from './routes-api.ts';
import type { Context, Hono } from 'hono';
import type { Evidentia } from '../evidentia.ts';
import type { ReviewState, Store, StoredArticle } from '../store/index.ts';
import type { ArticleReview } from './pages/article.tsx';
import type { RenderPage } from './app.ts';
import type { AttemptLimiter, ServerEnv } from './guard.ts';

const openStates: ReviewState[] = ['submitted', 'under_review', 'changes_requested', 'needs_re_review'];

/** The review facts the public article page shows: state, dates, and the approving reviewer's profile. */
export function articleReview(store: Store, article: StoredArticle): ArticleReview {
  const first = store.articleVersion(article.id, 1);
  const reviewer = article.reviewedBy ? store.member(article.reviewedBy) : undefined;
  return {
    state: article.reviewState,
    submittedAt: first?.createdAt ?? article.createdAt,
    updatedAt: article.updatedAt,
    needsReview: article.needsReview,
    ...(reviewer
      ? {
          reviewer: {
            displayName: reviewer.displayName,
            ...(reviewer.credentials ? { credentials: reviewer.credentials } : {}),
            ...(reviewer.specialty ? { specialty: reviewer.specialty } : {}),
          },
        }
      : {}),
    ...(article.reviewedAt ? { reviewedAt: article.reviewedAt } : {}),
  };
}

/** Only same-site paths are followed after sign-in (no "//evil.example" or absolute URLs). */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s\\]*$/.test(next) ? next : '/review';
}

function clientAddress(c: Context<ServerEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function boardRoutes(app: Hono<ServerEnv>, engine: Evidentia, page: RenderPage, limiter: AttemptLimiter): void {
  const store = engine.store;

  /** Pages for the board: anonymous visitors are sent to sign in first. */
  const boardPage = (c: Context<ServerEnv>): Response | undefined =>
    c.get('member')
      ? (requireBoardMember(c, 'the review pages'), undefined)
      : c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);

  app.get('/login', (c) => page(c, LoginPage({ next: safeNext(c.req.query('next')) })));

  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const name = typeof form.name === 'string' ? form.name.trim() : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const next = safeNext(form.next);
    try {
      limiter.hit(clientAddress(c));
      const member = await signIn(store, name, password);
      const previous = c.get('sessionId');
      if (previous) endSession(store, previous);
      setCookie(c, cookieNames.session, startSession(store, member), {
        httpOnly: true,
        sameSite: 'Lax',
        secure: isHttps(c),
        path: '/',
        maxAge: sessionHours * 3600,
      });
      return c.redirect(next, 303);
    } catch (err) {
      if (!(err instanceof EvidentiaError) || ![401, 403, 429].includes(err.status)) throw err;
      return page(c, LoginPage({ next, name: name.slice(0, 40), message: err.message }), err.status as 401 | 403 | 429);
    }
  });

  app.post('/logout', (c) => {
    const sessionId = c.get('sessionId');
    if (sessionId) endSession(store, sessionId);
    deleteCookie(c, cookieNames.session, { path: '/' });
    return c.redirect('/', 303);
  });

  app.get('/review', (c) => {
    const redirect = boardPage(c);
    if (redirect) return redirect;
    const stateParam = c.req.query('state') ?? 'open';
    const states = stateParam === 'open' ? openStates : [parseReviewState(stateParam)];
    const specialty = c.req.query('specialty') || undefined;
    const specialties = [
      ...new Set(store.articlesInState([...openStates, 'approved'], 1000).flatMap((a) => (a.specialty ? [a.specialty] : []))),
    ].sort();
    return page(
      c,
      QueuePage({ articles: store.articlesInState(states, 200, specialty), states, ...(specialty ? { specialty } : {}), specialties }),
    );
  });

  app.get('/review/:slug', (c) => {
    const redirect = boardPage(c);
    if (redirect) return redirect;
    const member = c.get('member')!;
    const article = store.getArticle(c.req.param('slug'));
    if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${c.req.param('slug')}"`);
    const moves = movesFor(article, member);
    const wroteIt = article.editedBy === member.name && workflow[article.reviewState].some((m) => m.to === 'approved');
    const passages = store.passagesOf(article.documentIds);
    const passageFor = (text: string) => passages.find((p) => p.text === text) ?? passages.find((p) => p.text.includes(text));
    return page(
      c,
      ReviewPage({
        article,
        moves,
        ...(wroteIt ? { hint: `You wrote version ${article.version}; another reviewer must approve it.` } : {}),
        canEdit: member.roles.includes('editor'),
        passageFor,
        versions: store.articleVersions(article.id),
        audit: store.auditOf(article.id),
      }),
    );
  });

  app.post('/review/:slug/transitions', async (c) => {
    const member = requireMember(c, 'moving an article through review');
    const form = await c.req.parseBody();
    const to = typeof form.to === 'string' ? form.to : '';
    const comment = typeof form.comment === 'string' ? form.comment : '';
    const article = moveArticle(store, c.req.param('slug'), parseReviewState(to), { member, via: 'web' }, comment);
    return c.redirect(`/review/${article.slug}`, 303);
  });

  app.get('/review/:slug/diff', (c) => {
    const redirect = boardPage(c);
    if (redirect) return redirect;
    const article = store.getArticle(c.req.param('slug'));
    if (!article) throw new EvidentiaError('NOT_FOUND', `no article "${c.req.param('slug')}"`);
    const [from, to] = versionPair(engine, article, c.req.query('from'), c.req.query('to'));
    return page(c, DiffPage({ article, from: from.version, to: to.version, lines: diffArticles(from.answer, to.answer) }));
  });
}
