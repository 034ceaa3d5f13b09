/*
 * The Medical Advisory Board's tables: members, sessions and API tokens (hashes only), article versions
 * and the append-only audit log. All SQL parameterised; the store delegates to this class.
 */
import { EvidentiaError } from '../../errors.ts';
import type Database from 'better-sqlite3';
import type { ArticleVersion, AuditEntry, BoardMember, MemberAccount, NewMember, Role } from '../types.ts';

interface MemberRow {
  id: number;
  name: string;
  roles: string;
  password_hash: string;
  display_name: string;
  credentials: string | null;
  specialty: string | null;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  disabled_at: string | null;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  via: string;
  action: string;
  article_id: string | null;
  version: number | null;
  from_state: string | null;
  to_state: string | null;
  comment: string | null;
}

interface VersionRow {
  article_id: string;
  version: number;
  answer: string;
  evidence_hash: string;
  created_at: string;
  edited_by: string | null;
}

export class BoardTables {
  readonly #stmts;

  constructor(db: Database.Database) {
    this.#stmts = {
      insertMember: db.prepare(
        `INSERT INTO users (name, roles, password_hash, display_name, credentials, specialty, created_at)
         VALUES (@name, @roles, @password_hash, @display_name, @credentials, @specialty, @created_at)`,
      ),
      memberByName: db.prepare<[string], MemberRow>('SELECT * FROM users WHERE name = ?'),
      members: db.prepare<[], MemberRow>('SELECT * FROM users ORDER BY name'),
      setFailures: db.prepare<[number, string | null, number]>('UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?'),
      insertSession: db.prepare<[string, number, string, string]>(
        'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      ),
      sessionMember: db.prepare<[string, string], MemberRow>(
        'SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL',
      ),
      deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?'),
      deleteExpiredSessions: db.prepare<[string]>('DELETE FROM sessions WHERE expires_at <= ?'),
      insertToken: db.prepare<[string, number, string, string]>(
        'INSERT INTO api_tokens (token_hash, user_id, label, created_at) VALUES (?, ?, ?, ?)',
      ),
      tokenMember: db.prepare<[string], MemberRow>(
        'SELECT u.* FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND u.disabled_at IS NULL',
      ),
      setDisabled: db.prepare<[string | null, number]>('UPDATE users SET disabled_at = ? WHERE id = ?'),
      deleteSessionsOf: db.prepare<[number]>('DELETE FROM sessions WHERE user_id = ?'),
      insertAudit: db.prepare(
        `INSERT INTO audit_log (at, actor, via, action, article_id, version, from_state, to_state, comment)
         VALUES (@at, @actor, @via, @action, @article_id, @version, @from_state, @to_state, @comment)`,
      ),
      auditOf: db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE article_id = ? ORDER BY id'),
      versions: db.prepare<[string], VersionRow>('SELECT * FROM article_versions WHERE article_id = ? ORDER BY version'),
      version: db.prepare<[string, number], VersionRow>('SELECT * FROM article_versions WHERE article_id = ? AND version = ?'),
    };
  }

