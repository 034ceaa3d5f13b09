/*
 * The embedded store: two SQLite files in WAL mode. The corpus file holds sources, documents and
 * passages (FTS5) and is written by imports, one transaction each; the board file (board-file.ts, attached
 * as `board`) holds articles, versions, members and the audit log. Readers never wait for either. An
 * import never writes the board file inside its transaction: the documents it replaced or deleted are
 * journalled in `changed_documents`, and the articles composed from them are flagged once it commits (or
 * on the next open after a crash). All SQL lives here, parameterised, behind the Store interface.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { EvidentiaError } from '../../errors.ts';
import { migrations } from './migrations.ts';
import { IndexViews } from './index-views.ts';
import { BoardTables } from './board.ts';
import { ReaderQuestions } from './reader-questions.ts';
import { attachBoard, boardPath } from './board-file.ts';
import type { ClinicalDocument, DocumentKind, Source, SourceType, Statement } from '../../types.ts';
import type {
  ArticleVersion,
  AuditEntry,
  BoardMember,
  MemberAccount,
  NewMember,
  NewReaderQuestion,
  ReaderQuestion,
  IndexedToken,
  LibraryName,
  NameRole,
  Passage,
  PassageFacts,
  PassageHit,
  PassageInput,
  ReviewState,
  SearchOptions,
  Store,
  StoreCounts,
  StoredArticle,
  TermStatistic,
} from '../types.ts';

/** Column weights for bm25(): a match in a document title counts most, then a section heading. */
export const columnWeights = { title: 4, section: 2, body: 1 } as const;

interface PassageRow {
  id: number;
  document_id: string;
  doc_title: string;
  kind: string;
  ordinal: number;
  section: string;
  section_ordinal: number;
  text: string;
  lay: string | null;
  children: string;
  citations: string;
  locators: string | null;
  strength: string | null;
  evidence: string | null;
  status: string | null;
  score?: number;
}

interface ArticleRow {
  id: string;
  slug: string;
  question: string;
  question_key: string;
  audience: string;
  answer: string;
  evidence_hash: string;
  review_state: string;
  version: number;
  created_at: string;
  updated_at: string;
  needs_review: number;
  reviewed_by: string | null;
  reviewed_at: string | null;
  edited_by: string | null;
  specialty: string | null;
}

/** Articles with their current version's editor and the specialty of the topic or drug they are about. */
const articleSelect = `SELECT a.*, v.edited_by, d.specialty FROM articles a
  LEFT JOIN article_versions v ON v.article_id = a.id AND v.version = a.version
  LEFT JOIN documents d ON d.id = json_extract(a.answer, '$.focus.id')`;

export interface OpenStoreOptions {
  /**
   * How long a write may wait for another writer's lock, in milliseconds (SQLite's busy timeout, which
   * waits synchronously). The CLI waits (default 5000); the server passes 0 and retries off its event loop.
   */
  lockWaitMs?: number;
}

/** Meta keys written by imports, kept in the corpus file; every other key is the board's. */
const corpusMetaKeys = new Set(['library_fingerprint']);

/** The migrations run before the board's tables are copied to the board file (see migrations.ts, 7). */
const boardSplitMigration = 6;

/**
 * Open (creating if needed) the store at `path` and its board file beside it (`evidentia-board.db`);
 * ':memory:' works for throwaway stores.
 */
export function openSqliteStore(path: string, options: OpenStoreOptions = {}): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: a committed article survives a power cut, not only a crash; imports are one transaction, so
  // this costs one extra sync per import, not per document.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${options.lockWaitMs ?? 5000}`);
  db.pragma('cache_size = -65536'); // 64 MB of page cache: imports rewrite the FTS index's pages often
  try {
    migrate(db, path, boardSplitMigration);
    attachBoard(db, boardPath(path));
    migrate(db, path);
  } catch (err) {
    if (db.open) db.close();
    throw err;
  }
  const store = new SqliteStore(db);
  store.flagChangedArticles();
  return store;
}

