import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPaths } from './run.ts';
import { openSqliteStore } from '../store/index.ts';
import { MalformedInputError } from '../errors.ts';
import { fixtures, fixtureLibrary, tempDir } from '../../test/helpers.ts';

const chilblains = join(fixtures, 'interchange', 'chilblains.jsonl');

test('interchange files with text, HTML and Markdown sections become passages and sources', async () => {
  const store = openSqliteStore(join(tempDir(), 'e.db'));
  const summary = await ingestPaths(store, [chilblains]);
  assert.equal(summary.added, 2);
  const counts = store.counts();
  assert.equal(counts.documents, 2);
  assert.deepEqual(counts.byType, { 'consumer-health': 1, guideline: 1 });
  const [html] = store.search('"socks"', { limit: 5 });
  assert.equal(html?.text, 'Wear warm socks & gloves. Avoid sudden heat.');
  assert.equal(html?.section, 'Prevention');
  const [markdown] = store.search('"nifedipine"', { limit: 5 });
  assert.equal(
    markdown?.text,
    'Nifedipine may be considered for severe chilblains that do not heal. Most chilblains need no drug treatment.',
  );
  assert.deepEqual(store.sources(['fx-2']), [
    { id: 'fx-2', type: 'guideline', title: 'Fixture guideline on chilblains', organization: 'Fixture College', year: 2021 },
  ]);
  store.close();
});

test('ingest is idempotent, and changed content replaces the old passages', async () => {
  const dir = tempDir();
  const store = openSqliteStore(join(dir, 'e.db'));
  await ingestPaths(store, [fixtureLibrary, chilblains]);
  const before = store.counts();
  const again = await ingestPaths(store, [fixtureLibrary, chilblains]);
  assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 5]);
  assert.deepEqual(store.counts(), before);

  const changed = join(dir, 'chilblains.jsonl');
  copyFileSync(chilblains, changed);
  const lines = (await import('node:fs')).readFileSync(changed, 'utf8').replace('heal within 2 weeks', 'heal within 1 to 3 weeks');
  writeFileSync(changed, lines);
  const third = await ingestPaths(store, [changed]);
  assert.deepEqual([third.added, third.updated, third.unchanged], [0, 1, 1]);
  assert.equal(store.search('"scratching"', { limit: 5 })[0]?.text.includes('1 to 3 weeks'), true);
  assert.equal(store.search('"2"', { limit: 5 }).length, 0);
  assert.equal(store.counts().passages, before.passages);
  store.close();
});

test('a malformed interchange line names file and line and leaves the store exactly as it was', async () => {
  const store = openSqliteStore(join(tempDir(), 'e.db'));
  await ingestPaths(store, [fixtureLibrary]);
  const before = store.counts();
  const malformed = join(fixtures, 'interchange', 'malformed.jsonl');
  await assert.rejects(
    ingestPaths(store, [chilblains, malformed]),
    (err: unknown) =>
      err instanceof MalformedInputError &&
      err.message ===
        `Evidentia: invalid interchange record, field "type": Invalid option: expected one of "guideline"|"systematic-review"|"rct"|"study"|"review"|"consumer-health"|"drug-label"|"safety-communication"|"textbook" in ${malformed}:2`,
  );
  assert.deepEqual(store.counts(), before);
  store.close();
});

test('invalid JSON is reported with its line', async () => {
  const dir = tempDir();
  const file = join(dir, 'broken.jsonl');
  writeFileSync(file, '{"id":"a","title":"T","type":"guideline","sections":[]}\n\n{"id": "b", oops}\n');
  const store = openSqliteStore(join(dir, 'e.db'));
  await assert.rejects(ingestPaths(store, [file]), /Evidentia: invalid JSON .* in .*broken\.jsonl:3$/);
  assert.equal(store.counts().documents, 0);
  store.close();
});
