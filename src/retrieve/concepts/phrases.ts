/*
 * Words of a question with their offsets, and a table of phrases looked up over every window of words:
 * the one matching primitive behind concept linking, health recognition and intent cues.
 */
import { isPlainAscii, matchesOnlyAsWritten, withoutApostrophes } from '../lexicon/load.ts';

export interface Token {
  /** As typed. */
  text: string;
  /** Lower case, accents removed. */
  folded: string;
  start: number;
  end: number;
}

const tokenPattern = /[\p{L}\p{N}]+/gu;

export function fold(text: string): string {
  // Most words are ASCII: they need no Unicode decomposition, which is the costly part at start-up.
  if (isPlainAscii(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The same words for ASCII text, where a plain character class is several times faster than `\p{…}`. */
const asciiTokenPattern = /[A-Za-z0-9]+/g;

/** A library title without its bracketed qualifier: "Aspirin (acetylsalicylic acid)" → "Aspirin". */
export function bareTitle(title: string): string {
  return title.replace(/\s*\(.*\)/, '');
}

/** "84F", "72m", "6yo": a patient's age and sex in clinical shorthand. */
export const ageAndSex = /^\d{1,3}(?:m|f|yo|y)$/;

export function tokenize(text: string): Token[] {
  const pattern = isPlainAscii(text) ? asciiTokenPattern : tokenPattern;
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], folded: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}

/**
 * The token a bracketed aside just before token `at` opens with, or `at` when none stands there: what was
 * said before "warfarin (INR 2.6) for AF" reads on past "(INR 2.6)".
 */
export function pastAside(tokens: Token[], at: number, text: string): number {
  const last = at - 1;
  if (last < 0 || !/\)\s*$/.test(text.slice(tokens[last]!.end, tokens[at]?.start ?? text.length))) return at;
  const opened = text.lastIndexOf('(', tokens[last]!.start);
  if (opened < 0) return at;
  let first = last;
  while (first > 0 && tokens[first - 1]!.start > opened) first--;
  return first;
}

/** A phrase's lookup key: its folded words joined by one space ("Crohn's" → "crohn s"). */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((t) => t.folded)
    .join(' ');
}

export interface PhraseMatch<T> {
  /** First and one-past-last token index. */
  from: number;
  to: number;
  value: T;
}

/**
 * Phrases mapped to values. An all-capital abbreviation of up to five letters ("ALS", "MS"), or one spelling
 * an English word ("PrEP"), matches only as written, so the words "als" or "ms" in prose do not; everything else matches case-insensitively.
 */
export class PhraseTable<T> {
  readonly #exact = new Map<string, T[]>();
  readonly #folded = new Map<string, T[]>();
  #longest = 1;

  /**
   * `exact` matches the phrase only as written, whatever its case ("pcos" but not "Pcos" or "IUs"). So does
   * an abbreviation spelling an English word ("PrEP", not the "prep" of a pub quiz).
   */
  add(phrase: string, value: T, exact = matchesOnlyAsWritten(phrase)): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    this.#longest = Math.max(this.#longest, tokens.length);
    const key = tokens.map((t) => (exact ? t.text : t.folded)).join(' ');
    const map = exact ? this.#exact : this.#folded;
    const list = map.get(key);
    if (list?.includes(value)) return;
    if (list) list.push(value);
    else map.set(key, [value]);
    // People leave the apostrophe out ("didnt work", "crohns"): the phrase is read that way too.
    const unmarked = withoutApostrophes(phrase);
    if (unmarked !== phrase) this.add(unmarked, value, exact);
  }

  /** Values of a phrase written exactly as given (case rules as above). */
  get(phrase: string): T[] {
    const tokens = tokenize(phrase);
    return [
      ...(this.#exact.get(tokens.map((t) => t.text).join(' ')) ?? []),
      ...(this.#folded.get(tokens.map((t) => t.folded).join(' ')) ?? []),
    ];
  }

  /** Every window of the tokens that is a phrase of the table, overlapping ones included. */
  findAll(tokens: Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let from = 0; from < tokens.length; from++) {
      let exactKey = '';
      let foldedKey = '';
      for (let to = from + 1; to <= Math.min(tokens.length, from + this.#longest); to++) {
        const t = tokens[to - 1]!;
        exactKey = to === from + 1 ? t.text : `${exactKey} ${t.text}`;
        foldedKey = to === from + 1 ? t.folded : `${foldedKey} ${t.folded}`;
        for (const value of this.#exact.get(exactKey) ?? []) found.push({ from, to, value });
        for (const value of this.#folded.get(foldedKey) ?? []) found.push({ from, to, value });
      }
    }
    return found;
  }

  get size(): number {
    return this.#exact.size + this.#folded.size;
  }
}

/** Keep the longest of overlapping matches (then the earlier one), as entity linkers resolve overlaps. */
export function longestMatches<T>(matches: PhraseMatch<T>[], rank: (m: PhraseMatch<T>) => number = () => 0): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => b.to - b.from - (a.to - a.from) || rank(b) - rank(a) || a.from - b.from);
  const kept: PhraseMatch<T>[] = [];
  for (const m of sorted) if (!kept.some((k) => m.from < k.to && k.from < m.to)) kept.push(m);
  return kept.sort((a, b) => a.from - b.from);
}
