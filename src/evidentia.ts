/*
 * The composition root: opens the store (syncing the bundled library when its files changed), and runs a
 * question through retrieve → answer → articles. The CLI, the server and the benchmarks all use this.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { databasePath, libraryRoot } from './config.ts';
import { loadLexicon } from './retrieve/lexicon/load.ts';
// The import lock and the library's fingerprint come from their own modules: ingest/index.ts loads every
// reader (zod, yaml, saxes, htmlparser2, wink-nlp), which only a sync needs (imported below when it runs).
import { acquireImportLock } from './ingest/lock.ts';
import { libraryFingerprint } from './ingest/library/fingerprint.ts';
import { openSqliteStore } from './store/index.ts';
import { EvidentiaError } from './errors.ts';
import { FindingReader, loadVocabularyTables, RankingIndex, Retriever } from './retrieve/index.ts';
import { composeAnswer, forAudience, InterventionFinder } from './answer/index.ts';
// From its own module: articles/index.ts also loads the editors' forms and their zod schemas (50 ms).
import { publishAnswer } from './articles/publish.ts';
import type { Answer } from './answer/index.ts';
import type { QueryAnalysis } from './retrieve/index.ts';
import type { Store, StoredArticle } from './store/index.ts';
import type { Audience } from './types.ts';

export interface Evidentia {
  store: Store;
  /**
   * Answer a question. With `save` (the default) an answer about a library topic or drug is found or saved
   * as its article (never changing a saved one); other answers are returned unsaved.
   */
  ask(question: string, audience?: Audience, options?: { save?: boolean }): Answer;
  /** The answer an article holds, shown for an audience. */
  articleAnswer(article: StoredArticle, audience?: Audience): Answer;
  /** Does the question name a library topic or drug of its own? */
  namesFocus(question: string): boolean;
  /** How the question is read: linked concepts, findings, intent (for tests, evaluations and tools). */
  analyse(question: string): QueryAnalysis;
  /** Forget cached names after the store's documents changed. */
  refresh(): void;
  close(): void;
}

export interface OpenOptions {
  dbPath?: string;
  libraryPath?: string;
  /** How long a write may wait synchronously for another writer's lock (ms); the server passes 0. */
  lockWaitMs?: number;
  /** Told when the library sync must wait for an import already running (default: stderr). */
  onImportWait?: (message: string) => void;
}

/** Save the library's ranking index in the store, unless a current one is there (call holding the import lock). */
function saveRankingSnapshot(store: Store): void {
  if (RankingIndex.hasSnapshot(store)) return;
  RankingIndex.saveSnapshot(store, new Set(store.libraryNames().map((n) => n.documentId)));
}

export async function openEvidentia(options: OpenOptions = {}): Promise<Evidentia> {
  const root = options.libraryPath ?? libraryRoot();
  const dbPath = options.dbPath ?? databasePath();
  const store = openSqliteStore(dbPath);
  try {
    // The library is synced whenever its files changed since the store last saw them (or the store is new).
    // Syncing is an import: it waits for one already running, then looks again (that one may have synced).
    const fingerprint = libraryFingerprint(root);
    if (store.meta('library_fingerprint') !== fingerprint) {
      const onWait = options.onImportWait ?? ((message: string) => process.stderr.write(`${message}\n`));
      const lock = await acquireImportLock(dbPath, 'sync the bundled library', {
        wait: true,
        onWait: (_holder, message) => onWait(message),
      });
      try {
        if (store.meta('library_fingerprint') !== fingerprint) {
          const { syncLibrary } = await import('./ingest/index.ts');
          await syncLibrary(store, root);
          store.setMeta('library_fingerprint', fingerprint);
        }
        saveRankingSnapshot(store);
      } finally {
        lock.release();
      }
    } else if (!RankingIndex.hasSnapshot(store)) {
      // The library is synced but its ranking index was never saved (a store from before migration 9) or
      // is out of date (`ingest --format library`): save it now, unless an import is running — then this
      // process builds it in memory, as every process did before, and a later one saves it.
      const lock = await acquireImportLock(dbPath, 'index the bundled library', { wait: false }).catch((err: unknown) => {
        if (err instanceof EvidentiaError && err.code === 'IMPORT_RUNNING') return undefined;
        throw err;
      });
      try {
        if (lock) saveRankingSnapshot(store);
      } finally {
        lock?.release();
      }
    }
    if (options.lockWaitMs !== undefined) store.setLockWait(options.lockWaitMs);
  } catch (err) {
    store.close();
    throw err;
  }
  // The vocabulary of questions is the product's, not one library's: a library without its own lexicon
  // (a test fixture, a small local library) reads questions with the bundled one.
  const ownLexicon = join(root, 'lexicon');
  const lexiconDir = existsSync(ownLexicon) ? ownLexicon : join(libraryRoot(), 'lexicon');
  const hasLexicon = existsSync(lexiconDir);
  const retrieverOptions = {
    ...(hasLexicon ? { lexicon: loadLexicon(lexiconDir), vocabulary: loadVocabularyTables(lexiconDir) } : {}),
    findings: new FindingReader(join(lexiconDir, 'findings.tsv')),
  };
  let retriever = new Retriever(store, retrieverOptions);
  let finder = new InterventionFinder(store.libraryNames());
  const articleAnswer = (article: StoredArticle, audience: Audience = 'clinician'): Answer =>
    forAudience(
      {
        ...article.answer,
        article: {
          id: article.id,
          slug: article.slug,
          reviewState: article.reviewState,
          updatedAt: article.updatedAt,
          needsReview: article.needsReview,
        },
      },
      audience,
    );
  return {
    store,
    ask(question, audience = 'clinician', { save = true } = {}) {
      const composed = composeAnswer(retriever.retrieve(question), audience, {
        sources: (ids) => store.sources(ids),
        interventions: finder,
      });
      if (composed.status !== 'answered' || !save) return forAudience(composed, audience);
      const { article } = publishAnswer(store, composed);
      return article ? articleAnswer(article, audience) : forAudience(composed, audience);
    },
    articleAnswer,
    namesFocus: (question) => retriever.analyse(question).focus.length > 0,
    analyse: (question) => retriever.analyse(question),
    refresh() {
      retriever = new Retriever(store, retrieverOptions);
      finder = new InterventionFinder(store.libraryNames());
    },
    close: () => store.close(),
  };
}
