/* Which library topics a new guideline names: its own names only, the longest name wins, abbreviations as written. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GuidelineTopics, isGuideline } from './guideline-topics.ts';
import type { LibraryName } from '../store/index.ts';

const name = (n: string, documentId: string, role: LibraryName['role'] = 'name'): LibraryName => ({
  name: n,
  documentId,
  kind: 'topic',
  title: documentId,
  role,
});
const topics = new GuidelineTopics([
  name('Tinea pedis', 'tinea-pedis'),
  name("athlete's foot", 'tinea-pedis'),
  name('Hypertension', 'hypertension'),
  name('pulmonary hypertension', 'hypertension', 'excluded'),
  name('ALS', 'als'),
  name('Amyotrophic lateral sclerosis', 'als'),
  name('heart failure', 'hfref', 'broader'),
]);
const named = (title: string, mesh?: string[]) => topics.namedBy({ title, ...(mesh ? { mesh } : {}) });

test('a guideline names a topic by its title or alias in the title, or by a subject heading', () => {
  assert.deepEqual(named("Managing athlete's foot in primary care: a guideline"), ['tinea-pedis']);
  assert.deepEqual(named('Superficial fungal infections', ['Tinea Pedis', 'Antifungal Agents']), ['tinea-pedis']);
  assert.deepEqual(named('Hypertension in adults: diagnosis and management'), ['hypertension']);
});

test('a longer neighbouring name wins: a pulmonary hypertension guideline is not news for the hypertension topic', () => {
  assert.deepEqual(named('Pulmonary hypertension: ESC/ERS guidelines'), []);
});

test('an abbreviation matches only as written, and wider conditions (broader names) do not count', () => {
  assert.deepEqual(named('ALS: consensus guideline'), ['als']);
  assert.deepEqual(named('Guideline on als and other words'), []);
  assert.deepEqual(named('Heart failure guideline 2023'), []);
});

test('only imported documents whose own source is a guideline are guidelines', () => {
  const doc = (type: 'guideline' | 'consumer-health', kind: 'literature' | 'topic' = 'literature') => ({
    id: 'x',
    kind,
    title: 't',
    aliases: [],
    origin: 'x',
    sections: [],
    sources: [{ id: 's', type, title: 't', year: 2020 }],
  });
  assert.equal(isGuideline(doc('guideline')), true);
  assert.equal(isGuideline(doc('consumer-health')), false);
  assert.equal(isGuideline(doc('guideline', 'topic')), false);
});
