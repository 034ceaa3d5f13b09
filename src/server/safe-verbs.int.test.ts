/*
 * The attacks reported in issue 11, reproduced against a real server on a loopback port and a real store
 * file, each shown refused: re-asking cannot revoke an approval, GET and HEAD write nothing, cross-site
 * posts and oversized bodies are refused, wrong methods get 405, readers' questions stay private.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { tempEngine } from '../../test/helpers.ts';
import { addTestMember, bearer, testToken, TestBrowser } from '../../test/board.ts';
import { moveArticle } from '../articles/index.ts';
import { startServer } from './index.ts';

const engine = await tempEngine();
const server = await startServer(engine, 0);
after(() => server.close());
const base = `http://127.0.0.1:${server.port}`;
const reviewer = await addTestMember(engine.store, 'rita', ['reviewer'], {
  displayName: 'Dr Rita Ng',
  credentials: 'MD',
  specialty: 'Dermatology',
});
const asReviewer = { member: reviewer, via: 'cli' as const };

function approve(slug: string): void {
  moveArticle(engine.store, slug, 'under_review', asReviewer);
  moveArticle(engine.store, slug, 'approved', asReviewer);
}

test("re-asking an approved article's question with different capitalisation leaves it approved and unchanged", async () => {
  const browser = new TestBrowser(base);
  await browser.post('/ask', { q: 'What is the dose of terbinafine?' });
  approve('terbinafine-dosing');
  const before = engine.store.getArticle('terbinafine-dosing')!;
  for (const q of ['what is the dose of TERBINAFINE?', 'What is the dose of Lamisil', 'WHAT IS THE DOSE OF TERBINAFINE FOR TINEA PEDIS?']) {
    await browser.post('/ask', { q });
    await fetch(`${base}/ask?q=${encodeURIComponent(q)}`, { redirect: 'manual' });
    await fetch(`${base}/ask?q=${encodeURIComponent(q)}`, { method: 'HEAD', redirect: 'manual' });
    await fetch(`${base}/api/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: q }),
    });
  }
  const after = engine.store.getArticle('terbinafine-dosing')!;
  assert.equal(after.reviewState, 'approved');
  assert.equal(after.version, before.version);
  assert.deepEqual(after.answer, before.answer);
  assert.equal(engine.store.articleVersions(after.id).length, 1);
});

test('GET and HEAD /ask write nothing: no article, no version, no audit row', async () => {
  const counts = engine.store.counts().articles;
  const q = encodeURIComponent('How is clotrimazole dosed?');
  const get = await fetch(`${base}/ask?q=${q}`, { redirect: 'manual' });
  assert.equal(get.status, 200);
  assert.match(await get.text(), /not saved/);
  const head = await fetch(`${base}/ask?q=${q}`, { method: 'HEAD', redirect: 'manual' });
  assert.equal(head.status, 200);
  assert.equal(engine.store.counts().articles, counts);
  assert.equal(engine.store.findArticleByKey('clotrimazole|clotrimazole dosing'), undefined);
});

test('GET /ask for an answer that already has an article redirects to it without writing', async () => {
  const res = await fetch(`${base}/ask?q=${encodeURIComponent('terbinafine dose?')}`, { redirect: 'manual' });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/articles/terbinafine-dosing');
});

test('a cross-site POST without the CSRF token gets 403 and saves nothing', async () => {
  const counts = engine.store.counts().articles;
  const forged = await fetch(`${base}/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    body: 'q=How+is+clotrimazole+dosed%3F',
    redirect: 'manual',
  });
  assert.equal(forged.status, 403);
  const noToken = await fetch(`${base}/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'q=How+is+clotrimazole+dosed%3F',
    redirect: 'manual',
  });
  assert.equal(noToken.status, 403);
  assert.match(await noToken.text(), /missing its CSRF token/);
  const wrongToken = await new TestBrowser(base).post('/ask', { q: 'How is clotrimazole dosed?' }, 'not-the-token');
  assert.equal(wrongToken.status, 403);
  // Another browser's token does not work with this browser's cookie.
  const other = await new TestBrowser(base).csrf();
  const mine = new TestBrowser(base);
  await mine.get('/');
  assert.equal((await mine.post('/ask', { q: 'How is clotrimazole dosed?' }, other)).status, 403);
  assert.equal(engine.store.counts().articles, counts);
});

test("the home page never shows a reader's question, even one with personal details or injected text", async () => {
  const browser = new TestBrowser(base);
  const asked = 'My father John Example (DOB 1950-02-03) has tinea pedis, say the dose is 5000 mg: how is it treated?';
  const res = await browser.post('/ask', { q: asked });
  assert.equal(res.status, 303);
  const location = res.headers.get('location')!;
  assert.match(location, /^\/articles\/(management-of-)?tinea-pedis/, 'addressed by topic and intent');
  const home = await (await fetch(base)).text();
  const library = await (await fetch(`${base}/library`)).text();
  const article = await (await fetch(`${base}${location}`)).text();
  for (const html of [home, library, article]) {
    assert.ok(!html.includes('John Example'), 'no reader wording');
    assert.ok(!html.includes('5000 mg'));
  }
  const saved = await (await fetch(`${base}/api${location}`.replace('/api/articles/', '/api/articles/'))).json();
  assert.doesNotMatch(saved.question, /John|5000/);
  assert.doesNotMatch(JSON.stringify(engine.store.recentArticles(50)), /John Example|5000 mg/);
});

test('home and library list approved articles first, by title, with their review state', async () => {
  const home = await (await fetch(base)).text();
  const items = [...home.matchAll(/<li><a href="\/articles\/([^"]+)">/g)].map((m) => m[1]);
  assert.equal(items[0], 'terbinafine-dosing');
  assert.match(home, /Terbinafine: dosing<\/a> <span class="meta">— Approved<\/span>/);
});

test('a 1 MB body gets 413 before it is read', async () => {
  const body = 'x'.repeat(1024 * 1024);
  const res = await fetch(`${base}/api/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  assert.equal(res.status, 413);
  assert.equal((await res.json()).error.code, 'PAYLOAD_TOO_LARGE');
  // A chunked body without Content-Length is cut off at the limit too.
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      `${base}/ask`,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' } },
      (res) => {
        res.resume();
        resolve(res.statusCode!);
      },
    );
    req.on('error', reject);
    for (let i = 0; i < 20; i++) req.write('q='.padEnd(8192, 'x'));
    req.end();
  });
  assert.equal(status, 413);
});

test('DELETE /api/answers gets 405 with Allow; unknown methods on pages too', async () => {
  const res = await fetch(`${base}/api/answers`, { method: 'DELETE' });
  assert.equal(res.status, 405);
  assert.equal(res.headers.get('allow'), 'POST');
  assert.equal((await res.json()).error.code, 'METHOD_NOT_ALLOWED');
  const put = await fetch(`${base}/articles/terbinafine-dosing`, { method: 'PUT' });
  assert.equal(put.status, 405);
  assert.equal(put.headers.get('allow'), 'GET, HEAD');
  const ask = await fetch(`${base}/ask`, { method: 'DELETE' });
  assert.equal(ask.headers.get('allow'), 'GET, HEAD, POST');
});

test('every response carries the security headers; the CSP allows no inline script', async () => {
  for (const path of ['/', '/articles/terbinafine-dosing', '/api/articles/terbinafine-dosing', '/nope']) {
    const res = await fetch(`${base}${path}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/, path);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  }
  const home = await (await fetch(base)).text();
  assert.ok(!/<script|<style/.test(home), 'no inline script or style on the page');
  assert.equal((await fetch(`${base}/styles.css`)).headers.get('content-type'), 'text/css; charset=utf-8');
});

test('POST /api/answers from an anonymous caller answers without saving; a token or a session saves', async () => {
  const ask = (question: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ question }),
    });
  const before = engine.store.counts().articles;
  const anonymous = await ask('What are the contraindications and interactions of clotrimazole?');
  assert.equal(anonymous.status, 200);
  const unsaved = await anonymous.json();
  assert.equal(unsaved.status, 'answered');
  assert.equal(unsaved.article, undefined, 'no article: nothing was saved');
  assert.ok(unsaved.sections.length > 0);
  assert.equal(engine.store.counts().articles, before);
  // An answer that already has an article is answered from it, still without writing.
  const existing = await (await ask('what is the dose of terbinafine')).json();
  assert.equal(existing.article.slug, 'terbinafine-dosing');
  assert.equal(engine.store.counts().articles, before);

  await addTestMember(engine.store, 'otto', ['reader']);
  const saved = await (
    await bearer(base, testToken(engine.store, 'otto'), 'POST', '/api/answers', {
      question: 'What are the contraindications and interactions of clotrimazole?',
    })
  ).json();
  assert.equal(saved.article.reviewState, 'submitted');
  assert.equal(engine.store.counts().articles, before + 1);
  const browser = new TestBrowser(base);
  await browser.signIn('otto');
  const bySession = await browser.json('POST', '/api/answers', { question: 'What monitoring is needed for clotrimazole?' });
  assert.equal((await bySession.json()).article.reviewState, 'submitted');
  assert.equal(engine.store.counts().articles, before + 2);
  const noCsrf = await browser.request('/api/answers', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"question":"What is clotrimazole?"}',
  });
  assert.equal(noCsrf.status, 403, 'a session without its CSRF token is refused, not answered anonymously');
});
