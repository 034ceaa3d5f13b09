/*
 * Traceability end to end: locators and a label's revision date written in the library reach the
 * answer JSON references, the Markdown and HTML renderings and the editor's round trip; a store from
 * before migration 8 opens and keeps its passages; `library stale --json` works from the command line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { fixtureLibrary, fixtures, tempDir, tempEngine } from './helpers.ts';
import { answerToMarkdown, publicAnswer } from '../src/answer/index.ts';
import { articleToMarkdown, markdownToArticle } from '../src/articles/index.ts';
import { createApp } from '../src/server/app.ts';
import { migrations } from '../src/store/sqlite/migrations.ts';
import { openSqliteStore } from '../src/store/index.ts';
import { contentHash, documentPassages } from '../src/ingest/index.ts';
import { loadLibraryFile } from '../src/ingest/library/load.ts';

const traced = join(fixtures, 'traceability');
const engine = await tempEngine(traced);

test("answer JSON references list the locators cited from them, in order of first citation, and a label's revision date", () => {
  const answer = publicAnswer(engine.ask('How is tinea pedis treated?', 'clinician', { save: false }));
  assert.equal(answer.status, 'answered');
  const byTitle = new Map(answer.references.map((r) => [r.title, r]));
  // The overview's §1.1.1 first, then the treatment statement's two places; only locators the library wrote.
  const guideline = byTitle.get('Fixture guideline on superficial fungal infection')?.locators ?? [];
  assert.deepEqual(guideline.slice(0, 3), ['§1.1.1', '§1.2.3', 'table 2']);
  assert.ok(
    guideline.every((l) => ['§1.1.1', '§1.2.3', 'table 2', 'rec 1.3.1'].includes(l)),
    guideline.join('; '),
  );
  const label = byTitle.get('Fixture terbinafine cream label');
  assert.deepEqual([label?.revised, label?.locators], ['2024-03', ['2 Dosage and administration']]);
  // A qualifier's locator counts too.
  assert.deepEqual(byTitle.get('Fixture guideline on foot care from 2009')?.locators, ['p 14']);
});

test('references cited without locators carry no locators field, as before', async () => {
  const plain = await tempEngine(fixtureLibrary);
  const answer = plain.ask('How is tinea pedis treated?', 'clinician', { save: false });
  assert.equal(answer.status, 'answered');
  for (const r of answer.references) assert.deepEqual([r.locators, r.revised], [undefined, undefined], r.title);
});

test("the Markdown answer shows each reference's revision date and the places cited", () => {
  const markdown = answerToMarkdown(engine.ask('How is tinea pedis treated?', 'clinician', { save: false }));
  assert.match(
    markdown,
    /\n\d\. Fixture terbinafine cream label\. Evidentia Test Fixtures, 2024\. \[Drug label\] Revised 2024-03\. Cited at: 2 Dosage and administration\.\n/,
  );
  assert.match(
    markdown,
    /\n\d\. Fixture guideline on superficial fungal infection\. Evidentia Test Fixtures, 2024\. \[Guideline\] Cited at: §1\.1\.1; §1\.2\.3; table 2(; rec 1\.3\.1)?\.\n/,
  );
});

test('the article page lists the revision date and locators with each reference', async () => {
  const app = createApp(engine);
  const res = await app.request(`/ask?q=${encodeURIComponent('What is the dose of terbinafine?')}`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(
    html,
    /Fixture terbinafine tablets label\. Evidentia Test Fixtures\. Revised 2022-11-30\. Cited at: 2 Dosage and administration\.</,
  );
});

test("the editor's Markdown round-trips a reference's revision date and locators", () => {
  const answer = engine.ask('How is tinea pedis treated?', 'clinician', { save: false });
  const content = { title: answer.title, summary: answer.summary, sections: answer.sections, references: answer.references };
  const markdown = articleToMarkdown(content);
  assert.match(markdown, /\n {4}Revised: 2024-03\n {4}Locators: 2 Dosage and administration\n/);
  const back = markdownToArticle(markdown, 1);
  assert.deepEqual(back.references, answer.references);
});

test('a store at schema 7 migrates to 8 and on: old passages read without locators, new ones keep them', () => {
  const path = join(tempDir(), 'old.db');
  const old = new Database(path);
  for (const m of migrations.slice(0, 7)) {
    if (typeof m === 'string') old.exec(m);
    else {
      old.exec(m.sql);
      m.rows(old);
    }
  }
  old.pragma('user_version = 7');
  old.exec(
    `INSERT INTO documents (id, kind, title, aliases, origin, content_hash, ingested_at) VALUES ('old-topic', 'topic', 'Old topic', '[]', 'x.md', 'h', '2025-01-01')`,
  );
  old.exec(
    `INSERT INTO passages (document_id, ordinal, section, section_ordinal, text, children, citations, doc_title, body) VALUES ('old-topic', 0, 'Overview', 0, 'An old statement.', '[]', '["old-topic/k"]', 'Old topic', 'An old statement.')`,
  );
  old.close();

  const store = openSqliteStore(path);
  try {
    const [passage] = store.passagesOf(['old-topic']);
    assert.deepEqual([passage?.text, passage?.citations, passage?.locators], ['An old statement.', ['old-topic/k'], undefined]);
    const doc = loadLibraryFile(join(traced, 'drugs', 'terbinafine.md'));
    store.putDocument(doc, contentHash(doc), documentPassages(doc));
    assert.deepEqual(
      store.passagesOf(['terbinafine']).map((p) => p.locators),
      [
        [{ key: 'terbinafine/fixture-label', locator: '2 Dosage and administration' }],
        [{ key: 'terbinafine/fixture-label', locator: '5.1 Warnings and precautions' }],
      ],
    );
    assert.equal(store.sources(['terbinafine/fixture-label'])[0]?.revised, '2022-11-30');
  } finally {
    store.close();
  }
  const raw = new Database(path);
  try {
    assert.equal(raw.pragma('user_version', { simple: true }), migrations.length);
  } finally {
    raw.close();
  }
});

test('evidentia library stale --json lists old sources and files with file and line; --older-than changes the age', async () => {
  const bin = resolve(import.meta.dirname, '..', 'bin', 'evidentia.js');
  const run = promisify(execFile);
  const env = { ...process.env, EVIDENTIA_LIBRARY: traced, EVIDENTIA_DB: join(tempDir(), 'e.db') };
  const { stdout } = await run(process.execPath, [bin, 'library', 'stale', '--json'], { env });
  const report = JSON.parse(stdout) as {
    sourceYears: number;
    sources: { file: string; line: number; key: string }[];
    files: { file: string; line: number; id: string }[];
  };
  assert.equal(report.sourceYears, 5);
  assert.ok(
    report.sources.some((s) => s.key === 'fixture-old-guideline' && s.file.endsWith('tinea-pedis.md') && s.line === 14),
    stdout,
  );
  assert.ok(
    report.files.some((f) => f.id === 'terbinafine' && f.line === 7),
    stdout,
  );
  const lenient = JSON.parse(
    (await run(process.execPath, [bin, 'library', 'stale', '--json', '--older-than', '40', '--reviewed-older-than', '40'], { env })).stdout,
  );
  assert.deepEqual([lenient.sources, lenient.files], [[], []]);
  const text = (await run(process.execPath, [bin, 'library', 'stale'], { env })).stdout;
  assert.match(
    text,
    /tinea-pedis\.md:14: source "fixture-old-guideline" \(guideline, 2009\) is \d+(\.\d)? years old; cited by 1 statement\n/,
  );
  await assert.rejects(
    run(process.execPath, [bin, 'library', 'stale', '--older-than', 'soon'], { env }),
    /--older-than takes a number of years greater than 0, not "soon"/,
  );
});
