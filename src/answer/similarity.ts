/*
 * Near-duplicate detection between statements: Jaccard overlap of their content words. Numbers are kept
 * as words, so two statements that differ in a dose are never merged.
 */
const minor = new Set(['a', 'an', 'the', 'of', 'in', 'for', 'and', 'or', 'to', 'with', 'is', 'are', 'be', 'by', 'on', 'at']);

/** Overlap at or above this is the same fact said twice. */
export const duplicateThreshold = 0.85;

/** Statements are the library's own, few and fixed: their words are read once and kept (bounded). */
const wordsOfText = new Map<string, ReadonlySet<string>>();
const cachedTexts = 20_000;

export function contentWords(text: string): ReadonlySet<string> {
  let words = wordsOfText.get(text);
  if (words === undefined) {
    words = new Set(
      text
        .toLowerCase()
        .replace(/(\d)\s+(%|mg|g|ml|mcg|µg|kg|mmol|units?)(?![a-z])/g, '$1$2')
        .split(/[^a-z0-9.%/]+/)
        .map((w) => w.replace(/\.$/, ''))
        .filter((w) => w.length > 0 && !minor.has(w)),
    );
    if (wordsOfText.size >= cachedTexts) wordsOfText.clear();
    wordsOfText.set(text, words);
  }
  return words;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * The same claim with different figures: the words other than numbers agree almost entirely, the
 * numbers do not. Two sources saying this disagree on a dose, threshold or duration.
 */
export function isSameClaimDifferentFigures(a: string, b: string): boolean {
  const numbers = (t: string) => (t.match(/\d+(\.\d+)?/g) ?? []).sort().join(',');
  if (numbers(a) === numbers(b) || numbers(a) === '' || numbers(b) === '') return false;
  const words = (t: string) => new Set([...contentWords(t)].filter((w) => !/\d/.test(w)));
  return jaccard(words(a), words(b)) >= conflictThreshold;
}

/** Agreement of the non-numeric words above which differing figures are a disagreement, not two facts. */
export const conflictThreshold = 0.85;

/** Same fact: high overlap and the same numbers (a dose or threshold that differs is a different fact). */
export function isNearDuplicate(a: string, b: string): boolean {
  const numbers = (t: string) => (t.match(/\d+(\.\d+)?/g) ?? []).sort().join(',');
  return numbers(a) === numbers(b) && jaccard(contentWords(a), contentWords(b)) >= duplicateThreshold;
}
