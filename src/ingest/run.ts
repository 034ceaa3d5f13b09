/*
 * Loads files into a store. Every file is read and validated completely before anything is written,
 * so a malformed file anywhere leaves the store as it was; each file is then written in one
 * transaction. Unchanged documents (same id, same content hash) are skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { EvidentiaError } from '../errors.ts';
import { readInterchangeFile } from './jsonl.ts';
import { loadLibraryFile } from './library/load.ts';
import { listLibraryFiles } from './library/read.ts';
import type { ClinicalDocument } from '../types.ts';
import type { PassageInput, Store } from '../store/index.ts';

export type IngestFormat = 'auto' | 'library' | 'jsonl';

export interface IngestSummary {
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  deleted: number;
  passages: number;
  seconds: number;
}

export interface IngestOptions {
  format?: IngestFormat;
  /** Called as files are read and written, for progress display. */
  onProgress?: (event: { file: string; documents: number; phase: 'reading' | 'writing' }) => void;
}

/** Ingest files and folders (library Markdown, interchange JSON Lines). */
export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const files = expandPaths(paths, options.format ?? 'auto');
  const loaded: { file: string; documents: ClinicalDocument[] }[] = [];
  for (const { file, format } of files) {
    const documents: ClinicalDocument[] = [];
    if (format === 'library') documents.push(loadLibraryFile(file));
    else {
      for await (const doc of readInterchangeFile(file)) {
        documents.push(doc);
        if (documents.length % 500 === 0) options.onProgress?.({ file, documents: documents.length, phase: 'reading' });
      }
    }
    loaded.push({ file, documents });
  }
  const summary: IngestSummary = { files: files.length, added: 0, updated: 0, unchanged: 0, deleted: 0, passages: 0, seconds: 0 };
  for (const { file, documents } of loaded) {
    store.transaction(() => {
      for (const doc of documents) writeDocument(store, doc, summary);
    });
    options.onProgress?.({ file, documents: documents.length, phase: 'writing' });
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * Bring the store in line with the bundled library: ingest every file (unchanged ones are skipped)
 * and remove topics and drugs whose files are gone.
 */
export async function syncLibrary(store: Store, root: string): Promise<IngestSummary> {
  const summary = await ingestPaths(store, [root], { format: 'library' });
  const present = new Set(listLibraryFiles([root]).map((f) => f.replace(/^.*\//, '').replace(/\.md$/, '')));
  store.transaction(() => {
    for (const name of store.libraryNames()) {
      if (!present.has(name.documentId) && store.deleteDocument(name.documentId)) summary.deleted++;
    }
  });
  return summary;
}

/** Size and modification time of every library file: changes when any file is edited, added or removed. */
export function libraryFingerprint(root: string): string {
  const h = createHash('sha256');
  for (const file of listLibraryFiles([root])) {
    const st = statSync(file);
    h.update(`${file}|${st.size}|${st.mtimeMs}\n`);
  }
  return h.digest('hex').slice(0, 32);
}

function writeDocument(store: Store, doc: ClinicalDocument, summary: IngestSummary): void {
  const hash = contentHash(doc);
  const previous = store.documentHash(doc.id);
  if (previous === hash) {
    summary.unchanged++;
    return;
  }
  const passages = documentPassages(doc);
  store.putDocument(doc, hash, passages);
  summary.passages += passages.length;
  if (previous === undefined) summary.added++;
  else summary.updated++;
}

export function contentHash(doc: ClinicalDocument): string {
  const { origin: _origin, ...content } = doc;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

/** One passage per top-level statement, numbered in document order. */
export function documentPassages(doc: ClinicalDocument): PassageInput[] {
  const passages: PassageInput[] = [];
  doc.sections.forEach((section, sectionOrdinal) => {
    for (const s of section.statements) {
      const p: PassageInput = {
        ordinal: passages.length,
        section: section.heading,
        sectionOrdinal,
        text: s.text,
        children: s.children,
        citations: s.citations,
      };
      if (s.lay !== undefined) p.lay = s.lay;
      if (s.strength !== undefined) p.strength = s.strength;
      if (s.evidence !== undefined) p.evidence = s.evidence;
      if (s.status !== undefined) p.status = s.status;
      passages.push(p);
    }
  });
  return passages;
}

function expandPaths(paths: string[], format: IngestFormat): { file: string; format: 'library' | 'jsonl' }[] {
  const out: { file: string; format: 'library' | 'jsonl' }[] = [];
  const add = (file: string) => {
    const ext = extname(file).toLowerCase();
    const detected = format !== 'auto' ? format : ext === '.md' ? 'library' : ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : undefined;
    if (!detected) throw new EvidentiaError('USAGE', `cannot tell the format of ${file} (expected .md library files or .jsonl interchange files; use --format)`);
    out.push({ file, format: detected });
  };
  for (const path of paths) {
    if (!existsSync(path)) throw new EvidentiaError('USAGE', `no such file or folder: ${path}`);
    if (statSync(path).isDirectory()) {
      const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
          const child = join(dir, name);
          if (name.startsWith('.')) continue;
          if (statSync(child).isDirectory()) walk(child);
          else if (/\.(md|jsonl|ndjson)$/i.test(name) && name !== 'README.md') add(child);
        }
      };
      walk(path);
    } else add(path);
  }
  return out;
}
