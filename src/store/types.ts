/*
 * The store's interface: what the pipeline needs from storage, in clinical terms. SQLite implements it
 * today (store/sqlite); a PostgreSQL implementation can follow behind the same types.
 */
import type {
  CitationLocator,
  ClinicalDocument,
  DocumentKind,
  EvidenceLevel,
  Source,
  SourceType,
  AdviceStatus,
  Strength,
  Statement,
  Audience,
} from '../types.ts';
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
  /** Where in its sources the statement stands (global source ids), when the library says. */
  locators?: CitationLocator[];
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

/**
 * Where an article stands with the Medical Advisory Board. `needs_re_review`: it was approved, then a
 * source it cites changed or was withdrawn on import.
 */
export const reviewStates = ['submitted', 'under_review', 'changes_requested', 'approved', 'needs_re_review'] as const;
export type ReviewState = (typeof reviewStates)[number];

/** What a person may do: readers ask; editors edit and resubmit; reviewers claim, approve, request changes; admins manage users. */
export const roles = ['reader', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof roles)[number];

/** A person with an account, as shown and checked (never with a password hash). */
export interface BoardMember {
  id: number;
  /** Sign-in name, unique regardless of case. */
  name: string;
  roles: Role[];
  /** As shown on approved articles: "Dr Ana Silva". */
  displayName: string;
  /** Qualifications: "MD, FRCP". */
  credentials?: string;
  /** "Neurology". */
  specialty?: string;
  createdAt: string;
  /** When an admin disabled the account: it cannot sign in, and its sessions and tokens do not work. */
  disabledAt?: string;
}

/** A member with what signing in needs: the scrypt hash and the lockout counters. */
export interface MemberAccount extends BoardMember {
  passwordHash: string;
  failedLogins: number;
  lockedUntil?: string;
}

export type NewMember = Omit<BoardMember, 'id' | 'createdAt'> & { passwordHash: string };

/** Where an audited action came from. */
export type AuditChannel = 'web' | 'api' | 'cli' | 'import' | 'ask';

/** One row of the append-only audit log: who did what to which article, when, from which state to which. */
export interface AuditEntry {
  id: number;
  at: string;
  /** A member's name, or "evidentia" for the engine itself (new articles, imports). */
  actor: string;
  via: AuditChannel;
  action: 'created' | 'transition' | 'edited' | 'member_added' | 'token_created' | 'member_disabled' | 'member_enabled';
  articleId?: string;
  version?: number;
  fromState?: ReviewState;
  toState?: ReviewState;
  comment?: string;
}

/** A question as its asker sees it in their private history, with the article it reached (if saved). */
export interface ReaderQuestion {
  id: number;
  askedAt: string;
  question: string;
  audience: Audience;
  /** The answer's outcome: answered, insufficient_evidence, out_of_scope. */
  outcome: string;
  article?: { slug: string; title: string };
}

/** A question to keep: `memberId` absent only for an anonymous question the deployment keeps. */
export interface NewReaderQuestion {
  memberId?: number;
  askedAt: string;
  question: string;
  audience: Audience;
  outcome: string;
  articleId?: string;
}

