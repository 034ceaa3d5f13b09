/*
 * Evidence-level and recency priors: multipliers on a passage's score for answers (stronger and newer
 * sources first), switched off for benchmarks whose corpora carry neither.
 */
import { evidenceRank } from '../types.ts';
import type { PassageFacts } from '../store/index.ts';
import type { RankingConfig } from './config.ts';

const weakestRank = Math.max(...Object.values(evidenceRank));

/** 1 + evidenceWeight for a guideline, falling linearly to 1 for consumer health (or no source). */
export function evidenceMultiplier(facts: PassageFacts, config: RankingConfig['priors']): number {
  if (!config.evidence || facts.sourceType === undefined) return 1;
  return 1 + config.evidenceWeight * (1 - evidenceRank[facts.sourceType] / weakestRank);
}

/** 1 + recencyWeight for a source of this year, halving every `recencyHalfLifeYears`. */
export function recencyMultiplier(facts: PassageFacts, config: RankingConfig['priors'], thisYear = new Date().getFullYear()): number {
  if (!config.recency || facts.year === undefined) return 1;
  const age = Math.max(0, thisYear - facts.year);
  return 1 + config.recencyWeight * 0.5 ** (age / config.recencyHalfLifeYears);
}

export function priorMultiplier(facts: PassageFacts, config: RankingConfig['priors']): number {
  return evidenceMultiplier(facts, config) * recencyMultiplier(facts, config);
}