function migrate(db: Database.Database, path: string, upTo = migrations.length): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    db.close();
    throw new EvidentiaError(
      'STORE_VERSION',
      `the store ${path} has schema version ${version}, newer than this Evidentia understands (${migrations.length}); upgrade Evidentia or point EVIDENTIA_DB elsewhere`,
    );
  }
  for (let v = version; v < upTo; v++) {
    const migration = migrations[v]!;
    db.transaction(() => {
      if (typeof migration === 'string') db.exec(migration);
      else {
        db.exec(migration.sql);
        migration.rows(db);
      }
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #stmts;
  readonly #views: IndexViews;
  readonly #board: BoardTables;
  readonly #questions: ReaderQuestions;
  #changesPending = false;
  readonly #statements = new Map<string, Database.Statement>();
  /** Passages by document as last read (ordered by ordinal), and the corpus version they were read at. */
  #passages: { version: string; byDocument: Map<string, Passage[]>; size: number } = { version: '', byDocument: new Map(), size: 0 };
  /** Library name rows as last read, and the corpus version they were read at. */
  #names: { version: string; rows: { name: string; document_id: string; kind: string; title: string; role: string }[] } | undefined;
  /** Documents written or deleted through this connection (its own writes do not change data_version). */
  #documentWrites = 0;
  /** The last ranking snapshot read, with the library state it was saved for. */
  #snapshot: { state: string; data: Uint8Array } | undefined;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#views = new IndexViews(db);
    this.#board = new BoardTables(db);
    this.#questions = new ReaderQuestions(db);
    this.#stmts = {
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM main.store_meta WHERE key = ?'),
      setMeta: db.prepare('INSERT INTO main.store_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      getBoardMeta: db.prepare<[string], { value: string }>('SELECT value FROM board.board_meta WHERE key = ?'),
      setBoardMeta: db.prepare(
        'INSERT INTO board.board_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
      journalChange: db.prepare<[string]>('INSERT INTO main.changed_documents (document_id) VALUES (?)'),
      changesAfter: db.prepare<[number], { id: number; document_id: string }>(
        'SELECT id, document_id FROM main.changed_documents WHERE id > ? ORDER BY id',
      ),
      forgetChanges: db.prepare<[number]>('DELETE FROM main.changed_documents WHERE id <= ?'),
      hash: db.prepare<[string], { content_hash: string }>('SELECT content_hash FROM documents WHERE id = ?'),
      deleteDoc: db.prepare<[string]>('DELETE FROM documents WHERE id = ?'),
      deletePassages: db.prepare<[string]>('DELETE FROM passages WHERE document_id = ?'),
      deleteSources: db.prepare<[string]>('DELETE FROM sources WHERE document_id = ?'),
      deleteNames: db.prepare<[string]>('DELETE FROM library_names WHERE document_id = ?'),
      insertDoc: db.prepare(
        `INSERT INTO documents (id, kind, title, aliases, specialty, reviewed, origin, content_hash, ingested_at, mesh)
         VALUES (@id, @kind, @title, @aliases, @specialty, @reviewed, @origin, @content_hash, @ingested_at, @mesh)`,
      ),
      insertName: db.prepare('INSERT OR IGNORE INTO library_names (name, document_id, role) VALUES (?, ?, ?)'),
      insertSource: db.prepare(
        `INSERT OR REPLACE INTO sources (id, type, title, organization, journal, year, pmid, doi, url, document_id, authors, revised)
         VALUES (@id, @type, @title, @organization, @journal, @year, @pmid, @doi, @url, @document_id, @authors, @revised)`,
      ),
      insertPassage: db.prepare(
        `INSERT INTO passages (document_id, ordinal, section, section_ordinal, text, lay, children, citations, locators, strength, evidence, status, doc_title, body)
         VALUES (@document_id, @ordinal, @section, @section_ordinal, @text, @lay, @children, @citations, @locators, @strength, @evidence, @status, @doc_title, @body)`,
      ),
      names: db.prepare<[], { name: string; document_id: string; kind: string; title: string; role: string }>(
        'SELECT n.name, n.document_id, d.kind, d.title, n.role FROM library_names n JOIN documents d ON d.id = n.document_id',
      ),
      articleByKey: db.prepare<[string], ArticleRow>(`${articleSelect} WHERE a.question_key = ?`),
      articleByIdOrSlug: db.prepare<[string, string], ArticleRow>(`${articleSelect} WHERE a.id = ? OR a.slug = ?`),
      recentArticles: db.prepare<[number], ArticleRow>(
        `${articleSelect} ORDER BY CASE a.review_state WHEN 'approved' THEN 0 ELSE 1 END, a.updated_at DESC, a.id LIMIT ?`,
      ),
      upsertArticle: db.prepare(
        `INSERT INTO articles (id, slug, question, question_key, audience, answer, evidence_hash, review_state, version, created_at, updated_at, reviewed_by, reviewed_at)
         VALUES (@id, @slug, @question, @question_key, @audience, @answer, @evidence_hash, @review_state, @version, @created_at, @updated_at, @reviewed_by, @reviewed_at)
         ON CONFLICT(id) DO UPDATE SET question = excluded.question, answer = excluded.answer, evidence_hash = excluded.evidence_hash,
           review_state = excluded.review_state, version = excluded.version, updated_at = excluded.updated_at,
           reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at, needs_review = 0`,
      ),
      // An approved article whose evidence changed goes back to the board (needs_re_review), and the
      // audit log says so; any other article keeps its state and carries the flag into its review.
      auditReReview: db.prepare<[string, string]>(
        `INSERT INTO audit_log (at, actor, via, action, article_id, version, from_state, to_state, comment)
         SELECT ?, 'evidentia', 'import', 'transition', id, version, review_state, 'needs_re_review', 'a cited source changed or was withdrawn on import'
         FROM articles WHERE review_state = 'approved' AND id IN (SELECT article_id FROM article_documents WHERE document_id = ?)`,
      ),
      flagArticles: db.prepare<[string]>(
        `UPDATE articles SET needs_review = 1, review_state = CASE review_state WHEN 'approved' THEN 'needs_re_review' ELSE review_state END
         WHERE id IN (SELECT article_id FROM article_documents WHERE document_id = ?)`,
      ),
      auditApprovedAbout: db.prepare<[string, string, string]>(
        `INSERT INTO audit_log (at, actor, via, action, article_id, version, from_state, to_state, comment)
         SELECT ?, 'evidentia', 'import', 'transition', id, version, review_state, 'needs_re_review', ?
         FROM articles WHERE review_state = 'approved' AND json_extract(answer, '$.focus.id') = ?`,
      ),
      flagApprovedAbout: db.prepare<[string]>(
        `UPDATE articles SET review_state = 'needs_re_review' WHERE review_state = 'approved' AND json_extract(answer, '$.focus.id') = ?`,
      ),
      documentKind: db.prepare<[string], { kind: string }>('SELECT kind FROM documents WHERE id = ?'),
      sourceOwner: db.prepare<[string], { document_id: string }>('SELECT document_id FROM sources WHERE id = ?'),
      clearArticleDocuments: db.prepare<[string]>('DELETE FROM article_documents WHERE article_id = ?'),
      insertArticleDocument: db.prepare('INSERT OR IGNORE INTO article_documents (article_id, document_id) VALUES (?, ?)'),
      dataVersion: db.prepare('PRAGMA main.data_version').pluck(),
      getSnapshot: db.prepare<[string], { state: string; data: Buffer }>('SELECT state, data FROM main.ranking_snapshots WHERE scope = ?'),
      setSnapshot: db.prepare<[string, string, Uint8Array]>(
        'INSERT INTO main.ranking_snapshots (scope, state, data) VALUES (?, ?, ?) ON CONFLICT(scope) DO UPDATE SET state = excluded.state, data = excluded.data',
      ),
      libraryState: db.prepare(
        `SELECT d.id, d.content_hash, (SELECT group_concat(id) FROM (SELECT id FROM passages WHERE document_id = d.id ORDER BY id)) AS passages
         FROM documents d WHERE d.kind <> 'literature' ORDER BY d.id`,
      ),
      articleDocuments: db.prepare<[string], { document_id: string }>(
        'SELECT document_id FROM article_documents WHERE article_id = ? ORDER BY document_id',
      ),
      insertVersion: db.prepare(
        `INSERT INTO article_versions (article_id, version, answer, evidence_hash, review_state, created_at, edited_by)
         VALUES (@id, @version, @answer, @evidence_hash, @review_state, @updated_at, @edited_by)`,
      ),
    };
  }

  transaction<T>(fn: () => T): T {
    // Inside an import's explicit transaction a savepoint per document only costs time: run directly.
    if (this.#db.inTransaction) return fn();
    let result: T;
    try {
      result = this.#db.transaction(fn)();
    } catch (err) {
      this.#documentWrites++; // rolled back: names read inside it may be gone
      throw err;
    }
    if (this.#changesPending) this.flagChangedArticles();
    return result;
  }

  begin(): void {
    // A deferred BEGIN, then a write to the corpus file: this takes the corpus file's write lock only
    // (BEGIN IMMEDIATE would lock the board file too, and article saves would wait for the import).
    this.#db.exec('BEGIN');
    try {
      this.#stmts.forgetChanges.run(this.#appliedChanges());
    } catch (err) {
      this.#db.exec('ROLLBACK');
      throw err;
    }
  }

  commit(): void {
    this.#db.exec('COMMIT');
    if (this.#changesPending) this.flagChangedArticles();
  }

  rollback(): void {
    this.#documentWrites++; // names read inside the transaction may be gone
    if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
    this.#changesPending = false;
  }

  /**
   * Flag the articles composed from documents that committed imports replaced or deleted, once each (the
   * board file remembers the last change applied). Best effort: a busy board file leaves the rest for the
   * next commit or open.
   */
  flagChangedArticles(): void {
    if (this.#db.inTransaction) return;
    try {
      this.#db.transaction(() => {
        let applied = this.#appliedChanges();
        for (const change of this.#stmts.changesAfter.all(applied)) {
          this.#stmts.auditReReview.run(new Date().toISOString(), change.document_id);
          this.#stmts.flagArticles.run(change.document_id);
          applied = change.id;
        }
        this.#stmts.setBoardMeta.run('changes_applied_through', String(applied));
      })();
      this.#changesPending = false;
    } catch (err) {
      if (!isBusy(err)) throw err;
    }
  }

  #appliedChanges(): number {
    return Number(this.#stmts.getBoardMeta.get('changes_applied_through')?.value ?? 0);
  }

  setLockWait(ms: number): void {
    this.#db.pragma(`busy_timeout = ${Math.max(0, Math.floor(ms))}`);
  }

  meta(key: string): string | undefined {
    return (corpusMetaKeys.has(key) ? this.#stmts.getMeta : this.#stmts.getBoardMeta).get(key)?.value;
  }

  setMeta(key: string, value: string): void {
    (corpusMetaKeys.has(key) ? this.#stmts.setMeta : this.#stmts.setBoardMeta).run(key, value);
  }

  documentHash(id: string): string | undefined {
    return this.#stmts.hash.get(id)?.content_hash;
  }

  putDocument(document: ClinicalDocument, contentHash: string, passages: PassageInput[]): void {
    const s = this.#stmts;
    this.#documentWrites++;
    this.transaction(() => {
      // Only a document that exists has rows to remove (and articles to flag): new ones skip the deletes.
      if (s.hash.get(document.id) !== undefined && this.#removeDocument(document.id)) this.#flagArticles(document.id);
      s.insertDoc.run({
        id: document.id,
        kind: document.kind,
        title: document.title,
        aliases: JSON.stringify(document.aliases),
        specialty: document.specialty ?? null,
        reviewed: document.reviewed ?? null,
        origin: document.origin,
        content_hash: contentHash,
        ingested_at: new Date().toISOString(),
        mesh: document.mesh && document.mesh.length > 0 ? JSON.stringify(document.mesh) : null,
      });
      if (document.kind !== 'literature') {
        // Names keep their case: a short upper-case alias ("ALS") must match only as written.
        const names = new Map<string, [string, NameRole]>();
        const add = (list: string[] | undefined, role: NameRole) => {
          for (const n of list ?? []) if (!names.has(n.toLowerCase())) names.set(n.toLowerCase(), [n, role]);
        };
        add([document.title, ...document.aliases], 'name');
        add(document.broader, 'broader');
        add(document.ingredients, 'ingredient');
        add(document.excludes, 'excluded');
        for (const [name, role] of names.values()) s.insertName.run(name, document.id, role);
      }
      for (const source of document.sources) {
        s.insertSource.run({
          id: source.id,
          type: source.type,
          title: source.title,
          organization: source.organization ?? null,
          journal: source.journal ?? null,
          year: source.year,
          pmid: source.pmid ?? null,
          doi: source.doi ?? null,
          url: source.url ?? null,
          document_id: document.id,
          authors: source.authors ? JSON.stringify(source.authors) : null,
          revised: source.revised ?? null,
        });
      }
      for (const p of passages) {
        s.insertPassage.run({
          document_id: document.id,
          ordinal: p.ordinal,
          section: p.section,
          section_ordinal: p.sectionOrdinal,
          text: p.text,
          lay: p.lay ?? null,
          children: JSON.stringify(p.children),
          citations: JSON.stringify(p.citations),
          locators: p.locators && p.locators.length > 0 ? JSON.stringify(p.locators) : null,
          strength: p.strength ?? null,
          evidence: p.evidence ?? null,
          status: p.status ?? null,
          doc_title: document.title,
          body: [p.text, ...p.children.map((c) => c.text)].join(' '),
        });
      }
    });
  }

  #removeDocument(id: string): boolean {
    this.#documentWrites++;
    const s = this.#stmts;
    s.deletePassages.run(id);
    s.deleteSources.run(id);
    s.deleteNames.run(id);
    return s.deleteDoc.run(id).changes > 0;
  }

  deleteDocument(id: string): boolean {
    return this.transaction(() => {
      const removed = this.#removeDocument(id);
      if (removed) this.#flagArticles(id);
      return removed;
    });
  }

  /** Journal a replaced or deleted document; its articles are flagged once the transaction commits. */
  #flagArticles(documentId: string): void {
    this.#stmts.journalChange.run(documentId);
    this.#changesPending = true;
  }

  flagApprovedArticlesAbout(focusId: string, reason: string, now = new Date()): number {
    return this.transaction(() => {
      this.#stmts.auditApprovedAbout.run(now.toISOString(), reason, focusId);
      return this.#stmts.flagApprovedAbout.run(focusId).changes;
    });
  }

  documentKind(id: string): DocumentKind | undefined {
    return this.#stmts.documentKind.get(id)?.kind as DocumentKind | undefined;
  }

  sourceOwner(sourceId: string): string | undefined {
    return this.#stmts.sourceOwner.get(sourceId)?.document_id;
  }

  documentCount(): number {
    return (this.#prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  }

  counts(): StoreCounts {
    const one = (sql: string) => (this.#prepare(sql).get() as { n: number }).n;
    const byType: Partial<Record<SourceType, number>> = {};
    for (const row of this.#prepare('SELECT type, COUNT(*) AS n FROM sources GROUP BY type ORDER BY type').all() as {
      type: SourceType;
      n: number;
    }[]) {
      byType[row.type] = row.n;
    }
    return {
      documents: one('SELECT COUNT(*) AS n FROM documents'),
      passages: one('SELECT COUNT(*) AS n FROM passages'),
      sources: one('SELECT COUNT(*) AS n FROM sources'),
      articles: one('SELECT COUNT(*) AS n FROM articles'),
      byType,
    };
  }

  libraryNames(): LibraryName[] {
    // Opening Evidentia reads the names three times (index, linker, intervention finder): the rows are
    // read again only after a commit by another connection (data_version) or a document write by this one.
    const version = this.#corpusVersion();
    if (this.#names?.version !== version) this.#names = { version, rows: this.#stmts.names.all() };
    return this.#names.rows.map((r) => ({
      name: r.name,
      documentId: r.document_id,
      kind: r.kind as LibraryName['kind'],
      title: r.title,
      role: r.role as NameRole,
    }));
  }

  search(ftsQuery: string, options: SearchOptions): PassageHit[] {
    const { title, section, body } = options.columnWeights ?? columnWeights;
    const params: (string | number)[] = [ftsQuery];
    let filter = '';
    if (options.documentIds) {
      if (options.documentIds.length === 0) return [];
      filter = `AND p.document_id IN (${options.documentIds.map(() => '?').join(',')})`;
      params.push(...options.documentIds);
    }
    params.push(options.limit);
    const rows = this.#prepare(
      `SELECT p.*, d.kind, -bm25(passages_fts, ${title}, ${section}, ${body}) AS score
         FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN documents d ON d.id = p.document_id
         WHERE passages_fts MATCH ? ${filter}
         ORDER BY bm25(passages_fts, ${title}, ${section}, ${body}) LIMIT ?`,
    ).all(...params) as PassageRow[];
    return rows.map((r) => ({ ...toPassage(r), score: r.score ?? 0 }));
  }

  indexTokens(): Iterable<IndexedToken> {
    return this.#views.indexTokens();
  }

  indexTerms(text: string): string[] {
    return this.#views.indexTerms(text);
  }

  vocabulary(): TermStatistic[] {
    return this.#views.vocabulary();
  }

  passageFacts(): PassageFacts[] {
    return this.#views.passageFacts();
  }

  rankingSnapshot(): Uint8Array | undefined {
    // The bytes (several MB) are read once per library state: opening Evidentia asks whether there is a
    // snapshot, and building the Retriever's index asks again.
    const state = this.#libraryState();
    if (this.#snapshot?.state === state) return this.#snapshot.data;
    const row = this.#stmts.getSnapshot.get('library');
    if (!row || row.state !== state) return undefined;
    this.#snapshot = row;
    return row.data;
  }

  saveRankingSnapshot(data: Uint8Array): void {
    const state = this.#libraryState();
    this.transaction(() => this.#stmts.setSnapshot.run('library', state, data));
    this.#snapshot = undefined;
  }

  /**
   * Which library documents (topics and drugs) the store holds, in which versions, with which passage ids:
   * whatever changes any of them (a sync, `ingest --format library`, a deletion) changes this.
   */
  #libraryState(): string {
    const h = createHash('sha256');
    for (const [id, hash, passages] of this.#stmts.libraryState.raw().iterate() as Iterable<[string, string, string | null]>)
      h.update(`${id}\t${hash}\t${passages ?? ''}\n`);
    return h.digest('hex');
  }

  passagesOf(documentIds: string[]): Passage[] {
    if (documentIds.length === 0) return [];
    // Retrieval asks for the same library documents' passages many times a question (once per candidate
    // topic): each document's are read and parsed once per corpus version, and every caller gets copies.
    const version = this.#corpusVersion();
    if (this.#passages.version !== version || this.#passages.size > passageCacheLimit) {
      this.#passages = { version, byDocument: new Map(), size: 0 };
    }
    const cache = this.#passages.byDocument;
    const ids = [...new Set(documentIds)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const missing = ids.filter((id) => !cache.has(id));
    if (missing.length > 0) {
      const rows = this.#prepare(
        `SELECT p.*, d.kind FROM passages p JOIN documents d ON d.id = p.document_id
         WHERE p.document_id IN (${missing.map(() => '?').join(',')}) ORDER BY p.document_id, p.ordinal`,
      ).all(...missing) as PassageRow[];
      for (const id of missing) cache.set(id, []);
      for (const row of rows) cache.get(row.document_id)!.push(toPassage(row));
      this.#passages.size += rows.length;
    }
    return ids.flatMap((id) => cache.get(id)!.map(copyPassage));
  }

  sources(ids: string[]): Source[] {
    if (ids.length === 0) return [];
    const rows = this.#prepare(`SELECT * FROM sources WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Record<
      string,
      unknown
    >[];
    return rows.map((r) => {
      const source: Source = {
        id: r.id as string,
        type: r.type as SourceType,
        title: r.title as string,
        year: (r.year as number | null) ?? null,
      };
      for (const key of ['organization', 'journal', 'pmid', 'doi', 'url', 'revised'] as const)
        if (r[key] != null) source[key] = r[key] as string;
      if (r.authors != null) source.authors = JSON.parse(r.authors as string) as string[];
      return source;
    });
  }

  findArticleByKey(questionKey: string): StoredArticle | undefined {
    const row = this.#stmts.articleByKey.get(questionKey);
    return row && this.#toArticle(row);
  }

  getArticle(idOrSlug: string): StoredArticle | undefined {
    const row = this.#stmts.articleByIdOrSlug.get(idOrSlug, idOrSlug);
    return row && this.#toArticle(row);
  }

  recentArticles(limit: number): StoredArticle[] {
    return this.#stmts.recentArticles.all(limit).map((r) => this.#toArticle(r));
  }

  saveArticle(article: StoredArticle): void {
    const row = {
      id: article.id,
      slug: article.slug,
      question: article.question,
      question_key: article.questionKey,
      audience: article.audience,
      answer: JSON.stringify(article.answer),
      evidence_hash: article.evidenceHash,
      review_state: article.reviewState,
      version: article.version,
      created_at: article.createdAt,
      updated_at: article.updatedAt,
      reviewed_by: article.reviewedBy ?? null,
      reviewed_at: article.reviewedAt ?? null,
      edited_by: article.editedBy ?? null,
    };
    this.transaction(() => {
      this.#stmts.upsertArticle.run(row);
      this.#stmts.insertVersion.run(row);
      this.#stmts.clearArticleDocuments.run(article.id);
      for (const documentId of article.documentIds) this.#stmts.insertArticleDocument.run(article.id, documentId);
    });
  }

  setReviewState(id: string, state: ReviewState, reviewed?: { by: string; at: string }): void {
    // Approval names its reviewer, and is made against the evidence as it is now: a changed source the
    // article was flagged for has been seen. Leaving approval behind keeps the record of who approved last.
    if (reviewed)
      this.#prepare('UPDATE articles SET review_state = ?, reviewed_by = ?, reviewed_at = ?, needs_review = 0 WHERE id = ?').run(
        state,
        reviewed.by,
        reviewed.at,
        id,
      );
    else this.#prepare('UPDATE articles SET review_state = ? WHERE id = ?').run(state, id);
  }

  articlesInState(states: ReviewState | ReviewState[], limit: number, specialty?: string): StoredArticle[] {
    const list = Array.isArray(states) ? states : [states];
    if (list.length === 0) return [];
    const params: (string | number)[] = [...list];
    let filter = '';
    if (specialty) {
      filter = 'AND lower(d.specialty) = lower(?)';
      params.push(specialty);
    }
    params.push(limit);
    const rows = this.#prepare(
      `${articleSelect} WHERE a.review_state IN (${list.map(() => '?').join(',')}) ${filter} ORDER BY a.updated_at, a.id LIMIT ?`,
    ).all(...params) as ArticleRow[];
    return rows.map((r) => this.#toArticle(r));
  }

  articleVersions(articleId: string): ArticleVersion[] {
    return this.#board.articleVersions(articleId);
  }

  articleVersion(articleId: string, version: number): ArticleVersion | undefined {
    return this.#board.articleVersion(articleId, version);
  }

  appendAudit(entry: Omit<AuditEntry, 'id'>): void {
    this.#board.appendAudit(entry);
  }

  auditOf(articleId: string): AuditEntry[] {
    return this.#board.auditOf(articleId);
  }

  addMember(member: NewMember, now = new Date()): BoardMember {
    return this.#board.addMember(member, now);
  }

  member(name: string): BoardMember | undefined {
    return this.#board.member(name);
  }

  memberAccount(name: string): MemberAccount | undefined {
    return this.#board.memberAccount(name);
  }

  members(): BoardMember[] {
    return this.#board.members();
  }

  setMemberDisabled(memberId: number, at: string | null): void {
    this.transaction(() => this.#board.setMemberDisabled(memberId, at));
  }

  setLoginFailures(memberId: number, failures: number, lockedUntil?: string): void {
    this.#board.setLoginFailures(memberId, failures, lockedUntil);
  }

  addSession(tokenHash: string, memberId: number, expiresAt: string): void {
    this.#board.addSession(tokenHash, memberId, expiresAt);
  }

  sessionMember(tokenHash: string, now: string): BoardMember | undefined {
    return this.#board.sessionMember(tokenHash, now);
  }

  deleteSession(tokenHash: string): void {
    this.#board.deleteSession(tokenHash);
  }

  addApiToken(tokenHash: string, memberId: number, label: string): void {
    this.#board.addApiToken(tokenHash, memberId, label);
  }

  apiTokenMember(tokenHash: string): BoardMember | undefined {
    return this.#board.apiTokenMember(tokenHash);
  }

  recordQuestion(question: NewReaderQuestion): void {
    this.#questions.record(question);
  }

  questionsOf(memberId: number, limit: number): ReaderQuestion[] {
    return this.#questions.of(memberId, limit);
  }

  clearQuestionsOf(memberId: number): number {
    return this.#questions.clear(memberId);
  }

  close(): void {
    this.#db.close();
  }

  /**
   * Changes whenever the corpus may have: another connection committed (data_version), or this one wrote
   * or rolled back documents (its own writes do not change data_version).
   */
  #corpusVersion(): string {
    return `${this.#stmts.dataVersion.get() as number}:${this.#documentWrites}`;
  }

  /**
   * A statement whose SQL varies with its arguments (IN lists, weights), prepared once per distinct SQL: a
   * server asks the same shapes on every request, and preparing costs as much as running them.
   */
  #prepare(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      if (this.#statements.size >= 500) this.#statements.clear();
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #toArticle(r: ArticleRow): StoredArticle {
    return {
      id: r.id,
      slug: r.slug,
      question: r.question,
      questionKey: r.question_key,
      audience: r.audience as StoredArticle['audience'],
      answer: JSON.parse(r.answer) as StoredArticle['answer'],
      evidenceHash: r.evidence_hash,
      reviewState: r.review_state as StoredArticle['reviewState'],
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      documentIds: this.#stmts.articleDocuments.all(r.id).map((d) => d.document_id),
      needsReview: r.needs_review === 1,
      ...(r.edited_by ? { editedBy: r.edited_by } : {}),
      ...(r.reviewed_by ? { reviewedBy: r.reviewed_by } : {}),
      ...(r.reviewed_at ? { reviewedAt: r.reviewed_at } : {}),
      ...(r.specialty ? { specialty: r.specialty } : {}),
    };
  }
}

/** SQLITE_BUSY and its variants: another connection holds the lock this call needed. */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** Cached passages a store keeps at most (the library is a few thousand; imported documents are asked for rarely). */
const passageCacheLimit = 50_000;

/** A statement with its own arrays: callers may change what they are given without changing the cache. */
function copyStatement(s: Statement): Statement {
  const copy: Statement = { ...s, citations: [...s.citations], children: s.children.map(copyStatement) };
  if (s.locators) copy.locators = s.locators.map((l) => ({ ...l }));
  return copy;
}

function copyPassage(p: Passage): Passage {
  const copy: Passage = { ...p, citations: [...p.citations], children: p.children.map(copyStatement) };
  if (p.locators) copy.locators = p.locators.map((l) => ({ ...l }));
  return copy;
}

function toPassage(r: PassageRow): Passage {
  const passage: Passage = {
    id: r.id,
    documentId: r.document_id,
    documentTitle: r.doc_title,
    documentKind: r.kind as Passage['documentKind'],
    ordinal: r.ordinal,
    section: r.section,
    sectionOrdinal: r.section_ordinal,
    text: r.text,
    children: JSON.parse(r.children) as Passage['children'],
    citations: JSON.parse(r.citations) as string[],
  };
  if (r.lay !== null) passage.lay = r.lay;
  if (r.locators != null) passage.locators = JSON.parse(r.locators) as NonNullable<Passage['locators']>;
  if (r.strength !== null) passage.strength = r.strength as Passage['strength'];
  if (r.evidence !== null) passage.evidence = r.evidence as Passage['evidence'];
  if (r.status !== null) passage.status = r.status as Passage['status'];
  return passage;
}
