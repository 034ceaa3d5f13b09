/*
 * The Medical Advisory Board workflow over HTTP, against a real server on a loopback port and a real
 * store file: the full review path, refusals (409, 401, 403, CSRF), separation of duties, escaping,
 * SQL metacharacters, password secrecy, the append-only audit log and re-review after an import.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { fixtureLibrary, tempDir } from '../../test/helpers.ts';
import { ingestPaths } from '../ingest/index.ts';
import { boardPath, reviewStates } from '../store/index.ts';
import { workflow } from '../articles/index.ts';
import { addTestMember, startBoardServer, bearer, testPassword, testToken, TestBrowser } from '../../test/board.ts';
import { AttemptLimiter, startServer } from './index.ts';
import type { ReviewState } from '../store/index.ts';

const { dbPath, engine, base } = await startBoardServer();

await addTestMember(engine.store, 'ed', ['editor'], { displayName: 'Ed Okafor' });
await addTestMember(engine.store, 'rita', ['reviewer'], { displayName: 'Dr Rita Ng', credentials: 'MD', specialty: 'Dermatology' });
await addTestMember(engine.store, 'ravi', ['reviewer'], {
  displayName: 'Dr Ravi Shah',
  credentials: 'MBBS, FRCP',
  specialty: 'Pharmacology',
});
await addTestMember(engine.store, 'dual', ['editor', 'reviewer'], { displayName: 'Dr Dana Dual' });
await addTestMember(engine.store, 'rory', ['reader']);
const tokens = {
  ed: testToken(engine.store, 'ed'),
  rita: testToken(engine.store, 'rita'),
  ravi: testToken(engine.store, 'ravi'),
  dual: testToken(engine.store, 'dual'),
  rory: testToken(engine.store, 'rory'),
};

type Who = keyof typeof tokens;
const move = (who: Who, id: string, to: string, comment?: string) =>
  bearer(base, tokens[who], 'POST', `/api/articles/${id}/transitions`, { to, ...(comment ? { comment } : {}) });
const content = async (id: string) => (await bearer(base, tokens.ed, 'GET', `/api/articles/${id}/content`)).json();

/** A fresh article from a question through the page's POST, returning its id and slug. */
async function newArticle(question: string): Promise<{ id: string; slug: string }> {
  const res = await new TestBrowser(base).post('/ask', { q: question });
  assert.equal(res.status, 303, `asking "${question}"`);
  const slug = res.headers
    .get('location')!
    .replace(/^\/articles\//, '')
    .replace(/\?.*$/, '');
  return { id: engine.store.getArticle(slug)!.id, slug };
}

test('the full path: submitted → under review → changes requested → edited → submitted → approved, each step audited', async () => {
  const { id, slug } = await newArticle('How is tinea pedis treated?');
  assert.equal((await (await move('rita', id, 'under_review')).json()).reviewState, 'under_review');
  const requested = await move('rita', id, 'changes_requested', 'Say how long to treat.');
  assert.equal((await requested.json()).reviewState, 'changes_requested');
  // Resubmitting without an edit is refused: the requested changes are not there yet.
  const early = await move('ed', id, 'submitted');
  assert.equal(early.status, 409);
  assert.match((await early.json()).error.message, /edit it before resubmitting/);
  const edit = await content(id);
  edit.sections[1].statements[0].text = 'Apply terbinafine 1% cream twice daily for 1 week to the affected skin, then review.';
  const saved = await bearer(base, tokens.ed, 'PUT', `/api/articles/${id}`, edit);
  assert.equal(saved.status, 200, await saved.clone().text());
  assert.deepEqual(await saved.json().then((b) => [b.version, b.reviewState, b.editedBy]), [2, 'changes_requested', 'ed']);
  assert.equal((await (await move('ed', id, 'submitted')).json()).reviewState, 'submitted');
  assert.equal((await move('rita', id, 'under_review')).status, 200);
  const approved = await (await move('rita', id, 'approved', 'Checked against both sources.')).json();
  assert.deepEqual([approved.reviewState, approved.reviewedBy, approved.version], ['approved', 'rita', 2]);

  const audit = await (await bearer(base, tokens.ravi, 'GET', `/api/articles/${id}/audit`)).json();
  assert.deepEqual(
    audit.entries.map((e: { actor: string; action: string; fromState?: string; toState?: string }) => [
      e.actor,
      e.action,
      e.fromState ?? null,
      e.toState,
    ]),
    [
      ['evidentia', 'created', null, 'submitted'],
      ['rita', 'transition', 'submitted', 'under_review'],
      ['rita', 'transition', 'under_review', 'changes_requested'],
      ['ed', 'edited', 'changes_requested', 'changes_requested'],
      ['ed', 'transition', 'changes_requested', 'submitted'],
      ['rita', 'transition', 'submitted', 'under_review'],
      ['rita', 'transition', 'under_review', 'approved'],
    ],
  );
  assert.equal(audit.entries[2].comment, 'Say how long to treat.');
  const versions = await (await bearer(base, tokens.rita, 'GET', `/api/articles/${id}/versions`)).json();
  assert.deepEqual(
    versions.versions.map((v: { version: number; editedBy: string | null }) => [v.version, v.editedBy]),
    [
      [1, null],
      [2, 'ed'],
    ],
  );
  const diff = await (await bearer(base, tokens.rita, 'GET', `/api/articles/${id}/diff?from=1&to=2`)).json();
  assert.deepEqual(
    diff.lines.filter((l: { change: string }) => l.change !== 'same').map((l: { change: string; text: string }) => l.change),
    ['removed', 'added'],
  );

  const page = await (await fetch(`${base}/articles/${slug}`)).text();
  assert.ok(
    page.includes(
      '<li class="done"><span class="mark" aria-hidden="true">✓ </span>Submitted</li><li class="done"><span class="mark" aria-hidden="true">✓ </span>Under review</li><li class="current" aria-current="step"><span class="mark" aria-hidden="true">● </span>Approved</li>',
    ),
  );
  assert.match(page, /Reviewed by Dr Rita Ng, MD, Dermatology, on <time/);
  assert.match(page, /then review\./, 'the public page shows the approved version');
});

test('every transition the workflow does not allow is refused with 409, from every state', async () => {
  const articles: Record<string, string> = {};
  const { id: submitted } = await newArticle('What is the dose of terbinafine?');
  articles.submitted = submitted;
  const { id: underReview } = await newArticle('What are the adverse effects of terbinafine?');
  await move('ravi', underReview, 'under_review');
  articles.under_review = underReview;
  const { id: changes } = await newArticle('What is the dose of clotrimazole?');
  await move('ravi', changes, 'under_review');
  await move('ravi', changes, 'changes_requested', 'Add the duration.');
  articles.changes_requested = changes;
  const { id: approved } = await newArticle('What are the adverse effects of clotrimazole?');
  await move('ravi', approved, 'under_review');
  await move('ravi', approved, 'approved');
  articles.approved = approved;
  let refused = 0;
  for (const from of Object.keys(articles) as ReviewState[]) {
    for (const to of reviewStates) {
      if (workflow[from].some((m) => m.to === to)) continue;
      const res = await move('dual', articles[from]!, to, 'a comment');
      assert.equal(res.status, 409, `${from} → ${to}`);
      assert.equal((await res.json()).error.code, 'CONFLICT');
      refused++;
    }
  }
  assert.ok(refused >= 15, `${refused} refusals`);
  const unknown = await move('dual', submitted, 'published');
  assert.equal(unknown.status, 400);
  assert.match((await unknown.json()).error.message, /unknown review state "published"/);
  assert.equal(engine.store.getArticle(submitted)!.reviewState, 'submitted');
});

test('anonymous writes are refused with 401 and wrong-role writes with 403', async () => {
  const { id, slug } = await newArticle('What is the prognosis of tinea pedis?');
  const anonymous = await fetch(`${base}/api/articles/${id}/transitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"to":"under_review"}',
  });
  assert.equal(anonymous.status, 401);
  assert.match((await anonymous.json()).error.message, /sign in at \/login, or send Authorization: Bearer TOKEN/);
  const anonymousEdit = await fetch(`${base}/api/articles/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  assert.equal(anonymousEdit.status, 401);
  const anonymousForm = await new TestBrowser(base).post(`/review/${slug}/transitions`, { to: 'under_review' });
  assert.equal(anonymousForm.status, 401);
  const forgedToken = await bearer(base, 'evt_not-a-real-token', 'POST', `/api/articles/${id}/transitions`, { to: 'under_review' });
  assert.equal(forgedToken.status, 401);
  for (const [who, to] of [
    ['rory', 'under_review'],
    ['ed', 'under_review'],
  ] as const) {
    const res = await move(who, id, to);
    assert.equal(res.status, 403, `${who} → ${to}`);
    assert.match((await res.json()).error.message, /needs the reviewer role/);
  }
  const reviewerEdit = await bearer(base, tokens.rita, 'PUT', `/api/articles/${id}`, await content(id));
  assert.equal(reviewerEdit.status, 403);
  assert.match((await reviewerEdit.json()).error.message, /editing an article needs the editor role; rita has reviewer/);
  const readerAudit = await bearer(base, tokens.rory, 'GET', `/api/articles/${id}/audit`);
  assert.equal(readerAudit.status, 403);
  assert.equal((await fetch(`${base}/api/articles/${id}/audit`)).status, 401);
  assert.equal(engine.store.getArticle(id)!.reviewState, 'submitted');
});

test('signed-in forms and API calls without the CSRF token, or with a wrong one, get 403', async () => {
  const { id, slug } = await newArticle('How can tinea pedis be prevented?');
  const browser = new TestBrowser(base);
  assert.equal((await browser.signIn('ravi')).status, 303);
  const none = await browser.post(`/review/${slug}/transitions`, { to: 'under_review' }, false);
  assert.equal(none.status, 403);
  const wrong = await browser.post(`/review/${slug}/transitions`, { to: 'under_review' }, 'forged');
  assert.equal(wrong.status, 403);
  const apiNoHeader = await browser.request(`/api/articles/${id}/transitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"to":"under_review"}',
  });
  assert.equal(apiNoHeader.status, 403);
  assert.equal(engine.store.getArticle(id)!.reviewState, 'submitted');
  // With the token, the same browser's move goes through, from the page and from the API.
  const ok = await browser.post(`/review/${slug}/transitions`, { to: 'under_review' });
  assert.equal(ok.status, 303);
  const viaApi = await browser.json('POST', `/api/articles/${id}/transitions`, { to: 'submitted' });
  assert.equal(viaApi.status, 200);
  const audit = engine.store.auditOf(id).map((e) => e.via);
  assert.deepEqual(audit.slice(-2), ['web', 'api']);
});

test('an editor cannot approve their own version; another reviewer can', async () => {
  const { id } = await newArticle('How is tinea pedis diagnosed?');
  const edit = await content(id);
  edit.summary = `${edit.summary} Edited for clarity.`;
  assert.equal((await bearer(base, tokens.dual, 'PUT', `/api/articles/${id}`, edit)).status, 200);
  assert.equal((await move('dual', id, 'under_review')).status, 200);
  const own = await move('dual', id, 'approved');
  assert.equal(own.status, 403);
  assert.match((await own.json()).error.message, /dual wrote version 2 of "diagnosis-of-tinea-pedis"; another reviewer must approve it/);
  assert.equal((await move('rita', id, 'approved')).status, 200);
});

test('a script tag in a question, a comment or a statement comes back escaped', async () => {
  const script = '<script>alert(1)</script>';
  const browser = new TestBrowser(base);
  const asked = await browser.post('/ask', { q: `${script} What is the dose of terbinafine?` });
  const location = asked.headers.get('location')!;
  const own = await (await browser.get(location)).text();
  assert.ok(own.includes('<h1>&lt;script&gt;alert(1)&lt;/script&gt; What is the dose of terbinafine?</h1>'));
  const { id, slug } = await newArticle('What monitoring is needed for terbinafine?');
  await move('rita', id, 'under_review');
  await move('rita', id, 'changes_requested', `${script} fix the dose`);
  const edit = await content(id);
  edit.sections[0].statements[0].text = `${script} Check liver tests.`;
  edit.title = `${script} Terbinafine monitoring`;
  assert.equal((await bearer(base, tokens.ed, 'PUT', `/api/articles/${id}`, edit)).status, 200);
  const reviewer = new TestBrowser(base);
  await reviewer.signIn('rita');
  for (const html of [
    await (await fetch(`${base}/articles/${slug}`)).text(),
    await (await reviewer.get(`/review/${slug}`)).text(),
    await (await reviewer.get('/review?state=changes_requested')).text(),
  ]) {
    assert.ok(!html.includes(script), 'no live script tag');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  }
  const api = await (await fetch(`${base}/api/articles/${id}`)).text();
  assert.ok(!api.includes(script) || api.includes('"title":"<script>'), 'JSON carries the text as data');
  assert.match((await fetch(`${base}/api/articles/${id}`)).headers.get('content-type') ?? '', /application\/json/);
});

test('SQL metacharacters in every text field are stored and shown as text, and harm nothing', async () => {
  const sql = `'); DROP TABLE articles; -- " OR 1=1 --`;
  const asked = await new TestBrowser(base).post('/ask', { q: `${sql} What are the contraindications and interactions of terbinafine?` });
  assert.ok([200, 303].includes(asked.status), String(asked.status));
  const { id, slug } = await newArticle('Terbinafine versus clotrimazole?');
  await move('ravi', id, 'under_review');
  await move('ravi', id, 'changes_requested', sql);
  const edit = await content(id);
  edit.title = `Terbinafine ${sql}`;
  edit.question = `${sql}?`;
  edit.summary = sql;
  edit.sections[0].heading = sql;
  edit.sections[0].statements[0].text = sql;
  edit.references[0].title = sql;
  assert.equal((await bearer(base, tokens.ed, 'PUT', `/api/articles/${id}`, edit)).status, 200);
  const member = await addTestMember(engine.store, 'o-brien', ['reviewer'], { displayName: sql, credentials: sql, specialty: sql });
  assert.equal(member.displayName, sql);
  const browser = new TestBrowser(base);
  const login = await browser.post('/login', { name: sql, password: sql }, await browser.csrf('/login'));
  assert.equal(login.status, 401);
  await browser.signIn('rita');
  const queue = await browser.get(`/review?state=${encodeURIComponent(sql)}`);
  assert.equal(queue.status, 400);
  assert.ok((await queue.text()).includes('unknown review state &quot;&#39;); DROP TABLE'));
  const filtered = await browser.get(`/review?state=open&specialty=${encodeURIComponent(sql)}`);
  assert.match(await filtered.text(), /No articles here/);
  const saved = engine.store.getArticle(id)!;
  assert.equal(saved.answer.title, `Terbinafine ${sql}`);
  assert.equal(saved.question, `${sql}?`);
  assert.equal(engine.store.auditOf(id).find((e) => e.toState === 'changes_requested')?.comment, sql);
  assert.ok(engine.store.counts().articles > 5, 'articles table intact');
  assert.equal((await fetch(`${base}/articles/${slug}`)).status, 200);
});

test('a password never appears in the database, the responses or the pages', async () => {
  const password = 'an-unmistakable-passphrase-4821';
  const { addMember } = await import('../accounts/index.ts');
  await addMember(engine.store, { name: 'pat', roles: ['editor'], password }, { name: 'test', via: 'cli' });
  const browser = new TestBrowser(base);
  const bad = await browser.post('/login', { name: 'pat', password: `${password}x`, next: '/review' }, await browser.csrf('/login'));
  assert.equal(bad.status, 401);
  const badBody = await bad.text();
  const good = await browser.signIn('pat', password);
  assert.equal(good.status, 303);
  const pages = [badBody, await (await browser.get('/review')).text(), JSON.stringify([...good.headers])];
  for (const text of pages) assert.ok(!text.includes(password), 'not in a response');
  engine.store.transaction(() => undefined);
  const dir = dirname(dbPath);
  for (const file of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, file));
    assert.ok(!bytes.includes(Buffer.from(password)), `not in ${file}`);
  }
  const hash = engine.store.memberAccount('pat')!.passwordHash;
  assert.match(hash, /^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
  assert.ok(!JSON.stringify(engine.store.members()).includes('scrypt$'), 'members are listed without hashes');
});

test('the audit log has one row per transition and cannot be altered, through the application or SQL', async () => {
  const { id } = await newArticle('What is tinea pedis?');
  const before = engine.store.auditOf(id).length;
  await move('rita', id, 'under_review');
  await move('rita', id, 'submitted');
  await move('rita', id, 'approved'); // refused: not written
  assert.equal(engine.store.auditOf(id).length, before + 2);
  for (const method of ['DELETE', 'PUT', 'PATCH', 'POST']) {
    const res = await bearer(base, tokens.rita, method, `/api/articles/${id}/audit`, method === 'DELETE' ? undefined : {});
    assert.equal(res.status, 405, method);
  }
  // The audit log lives in the board file (issue 13).
  const raw = new Database(boardPath(dbPath));
  try {
    assert.throws(
      () => raw.prepare("UPDATE audit_log SET actor = 'mallory'").run(),
      /the audit log is append-only; its rows cannot be changed/,
    );
    assert.throws(() => raw.prepare('DELETE FROM audit_log').run(), /the audit log is append-only; its rows cannot be deleted/);
    assert.throws(() => raw.prepare("UPDATE article_versions SET answer = '{}'").run(), /a saved article version cannot be changed/);
  } finally {
    raw.close();
  }
  assert.equal(engine.store.auditOf(id).length, before + 2);
});

test('importing a changed version of a cited source flips the approved article to needs_re_review, and readers see it', async () => {
  // The terbinafine monograph's own dose (for onychomycosis) is cited by a question about the drug alone.
  const { id, slug } = await newArticle('What is the dose of terbinafine?');
  const article = engine.store.getArticle(id)!;
  if (article.reviewState !== 'approved') {
    if (article.reviewState === 'submitted') await move('ravi', id, 'under_review');
    assert.equal((await move('ravi', id, 'approved')).status, 200);
  }
  const changed = join(tempDir(), 'terbinafine.md');
  writeFileSync(changed, readFileSync(join(fixtureLibrary, 'drugs', 'terbinafine.md'), 'utf8').replace('for 6 weeks', 'for 12 weeks'));
  await ingestPaths(engine.store, [changed]);
  const flagged = engine.store.getArticle(id)!;
  assert.equal(flagged.reviewState, 'needs_re_review');
  const last = engine.store.auditOf(id).at(-1)!;
  assert.deepEqual([last.actor, last.via, last.fromState, last.toState], ['evidentia', 'import', 'approved', 'needs_re_review']);
  const page = await (await fetch(`${base}/articles/${slug}`)).text();
  assert.ok(page.includes('<li class="current" aria-current="step"><span class="mark" aria-hidden="true">● </span>Needs re-review</li>'));
  assert.match(page, /awaiting re-review/);
  // Re-asking does not touch it; a reviewer claims it for re-review.
  await new TestBrowser(base).post('/ask', { q: 'What is the dose of terbinafine?' });
  assert.equal(engine.store.getArticle(id)!.reviewState, 'needs_re_review');
  assert.equal((await move('rita', id, 'under_review')).status, 200);
});

test('sign-in: sessions in HttpOnly SameSite=Lax cookies, logout ends them, wrong passwords lock the account', async () => {
  await addTestMember(engine.store, 'lockme', ['reviewer']);
  const browser = new TestBrowser(base);
  const res = await browser.signIn('ravi');
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('evidentia_session='))!;
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.equal(res.headers.get('location'), '/review');
  assert.equal((await browser.get('/review')).status, 200);
  assert.equal((await browser.post('/logout', {})).status, 303);
  assert.equal((await browser.get('/review')).status, 303, 'signed out: sent to sign in');
  const attacker = new TestBrowser(base);
  const token = await attacker.csrf('/login');
  for (let i = 0; i < 5; i++)
    assert.equal((await attacker.post('/login', { name: 'lockme', password: `wrong password ${i}` }, token)).status, 401);
  const locked = await attacker.post('/login', { name: 'lockme', password: testPassword }, token);
  assert.equal(locked.status, 429);
  assert.match(await locked.text(), /too many failed sign-ins for this account/);
  const open = await attacker.post('/login', { name: 'lockme', password: testPassword, next: '//evil.example/' }, token);
  assert.equal(open.status, 429);
});

test('sign-in attempts from one address are limited, whatever names they try', async () => {
  const limited = await startServer(engine, 0, '127.0.0.1', { signInLimiter: new AttemptLimiter(3) });
  try {
    const browser = new TestBrowser(`http://127.0.0.1:${limited.port}`);
    const token = await browser.csrf('/login');
    for (const name of ['a1', 'a2', 'a3'])
      assert.equal((await browser.post('/login', { name, password: 'guess guess guess' }, token)).status, 401);
    const fourth = await browser.post('/login', { name: 'ravi', password: testPassword }, token);
    assert.equal(fourth.status, 429);
    assert.match(await fourth.text(), /too many sign-in attempts from this address/);
  } finally {
    await limited.close();
  }
});
