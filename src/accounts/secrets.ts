/*
 * Session ids and API tokens: random secrets shown to their holder once and stored only as SHA-256
 * hashes, so a copy of the store does not let anyone sign in.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new secret with a readable prefix, e.g. `newSecret('evt')` → "evt_4kq…" (256 random bits). */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** What the store keeps of a secret. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
