/* Ranking on the beir-mini fixture: fillers, fields, proximity, spelling, lexicon expansion, siblings, priors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import { loadCorpus } from '../eval/beir.ts';
import { openSqliteStore } from '../store/index.ts';
import { benchmarkConfig, defaultRankingConfig, withoutComponent } from './config.ts';
import { expanderFor } from './expansion.ts';
import { loadLexicon } from './lexicon/load.ts';
import { Ranker } from './rank.ts';

const corpus = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'beir-mini', 'corpus.jsonl');
const store = openSqliteStore(':memory:');
loadCorpus(store, corpus);
after(() => store.close());

const lexiconDir = mkdtempSync(join(tmpdir(), 'evidentia-lexicon-'));
after(() => rmSync(lexiconDir, { recursive: true, force: true }));
writeFileSync(join(lexiconDir, 'lay.tsv'), 'term\texpansions\tcontext\nheart attack\tmyocardial infarction\n');
const expander = expanderFor(loadLexicon(lexiconDir));
// Every component on, including those the frozen configuration leaves off (proximity, aspects,
// publication): these tests prove each still does what it says when switched on.
const base = benchmarkConfig();
const allOn = {
  ...base,
  proximity: { ...base.proximity, enabled: true },
  aspects: { ...base.aspects, enabled: true },
  publication: { ...base.publication, enabled: true },
};
const ranker = new Ranker(store, { config: allOn, expander });
const top = (question: string, r = ranker) => r.rank(question, { limit: 3 }).map((p) => p.documentId);

test('question words and message chatter are stripped; generic clinical words weigh less', () => {
  const plan = ranker.plan('Hi, what are the treatments for gout? Thanks in advance');
  assert.deepEqual(
    plan.terms.map((t) => [t.term, t.origin]),
    [
      ['treatment', 'generic'],
      ['gout', 'typed'],
    ],
  );
  assert.ok(plan.terms[0]!.weight < plan.terms[1]!.weight);
  assert.equal(top('Hi, what are the treatments for gout? Thanks in advance')[0], 'gout-treatment');
});

test('a title match outranks a passing mention in the body (field-weighted BM25)', () => {
  assert.equal(top('gout causes')[0], 'gout-causes');
});

test('adjacent query words found as a phrase outrank the same words far apart', () => {
  const ranked = top('heart failure');
  assert.equal(ranked[0], 'heart-failure');
  const scores = new Map(ranker.rank('heart failure').map((p) => [p.documentId, p.score]));
  const noProximity = new Ranker(store, { config: withoutComponent(allOn, 'proximity'), index: ranker.index });
  const plain = new Map(noProximity.rank('heart failure').map((p) => [p.documentId, p.score]));
  assert.ok(scores.get('heart-failure')! - plain.get('heart-failure')! > scores.get('heart-health')! - plain.get('heart-health')!);
});

test('a misspelt word is corrected against the index vocabulary, at the configured weight', () => {
  const plan = ranker.plan('symptoms of diabetis');
  const corrected = plan.terms.find((t) => t.origin === 'spelling');
  assert.equal(corrected?.term, 'diabet');
  assert.equal(corrected!.weight, benchmarkConfig().spelling.weight);
  assert.equal(
    plan.terms.some((t) => t.term === 'diabeti'),
    false,
  );
  assert.equal(top('symptoms of diabetis')[0], 'diabetes-symptoms');
});

test('lay terms are expanded through the lexicon, below the words typed', () => {
  const plan = ranker.plan('heart attack');
  assert.deepEqual(
    plan.terms.filter((t) => t.origin === 'expansion').map((t) => t.term),
    ['myocardi', 'infarct'],
  );
  assert.ok(plan.terms.every((t) => t.origin !== 'expansion' || t.weight < 1));
  assert.equal(top('heart attack')[0], 'infarction');
  assert.notEqual(top('heart attack', new Ranker(store, { config: benchmarkConfig(), index: ranker.index }))[0], 'infarction');
});

test('passages of the same publication lend each other a share of their score', () => {
  const withSibling = new Map(ranker.rank('colchicine allopurinol').map((p) => [p.documentId, p.score]));
  const alone = new Ranker(store, { config: withoutComponent(allOn, 'publication'), index: ranker.index });
  const without = new Map(alone.rank('colchicine allopurinol').map((p) => [p.documentId, p.score]));
  assert.ok(withSibling.get('111-a')! > without.get('111-a')!);
});

test('evidence and recency priors are on for answers and off for benchmarks', () => {
  assert.equal(defaultRankingConfig.priors.evidence, true);
  assert.equal(benchmarkConfig().priors.evidence, false);
  assert.equal(benchmarkConfig().priors.recency, false);
  // Studies (PMID) outrank consumer health when priors are on; scores only ever grow.
  const withPriors = new Ranker(store, { config: defaultRankingConfig, index: ranker.index });
  const a = withPriors.rank('colchicine').find((p) => p.documentId === '111-a')!;
  const b = ranker.rank('colchicine').find((p) => p.documentId === '111-a')!;
  assert.ok(a.score > b.score);
});

test('a question with no indexed word ranks nothing', () => {
  assert.deepEqual(ranker.rank('what is it?'), []);
});
