/*
 * Reads retrieval benchmarks in BEIR layout (corpus.jsonl, queries*.jsonl, qrels/*.tsv with a header
 * line) and loads a corpus into a store: one literature document with one passage per corpus entry.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EvidentiaError, MalformedInputError } from '../errors.ts';
import type { ClinicalDocument } from '../types.ts';
import type { Store } from '../store/index.ts';

export interface BenchmarkQuery {
  id: string;
  text: string;
}

/** Query id → (document id → grade). */
export type Qrels = Map<string, Map<string, number>>;

/** The files of one benchmark run: `queries` and `qrels` default to the set's only (or test) files. */
export interface BeirFiles {
  dir: string;
  corpus: string;
  queries: string;
  qrels: string;
}

export function beirFiles(dir: string, queries?: string, qrels?: string): BeirFiles {
  const corpus = join(dir, 'corpus.jsonl');
  if (!existsSync(corpus)) throw new EvidentiaError('USAGE', `no BEIR corpus at ${corpus} (expected corpus.jsonl, queries*.jsonl and qrels/*.tsv)`);
  const pick = (folder: string, pattern: RegExp, preferred: string, what: string): string => {
    const names = existsSync(folder) ? readdirSync(folder).filter((n) => pattern.test(n)).sort() : [];
    if (names.includes(preferred)) return join(folder, preferred);
    if (names.length === 1) return join(folder, names[0]!);
    throw new EvidentiaError('USAGE', `cannot tell which ${what} file of ${folder} to use (${names.join(', ') || 'none found'}); name one with --${what}`);
  };
  return {
    dir,
    corpus,
    queries: queries ?? pick(dir, /^queries.*\.jsonl$/, 'queries.jsonl', 'queries'),
    qrels: qrels ?? pick(join(dir, 'qrels'), /\.tsv$/, 'test.tsv', 'qrels'),
  };
}

/** Lines of a JSON Lines file as objects, with 1-based line numbers for messages. */
function* jsonLines(file: string): Generator<{ line: number; value: Record<string, unknown> }> {
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new MalformedInputError(file, i + 1, `invalid JSON (${(err as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedInputError(file, i + 1, 'expected a JSON object');
    yield { line: i + 1, value: value as Record<string, unknown> };
  }
}

function requiredString(value: Record<string, unknown>, key: string, file: string, line: number): string {
  const v = value[key];
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number') return String(v);
  throw new MalformedInputError(file, line, `missing field "${key}"`);
}

export function readQueries(file: string): BenchmarkQuery[] {
  return [...jsonLines(file)].map(({ line, value }) => ({ id: requiredString(value, '_id', file, line), text: requiredString(value, 'text', file, line) }));
}

/** Qrels TSV: `query-id corpus-id score`, the first line a header. */
export function readQrels(file: string): Qrels {
  const qrels: Qrels = new Map();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (i === 0 || line.trim() === '') return;
      const [query, document, score] = line.split('\t');
      const grade = Number(score);
      if (!query || !document || score === undefined || !Number.isInteger(grade)) {
        throw new MalformedInputError(file, i + 1, 'expected "query-id<TAB>corpus-id<TAB>score" with an integer score');
      }
      if (!qrels.has(query)) qrels.set(query, new Map());
      qrels.get(query)!.set(document, grade);
    });
  return qrels;
}

/** A corpus entry as a literature document; a PMID makes it a study, otherwise consumer health. */
export function corpusDocument(value: Record<string, unknown>, file: string, line: number): ClinicalDocument {
  const id = requiredString(value, '_id', file, line);
  const title = typeof value.title === 'string' ? value.title.trim() : '';
  const text = typeof value.text === 'string' ? value.text.trim() : '';
  const pmid = typeof value.pmid === 'string' || typeof value.pmid === 'number' ? String(value.pmid) : undefined;
  return {
    id,
    kind: 'literature',
    title,
    aliases: [],
    sources: [{ id, type: pmid ? 'study' : 'consumer-health', title: title || text.slice(0, 120), year: null, ...(pmid ? { pmid } : {}) }],
    sections: [{ heading: '', statements: [{ text, citations: [id], children: [] }] }],
    origin: `${file}:${line}`,
  };
}

/** Load every corpus entry into the store in one transaction; returns how many were loaded. */
export function loadCorpus(store: Store, corpusFile: string): number {
  let count = 0;
  store.transaction(() => {
    for (const { line, value } of jsonLines(corpusFile)) {
      const doc = corpusDocument(value, corpusFile, line);
      const statement = doc.sections[0]!.statements[0]!;
      const hash = createHash('sha256').update(`${doc.title}\n${statement.text}`).digest('hex').slice(0, 32);
      store.putDocument(doc, hash, [{ ordinal: 0, section: '', sectionOrdinal: 0, text: statement.text, children: [], citations: [doc.id] }]);
      count++;
    }
  });
  return count;
}

/** "liveqa-medquad/queries-original.jsonl": the set and the query file, for reports. */
export function datasetName(files: BeirFiles): string {
  return `${basename(files.dir.replace(/\/+$/, ''))}/${basename(files.queries)}`;
}
