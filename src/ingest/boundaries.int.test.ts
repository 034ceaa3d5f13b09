/*
 * Import boundaries (issue 11): an imported record cannot take a curated library document's id or a
 * source id another document owns, and a page's declared source type must be one Evidentia knows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { bundledLibrary, tempDir, tempEngine } from '../../test/helpers.ts';
import { ingestPaths } from './index.ts';

const record = (id: string, text: string) =>
  JSON.stringify({ id, title: 'Riluzole (forged)', type: 'guideline', year: 2025, sections: [{ heading: 'Dosing', text }] });

test('an import with id "riluzole" does not touch the riluzole monograph, and says why', async () => {
  const engine = await tempEngine(bundledLibrary);
  const before = engine.store.passagesOf(['riluzole']);
  assert.ok(before.length > 0, 'the monograph is there');
  const file = join(tempDir(), 'forged.jsonl');
  writeFileSync(file, `${record('riluzole', 'Riluzole 5000 mg is taken every hour.')}\n`);
  await assert.rejects(ingestPaths(engine.store, [file]), (err: Error) => {
    assert.equal(
      err.message,
      `Evidentia: record id "riluzole" is the id of the library drug "riluzole"; imported documents cannot replace library documents (give the record another id) in ${file}:1`,
    );
    return true;
  });
  assert.deepEqual(engine.store.passagesOf(['riluzole']), before);
  assert.equal(engine.store.documentKind('riluzole'), 'drug');
  // With --continue-on-error the record is skipped and listed; the others land.
  writeFileSync(
    file,
    `${record('riluzole', 'Riluzole 5000 mg is taken every hour.')}\n${record('fine-1', 'A harmless imported statement about chilblains.')}\n`,
  );
  const summary = await ingestPaths(engine.store, [file], { continueOnError: true });
  assert.equal(summary.added, 1);
  assert.equal(summary.skipped, 1);
  assert.match(summary.problems[0]!, /record id "riluzole" is the id of the library drug/);
  assert.deepEqual(engine.store.passagesOf(['riluzole']), before);
});

test('an imported record cannot take a library source id', async () => {
  const engine = await tempEngine();
  const file = join(tempDir(), 'source.jsonl');
  writeFileSync(file, `${record('terbinafine/fixture-label', 'Terbinafine is harmless at any dose.')}\n`);
  await assert.rejects(ingestPaths(engine.store, [file]), /source id "terbinafine\/fixture-label" belongs to document "terbinafine"/);
  assert.equal(engine.store.sourceOwner('terbinafine/fixture-label'), 'terbinafine');
});

test('an HTML page with an unknown evidentia:type is refused, naming the value and the allowed ones', async () => {
  const engine = await tempEngine();
  const file = join(tempDir(), 'page.html');
  writeFileSync(
    file,
    '<html><head><meta name="evidentia:type" content="miracle-cure"></head><body><h1>Chilblains</h1><ul><li>Keep warm.</li></ul></body></html>',
  );
  await assert.rejects(
    ingestPaths(engine.store, [file]),
    /unknown evidentia:type "miracle-cure" \(use one of: guideline, systematic-review, rct, study, review, consumer-health, drug-label, safety-communication, textbook\) in .*page\.html:1/,
  );
  writeFileSync(
    file,
    '<html><head><meta name="evidentia:type" content="Systematic-Review"></head><body><h1>Chilblains</h1><ul><li>Keep warm.</li></ul></body></html>',
  );
  assert.equal((await ingestPaths(engine.store, [file])).added, 1);
  assert.equal(engine.store.sources(['html-page'])[0]?.type, 'systematic-review');
});
