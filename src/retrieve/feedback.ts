/*
 * Pseudo-relevance feedback (RM3-like): the words that dominate the best-ranked passages, weighted by
 * rarity, join the query at a fraction of a typed word's weight.
 */
import { fillerWords } from './fillers.ts';
import type { RankingConfig } from './config.ts';
import type { PlannedTerm } from './query-plan.ts';
import type { RankingIndex } from './ranking-index.ts';

/** Terms in more than this share of passages say nothing about relevance. */
const maxPassageShare = 0.1;

/**
 * Feedback terms from the top passages (best first, with their scores), excluding terms already asked.
 * @example feedbackTerms(index, [[12, 9.1], [40, 8.7]], new Set(['gout']), config.feedback)
 */
export function feedbackTerms(
  index: RankingIndex,
  top: [passage: number, score: number][],
  asked: ReadonlySet<string>,
  config: RankingConfig['feedback'],
): PlannedTerm[] {
  if (top.length === 0) return [];
  const best = top[0]![1];
  const relevance = top.map(([p, s]) => [p, Math.exp(s - best)] as const);
  const total = relevance.reduce((sum, [, r]) => sum + r, 0);
  const weights = new Map<string, number>();
  for (const [p, r] of relevance) {
    const length = index.length(p) || 1;
    for (const { term, count } of index.passageTerms[p]!) {
      weights.set(term, (weights.get(term) ?? 0) + (count / length) * (r / total));
    }
  }
  const limit = index.size * maxPassageShare;
  const scored: [string, number][] = [];
  for (const [term, w] of weights) {
    const df = index.frequency(term);
    if (asked.has(term) || df < 2 || df > limit || fillerWords.has(term) || /^\d/.test(term)) continue;
    scored.push([term, w * index.idf(term)]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const chosen = scored.slice(0, config.terms);
  const strongest = chosen[0]?.[1] ?? 1;
  return chosen.map(([term, w]) => ({ term, weight: (config.weight * w) / strongest, origin: 'feedback' as const }));
}
