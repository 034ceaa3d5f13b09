import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FindingReader, writtenForAges } from './findings.ts';
import { tokenize } from './phrases.ts';
import { MalformedInputError } from '../../errors.ts';

function readerOf(lines: string[]): FindingReader {
  const file = join(mkdtempSync(join(tmpdir(), 'findings-')), 'findings.tsv');
  writeFileSync(file, ['term\tanalyte\tranges', ...lines].join('\n'));
  return new FindingReader(file);
}

const reader = readerOf(['K+\tpotassium\t<2.5 !hypokalaemia;<3.5 hypokalaemia', 'temp\ttemperature fever\t']);
const read = (question: string) => reader.read(tokenize(question), question);

test('a bound marked "!" is an emergency; the milder bound after it is not', () => {
  assert.deepEqual(
    read('K+ 2.1 on furosemide').conditions.map((c) => [c.name, c.urgent]),
    [['hypokalaemia', true]],
  );
  assert.deepEqual(
    read('K+ 3.1 on furosemide').conditions.map((c) => [c.name, c.urgent]),
    [['hypokalaemia', false]],
  );
});

test('a number followed by days or times is how long or how often, not the value measured', () => {
  assert.equal(read('had a temp 2 days ago').findings.filter((f) => f.terms.includes('temperature')).length, 0);
  assert.equal(read('temp 38.6 since yesterday').findings[0]?.value, 38.6);
});

test('a day counted from an event ("K+ 2.4 day 2 post op") keeps the value before it and is no age', () => {
  const { findings, conditions } = read('K+ 2.4 day 2 post op, weak');
  assert.deepEqual(
    conditions.map((c) => c.name),
    ['hypokalaemia'],
  );
  assert.equal(
    findings.some((f) => f.group !== undefined),
    false,
  );
});

test('an age said plainly after a person word is an age; a value after "sugar is" is not', () => {
  assert.deepEqual(
    read('my dad is 82 and keeps falling').findings.map((f) => [f.value, f.group]),
    [[82, true]],
  );
  assert.equal(read('my dad is 6 foot tall').findings.length, 0);
});

test('days after "with" or "for" near the start say how long, not a newborn\'s age ("woman with 2 days dysuria")', () => {
  assert.equal(read('woman with 2 days dysuria and urgency').findings.length, 0);
  assert.equal(read('man for 3 weeks coughing').findings.length, 0);
  assert.deepEqual(
    read('baby 7 months, fever').findings.map((f) => f.group),
    [true],
  );
});

test('weeks since a birth ("had our baby 10 weeks ago") read as the weeks after a birth, a baby ill days ago does not', () => {
  assert.deepEqual(read('she had our baby 10 weeks ago and cries a lot').findings[0]?.terms, ['postnatal', 'postpartum']);
  assert.equal(read('my baby had a rash 3 days ago').findings.length, 0);
});

test('a title written for an age band holds only for the ages it names', () => {
  assert.equal(writtenForAges('Fever in children under 5 (febrile child)', [0.25]), true);
  assert.equal(writtenForAges('Fever in children under 5 (febrile child)', [10]), false);
  assert.equal(writtenForAges('Bronchiolitis in infants', [1.5]), true);
  assert.equal(writtenForAges('Urinary tract infection in children', [68]), false);
  assert.equal(writtenForAges('Constipation in adults', [3]), false);
  assert.equal(writtenForAges('Constipation in adults', [15]), true);
  assert.equal(writtenForAges('Asthma', [3]), true);
});

test('a malformed range names the file and line', () => {
  assert.throws(
    () => readerOf(['K+\tpotassium\t<2.5 !hypokalaemia', 'Na\tsodium\tbelow 135']),
    (e: unknown) => {
      assert.ok(e instanceof MalformedInputError);
      assert.match(String((e as Error).message), /findings\.tsv.*3|line 3/);
      return true;
    },
  );
});

test('a creatinine that rises to 1.5 times its first value points to acute kidney injury; a smaller rise does not', () => {
  const renal = readerOf(['Cr\tcreatinine\tx1.5 acute kidney injury']);
  const conditions = (q: string) => renal.read(tokenize(q), q).conditions.map((c) => c.name);
  assert.deepEqual(conditions('Cr 92 → 210 µmol/L after 3 days of D&V'), ['acute kidney injury']);
  assert.deepEqual(conditions('Cr 80 to 130 since starting ramipril'), ['acute kidney injury']);
  assert.deepEqual(conditions('Cr 92 -> 110'), []);
  assert.deepEqual(conditions('Cr 210'), []);
});

test('"I\'m 66" is the reader\'s age; "I\'m 28 weeks" is a pregnancy, not an infant\'s age', () => {
  assert.deepEqual(
    read("my calves ache when I walk, I'm 66 and smoke").findings.map((f) => [f.value, f.group]),
    [[66, true]],
  );
  assert.deepEqual(
    read('im 71, is that too old').findings.map((f) => f.value),
    [71],
  );
  assert.equal(read("I'm 28 weeks and itchy").findings.filter((f) => f.value !== undefined).length, 0);
});

test('a value the meter "said" or a result "showed" is the value measured', () => {
  assert.deepEqual(
    read('dizzy and her K+ said 2.4 this morning').conditions.map((c) => [c.name, c.urgent]),
    [['hypokalaemia', true]],
  );
  assert.equal(read('temp showed 38.9 at midnight').findings[0]?.value, 38.9);
});

test('the sex of a compact age ("58M", "26F") is carried on the age finding', () => {
  assert.deepEqual(
    read('58M with a cough').findings.map((f) => [f.value, f.sex]),
    [[58, 'male']],
  );
  assert.equal(read('26F, K+ 3.0').findings.find((f) => f.group)?.sex, 'female');
  assert.equal(read('45yo, K+ 3.0').findings.find((f) => f.group)?.sex, undefined);
});

test('a seizure timed in minutes a few words on is still its duration; a bare number that far is not', () => {
  const timed = readerOf(['seizure\tseizure duration minutes\t>4min !status epilepticus']);
  const conditions = (q: string) => timed.read(tokenize(q), q).conditions.map((c) => c.name);
  assert.deepEqual(conditions('seizure at home for over 6 min, no IV access'), ['status epilepticus']);
  assert.deepEqual(conditions('seizure at home with 6 people watching'), []);
  assert.deepEqual(conditions('seizure at home, then 6 min later he woke'), []);
});

test('a value written with a thousands comma ("ferritin 1,100") is read whole, not as 1 (iron deficiency)', () => {
  const iron = readerOf(['ferritin\tferritin\t<30 iron deficiency', 'platelets\tplatelet\t']);
  const readIron = (question: string) => iron.read(tokenize(question), question);
  assert.equal(readIron('ferritin 1,100 and transferrin saturation 80%').findings[0]?.value, 1100);
  assert.deepEqual(readIron('ferritin 1,100 and transferrin saturation 80%').conditions, []);
  assert.equal(readIron('ferritin 12, 2 months ago').findings[0]?.value, 12);
  assert.deepEqual(
    readIron('ferritin 12, 2 months ago').conditions.map((c) => c.name),
    ['iron deficiency'],
  );
});

test('days after a symptom say how long it has lasted, not an infant\'s age ("fever 3 days, cough")', () => {
  assert.equal(read('fever 3 days, cough, what should i do').findings.length, 0);
  assert.equal(read('neonate 5 days, sticky eye').findings.length, 1);
});
