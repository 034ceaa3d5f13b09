/*
 * Follow-ups read in the context of the article they follow, on the bundled library, through the same
 * reader the server, the API and `evidentia ask --follow-up-of` use.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { bundledLibrary, tempDir } from './helpers.ts';
import { allStatements } from './contract.ts';
import { openEvidentia } from '../src/evidentia.ts';
import { followUpThread, followedArticle, readFollowUp, recordFollowUp } from '../src/follow-up.ts';
import { startServer } from '../src/server/index.ts';
import type { Answer } from '../src/answer/index.ts';

const dbPath = join(tempDir(), 'evidentia.db');
const engine = await openEvidentia({ dbPath, libraryPath: bundledLibrary });
const als = engine.store.getArticle(engine.ask('What is the management approach for Amyotrophic Lateral Sclerosis (ALS)?').article!.id)!;
const riluzole = engine.store.getArticle(engine.ask('What is riluzole used for?').article!.id)!;

function followUp(question: string, previous = als): { answer: Answer; answering?: string } {
  const reading = readFollowUp(engine, question, previous);
  assert.equal(reading.clarify, undefined, `"${question}" is read without asking back`);
  return { answer: engine.ask(reading.question), ...(reading.answering ? { answering: reading.answering } : {}) };
}
const text = (a: Answer) => [a.summary, ...allStatements(a).map((s) => s.text)].join(' ');

test('"What about tofersen?" after the ALS article is answered as tofersen in ALS: SOD1, given intrathecally', () => {
  const { answer, answering } = followUp('What about tofersen?');
  assert.equal(answering, 'Tofersen in amyotrophic lateral sclerosis (ALS)');
  assert.match(answer.title, /^Tofersen in amyotrophic lateral sclerosis/);
  assert.match(text(answer), /SOD1/);
  assert.match(text(answer), /intrathecal/i);
});

test('"What are its side effects?" after the riluzole article is about riluzole\'s adverse effects', () => {
  const { answer } = followUp('What are its side effects?', riluzole);
  assert.equal(answer.title, 'Riluzole: adverse effects');
});

test('"And in pregnancy?" after the riluzole article keeps the drug', () => {
  const { answer, answering } = followUp('And in pregnancy?', riluzole);
  assert.equal(answer.focus?.title, 'Riluzole');
  assert.match(text(answer), /pregnan/i);
  assert.match(answering ?? '', /Riluzole/);
});

test('"How is it diagnosed?" after the ALS article is the diagnosis of ALS', () => {
  assert.equal(followUp('How is it diagnosed?').answer.title, 'Diagnosis of amyotrophic lateral sclerosis (ALS)');
});

test('a follow-up that names a new condition switches focus ("What about gout?" after ALS)', () => {
  const reading = readFollowUp(engine, 'What about gout?', als);
  assert.equal(reading.question, 'What about gout?');
  assert.equal(engine.ask(reading.question).title, 'Management of gout');
});

test('a drug asked after a drug article, with no condition to inherit, is that drug on its own', () => {
  const reading = readFollowUp(engine, 'What about edaravone?', riluzole);
  assert.equal(reading.question, 'What about edaravone?');
  assert.equal(engine.ask(reading.question).focus?.title, 'Edaravone');
});

test('with no article to follow and nothing named, "What about it?" asks which condition or medicine is meant', () => {
  const reading = readFollowUp(engine, 'What about it?');
  assert.match(reading.clarify ?? '', /Which condition or medicine/);
});

test('a first question that names its focus is read as it is', () => {
  assert.deepEqual(readFollowUp(engine, 'What is the dose of riluzole?'), { question: 'What is the dose of riluzole?' });
});

test('a follow-up of a follow-up inherits both: "its side effects?" after tofersen-in-ALS is about tofersen', () => {
  const tofersen = engine.store.getArticle(engine.ask(readFollowUp(engine, 'What about tofersen?', als).question).article!.id)!;
  recordFollowUp(engine.store, als, tofersen);
  const { answer } = followUp('What are its side effects?', tofersen);
  assert.equal(answer.title, 'Tofersen in amyotrophic lateral sclerosis (ALS): adverse effects');
});

test('follow-ups are kept as a thread under the article, by article, and survive a restart', async () => {
  const diagnosis = engine.store.getArticle(engine.ask(readFollowUp(engine, 'How is it diagnosed?', als).question).article!.id)!;
  recordFollowUp(engine.store, als, diagnosis);
  recordFollowUp(engine.store, als, diagnosis);
  const reopened = await openEvidentia({ dbPath, libraryPath: bundledLibrary });
  try {
    const thread = followUpThread(reopened.store, reopened.store.getArticle(als.id)!).map((a) => a.answer.title);
    assert.ok(thread.includes('Diagnosis of amyotrophic lateral sclerosis (ALS)'), thread.join(' | '));
    assert.equal(thread.filter((t) => t.startsWith('Diagnosis')).length, 1, 'kept once');
    assert.equal(followedArticle(reopened.store, reopened.store.getArticle(diagnosis.id)!)?.id, als.id);
  } finally {
    reopened.close();
  }
});

test('the API reads followUpOf in context, and lists the thread at /api/articles/:id/followups', async () => {
  const server = await startServer(engine, 0);
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const res = await fetch(`${base}/api/answers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: 'What about tofersen?', followUpOf: als.slug }),
    });
    const answer = (await res.json()) as Answer;
    assert.equal(answer.answering, 'Tofersen in amyotrophic lateral sclerosis (ALS)');
    assert.match(text(answer), /SOD1/);
    const missing = await fetch(`${base}/api/answers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: 'What about it?', followUpOf: 'no-such-article' }),
    });
    assert.equal(missing.status, 404);
    const thread = (await (await fetch(`${base}/api/articles/${als.id}/followups`)).json()) as { followUps: { title: string }[] };
    assert.ok(thread.followUps.some((f) => /^Tofersen in/.test(f.title)));
  } finally {
    await server.close();
  }
});

// The follow-up's speed is measured by `npm run bench` (benchmarks/reader.ts), not by a timed test.
after(() => engine.close());

test('a first question with a relative "that" or "it" is read as it stands, not as a follow-up needing a subject', () => {
  // "a rash that doesn't fade" was answered "Which condition or medicine do you mean?" by the CLI and the follow-up box.
  for (const q of ["kid has a temp of 39 and a rash that doesn't fade under a glass", 'itchy rash under my breasts that will not go away'])
    assert.equal(readFollowUp(engine, q).clarify, undefined, q);
  assert.ok(readFollowUp(engine, 'what about in children?').clarify);
});
