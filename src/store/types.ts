/*
 * The store's interface: what the pipeline needs from storage, in clinical terms. SQLite implements it
 * today (store/sqlite); a PostgreSQL implementation can follow behind the same types.
 */
import type { ClinicalDocument, DocumentKind, EvidenceLevel, Source, SourceType, AdviceStatus, Strength, Statement, Audience } from '../types.ts';
import type { Answer } from '../answer/types.ts';

/** A stored passage: one library statement (with its qualifiers) or a chunk of imported prose. */
export interface Passage {
  id: number;
  documentId: string;
  documentTitle: string;
  documentKind: DocumentKind;
  ordinal: number;
  section: string;
  sectionOrdinal: number;
  text: string;
  lay?: string;
  children: Statement[];
  /** Global source ids. */
  citations: string[];
  strength?: Strength;
  evidence?: EvidenceLevel;
  status?: AdviceStatus;
}

export interface PassageHit extends Passage {
  /** BM25 relevance from the index: higher is better. */
  score: number;
}

/**
 * How a library name relates to its document: its own title or alias; a wider condition the topic covers
 * part of ("heart failure" for HFrEF); a component of a combination product ("formoterol"); or a
 * neighbouring condition the document does not cover ("HFpEF"), which must keep questions away from it.
 */
export type NameRole = 'name' | 'broader' | 'ingredient' | 'excluded';

/** A library name (title or alias) that identifies a topic or drug in a question. */
export interface LibraryName {
  name: string;
  documentId: string;
  kind: DocumentKind;
  title: string;
  role: NameRole;
}

export interface StoreCounts {
  documents: number;
  passages: number;
  sources: number;
  articles: number;
  byType: Partial<Record<SourceType, number>>;
}

export type ReviewState = 'submitted' | 'under_review' | 'approved';

export interface StoredArticle {
  id: string;
  slug: string;
  question: string;
  questionKey: string;
  audience: Audience;
  answer: Answer;
  evidenceHash: string;
  reviewState: ReviewState;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Documents the article was composed from. */
  documentIds: string[];
  /** A document it cites changed or was deleted since this version was saved. */
  needsReview: boolean;
}

export interface SearchOptions {
  limit: number;
  /** Restrict to these documents. */
  documentIds?: string[];
  /** bm25() weights of title, section heading and body; the store's `columnWeights` unless given. */
  columnWeights?: { title: number; section: number; body: number };
}

/** One token of the full-text index: passage id, field (0 title, 1 section, 2 body), position, stemmed term. */
export type IndexedToken = [passageId: number, field: 0 | 1 | 2, offset: number, term: string];

/** A term of the full-text index and how many passages contain it. */
export interface TermStatistic {
  term: string;
  passages: number;
}

/** What ranking needs to know about a passage besides its words. */
export interface PassageFacts {
  id: number;
  documentId: string;
  /** Strongest source type among the sources the passage cites (or its document's sources). */
  sourceType?: SourceType;
  /** Latest publication year among those sources. */
  year?: number;
  /** The publication the passage comes from: its source's PMID when known, else its document. */
  publication: string;
  /** Document title and section heading: what the passage is said to answer. */
  heading: string;
}

export interface Store {
  /** Run `fn` atomically: everything it writes lands, or nothing does. */
  transaction<T>(fn: () => T): T;
  /** An explicit transaction for imports that stream across asynchronous reads. */
  begin(): void;
  commit(): void;
  rollback(): void;
  /** Small facts about the store itself, such as the fingerprint of the library it holds. */
  meta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
  documentHash(id: string): string | undefined;
  /** Insert or replace a document; replacing one flags the articles composed from it for re-review. */
  putDocument(document: ClinicalDocument, contentHash: string, passages: PassageInput[]): void;
  /** Delete a document and everything it owns; flags the articles composed from it. */
  deleteDocument(id: string): boolean;
  counts(): StoreCounts;
  libraryNames(): LibraryName[];
  search(ftsQuery: string, options: SearchOptions): PassageHit[];
  /** Every token of the full-text index, for ranking in memory. */
  indexTokens(): Iterable<IndexedToken>;
  /** A text's index terms, tokenised and stemmed exactly as passages are, in order. */
  indexTerms(text: string): string[];
  /** The full-text index's vocabulary with passage counts. */
  vocabulary(): TermStatistic[];
  /** Document, evidence and publication facts of every passage. */
  passageFacts(): PassageFacts[];
  passagesOf(documentIds: string[]): Passage[];
  sources(ids: string[]): Source[];
  findArticleByKey(questionKey: string): StoredArticle | undefined;
  getArticle(idOrSlug: string): StoredArticle | undefined;
  recentArticles(limit: number): StoredArticle[];
  saveArticle(article: StoredArticle): void;
  /** Move an article's current version to another review state. */
  setReviewState(id: string, state: ReviewState): void;
  /** Articles in a review state, oldest first (the review queue). */
  articlesInState(state: ReviewState, limit: number): StoredArticle[];
  close(): void;
}

/** What ingest hands the store for each passage; the store adds ids. */
export type PassageInput = Omit<Passage, 'id' | 'documentId' | 'documentTitle' | 'documentKind'>;
