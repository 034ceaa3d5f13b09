/* Spelling tolerance: edit distance and corrections against an index vocabulary. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, SpellingCorrector } from './spelling.ts';

test('edit distance counts substitutions, insertions, deletions and adjacent transpositions', () => {
  assert.equal(editDistance('tabket', 'tablet', 2), 1);
  assert.equal(editDistance('diabeti', 'diabet', 2), 1);
  assert.equal(editDistance('asthma', 'ashtma', 2), 1);
  assert.equal(editDistance('fibromyalgia', 'fibromialga', 2), 2);
  assert.equal(editDistance('gout', 'asthma', 2), 3);
});

test('an unknown word maps to the most frequent index term within reach; rare and short terms are not offered', () => {
  const corrector = new SpellingCorrector(
    [
      { term: 'tablet', passages: 40 },
      { term: 'tablat', passages: 2 },
      { term: 'diabet', passages: 90 },
      { term: 'hypertens', passages: 12 },
      { term: 'onceonly', passages: 1 },
    ],
    5,
  );
  assert.equal(corrector.correct('tabket', 1), 'tablet');
  assert.equal(corrector.correct('diabeti', 1), 'diabet');
  assert.equal(corrector.correct('hypertnsn', 2), 'hypertens');
  assert.equal(corrector.correct('hypertnsn', 1), undefined);
  assert.equal(corrector.correct('onceonli', 1), undefined);
  assert.equal(corrector.correct('zzzzzz', 2), undefined);
});
