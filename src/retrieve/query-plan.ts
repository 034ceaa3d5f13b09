/*
 * Turns a question into weighted index terms: fillers stripped, generic clinical words weighed down,
 * lexicon expansions and spelling corrections added at lower weight, multi-word concepts kept in order.
 */
import { frameWords, isFiller } from './fillers.ts';
import { normalise } from './analyse.ts';
import { genericClinicalWords } from './vocabulary.ts';
import type { RankingConfig } from './config.ts';
import type { SpellingCorrector } from './spelling.ts';

export type TermOrigin = 'typed' | 'generic' | 'expansion' | 'spelling' | 'feedback';

export interface PlannedTerm {
  /** The index's (stemmed) form. */
  term: string;
  weight: number;
  origin: TermOrigin;
}

/** Words that belong together, in order: the typed question and each multi-word expansion. */
export interface TermSequence {
  terms: string[];
  weight: number;
}

export interface QueryPlan {
  terms: PlannedTerm[];
  sequences: TermSequence[];
}

/** Another name for something the question mentions. */
export interface Expansion {
  phrase: string;
  /** True for the lexicon read backwards: a clinical name's lay, brand or other-spelling terms. */
  reverse: boolean;
  /** The question's words it was read from ("benzo", "TOC"). */
  from?: string;
  /** What those words always mean, wherever they stand ("scoped" is an endoscopy). */
  always?: boolean;
}

/** Other names for what a question mentions: synonyms, expanded abbreviations, generic or brand names. */
export interface QueryExpander {
  /** Phrases (plain words) to search besides the question's own words. */
  expand(question: string): Expansion[];
}

/** What planning needs from the index: its stems, and which terms it holds. */
export interface PlanningContext {
  stems(words: string[]): string[];
  frequency(term: string): number;
  corrector?: Pick<SpellingCorrector, 'correct'>;
  expander?: QueryExpander;
}

/** The words of a question that ranking uses (fillers dropped when the configuration says so). */
export function contentWords(question: string, stripFillers: boolean): string[] {
  const words = normalise(question)
    .split(' ')
    .filter((w) => w !== '');
  return stripFillers ? words.filter((w) => !isFiller(w)) : words;
}

export function planQuery(question: string, config: RankingConfig, context: PlanningContext): QueryPlan {
  const weights = new Map<string, PlannedTerm>();
  const add = (term: string, weight: number, origin: TermOrigin) => {
    const current = weights.get(term);
    if (!current) weights.set(term, { term, weight, origin });
    else if (origin === 'typed' || origin === 'generic') {
      // A word typed twice counts twice; an expansion never outweighs a typed word.
      const typed = current.origin === 'typed' || current.origin === 'generic';
      current.weight = typed ? Math.min(current.weight + weight, config.terms.maxTypedWeight) : Math.max(current.weight, weight);
      current.origin = origin;
    } else current.weight = Math.max(current.weight, weight);
  };
  const words = contentWords(question, config.terms.stripFillers);
  const stems = context.stems(words);
  const sequence: string[] = [];
  words.forEach((word, i) => {
    const stem = stems[i]!;
    const generic = genericClinicalWords.has(word) || frameWords.has(word);
    const typedWeight = generic ? config.terms.genericWordWeight : 1;
    let term = stem;
    if (config.spelling.enabled && context.corrector && context.frequency(stem) === 0 && word.length >= config.spelling.minLength) {
      const fixed = context.corrector.correct(stem, word.length >= config.spelling.twoEditsFrom ? 2 : 1);
      if (fixed) {
        add(fixed, typedWeight * config.spelling.weight, 'spelling');
        term = fixed;
      }
    }
    if (term === stem) add(stem, typedWeight, generic ? 'generic' : 'typed');
    sequence.push(term);
  });
  const sequences: TermSequence[] = [{ terms: sequence, weight: 1 }];
  if (config.expansion.enabled && context.expander) {
    for (const { phrase, reverse, from, always } of context.expander.expand(question)) {
      if (reverse && !config.expansion.reverse) continue;
      const phraseWords = contentWords(phrase, true);
      if (phraseWords.length === 0) continue;
      const phraseStems = context.stems(phraseWords);
      // Words the index never holds ("benzo", "TOC", "FRIII") contribute nothing as typed: what they stand
      // for takes their weight, as a spelling correction does, shared among its words ("test of cure"). So does
      // what a lay word always means ("when should he be scoped?" asks when the endoscopy is done).
      const fromWords = from === undefined ? [] : contentWords(from, true);
      const unheard = fromWords.length > 0 && context.stems(fromWords).every((stem) => context.frequency(stem) === 0);
      const weight = unheard || always ? Math.max(config.expansion.weight, 1 / phraseStems.length) : config.expansion.weight;
      // (A generic word counts as little read from an abbreviation as typed: "mx" is "management".)
      phraseStems.forEach((stem, i) => {
        const generic = genericClinicalWords.has(phraseWords[i]!) || frameWords.has(phraseWords[i]!);
        add(stem, generic ? Math.min(weight, config.terms.genericWordWeight) : weight, 'expansion');
      });
      if (phraseStems.length > 1) sequences.push({ terms: phraseStems, weight });
    }
  }
  return { terms: [...weights.values()], sequences };
}
