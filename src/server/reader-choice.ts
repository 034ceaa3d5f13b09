/*
 * The reader's choice of audience, remembered in a cookie for a year so that the next question and the
 * next article open in their words. An explicit `audience` (query or form) wins and is remembered; the
 * cookie is only a preference — it is not an identity and nothing is stored on the server.
 */
import { getCookie, setCookie } from 'hono/cookie';
import { audiences } from '../types.ts';
import { EvidentiaError } from '../errors.ts';
import { isHttps } from './guard.ts';
import type { Context } from 'hono';
import type { Audience } from '../types.ts';
import type { ServerEnv } from './guard.ts';

export const readerCookie = 'evidentia_reader';
const aYear = 365 * 24 * 3600;

function isAudience(value: string | undefined): value is Audience {
  return value !== undefined && (audiences as readonly string[]).includes(value);
}

/** The audience asked for (`explicit`, remembered), else the remembered one, else clinician. */
export function readerAudience(c: Context<ServerEnv>, explicit: string | undefined): Audience {
  if (explicit) {
    if (!isAudience(explicit))
      throw new EvidentiaError('BAD_REQUEST', `unknown audience "${explicit}" (use one of: ${audiences.join(', ')})`);
    if (getCookie(c, readerCookie) !== explicit)
      setCookie(c, readerCookie, explicit, { sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: aYear });
    return explicit;
  }
  const remembered = getCookie(c, readerCookie);
  return isAudience(remembered) ? remembered : 'clinician';
}
