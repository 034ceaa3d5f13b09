/*
 * Reads the vocabulary tables of library/lexicon that are not term → expansion lexicons: the broad
 * health vocabulary, the cues of off-topic requests and the cues of each intent. Each is a TSV file with
 * a fixed header; a malformed line stops loading with the file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MalformedInputError } from '../../errors.ts';
import { PhraseTable } from '../concepts/phrases.ts';
import { editDistance } from '../spelling.ts';
import { spellsAWord } from './load.ts';
import { intents } from '../types.ts';
import type { Intent } from '../types.ts';
import type { Sex } from '../concepts/types.ts';

export const healthCategories = ['drug', 'condition', 'symptom', 'anatomy', 'procedure', 'test', 'organism', 'health-word'] as const;
export type HealthCategory = (typeof healthCategories)[number];

export interface VocabularyTables {
  /** Medical terms beyond the library's own names: what makes a question about health. */
  health: PhraseTable<HealthCategory>;
  /** Words of requests that are clearly about something else (cooking, code, money). */
  offTopic: PhraseTable<string>;
  /** Words that say what kind of answer is wanted. */
  intentCues: PhraseTable<Intent>;
  /** Words of suicidal intent or self-harm (such a question gets crisis support, never a dose), and those words said with no intent. */
  crisis: PhraseTable<string>;
  /** Single-word drug names, sorted, for recognising a drug typed in part ("hydro coding acet"). */
  drugWords: string[];
  /** Everyday English words: never a health signal, a partial drug name or an alias on their own. */
  commonWords: Set<string>;
  /**
   * Single words that put what follows in the history ("known", "hx"), rule it out ("no", "denies"), liken it
   * ("looks like"), weigh it against what went before ("or") or put it as the reader's guess ("is it …").
   */
  contextWords: Record<ContextRole, Set<string>>;
  /** Words that say the sex of a topic title's patients ("prostatitis", "in women") or a question's ("my dad"). */
  sexWords: Map<string, Sex>;
}

const patientSexes: readonly Sex[] = ['male', 'female'];

export const contextRoles = [
  'history',
  'onset',
  'negation',
  'result',
  'positive',
  'source',
  'product',
  'likeness',
  'alternative',
  'guess',
  'asking',
  'setting',
  'permission',
  'causation',
  'sequel',
  'medicine',
  'patient',
  'trigger',
  'eponym',
  'turn',
  'taking',
  'switch',
  'given',
  'relief',
  'naming',
  'frequency',
  'unit',
  'aside',
  'besides',
  'rank',
  'own',
  'concern',
  'feeling',
  'reaction',
  'shown',
  'starting',
  'presenting',
  'belief',
  'hearsay',
  'testing',
  'pending',
  'stopping',
  'caution',
  'seeking',
  'begun',
  'owning',
  'outcome',
  'beyond',
  'episode',
  'avoiding',
  'grade',
  'settled',
] as const;
export type ContextRole = (typeof contextRoles)[number];

export const vocabularyFiles = {
  health: { file: 'health-terms.tsv', header: 'term\tcategory', values: healthCategories as readonly string[] },
  offTopic: { file: 'off-topic-cues.tsv', header: 'cue\ttopic', values: undefined },
  intentCues: { file: 'intent-cues.tsv', header: 'cue\tintent', values: intents as readonly string[] },
  crisis: { file: 'crisis-cues.tsv', header: 'cue\tconcern', values: ['suicide', 'self-harm', 'overdose', 'not-intent'] },
  context: { file: 'context-cues.tsv', header: 'cue\trole', values: contextRoles as readonly string[] },
  sexWords: { file: 'sex-words.tsv', header: 'word\tsex', values: patientSexes as readonly string[] },
} as const;

/** Tables of the lexicon folder read elsewhere (findings by the linker, outline words by the answer stage). */
export const otherTableFiles = ['findings.tsv', 'sections.tsv', 'statement-cues.tsv'];

