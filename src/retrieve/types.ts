/*
 * What retrieval hands the answer stage: the question understood (terms, intent, focus) and the
 * passages found for it, scored.
 */
import type { LibraryName, PassageHit } from '../store/index.ts';

export const intents = [
  'management',
  'dosing',
  'adverse-effects',
  'contraindications',
  'monitoring',
  'diagnosis',
  'prognosis',
  'prevention',
  'definition',
  'comparison',
] as const;
export type Intent = (typeof intents)[number];

export interface QueryAnalysis {
  question: string;
  /** Index terms after question words and fillers are stripped. */
  terms: string[];
  /** Terms that name what is asked about, beyond generic clinical words; all must be found. */
  focusTerms: string[];
  /** Library topics and drugs named in the question (longest matches, in order of appearance). */
  focus: LibraryName[];
  intent: Intent;
  /** False when nothing in the question is about health. */
  healthRelated: boolean;
  /** True when the text tries to steer the engine instead of asking a question. */
  injection: boolean;
}

export interface Retrieval {
  analysis: QueryAnalysis;
  passages: PassageHit[];
  /** Imported-literature passages on the same focus as a named library topic, best first. */
  supporting: PassageHit[];
  /** Open searches: inverse document frequency of each focus term in the store (0 = no passage has it). */
  termWeights: Record<string, number>;
  /** Focus terms that no retrieved passage contains: the evidence that is missing. */
  missingTerms: string[];
}
