/*
 * Schema 3 on a store written by schema 2: the board's tables appear, and readers' wording saved in
 * older articles (question, key, slug, stored answer and versions) is replaced by the article's title.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../test/helpers.ts';
import { migrations } from './migrations.ts';
import { openSqliteStore } from './store.ts';
import { boardPath } from './board-file.ts';

test("opening a schema-2 store scrubs readers' questions from saved articles and adds the board tables", () => {
  const path = join(tempDir(), 'old.db');
  const old = new Database(path);
  old.exec(migrations[0] as string);
  old.exec(migrations[1] as string);
  old.pragma('user_version = 2');
  const answer = JSON.stringify({
    status: 'answered',
    question: 'My father John Example (DOB 1950-02-03) has ALS, what now?',
    title: 'Management of amyotrophic lateral sclerosis',
    sections: [],
    references: [],
  });
  old
    .prepare(
      `INSERT INTO articles (id, slug, question, question_key, audience, answer, evidence_hash, review_state, version, created_at, updated_at)
     VALUES ('a1', 'my-father-john-example-dob-1950-02-03-has-als', 'My father John Example (DOB 1950-02-03) has ALS, what now?', 'my father john example', 'clinician', ?, 'h', 'submitted', 1, '2025-01-01', '2025-01-01')`,
    )
    .run(answer);
  old
    .prepare(
      `INSERT INTO article_versions (article_id, version, answer, evidence_hash, review_state, created_at) VALUES ('a1', 1, ?, 'h', 'submitted', '2025-01-01')`,
    )
    .run(answer);
  old.close();

  const store = openSqliteStore(path);
  try {
    const article = store.getArticle('a1')!;
    assert.equal(article.slug, 'management-of-amyotrophic-lateral-sclerosis');
    assert.equal(article.question, 'Management of amyotrophic lateral sclerosis');
    assert.equal(article.answer.question, 'Management of amyotrophic lateral sclerosis');
    assert.equal(article.questionKey, 'legacy:a1');
    assert.doesNotMatch(JSON.stringify([article, store.articleVersions('a1')]), /John Example|1950/);
    assert.deepEqual(store.members(), []);
    assert.deepEqual(store.auditOf('a1'), []);
  } finally {
    store.close();
  }
  const raw = new Database(path);
  const board = new Database(boardPath(path));
  try {
    assert.equal(raw.pragma('user_version', { simple: true }), migrations.length);
    assert.deepEqual(
      raw.prepare("SELECT name FROM sqlite_master WHERE name IN ('articles', 'article_versions', 'audit_log', 'users')").all(),
      [],
    );
    assert.throws(() => board.prepare("UPDATE article_versions SET answer = '{}'").run(), /a saved article version cannot be changed/);
  } finally {
    raw.close();
    board.close();
  }
});