/** Rows of one two-column table; an absent file is an empty table (the library may not ship it). */
export function readTable(path: string, header: string, values?: readonly string[]): { term: string; value: string; line: number }[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  if (lines[0]?.replace(/\r$/, '') !== header)
    throw new MalformedInputError(path, 1, `first line must be the header "${header.replace('\t', '<TAB>')}"`);
  const rows: { term: string; value: string; line: number }[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (i === 0 || line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length !== 2 || !cells[0]!.trim() || !cells[1]!.trim())
      throw new MalformedInputError(path, i + 1, 'expected two tab-separated columns');
    const value = cells[1]!.trim();
    if (values && !values.includes(value))
      throw new MalformedInputError(path, i + 1, `unknown value "${value}" (expected one of ${values.join(', ')})`);
    rows.push({ term: cells[0]!.trim(), value, line: i + 1 });
  });
  return rows;
}

export function loadVocabularyTables(dir: string): VocabularyTables {
  const rowsOf = (spec: { file: string; header: string; values: readonly string[] | undefined }) =>
    readTable(join(dir, spec.file), spec.header, spec.values);
  const table = <T>(rows: { term: string; value: string }[]): PhraseTable<T> => {
    const phrases = new PhraseTable<T>();
    for (const row of rows) phrases.add(row.term, row.value as T);
    return phrases;
  };
  const healthRows = rowsOf(vocabularyFiles.health);
  const drugWords = healthRows
    // (Not an abbreviation spelling a word: "PrEP" is no part of "prep".)
    .filter((r) => r.value === 'drug' && /^[a-z]+$/i.test(r.term) && !spellsAWord(r.term))
    .map((r) => r.term.toLowerCase())
    .sort();
  return {
    drugWords: [...new Set(drugWords)],
    commonWords: readWordList(join(dir, 'common-words.txt')),
    health: table<HealthCategory>(healthRows),
    offTopic: table<string>(rowsOf(vocabularyFiles.offTopic)),
    intentCues: table<Intent>(rowsOf(vocabularyFiles.intentCues)),
    crisis: table<string>(rowsOf(vocabularyFiles.crisis)),
    contextWords: contextWordsOf(join(dir, vocabularyFiles.context.file)),
    sexWords: new Map(rowsOf(vocabularyFiles.sexWords).map((r) => [r.term.toLowerCase(), r.value as Sex])),
  };
}

/** The context cues by role; each cue is one word, matched lower-cased against a single token. */
function contextWordsOf(path: string): Record<ContextRole, Set<string>> {
  const words = Object.fromEntries(contextRoles.map((role) => [role, new Set<string>()])) as Record<ContextRole, Set<string>>;
  for (const row of readTable(path, vocabularyFiles.context.header, vocabularyFiles.context.values)) {
    if (!/^[\p{L}\p{N}]+$/u.test(row.term))
      throw new MalformedInputError(path, row.line, `a context cue is one word ("${row.term}" is not)`);
    words[row.value as ContextRole].add(row.term.toLowerCase());
  }
  return words;
}

/** A list of lower-case words, one a line, `#` comments; an absent file is an empty list. */
export function readWordList(path: string): Set<string> {
  if (!existsSync(path)) return new Set();
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
}

/**
 * Does `word` look like a drug name typed in part or misspelt in its middle ("hydro" for hydrocodone,
 * "metopol" for metoprolol)? Its first four letters must begin a drug name, and the word must either begin
 * that name or be a few letters from it. Everyday words never count.
 */
export function looksLikeDrugName(tables: VocabularyTables, word: string, min = 4): boolean {
  if (word.length < min || tables.commonWords.has(word)) return false;
  const list = tables.drugWords;
  const stem = word.slice(0, 4);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < stem) lo = mid + 1;
    else hi = mid;
  }
  // Drugs beginning with the same four letters, in order: the word begins one, or is near one.
  const limit = word.length >= 7 ? 3 : word.length >= 6 ? 2 : 0;
  for (let i = lo; i < list.length && list[i]!.startsWith(stem); i++) {
    const name = list[i]!;
    if (name.startsWith(word)) return true;
    if (limit > 0 && editDistance(word, name, limit) <= limit) return true;
  }
  return false;
}
