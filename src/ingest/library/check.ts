/*
 * The library validator behind `evidentia library check`: per-file problems from the parser plus the
 * checks that need the whole library (duplicate ids, names claimed by two files, aliases that are common
 * words, drugs without a monograph).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MalformedInputError } from '../../errors.ts';
import { listLibraryFiles, readUtf8 } from './read.ts';
import { nameFields, normaliseName, parseLibraryFile } from './parse.ts';
import type { ClinicalDocument, SourceType, Statement } from '../../types.ts';
import type { LibraryProblem, NameField, ParsedLibraryFile } from './parse.ts';

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
  /**
   * By source type, the share of citations (a statement citing a source) that name a place in it
   * (`[key §1.4.2]`), rounded to three decimals; only types that are cited appear.
   */
  locatorCoverage: Partial<Record<SourceType, number>>;
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

  // Names must point to one file: ids, titles, aliases, broader names and ingredients, compared
  // case-insensitively whatever their role.
  const owners = new Map<string, { doc: ClinicalDocument; role: string }>();
  for (const p of parsed) {
    const doc = p.document;
    if (!doc) continue;
    if (owners.get(normaliseName(doc.id))?.role === 'id') {
      problems.push(problem(doc, 2, `duplicate id "${doc.id}" (also in ${owners.get(normaliseName(doc.id))!.doc.origin})`));
      continue;
    }
    const seen = new Set<string>();
    const claim = (name: string, role: string, line: number) => {
      const key = normaliseName(name);
      if (key === '' || seen.has(key)) return;
      seen.add(key);
      const owner = owners.get(key);
      if (!owner) owners.set(key, { doc, role });
      else problems.push(problem(doc, line, `${role} "${name}" is also a name of ${owner.doc.origin} (its ${owner.role})`));
    };
    claim(doc.id, 'id', 2);
    claim(doc.title, 'title', 2);
    for (const field of claimedFields) {
      (doc[field] ?? []).forEach((name, i) => claim(name, roleName[field], p.nameLines[field][i] ?? 2));
    }
  }

  // A name that is an everyday word (or a bare qualifier) would route ordinary questions to the file.
  const commonWords = readCommonWords(root);
  for (const p of parsed) {
    const doc = p.document;
    if (!doc) continue;
    for (const field of claimedFields) {
      (doc[field] ?? []).forEach((name, i) => {
        const why = everydayWord(name, commonWords);
        if (why) problems.push(problem(doc, p.nameLines[field][i] ?? 2, `${roleName[field]} "${name}" ${why}; write the condition or drug it names`));
      });
    }
  }

  // An abbreviation with several senses in the lexicon ("ED": emergency department or erectile
  // dysfunction) is resolved there by its cue words; as a name it would claim every question that uses it.
  // (An alias naming the sense a reader assumes without context, the first line, agrees with the lexicon.)
  const ambiguous = readAmbiguousAbbreviations(root);
  for (const p of parsed) {
    const doc = p.document;
    if (!doc) continue;
    const ownNames = new Set([doc.title, ...(doc.aliases ?? [])].map(normaliseName));
    (doc.aliases ?? []).forEach((name, i) => {
      const abbreviation = ambiguous.get(name.trim());
      const senses = abbreviation && !abbreviation.first.some((e) => ownNames.has(normaliseName(e))) ? abbreviation.senses : 0;
      if (senses)
        problems.push(
          problem(
            doc,
            p.nameLines.aliases[i] ?? 2,
            `alias "${name}" has ${senses} senses in library/lexicon/abbreviations.tsv; leave it to the lexicon, whose cue words choose between them`,
          ),
        );
    });
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
  const cited = new Map<SourceType, { all: number; located: number }>();
  for (const doc of documents) {
    const typeOf = new Map(doc.sources.map((s) => [s.id, s.type]));
    const visit = (s: Statement) => {
      for (const key of s.citations) {
        const type = typeOf.get(key);
        if (!type) continue;
        const tally = cited.get(type) ?? { all: 0, located: 0 };
        tally.all++;
        if (s.locators?.some((l) => l.key === key)) tally.located++;
        cited.set(type, tally);
      }
      s.children.forEach(visit);
    };
    for (const section of doc.sections) section.statements.forEach(visit);
  }
  const locatorCoverage: Partial<Record<SourceType, number>> = {};
  for (const [type, { all, located }] of [...cited].sort(([a], [b]) => a.localeCompare(b))) locatorCoverage[type] = Math.round((located / all) * 1000) / 1000;
  return {
    topics: documents.filter((d) => d.kind === 'topic').length,
    drugs: documents.filter((d) => d.kind === 'drug').length,
    statements: documents.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.statements.reduce((k, st) => k + count(st), 0), 0), 0),
    sources: documents.reduce((n, d) => n + d.sources.length, 0),
    locatorCoverage,
  };
}

