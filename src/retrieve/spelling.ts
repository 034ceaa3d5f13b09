/*
 * Spelling tolerance against the index vocabulary (the FTS5 vocab table): a query word the index has
 * never seen is matched to the most frequent index term one edit away (two for long words).
 */
import type { TermStatistic } from '../store/index.ts';

/** Index terms must occur in at least this many passages to be offered as corrections. */
const minimumPassages = 2;

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Symmetric-deletion lookup over the vocabulary: fast enough to run on every unknown query word. */
export class SpellingCorrector {
  readonly #frequency = new Map<string, number>();
  readonly #byDeletion = new Map<string, string[]>();

  constructor(vocabulary: TermStatistic[], minLength: number) {
    for (const { term, passages } of vocabulary) {
      if (passages < minimumPassages || term.length < minLength - 1 || !/^[a-z]+$/.test(term)) continue;
      this.#frequency.set(term, passages);
      for (const key of [term, ...deletions(term)]) {
        const list = this.#byDeletion.get(key);
        if (list) list.push(term);
        else this.#byDeletion.set(key, [term]);
      }
    }
  }

  /**
   * The likeliest index term for an unknown word, or undefined.
   * @example corrector.correct('diabetis', 2) // → 'diabet' when the index holds "diabetes"
   */
  correct(word: string, maxEdits: number): string | undefined {
    if (!/^[a-z]+$/.test(word)) return undefined;
    const candidates = new Set<string>();
    const keys = [word, ...deletions(word)];
    if (maxEdits >= 2) for (const d of deletions(word)) keys.push(...deletions(d));
    for (const key of keys) for (const term of this.#byDeletion.get(key) ?? []) candidates.add(term);
    let best: string | undefined;
    let bestScore = -Infinity;
    for (const term of candidates) {
      const distance = editDistance(word, term, maxEdits);
      if (distance > maxEdits || distance === 0) continue;
      // Fewer edits first, then the more frequent term.
      const score = -distance * 1e9 + this.#frequency.get(term)!;
      if (score > bestScore) {
        bestScore = score;
        best = term;
      }
    }
    return best;
  }
}
