/*
 * What every request passes before a route: security headers, the body size limit, who is asking (a
 * session cookie, or an API token — never both), and the CSRF check on every write made with a cookie.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getCookie, setCookie } from 'hono/cookie';
import { bodyLimit } from 'hono/body-limit';
import { EvidentiaError } from '../errors.ts';
import { apiTokenMember, newSecret, sessionMember } from '../accounts/index.ts';
import type { Context, MiddlewareHandler } from 'hono';
import type { AuditChannel, BoardMember, Store } from '../store/index.ts';

/** What the routes know about the request's sender. */
export interface ServerEnv {
  Variables: {
    member: BoardMember | undefined;
    /** The session id from the cookie, when signed in with one. */
    sessionId: string | undefined;
    /** Signed in with `Authorization: Bearer`: cookies are ignored and no CSRF token is needed. */
    bearer: boolean;
    /** The CSRF token this browser's forms must send back. */
    csrf: string;
    via: AuditChannel;
  };
}

export const cookieNames = { session: 'evidentia_session', browser: 'evidentia_browser', asked: 'evidentia_asked' } as const;

/** Request bodies larger than this are refused with 413 before they are read (EVIDENTIA_BODY_LIMIT overrides). */
export const defaultBodyLimit = 64 * 1024;

const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', contentSecurityPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    // Questions travel in /ask URLs: they are not sent to other sites as a Referer.
    c.header('Referrer-Policy', 'same-origin');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  };
}

export function limitBodies(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new EvidentiaError('PAYLOAD_TOO_LARGE', `request bodies are limited to ${Math.round(maxSize / 1024)} KB`);
    },
  });
}

/** Cookies are Secure when the request came over HTTPS (directly, or through a proxy that says so). */
export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/**
 * Identify the sender. A Bearer token authenticates alone (a wrong one is refused outright); otherwise
 * the session cookie does. Every browser gets an anonymous id cookie so its forms carry a CSRF token.
 */
export function identify(store: Store): MiddlewareHandler<ServerEnv> {
  const secret = csrfSecret(store);
  return async (c, next) => {
    c.set('via', c.req.path.startsWith('/api/') ? 'api' : 'web');
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      const member = token ? apiTokenMember(store, token) : undefined;
      if (!member) throw new EvidentiaError('UNAUTHENTICATED', 'the API token is not valid; create one with: evidentia token create NAME');
      c.set('member', member);
      c.set('bearer', true);
      c.set('sessionId', undefined);
      c.set('csrf', '');
      c.set('via', 'api');
      return next();
    }
    c.set('bearer', false);
    const sessionId = getCookie(c, cookieNames.session);
    const member = sessionId ? sessionMember(store, sessionId) : undefined;
    c.set('member', member);
    c.set('sessionId', member ? sessionId : undefined);
    let browser = getCookie(c, cookieNames.browser);
    if (!browser || !/^evb_[A-Za-z0-9_-]{43}$/.test(browser)) {
      browser = newSecret('evb');
      setCookie(c, cookieNames.browser, browser, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: 365 * 86_400 });
    }
    c.set('csrf', csrfToken(secret, member && sessionId ? `session:${sessionId}` : `browser:${browser}`));
    return next();
  };
}

/**
 * Writes made with cookies need the CSRF token (form field `_csrf` or header `X-CSRF-Token`) and, when the
 * browser sends one, an Origin of this site. JSON sent to the API without a session carries no
 * ambient authority and needs no token; Bearer requests never do.
 */
export function checkCsrf(): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) || c.get('bearer')) return next();
    const origin = c.req.header('origin');
    if (origin && origin !== 'null' && new URL(origin).host !== new URL(c.req.url).host) {
      throw new EvidentiaError('FORBIDDEN', `cross-site request from ${origin} refused`);
    }
    if (c.req.path.startsWith('/api/') && !c.get('sessionId')) return next();
    let sent = c.req.header('x-csrf-token');
    if (!sent && /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(c.req.header('content-type') ?? '')) {
      const form = await c.req.parseBody();
      sent = typeof form._csrf === 'string' ? form._csrf : undefined;
    }
    if (!sent || !sameToken(sent, c.get('csrf'))) {
      throw new EvidentiaError('FORBIDDEN', 'the form is missing its CSRF token or it has expired; reload the page and try again');
    }
    return next();
  };
}

function csrfToken(secret: string, subject: string): string {
  return createHmac('sha256', secret).update(subject).digest('base64url');
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The key CSRF tokens are signed with: made once per store, so tokens survive a restart. */
function csrfSecret(store: Store): string {
  let secret = store.meta('csrf_secret');
  if (!secret) {
    secret = randomBytes(32).toString('hex');
    store.setMeta('csrf_secret', secret);
  }
  return secret;
}

/**
 * Sign-in attempts per client address: at most `limit` in `windowMs` (on top of the per-account
 * lockout), so one address cannot try many names.
 */
export class AttemptLimiter {
  readonly #attempts = new Map<string, number[]>();

  constructor(
    readonly limit = 10,
    readonly windowMs = 5 * 60_000,
  ) {}

  /** Count an attempt from `key`; refuses with 429 once the window is full. */
  hit(key: string, now = Date.now()): void {
    const recent = (this.#attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.#attempts.set(key, recent);
      throw new EvidentiaError(
        'TOO_MANY_REQUESTS',
        `too many sign-in attempts from this address; wait ${Math.ceil(this.windowMs / 60_000)} minutes and try again`,
      );
    }
    recent.push(now);
    this.#attempts.set(key, recent);
    if (this.#attempts.size > 10_000) this.#attempts.delete(this.#attempts.keys().next().value!);
  }
}
