/*
 * Phrase and proximity bonuses for multi-word concepts: adjacent query words found side by side in a
 * passage ("heart failure", "polycystic kidney"), or near each other, add to its BM25F score.
 */
import type { RankingConfig } from './config.ts';
import type { TermSequence } from './query-plan.ts';
import type { RankingIndex } from './ranking-index.ts';

/** Positions of `term` in passage `p`, or undefined (binary search over the term's passages). */
export function positionsIn(index: RankingIndex, term: string, p: number): number[] | undefined {
  const postings = index.postings.get(term);
  if (!postings) return undefined;
  const list = postings.passages;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === p) return postings.positions[mid];
    if (v < p) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** How often `b` directly follows `a`, and how often the two fall within `window` words of each other. */
export function pairCounts(a: number[], b: number[], window: number): { phrase: number; near: number } {
  let phrase = 0;
  let near = 0;
  let j = 0;
  for (const pa of a) {
    while (j < b.length && b[j]! < pa - window) j++;
    let k = j;
    let isNear = false;
    while (k < b.length && b[k]! <= pa + window) {
      if (b[k]! === pa + 1) phrase++;
      if (b[k]! !== pa) isNear = true;
      k++;
    }
    if (isNear) near++;
  }
  return { phrase, near };
}

export interface PairWeight {
  a: string;
  b: string;
  weight: number;
}

/** The word pairs a plan's sequences contribute, each weighted by its words' rarity. */
export function sequencePairs(index: RankingIndex, sequences: TermSequence[]): PairWeight[] {
  const pairs = new Map<string, PairWeight>();
  for (const seq of sequences) {
    for (let i = 0; i + 1 < seq.terms.length; i++) {
      const a = seq.terms[i]!;
      const b = seq.terms[i + 1]!;
      if (a === b || !index.postings.has(a) || !index.postings.has(b)) continue;
      const weight = (seq.weight * (index.idf(a) + index.idf(b))) / 2;
      const key = `${a} ${b}`;
      if ((pairs.get(key)?.weight ?? 0) < weight) pairs.set(key, { a, b, weight });
    }
  }
  return [...pairs.values()];
}

/** The bonus of passage `p`: saturating counts of phrase and near matches over all pairs. */
export function proximityBonus(index: RankingIndex, p: number, pairs: PairWeight[], config: RankingConfig['proximity']): number {
  let bonus = 0;
  for (const { a, b, weight } of pairs) {
    const pa = positionsIn(index, a, p);
    if (!pa) continue;
    const pb = positionsIn(index, b, p);
    if (!pb) continue;
    const { phrase, near } = pairCounts(pa, pb, config.window);
    bonus += weight * ((config.phraseWeight * phrase) / (phrase + 1) + (config.nearWeight * near) / (near + 1));
  }
  return bonus;
}
