/*
 * The clinical vocabulary shared by every pipeline stage: evidence sources, documents, statements and
 * the answers composed from them. Stages exchange these shapes and nothing else.
 */

export const sourceTypes = [
  'guideline',
  'systematic-review',
  'rct',
  'study',
  'review',
  'consumer-health',
  'drug-label',
  'safety-communication',
  'textbook',
] as const;
export type SourceType = (typeof sourceTypes)[number];

/** Evidence hierarchy used to order statements: lower rank is stronger evidence. */
export const evidenceRank: Record<SourceType, number> = {
  guideline: 0,
  'systematic-review': 1,
  rct: 2,
  'drug-label': 3,
  // A regulator's safety notice (FDA Drug Safety Communication, MHRA Drug Safety Update) stands with the label it changes.
  'safety-communication': 3,
  review: 4,
  study: 5,
  textbook: 6,
  'consumer-health': 7,
};

export const sourceTypeLabel: Record<SourceType, string> = {
  guideline: 'Guideline',
  'systematic-review': 'Systematic review',
  rct: 'Randomised trial',
  study: 'Research',
  review: 'Review',
  'consumer-health': 'Consumer health',
  'drug-label': 'Drug label',
  'safety-communication': 'Safety communication',
  textbook: 'Textbook',
};

/** A publication that statements cite. */
export interface Source {
  id: string;
  type: SourceType;
  title: string;
  organization?: string;
  journal?: string;
  year: number | null;
  pmid?: string;
  doi?: string;
  url?: string;
  authors?: string[];
  /** Drug labels: the label's revision date, `YYYY-MM` or `YYYY-MM-DD`. */
  revised?: string;
}

/**
 * Where in a source a statement stands: a citation key with its locator as written in the library
 * (`{ key: 'nice-ng136', locator: '§1.4.2' }`, `{ key: 'fda-eliquis', locator: '2.2 Dosage and administration' }`).
 */
export interface CitationLocator {
  key: string;
  locator: string;
}

export type Strength = 'strong' | 'conditional' | 'expert-opinion';
export type EvidenceLevel = 'high' | 'moderate' | 'low' | 'very-low';
export type AdviceStatus = 'current' | 'superseded' | 'withdrawn';

/** One clinical fact with the sources that support it; children qualify it. */
export interface Statement {
  text: string;
  lay?: string;
  /** Keys of the sources cited, each once, in the order written. */
  citations: string[];
  /** The citations that name a place in their source, in the order written; each key is one of `citations`. */
  locators?: CitationLocator[];
  strength?: Strength;
  evidence?: EvidenceLevel;
  status?: AdviceStatus;
  children: Statement[];
}

export type DocumentKind = 'topic' | 'drug' | 'literature';

/** A section of a document: a heading and its statements (library) or prose (literature). */
export interface DocumentSection {
  heading: string;
  statements: Statement[];
}

/** A document ready for the store: a library topic or drug, or an imported publication. */
export interface ClinicalDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  aliases: string[];
  /** Topics: names of the wider condition this topic covers only part of, used when nothing more specific is named. */
  broader?: string[];
  /** Combination drugs: the single components that have no monograph of their own. */
  ingredients?: string[];
  /** Neighbouring conditions that share this document's words but that it does not cover. */
  excludes?: string[];
  specialty?: string;
  reviewed?: string;
  sources: Source[];
  sections: DocumentSection[];
  /** Subject headings (MeSH) or keywords, when the source gives them. */
  mesh?: string[];
  /** Where the document came from, for messages: file path (and line for JSON Lines). */
  origin: string;
}

export const audiences = ['clinician', 'nurse-pharmacist', 'student', 'patient', 'caregiver'] as const;
export type Audience = (typeof audiences)[number];
