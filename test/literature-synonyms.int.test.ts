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
await ingestPaths(engine.store, [join(fixtures, 'interchange', 'frozen-shoulder.jsonl')]);
engine.refresh();

test('a concept asked by its clinical name is answered from literature that uses its lay name (adhesive capsulitis → frozen shoulder)', () => {
  // The full-text search looked only for the question's own words, so the leaflet was never a candidate,
  // and the coverage check then abstained because no passage said "adhesive capsulitis".
  const a = engine.ask('What helps adhesive capsulitis?', 'clinician', { save: false });
  assert.equal(a.status, 'answered', `${a.status}: ${a.message ?? ''}`);
  const first = a.sections[0]!.statements[0]!;
  assert.match(first.text, /frozen shoulder/i);
  assert.equal(a.references.find((r) => first.citations.includes(r.n))?.title, 'Fixture leaflet on shoulder stiffness');
});

test('literature that shares only the words of a name, not the concept, does not answer it', () => {
  const a = engine.ask('What helps adhesive capsulitis?', 'clinician', { save: false });
  const texts = a.sections.flatMap((s) => s.statements.map((x) => x.text)).join('\n');
  assert.doesNotMatch(texts, /frozen meals/i);
});
