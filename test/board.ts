/*
 * Test helpers for the Medical Advisory Board: members with a known password, and a small browser
 * (a cookie jar over fetch) that signs in and sends forms with their CSRF token, against a real server.
 */
import { join } from 'node:path';
import { after } from 'node:test';
import { addMember, createApiToken } from '../src/accounts/index.ts';
import { openEvidentia } from '../src/evidentia.ts';
import { AttemptLimiter, startServer } from '../src/server/index.ts';
import { fixtureLibrary, tempDir } from './helpers.ts';
import type { Evidentia } from '../src/evidentia.ts';
import type { BoardMember, Store } from '../src/store/index.ts';

export const testPassword = 'correct horse battery staple';

/**
 * A server on a loopback port over a new store file with the fixture library, closed after the test
 * file. Sign-in attempts per address are limited generously: these files sign in often from one address.
 */
export async function startBoardServer(): Promise<{ dbPath: string; engine: Evidentia; base: string }> {
  const dbPath = join(tempDir(), 'evidentia.db');
  const engine = await openEvidentia({ dbPath, libraryPath: fixtureLibrary });
  const server = await startServer(engine, 0, '127.0.0.1', { signInLimiter: new AttemptLimiter(1000) });
  after(async () => {
    await server.close();
    engine.close();
  });
  return { dbPath, engine, base: `http://127.0.0.1:${server.port}` };
}

export function addTestMember(
  store: Store,
  name: string,
  roles: string[],
  profile: { displayName?: string; credentials?: string; specialty?: string } = {},
): Promise<BoardMember> {
  return addMember(store, { name, roles, password: testPassword, ...profile }, { name: 'test-setup', via: 'cli' });
}

export function testToken(store: Store, name: string): string {
  return createApiToken(store, name, 'tests', { name: 'test-setup', via: 'cli' });
}

/** A cookie-keeping client: what a browser does, without a browser. Redirects are not followed. */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(`${this.base}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  /** The CSRF token the page at `path` gives this browser's forms. */
  async csrf(path = '/'): Promise<string> {
    const html = await (await this.get(path)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`no CSRF field on ${path}`);
    return token;
  }

  /** Post a form; the CSRF token is fetched and added unless `csrf` is given (or false to send none). */
  async post(path: string, fields: Record<string, string>, csrf?: string | false): Promise<Response> {
    const token = csrf === undefined ? await this.csrf() : csrf;
    const body = new URLSearchParams({ ...fields, ...(token ? { _csrf: token } : {}) });
    return this.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  }

  async signIn(name: string, password = testPassword): Promise<Response> {
    return this.post('/login', { name, password, next: '/review' }, await this.csrf('/login'));
  }

  /** JSON to the API with this browser's session, sending the CSRF token as a header. */
  async json(method: string, path: string, body: unknown): Promise<Response> {
    const token = await this.csrf();
    return this.request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': token },
      body: JSON.stringify(body),
    });
  }
}

/** JSON to the API with a Bearer token (no cookies, no CSRF token). */
export function bearer(base: string, token: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
