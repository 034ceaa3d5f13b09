/* trec_eval-equivalent metrics on hand-worked examples, ties and cut-offs included. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latencySummary, meanMetrics, ndcgAt, queryMetrics, recallAt, reciprocalRankAt, trecOrder } from './metrics.ts';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);
const grades = (entries: [string, number][]) => new Map(entries);

test('graded nDCG@10, Recall@100 and MRR@10 match a hand-worked example', () => {
  // Judged: d1 excellent (3), d2 incomplete (2), d3 incorrect (0), d4 related (1). d2 is never retrieved.
  const judged = grades([['d1', 3], ['d2', 2], ['d3', 0], ['d4', 1]]);
  const run = [{ id: 'd3', score: 0.9 }, { id: 'd1', score: 0.8 }, { id: 'd4', score: 0.7 }, { id: 'd5', score: 0.6 }];
  const m = queryMetrics(run, judged);
  // DCG = 3/log2(3) + 1/log2(4); ideal = 3/log2(2) + 2/log2(3) + 1/log2(4).
  close(m['ndcg@10'], (3 / Math.log2(3) + 0.5) / (3 + 2 / Math.log2(3) + 0.5));
  assert.ok(Math.abs(m['ndcg@10'] - 0.5024905) < 1e-7); // 2.3927893 / 4.7618595
  close(m['recall@100'], 2 / 3);
  close(m['mrr@10'], 1 / 2);
});

test('ties are broken as trec_eval does: equal scores by document id descending, byte-wise', () => {
  assert.deepEqual(trecOrder([{ id: 'a', score: 1 }, { id: 'c', score: 0.5 }, { id: 'b', score: 1 }]), ['b', 'a', 'c']);
  // "d9" sorts after "d10" byte-wise, so it comes first among equals; upper case sorts before lower case.
  assert.deepEqual(trecOrder([{ id: 'd10', score: 2 }, { id: 'd9', score: 2 }]), ['d9', 'd10']);
  assert.deepEqual(trecOrder([{ id: 'B', score: 2 }, { id: 'a', score: 2 }]), ['a', 'B']);
  // The relevant "a" ties with "b" and so lands second: nDCG = 1/log2(3), MRR = 1/2.
  const m = queryMetrics([{ id: 'a', score: 1 }, { id: 'b', score: 1 }], grades([['a', 1]]));
  close(m['ndcg@10'], 1 / Math.log2(3));
  close(m['mrr@10'], 0.5);
});

test('cut-offs: a relevant document at rank 11 counts for recall but not for MRR@10 or nDCG@10', () => {
  const ranked = Array.from({ length: 12 }, (_, i) => `n${String(i).padStart(2, '0')}`);
  const judged = grades([['n10', 2]]);
  assert.equal(reciprocalRankAt(ranked, judged), 0);
  assert.equal(ndcgAt(ranked, judged), 0);
  assert.equal(recallAt(ranked, judged), 1);
  assert.equal(recallAt(ranked, judged, 10), 0);
});

test('the ideal ranking is cut at 10 too: twelve relevant documents in the first twelve give nDCG@10 = 1', () => {
  const ranked = Array.from({ length: 12 }, (_, i) => `r${i}`);
  const judged = grades(ranked.map((id) => [id, 1]));
  close(ndcgAt(ranked, judged), 1);
  close(recallAt(ranked, judged), 1);
});

test('a perfect graded ranking scores 1; a reversed one scores less', () => {
  const judged = grades([['x', 3], ['y', 2], ['z', 1]]);
  close(ndcgAt(['x', 'y', 'z'], judged), 1);
  close(ndcgAt(['z', 'y', 'x'], judged), (1 + 2 / Math.log2(3) + 3 / 2) / (3 + 2 / Math.log2(3) + 1 / 2));
});

test('queries without relevant judgments score 0; means and latency percentiles', () => {
  const none = queryMetrics([{ id: 'a', score: 1 }], grades([['a', 0]]));
  assert.deepEqual(none, { 'ndcg@10': 0, 'recall@100': 0, 'mrr@10': 0 });
  const mean = meanMetrics([
    { 'ndcg@10': 1, 'recall@100': 1, 'mrr@10': 1 },
    { 'ndcg@10': 0, 'recall@100': 0.5, 'mrr@10': 0.25 },
  ]);
  assert.deepEqual(mean, { 'ndcg@10': 0.5, 'recall@100': 0.75, 'mrr@10': 0.625 });
  assert.deepEqual(latencySummary([5, 1, 4, 2, 3]), { p50: 3, p95: 5 });
  assert.deepEqual(latencySummary(Array.from({ length: 100 }, (_, i) => i + 1)), { p50: 50, p95: 95 });
});
