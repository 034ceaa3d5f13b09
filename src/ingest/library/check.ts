/*
 * The library validator behind `evidentia library check`: per-file problems from the parser plus the
 * checks that need the whole library (duplicate ids, clashing aliases, drugs without a monograph).
 */
import { resolve } from 'node:path';
import { MalformedInputError } from '../../errors.ts';
import { listLibraryFiles, readUtf8 } from './read.ts';
import { parseLibraryFile } from './parse.ts';
import type { ClinicalDocument, Statement } from '../../types.ts';
import type { LibraryProblem, ParsedLibraryFile } from './parse.ts';

export interface LibraryCheck {
  files: number;
  documents: ClinicalDocument[];
  problems: LibraryProblem[];
}

export interface LibraryStats {
  topics: number;
  drugs: number;
  statements: number;
  sources: number;
}

/** Generic drug-name endings; a topic word with one of these and no monograph is worth a warning. */
const drugNameEnding =
  /^[a-z]{3,}(olol|pril|sartan|statin|mab|tinib|azole|cillin|mycin|floxacin|cycline|triptan|gliflozin|gliptin|glutide|parin|xaban|gatran|dronate|prazole|tidine|dipine|zepam|zolam|oxetine|pramine|setron|semide|thiazide|lukast|terol|tropium|vudine|navir|previr|asvir)$/;

/** Ordinary words with a drug-like ending. */
const notDrugs = new Set(['cholesterol', 'steroid', 'glycerol', 'sterol', 'alcohol']);

/** Parse every library file under `root`, then report problems for `selection` (default: all). */
export function checkLibrary(root: string, selection?: string[], today = new Date()): LibraryCheck {
  const all = listLibraryFiles([root]);
  const chosen = new Set((selection && selection.length > 0 ? listLibraryFiles(selection) : all).map((f) => resolve(f)));
  for (const f of chosen) if (!all.some((a) => resolve(a) === f)) all.push(f);

  const problems: LibraryProblem[] = [];
  const parsed: ParsedLibraryFile[] = [];
  for (const file of all) {
    try {
      const result = parseLibraryFile(file, readUtf8(file), today);
      parsed.push(result);
      problems.push(...result.problems);
    } catch (err) {
      if (!(err instanceof MalformedInputError)) throw err;
      problems.push({ file, line: err.line ?? 1, message: 'text is not valid UTF-8', severity: 'error' });
    }
  }
  const documents = parsed.flatMap((p) => (p.document ? [p.document] : []));

  // Names must point to one file: ids, titles and aliases, compared case-insensitively.
  const owners = new Map<string, ClinicalDocument>();
  for (const doc of documents) {
    const names = new Set([doc.id, doc.title, ...doc.aliases].map(normaliseName));
    for (const name of names) {
      const owner = owners.get(name);
      if (!owner) owners.set(name, doc);
      else if (owner.id === doc.id) problems.push(problem(doc, 2, `duplicate id "${doc.id}" (also in ${owner.origin})`));
      else problems.push(problem(doc, 2, `name or alias "${name}" is also used by ${owner.origin}`));
    }
  }

  // Drugs a topic names without a monograph: a warning until the library is complete.
  const drugNames = new Set<string>();
  for (const doc of documents.filter((d) => d.kind === 'drug')) {
    for (const name of [doc.id, doc.title, ...doc.aliases]) {
      for (const word of normaliseName(name).split(/[^a-z0-9]+/)) drugNames.add(word);
    }
  }
  for (const p of parsed) {
    if (p.document?.kind !== 'topic') continue;
    const warned = new Set<string>();
    for (const [statement, line] of p.statementLines) {
      for (const word of statement.text.toLowerCase().split(/[^a-z]+/)) {
        if (drugNameEnding.test(word) && !notDrugs.has(word) && !drugNames.has(word) && !warned.has(word)) {
          warned.add(word);
          problems.push({ file: p.document.origin, line, message: `drug "${word}" has no monograph in library/drugs/`, severity: 'warning' });
        }
      }
    }
  }

  const reported = problems.filter((pr) => chosen.has(resolve(pr.file)));
  reported.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { files: chosen.size, documents, problems: reported };
}

export function libraryStats(documents: ClinicalDocument[]): LibraryStats {
  const count = (s: Statement): number => 1 + s.children.reduce((n, c) => n + count(c), 0);
  return {
    topics: documents.filter((d) => d.kind === 'topic').length,
    drugs: documents.filter((d) => d.kind === 'drug').length,
    statements: documents.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.statements.reduce((k, st) => k + count(st), 0), 0), 0),
    sources: documents.reduce((n, d) => n + d.sources.length, 0),
  };
}

export function formatProblem(p: LibraryProblem): string {
  return `${p.file}:${p.line}: ${p.severity}: ${p.message}`;
}

function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

function problem(doc: ClinicalDocument, line: number, message: string): LibraryProblem {
  return { file: doc.origin, line, message, severity: 'error' };
}
