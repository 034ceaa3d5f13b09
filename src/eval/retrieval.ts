/*
 * Retrieval evaluation: runs benchmark queries through one or more ranking systems over a store, keeps
 * each document's best passage score, and reports nDCG@10, Recall@100, MRR@10 and query latency.
 */
import { bootstrapMean, pairedBootstrap } from './bootstrap.ts';
import type { Interval } from './bootstrap.ts';
import { ftsQuery, normalise } from '../retrieve/index.ts';
import { hasRelevant, latencySummary, meanMetrics, queryMetrics } from './metrics.ts';
import type { Store } from '../store/index.ts';
import type { Ranker } from '../retrieve/index.ts';
import type { BenchmarkQuery, Qrels } from './beir.ts';
import type { QueryMetrics, ScoredDocument } from './metrics.ts';

export const systemNames = ['baseline', 'full'] as const;
/** 'baseline', 'full', or an ablation: 'without-proximity' and the like. */
export type SystemName = (typeof systemNames)[number] | `without-${string}`;

/** A ranking system: a question in, scored passages (with their documents) out. */
export interface RetrievalSystem {
  name: SystemName;
  rank(question: string): { documentId: string; score: number }[];
}

export interface SystemMetrics extends QueryMetrics {
  latencyMs: { p50: number; p95: number };
  /** 95% bootstrap interval of mean nDCG@10. */
  ndcgInterval: Interval;
  /** Per-query nDCG@10, in query order, for paired comparisons. */
  perQuery: { id: string; 'ndcg@10': number }[];
}

/** The JSON report: `{ dataset, queries, systems: { baseline?, full? } }`. */
export interface RetrievalReport {
  dataset: string;
  queries: number;
  systems: Partial<Record<SystemName, SystemMetrics>>;
  /** Paired bootstrap of full − other system on nDCG@10, for every other system run. */
  differences: Partial<Record<SystemName, Interval>>;
}

/** Passages ranked for the evaluation: trec_eval reads at most 1000 documents a query. */
export const passagesPerQuery = 1000;
/** Queries run untimed first, so that timings do not include warming the engine up. */
const warmUpQueries = 5;

/**
 * The baseline: FTS5 BM25 (all fields weighted 1) over the question's words ORed, no other processing.
 * @example baselineSystem(store).rank('what is gout') // every passage with "what", "is" or "gout"
 */
export function baselineSystem(store: Store): RetrievalSystem {
  return {
    name: 'baseline',
    rank(question) {
      const words = normalise(question).split(' ').filter((w) => w !== '');
      if (words.length === 0) return [];
      return store.search(ftsQuery(words), { limit: passagesPerQuery, columnWeights: { title: 1, section: 1, body: 1 } });
    },
  };
}

/** Each document's best passage score. */
export function bestPerDocument(passages: { documentId: string; score: number }[]): ScoredDocument[] {
  const best = new Map<string, number>();
  for (const p of passages) {
    const current = best.get(p.documentId);
    if (current === undefined || p.score > current) best.set(p.documentId, p.score);
  }
  return [...best].map(([id, score]) => ({ id, score }));
}

/** Queries with at least one relevant judgment are evaluated (as the peer baseline does). */
export function judgedQueries(queries: BenchmarkQuery[], qrels: Qrels): BenchmarkQuery[] {
  return queries.filter((q) => {
    const judged = qrels.get(q.id);
    return judged !== undefined && hasRelevant(judged);
  });
}

export function evaluateSystem(system: RetrievalSystem, queries: BenchmarkQuery[], qrels: Qrels): SystemMetrics {
  for (const q of queries.slice(0, warmUpQueries)) system.rank(q.text);
  const perQuery: QueryMetrics[] = [];
  const times: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    const run = bestPerDocument(system.rank(q.text));
    times.push(performance.now() - started);
    perQuery.push(queryMetrics(run, qrels.get(q.id) ?? new Map()));
  }
  const ndcg = perQuery.map((m) => m['ndcg@10']);
  return {
    ...meanMetrics(perQuery),
    latencyMs: latencySummary(times),
    ndcgInterval: bootstrapMean(ndcg),
    perQuery: queries.map((q, i) => ({ id: q.id, 'ndcg@10': ndcg[i]! })),
  };
}

export function evaluateRetrieval(dataset: string, systems: RetrievalSystem[], queries: BenchmarkQuery[], qrels: Qrels): RetrievalReport {
  const judged = judgedQueries(queries, qrels);
  const report: RetrievalReport = { dataset, queries: judged.length, systems: {}, differences: {} };
  for (const system of systems) report.systems[system.name] = evaluateSystem(system, judged, qrels);
  const full = report.systems.full;
  for (const [name, other] of Object.entries(report.systems) as [SystemName, SystemMetrics][]) {
    if (!full || name === 'full') continue;
    report.differences[name] = pairedBootstrap(full.perQuery.map((q) => q['ndcg@10']), other.perQuery.map((q) => q['ndcg@10']));
  }
  return report;
}

/** The full pipeline: Evidentia's ranking with the given configuration (priors off for benchmarks). */
export function fullSystem(ranker: Ranker, name: SystemName = 'full'): RetrievalSystem {
  return { name, rank: (question) => ranker.rank(question, { limit: passagesPerQuery }) };
}
