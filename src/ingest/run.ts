/*
 * Loads files into a store. An import is one transaction: every file lands, or (on a malformed file)
 * none does and the store is as it was. With continue-on-error, bad records and unreadable files are
 * skipped and listed, and the good ones are kept. Unchanged documents (same id, same content hash)
 * are not rewritten.
 */
import { contentHash, documentPassages } from './prepare.ts';
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EvidentiaError, MalformedInputError } from '../errors.ts';
import { readInWorker } from './parallel.ts';
import { readJatsFile } from './jats.ts';
import { readHtmlFile } from './html-page.ts';
import { loadLibraryFile } from './library/load.ts';
import { filesUnder, listLibraryFiles } from './library/read.ts';
import { detectFormat } from './detect.ts';
import { GuidelineTopics, isGuideline } from './guideline-topics.ts';
import type { Store } from '../store/index.ts';
import type { ClinicalDocument } from '../types.ts';
import type { FileFormat, IngestEvent, IngestFormat, IngestReader } from './types.ts';
import { defaultLimits, tooManyPassages } from './limits.ts';
import type { ImportLimits } from './limits.ts';

export interface IngestSummary {
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  deleted: number;
  skipped: number;
  passages: number;
  seconds: number;
  /** What was skipped and why (continue-on-error), file and line first. */
  problems: string[];
  /** Approved articles sent back for re-review because a new guideline names their topic or drug. */
  reReview: number;
  /** What was kept but changed (HTML flattened past the depth limit). */
  notices: string[];
}

export interface IngestOptions {
  format?: IngestFormat;
  continueOnError?: boolean;
  /** Import limits (record size, passages per document, HTML depth); defaults in limits.ts. */
  limits?: ImportLimits;
  /** Called every few hundred records and at the end of each file, for progress display. */
  onProgress?: (event: { file: string; records: number; totalRecords: number; seconds: number }) => void;
}

const readers: Record<FileFormat, IngestReader> = {
  library: async function* (file) {
    yield { kind: 'document', document: loadLibraryFile(file) } satisfies IngestEvent;
  },
  // The streaming formats can be large: they are parsed in a worker thread while this one writes.
  jsonl: (file, limits) => readInWorker({ file, format: 'jsonl', limits }),
  pubmed: (file, limits) => readInWorker({ file, format: 'pubmed', limits }),
  jats: readJatsFile,
  html: readHtmlFile,
};

