import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from './store.ts';
import { migrations } from './migrations.ts';
import { tempDir } from '../../../test/helpers.ts';
import type { ClinicalDocument } from '../../types.ts';

const doc: ClinicalDocument = {
  id: 'fx',
  kind: 'topic',
  title: 'Fixture condition',
  aliases: ['FXC'],
  sources: [{ id: 'fx/src', type: 'guideline', title: 'Fixture source', organization: 'Fixture body', year: 2024 }],
  sections: [],
  origin: 'memory',
};

test('a new store file is in WAL mode at the current schema version', () => {
  const path = join(tempDir(), 'sub', 'e.db');
  openSqliteStore(path).close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('user_version', { simple: true }), migrations.length);
  db.close();
});

test('a store written by a newer Evidentia is refused with a clear message', () => {
  const path = join(tempDir(), 'e.db');
  openSqliteStore(path).close();
  const db = new Database(path);
  db.pragma(`user_version = ${migrations.length + 1}`);
  db.close();
  const expected = `has schema version ${migrations.length + 1}, newer than this Evidentia understands (${migrations.length})`;
  assert.throws(
    () => openSqliteStore(path),
    (err: Error) => err.message.includes(expected),
  );
});

test('documents are stored with names, sources and searchable passages, and deleted completely', () => {
  const store = openSqliteStore(join(tempDir(), 'e.db'));
  store.putDocument(doc, 'h1', [
    {
      ordinal: 0,
      section: 'Treatment',
      sectionOrdinal: 0,
      text: 'Give fixturol 5 mg daily.',
      children: [{ text: 'Halve it in renal failure.', citations: ['fx/src'], children: [] }],
      citations: ['fx/src'],
      lay: 'Take one tablet.',
    },
  ]);
  assert.equal(store.documentHash('fx'), 'h1');
  assert.deepEqual(
    store
      .libraryNames()
      .map((n) => n.name)
      .sort(),
    ['FXC', 'Fixture condition'],
  );
  const [hit] = store.search('"renal"', { limit: 3 });
  assert.equal(hit?.text, 'Give fixturol 5 mg daily.');
  assert.equal(hit?.lay, 'Take one tablet.');
  assert.ok((hit?.score ?? 0) > 0);
  assert.equal(store.search('"renal"', { limit: 3, documentIds: ['other'] }).length, 0);
  assert.equal(store.deleteDocument('fx'), true);
  assert.deepEqual(store.counts(), { documents: 0, passages: 0, sources: 0, articles: 0, byType: {} });
  assert.equal(store.search('"renal"', { limit: 3 }).length, 0);
  store.close();
});

test('a failed transaction leaves no trace', () => {
  const store = openSqliteStore(join(tempDir(), 'e.db'));
  assert.throws(() =>
    store.transaction(() => {
      store.putDocument(doc, 'h1', []);
      throw new Error('interrupted');
    }),
  );
  assert.equal(store.counts().documents, 0);
  store.close();
});

test("library names follow writes: this connection's, one rolled back, and another connection's commits", () => {
  const path = join(tempDir(), 'e.db');
  const store = openSqliteStore(path);
  const other = openSqliteStore(path);
  const names = (s = store) =>
    s
      .libraryNames()
      .map((n) => n.name)
      .sort();
  assert.deepEqual(names(), []);
  assert.throws(() =>
    store.transaction(() => {
      store.putDocument(doc, 'h1', []);
      assert.deepEqual(names(), ['FXC', 'Fixture condition']);
      throw new Error('interrupted');
    }),
  );
  assert.deepEqual(names(), []);
  store.begin();
  store.putDocument(doc, 'h1', []);
  assert.deepEqual(names(), ['FXC', 'Fixture condition']);
  store.rollback();
  assert.deepEqual(names(), []);
  other.putDocument(doc, 'h1', []);
  assert.deepEqual(names(), ['FXC', 'Fixture condition']);
  other.deleteDocument(doc.id);
  assert.deepEqual(names(), []);
  store.putDocument({ ...doc, aliases: [] }, 'h2', []);
  assert.deepEqual(names(other), ['Fixture condition']);
  assert.deepEqual(names(), ['Fixture condition']);
  other.close();
  store.close();
});

test('the document count a health check reports is the count of documents', () => {
  const store = openSqliteStore(join(tempDir(), 'e.db'));
  assert.equal(store.documentCount(), 0);
  store.putDocument(doc, 'h1', []);
  store.putDocument({ ...doc, id: 'fx2', title: 'Second fixture' }, 'h2', []);
  assert.equal(store.documentCount(), 2);
  assert.equal(store.documentCount(), store.counts().documents);
  store.close();
});

test('passages of documents: in document then ordinal order, the same when read again, and callers get their own copies', () => {
  const path = join(tempDir(), 'e.db');
  const store = openSqliteStore(path);
  const other = openSqliteStore(path);
  const passage = (ordinal: number, text: string) => ({
    ordinal,
    section: 'S',
    sectionOrdinal: 0,
    text,
    children: [{ text: `${text} child`, citations: ['fx/src'], children: [] }],
    citations: ['fx/src'],
  });
  store.putDocument({ ...doc, id: 'b-doc', title: 'B' }, 'hb', [passage(1, 'B two'), passage(0, 'B one')]);
  store.putDocument({ ...doc, id: 'a-doc', title: 'A' }, 'ha', [passage(0, 'A one')]);
  const texts = () => store.passagesOf(['b-doc', 'a-doc', 'b-doc', 'none']).map((p) => p.text);
  assert.deepEqual(texts(), ['A one', 'B one', 'B two']);
  const first = store.passagesOf(['a-doc'])[0]!;
  first.citations.push('changed');
  first.children[0]!.citations.push('changed');
  first.text = 'changed';
  assert.deepEqual(store.passagesOf(['a-doc'])[0], {
    ...first,
    text: 'A one',
    citations: ['fx/src'],
    children: [{ text: 'A one child', citations: ['fx/src'], children: [] }],
  });
  other.putDocument({ ...doc, id: 'a-doc', title: 'A' }, 'ha2', [passage(0, 'A one, revised')]);
  assert.deepEqual(texts(), ['A one, revised', 'B one', 'B two']);
  store.deleteDocument('b-doc');
  assert.deepEqual(texts(), ['A one, revised']);
  other.close();
  store.close();
});
