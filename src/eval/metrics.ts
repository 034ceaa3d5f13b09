/*
 * Retrieval metrics computed as trec_eval computes them: nDCG@10 (ndcg_cut), Recall@100 (recall_100)
 * and MRR@10, with trec_eval's ordering of a run (score descending, ties by document id descending).
 */

/** Judged grades of one query: document id → grade (0 = judged not relevant). */
export type Judgments = ReadonlyMap<string, number>;

/** One retrieved document with the score the system gave it. */
export interface ScoredDocument {
  id: string;
  score: number;
}

export interface QueryMetrics {
  'ndcg@10': number;
  'recall@100': number;
  'mrr@10': number;
}

/** trec_eval's default relevance level: a grade of at least 1 counts as relevant. */
export const relevanceLevel = 1;
/** trec_eval evaluates at most this many documents of a run per query. */
export const maxDocumentsPerQuery = 1000;

/**
 * Order a run as trec_eval does (score descending; equal scores by document id descending, compared
 * byte-wise like strcmp) and cut it at trec_eval's 1000 documents.
 * @example trecOrder([{ id: 'a', score: 1 }, { id: 'b', score: 1 }]) // → b, a
 */
export function trecOrder(run: readonly ScoredDocument[]): string[] {
  return [...run]
    .sort((x, y) => (x.score !== y.score ? y.score - x.score : compareBytes(y.id, x.id)))
    .slice(0, maxDocumentsPerQuery)
    .map((d) => d.id);
}

function compareBytes(a: string, b: string): number {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Buffer.compare(x, y);
}

/** nDCG at `k`: gain = grade, discount log2(rank + 1); the ideal list is every judged grade above 0. */
export function ndcgAt(ranked: readonly string[], judgments: Judgments, k = 10): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    const gain = judgments.get(id) ?? 0;
    if (gain > 0) dcg += gain / Math.log2(i + 2);
  });
  const ideal = [...judgments.values()].filter((g) => g > 0).sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
  return idcg > 0 ? dcg / idcg : 0;
}

/** Share of the relevant documents found in the first `k`. */
export function recallAt(ranked: readonly string[], judgments: Judgments, k = 100): number {
  const relevant = [...judgments.values()].filter((g) => g >= relevanceLevel).length;
  if (relevant === 0) return 0;
  return ranked.slice(0, k).filter((id) => (judgments.get(id) ?? 0) >= relevanceLevel).length / relevant;
}

/** Reciprocal rank of the first relevant document within the first `k`, else 0. */
export function reciprocalRankAt(ranked: readonly string[], judgments: Judgments, k = 10): number {
  const i = ranked.slice(0, k).findIndex((id) => (judgments.get(id) ?? 0) >= relevanceLevel);
  return i < 0 ? 0 : 1 / (i + 1);
}

/** The three figures for one query's run. */
export function queryMetrics(run: readonly ScoredDocument[], judgments: Judgments): QueryMetrics {
  const ranked = trecOrder(run);
  return { 'ndcg@10': ndcgAt(ranked, judgments), 'recall@100': recallAt(ranked, judgments), 'mrr@10': reciprocalRankAt(ranked, judgments) };
}

/** Does the query have at least one relevant judgment? Queries without one are not evaluated. */
export function hasRelevant(judgments: Judgments): boolean {
  for (const g of judgments.values()) if (g >= relevanceLevel) return true;
  return false;
}

/** Arithmetic mean of each figure over queries (trec_eval's "all" line). */
export function meanMetrics(perQuery: readonly QueryMetrics[]): QueryMetrics {
  const mean = (key: keyof QueryMetrics) => (perQuery.length === 0 ? 0 : perQuery.reduce((s, m) => s + m[key], 0) / perQuery.length);
  return { 'ndcg@10': mean('ndcg@10'), 'recall@100': mean('recall@100'), 'mrr@10': mean('mrr@10') };
}

/** Median and 95th percentile (nearest rank) of latencies in milliseconds. */
export function latencySummary(ms: readonly number[]): { p50: number; p95: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const pick = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  return { p50: pick(0.5), p95: pick(0.95) };
}
