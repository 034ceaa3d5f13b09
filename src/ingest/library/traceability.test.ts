/*
 * Traceability in the library format: citation locators and drug-label revision dates, as parsed,
 * checked (file:line) and counted by `library stats`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLibraryFile } from './parse.ts';
import { checkLibrary, libraryStats } from './check.ts';
import { fixtures, tempDir } from '../../../test/helpers.ts';

const traced = join(fixtures, 'traceability');
const topic = readFileSync(join(traced, 'topics', 'tinea-pedis.md'), 'utf8');
const drug = readFileSync(join(traced, 'drugs', 'terbinafine.md'), 'utf8');
const today = new Date('2026-01-01T00:00:00Z');

function problemsAfter(text: string, from: string, to: string): string[] {
  assert.ok(text.includes(from), `fixture contains ${from}`);
  const file = text === drug ? 'drugs/terbinafine.md' : 'topics/tinea-pedis.md';
  return parseLibraryFile(file, text.replace(from, to), today).problems.map((p) => `${p.line}: ${p.severity}: ${p.message}`);
}

test('citations with locators parse into keys (each once) and {key, locator} pairs in the order written', () => {
  const { document, problems } = parseLibraryFile('topics/tinea-pedis.md', topic, today);
  assert.deepEqual(problems, []);
  const first = document!.sections[1]!.statements[0]!;
  assert.deepEqual(first.citations, ['fixture-guideline', 'fixture-cream-label']);
  assert.deepEqual(first.locators, [
    { key: 'fixture-guideline', locator: '§1.2.3' },
    { key: 'fixture-guideline', locator: 'table 2' },
    { key: 'fixture-cream-label', locator: '2 Dosage and administration' },
  ]);
  assert.deepEqual(first.children[0]!.locators, [{ key: 'fixture-old-guideline', locator: 'p 14' }]);
  assert.equal(first.strength, 'strong');
});

test('citations without locators parse exactly as before: no locators field', () => {
  const { document } = parseLibraryFile('topics/tinea-pedis.md', topic, today);
  const plain = document!.sections[1]!.statements[1]!;
  assert.deepEqual(plain, { text: 'Keep the feet clean and dry, and dry carefully between the toes.', citations: ['fixture-guideline'], children: [] });
});

test('library check names the line of a locator that is no recognisable place, and of a label locator naming no standard section', () => {
  assert.deepEqual(problemsAfter(topic, '[fixture-guideline rec 1.3.1]', '[fixture-guideline near the end]'), [
    '36: error: citation "fixture-guideline near the end": locator "near the end" is not a recognisable place in the source (write §1.4.2, section 3, rec 1.4.2, table 2, figure 1, box 3, appendix B, p 12 or pp 12-14)',
  ]);
  assert.deepEqual(problemsAfter(drug, '[fixture-label 5.1 Warnings and precautions]', '[fixture-label 5.1 Liver injury]'), [
    '21: error: citation "fixture-label 5.1 Liver injury": drug-label locator "5.1 Liver injury": section 5.1 is not "Liver injury" (US label: "5.1 Warnings and precautions" or SmPC: "5.1 Pharmacodynamic properties")',
  ]);
  assert.deepEqual(problemsAfter(drug, '[fixture-label 2 Dosage and administration]', '[fixture-label §2]'), [
    '18: error: citation "fixture-label §2": drug-label locator "§2" does not name a standard label section (e.g. "2 Dosage and administration", "4.2 Posology and method of administration", "Boxed warning")',
  ]);
});

test('a safety communication is its own source type: no revised date asked, and label sections are not its places', () => {
  const notice = drug.replace('    type: drug-label\n', '    type: safety-communication\n').replace('    revised: 2022-11-30\n', '');
  assert.deepEqual(
    parseLibraryFile('drugs/terbinafine.md', notice, today).problems.map((p) => `${p.line}: ${p.severity}: ${p.message}`),
    [
      '17: error: citation "fixture-label 2 Dosage and administration": locator "2 Dosage and administration" is not a recognisable place in the source (write §1.4.2, section 3, rec 1.4.2, table 2, figure 1, box 3, appendix B, p 12 or pp 12-14)',
      '20: error: citation "fixture-label 5.1 Warnings and precautions": locator "5.1 Warnings and precautions" is not a recognisable place in the source (write §1.4.2, section 3, rec 1.4.2, table 2, figure 1, box 3, appendix B, p 12 or pp 12-14)',
    ],
  );
  const bare = notice.replace(' 2 Dosage and administration]', ']').replace(' 5.1 Warnings and precautions]', ']');
  assert.deepEqual(parseLibraryFile('drugs/terbinafine.md', bare, today).problems, []);
});

test('an unknown key with a locator is reported once, as an unknown key', () => {
  assert.deepEqual(problemsAfter(topic, '[fixture-guideline rec 1.3.1]', '[nice-ng1 rec 1.3.1]'), ['36: error: unknown source key "nice-ng1"']);
});

test('a drug label without a revised date is a warning; a malformed, future or non-label revised date is an error', () => {
  assert.deepEqual(problemsAfter(drug, '    revised: 2022-11-30\n', ''), ['10: warning: drug label "fixture-label" has no revised date; add "revised: YYYY-MM" as printed on the label']);
  assert.deepEqual(problemsAfter(drug, 'revised: 2022-11-30', 'revised: 2022-13'), ['15: error: source field "sources.fixture-label.revised": must be a date YYYY-MM or YYYY-MM-DD']);
  assert.deepEqual(problemsAfter(drug, 'revised: 2022-11-30', 'revised: 2022-02-30'), ['15: error: source "fixture-label": revised "2022-02-30" is not a real date']);
  assert.deepEqual(problemsAfter(drug, 'revised: 2022-11-30', 'revised: 2026-02'), ['15: error: source "fixture-label": revised date 2026-02 is in the future']);
  assert.deepEqual(problemsAfter(drug, 'revised: 2022-11-30', 'revised: 2021-11'), ['15: warning: source "fixture-label": revised 2021-11 but year 2022; a label\'s year is the year of its revision']);
  assert.deepEqual(problemsAfter(topic, '    year: 2009\n', '    year: 2009\n    revised: 2009-05\n'), ['19: error: source "fixture-old-guideline": revised is only for drug labels (this source is a guideline)']);
});

test('a drug label revised date reaches the parsed source', () => {
  const { document } = parseLibraryFile('drugs/terbinafine.md', drug, today);
  assert.equal(document!.sources[0]!.revised, '2022-11-30');
});

test('library stats report locator coverage by source type: the share of citations that name a place', () => {
  const stats = libraryStats(checkLibrary(traced, [], today).documents);
  // Guideline citations: 4 of 6 carry a locator; both drug-label citations do.
  assert.deepEqual(stats.locatorCoverage, { 'drug-label': 1, guideline: 0.667 });
  const bare = tempDir();
  mkdirSync(join(bare, 'drugs'));
  writeFileSync(join(bare, 'drugs', 'terbinafine.md'), drug.replace(' 2 Dosage and administration]', ']'));
  assert.deepEqual(libraryStats(checkLibrary(bare, [], today).documents).locatorCoverage, { 'drug-label': 0.5 });
});
