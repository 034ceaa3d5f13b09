/* The retrieval harness and `eval retrieval` command on the beir-mini fixture: systems, report shape, usage errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import { main } from '../cli/main.ts';
import { openSqliteStore } from '../store/index.ts';
import { tempDir } from '../../test/helpers.ts';
import { beirFiles, loadCorpus, readQrels, readQueries } from './beir.ts';
import { baselineSystem, bestPerDocument, evaluateRetrieval } from './retrieval.ts';
import type { CliIo } from '../cli/io.ts';

const mini = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'beir-mini');

test('documents are ranked by their best passage', () => {
  const run = bestPerDocument([
    { documentId: 'a', score: 1 },
    { documentId: 'b', score: 3 },
    { documentId: 'a', score: 4 },
  ]);
  assert.deepEqual(run, [{ id: 'a', score: 4 }, { id: 'b', score: 3 }]);
});

test('the baseline ORs the raw words of the question and skips queries without a relevant judgment', () => {
  const store = openSqliteStore(':memory:');
  after(() => store.close());
  const files = beirFiles(mini);
  loadCorpus(store, files.corpus);
  assert.ok(baselineSystem(store).rank('what is heart failure').length >= 3);
  const report = evaluateRetrieval('mini', [baselineSystem(store)], readQueries(files.queries), readQrels(files.qrels));
  assert.equal(report.queries, 5);
  assert.deepEqual(Object.keys(report.systems), ['baseline']);
});

test('eval retrieval --compare prints both systems and writes the JSON report in the agreed shape', async () => {
  const out = join(tempDir(), 'reports', 'mini.json');
  const lines: string[] = [];
  const io: CliIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), isTty: false };
  assert.equal(await main(['eval', 'retrieval', '--beir', mini, '--compare', '--json', out], io), 0, lines.join('\n'));
  const report = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(Object.keys(report), ['dataset', 'queries', 'systems', 'differences']);
  assert.equal(report.dataset, 'beir-mini/queries.jsonl');
  assert.equal(report.queries, 5);
  for (const name of ['baseline', 'full']) {
    const m = report.systems[name];
    assert.deepEqual(Object.keys(m), ['ndcg@10', 'recall@100', 'mrr@10', 'latencyMs', 'ndcgInterval', 'perQuery']);
    assert.equal(m.perQuery.length, 5);
    assert.ok(m.ndcgInterval.low <= m['ndcg@10'] && m['ndcg@10'] <= m.ndcgInterval.high);
    assert.deepEqual(Object.keys(m.latencyMs), ['p50', 'p95']);
    for (const key of ['ndcg@10', 'recall@100', 'mrr@10']) assert.ok(m[key] >= 0 && m[key] <= 1);
  }
  assert.ok(report.systems.full['ndcg@10'] >= report.systems.baseline['ndcg@10']);
  assert.deepEqual(Object.keys(report.differences), ['baseline']);
  assert.match(lines.join('\n'), /\| baseline \| 0\.\d{3} \[[^\n]*\n\| full \| 0\.\d{3} \[/);
  assert.match(lines.join('\n'), /full vs baseline: nDCG@10 [+-]/);
});

test('an unknown ranking component is a usage error naming it', async () => {
  const lines: string[] = [];
  const io: CliIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), isTty: false };
  assert.equal(await main(['eval', 'retrieval', '--beir', mini, '--without', 'magic'], io), 1);
  assert.match(lines.join('\n'), /Evidentia: unknown ranking component "magic"/);
});
