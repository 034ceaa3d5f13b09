/*
 * Serving while importing (issue 13), on a real server process over loopback: article saves and reads
 * answer promptly while an import holds the corpus file's write lock; a store locked by another writer
 * is retried off the event loop (never a 500); `serve --workers 2` shares one port and stops cleanly on
 * SIGTERM.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fixtureLibrary, tempDir } from '../../test/helpers.ts';
import { boardPath, openSqliteStore } from '../store/index.ts';
import { addTestMember, testToken } from '../../test/board.ts';
import { importLockPath } from '../ingest/index.ts';

const cli = join(import.meta.dirname, '..', '..', 'test', 'measured-cli.ts');

function start(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function until<T>(probe: () => T | undefined, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function timed(url: string, init?: RequestInit): Promise<{ status: number; ms: number; body: string }> {
  const t = performance.now();
  const res = await fetch(url, init);
  const body = await res.text();
  return { status: res.status, ms: performance.now() - t, body };
}

function records(file: string, n: number): void {
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `note-${i}`,
      title: `Foot care note ${i}`,
      type: 'study',
      sections: [{ heading: 'Care', text: `Note ${i}: ${'dry the skin between the toes after washing. '.repeat(14)}` }],
    }),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
}

test('during an import, article saves and reads answer promptly and the import lands whole', { timeout: 180_000 }, async () => {
  const dir = tempDir();
  const env = { EVIDENTIA_DB: join(dir, 'evidentia.db'), EVIDENTIA_LIBRARY: fixtureLibrary };
  const server = start(['serve', '--port', '0', '--workers', '2'], env);
  try {
    const base = await until(() => /serving (http:\/\/localhost:\d+)/.exec(server.out())?.[1]);
    assert.match(server.out(), /2 workers/);
    const file = join(dir, 'notes.jsonl');
    records(file, 20000);
    const importing = start(['ingest', file], env);
    await until(() => (existsSync(importLockPath(env.EVIDENTIA_DB)) ? true : undefined));
    await new Promise((r) => setTimeout(r, 300)); // well inside the import's transaction
    const during: { status: number; ms: number }[] = [];
    for (const question of ['How is tinea pedis treated?', 'What is the dose of terbinafine?', 'Is clotrimazole safe?']) {
      during.push(
        await timed(`${base}/api/answers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question }),
        }),
      );
      during.push(await timed(`${base}/healthz`));
    }
    const stillImporting = existsSync(importLockPath(env.EVIDENTIA_DB));
    assert.equal(await importing.exited, 0, importing.err());
    assert.ok(stillImporting, 'the requests ran while the import held its lock');
    for (const r of during) {
      assert.equal(r.status, 200);
      assert.ok(r.ms < 1000, `a request took ${r.ms.toFixed(0)} ms during the import`);
    }
    const health = JSON.parse((await timed(`${base}/healthz`)).body) as { documents: number };
    assert.equal(health.documents, 3 + 20000);
  } finally {
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0, server.err());
  }
});

test(
  'a store locked by another writer is retried off the event loop, never a 500; SIGTERM stops every worker',
  { timeout: 120_000 },
  async () => {
    const dir = tempDir();
    const env = { EVIDENTIA_DB: join(dir, 'evidentia.db'), EVIDENTIA_LIBRARY: fixtureLibrary };
    // Only a member saves through the API (anonymous callers are answered without saving).
    const setup = openSqliteStore(env.EVIDENTIA_DB);
    await addTestMember(setup, 'ed', ['editor']);
    const token = testToken(setup, 'ed');
    setup.close();
    const server = start(['serve', '--port', '0', '--workers', '2'], env);
    const base = await until(() => /serving (http:\/\/localhost:\d+)/.exec(server.out())?.[1]);
    // Another process holds the board file's write lock for 600 ms.
    const holder = new Database(boardPath(env.EVIDENTIA_DB));
    holder.exec('BEGIN IMMEDIATE');
    setTimeout(() => holder.exec('COMMIT'), 600);
    const save = timed(`${base}/api/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ question: 'How is tinea pedis treated?' }),
    });
    const health = await timed(`${base}/healthz`);
    assert.equal(health.status, 200);
    assert.ok(health.ms < 300, `healthz took ${health.ms.toFixed(0)} ms while a save waited`);
    const saved = await save;
    holder.close();
    assert.equal(saved.status, 200, saved.body);
    assert.ok(saved.ms >= 400, 'the save waited for the lock');
    assert.ok((JSON.parse(saved.body) as { article?: { slug: string } }).article?.slug);
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0, server.err());
    assert.doesNotMatch(server.err(), /stopped|error/i);
  },
);
