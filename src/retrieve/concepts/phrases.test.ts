import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTable, tokenize } from './phrases.ts';

const found = (table: PhraseTable<string>, text: string) => table.findAll(tokenize(text)).map((m) => m.value);

test('a phrase written with an apostrophe is also found typed without it ("didnt work", "crohns")', () => {
  const table = new PhraseTable<string>();
  table.add("didn't work", 'next-step');
  table.add("Crohn's disease", 'condition');
  assert.deepEqual(found(table, 'tried it twice and it didnt work'), ['next-step']);
  assert.deepEqual(found(table, "tried it twice and it didn't work"), ['next-step']);
  assert.deepEqual(found(table, 'crohns disease flare'), ['condition']);
});

test('a phrase and its apostrophe-less twin listed both give one value, not two', () => {
  const table = new PhraseTable<string>();
  table.add("can't sleep", 'symptom');
  table.add('cant sleep', 'symptom');
  assert.deepEqual(table.get('cant sleep'), ['symptom']);
});