  addMember(member: NewMember, now: Date): BoardMember {
    if (this.#stmts.memberByName.get(member.name)) throw new EvidentiaError('CONFLICT', `a member named "${member.name}" already exists`);
    const row = {
      name: member.name,
      roles: member.roles.join(','),
      password_hash: member.passwordHash,
      display_name: member.displayName,
      credentials: member.credentials ?? null,
      specialty: member.specialty ?? null,
      created_at: now.toISOString(),
    };
    const id = Number(this.#stmts.insertMember.run(row).lastInsertRowid);
    return toMember({ ...row, id, failed_logins: 0, locked_until: null, disabled_at: null });
  }

  member(name: string): BoardMember | undefined {
    const row = this.#stmts.memberByName.get(name);
    return row && toMember(row);
  }

  memberAccount(name: string): MemberAccount | undefined {
    const row = this.#stmts.memberByName.get(name);
    if (!row) return undefined;
    return {
      ...toMember(row),
      passwordHash: row.password_hash,
      failedLogins: row.failed_logins,
      ...(row.locked_until ? { lockedUntil: row.locked_until } : {}),
    };
  }

  members(): BoardMember[] {
    return this.#stmts.members.all().map(toMember);
  }

  setMemberDisabled(memberId: number, at: string | null): void {
    this.#stmts.setDisabled.run(at, memberId);
    if (at) this.#stmts.deleteSessionsOf.run(memberId);
  }

  setLoginFailures(memberId: number, failures: number, lockedUntil?: string): void {
    this.#stmts.setFailures.run(failures, lockedUntil ?? null, memberId);
  }

  addSession(tokenHash: string, memberId: number, expiresAt: string): void {
    const now = new Date().toISOString();
    this.#stmts.deleteExpiredSessions.run(now);
    this.#stmts.insertSession.run(tokenHash, memberId, now, expiresAt);
  }

  sessionMember(tokenHash: string, now: string): BoardMember | undefined {
    const row = this.#stmts.sessionMember.get(tokenHash, now);
    return row && toMember(row);
  }

  deleteSession(tokenHash: string): void {
    this.#stmts.deleteSession.run(tokenHash);
  }

  addApiToken(tokenHash: string, memberId: number, label: string): void {
    this.#stmts.insertToken.run(tokenHash, memberId, label, new Date().toISOString());
  }

  apiTokenMember(tokenHash: string): BoardMember | undefined {
    const row = this.#stmts.tokenMember.get(tokenHash);
    return row && toMember(row);
  }

  appendAudit(entry: Omit<AuditEntry, 'id'>): void {
    this.#stmts.insertAudit.run({
      at: entry.at,
      actor: entry.actor,
      via: entry.via,
      action: entry.action,
      article_id: entry.articleId ?? null,
      version: entry.version ?? null,
      from_state: entry.fromState ?? null,
      to_state: entry.toState ?? null,
      comment: entry.comment ?? null,
    });
  }

  auditOf(articleId: string): AuditEntry[] {
    return this.#stmts.auditOf.all(articleId).map((r) => {
      const entry: AuditEntry = {
        id: r.id,
        at: r.at,
        actor: r.actor,
        via: r.via as AuditEntry['via'],
        action: r.action as AuditEntry['action'],
      };
      if (r.article_id !== null) entry.articleId = r.article_id;
      if (r.version !== null) entry.version = r.version;
      if (r.from_state !== null) entry.fromState = r.from_state as AuditEntry['fromState'];
      if (r.to_state !== null) entry.toState = r.to_state as AuditEntry['toState'];
      if (r.comment !== null) entry.comment = r.comment;
      return entry;
    });
  }

  articleVersions(articleId: string): ArticleVersion[] {
    return this.#stmts.versions.all(articleId).map(toVersion);
  }

  articleVersion(articleId: string, version: number): ArticleVersion | undefined {
    const row = this.#stmts.version.get(articleId, version);
    return row && toVersion(row);
  }
}

function toMember(r: Omit<MemberRow, 'password_hash'>): BoardMember {
  const member: BoardMember = {
    id: r.id,
    name: r.name,
    roles: r.roles.split(',') as Role[],
    displayName: r.display_name,
    createdAt: r.created_at,
  };
  if (r.credentials) member.credentials = r.credentials;
  if (r.specialty) member.specialty = r.specialty;
  if (r.disabled_at) member.disabledAt = r.disabled_at;
  return member;
}

function toVersion(r: VersionRow): ArticleVersion {
  const version: ArticleVersion = {
    articleId: r.article_id,
    version: r.version,
    answer: JSON.parse(r.answer) as ArticleVersion['answer'],
    evidenceHash: r.evidence_hash,
    createdAt: r.created_at,
  };
  if (r.edited_by !== null) version.editedBy = r.edited_by;
  return version;
}
