/*
 * Imported literature answers the questions the library does not cover (issue 14), read with the
 * library's lexicon: the search looks for the other names of what the question names, and coverage
 * counts a synonym as the concept. Real bundled library, real SQLite.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { bundledLibrary, fixtures, tempEngine } from './helpers.ts';
import { ingestPaths } from '../src/ingest/index.ts';

const engine = await tempEngine(bundledLibrary);
await ingestPaths(engine.store, [join(fixtures, 'interchange', 'shin-splints.jsonl')]);
engine.refresh();

test('a concept asked by its clinical name is answered from literature that uses its lay name (medial tibial stress syndrome → shin splints)', () => {
  // (Frozen shoulder was the example until the library gained its topic in session 27.)
  // The full-text search looked only for the question's own words, so the leaflet was never a candidate,
  // and the coverage check then abstained because no passage said the clinical name.
  const a = engine.ask('What helps medial tibial stress syndrome?', 'clinician', { save: false });
  assert.equal(a.status, 'answered', `${a.status}: ${a.message ?? ''}`);
  const first = a.sections[0]!.statements[0]!;
  assert.match(first.text, /shin splints/i);
  assert.equal(a.references.find((r) => first.citations.includes(r.n))?.title, 'Fixture leaflet on leg pain in runners');
});

test('literature that shares only the words of a name, not the concept, does not answer it', () => {
  const a = engine.ask('What helps medial tibial stress syndrome?', 'clinician', { save: false });
  const texts = a.sections.flatMap((s) => s.statements.map((x) => x.text)).join('\n');
  assert.doesNotMatch(texts, /shin guards/i);
});
