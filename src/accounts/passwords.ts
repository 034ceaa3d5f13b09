/*
 * Password hashing with scrypt (node:crypto). A stored hash carries its parameters and salt
 * ("scrypt$N$r$p$salt$key", base64url), so the cost can be raised later without breaking old hashes.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { EvidentiaError } from '../errors.ts';
import type { ScryptOptions } from 'node:crypto';

/** N = 2^15, r = 8, p = 1: about 50 ms and 32 MB a hash on a laptop — slow for guessing, fine for signing in. */
export const scryptCost = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;
/** Shorter passwords are refused: length is what makes a password hard to guess. */
export const minimumPasswordLength = 12;
const maxPasswordLength = 1024;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(
      password.normalize('NFKC'),
      salt,
      keyLength,
      { ...options, maxmem: 128 * (options.N ?? 1) * (options.r ?? 1) * 2 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

/** Refuse a password too short (or absurdly long) with a message saying what is needed. */
export function checkPasswordStrength(password: string): void {
  if (password.length < minimumPasswordLength)
    throw new EvidentiaError('BAD_REQUEST', `a password needs at least ${minimumPasswordLength} characters`);
  if (password.length > maxPasswordLength)
    throw new EvidentiaError('BAD_REQUEST', `a password can have at most ${maxPasswordLength} characters`);
}

/** Hash a password for storage, e.g. `await hashPassword('correct horse battery')` → "scrypt$32768$8$1$…$…". */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, scryptCost);
  return ['scrypt', scryptCost.N, scryptCost.r, scryptCost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Does the password match the stored hash? Compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key || password.length > maxPasswordLength) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password: checked against when a name is unknown, so timing does not reveal which names exist. */
export const decoyHash = hashPassword(randomBytes(18).toString('base64url'));
