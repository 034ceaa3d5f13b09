/*
 * Loads the medical lexicon (every *.tsv under a folder, validated line by line) and answers lookups:
 * the expansions of a term, choosing among ambiguous senses by the cue words present in the question.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MalformedInputError } from '../../errors.ts';
import { stopWords } from '../vocabulary.ts';
import { isEnglishWord } from './english.ts';
import { otherTableFiles, readWordList, vocabularyFiles } from './tables.ts';
import type { Lexicon, LexiconEntry, LexiconMatch } from './types.ts';

/** The vocabulary tables (health terms, cues, findings) share the folder but not the lexicon's format. */
const isTableFile = (name: string) => otherTableFiles.includes(name) || Object.values(vocabularyFiles).some((t) => t.file === name);

export const lexiconHeader = 'term\texpansions\tcontext';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** The same words for ASCII text, where a plain character class is several times faster than `\p{…}`. */
const asciiWordPattern = /[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*/g;
const ascii = /^[ -~\t\n\r]*$/;

/** Printable ASCII: such text can be matched with plain character classes, several times faster than `\p{…}`. */
export const isPlainAscii = (text: string): boolean => ascii.test(text);

/** Words of a text with their offsets; hyphenated and apostrophe words stay whole. */
function words(text: string): { word: string; start: number; end: number }[] {
  const pattern = ascii.test(text) ? asciiWordPattern : wordPattern;
  return [...text.matchAll(pattern)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * An abbreviation in mixed case that spells an English word in lower case ("AChE", "PrEP") matches only as
 * written: "an ache in my knee" and "bowel prep" are no such thing.
 */
export function spellsAWord(term: string): boolean {
  return /^[A-Za-z]+$/.test(term) && /[a-z][A-Z]/.test(term) && isEnglishWord(term.toLowerCase());
}

/** A term read only as written: an all-capital abbreviation ("MS") or one that spells an English word ("PrEP"). */
export function matchesOnlyAsWritten(term: string): boolean {
  return isCaseSensitive(term) || spellsAWord(term);
}

/** A phrase as people type it without its apostrophes: "can't shut my eye" → "cant shut my eye", "Crohn's" → "Crohns". */
export function withoutApostrophes(phrase: string): string {
  return phrase.replace(/(\p{L})['’](\p{L})/gu, '$1$2');
}

/** An all-capital abbreviation of up to 5 letters ("MS", "T2DM") matches only as written. */
function isCaseSensitive(term: string): boolean {
  const letters = (ascii.test(term) ? term.match(/[A-Za-z]/g) : term.match(/\p{L}/gu)) ?? [];
  return letters.length > 0 && letters.length <= 5 && letters.every((l) => l === l.toUpperCase() && l !== l.toLowerCase());
}

/** All .tsv files under a folder, sorted, so the first sense of a term is stable. */
function listTsv(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listTsv(path);
      return name.endsWith('.tsv') && !isTableFile(name) ? [path] : [];
    });
}

/** Decode strict UTF-8, throwing with the line of the first invalid byte sequence. */
function decode(file: string, bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      try {
        strictUtf8.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
      } catch {
        throw new MalformedInputError(file, line, 'text is not valid UTF-8');
      }
      if (end === -1) throw new MalformedInputError(file, undefined, 'text is not valid UTF-8');
      start = end + 1;
    }
  }
}

/** Parse one lexicon file's text into entries, throwing on the first malformed line. */
export function parseLexicon(file: string, text: string, seen = new Map<string, string>()): LexiconEntry[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  if (lines[0] !== lexiconHeader) throw new MalformedInputError(file, 1, 'first line must be the header "term<TAB>expansions<TAB>context"');
  const entries: LexiconEntry[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (i === 0 || raw.trim() === '' || raw.startsWith('#')) return;
    const fail = (problem: string) => new MalformedInputError(file, line, problem);
    const columns = raw.split('\t');
    if (columns.length < 2 || columns.length > 3)
      throw fail(`expected 2 or 3 tab-separated columns (term, expansions, context), found ${columns.length}`);
    const term = columns[0]!.trim();
    if (term === '') throw fail('term is empty');
    const expansions = columns[1]!.split('|').map((e) => e.trim());
    expansions.forEach((e, n) => {
      if (e === '') throw fail(`expansion ${n + 1} of "${term}" is empty`);
      if (e.toLowerCase() === term.toLowerCase()) throw fail(`expansion ${n + 1} of "${term}" repeats the term`);
      if (expansions.indexOf(e) !== n) throw fail(`expansion "${e}" of "${term}" is listed twice`);
    });
    const previous = seen.get(raw.trim());
    if (previous !== undefined) throw fail(`duplicate of ${previous}`);
    seen.set(raw.trim(), `${file}:${line}`);
    const context = (columns[2] ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== '');
    entries.push({ term, expansions, context, caseSensitive: matchesOnlyAsWritten(term), file, line });
  });
  return entries;
}

