/* Public API of the retrieve stage: question analysis and passage search. */
export { Retriever, ftsQuery, mentions } from './search.ts';
export { analyseQuestion, NameMatcher, normalise, questionTerms, detectIntent } from './query.ts';
export type { QueryAnalysis, Retrieval, Intent } from './types.ts';
export { intents } from './types.ts';
export { stopWords, healthWords, medicalWordEnding, genericClinicalWords } from './vocabulary.ts';
export { Ranker } from './rank.ts';
export type { RankedPassage, RankerOptions } from './rank.ts';
export { RankingIndex } from './ranking-index.ts';
export { defaultRankingConfig, benchmarkConfig, withoutComponent, rankingComponents } from './config.ts';
export type { RankingConfig, RankingComponent } from './config.ts';
export { planQuery } from './query-plan.ts';
export type { QueryPlan, QueryExpander, PlannedTerm } from './query-plan.ts';
