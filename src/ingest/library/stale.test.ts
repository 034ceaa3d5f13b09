import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findStale } from './stale.ts';
import { fixtures, tempDir } from '../../../test/helpers.ts';

const traced = join(fixtures, 'traceability');
const today = new Date('2026-01-01T00:00:00Z');

test('library stale lists sources older than five years and files reviewed over three years ago, with file and line', () => {
  const report = findStale(traced, { today });
  assert.deepEqual(
    report.sources.map((s) => ({ ...s, file: s.file.replace(traced, '') })),
    [{ file: '/topics/tinea-pedis.md', line: 14, key: 'fixture-old-guideline', type: 'guideline', title: 'Fixture guideline on foot care from 2009', dated: '2009', ageYears: 16, citedBy: 1 }],
  );
  assert.deepEqual(
    report.files.map((f) => ({ ...f, file: f.file.replace(traced, '') })),
    [{ file: '/drugs/terbinafine.md', line: 7, id: 'terbinafine', reviewed: '2020-03-01', ageYears: 5.8 }],
  );
  assert.equal(report.sourceYears, 5);
  assert.equal(report.reviewedYears, 3);
});

test('library stale ages are configurable', () => {
  const lenient = findStale(traced, { today, sourceYears: 20, reviewedYears: 10 });
  assert.deepEqual([lenient.sources.length, lenient.files.length], [0, 0]);
  const strict = findStale(traced, { today, sourceYears: 1, reviewedYears: 0.5 });
  assert.deepEqual(strict.sources.map((s) => s.key), ['fixture-old-guideline', 'fixture-label', 'fixture-cream-label']);
  assert.deepEqual(strict.files.map((f) => f.id), ['terbinafine', 'tinea-pedis']);
});

test('library stale counts a year from its last day and a label from its revision date, so only surely old sources are listed', () => {
  const root = tempDir();
  mkdirSync(join(root, 'drugs'));
  const drug = readFileSync(join(traced, 'drugs', 'terbinafine.md'), 'utf8');
  // Revised 2020-12 with year 2020: five years old on 2026-01-01 only by its year's first day, not by its last.
  writeFileSync(join(root, 'drugs', 'terbinafine.md'), drug.replace('year: 2022', 'year: 2020').replace('revised: 2022-11-30', 'revised: 2020-12'));
  assert.deepEqual(findStale(root, { today }).sources, []);
  assert.equal(findStale(root, { today: new Date('2026-01-02T00:00:00Z') }).sources[0]?.dated, '2020-12');
  writeFileSync(join(root, 'drugs', 'terbinafine.md'), drug.replace('year: 2022', 'year: 2020').replace('    revised: 2022-11-30\n', ''));
  assert.deepEqual(findStale(root, { today }).sources, []);
  assert.equal(findStale(root, { today: new Date('2026-01-02T00:00:00Z') }).sources[0]?.dated, '2020');
});
