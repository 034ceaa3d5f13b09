/*
 * Editors' pages against a real server and store file: an editor edits an article's content in the
 * form (Markdown of the article), saving a new version; citations are checked on save (422 with the line
 * and the fix, the editor's text kept); the form needs its CSRF token; then the editor resubmits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addTestMember, startBoardServer, bearer, testToken, TestBrowser } from '../../test/board.ts';

const { engine, base } = await startBoardServer();
await addTestMember(engine.store, 'ed', ['editor'], { displayName: 'Ed Okafor' });
await addTestMember(engine.store, 'rita', ['reviewer'], { displayName: 'Dr Rita Ng', credentials: 'MD' });
const rita = testToken(engine.store, 'rita');

async function newArticle(question: string): Promise<{ id: string; slug: string }> {
  const res = await new TestBrowser(base).post('/ask', { q: question });
  const slug = res.headers.get('location')!.replace(/^\/articles\//, '');
  return { id: engine.store.getArticle(slug)!.id, slug };
}

/** The text box's content, as the browser would submit it. */
function textarea(html: string): string {
  const inner = /<textarea[^>]*name="content"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1];
  assert.ok(inner !== undefined, 'the page has the content text box');
  return inner
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

async function editor(): Promise<TestBrowser> {
  const browser = new TestBrowser(base);
  assert.equal((await browser.signIn('ed')).status, 303);
  return browser;
}

test('an editor edits the content in the form, saving a new version, then resubmits it', async () => {
  const { id, slug } = await newArticle('How is tinea pedis treated?');
  await bearer(base, rita, 'POST', `/api/articles/${id}/transitions`, { to: 'under_review' });
  await bearer(base, rita, 'POST', `/api/articles/${id}/transitions`, { to: 'changes_requested', comment: 'Say how long to treat.' });
  const ed = await editor();
  const review = await (await ed.get(`/review/${slug}`)).text();
  assert.ok(review.includes(`href="/review/${slug}/edit"`), 'the review page links to the edit page');
  const form = await ed.get(`/review/${slug}/edit`);
  assert.equal(form.status, 200);
  const html = await form.text();
  assert.match(html, /name="_csrf" value="[^"]+"/);
  assert.match(html, /name="version" value="1"/);
  const markdown = textarea(html);
  const statement = engine.store.getArticle(id)!.answer.sections[1]!.statements[0]!.text;
  assert.ok(markdown.includes(`- ${statement} [`));
  const edited = markdown.replaceAll(statement, `${statement.replace(/\.$/, '')}, for 1 week, then review.`);
  const saved = await ed.post(`/review/${slug}/edit`, { content: edited, version: '1' });
  assert.equal(saved.status, 303, await saved.clone().text());
  assert.equal(saved.headers.get('location'), `/review/${slug}`);
  const article = engine.store.getArticle(id)!;
  assert.deepEqual([article.version, article.reviewState, article.editedBy], [2, 'changes_requested', 'ed']);
  assert.match(article.answer.sections[1]!.statements[0]!.text, /for 1 week, then review\.$/);
  assert.deepEqual(article.answer.references, engine.store.articleVersion(id, 1)!.answer.references, 'references kept as they were');
  const last = engine.store.auditOf(id).at(-1)!;
  assert.deepEqual([last.actor, last.via, last.action, last.version], ['ed', 'web', 'edited', 2]);

  const resubmitted = await ed.post(`/review/${slug}/transitions`, { to: 'submitted' });
  assert.equal(resubmitted.status, 303);
  assert.equal(engine.store.getArticle(id)!.reviewState, 'submitted');
});

test('saving an untouched edit page changes no content', async () => {
  const { id, slug } = await newArticle('What is the dose of terbinafine?');
  const ed = await editor();
  const markdown = textarea(await (await ed.get(`/review/${slug}/edit`)).text());
  assert.equal((await ed.post(`/review/${slug}/edit`, { content: markdown, version: '1' })).status, 303);
  const [v1, v2] = [engine.store.articleVersion(id, 1)!.answer, engine.store.articleVersion(id, 2)!.answer];
  assert.deepEqual([v2.title, v2.summary, v2.sections, v2.references], [v1.title, v1.summary, v1.sections, v1.references]);
});

test("a citation that does not resolve is refused on save with 422, the line named and the editor's text kept", async () => {
  const { id, slug } = await newArticle('What are the adverse effects of terbinafine?');
  const ed = await editor();
  const markdown = textarea(await (await ed.get(`/review/${slug}/edit`)).text());
  const broken = markdown.replace(/^(- .*?)( \[\d+\])+$/m, '$1 [9] <script>alert(1)</script> [9]');
  const res = await ed.post(`/review/${slug}/edit`, { content: broken, version: '1' });
  assert.equal(res.status, 422);
  const html = await res.text();
  assert.match(
    html,
    /role="alert">Evidentia: line \d+ of the article: citation \[9\] in &quot;.*&quot; does not resolve to a reference \(listed: \[1\]/,
  );
  assert.ok(!html.includes('<script>alert(1)</script>'), 'the kept text is escaped');
  assert.equal(textarea(html), broken.replace(/\r\n/g, '\n'), "the editor's text is kept");
  assert.equal(engine.store.getArticle(id)!.version, 1, 'nothing saved');
  const uncited = markdown.replace(/\n$/, '\n[8] Extra source\n    Type: rct\n');
  const res2 = await ed.post(`/review/${slug}/edit`, { content: uncited, version: '1' });
  assert.equal(res2.status, 422);
  assert.match(await res2.text(), /reference \[8\] is not cited by any statement; cite it or remove it/);
});

test('the edit form needs its CSRF token, the editor role, a current version and an article not under review', async () => {
  const { id, slug } = await newArticle('What is the dose of clotrimazole?');
  const ed = await editor();
  const markdown = textarea(await (await ed.get(`/review/${slug}/edit`)).text());
  assert.equal((await ed.post(`/review/${slug}/edit`, { content: markdown, version: '1' }, false)).status, 403);
  assert.equal((await ed.post(`/review/${slug}/edit`, { content: markdown, version: '1' }, 'forged')).status, 403);
  const anonymous = new TestBrowser(base);
  const redirect = await anonymous.get(`/review/${slug}/edit`);
  assert.equal(redirect.status, 303);
  assert.equal(redirect.headers.get('location'), `/login?next=${encodeURIComponent(`/review/${slug}/edit`)}`);
  assert.equal((await anonymous.post(`/review/${slug}/edit`, { content: markdown, version: '1' })).status, 401);
  const reviewer = new TestBrowser(base);
  await reviewer.signIn('rita');
  assert.equal((await reviewer.get(`/review/${slug}/edit`)).status, 403);
  assert.equal((await reviewer.post(`/review/${slug}/edit`, { content: markdown, version: '1' })).status, 403);
  assert.equal((await ed.post(`/review/${slug}/edit`, { content: markdown, version: '1' })).status, 303);
  const stale = await ed.post(`/review/${slug}/edit`, { content: markdown, version: '1' });
  assert.equal(stale.status, 409);
  assert.match(await stale.text(), /is at version 2; this edit was made on version 1 — reload and edit the current version/);
  await bearer(base, rita, 'POST', `/api/articles/${id}/transitions`, { to: 'under_review' });
  const claimed = await ed.get(`/review/${slug}/edit`);
  assert.equal(claimed.status, 409);
  assert.match(await claimed.text(), /is under review; the reviewer must approve, request changes or release it/);
  assert.equal(engine.store.getArticle(id)!.version, 2);
});