/** Ingest files and folders (library Markdown, interchange JSON Lines, PubMed, JATS, HTML). */
export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const files = expandPaths(paths, options.format ?? 'auto');
  const summary: IngestSummary = {
    files: files.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    skipped: 0,
    passages: 0,
    seconds: 0,
    problems: [],
    reReview: 0,
    notices: [],
  };
  // Library names are read once per import, and only if a guideline arrives.
  let topics: GuidelineTopics | undefined;
  const guidelineTopics = () => (topics ??= new GuidelineTopics(store.libraryNames()));
  let totalRecords = 0;
  const limits = options.limits ?? defaultLimits;
  store.begin();
  try {
    for (const { file, format } of files) {
      let records = 0;
      const progress = () => options.onProgress?.({ file, records, totalRecords, seconds: (performance.now() - started) / 1000 });
      try {
        for await (const event of readers[format](file, limits)) {
          records++;
          totalRecords++;
          if (event.kind === 'skip') {
            if (!options.continueOnError) throw event.error;
            summary.skipped++;
            summary.problems.push(event.error.message.replace(/^Evidentia: /, ''));
          } else if (event.kind === 'notice') {
            summary.notices.push(event.message);
          } else if (event.kind === 'delete') {
            if (store.deleteDocument(event.id)) summary.deleted++;
          } else {
            const refused = libraryConflict(store, event.document) ?? overLimit(event, limits);
            if (!refused) writeDocument(store, event, summary, guidelineTopics);
            else if (!options.continueOnError) throw refused;
            else {
              summary.skipped++;
              summary.problems.push(refused.message.replace(/^Evidentia: /, ''));
            }
          }
          if (records % 500 === 0) progress();
        }
      } catch (err) {
        if (!(err instanceof MalformedInputError) || !options.continueOnError) throw err;
        summary.skipped++;
        summary.problems.push(err.message.replace(/^Evidentia: /, ''));
      }
      progress();
    }
    store.commit();
  } catch (err) {
    store.rollback();
    throw err;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * Bring the store in line with the bundled library: ingest every file (unchanged ones are skipped)
 * and remove topics and drugs whose files are gone.
 */
export async function syncLibrary(store: Store, root: string): Promise<IngestSummary> {
  const files = listLibraryFiles([join(root, 'topics'), join(root, 'drugs')].filter((dir) => existsSync(dir)));
  const summary = await ingestPaths(store, files, { format: 'library' });
  const present = new Set(files.map((f) => basename(f, '.md')));
  store.transaction(() => {
    for (const name of store.libraryNames()) {
      if (!present.has(name.documentId) && store.deleteDocument(name.documentId)) summary.deleted++;
    }
  });
  return summary;
}

export { libraryFingerprint } from './library/fingerprint.ts';

/**
 * Imported literature cannot take the id of a curated library topic or drug, or of a source another
 * document owns: that would silently replace reviewed content. Returns the refusal, naming the record.
 */
function libraryConflict(store: Store, doc: ClinicalDocument): MalformedInputError | undefined {
  if (doc.kind !== 'literature') return undefined;
  const at = /^(.*):(\d+)$/.exec(doc.origin);
  const refuse = (problem: string) => new MalformedInputError(at ? at[1]! : doc.origin, at ? Number(at[2]) : undefined, problem);
  const kind = store.documentKind(doc.id);
  if (kind && kind !== 'literature') {
    return refuse(
      `record id "${doc.id}" is the id of the library ${kind} "${doc.id}"; imported documents cannot replace library documents (give the record another id)`,
    );
  }
  for (const source of doc.sources) {
    const owner = store.sourceOwner(source.id);
    if (owner && owner !== doc.id)
      return refuse(`source id "${source.id}" belongs to document "${owner}"; imported records cannot replace another document's sources`);
  }
  return undefined;
}

/** A document cut into more passages than the limit allows (the parsing worker refuses these earlier). */
function overLimit(event: Extract<IngestEvent, { kind: 'document' }>, limits: ImportLimits): MalformedInputError | undefined {
  const doc = event.document;
  if (doc.kind !== 'literature') return undefined;
  const passages = event.passages?.length ?? doc.sections.reduce((n, s) => n + s.statements.length, 0);
  if (passages <= limits.passagesPerDocument) return undefined;
  const at = /^(.*):(\d+)$/.exec(doc.origin);
  return new MalformedInputError(at ? at[1]! : doc.origin, at ? Number(at[2]) : undefined, tooManyPassages(limits, passages));
}

function writeDocument(
  store: Store,
  event: Extract<IngestEvent, { kind: 'document' }>,
  summary: IngestSummary,
  guidelineTopics: () => GuidelineTopics,
): void {
  const doc = event.document;
  const hash = event.contentHash ?? contentHash(doc);
  const previous = store.documentHash(doc.id);
  if (previous === hash) {
    summary.unchanged++;
    return;
  }
  const passages = event.passages ?? documentPassages(doc);
  store.putDocument(doc, hash, passages);
  summary.passages += passages.length;
  if (previous === undefined) summary.added++;
  else summary.updated++;
  // A new (or changed) guideline on an article's topic is new evidence its reviewer has not seen.
  if (isGuideline(doc)) {
    const reason = `a new guideline for its topic was imported: "${doc.title.slice(0, 200)}" (${doc.id})`;
    for (const focus of guidelineTopics().namedBy(doc)) summary.reReview += store.flagApprovedArticlesAbout(focus, reason);
  }
}

function expandPaths(paths: string[], format: IngestFormat): { file: string; format: FileFormat }[] {
  const out: { file: string; format: FileFormat }[] = [];
  const add = (file: string, fromFolder: boolean) => {
    const detected = format !== 'auto' ? format : detectFormat(file);
    if (detected) out.push({ file, format: detected });
    else if (!fromFolder)
      throw new EvidentiaError('USAGE', `cannot tell the format of ${file} (use --format library|jsonl|pubmed|jats|html)`);
  };
  for (const path of paths) {
    if (!existsSync(path)) throw new EvidentiaError('USAGE', `no such file or folder: ${path}`);
    if (statSync(path).isDirectory()) {
      for (const file of filesUnder(path)) add(file, true);
    } else add(path, false);
  }
  return out;
}