/** One saved version of an article: every edit makes a new one; saved versions never change. */
export interface ArticleVersion {
  articleId: string;
  version: number;
  answer: Answer;
  evidenceHash: string;
  createdAt: string;
  /** The member who wrote this version; absent when Evidentia composed it from the evidence. */
  editedBy?: string;
}

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
  /** Who wrote the current version (absent: composed by Evidentia). */
  editedBy?: string;
  /** The reviewer who approved the current version, and when. */
  reviewedBy?: string;
  reviewedAt?: string;
  /** The specialty of the library topic or drug the article is about. */
  specialty?: string;
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
  /**
   * How long a write may wait for another writer's lock (SQLite waits synchronously): the CLI waits, the
   * server sets 0 and retries busy requests off its event loop.
   */
  setLockWait(ms: number): void;
  /** Small facts about the store itself, such as the fingerprint of the library it holds. */
  meta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
  documentHash(id: string): string | undefined;
  /** Insert or replace a document; replacing one flags the articles composed from it for re-review. */
  putDocument(document: ClinicalDocument, contentHash: string, passages: PassageInput[]): void;
  /**
   * Send the approved articles about a library topic or drug (their focus) back for re-review, with an
   * audit row saying why; returns how many. Other states are left alone: they are not yet approved.
   */
  flagApprovedArticlesAbout(focusId: string, reason: string, now?: Date): number;
  /** Delete a document and everything it owns; flags the articles composed from it. */
  deleteDocument(id: string): boolean;
  counts(): StoreCounts;
  /** How many documents the store holds (what a health check reports: one cheap query, not all of counts()). */
  documentCount(): number;
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
  /**
   * The library's ranking index as last saved (bytes only the retrieve stage reads), while the library's
   * documents and passages are still those it was built from; undefined when none was saved since.
   */
  rankingSnapshot(): Uint8Array | undefined;
  /** Keep a ranking index built from the library as it is now (replacing the one saved before). */
  saveRankingSnapshot(data: Uint8Array): void;
  passagesOf(documentIds: string[]): Passage[];
  sources(ids: string[]): Source[];
  findArticleByKey(questionKey: string): StoredArticle | undefined;
  getArticle(idOrSlug: string): StoredArticle | undefined;
  /** Articles for listings: approved first, then the most recently updated. */
  recentArticles(limit: number): StoredArticle[];
  /** Save the article and its current version as a new version row (versions are never rewritten). */
  saveArticle(article: StoredArticle): void;
  /** Move an article to another review state; `reviewed` records the approving reviewer. */
  setReviewState(id: string, state: ReviewState, reviewed?: { by: string; at: string }): void;
  /** Articles in review states, oldest first (the review queue), optionally of one specialty. */
  articlesInState(states: ReviewState | ReviewState[], limit: number, specialty?: string): StoredArticle[];
  articleVersions(articleId: string): ArticleVersion[];
  articleVersion(articleId: string, version: number): ArticleVersion | undefined;
  /** Append to the audit log; the log refuses updates and deletes (SQLite triggers). */
  appendAudit(entry: Omit<AuditEntry, 'id'>): void;
  auditOf(articleId: string): AuditEntry[];
  addMember(member: NewMember, now?: Date): BoardMember;
  member(name: string): BoardMember | undefined;
  memberAccount(name: string): MemberAccount | undefined;
  members(): BoardMember[];
  /** Disable an account (ending its sessions) at `at`, or enable it again with null. */
  setMemberDisabled(memberId: number, at: string | null): void;
  /** Record failed sign-ins (and a lockout end), or reset them after a good one. */
  setLoginFailures(memberId: number, failures: number, lockedUntil?: string): void;
  addSession(tokenHash: string, memberId: number, expiresAt: string): void;
  /** The member a session belongs to, if the session exists and has not expired at `now`. */
  sessionMember(tokenHash: string, now: string): BoardMember | undefined;
  deleteSession(tokenHash: string): void;
  addApiToken(tokenHash: string, memberId: number, label: string): void;
  apiTokenMember(tokenHash: string): BoardMember | undefined;
  /** Keep a question in its asker's private history (or, anonymous, in the deployment's records). */
  recordQuestion(question: NewReaderQuestion): void;
  /** A member's own questions, newest first. */
  questionsOf(memberId: number, limit: number): ReaderQuestion[];
  /** Forget a member's questions; returns how many. */
  clearQuestionsOf(memberId: number): number;
  /** The kind of a stored document (topic and drug are the curated library). */
  documentKind(id: string): DocumentKind | undefined;
  /** The document that owns a source id. */
  sourceOwner(sourceId: string): string | undefined;
  close(): void;
}

/** What ingest hands the store for each passage; the store adds ids. */
export type PassageInput = Omit<Passage, 'id' | 'documentId' | 'documentTitle' | 'documentKind'>;