/** Load every *.tsv under the folder into one Lexicon; throws MalformedInputError naming file and line. */
export function loadLexicon(dir: string): Lexicon {
  const seen = new Map<string, string>();
  const files = listTsv(dir);
  if (files.length === 0) throw new MalformedInputError(dir, undefined, 'no .tsv lexicon files found');
  const entries = files.flatMap((file) => parseLexicon(file, decode(file, readFileSync(file)), seen));
  return buildLexicon(entries, readWordList(join(dir, 'common-words.txt')));
}

const keyOf = (text: string) =>
  words(text)
    .map((w) => w.word)
    .join(' ');

/** Little words a lay phrase may have or lack ("a pile", "my room spins") without changing what it says. */
const looseStopWords = new Set([
  'a',
  'an',
  'and',
  'the',
  'my',
  'his',
  'her',
  'their',
  'our',
  'your',
  'is',
  'are',
  'it',
  'its',
  'of',
  'on',
  'in',
  'at',
  'to',
  'so',
  'very',
  'really',
  'like',
  // ("when i walk" is "when walking": who does it is no part of the phrase.)
  'i',
]);

/** Words that turn a phrase round; a lay phrase is never read across one. */
const turningWords = new Set(['no', 'not', 'never', 'without', 'nor', 'non', 'dont', 'don', 'isn', 'doesn', 'didn', 'cant']);

/** Words whose "-ing" is no inflection: "evening" is not "even", "during" not "dur". */
const wholeWords = new Set([
  'evening',
  'evenings',
  'morning',
  'mornings',
  'during',
  'nothing',
  'something',
  'anything',
  'everything',
  'ceiling',
  'spring',
  'string',
]);

/**
 * A word without its inflection, crudely: "spins", "spinning" and "spin" read alike, and so do "shake" and
 * "shaking", "write" and "writing", "ache" and "aches" (a silent e goes from a stem of four letters or more).
 */
function bareWord(word: string): string {
  if (word.length <= 3) return word;
  if (wholeWords.has(word)) return word.replace(/s$/, '');
  const silentE = (w: string) => (w.length >= 4 ? w.replace(/([^aeiou])e$/, '$1') : w);
  if (word.length <= 5) return silentE(word.replace(/s$/, ''));
  // (A Greek plural is its singular: "seborrhoeic keratoses", "venous thromboses"; not the verbs "closes",
  // "exposes", "proposes".)
  if (word.length >= 8 && /[^aeioulps]oses$/.test(word)) return word.replace(/es$/, 'i');
  return silentE(word.replace(/(ing|ed|es|s|ly)$/, '').replace(/([^aeiou])\1$/, '$1'));
}

/** A word's tolerant form: the clinical word a lay or misspelt word stands for (as typed, else bare), or its bare form. */
function canonicalWord(word: string, canonical: ReadonlyMap<string, string>): string {
  // (With or without its apostrophe, a word is one: "can't straighten" reads a picture written "cant straighten", and
  // "the hair's broken off" is the hair broken off, "hairs" made bare.)
  const plain = withoutApostrophes(word);
  return canonical.get(word) ?? canonical.get(plain) ?? canonical.get(bareWord(plain)) ?? bareWord(plain);
}

