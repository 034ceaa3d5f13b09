/*
 * Imports as an operator runs them, in real processes on real store files (issue 13): one import at a
 * time (a second waits, or exits 75 with --no-wait), an import killed with SIGKILL at a random point
 * leaves the store intact and as it was, and records over a limit end quickly, named, in bounded memory.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fixtureLibrary, tempDir } from './helpers.ts';
import { boardPath } from '../src/store/index.ts';
import { importLockPath } from '../src/ingest/index.ts';

const measured = join(import.meta.dirname, 'measured-cli.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak RSS of the child in MB (from its own process.resourceUsage()). */
  maxRssMb: number;
}

function run(args: string[], env: Record<string, string>): { child: ReturnType<typeof spawn>; done: Promise<Run> } {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', measured, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((resolve) =>
    child.on('close', (code) => {
      const rss = /maxRSS (\d+)\n?$/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/maxRSS \d+\n?$/, ''),
        ms: performance.now() - started,
        maxRssMb: rss ? Number(rss[1]) / 1024 : NaN,
      });
    }),
  );
  return { child, done };
}

/** A store with the fixture library, and an environment pointing at it. */
async function store(): Promise<{ dir: string; db: string; env: Record<string, string> }> {
  const dir = tempDir();
  const db = join(dir, 'evidentia.db');
  const env = { EVIDENTIA_DB: db, EVIDENTIA_LIBRARY: fixtureLibrary };
  const first = await run(['ingest', join(fixtureLibrary, 'topics')], env).done;
  assert.equal(first.code, 0, first.stderr);
  return { dir, db, env };
}

