/*
 * The library's ranking index saved in the store: read back, it is the index built from the tokens (same
 * passages, facts, lengths, postings and passage terms, in the same order, so the same scores); a
 * snapshot the library has moved on from, or of other documents, is not used.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fixtureLibrary, fixtures, tempDir } from '../../test/helpers.ts';
import { openEvidentia } from '../evidentia.ts';
import { ingestPaths } from '../ingest/index.ts';
import { openSqliteStore } from '../store/index.ts';
import { Ranker } from './rank.ts';
import { RankingIndex } from './ranking-index.ts';
import type { Store } from '../store/index.ts';

/** A store file with the fixture library synced (and its snapshot saved) by openEvidentia, reopened. */
async function syncedStore(library = fixtureLibrary): Promise<{ path: string; store: Store; documents: Set<string> }> {
  const path = join(tempDir(), 'evidentia.db');
  (await openEvidentia({ dbPath: path, libraryPath: library })).close();
  const store = openSqliteStore(path);
  return { path, store, documents: new Set(store.libraryNames().map((n) => n.documentId)) };
}

/** Everything an index holds, in its own order, as plain values. */
function contents(index: RankingIndex) {
  return {
    passageIds: index.passageIds,
    facts: index.facts,
    lengths: [...index.lengths],
    averageLengths: index.averageLengths,
    publicationOf: [...index.publicationOf],
    postings: [...index.postings],
    passageTerms: index.passageIds.map((_, p) => index.passageTerms[p]),
  };
}

const questions = ['How is tinea pedis treated?', 'terbinafine dose', 'clotrimazole cream for athletes foot', 'itchy feet'];

test('opening Evidentia saves the library ranking index; read back it is the index built from the tokens', async () => {
  const { store, documents } = await syncedStore();
  try {
    assert.ok(RankingIndex.hasSnapshot(store));
    const saved = new RankingIndex(store, { documents });
    const built = new RankingIndex(store, { documents, snapshot: false });
    // Postings are looked up lazily from a snapshot: lookups first, then the whole map in its order.
    assert.equal(saved.frequency('terbinafin'), built.frequency('terbinafin'));
    assert.ok(saved.frequency('terbinafin') > 0);
    assert.equal(saved.postings.has('no-such-term'), false);
    assert.equal(saved.postings.size, built.postings.size);
    assert.deepEqual(contents(saved), contents(built));
    for (const question of questions) {
      assert.deepEqual(new Ranker(store, { index: saved }).rank(question), new Ranker(store, { index: built }).rank(question), question);
    }
  } finally {
    store.close();
  }
});

test('the saved snapshot is what the index reads (not the tokens) while the library is unchanged', async () => {
  const { path, store, documents } = await syncedStore();
  store.close();
  // Empty the full-text index behind the store's back: documents and passages stay, tokens go.
  const db = new Database(path);
  db.exec("INSERT INTO passages_fts (passages_fts) VALUES ('delete-all')");
  db.close();
  const reopened = openSqliteStore(path);
  try {
    assert.equal(new RankingIndex(reopened, { documents, snapshot: false }).postings.size, 0);
    assert.ok(new RankingIndex(reopened, { documents }).frequency('terbinafin') > 0);
  } finally {
    reopened.close();
  }
});

test('a changed library document retires the snapshot; imported literature does not; the next open saves it again', async () => {
  const library = join(tempDir(), 'library');
  cpSync(fixtureLibrary, library, { recursive: true });
  const { path, store } = await syncedStore(library);
  try {
    await ingestPaths(store, [join(fixtures, 'interchange', 'chilblains.jsonl')]);
    assert.ok(store.rankingSnapshot(), 'literature leaves the library as it was');
    const file = join(library, 'drugs', 'terbinafine.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('once daily for 6 weeks', 'once daily for 6 to 12 weeks'));
    assert.equal((await ingestPaths(store, [file], { format: 'library' })).updated, 1);
    assert.equal(store.rankingSnapshot(), undefined);
    assert.equal(RankingIndex.hasSnapshot(store), false);
  } finally {
    store.close();
  }
  const engine = await openEvidentia({ dbPath: path, libraryPath: library });
  try {
    assert.ok(RankingIndex.hasSnapshot(engine.store));
    const documents = new Set(engine.store.libraryNames().map((n) => n.documentId));
    assert.deepEqual(
      contents(new RankingIndex(engine.store, { documents })),
      contents(new RankingIndex(engine.store, { documents, snapshot: false })),
    );
  } finally {
    engine.close();
  }
});

test('a snapshot of other documents is not used for these', async () => {
  const { store, documents } = await syncedStore();
  try {
    const some = new Set([...documents].slice(0, 1));
    assert.deepEqual(
      contents(new RankingIndex(store, { documents: some })),
      contents(new RankingIndex(store, { documents: some, snapshot: false })),
    );
    assert.ok(new RankingIndex(store, { documents: some }).size < new RankingIndex(store, { documents }).size);
  } finally {
    store.close();
  }
});
