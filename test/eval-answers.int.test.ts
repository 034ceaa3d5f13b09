/* The answers-fit harness (`evidentia eval answers`) scores a dev-robust style set as its README defines. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledLibrary, tempEngine } from './helpers.ts';
import { evaluateAnswers, type EvalQuestion } from '../src/eval/answers.ts';

const engine = await tempEngine(bundledLibrary);
const question = (q: Partial<EvalQuestion> & Pick<EvalQuestion, 'id' | 'question'>): EvalQuestion => ({
  audience: 'clinician',
  must: [],
  nice: [],
  mustHave: [],
  ...q,
});

test('routed, full pass and wrong-topic follow the title pattern; abstain questions the library now answers are listed with their topic', () => {
  const report = evaluateAnswers(engine, [
    question({
      id: 'L1',
      kind: 'library',
      question: 'Croup in a 3 year old – dexamethasone dose?',
      title: 'croup|dexamethasone',
      must: [['0\\.15 ?mg/kg']],
    }),
    question({
      id: 'L2',
      kind: 'library',
      question: 'Croup in a 3 year old – dexamethasone dose?',
      title: 'asthma',
      must: [['0\\.15 ?mg/kg']],
    }),
    question({ id: 'A1', kind: 'abstain', question: 'Pulmonary arterial hypertension – bosentan dose?', expect: 'abstain' }),
    question({ id: 'A2', kind: 'abstain', question: 'Croup with stridor at rest – dexamethasone dose?', expect: 'abstain' }),
    question({ id: 'R1', kind: 'out_of_scope', question: 'Write a limerick about my cat', expect: 'refuse' }),
  ]);
  const r = report.robust!;
  assert.equal(r.library, 2);
  assert.equal(r.routed, 1);
  assert.equal(r.fullPass, 1);
  assert.equal(r.wrongTopic, 1);
  assert.deepEqual(r.abstain, { right: 1, of: 2 });
  assert.equal(r.abstainAnswered.length, 1);
  assert.equal(r.abstainAnswered[0]!.id, 'A2');
  assert.match(r.abstainAnswered[0]!.about, /croup/i);
  assert.deepEqual(r.refuse, { right: 1, of: 1 });
});
