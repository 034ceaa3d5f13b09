/* BEIR reading and loading: default files, graded qrels, one document per corpus entry, file:line errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import { openSqliteStore } from '../store/index.ts';
import { beirFiles, datasetName, loadCorpus, readQrels, readQueries } from './beir.ts';

const mini = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'beir-mini');

test('a BEIR folder is read: default query and qrels files, graded judgments, header skipped', () => {
  const files = beirFiles(mini);
  assert.equal(datasetName(files), 'beir-mini/queries.jsonl');
  assert.equal(readQueries(files.queries).length, 6);
  const qrels = readQrels(files.qrels);
  assert.equal(qrels.get('q1')?.get('gout-treatment'), 3);
  assert.equal(qrels.get('q1')?.get('gout-causes'), 0);
  assert.equal(qrels.has('query-id'), false);
});

test('every corpus entry becomes one literature document with one passage', () => {
  const store = openSqliteStore(':memory:');
  after(() => store.close());
  assert.equal(loadCorpus(store, beirFiles(mini).corpus), 9);
  const counts = store.counts();
  assert.equal(counts.documents, 9);
  assert.equal(counts.passages, 9);
  const facts = store.passageFacts();
  assert.equal(facts.find((f) => f.documentId === '111-a')?.publication, '111');
  assert.equal(facts.find((f) => f.documentId === '111-a')?.sourceType, 'study');
  assert.equal(facts.find((f) => f.documentId === 'gout-causes')?.sourceType, 'consumer-health');
});

test('malformed inputs name the file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-beir-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const qrels = join(dir, 'bad.tsv');
  writeFileSync(qrels, 'query-id\tcorpus-id\tscore\nq1\td1\t1\nq2 d2 x\n');
  assert.throws(() => readQrels(qrels), { message: `Evidentia: expected "query-id<TAB>corpus-id<TAB>score" with an integer score in ${qrels}:3` });
  const queries = join(dir, 'queries.jsonl');
  writeFileSync(queries, '{"_id": "q1", "text": "gout"}\n{"_id": "q2"}\n');
  assert.throws(() => readQueries(queries), { message: `Evidentia: missing field "text" in ${queries}:2` });
  assert.throws(() => beirFiles(dir), /Evidentia: no BEIR corpus at/);
});
