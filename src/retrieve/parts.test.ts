/* Where a question asks and the several things it asks: the ask span and its parts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askSpan, askedParts } from './parts.ts';

test('the ask begins at the clause that asks, after the vignette', () => {
  const q = '68F, K 2.7 on bendroflumethiazide – max rate of IV KCl?';
  assert.equal(q.slice(askSpan(q).from).trim(), '– max rate of IV KCl?');
});

test('a queried cause ("?GCA") is no question mark that ends an ask', () => {
  const q = 'new temporal headache, ESR 90 ?GCA, jaw pain – pred dose?';
  assert.deepEqual(askedParts(q), ['pred dose']);
});

test('without a clause that asks, a comma and "and" together separate two asks; "and" alone joins the story', () => {
  assert.deepEqual(askedParts('Classic symptoms of severe aortic stenosis, and why is surgery urgent once they start?'), [
    'Classic symptoms of severe aortic stenosis',
    'why is surgery urgent once they start',
  ]);
  assert.deepEqual(askedParts('why did me and my boyfriend both get a rash after the beach?'), [
    'why did me and my boyfriend both get a rash after the beach',
  ]);
});

test('a dash clause that ends in a full stop before the question is an aside: the ask is the sentence that asks', () => {
  const q = 'ward pharmacist here – K 2.6 on furosemide, team wants IV KCl. Max concentration and max rate? anything else';
  assert.equal(q.slice(askSpan(q).from).trim(), 'Max concentration and max rate? anything else');
});
