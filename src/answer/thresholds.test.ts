import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueFit } from './thresholds.ts';

const potassium = (value: number) => [{ text: `K+ ${value}`, terms: ['potassium'], value }];

test('a value below a "below" threshold is within it, and outside an "above" one or a range it misses', () => {
  assert.equal(valueFit('If serum potassium is below 3.5 mmol/L, hold insulin and replace potassium.', potassium(3.1)), 'within');
  assert.equal(valueFit('With potassium 3.5-5.5 mmol/L, add 40 mmol to each litre.', potassium(3.1)), 'outside');
  assert.equal(valueFit('Potassium above 5.5 mmol/L needs no supplement.', potassium(3.1)), 'outside');
});

test('ranges are inclusive and thresholds may follow the number ("30 or above")', () => {
  const egfr = (value: number) => [{ text: '', terms: ['eGFR'], value }];
  assert.equal(valueFit('Halve the dose when eGFR is 15-29 mL/min.', egfr(29)), 'within');
  assert.equal(valueFit('No change is needed with eGFR 30 mL/min or above.', egfr(29)), 'outside');
});

test('an alternative threshold of the same value counts ("above 3.5, or above 3.0 with symptoms")', () => {
  const calcium = [{ text: '', terms: ['calcium'], value: 3.2 }];
  assert.equal(valueFit('Admit for adjusted calcium above 3.5 mmol/L, or above 3.0 mmol/L with symptoms.', calcium), 'within');
});

test('a target is not a threshold, a value in other units is not read, and another analyte is not this one', () => {
  const bp = [{ text: 'BP 124/72', terms: ['blood pressure'], value: 124 }];
  assert.equal(valueFit('Treat blood pressure to a target below 130/80 mmHg.', bp), undefined);
  assert.equal(valueFit('Intensify when HbA1c is above 7.5%.', [{ text: '', terms: ['HbA1c'], value: 62 }]), undefined);
  assert.equal(valueFit('Check potassium, and give insulin if glucose is above 14.', potassium(3.1)), undefined);
});

test('an age is read where statements give one ("aged 1-9 years")', () => {
  const child = [{ text: '6yo', terms: ['children'], value: 6, group: true }];
  assert.equal(valueFit('Give 600 mg to children aged 1-9 years.', child), 'within');
  assert.equal(valueFit('Give 1.2 g to adults and children aged 10 years or over.', child), 'outside');
});

test('an age threshold in months is read in years ("aged 6 months and over" holds a 4-year-old)', () => {
  const child = [{ text: '4yo', terms: ['children'], value: 4, group: true }];
  assert.equal(valueFit('First line for adults and children aged 6 months and over: mebendazole 100 mg once.', child), 'within');
});

test('an age in years after a word for people is read ("children under 2 years", "6 years or older"); other numbers are not ages', () => {
  const toddler = [{ text: '18 mo', terms: ['children'], value: 1.5, group: true }];
  assert.equal(valueFit('Give a 10-day course to children under 2 years and to those with severe symptoms.', toddler), 'within');
  assert.equal(valueFit('A 5-7-day course suits children 6 years or older with mild disease.', toddler), 'outside');
  assert.equal(valueFit('Reduce the dose in patients with creatinine clearance under 30 mL/min.', toddler), undefined);
});

test('a target whose verb comes before the analyte, or a requirement, is not a threshold the patient must meet', () => {
  const bp = [{ text: 'BP 195/105', terms: ['blood pressure'], value: 195 }];
  assert.equal(valueFit('After thrombolysis, keep blood pressure below 180/105 mmHg for at least 24 hours.', bp), undefined);
  assert.equal(valueFit('Lower blood pressure below 185/110 mmHg before starting IV thrombolysis.', bp), undefined);
  assert.equal(valueFit('Blood pressure must be below 185/110 mmHg before thrombolysis for stroke.', bp), undefined);
  // (A condition of whom the advice fits still reads: 195 is within "below 220/120".)
  assert.equal(valueFit('With blood pressure below 220/120 mmHg, starting antihypertensives does not improve outcomes.', bp), 'within');
});
