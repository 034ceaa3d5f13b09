/*
 * Versioned schema of the SQLite store. `PRAGMA user_version` records how many migrations ran; a file
 * written by a newer Evidentia is refused rather than guessed at. A migration is SQL, or SQL and a step
 * that rewrites rows (run in the same transaction).
 */
import type Database from 'better-sqlite3';

export type Migration = string | { sql: string; rows: (db: Database.Database) => void };

export const migrations: Migration[] = [
  // 1: evidence, documents, passages with their FTS5 index, articles and their versions.
  `
  CREATE TABLE store_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );

  CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    organization TEXT,
    journal TEXT,
    year INTEGER,
    pmid TEXT,
    doi TEXT,
    url TEXT,
    document_id TEXT NOT NULL
  );
  CREATE INDEX sources_document ON sources(document_id);

  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    aliases TEXT NOT NULL,
    specialty TEXT,
    reviewed TEXT,
    origin TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );

  CREATE TABLE library_names (
    name TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (name, document_id)
  );

  CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    section TEXT NOT NULL,
    section_ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    lay TEXT,
    children TEXT NOT NULL,
    citations TEXT NOT NULL,
    strength TEXT,
    evidence TEXT,
    status TEXT,
    doc_title TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX passages_document ON passages(document_id, ordinal);

  CREATE VIRTUAL TABLE passages_fts USING fts5(
    doc_title, section, body,
    content='passages', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, doc_title, section, body) VALUES (new.id, new.doc_title, new.section, new.body);
  END;
  CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, doc_title, section, body) VALUES ('delete', old.id, old.doc_title, old.section, old.body);
  END;

  CREATE TABLE articles (
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
    updated_at TEXT NOT NULL
  );
  CREATE INDEX articles_updated ON articles(updated_at);

  CREATE TABLE article_versions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    answer TEXT NOT NULL,
    evidence_hash TEXT NOT NULL,
    review_state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
  );
  `,
  // 2: articles remember which documents they were composed from, so a changed or deleted document can
  // flag them for re-review; imported literature keeps its authors and MeSH headings.
  `
  ALTER TABLE articles ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE article_documents (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL,
    PRIMARY KEY (article_id, document_id)
  );
  CREATE INDEX article_documents_document ON article_documents(document_id);
  ALTER TABLE sources ADD COLUMN authors TEXT;
  ALTER TABLE documents ADD COLUMN mesh TEXT;
  `,
  // 3: the Medical Advisory Board: accounts, sessions, API tokens (hashes only), an append-only audit
  // log, who edited each version and who approved the current one. Readers' wording is scrubbed from
  // articles saved before: an article is named by its title (topic and intent), never by a question.
  {
    sql: `
    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      roles TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      display_name TEXT NOT NULL,
      credentials TEXT,
      specialty TEXT,
      failed_logins INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT,
      created_at TEXT NOT NULL
    );
    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    );
    CREATE TABLE api_tokens (
      token_hash TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      label TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE audit_log (
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
    CREATE INDEX audit_log_article ON audit_log(article_id, id);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'Evidentia: the audit log is append-only; its rows cannot be changed');
    END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'Evidentia: the audit log is append-only; its rows cannot be deleted');
    END;
    ALTER TABLE article_versions ADD COLUMN edited_by TEXT;
    ALTER TABLE articles ADD COLUMN reviewed_by TEXT;
    ALTER TABLE articles ADD COLUMN reviewed_at TEXT;
    CREATE TRIGGER article_versions_immutable BEFORE UPDATE OF answer, evidence_hash, edited_by ON article_versions BEGIN
      SELECT RAISE(ABORT, 'Evidentia: a saved article version cannot be changed; save a new version');
    END;
    `,
    rows(db) {
      const rows = db.prepare('SELECT id, slug, answer FROM articles').all() as { id: string; slug: string; answer: string }[];
      const taken = new Set<string>();
      const update = db.prepare('UPDATE articles SET question = ?, question_key = ?, slug = ?, answer = ? WHERE id = ?');
      const versions = db.prepare('SELECT version, answer FROM article_versions WHERE article_id = ?');
      const updateVersion = db.prepare('UPDATE article_versions SET answer = ? WHERE article_id = ? AND version = ?');
      db.exec('DROP TRIGGER article_versions_immutable');
      db.exec("UPDATE articles SET slug = 'migrating-' || id");
      for (const row of rows) {
        const title = (JSON.parse(row.answer) as { title: string }).title;
        const base =
          title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')
            .slice(0, 80) || 'article';
        let slug = base;
        for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
        taken.add(slug);
        const scrub = (json: string) => JSON.stringify({ ...(JSON.parse(json) as object), question: title });
        update.run(title, `legacy:${row.id}`, slug, scrub(row.answer), row.id);
        for (const v of versions.all(row.id) as { version: number; answer: string }[])
          updateVersion.run(scrub(v.answer), row.id, v.version);
      }
      db.exec(`CREATE TRIGGER article_versions_immutable BEFORE UPDATE OF answer, evidence_hash, edited_by ON article_versions BEGIN
        SELECT RAISE(ABORT, 'Evidentia: a saved article version cannot be changed; save a new version');
      END;`);
    },
  },
  // 4: a library name says how it names its document: its own name, a wider condition it covers part of,
  // a component of a combination product, or a neighbouring condition it does not cover. The library is
  // re-synced so that existing stores learn the roles.
  `
  ALTER TABLE library_names ADD COLUMN role TEXT NOT NULL DEFAULT 'name';
  DELETE FROM store_meta WHERE key = 'library_fingerprint';
  `,
  // 5: readers' private question history. A signed-in reader's questions belong to their account (and
  // go with it); user_id is NULL only for an anonymous question kept because the deployment said so
  // (EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS), and nothing links it to a person, browser or address.
  `
  CREATE TABLE reader_questions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    asked_at TEXT NOT NULL,
    question TEXT NOT NULL,
    audience TEXT NOT NULL,
    outcome TEXT NOT NULL,
    article_id TEXT REFERENCES articles(id) ON DELETE SET NULL
  );
  CREATE INDEX reader_questions_user ON reader_questions(user_id, id);
  `,
  // 6: admins disable accounts rather than delete them: the audit log keeps naming the person, and a
  // disabled account's sessions end and its API tokens stop working until it is enabled again.
  `
  ALTER TABLE users ADD COLUMN disabled_at TEXT;
  `,
  // 7: the board's tables live in their own file (board-file.ts: copied there before this runs), so that
  // saving an article never waits for an import's write lock on this one. Articles composed from a
  // document an import replaces or deletes are flagged through changed_documents once the import commits.
  `
  DROP TABLE IF EXISTS main.reader_questions;
  DROP TABLE IF EXISTS main.sessions;
  DROP TABLE IF EXISTS main.api_tokens;
  DROP TABLE IF EXISTS main.users;
  DROP TABLE IF EXISTS main.article_documents;
  DROP TABLE IF EXISTS main.article_versions;
  DROP TABLE IF EXISTS main.articles;
  DROP TABLE IF EXISTS main.audit_log;
  DELETE FROM main.store_meta WHERE key <> 'library_fingerprint';
  CREATE TABLE main.changed_documents (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL
  );
  `,
  // 8: traceability. A passage keeps where in its sources it stands (JSON [{key, locator}], NULL when the
  // library names no place), and a drug label keeps its revision date. Library files could not carry
  // either before, so no document needs re-reading.
  `
  ALTER TABLE passages ADD COLUMN locators TEXT;
  ALTER TABLE sources ADD COLUMN revised TEXT;
  `,
  // 9: the library's ranking index, built when the library is synced rather than at every process start
  // (reading every index token took most of a CLI answer's time). `state` says which library documents
  // and passages it was built from: a snapshot whose state no longer matches is ignored and rebuilt.
  `
  CREATE TABLE ranking_snapshots (
    scope TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    data BLOB NOT NULL
  );
  `,
];
