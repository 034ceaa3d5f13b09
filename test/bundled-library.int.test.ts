/* Acceptance checks on the bundled library: the seed ALS answer, refusals and abstentions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledLibrary, tempEngine } from './helpers.ts';
import { allStatements, assertCitationContract } from './contract.ts';
import { checkLibrary } from '../src/ingest/index.ts';

const engine = await tempEngine(bundledLibrary);

test('the bundled library passes library check with no errors', () => {
  const errors = checkLibrary(bundledLibrary).problems.filter((p) => p.severity === 'error');
  assert.deepEqual(errors, []);
});

test('the ALS management question gets the seed article: specialist sections in order, every statement cited', () => {
  const answer = engine.ask('What is the management approach for Amyotrophic Lateral Sclerosis (ALS)?');
  assert.equal(answer.status, 'answered');
  assertCitationContract(answer);
  const headings = answer.sections.map((s) => s.heading.toLowerCase());
  const expected = [
    /disease-modifying/,
    /bulbar|speech|swallow/,
    /nutrition/,
    /respiratory/,
    /palliative|advance care/,
    /multidisciplinary/,
    /pitfalls/,
  ];
  const positions = expected.map((re) => headings.findIndex((h) => re.test(h)));
  assert.ok(
    positions.every((p) => p >= 0),
    `sections present: ${headings.join(' | ')}`,
  );
  assert.equal(headings[headings.length - 1], 'common pitfalls and caveats');
  const text = allStatements(answer)
    .map((s) => s.text)
    .join('\n');
  for (const term of [
    /riluzole/i,
    /edaravone/i,
    /non-invasive ventilation|\bNIV\b/i,
    /gastrostomy/i,
    /palliative care/i,
    /multidisciplinary/i,
  ]) {
    assert.match(text, term);
  }
  assert.match(text, /riluzole 50 mg/i);
  assert.match(answer.summary, /riluzole/i);
});

test('a question about a condition the library lacks abstains and names no other disease', () => {
  const answer = engine.ask('What is the treatment for Gaucher disease type 1?');
  assert.equal(answer.status, 'insufficient_evidence');
  assert.deepEqual(answer.sections, []);
  assert.deepEqual(answer.references, []);
});

test('non-health questions are refused', () => {
  assert.equal(engine.ask("What's the best pizza in New York?").status, 'out_of_scope');
  assert.equal(engine.ask('How do I fix the brakes on my car?').status, 'out_of_scope');
});

test('brand names and lay misspellings reach the library through the lexicon', () => {
  const interaction = engine.ask('can I take tylenol with coumadin');
  assert.equal(interaction.status, 'answered');
  assert.equal(interaction.title, 'Paracetamol (acetaminophen) and warfarin: contraindications and interactions');
  assert.match(JSON.stringify(interaction.sections), /raise the INR/);
  assert.equal(engine.ask('what is alzhiemers').focus?.id, 'dementia');
});

test('patients get the plain-language summary and statements of the same article', () => {
  const clinician = engine.ask('How is gout managed?');
  const patient = engine.ask('How is gout managed?', 'patient');
  assert.equal(patient.article?.id, clinician.article?.id);
  assert.notEqual(patient.summary, clinician.summary);
  assert.match(clinician.summary, /^Gout is an inflammatory arthritis/);
  assert.doesNotMatch(patient.summary, /monosodium urate/);
  assert.deepEqual(patient.references, clinician.references);
  assert.equal('laySummary' in patient, false);
});
