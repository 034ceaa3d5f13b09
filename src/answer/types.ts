/*
 * The composed answer: the JSON contract returned by the API and `ask --format json`, and the article
 * body that the workflow saves and the pages render.
 */
import type { Audience, SourceType, AdviceStatus } from '../types.ts';

export type AnswerStatus = 'answered' | 'insufficient_evidence' | 'out_of_scope' | 'crisis_support';

export interface AnswerStatement {
  text: string;
  /** What the statement is about, when it stands outside its own document's section ("Apixaban"). */
  subject?: string;
  /** Reference numbers (1-based) into `references`. */
  citations: number[];
  /** Plain-language wording for patients and carers, when the library gives one. */
  lay?: string;
  status?: AdviceStatus;
  children?: AnswerStatement[];
}

export interface AnswerSection {
  heading: string;
  statements: AnswerStatement[];
}

export interface AnswerReference {
  n: number;
  type: SourceType;
  title: string;
  /** Organisation and/or journal, as a reader would cite it. */
  source: string;
  year: number | null;
  pmid?: string;
  doi?: string;
  url?: string;
  /** Drug labels: the label's revision date (`YYYY-MM` or `YYYY-MM-DD`). */
  revised?: string;
  /** Where in this source the answer's statements stand (`§1.4.2`, `2 Dosage and administration`), in order of first citation. */
  locators?: string[];
}

export interface ArticleSummary {
  id: string;
  slug: string;
  reviewState: string;
  updatedAt: string;
  /** A source behind the article changed or was withdrawn since this version: it needs another review. */
  needsReview: boolean;
}

export interface Answer {
  status: AnswerStatus;
  question: string;
  audience: Audience;
  title: string;
  summary: string;
  /** The summary in plain language (internal: `forAudience` shows it to patients and carers). */
  laySummary?: string;
  sections: AnswerSection[];
  references: AnswerReference[];
  closing?: string;
  /**
   * How well the evidence found covers the question, 0 to 1: a named library topic or drug with all the
   * question's terms scores highest; open searches score by term coverage and evidence level.
   */
  confidence?: number;
  /** The condition or drug the answer is about, when one was recognised. */
  focus?: { id: string; title: string };
  followUps?: string[];
  /** An abstention's closest library topics, to read instead. */
  closestTopics?: { id: string; title: string }[];
  article?: ArticleSummary;
  message?: string;
  /** Hash of the evidence the answer was composed from; a change means the article needs a new version. */
  evidenceHash?: string;
  /** Documents the answer was composed from (internal: kept with the article, not shown). */
  evidenceDocuments?: string[];
}

/** The answer as the API and the CLI show it: without the internal bookkeeping fields. */
export function publicAnswer(answer: Answer): Omit<Answer, 'evidenceHash' | 'evidenceDocuments' | 'laySummary'> {
  const { evidenceHash: _hash, evidenceDocuments: _documents, laySummary: _lay, ...shown } = answer;
  return shown;
}
