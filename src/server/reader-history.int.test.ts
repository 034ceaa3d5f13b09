/*
 * Readers' private question history, against a real server and store file: a signed-in reader's
 * questions are listed on their own page and nobody else's; anonymous questions are not stored unless
 * the deployment says so (and then belong to nobody); GET never writes; crisis questions are never kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { keepAnonymousQuestions } from '../config.ts';
import { addTestMember, startBoardServer, bearer, testToken, TestBrowser } from '../../test/board.ts';
import { startServer } from './index.ts';
import { boardPath } from '../store/index.ts';

const { dbPath, engine, base } = await startBoardServer();
await addTestMember(engine.store, 'rosa', ['reader'], { displayName: 'Rosa' });
await addTestMember(engine.store, 'omar', ['reader'], { displayName: 'Omar' });
await addTestMember(engine.store, 'ada', ['admin', 'reviewer'], { displayName: 'Ada Admin' });

/** Rows in the history table, read from the store file itself. */
function storedQuestions(): { user_id: number | null; question: string }[] {
  // Members, audit rows and questions live in the board file beside the corpus.
  const db = new Database(boardPath(dbPath), { readonly: true });
  try {
    return db.prepare('SELECT user_id, question FROM reader_questions ORDER BY id').all() as { user_id: number | null; question: string }[];
  } finally {
    db.close();
  }
}

async function signedIn(name: string): Promise<TestBrowser> {
  const browser = new TestBrowser(base);
  assert.equal((await browser.signIn(name)).status, 303);
  return browser;
}

test('a signed-in reader sees their own questions on their page, and no one else sees them', async () => {
  const rosa = await signedIn('rosa');
  assert.equal(
    (await rosa.post('/ask', { q: "My father has athlete's foot <script>x</script>, how is tinea pedis treated?" })).status,
    303,
  );
  assert.equal((await rosa.post('/ask', { q: 'Is the weather nice today?' })).status, 200);
  const page = await rosa.get('/my/questions');
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.ok(html.includes('My father has athlete&#39;s foot &lt;script&gt;x&lt;/script&gt;, how is tinea pedis treated?'));
  assert.ok(html.includes('<a href="/articles/management-of-tinea-pedis">Management of tinea pedis</a>'));
  assert.ok(html.includes('Is the weather nice today?'));
  assert.ok(html.indexOf('weather') < html.indexOf('My father'), 'newest first');
  for (const other of [await signedIn('omar'), await signedIn('ada')]) {
    const theirs = await (await other.get('/my/questions')).text();
    assert.ok(!theirs.includes('My father') && !theirs.includes('weather'), "not on another member's page");
    assert.match(theirs, /No questions yet/);
  }
  const home = await (await fetch(`${base}/`)).text();
  const article = await (await fetch(`${base}/articles/management-of-tinea-pedis`)).text();
  for (const html of [home, article]) assert.ok(!html.includes('My father'), 'not on public pages');
  const anonymous = await fetch(`${base}/my/questions`, { redirect: 'manual' });
  assert.equal(anonymous.status, 303);
  assert.equal(anonymous.headers.get('location'), '/login?next=%2Fmy%2Fquestions');
});

test('anonymous questions are not stored by default, and GET /ask never stores one', async () => {
  const before = storedQuestions().length;
  await new TestBrowser(base).post('/ask', { q: 'What is the dose of terbinafine?' });
  await fetch(`${base}/api/answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"question":"What is the dose of clotrimazole?"}',
  });
  const rosa = await signedIn('rosa');
  assert.equal((await rosa.get(`/ask?q=${encodeURIComponent('How is tinea pedis diagnosed?')}`)).status, 200);
  assert.equal(storedQuestions().length, before);
});

test('questions that speak of self-harm are never kept, even for a signed-in reader', async () => {
  const before = storedQuestions().length;
  const rosa = await signedIn('rosa');
  const res = await rosa.post('/ask', { q: 'I want to kill myself' });
  assert.equal(res.status, 200);
  assert.match(await res.text(), /support/);
  assert.equal(storedQuestions().length, before);
});

test("questions sent to the API with a member's token go to that member's history", async () => {
  const res = await bearer(base, testToken(engine.store, 'omar'), 'POST', '/api/answers', {
    question: 'What are the adverse effects of terbinafine?',
  });
  assert.equal(res.status, 200);
  const omar = await signedIn('omar');
  assert.match(await (await omar.get('/my/questions')).text(), /What are the adverse effects of terbinafine\?/);
});

test("a reader clears their history with the form (CSRF checked); other readers' histories stay", async () => {
  const rosa = await signedIn('rosa');
  assert.equal((await rosa.post('/my/questions/clear', {}, false)).status, 403);
  assert.ok(storedQuestions().some((q) => q.question.startsWith('My father')));
  const cleared = await rosa.post('/my/questions/clear', {});
  assert.equal(cleared.status, 303);
  const html = await (await rosa.get(cleared.headers.get('location')!)).text();
  assert.match(html, /Your question history is cleared/);
  assert.ok(!storedQuestions().some((q) => q.question.startsWith('My father')), 'gone from the store file');
  assert.ok(
    storedQuestions().some((q) => q.question.includes('adverse effects of terbinafine')),
    "omar's history stays",
  );
  assert.equal((await new TestBrowser(base).post('/my/questions/clear', {})).status, 401);
});

test('with EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS on, anonymous questions are kept belonging to no one', async () => {
  const keeping = await startServer(engine, 0, '127.0.0.1', { keepAnonymousQuestions: true });
  try {
    await new TestBrowser(`http://127.0.0.1:${keeping.port}`).post('/ask', { q: 'Anonymous: how can tinea pedis be prevented?' });
    const kept = storedQuestions().filter((q) => q.question.startsWith('Anonymous:'));
    assert.deepEqual(kept, [{ user_id: null, question: 'Anonymous: how can tinea pedis be prevented?' }]);
    for (const name of ['rosa', 'omar', 'ada'])
      assert.ok(!(await (await (await signedIn(name)).get('/my/questions')).text()).includes('Anonymous:'));
  } finally {
    await keeping.close();
  }
  const saved = process.env.EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS;
  try {
    process.env.EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS = 'on';
    assert.equal(keepAnonymousQuestions(), true);
    process.env.EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS = 'maybe';
    assert.throws(
      () => keepAnonymousQuestions(),
      /EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS must be on or off \(1\/0, true\/false, yes\/no\), not "maybe"/,
    );
  } finally {
    if (saved === undefined) delete process.env.EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS;
    else process.env.EVIDENTIA_KEEP_ANONYMOUS_QUESTIONS = saved;
  }
});
