/*
 * Read-only views of the full-text index for ranking in memory: every token instance and the vocabulary
 * (fts5vocab), a scratch table that tokenises text exactly as passages are, and passage evidence facts.
 */
import { evidenceRank } from '../../types.ts';
import type Database from 'better-sqlite3';
import type { SourceType } from '../../types.ts';
import type { IndexedToken, PassageFacts, TermStatistic } from '../types.ts';

interface SourceRow {
  id: string;
  type: SourceType;
  year: number | null;
  pmid: string | null;
  document_id: string;
}

export class IndexViews {
  readonly #db: Database.Database;
  #tokenizer: { clear: Database.Statement; insert: Database.Statement; terms: Database.Statement } | undefined;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  *indexTokens(): Iterable<IndexedToken> {
    this.#ensureTables();
    const fields: Record<string, 0 | 1 | 2> = { doc_title: 0, section: 1, body: 2 };
    const rows = this.#db.prepare('SELECT doc, col, offset, term FROM temp.passages_vocab_instance').raw().iterate() as Iterable<
      [number, string, number, string]
    >;
    for (const [doc, col, offset, term] of rows) yield [doc, fields[col] ?? 2, offset, term];
  }

  indexTerms(text: string): string[] {
    const s = this.#ensureTables();
    return this.#db.transaction(() => {
      s.clear.run();
      s.insert.run(text);
      return (s.terms.all() as [string][]).map((r) => r[0]);
    })();
  }

  vocabulary(): TermStatistic[] {
    this.#ensureTables();
    const rows = this.#db.prepare('SELECT term, doc FROM temp.passages_vocab_row').raw().all() as [string, number][];
    return rows.map(([term, passages]) => ({ term, passages }));
  }

  passageFacts(): PassageFacts[] {
    const sources = new Map<string, SourceRow>();
    const byDocument = new Map<string, string[]>();
    for (const s of this.#db.prepare('SELECT id, type, year, pmid, document_id FROM sources').all() as SourceRow[]) {
      sources.set(s.id, s);
      const list = byDocument.get(s.document_id);
      if (list) list.push(s.id);
      else byDocument.set(s.document_id, [s.id]);
    }
    const rows = this.#db.prepare('SELECT id, document_id, citations, doc_title, section FROM passages ORDER BY id').raw().all() as [
      number,
      string,
      string,
      string,
      string,
    ][];
    return rows.map(([id, documentId, citations, title, section]) => {
      const cited = (JSON.parse(citations) as string[]).filter((c) => sources.has(c));
      const own = (cited.length > 0 ? cited : (byDocument.get(documentId) ?? [])).map((c) => sources.get(c)!);
      const heading = section && section !== title ? `${title} ${section}`.trim() : title;
      const facts: PassageFacts = { id, documentId, publication: own.find((s) => s.pmid)?.pmid ?? documentId, heading };
      const strongest = own.map((s) => s.type).sort((a, b) => evidenceRank[a] - evidenceRank[b])[0];
      if (strongest) facts.sourceType = strongest;
      const years = own.map((s) => s.year).filter((y): y is number => y !== null);
      if (years.length > 0) facts.year = Math.max(...years);
      return facts;
    });
  }

  /** Temporary (per connection) fts5vocab views and the tokenising scratch table, created on first use. */
  #ensureTables() {
    if (this.#tokenizer) return this.#tokenizer;
    this.#db.exec(`
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_vocab_row USING fts5vocab(main, passages_fts, row);
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_vocab_instance USING fts5vocab(main, passages_fts, instance);
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_text USING fts5(body, tokenize='porter unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.query_text_vocab USING fts5vocab(temp, query_text, instance);
    `);
    this.#tokenizer = {
      clear: this.#db.prepare('DELETE FROM temp.query_text'),
      insert: this.#db.prepare('INSERT INTO temp.query_text (body) VALUES (?)'),
      terms: this.#db.prepare('SELECT term FROM temp.query_text_vocab ORDER BY offset').raw(),
    };
    return this.#tokenizer;
  }
}
