/* The store's views of its full-text index: tokens with fields and positions, stemming, vocabulary, passage facts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { after } from 'node:test';
import { openSqliteStore } from '../index.ts';
import type { ClinicalDocument } from '../../types.ts';

const store = openSqliteStore(':memory:');
after(() => store.close());
const doc: ClinicalDocument = {
  id: 'gout-guideline',
  kind: 'literature',
  title: 'Managing gout',
  aliases: [],
  sources: [{ id: 'gout-guideline', type: 'guideline', title: 'Managing gout', year: 2020, pmid: '123' }],
  sections: [
    { heading: 'Flares', statements: [{ text: 'Treating flares early shortens them.', citations: ['gout-guideline'], children: [] }] },
  ],
  origin: 'test',
};
store.putDocument(doc, 'hash', [
  {
    ordinal: 0,
    section: 'Flares',
    sectionOrdinal: 0,
    text: 'Treating flares early shortens them.',
    children: [],
    citations: ['gout-guideline'],
  },
]);

test('index tokens carry passage, field (title 0, section 1, body 2), position and the stemmed term', () => {
  const tokens = [...store.indexTokens()].sort((a, b) => a[1] - b[1] || a[2] - b[2]);
  assert.deepEqual(
    tokens.map(([, field, offset, term]) => [field, offset, term]),
    [
      [0, 0, 'manag'],
      [0, 1, 'gout'],
      [1, 0, 'flare'],
      [2, 0, 'treat'],
      [2, 1, 'flare'],
      [2, 2, 'earli'],
      [2, 3, 'shorten'],
      [2, 4, 'them'],
    ],
  );
});

test('a text is tokenised and stemmed exactly as passages are, in order, again and again', () => {
  assert.deepEqual(store.indexTerms('Managing GOUT flares, café'), ['manag', 'gout', 'flare', 'cafe']);
  assert.deepEqual(store.indexTerms('treated'), ['treat']);
});

test('the vocabulary counts passages; passage facts give source type, year, publication and heading', () => {
  assert.deepEqual(
    store.vocabulary().find((t) => t.term === 'flare'),
    { term: 'flare', passages: 1 },
  );
  assert.deepEqual(store.passageFacts(), [
    { id: 1, documentId: 'gout-guideline', publication: '123', heading: 'Managing gout Flares', sourceType: 'guideline', year: 2020 },
  ]);
});
