import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { readPubmedFile, evidenceTypeOf } from './pubmed.ts';
import { ingestPaths } from './run.ts';
import { openSqliteStore } from '../store/index.ts';
import { MalformedInputError } from '../errors.ts';
import { fixtures, tempDir } from '../../test/helpers.ts';
import type { IngestEvent } from './types.ts';

const citations = join(fixtures, 'pubmed', 'citations.xml');

async function events(file: string): Promise<IngestEvent[]> {
  const out: IngestEvent[] = [];
  for await (const e of readPubmedFile(file)) out.push(e);
  return out;
}

test('every field of a structured-abstract citation is read, inline markup and entities included', async () => {
  const [first] = await events(citations);
  assert.equal(first?.kind, 'document');
  const doc = (first as { document: import('../types.ts').ClinicalDocument }).document;
  assert.equal(doc.id, 'pmid-90000001');
  assert.equal(doc.title, 'Fixturol versus placebo for Tinea pedis: a randomized trial of H2O soaks & creams');
  assert.deepEqual(doc.mesh, ['Tinea Pedis', 'Antifungal Agents']);
  assert.deepEqual(doc.sources, [
    {
      id: 'pmid-90000001',
      type: 'rct',
      title: 'Fixturol versus placebo for Tinea pedis: a randomized trial of H2O soaks & creams',
      year: 2021,
      pmid: '90000001',
      journal: 'Journal of Fixture Medicine',
      doi: '10.9999/fixture.2021.001',
      authors: ['Müller Jürgen', 'Ødegård Å', 'Fixture Trials Group'],
    },
  ]);
  assert.deepEqual(
    doc.sections.map((s) => [s.heading, s.statements.map((st) => st.text)]),
    [
      ['Background', ['Tinea pedis is common in athletes \u2014 about 1 in 10 adults.']],
      ['Methods', ['We randomized 200 adults to fixturol 1% cream or placebo for 2 weeks.']],
      ['Results', ['Cure rates were 70% with fixturol and 20% with placebo (p<0.001).']],
      ['Conclusions', ['Fixturol cream cures most cases of tinea pedis.']],
    ],
  );
});

test('unstructured abstracts, MedlineDate years, non-ASCII names and publication types map as documented', async () => {
  const all = await events(citations);
  const review = (all[1] as { document: import('../types.ts').ClinicalDocument }).document;
  assert.equal(review.sources[0]?.type, 'systematic-review');
  assert.equal(review.sources[0]?.year, 2019);
  assert.deepEqual(review.sources[0]?.authors, ['Nguyễn Thị Lan']);
  assert.equal(review.sources[0]?.doi, '10.9999/fixture.2019.002');
  assert.deepEqual(
    review.sections.map((s) => s.heading),
    ['Abstract'],
  );
  const guideline = (all[2] as { document: import('../types.ts').ClinicalDocument }).document;
  assert.equal(guideline.sources[0]?.type, 'guideline');
  assert.deepEqual(guideline.sections, [], 'a citation without an abstract is a reference with no passages');
  assert.deepEqual(all[3], { kind: 'delete', id: 'pmid-90000099' });
  assert.equal(all.length, 4);
});

test('publication types map to evidence types, strongest first', () => {
  assert.equal(evidenceTypeOf(['Journal Article', 'Review', 'Meta-Analysis']), 'systematic-review');
  assert.equal(evidenceTypeOf(['Guideline']), 'guideline');
  assert.equal(evidenceTypeOf(['Journal Article', 'Review']), 'review');
  assert.equal(evidenceTypeOf(['Observational Study']), 'study');
});

test('gzipped files are read the same, and importing twice changes nothing; DeleteCitation removes a citation', async () => {
  const dir = tempDir();
  const gz = join(dir, 'citations.xml.gz');
  await pipeline(createReadStream(citations), createGzip(), createWriteStream(gz));
  const store = openSqliteStore(join(dir, 'e.db'));
  const first = await ingestPaths(store, [gz]);
  assert.deepEqual([first.added, first.passages], [3, 5]);
  assert.deepEqual(store.counts().byType, { guideline: 1, rct: 1, 'systematic-review': 1 });
  const again = await ingestPaths(store, [citations]);
  assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 3]);
  const removed = await ingestPaths(store, [join(fixtures, 'pubmed', 'delete.xml')]);
  assert.equal(removed.deleted, 1);
  assert.equal(store.counts().documents, 2);
  assert.equal(store.search('"allylamines"', { limit: 5 }).length, 0);
  store.close();
});

test('a truncated file stops with file and line and leaves the store unchanged; continue-on-error keeps the good records', async () => {
  const store = openSqliteStore(join(tempDir(), 'e.db'));
  const truncated = join(fixtures, 'pubmed', 'truncated.xml');
  await assert.rejects(
    ingestPaths(store, [citations, truncated]),
    (err: unknown) =>
      err instanceof MalformedInputError && err.file === truncated && err.line !== undefined && /truncated|malformed XML/.test(err.message),
  );
  assert.equal(store.counts().documents, 0);
  const kept = await ingestPaths(store, [citations, truncated], { continueOnError: true });
  assert.equal(kept.added, 3);
  assert.equal(kept.skipped, 1);
  assert.match(kept.problems[0] ?? '', /truncated\.xml:\d+$/);
  store.close();
});
