import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeNearDuplicates } from './sections.ts';
import type { Draft } from './sections.ts';

test('a near-duplicate statement merged into its twin brings its citations and locators along', () => {
  const first: Draft = {
    text: 'Apply terbinafine 1% cream twice daily for 1 week to the affected skin.',
    citations: ['t/guideline'],
    locators: [{ key: 't/guideline', locator: '§1.2.3' }],
    children: [],
  };
  const twin: Draft = {
    text: 'Apply terbinafine 1 % cream twice daily for 1 week to affected skin.',
    citations: ['t/review'],
    locators: [{ key: 't/review', locator: 'table 2' }],
    children: [],
  };
  const sections = [{ heading: 'Treatment', drafts: [first, twin] }];
  mergeNearDuplicates(
    sections,
    () => 0,
    () => true,
  );
  assert.equal(sections[0]!.drafts.length, 1);
  assert.deepEqual(sections[0]!.drafts[0]!.citations, ['t/guideline', 't/review']);
  assert.deepEqual(sections[0]!.drafts[0]!.locators, [
    { key: 't/guideline', locator: '§1.2.3' },
    { key: 't/review', locator: 'table 2' },
  ]);
});

test("statements that disagree keep the stronger source's locators on the merged statement and the other's on its child", () => {
  const weaker: Draft = {
    text: 'Give drug X 10 mg once daily.',
    citations: ['t/review'],
    locators: [{ key: 't/review', locator: 'p 4' }],
    children: [],
  };
  const stronger: Draft = {
    text: 'Give drug X 20 mg once daily.',
    citations: ['t/guideline'],
    locators: [{ key: 't/guideline', locator: '§2.1' }],
    children: [],
  };
  const sections = [{ heading: 'Dosing', drafts: [weaker, stronger] }];
  mergeNearDuplicates(
    sections,
    (d) => (d.citations[0] === 't/guideline' ? 0 : 1),
    () => false,
  );
  const merged = sections[0]!.drafts;
  assert.equal(merged.length, 1, JSON.stringify(merged));
  assert.deepEqual([merged[0]!.citations, merged[0]!.locators], [['t/guideline'], [{ key: 't/guideline', locator: '§2.1' }]]);
  assert.deepEqual(merged[0]!.children[0]!.locators, [{ key: 't/review', locator: 'p 4' }]);
});
