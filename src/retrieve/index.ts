/* Public API of the retrieve stage: question analysis and passage search. */
export { Retriever, ftsQuery, mentions } from './search.ts';
export { analyseQuestion, NameMatcher, normalise, questionTerms, detectIntent } from './query.ts';
export type { QueryAnalysis, Retrieval, Intent } from './types.ts';
export { intents } from './types.ts';
export { stopWords, healthWords, medicalWordEnding, genericClinicalWords } from './vocabulary.ts';
