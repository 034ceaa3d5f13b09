/* Public API of the retrieve stage: question analysis and passage search. */
export { Retriever, ftsQuery, mentions, chooseFocus } from './search.ts';
export type { RetrieverOptions } from './search.ts';
export { analyseQuestion, normalise, questionTerms } from './analyse.ts';
export { ConceptLinker } from './concepts/link.ts';
export { FindingReader } from './concepts/findings.ts';
export { loadVocabularyTables } from './lexicon/tables.ts';
export type { VocabularyTables, HealthCategory } from './lexicon/tables.ts';
export type { ConceptLinks, LinkedDocument, UncoveredConcept, Finding } from './concepts/types.ts';
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
