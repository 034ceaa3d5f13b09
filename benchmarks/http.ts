/*
 * `npm run bench:http`: the server under load, on loopback. A temporary store with the bundled library;
 * `evidentia serve` (compiled) with 1 and then 2 workers, each loaded by autocannon at concurrency 8 and
 * 32 for a fixed time with POST /api/answers over the shared dev questions (warm: each asked once first)
 * and GET /healthz; then, with 2 workers, the same load while `evidentia ingest` imports the shared
 * MedQuAD file into the same store. Prints req/s, p50/p95/p99 and max latency, errors and non-2xx, and
 * writes reports/bench-http.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'evidentia.js');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const medquad = resolve(root, process.env.BENCH_IMPORT ?? '../shared/data/docs/medquad.jsonl');
const questions = readFileSync(resolve(root, '../shared/eval/dev-questions.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { question: string }).question);

interface Figures {
  workers: number;
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  non2xx: number;
}

const dir = mkdtempSync(join(tmpdir(), 'evidentia-bench-http-'));
const env = { ...process.env, EVIDENTIA_DB: join(dir, 'evidentia.db') };

function startServer(workers: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--workers', String(workers)], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveStart, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/localhost:\d+)/.exec(out);
      if (m)
        resolveStart({
          url: m[1]!.replace('localhost', '127.0.0.1'),
          stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))),
        });
    });
    child.once('exit', (code) => reject(new Error(`evidentia serve exited with ${code}: ${out}`)));
  });
}

/** Load the server for `duration` seconds (or until `until` resolves) and measure every response. */
function load(url: string, workers: number, connections: number, duration: number, until?: Promise<unknown>): Promise<Figures> {
  let n = 0;
  const latencies: number[] = [];
  return new Promise((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: until ? 3600 : duration,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/api/answers',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: JSON.stringify({ question: questions[n++ % questions.length] }) }),
          },
          { method: 'GET', path: '/healthz' },
        ],
      },
      (err, result) => {
        if (err) return fail(err);
        latencies.sort((a, b) => a - b);
        const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
        done({
          workers,
          connections,
          seconds: +result.duration.toFixed(1),
          requests: latencies.length,
          reqPerSec: +(latencies.length / result.duration).toFixed(1),
          p50Ms: +at(0.5).toFixed(1),
          p95Ms: +at(0.95).toFixed(1),
          p99Ms: +at(0.99).toFixed(1),
          maxMs: +(latencies[latencies.length - 1] ?? NaN).toFixed(1),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
    until?.then(() => instance.stop());
  });
}

function print(label: string, f: Figures): void {
  console.log(
    `${label.padEnd(26)} workers ${f.workers} c=${String(f.connections).padEnd(2)} ${String(f.reqPerSec).padStart(6)} req/s  p50 ${f.p50Ms} ms  p95 ${f.p95Ms} ms  p99 ${f.p99Ms} ms  max ${f.maxMs} ms  errors ${f.errors}  non-2xx ${f.non2xx}  (${f.requests} in ${f.seconds} s)`,
  );
}

const runs: Record<string, Figures> = {};
try {
  for (const workers of [1, 2]) {
    const server = await startServer(workers);
    try {
      for (const question of questions) {
        await fetch(`${server.url}/api/answers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question }),
        });
      }
      await load(server.url, workers, 8, 3); // warm every worker
      for (const connections of [8, 32]) {
        const f = await load(server.url, workers, connections, seconds);
        runs[`w${workers}c${connections}`] = f;
        print('steady', f);
      }
    } finally {
      await server.stop();
    }
  }
  if (!existsSync(medquad)) throw new Error(`no import file at ${medquad} (set BENCH_IMPORT)`);
  const server = await startServer(2);
  try {
    await load(server.url, 2, 8, 3);
    const started = performance.now();
    const importer = spawn(process.execPath, [bin, 'ingest', medquad], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let summary = '';
    importer.stdout.on('data', (d) => (summary += d));
    const imported = new Promise<number | null>((done) => importer.once('exit', done));
    const f = await load(server.url, 2, 8, 0, imported);
    const code = await imported;
    runs.importing = f;
    print('during MedQuAD import', f);
    console.log(`  import: exit ${code}, ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary.trim()}`);
  } finally {
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const ratio8 = +(runs.w2c8!.reqPerSec / runs.w1c8!.reqPerSec).toFixed(2);
const ratio32 = +(runs.w2c32!.reqPerSec / runs.w1c32!.reqPerSec).toFixed(2);
const during = runs.importing!;
const checks = {
  noErrors: Object.values(runs).every((f) => f.errors === 0 && f.non2xx === 0),
  scaling: { c8: ratio8, c32: ratio32, target: 1.7, met: ratio8 >= 1.7 && ratio32 >= 1.7 },
  duringImport: {
    p99Ms: during.p99Ms,
    maxMs: during.maxMs,
    met: during.p99Ms < 250 && during.maxMs < 1000 && during.non2xx === 0 && during.errors === 0,
  },
};
console.log(`2 workers / 1 worker: ${ratio8}× at c=8, ${ratio32}× at c=32 (target ≥ 1.7×)`);
console.log(
  `during import: p99 ${during.p99Ms} ms (target < 250), max ${during.maxMs} ms (target < 1000), non-2xx ${during.non2xx}, errors ${during.errors}`,
);
mkdirSync(join(root, 'reports'), { recursive: true });
const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  seconds,
  runs,
  checks,
};
writeFileSync(join(root, 'reports', 'bench-http.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('wrote reports/bench-http.json');
