/*
 * Versioned schema of the SQLite store. `PRAGMA user_version` records how many migrations ran; a file
 * written by a newer Evidentia is refused rather than guessed at.
 */
export const migrations: string[] = [
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
  // 3: a library name says how it names its document: its own name, a wider condition it covers part of,
  // a component of a combination product, or a neighbouring condition it does not cover. The library is
  // re-synced so that existing stores learn the roles.
  `
  ALTER TABLE library_names ADD COLUMN role TEXT NOT NULL DEFAULT 'name';
  DELETE FROM store_meta WHERE key = 'library_fingerprint';
  `,
];
