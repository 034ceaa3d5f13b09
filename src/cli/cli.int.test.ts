import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fixtureLibrary, fixtures, tempDir } from '../../test/helpers.ts';

const bin = resolve(import.meta.dirname, '..', '..', 'bin', 'evidentia.js');
const run = promisify(execFile);

async function evidentia(args: string[], db: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, EVIDENTIA_DB: db, EVIDENTIA_LIBRARY: fixtureLibrary },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('ask prints JSON for an answered question, ingesting the library into an empty store first', async () => {
  const db = join(tempDir(), 'e.db');
  const result = await evidentia(['ask', 'How is tinea pedis treated?', '--format', 'json'], db);
  assert.equal(result.code, 0, result.stderr);
  const answer = JSON.parse(result.stdout);
  assert.equal(answer.status, 'answered');
  assert.equal(answer.article.reviewState, 'submitted');
  const markdown = await evidentia(['ask', 'How is tinea pedis treated?'], db);
  assert.match(markdown.stdout, /^# Management of tinea pedis\n/);
  assert.match(
    markdown.stdout,
    /\n1\. Fixture guideline on superficial fungal infection\. Evidentia Test Fixtures, 2024\. \[Guideline\]\n/,
  );
});

test('a malformed interchange file fails the import, names file and line, and changes nothing', async () => {
  const db = join(tempDir(), 'e.db');
  const good = join(fixtures, 'interchange', 'chilblains.jsonl');
  const malformed = join(fixtures, 'interchange', 'malformed.jsonl');
  const first = await evidentia(['ingest', good], db);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /ingested 1 file\(s\): 2 added, 0 updated, 0 unchanged, 0 deleted, 0 skipped, 3 passages/);
  const bad = await evidentia(['ingest', good, malformed], db);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, new RegExp(`field "type".* in ${malformed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2\\n`));
  const again = await evidentia(['ingest', good], db);
  assert.match(again.stdout, /0 added, 0 updated, 2 unchanged/);
});

test('usage errors exit non-zero with a message', async () => {
  const db = join(tempDir(), 'e.db');
  const result = await evidentia(['ask', 'x', '--format', 'pdf'], db);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /Evidentia: unknown format "pdf"/);
  const unknown = await evidentia(['frobnicate'], db);
  assert.equal(unknown.code, 2);
});

test('library check stops at a malformed findings line with its file and line, and exits non-zero', async () => {
  const root = join(tempDir(), 'library');
  cpSync(fixtureLibrary, root, { recursive: true });
  cpSync(resolve(import.meta.dirname, '..', '..', 'library', 'lexicon'), join(root, 'lexicon'), { recursive: true });
  const good = await evidentia(['library', 'check', '--quiet', '--root', root], join(tempDir(), 'e.db'));
  assert.equal(good.code, 0, good.stderr);
  appendFileSync(join(root, 'lexicon', 'findings.tsv'), 'WCC 11 without its tabs\n');
  const bad = await evidentia(['library', 'check', '--quiet', '--root', root], join(tempDir(), 'e.db'));
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /findings\.tsv:\d+/);
});