/**
 * A phrase's tolerant key: lower case, little words dropped, inflections stripped ("the room is spinning"
 * and "room spins" share one). Only phrases of two or more words are looked up this way; single words
 * only in their singular and plural forms.
 */
function looseKey(text: string, canonical: ReadonlyMap<string, string> = new Map()): string {
  // (A hyphen joins words people also type apart: "loin-to-groin pain" is "loin to groin pain".)
  // (…but "it" before "up" is the object that makes the phrasal verb: "can't get it up" is no "can't get up".)
  return words(text.toLowerCase())
    .flatMap((w) => w.word.split('-'))
    .filter((w, i, all) => !looseStopWords.has(w) || (w === 'it' && all[i + 1] === 'up'))
    .map((w) => canonicalWord(w, canonical))
    .join(' ');
}

/** Descriptions of how conditions present ("jaw aches when chewing"): read forward like lay terms, never reversed. */
export const presentationsFile = 'presentations.tsv';

/** Is the file one of lay descriptions of a problem (lay terms or presentations), read as described, not named? */
export function describesProblem(file: string): boolean {
  return file.endsWith('lay-terms.tsv') || file.endsWith(presentationsFile);
}

/** Fewest words a lay description needs to be read with its words in any order and others among them. */
const scatteredWords = 3;
/**
 * How many other words may stand among a scattered lay description's own: "fingers go numb and tingly at
 * night", but not "red ring shaped rash in my groin spreading" (no spreading red ring of Lyme disease) nor "big
 * toe nail has dug into the skin, its red and swollen".
 */
const scatteredSlack = 2;
/** Lexicon files whose phrases describe a problem in everyday words. */
const scatteredFiles = ['lay-terms.tsv', 'lay-names.tsv', presentationsFile];

/** Two words as one key whatever their order. */
function anyOrder(pair: string[]): string {
  return [...pair].sort().join(' ');
}

/**
 * Index entries by term (exact for case-sensitive abbreviations, lower-case otherwise). `everyday` holds the
 * common English words (common-words.txt): a lay phrase made of them alone is read across a comma only with no
 * other word among its own.
 */