export function formatProblem(p: LibraryProblem): string {
  return `${p.file}:${p.line}: ${p.severity}: ${p.message}`;
}

/** The name lists that claim a name for their file (`excludes` claims nothing). */
const claimedFields = nameFields.filter((f): f is Exclude<NameField, 'excludes'> => f !== 'excludes');
const roleName: Record<NameField, string> = { aliases: 'alias', broader: 'broader name', ingredients: 'ingredient', excludes: 'excluded name' };

/** Words that only qualify a condition or drug; never a name on their own. */
const bareQualifiers = new Set([
  'primary', 'secondary', 'tertiary', 'acute', 'chronic', 'subacute', 'adult', 'adults', 'child', 'children', 'infant',
  'infants', 'elderly', 'oral', 'topical', 'inhaled', 'intranasal', 'intravenous', 'injection', 'mild', 'moderate',
  'severe', 'early', 'late', 'recurrent', 'simple', 'complicated', 'uncomplicated', 'postmenopausal', 'seasonal',
]);

/** Short lower-case words that are names people type for a condition. */
const shortNames = new Set(['flu', 'uti', 'utis', 'sti', 'std', 'ibs', 'hiv', 'tb']);

/** Why a name is an everyday word, or undefined when it is fine. */
function everydayWord(name: string, commonWords: Set<string>): string | undefined {
  const word = name.trim();
  if (!/^[\p{L}'-]+$/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  if (bareQualifiers.has(lower)) return 'is a bare qualifier';
  // An all-capital abbreviation ("CAP", "MART") is matched only as written, so it is not the word.
  if (isAcronym(word)) return undefined;
  if (commonWords.has(lower)) return 'is a common English word (library/lexicon/common-words.txt)';
  if (/^[a-z]{1,3}$/.test(word) && !shortNames.has(word)) return 'is a short lower-case word';
  return undefined;
}

/** All capitals, up to 5 letters: the question matcher and the lexicon match it only as written. */
function isAcronym(term: string): boolean {
  const letters = term.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.length <= 5 && letters.every((l) => l === l.toUpperCase() && l !== l.toLowerCase());
}

/**
 * Abbreviations with more than one line (sense) in `lexicon/abbreviations.tsv`: how many senses, and the
 * expansions of the first, the one assumed without context.
 */
function readAmbiguousAbbreviations(root: string): Map<string, { senses: number; first: string[] }> {
  const file = join(root, 'lexicon', 'abbreviations.tsv');
  const found = new Map<string, { senses: number; first: string[] }>();
  if (!existsSync(file)) return found;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [term, expansions = ''] = line.split('\t');
    const seen = found.get(term!.trim());
    if (seen) seen.senses++;
    else found.set(term!.trim(), { senses: 1, first: expansions.split('|') });
  }
  for (const [term, { senses }] of found) if (senses < 2) found.delete(term);
  return found;
}

/** `lexicon/common-words.txt` beside the library, when present: one lower-case word a line, `#` comments. */
function readCommonWords(root: string): Set<string> {
  const file = join(root, 'lexicon', 'common-words.txt');
  if (!existsSync(file)) return new Set();
  const words = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const word = line.replace(/#.*$/, '').trim().toLowerCase();
    if (word !== '') words.add(word);
  }
  return words;
}

function problem(doc: ClinicalDocument, line: number, message: string): LibraryProblem {
  return { file: doc.origin, line, message, severity: 'error' };
}
