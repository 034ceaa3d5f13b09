/*
 * The regimen reader: doses, lists of drugs and the taking and switch words come from the lexicon's context
 * cues, written here in a small table of our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVocabularyTables } from '../lexicon/tables.ts';
import { followedByStrength, pastDose, regimenWords, switchedBefore, takesBefore } from './regimen.ts';
import { tokenize } from './phrases.ts';

const dir = mkdtempSync(join(tmpdir(), 'evidentia-regimen-'));
const cues: [string, string][] = [
  ['on', 'taking'],
  ['taking', 'taking'],
  ['switching', 'switch'],
  ['prescribed', 'given'],
  ['bd', 'frequency'],
  ['daily', 'frequency'],
  ['mg', 'unit'],
  ['g', 'unit'],
];
writeFileSync(join(dir, 'context-cues.tsv'), ['cue\trole', ...cues.map((c) => c.join('\t'))].join('\n'));
const words = regimenWords(loadVocabularyTables(dir).contextWords);
const at = (question: string, word: string) => tokenize(question).findIndex((t) => t.folded === word);

test('the dose typed after a drug is passed to find what the drug is for', () => {
  const question = 'on apixaban 5 mg bd for AF';
  const tokens = tokenize(question);
  assert.equal(pastDose(words, tokens, at(question, 'for')), at(question, 'apixaban') + 1);
  // A word that is no dose stops the reading ("on" before the drug).
  assert.equal(pastDose(words, tokens, at(question, 'apixaban')), at(question, 'apixaban'));
});

test('drugs with doses between them stay one list; a verb between them ends it', () => {
  assert.ok(words.listJoin.test(' 10, '));
  assert.ok(words.listJoin.test(' 1g bd, '));
  assert.ok(words.listJoin.test(' and his '));
  assert.ok(!words.listJoin.test(' stopped, then '));
  // A unit the lexicon does not list is no dose.
  assert.ok(!words.listJoin.test(' 5 puffs, '));
  // A bracket opened after a drug names the product taken: "on PrEP (Descovy)".
  assert.ok(words.listJoin.test(' ('));
  assert.ok(!words.listJoin.test(' (for '));
});

test('taking, given and switch words mark the drug the patient is on; an ask does not', () => {
  const taken = (question: string, drug: string) => takesBefore(words, tokenize(question), at(question, drug));
  assert.ok(taken('taking sertraline, now anxious', 'sertraline'));
  assert.ok(taken('was prescribed trimethoprim yesterday', 'trimethoprim'));
  assert.ok(taken('switching ramipril to entresto', 'ramipril'));
  assert.ok(!taken('switching ramipril to entresto', 'entresto'));
  assert.ok(!taken('can I take ibuprofen?', 'ibuprofen'));
  // (…past how often: "on daily aspirin" is taken.)
  assert.ok(taken('on daily aspirin and wants ibuprofen', 'aspirin'));
  assert.ok(!taken('on daily aspirin and wants ibuprofen', 'ibuprofen'));
  assert.ok(switchedBefore(words, tokenize('switching ramipril'), 1));
});

test('a strength after a word is read in one token or two', () => {
  assert.ok(followedByStrength(words, tokenize('singular 10mg'), 0));
  assert.ok(followedByStrength(words, tokenize('singular 10 mg'), 0));
  assert.ok(!followedByStrength(words, tokenize('singular 10 puffs'), 0));
});