export function buildLexicon(entries: LexiconEntry[], everyday: ReadonlySet<string> = new Set()): Lexicon {
  const exact = new Map<string, LexiconEntry[]>();
  const folded = new Map<string, LexiconEntry[]>();
  const reverse = new Map<string, string[]>();
  const loose = new Map<string, LexiconEntry>();
  // Two words of a lay phrase say the same in either order ("painful periods", "periods are so painful").
  const unordered = new Map<string, LexiconEntry>();
  // A lay description of three words or more holds with its words in any order, a few others among them
  // ("my legs get this horrible creepy-crawly feeling"), indexed by each of its words.
  const scattered = new Map<string, { words: Set<string>; entry: LexiconEntry }[]>();
  let longest = 1;
  // A lay word the lexicon reads as one clinical word reads so inside a phrase too: "hurts during sex" is
  // "pain during sex", "suddenly muddled" is "sudden confusion".
  const canonical = new Map<string, string>();
  // (So does a word typed wrong: "coughs up flem" is "coughs up phlegm".)
  const oneWordFiles = ['lay-words.tsv', 'misspellings.tsv'];
  for (const entry of entries) {
    const [meant] = entry.expansions;
    if (entry.caseSensitive || !oneWordFiles.some((f) => entry.file.endsWith(f)) || !meant) continue;
    if (/\s/.test(entry.term) || /\s/.test(meant)) continue;
    const typed = entry.term.toLowerCase();
    const word = bareWord(typed);
    // (As typed always; by its bare form only where that is no other word: "nite" bare is "nit", and a
    // "night nurse" is no "nit nurse". "babys" bare is "baby", the word meant.)
    if (!canonical.has(typed)) canonical.set(typed, bareWord(meant.toLowerCase()));
    if (word !== typed && isEnglishWord(word) && !meant.toLowerCase().startsWith(word.slice(0, 3))) continue;
    if (!canonical.has(word)) canonical.set(word, bareWord(meant.toLowerCase()));
  }
  // An American spelling reads as the British one a phrase was written with: "swinging between diarrhea and
  // constipation" is the lay phrase written "diarrhoea".
  for (const entry of entries) {
    const [american] = entry.expansions;
    if (!entry.file.endsWith('spellings.tsv') || entry.file.endsWith('misspellings.tsv') || !american) continue;
    if (/\s/.test(entry.term) || /\s/.test(american)) continue;
    const us = bareWord(american.toLowerCase());
    if (!canonical.has(us)) canonical.set(us, bareWord(entry.term.toLowerCase()));
  }
  // People leave the apostrophe out ("cant shut my eye", "doesnt point"): a term is read that way too.
  const terms = entries.flatMap((e) => {
    const typed = withoutApostrophes(e.term);
    return typed === e.term ? [e] : [e, { ...e, term: typed }];
  });
  for (const entry of terms) {
    const key = keyOf(entry.term);
    const lk = looseKey(entry.term, canonical);
    // (Only a key of two words or more that are not numbers: "has type 1" read loosely would be any "type 1",
    // "Gaucher disease type 1" among them.)
    const pair = lk.split(' ');
    const worded = pair.filter((w) => !/^\d+$/.test(w)).length >= 2;
    if (!entry.caseSensitive && worded && !loose.has(lk)) loose.set(lk, entry);
    if (!entry.caseSensitive && worded && pair.length === 2 && !unordered.has(anyOrder(pair))) unordered.set(anyOrder(pair), entry);
    // (Its telling words: "jaw aches when chewing" holds in "jaw aches after chewing"; a word that turns it round
    // stays, "not passed urine".)
    const distinct = new Set(pair.filter((w) => turningWords.has(w) || !stopWords.has(w)));
    // (Not one that holds a number, which must be the one said: "seizure lasting 10 minutes" is no "seizure
    // lasting 2 minutes".)
    const counted = pair.some((w) => /\d/.test(w));
    if (!entry.caseSensitive && !counted && distinct.size >= scatteredWords && scatteredFiles.some((f) => entry.file.endsWith(f)))
      for (const w of distinct) scattered.set(w, [...(scattered.get(w) ?? []), { words: distinct, entry }]);
    longest = Math.max(longest, key.split(' ').length);
    const map = entry.caseSensitive ? exact : folded;
    const k = entry.caseSensitive ? key : key.toLowerCase();
    map.set(k, [...(map.get(k) ?? []), entry]);
    // (A presentation reads one way only: the condition it points to is not read back as its symptoms.)
    if (entry.file.endsWith(presentationsFile)) continue;
    for (const e of entry.expansions) {
      const r = keyOf(e).toLowerCase();
      const terms = reverse.get(r) ?? [];
      if (!terms.includes(entry.term)) reverse.set(r, [...terms, entry.term]);
    }
  }
  const senses = (term: string): LexiconEntry[] => {
    const key = keyOf(term);
    return exact.get(key) ?? folded.get(key.toLowerCase()) ?? [];
  };
  const sense = (term: string, question = ''): LexiconEntry | undefined => {
    const all = senses(term);
    if (all.length < 2) return all[0];
    const present = new Set(words(question.toLowerCase()).flatMap((w) => [w.word, w.word.replace(/s$/, ''), w.word.replace(/es$/, '')]));
    const hits = (e: LexiconEntry) => e.context.filter((c) => present.has(c)).length;
    const best = all.reduce((top, e) => (hits(e) > hits(top) ? e : top));
    // A sense written with context words holds only where one of them is; otherwise a sense written
    // without any is the term's everyday reading ("on pred" is prednisolone; "FEV1 42% pred" is predicted).
    return hits(best) > 0 ? best : (all.find((e) => e.context.length === 0) ?? best);
  };
  // (Keyed as a description's words are: "drinking" is "drink".)
  const everydayKeys = new Set([...everyday].map((w) => canonicalWord(w, canonical)));
  const noKeys: ReadonlySet<string> = new Set();
  const find = (question: string, presentations = true, impliedWords: readonly string[] = []): LexiconMatch[] => {
    const impliedKeys = new Set(impliedWords.map((w) => canonicalWord(w.toLowerCase(), canonical)));
    const allowed = (entry: LexiconEntry | undefined) => (presentations || !entry?.file.endsWith(presentationsFile) ? entry : undefined);
    const ws = words(question);
    const found: LexiconMatch[] = [];
    // A phrase read loosely stays within one clause: "…miss school, also hurts" is no "school sore".
    const acrossClauses = (i: number, n: number) => /[,.;:!?()–—]|\s-\s/.test(question.slice(ws[i]!.end, ws[i + n - 1]!.start));
    // (A vignette lists one picture with commas, "fever, headache, non-blanching spots": a description of three
    // telling words or more may be read across them, never past the end of a sentence or a dash.)
    // (A decimal point is no full stop: "fever 39.4, headache, photophobia".)
    const acrossSentences = (i: number, n: number) => /[;:!?()–—]|\.\s|\s-\s/.test(question.slice(ws[i]!.end, ws[i + n - 1]!.start));
    /** Length of the window at i that is a lay phrase once one inner word is left out (recorded), else 0. */
    const gappedMatch = (i: number): number => {
      for (let n = Math.min(longest + 3, ws.length - i); n > 2; n--) {
        if (acrossClauses(i, n)) continue;
        const window = ws.slice(i, i + n).map((w) => w.word.toLowerCase());
        if (looseStopWords.has(window[0]!) || looseStopWords.has(window[n - 1]!)) continue;
        for (let k = 1; k < n - 1; k++) {
          if (looseStopWords.has(window[k]!) || turningWords.has(window[k]!)) continue;
          const entry = allowed(loose.get(looseKey([...window.slice(0, k), ...window.slice(k + 1)].join(' '), canonical)));
          if (entry) {
            found.push({ text: question.slice(ws[i]!.start, ws[i + n - 1]!.end), entry });
            return n;
          }
        }
      }
      return 0;
    };
    /** Length of the window at i that reads like a lay phrase of two or more words (recorded), else 0. */
    const looseMatch = (i: number): number => {
      for (let n = Math.min(longest + 2, ws.length - i); n > 1; n--) {
        if (looseStopWords.has(ws[i]!.word.toLowerCase()) || looseStopWords.has(ws[i + n - 1]!.word.toLowerCase())) continue;
        if (acrossClauses(i, n)) continue;
        const text = question.slice(ws[i]!.start, ws[i + n - 1]!.end);
        const key = looseKey(text, canonical);
        const pair = key.split(' ');
        const entry = allowed(
          loose.get(key) ??
            (pair.length === 2 && !ws.slice(i, i + n).some((w) => turningWords.has(w.word.toLowerCase()))
              ? unordered.get(anyOrder(pair))
              : undefined),
        );
        if (entry) {
          found.push({ text, entry });
          return n;
        }
      }
      return 0;
    };
    /** Length of the window at i that holds every word of a lay description in any order (recorded), else 0. */
    // (Each word's keys are read once: every candidate description scans the same words.)
    let wordKeys: string[][] | undefined;
    // (A description with a word the question never says cannot hold: most candidates are ruled out by that alone.)
    let questionKeys: Set<string> | undefined;
    const everydayPhrase = (c: { words: Set<string>; entry: LexiconEntry }) =>
      !c.entry.file.endsWith(presentationsFile) && [...c.words].every((w) => everydayKeys.has(w));
    const scatteredMatch = (i: number): number => {
      wordKeys ??= ws.map((w) =>
        w.word
          .toLowerCase()
          .split('-')
          .filter((p) => !looseStopWords.has(p))
          .map((p) => canonicalWord(p, canonical)),
      );
      const keys = wordKeys;
      const inQuestion = (questionKeys ??= new Set(keys.flat()));
      let best: { n: number; entry: LexiconEntry; size: number } | undefined;
      // (A presentation's word the question implies of its patient is said: "3yo, fever 39.2, cough, focal
      // crackles R base" is "focal crackles in a child".)
      const given = (c: { words: Set<string>; entry: LexiconEntry }) => (c.entry.file.endsWith(presentationsFile) ? impliedKeys : noKeys);
      for (const candidate of keys[i]!.flatMap((w) => scattered.get(w) ?? []).filter(
        (c) => [...c.words].every((w) => inQuestion.has(w) || given(c).has(w)) && allowed(c.entry),
      )) {
        // (The words the question itself must hold, within the window: the rest are implied.)
        const needed = [...candidate.words].filter((w) => inQuestion.has(w)).length;
        const held = new Set<string>();
        // (Little words and numbers do not count against the slack: "fingers go numb and tingly at night", "a few".)
        let said = 0;
        for (let n = 1; i + n - 1 < ws.length; n++) {
          const w = ws[i + n - 1]!;
          // (A word that turns the description round ends it, unless the description says it too: "rash that
          // doesnt fade".)
          const turns = turningWords.has(w.word.toLowerCase()) && !keys[i + n - 1]!.some((k) => candidate.words.has(k));
          if (turns || (n > 1 && acrossSentences(i, n))) break;
          // (A lay phrase of everyday words alone is read across a comma only with nothing else among its words:
          // "7 weeks after the baby, low mood" is "low mood after baby"; "since last nite, still drinking a bit" is
          // no "since my last drink". A presentation is a picture told across a list's commas, whatever its words.)
          const slack = n > 1 && everydayPhrase(candidate) && acrossClauses(i, n) ? 0 : scatteredSlack;
          if (!stopWords.has(w.word.toLowerCase()) && !/^\d+$/.test(w.word) && ++said > needed + slack) break;
          for (const k of keys[i + n - 1]!) if (candidate.words.has(k)) held.add(k);
          if (held.size === needed) {
            if (!best || needed > best.size || (needed === best.size && n < best.n)) best = { n, entry: candidate.entry, size: needed };
            break;
          }
        }
      }
      if (!best) return 0;
      found.push({ text: question.slice(ws[i]!.start, ws[i + best.n - 1]!.end), entry: best.entry });
      return best.n;
    };
    /** How many words the longest phrase written in the lexicon that starts at word j holds (0 if none). */
    const writtenAt = new Map<number, number>();
    const writtenLength = (j: number): number => {
      if (!writtenAt.has(j)) {
        let n = Math.min(longest, ws.length - j);
        while (n > 1 && !allowed(sense(question.slice(ws[j]!.start, ws[j + n - 1]!.end), question))) n--;
        writtenAt.set(j, n > 1 ? n : 0);
      }
      return writtenAt.get(j)!;
    };
    // (A loose reading never ends inside a phrase the lexicon writes out that runs on past it: "a painful tear in
    // her back passage" is no hurt back.)
    const cutsPhrase = (i: number, n: number) => {
      for (let j = i + 1; j < i + n; j++) if (writtenLength(j) > 0 && j + writtenLength(j) > i + n) return true;
      return false;
    };
    /** The longest of the loose, gapped and scattered readings at i (not recorded): "hands shake when holding a cup" over "hands shake". */
    const longestPhrase = (i: number): { n: number; match: LexiconMatch } | undefined => {
      // (Nothing is read loosely just after a word that turns it round: "I dont have fits" is no "having fits".)
      if (i > 0 && turningWords.has(ws[i - 1]!.word.toLowerCase())) return undefined;
      let best: { n: number; match: LexiconMatch } | undefined;
      for (const read of [looseMatch, gappedMatch, scatteredMatch]) {
        const n = read(i);
        if (n === 0) continue;
        const match = found.pop()!;
        // (A description gathered across the commas of a list does not displace a phrase said in one piece:
        // "both ears hurting, temp 38.6 and pulling at them" is ear pain, not pain on pulling the ear.)
        // (A presentation that goes on from that phrase does: "lips swelling, wheezy" is anaphylaxis.)
        const goesOn = best !== undefined && match.entry.file.endsWith(presentationsFile) && match.text.startsWith(best.match.text);
        if (best && read === scatteredMatch && match.text.includes(',') && !goesOn) continue;
        if (cutsPhrase(i, n)) continue;
        if (!best || n > best.n) best = { n, match };
      }
      return best;
    };
    /** Where a longer presentation starts within the n words from i and runs on past them, if one does. */
    const presentationInside = (i: number, n: number): number | undefined => {
      const runsOn = (j: number, m: number, entry: LexiconEntry | undefined) =>
        entry !== undefined && m > n && j + m > i + n && entry.file.endsWith(presentationsFile);
      for (let j = i + 1; j < i + n; j++) {
        const written = writtenLength(j);
        if (written > 0 && runsOn(j, written, allowed(sense(question.slice(ws[j]!.start, ws[j + written - 1]!.end), question)))) return j;
        const phrase = longestPhrase(j);
        if (phrase && runsOn(j, phrase.n, phrase.match.entry)) return j;
      }
      return undefined;
    };
    for (let i = 0; i < ws.length;) {
      let n = Math.min(longest, ws.length - i);
      let exact: LexiconEntry | undefined;
      for (; n > 0; n--) {
        exact = allowed(sense(question.slice(ws[i]!.start, ws[i + n - 1]!.end), question));
        if (exact) break;
      }
      if (n > 1) {
        // (A presentation that goes on past the phrase, across the commas of the picture, is what is described:
        // "lips swelling, wheezy" is anaphylaxis, not only the swollen lips.)
        const phrase = longestPhrase(i);
        if (phrase && phrase.n > n && phrase.match.entry.file.endsWith(presentationsFile)) {
          found.push(phrase.match);
          i += phrase.n;
          continue;
        }
        // (…and so is a longer presentation that begins inside it and runs on past it: "keeps scratching her bum at
        // night" is the threadworm's "scratching her bum at night", not only "keeps scratching".)
        const inside = presentationInside(i, n);
        if (inside !== undefined) {
          i = inside;
          continue;
        }
        found.push({ text: question.slice(ws[i]!.start, ws[i + n - 1]!.end), entry: exact! });
        i += n;
        continue;
      }
      // Lay wording varies in its little words, endings and order ("a pile", "the room spins", "periods are
      // so painful"): a window of words that reads like a lay phrase of two or more words is that phrase,
      // ahead of a one-word term it begins with. So is one with one more word inside it ("red sticky gooey
      // eye" is a "red sticky eye"), unless that word turns it round ("not").
      const phrase = longestPhrase(i);
      if (phrase) {
        found.push(phrase.match);
        i += phrase.n;
        continue;
      }
      const word = ws[i]!.word;
      // One word as written, or its plural or singular ("a pile" is "piles").
      const other = /s$/i.test(word) ? word.slice(0, -1) : `${word}s`;
      const entry =
        exact ?? (word.length > 3 && !looseStopWords.has(word.toLowerCase()) ? folded.get(other.toLowerCase())?.[0] : undefined);
      if (entry) found.push({ text: word, entry });
      i += 1;
    }
    return found;
  };
  return {
    size: entries.length,
    senses,
    sense,
    expand: (term, question) => sense(term, question)?.expansions ?? [],
    classesOf: (drug) => senses(drug).flatMap((s) => (s.file.endsWith('drug-classes.tsv') ? s.expansions : [])),
    reverse: (text) => reverse.get(keyOf(text).toLowerCase()) ?? [],
    find,
  };
}
