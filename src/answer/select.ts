/*
 * Chooses the passages an answer is built from: for a named topic or drug, the sections that answer
 * the question's intent; for an open search, the best-ranked passages that mention what was asked.
 */
import { evidenceRank } from '../types.ts';
import { mentions } from '../retrieve/index.ts';
import { isCautionHeading, isOverviewHeading, sectionRules } from './outline.ts';
import type { PassageHit } from '../store/index.ts';
import type { Retrieval } from '../retrieve/index.ts';
import type { SourceType } from '../types.ts';

export const selectionLimits = {
  /** Statements of an overview section kept in a management answer: context, not the answer itself. */
  overviewStatements: 3,
  /** Fallback when no section matches a narrow intent: the best-scoring passages of the focus. */
  fallbackPassages: 12,
  /** Passages kept from an open search. */
  openPassages: 10,
  /** Upper bound on top-level statements in one answer. */
  maxStatements: 70,
  /** Open search keeps passages scoring at least this share of the best one. */
  openRelativeScore: 0.35,
};

/** Relevance multiplier by evidence type: a guideline outranks a consumer page of equal BM25 score. */
export function evidencePrior(type: SourceType | undefined): number {
  return type === undefined ? 1 : 1 + 0.06 * (7 - evidenceRank[type]);
}

export function selectPassages(retrieval: Retrieval, sourceType: (p: PassageHit) => SourceType | undefined): PassageHit[] {
  const { analysis, passages } = retrieval;
  if (analysis.focus.length === 0) {
    const relevant = passages
      .filter((p) => analysis.focusTerms.every((t) => mentions(p, t)))
      .map((p) => ({ p, rank: p.score * evidencePrior(sourceType(p)) }))
      .sort((a, b) => b.rank - a.rank);
    const best = relevant[0]?.rank ?? 0;
    return relevant
      .filter((r) => r.rank >= best * selectionLimits.openRelativeScore)
      .slice(0, selectionLimits.openPassages)
      .map((r) => r.p);
  }

  const rule = sectionRules[analysis.intent];
  const chosen: PassageHit[] = [];
  for (const documentId of new Set(analysis.focus.map((f) => f.documentId))) {
    const own = passages.filter((p) => p.documentId === documentId);
    let picked: PassageHit[];
    if (rule.include) {
      picked = own.filter((p) => rule.include!.test(p.section));
      if (picked.length === 0) picked = bestScoring(own);
    } else {
      const overview = new Map<number, number>();
      picked = own.filter((p) => {
        if (rule.exclude?.test(p.section)) return false;
        if (!isOverviewHeading(p.section)) return true;
        const seen = overview.get(p.sectionOrdinal) ?? 0;
        overview.set(p.sectionOrdinal, seen + 1);
        return seen < selectionLimits.overviewStatements;
      });
    }
    chosen.push(...picked);
  }
  return chosen.slice(0, selectionLimits.maxStatements);
}

function bestScoring(passages: PassageHit[]): PassageHit[] {
  return passages
    .filter((p) => p.score > 0 && !isCautionHeading(p.section))
    .sort((a, b) => b.score - a.score)
    .slice(0, selectionLimits.fallbackPassages)
    .sort((a, b) => a.ordinal - b.ordinal);
}
