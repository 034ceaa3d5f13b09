/* Bounded top-k selection agrees with a full sort. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { topByScore } from './top-scores.ts';

test('the k best passages come out best first, equal scores by index, without sorting everything', () => {
  assert.deepEqual(topByScore([0, 1, 2], [0.5, 2, 1], 2), [1, 2]);
  assert.deepEqual(topByScore([3, 0, 1, 2], [1, 1, 3, 1], 3), [2, 0, 1]);
  assert.deepEqual(topByScore([0, 1], [1, 2], 5), [1, 0]);
  assert.deepEqual(topByScore([0, 1], [1, 2], 0), []);
  const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 101);
  const all = values.map((_, i) => i);
  const sorted = [...all].sort((a, b) => values[b]! - values[a]! || a - b);
  assert.deepEqual(topByScore(all, values, 37), sorted.slice(0, 37));
});
