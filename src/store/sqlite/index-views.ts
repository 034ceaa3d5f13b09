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
  #tokenizer:
    | {
        clear: Database.Statement;
        insert: Database.Statement;
        terms: Database.Statement;
        clearPassages: Database.Statement;
        passageTokens: Database.Statement;
      }
    | undefined;

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

  /**
   * Every token of some passages, tokenised as the index tokenises them (same columns, same stems), for
   * ranking a candidate set in memory without reading the whole index.
   */
  passageTokens(passageIds: readonly number[]): IndexedToken[] {
    const s = this.#ensureTables();
    const fields: Record<string, 0 | 1 | 2> = { doc_title: 0, section: 1, body: 2 };
    return this.#db.transaction(() => {
      s.clearPassages.run();
      for (const ids of chunks(passageIds)) {
        this.#db
          .prepare(
            `INSERT INTO temp.passage_text (rowid, doc_title, section, body)
               SELECT id, doc_title, section, body FROM passages WHERE id IN (${ids.map(() => '?').join(',')})`,
          )
          .run(...ids);
      }
      const rows = s.passageTokens.all() as [number, string, number, string][];
      return rows.map(([doc, col, offset, term]): IndexedToken => [doc, fields[col] ?? 2, offset, term]);
    })();
  }

  /** How many passages of the whole index contain each term (terms no passage has are left out). */
  termFrequencies(terms: readonly string[]): Map<string, number> {
    this.#ensureTables();
    const found = new Map<string, number>();
    for (const list of chunks([...new Set(terms)])) {
      const rows = this.#db
        .prepare(`SELECT term, doc FROM temp.passages_vocab_row WHERE term IN (${list.map(() => '?').join(',')})`)
        .raw()
        .all(...list) as [string, number][];
      for (const [term, passages] of rows) found.set(term, passages);
    }
    return found;
  }

  vocabulary(): TermStatistic[] {
    this.#ensureTables();
    const rows = this.#db.prepare('SELECT term, doc FROM temp.passages_vocab_row').raw().all() as [string, number][];
    return rows.map(([term, passages]) => ({ term, passages }));
  }

  passageFacts(passageIds?: readonly number[]): PassageFacts[] {
    type FactRow = [number, string, string, string, string];
    const columns = 'SELECT id, document_id, citations, doc_title, section FROM passages';
    const rows = passageIds
      ? chunks(passageIds)
          .flatMap(
            (ids) =>
              this.#db
                .prepare(`${columns} WHERE id IN (${ids.map(() => '?').join(',')})`)
                .raw()
                .all(...ids) as FactRow[],
          )
          .sort((a, b) => a[0] - b[0])
      : (this.#db.prepare(`${columns} ORDER BY id`).raw().all() as FactRow[]);
    // Some passages need only their own documents' sources, not the whole table.
    const sourceRows = passageIds
      ? chunks([...new Set(rows.map((r) => r[1]))]).flatMap(
          (ids) =>
            this.#db
              .prepare(`SELECT id, type, year, pmid, document_id FROM sources WHERE document_id IN (${ids.map(() => '?').join(',')})`)
              .all(...ids) as SourceRow[],
        )
      : (this.#db.prepare('SELECT id, type, year, pmid, document_id FROM sources').all() as SourceRow[]);
    const sources = new Map<string, SourceRow>();
    const byDocument = new Map<string, string[]>();
    for (const s of sourceRows) {
      sources.set(s.id, s);
      const list = byDocument.get(s.document_id);
      if (list) list.push(s.id);
      else byDocument.set(s.document_id, [s.id]);
    }
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
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.passage_text USING fts5(doc_title, section, body, tokenize='porter unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.passage_text_vocab USING fts5vocab(temp, passage_text, instance);
    `);
    this.#tokenizer = {
      clear: this.#db.prepare('DELETE FROM temp.query_text'),
      insert: this.#db.prepare('INSERT INTO temp.query_text (body) VALUES (?)'),
      terms: this.#db.prepare('SELECT term FROM temp.query_text_vocab ORDER BY offset').raw(),
      clearPassages: this.#db.prepare('DELETE FROM temp.passage_text'),
      passageTokens: this.#db.prepare('SELECT doc, col, offset, term FROM temp.passage_text_vocab').raw(),
    };
    return this.#tokenizer;
  }
}

/** SQLite binds at most 999 parameters in older builds: ids go in chunks well under that. */
function chunks<T>(values: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
