/*
 * A new guideline for an article's topic is new evidence: importing one (into a real store file) sends
 * the approved articles about that topic back for re-review, with an audit row — and nothing else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, tempEngine } from '../../test/helpers.ts';
import { addTestMember } from '../../test/board.ts';
import { moveArticle } from '../articles/index.ts';
import { ingestPaths } from './index.ts';
import { startServer } from '../server/index.ts';

const engine = await tempEngine();
const rita = await addTestMember(engine.store, 'rita', ['reviewer']);

function approvedArticle(question: string): string {
  const id = engine.ask(question).article!.id;
  moveArticle(engine.store, id, 'under_review', { member: rita, via: 'cli' });
  moveArticle(engine.store, id, 'approved', { member: rita, via: 'cli' });
  return id;
}

function jsonl(records: object[]): string {
  const file = join(tempDir(), 'records.jsonl');
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
  return file;
}

const record = (id: string, type: string, title: string, mesh?: string[]) => ({
  id,
  type,
  title,
  organization: 'Fixture College',
  year: 2025,
  ...(mesh ? { mesh } : {}),
  sections: [{ heading: 'Recommendations', text: 'Keep the feet dry.' }],
});

test("importing a guideline whose title names an article's topic flips the approved articles on it to needs_re_review, with an audit row", async () => {
  const management = approvedArticle('How is tinea pedis treated?');
  const diagnosis = approvedArticle('How is tinea pedis diagnosed?');
  const drug = approvedArticle('What is the dose of clotrimazole?');
  const pending = engine.ask('What is the prognosis of tinea pedis?').article!.id;
  const summary = await ingestPaths(engine.store, [jsonl([record('g-2025', 'guideline', "Athlete's foot: 2025 guideline")])]);
  assert.equal(summary.reReview, 2);
  for (const id of [management, diagnosis]) {
    const article = engine.store.getArticle(id)!;
    assert.equal(article.reviewState, 'needs_re_review');
    assert.equal(article.version, 1, 'content unchanged');
    const last = engine.store.auditOf(id).at(-1)!;
    assert.deepEqual(
      [last.actor, last.via, last.action, last.fromState, last.toState],
      ['evidentia', 'import', 'transition', 'approved', 'needs_re_review'],
    );
    assert.equal(last.comment, 'a new guideline for its topic was imported: "Athlete\'s foot: 2025 guideline" (g-2025)');
  }
  assert.equal(engine.store.getArticle(drug)!.reviewState, 'approved', 'an article about another document is untouched');
  assert.equal(engine.store.getArticle(pending)!.reviewState, 'submitted', 'an article not yet approved keeps its state');
  assert.equal(engine.store.auditOf(pending).length, 1);
  // A reviewer approves it again against the new evidence; the page stops saying it awaits re-review.
  moveArticle(engine.store, management, 'under_review', { member: rita, via: 'cli' });
  const again = moveArticle(engine.store, management, 'approved', { member: rita, via: 'cli' });
  assert.deepEqual([again.reviewState, again.needsReview], ['approved', false]);
});

test('a guideline named by its subject headings flips the article too; other types of document and other topics do not', async () => {
  const id = approvedArticle('How can tinea pedis be prevented?');
  const unrelated = await ingestPaths(engine.store, [
    jsonl([
      record('c-1', 'consumer-health', 'Tinea pedis: a page for patients'),
      record('g-other', 'guideline', 'Onychomycosis guideline'),
      record('rv-1', 'systematic-review', 'Topical treatments for tinea pedis', ['Tinea Pedis']),
    ]),
  ]);
  assert.equal(unrelated.reReview, 0);
  assert.equal(engine.store.getArticle(id)!.reviewState, 'approved');
  const byMesh = await ingestPaths(engine.store, [
    jsonl([record('g-mesh', 'guideline', 'Superficial fungal infections of the skin', ['Tinea Pedis', 'Antifungal Agents'])]),
  ]);
  assert.equal(byMesh.reReview, 2, 'this article and the one approved again in the test above');
  assert.equal(engine.store.getArticle(id)!.reviewState, 'needs_re_review');
  const server = await startServer(engine, 0);
  try {
    const page = await (await fetch(`http://127.0.0.1:${server.port}/articles/${engine.store.getArticle(id)!.slug}`)).text();
    assert.ok(page.includes('<li class="current" aria-current="step"><span class="mark" aria-hidden="true">● </span>Needs re-review</li>'));
    assert.match(
      page,
      /A new guideline on this topic has been published since this article was approved\. The article is awaiting re-review\./,
    );
    assert.ok(!page.includes('A source this article cites has changed'), 'no cited source changed');
  } finally {
    await server.close();
  }
});
