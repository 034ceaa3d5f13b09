/*
 * Members of the Medical Advisory Board and signed-in readers: adding them, signing in (with lockout
 * after repeated failures), sessions and API tokens. Every change to accounts is in the audit log.
 */
import { EvidentiaError } from '../errors.ts';
import { roles as knownRoles } from '../store/index.ts';
import { checkPasswordStrength, decoyHash, hashPassword, verifyPassword } from './passwords.ts';
import { newSecret, secretHash } from './secrets.ts';
import type { AuditChannel, BoardMember, Role, Store } from '../store/index.ts';

/** Five wrong passwords in a row lock an account for fifteen minutes. */
export const lockout = { maxFailures: 5, minutes: 15 } as const;
/** A session lasts a working day. */
export const sessionHours = 12;

const namePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/;

export interface NewMemberInput {
  name: string;
  roles: string[];
  password: string;
  displayName?: string;
  credentials?: string;
  specialty?: string;
}

/** Check role names, e.g. `parseRoles(['reviewer', 'editor'])`; unknown ones are refused by name. */
export function parseRoles(values: string[]): Role[] {
  const list = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (list.length === 0) throw new EvidentiaError('USAGE', `a member needs a role (${knownRoles.join(', ')})`);
  for (const role of list) {
    if (!(knownRoles as readonly string[]).includes(role))
      throw new EvidentiaError('USAGE', `unknown role "${role}" (use: ${knownRoles.join(', ')})`);
  }
  return [...new Set(list)] as Role[];
}

/** Add a member; the password is hashed with scrypt and never stored or logged as given. */
export async function addMember(store: Store, input: NewMemberInput, actor: { name: string; via: AuditChannel }): Promise<BoardMember> {
  if (!namePattern.test(input.name)) {
    throw new EvidentiaError(
      'USAGE',
      `member name "${input.name}" must be 2–40 letters, digits, dots, hyphens or underscores, starting with a letter or digit`,
    );
  }
  checkPasswordStrength(input.password);
  const roles = parseRoles(input.roles);
  const passwordHash = await hashPassword(input.password);
  return store.transaction(() => {
    const member = store.addMember({
      name: input.name,
      roles,
      passwordHash,
      displayName: input.displayName?.trim() || input.name,
      ...(input.credentials?.trim() ? { credentials: input.credentials.trim() } : {}),
      ...(input.specialty?.trim() ? { specialty: input.specialty.trim() } : {}),
    });
    store.appendAudit({
      at: member.createdAt,
      actor: actor.name,
      via: actor.via,
      action: 'member_added',
      comment: `${member.name} (${roles.join(', ')})`,
    });
    return member;
  });
}

/**
 * Check a name and password. Wrong ones count towards a lockout; a locked account is refused even with
 * the right password until the lockout ends. The message never says whether the name exists.
 */
export async function signIn(store: Store, name: string, password: string, now = new Date()): Promise<BoardMember> {
  const account = store.memberAccount(name);
  if (account?.lockedUntil && account.lockedUntil > now.toISOString()) {
    throw new EvidentiaError(
      'TOO_MANY_REQUESTS',
      `too many failed sign-ins for this account; try again after ${account.lockedUntil.slice(11, 16)} UTC`,
    );
  }
  const ok = await verifyPassword(password, account?.passwordHash ?? (await decoyHash));
  if (!account || !ok) {
    if (account) {
      const failures = account.failedLogins + 1;
      const locked = failures >= lockout.maxFailures ? new Date(now.getTime() + lockout.minutes * 60_000).toISOString() : undefined;
      store.setLoginFailures(account.id, locked ? 0 : failures, locked);
    }
    throw new EvidentiaError('UNAUTHENTICATED', 'that name and password do not match an account');
  }
  // Said only to someone who knows the password: a disabled account is not a guessing oracle.
  if (account.disabledAt) throw new EvidentiaError('FORBIDDEN', 'this account is disabled; ask an administrator to enable it');
  if (account.failedLogins > 0 || account.lockedUntil) store.setLoginFailures(account.id, 0);
  const { passwordHash: _hash, failedLogins: _failures, lockedUntil: _locked, ...member } = account;
  return member;
}

/**
 * Disable or enable an account, audited. Disabling ends its sessions and stops its API tokens; nobody
 * disables their own account, so an admin cannot lock the last admin out by mistake.
 */
export function setMemberEnabled(
  store: Store,
  name: string,
  enabled: boolean,
  actor: { name: string; via: AuditChannel },
  now = new Date(),
): BoardMember {
  return store.transaction(() => {
    const member = store.member(name);
    if (!member) throw new EvidentiaError('NOT_FOUND', `no member named "${name}" (see: evidentia user list)`);
    if (!enabled && member.name.toLowerCase() === actor.name.toLowerCase()) {
      throw new EvidentiaError('CONFLICT', `${member.name} cannot disable their own account; another admin can`);
    }
    if (Boolean(member.disabledAt) === !enabled) return member;
    const at = now.toISOString();
    store.setMemberDisabled(member.id, enabled ? null : at);
    store.appendAudit({
      at,
      actor: actor.name,
      via: actor.via,
      action: enabled ? 'member_enabled' : 'member_disabled',
      comment: member.name,
    });
    return store.member(member.name)!;
  });
}

/** Start a session; returns the session id for the cookie (the store keeps only its hash). */
export function startSession(store: Store, member: BoardMember, now = new Date()): string {
  const id = newSecret('evs');
  store.addSession(secretHash(id), member.id, new Date(now.getTime() + sessionHours * 3_600_000).toISOString());
  return id;
}

export function sessionMember(store: Store, sessionId: string, now = new Date()): BoardMember | undefined {
  return store.sessionMember(secretHash(sessionId), now.toISOString());
}

export function endSession(store: Store, sessionId: string): void {
  store.deleteSession(secretHash(sessionId));
}

/** Make an API token for a member; the token is returned once and only its hash is kept. */
export function createApiToken(store: Store, memberName: string, label: string, actor: { name: string; via: AuditChannel }): string {
  const member = store.member(memberName);
  if (!member) throw new EvidentiaError('NOT_FOUND', `no member named "${memberName}" (add one with: evidentia user add NAME --role ROLE)`);
  const token = newSecret('evt');
  store.transaction(() => {
    store.addApiToken(secretHash(token), member.id, label);
    store.appendAudit({
      at: new Date().toISOString(),
      actor: actor.name,
      via: actor.via,
      action: 'token_created',
      comment: `API token "${label}" for ${member.name}`,
    });
  });
  return token;
}

export function apiTokenMember(store: Store, token: string): BoardMember | undefined {
  return store.apiTokenMember(secretHash(token));
}

export function hasRole(member: BoardMember | undefined, role: Role): boolean {
  return member?.roles.includes(role) ?? false;
}
