/* Bootstrap intervals: reproducible, centred on the mean, and telling real differences from noise. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bootstrapMean, excludesZero, pairedBootstrap } from './bootstrap.ts';

test('the interval of a mean contains the mean and is reproducible with the same seed', () => {
  const values = [0.1, 0.5, 0.9, 0.3, 0.7, 0.2, 0.8];
  const a = bootstrapMean(values);
  assert.ok(a.low <= a.mean && a.mean <= a.high);
  assert.deepEqual(bootstrapMean(values), a);
});

test('a system better on every query gets a paired interval above zero; a reshuffle of the same scores does not', () => {
  const base = Array.from({ length: 50 }, (_, i) => (i % 10) / 10);
  const better = base.map((v) => v + 0.05);
  assert.ok(excludesZero(pairedBootstrap(better, base)));
  const noisy = base.map((v, i) => (i % 2 === 0 ? v + 0.3 : v - 0.3));
  assert.equal(excludesZero(pairedBootstrap(noisy, base)), false);
});
