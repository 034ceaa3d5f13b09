/*
 * The board file: articles, their versions and documents, members, sessions, API tokens, the audit log
 * and the server's own settings live in a second SQLite file beside the corpus (`evidentia-board.db`
 * beside `evidentia.db`), attached to every connection as `board`. An import holds the corpus file's
 * write lock for its whole run; saving an article or a sign-in writes only the board file, so they
 * never wait for an import. Stores written before the split have their board tables moved here once.
 */
import type Database from 'better-sqlite3';

/** The board file's schema version (`PRAGMA board.user_version`). */
export const boardSchemaVersion = 1;

/** Tables moved out of the corpus file, in copy order (parents first). */
export const boardTables = [
  'articles',
  'article_versions',
  'article_documents',
  'users',
  'sessions',
  'api_tokens',
  'audit_log',
  'reader_questions',
] as const;

/** `data/evidentia.db` → `data/evidentia-board.db`; in-memory stores get an in-memory board. */
export function boardPath(corpusPath: string): string {
  if (corpusPath === ':memory:') return ':memory:';
  return corpusPath.endsWith('.db') ? `${corpusPath.slice(0, -3)}-board.db` : `${corpusPath}-board`;
}

const schema = `
  CREATE TABLE board.board_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE board.articles (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    question TEXT NOT NULL,
    question_key TEXT NOT NULL UNIQUE,
    audience TEXT NOT NULL,
    answer TEXT NOT NULL,
    evidence_hash TEXT NOT NULL,
    review_state TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    needs_review INTEGER NOT NULL DEFAULT 0,
    reviewed_by TEXT,
    reviewed_at TEXT
  );
  CREATE INDEX board.articles_updated ON articles(updated_at);
  CREATE TABLE board.article_versions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    answer TEXT NOT NULL,
    evidence_hash TEXT NOT NULL,
    review_state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    edited_by TEXT,
    PRIMARY KEY (article_id, version)
  );
  CREATE TABLE board.article_documents (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL,
    PRIMARY KEY (article_id, document_id)
  );
  CREATE INDEX board.article_documents_document ON article_documents(document_id);
  CREATE TABLE board.users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    roles TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    credentials TEXT,
    specialty TEXT,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    disabled_at TEXT
  );
  CREATE TABLE board.sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE TABLE board.api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE board.audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    via TEXT NOT NULL,
    action TEXT NOT NULL,
    article_id TEXT,
    version INTEGER,
    from_state TEXT,
    to_state TEXT,
    comment TEXT
  );
  CREATE INDEX board.audit_log_article ON audit_log(article_id, id);
  CREATE TABLE board.reader_questions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    asked_at TEXT NOT NULL,
    question TEXT NOT NULL,
    audience TEXT NOT NULL,
    outcome TEXT NOT NULL,
    article_id TEXT REFERENCES articles(id) ON DELETE SET NULL
  );
  CREATE INDEX board.reader_questions_user ON reader_questions(user_id, id);
`;

const triggers = `
  CREATE TRIGGER board.audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'Evidentia: the audit log is append-only; its rows cannot be changed');
  END;
  CREATE TRIGGER board.audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'Evidentia: the audit log is append-only; its rows cannot be deleted');
  END;
  CREATE TRIGGER board.article_versions_immutable BEFORE UPDATE OF answer, evidence_hash, edited_by ON article_versions BEGIN
    SELECT RAISE(ABORT, 'Evidentia: a saved article version cannot be changed; save a new version');
  END;
`;

/**
 * Attach the board file and bring it to the current schema. When the corpus file still holds the board's
 * tables (a store from before the split, or a new one whose migrations just made them), their rows are
 * copied into the board file in one board transaction; the caller then drops them from the corpus file.
 * A crash between the two steps is safe: the board file already at its version is not copied into again.
 */
export function attachBoard(db: Database.Database, path: string): void {
  db.prepare('ATTACH DATABASE ? AS board').run(path);
  db.pragma('board.journal_mode = WAL');
  db.pragma('board.synchronous = FULL');
  const version = db.pragma('board.user_version', { simple: true }) as number;
  if (version >= boardSchemaVersion) return;
  const inCorpus = (table: string) =>
    db.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
  db.transaction(() => {
    db.exec(schema);
    for (const table of boardTables) {
      if (!inCorpus(table)) continue;
      const columns = (db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(table) as { name: string }[])
        .map((c) => `"${c.name}"`)
        .join(', ');
      db.exec(`INSERT INTO board.${table} (${columns}) SELECT ${columns} FROM main.${table}`);
    }
    if (inCorpus('store_meta'))
      db.exec("INSERT INTO board.board_meta (key, value) SELECT key, value FROM main.store_meta WHERE key <> 'library_fingerprint'");
    db.exec(triggers);
    db.pragma(`board.user_version = ${boardSchemaVersion}`);
  })();
}
