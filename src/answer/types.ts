/*
 * The composed answer: the JSON contract returned by the API and `ask --format json`, and the article
 * body that the workflow saves and the pages render.
 */
import type { Audience, SourceType, AdviceStatus } from '../types.ts';
import type { Readability } from './readability.ts';

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
  /** What the heading means, for students (set by `forAudience`). */
  note?: string;
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
  /** The question asks for a dose: patients and carers then see the doses of the statements that answer it. */
  asksDose?: boolean;
  /** The question asks how long, how soon or from what value: patients and carers then see those figures too. */
  asksFigure?: boolean;
  /** The condition or drug the answer is about, when one was recognised. */
  focus?: { id: string; title: string };
  followUps?: string[];
  /** An abstention's closest library topics, to read instead. */
  closestTopics?: { id: string; title: string }[];
  article?: ArticleSummary;
  message?: string;
  /** How hard the shown words are to read (set by `forAudience` for the reader it renders for). */
  readability?: Readability;
  /**
   * Patients and carers: statements written for professionals with no plain version in the library,
   * left out of this view (they stay in the clinician's).
   */
  leftOutForReader?: number;
  /** Patients and carers: questions worth taking to the care team, and when to seek care. */
  careQuestions?: string[];
  seekCare?: string;
  /** The question named a condition the evidence shown does not cover: said above the answer. */
  scopeNote?: string;
  /** A follow-up: the question as it was read in the context of the article it followed ("tofersen in ALS"). */
  answering?: string;
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
