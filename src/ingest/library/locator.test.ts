import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locatorProblem, splitCitation } from './locator.ts';

test('a citation splits into its key and the locator after the first space', () => {
  assert.deepEqual(splitCitation('nice-ng136'), { key: 'nice-ng136' });
  assert.deepEqual(splitCitation(' nice-ng136  §1.4.2 '), { key: 'nice-ng136', locator: '§1.4.2' });
  assert.deepEqual(splitCitation('fda-eliquis 2 Dosage  and administration'), { key: 'fda-eliquis', locator: '2 Dosage and administration' });
});

test('guideline locators accept sections, recommendations, tables, figures, boxes, appendices and pages, alone or combined', () => {
  for (const locator of ['§1.4.2', '§ 4.3', '§1.4.2-1.4.4', 'section 3', 'rec 1.4.2', 'recommendation 12', 'Table 2', 'table S3', 'table 2.1', 'figure 1', 'box 3', 'appendix B', 'p 12', 'p. 12', 'pp 12-14', 'p e563', 'pp e563–e570', '§4.3 table 5', '§3.2 rec 4']) {
    assert.equal(locatorProblem(locator, 'guideline'), undefined, locator);
  }
});

test('guideline locators reject free text, bare numbers and label sections', () => {
  for (const locator of ['somewhere in the middle', '1.4.2', 'page twelve', 'table', '§', 'p12', '2 Dosage and administration', '§1.4.2 and more']) {
    assert.match(locatorProblem(locator, 'guideline') ?? '', /is not a recognisable place in the source/, locator);
  }
});

test('drug-label locators must name a standard section of a US label or an SmPC', () => {
  for (const locator of ['2 Dosage and administration', '2.2 Dosage and administration', '4 Contraindications', '5 Warnings and Precautions', '6 Adverse reactions', '7 Drug interactions', '8 Use in specific populations', '8.1 Pregnancy', '17 Patient counselling information', '4.2 Posology and method of administration', '4.8 Undesirable effects', '4.6 Fertility, pregnancy and lactation', '4.6 Fertility pregnancy and lactation', 'Boxed warning', 'Warnings']) {
    assert.equal(locatorProblem(locator, 'drug-label'), undefined, locator);
  }
});

test('drug-label locators name what is wrong: a bare number, a wrong name, a number no label has, a guideline form', () => {
  assert.equal(locatorProblem('2.2', 'drug-label'), 'drug-label locator "2.2" must name its standard section: write US label: "2.2 Dosage and administration"');
  assert.equal(
    locatorProblem('4.2', 'drug-label'),
    'drug-label locator "4.2" must name its standard section: write US label: "4.2 Contraindications" or SmPC: "4.2 Posology and method of administration"',
  );
  assert.equal(
    locatorProblem('2 Dosing in renal impairment', 'drug-label'),
    'drug-label locator "2 Dosing in renal impairment": section 2 is not "Dosing in renal impairment" (US label: "2 Dosage and administration")',
  );
  assert.match(locatorProblem('18 Appendix', 'drug-label') ?? '', /18 is not a standard label section/);
  assert.match(locatorProblem('§1.4.2', 'drug-label') ?? '', /does not name a standard label section/);
  assert.match(locatorProblem('p 12', 'drug-label') ?? '', /does not name a standard label section/);
});
