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

/** A library name (title or alias) that identifies a topic or drug in a question. */
export interface LibraryName {
  name: string;
  documentId: string;
  kind: DocumentKind;
  title: string;
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
}

export interface SearchOptions {
  limit: number;
  /** Restrict to these documents. */
  documentIds?: string[];
}

export interface Store {
  /** Run `fn` atomically: everything it writes lands, or nothing does. */
  transaction<T>(fn: () => T): T;
  /** Small facts about the store itself, such as the fingerprint of the library it holds. */
  meta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
  documentHash(id: string): string | undefined;
  putDocument(document: ClinicalDocument, contentHash: string, passages: PassageInput[]): void;
  deleteDocument(id: string): boolean;
  counts(): StoreCounts;
  libraryNames(): LibraryName[];
  search(ftsQuery: string, options: SearchOptions): PassageHit[];
  passagesOf(documentIds: string[]): Passage[];
  sources(ids: string[]): Source[];
  findArticleByKey(questionKey: string): StoredArticle | undefined;
  getArticle(idOrSlug: string): StoredArticle | undefined;
  recentArticles(limit: number): StoredArticle[];
  saveArticle(article: StoredArticle): void;
  close(): void;
}

/** What ingest hands the store for each passage; the store adds ids. */
export type PassageInput = Omit<Passage, 'id' | 'documentId' | 'documentTitle' | 'documentKind'>;