/** A JSON Lines file of `n` small valid records, big enough for an import to take a few seconds. */
function manyRecords(file: string, n: number, prefix = 'rec'): void {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = `Record ${i} says that chilblains improve with warmth; ${'gradual rewarming of the skin helps. '.repeat(12)}`;
    lines.push(
      JSON.stringify({
        id: `${prefix}-${i}`,
        title: `Chilblains note ${i}`,
        type: 'study',
        year: 2020,
        sections: [{ heading: 'Care', text }],
      }),
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

function counts(db: string): { documents: number; passages: number; integrity: string; boardIntegrity: string } {
  const raw = new Database(db, { readonly: true });
  const board = new Database(boardPath(db), { readonly: true });
  try {
    return {
      documents: (raw.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n,
      passages: (raw.prepare('SELECT COUNT(*) AS n FROM passages').get() as { n: number }).n,
      integrity: raw.pragma('integrity_check', { simple: true }) as string,
      boardIntegrity: board.pragma('integrity_check', { simple: true }) as string,
    };
  } finally {
    raw.close();
    board.close();
  }
}

async function until(condition: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

test(
  'two concurrent imports: the second exits 75 with --no-wait, or waits naming the first, without a stack trace',
  { timeout: 120_000 },
  async () => {
    const { dir, db, env } = await store();
    const big = join(dir, 'big.jsonl');
    manyRecords(big, 20000);
    const small = join(dir, 'small.jsonl');
    manyRecords(small, 3, 'small');
    const first = run(['ingest', big], env);
    await until(() => existsSync(importLockPath(db)));

    const waitingRun = run(['ingest', small], env);
    const refused = await run(['ingest', small, '--no-wait'], env).done;
    assert.equal(refused.code, 75);
    assert.match(
      refused.stderr,
      /^Evidentia: another import is running \(pid \d+, since \d\d:\d\d:\d\d UTC: ingest .*big\.jsonl\); try again when it has finished/,
    );
    assert.equal(refused.stderr.trim().split('\n').length, 1, refused.stderr);
    assert.doesNotMatch(refused.stderr, /\n\s+at /);

    const done = await first.done;
    const waiting = await waitingRun.done;
    assert.equal(done.code, 0, done.stderr);
    assert.equal(waiting.code, 0, waiting.stderr);
    assert.match(waiting.stderr, /^Evidentia: waiting for another import is running \(pid \d+, .*big\.jsonl\) to finish/);
    assert.match(waiting.stdout, /3 added/);
    assert.ok(waiting.ms >= 0);
    assert.equal(counts(db).documents, 1 + 20000 + 3);
  },
);

test('an import killed with SIGKILL at a random point leaves integrity ok and the previous counts', { timeout: 120_000 }, async () => {
  const { dir, db, env } = await store();
  const before = counts(db);
  const big = join(dir, 'big.jsonl');
  // Large enough that the import is still writing when the kill comes, whatever the machine's speed.
  manyRecords(big, 30000);
  const victim = run(['ingest', big], env);
  await until(() => existsSync(importLockPath(db)));
  await new Promise((r) => setTimeout(r, 100 + Math.floor(Math.random() * 1500)));
  victim.child.kill('SIGKILL');
  const killed = await victim.done;
  assert.equal(killed.code, null, 'killed, not finished');
  const after = counts(db);
  assert.equal(after.integrity, 'ok');
  assert.equal(after.boardIntegrity, 'ok');
  assert.deepEqual({ documents: after.documents, passages: after.passages }, { documents: before.documents, passages: before.passages });
  // The dead import's lock is taken over: the next import runs.
  const again = await run(['ingest', join(dir, 'big.jsonl'), '--no-wait'], env).done;
  assert.equal(again.code, 0, again.stderr);
  assert.equal(counts(db).documents, before.documents + 30000);
});

/** Write `bytes` of prose as one JSON Lines record's text, then a small valid record on line 2. */
async function hugeRecord(file: string, mb: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string) => new Promise<void>((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
  await write('{"id":"huge","title":"Huge","type":"study","sections":[{"heading":"Text","text":"');
  const sentence = 'Chilblains are small itchy swellings that follow cold exposure. '.repeat(1024);
  for (let written = 0; written < mb * 1024 * 1024; written += sentence.length) await write(sentence);
  await write('"}]}\n');
  await write(
    `${JSON.stringify({ id: 'fine', title: 'Fine', type: 'study', sections: [{ heading: 'Care', text: 'Keep the feet warm and dry.' }] })}\n`,
  );
  await new Promise<void>((resolve) => out.end(resolve));
}

for (const mb of [50, 150]) {
  test(`a ${mb} MB record is skipped in under 10 s naming the record limit, in under 600 MB`, { timeout: 120_000 }, async () => {
    const { dir, db, env } = await store();
    const file = join(dir, `huge-${mb}.jsonl`);
    await hugeRecord(file, mb);
    const before = counts(db).documents;
    const stopped = await run(['ingest', file], env).done;
    assert.equal(stopped.code, 1);
    assert.equal(stopped.stderr.trim(), `Evidentia: record of ${mb} MB is over the record limit of 16 MB (--max-record-mb) in ${file}:1`);
    assert.equal(counts(db).documents, before, 'nothing landed');
    const skipped = await run(['ingest', file, '--continue-on-error'], env).done;
    assert.equal(skipped.code, 0, skipped.stderr);
    assert.match(
      skipped.stderr,
      new RegExp(`skipped: record of ${mb} MB is over the record limit of 16 MB \\(--max-record-mb\\) in .*huge-${mb}\\.jsonl:1`),
    );
    assert.match(skipped.stdout, /1 added, .* 1 skipped/);
    for (const r of [stopped, skipped]) {
      assert.ok(r.ms < 10_000, `took ${r.ms.toFixed(0)} ms`);
      assert.ok(r.maxRssMb < 600, `peak RSS ${r.maxRssMb.toFixed(0)} MB`);
    }
  });
}

test('a record cut into more passages than the limit is skipped naming --max-passages', { timeout: 60_000 }, async () => {
  const { dir, env } = await store();
  const file = join(dir, 'long.jsonl');
  await hugeRecord(file, 1);
  const r = await run(['ingest', file, '--continue-on-error', '--max-passages', '100'], env).done;
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /skipped: document of \d+ passages is over the limit of 100 passages per document \(--max-passages\) in .*long\.jsonl:1/,
  );
});

test(
  'an HTML page 100,000 elements deep imports in under 10 s, flattened past depth 256, in under 600 MB',
  { timeout: 60_000 },
  async () => {
    const { dir, env } = await store();
    const file = join(dir, 'deep.html');
    writeFileSync(
      file,
      `<html><head><title>Deep page</title></head><body><h1>Chilblains deep</h1><p>Chilblains heal in one to three weeks.</p>${'<div><span><b>'.repeat(100_000 / 3 + 1)}<p>Keep the feet warm.</p></body></html>`,
    );
    const r = await run(['ingest', file], env).done;
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /note: .*deep\.html: \d+ elements nested deeper than the HTML depth limit of 256 \(--max-html-depth\) were flattened/,
    );
    assert.match(r.stdout, /1 added/);
    assert.ok(r.ms < 10_000, `took ${r.ms.toFixed(0)} ms`);
    assert.ok(r.maxRssMb < 600, `peak RSS ${r.maxRssMb.toFixed(0)} MB`);
  },
);

test('a gzip bomb of one huge XML text node stops at the record limit, named', { timeout: 60_000 }, async () => {
  const { gzipSync } = await import('node:zlib');
  const { dir, env } = await store();
  const file = join(dir, 'bomb.xml.gz');
  const text = Buffer.alloc(200 * 1024 * 1024, 'a');
  writeFileSync(
    file,
    gzipSync(
      Buffer.concat([
        Buffer.from('<PubmedArticleSet><PubmedArticle><MedlineCitation><Article><Abstract><AbstractText>'),
        text,
        Buffer.from('</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>'),
      ]),
    ),
  );
  const r = await run(['ingest', file], env).done;
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^Evidentia: record of more than 16 MB of text inside <AbstractText> is over the record limit of 16 MB \(--max-record-mb\) with the rest of the file in .*bomb\.xml\.gz:1\n$/,
  );
  assert.ok(r.ms < 10_000, `took ${r.ms.toFixed(0)} ms`);
  assert.ok(r.maxRssMb < 600, `peak RSS ${r.maxRssMb.toFixed(0)} MB`);
});
