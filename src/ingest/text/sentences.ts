/*
 * Sentence splitting with wink-nlp. Clinical abbreviations that end in a full stop ("et al.", "b.i.d.",
 * "e.g.") are protected first so they do not end a sentence.
 */
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

// wink-nlp and its model take a tenth of a second or more to load: they are required on the first split,
// not by every process that imports this module (answering a question from the library never splits).
const require = createRequire(import.meta.url);

const protectedAbbreviations = [
  'et al.',
  'e.g.',
  'i.e.',
  'b.i.d.',
  't.i.d.',
  'q.i.d.',
  'q.d.',
  'p.o.',
  'i.v.',
  'i.m.',
  's.c.',
  'p.r.n.',
  'approx.',
  'vs.',
  'Dr.',
  'Fig.',
  'Figs.',
  'No.',
  'cf.',
  'etc.)',
  'Ref.',
  'St.',
  'Jr.',
  'Inc.',
  'Ltd.',
  'U.S.',
  'U.K.',
];
const placeholder = '\uE000';
const abbreviationPattern = new RegExp(
  protectedAbbreviations.map((a) => `(?<![A-Za-z])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).join('|'),
  'gi',
);

let nlp: ReturnType<typeof winkNLP> | undefined;

/** Split prose into sentences, keeping abbreviations and decimals intact. */
export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return [];
  // Sentence boundaries only: the other pipes (POS, NER, sentiment) cost time and are not used here.
  nlp ??= (require('wink-nlp') as typeof winkNLP)(require('wink-eng-lite-web-model') as typeof model, ['sbd']);
  const guarded = clean.replace(abbreviationPattern, (m) => m.replace(/\./g, placeholder));
  return nlp
    .readDoc(guarded)
    .sentences()
    .out()
    .map((s) => s.replaceAll(placeholder, '.').trim())
    .filter((s) => s.length > 0);
}
