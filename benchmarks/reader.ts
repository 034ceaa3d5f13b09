/*
 * Benchmarks for the reader's page (issue 12):
 *
 * - Follow-ups in context, in process and warm: a temporary store with the bundled library, the ALS and
 *   riluzole articles saved, then a fixed set of follow-ups asked of them through `askFollowUp` — what
 *   the article page's follow-up box (`POST /ask` with `context`) and `POST /api/answers` with
 *   `followUpOf` run: the followed article looked up, the question read in its context, answered (the
 *   article found or saved) and kept in the thread. Each asked once before timing.
 * - The ALS article page as the server sends it, and its time to first byte: the same store served by
 *   `evidentia serve --workers 1` (from source) on a loopback port in a child process, the page
 *   fetched like a browser (accepting brotli and gzip, sending back its cookies) over one kept-alive
 *   connection, one request at a time. Bytes are reported as sent with each encoding; TTFB is from the
 *   request written to the response's first bytes (status and headers) arriving.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openEvidentia } from '../src/evidentia.ts';
import { libraryRoot } from '../src/config.ts';
import { askFollowUp, previousArticle } from '../src/server/routes-followups.ts';
import { percentile, round, timeRounds } from './stats.ts';

export const alsQuestion = 'What is the management approach for Amyotrophic Lateral Sclerosis (ALS)?';
const riluzoleQuestion = 'What is riluzole used for?';

/** Follow-ups and the article each follows (by the question that article answers). */
export const benchmarkFollowUps: { after: string; question: string }[] = [
  { after: alsQuestion, question: 'What about tofersen?' },
  { after: alsQuestion, question: 'What about edaravone?' },
  { after: alsQuestion, question: 'How is it diagnosed?' },
  { after: alsQuestion, question: 'and in pregnancy?' },
  { after: alsQuestion, question: 'What about gout?' },
  { after: riluzoleQuestion, question: 'What are its side effects?' },
  { after: riluzoleQuestion, question: 'And in pregnancy?' },
  { after: riluzoleQuestion, question: 'What is its dose?' },
];

export interface FollowUpBenchmark {
  followUps: number;
  rounds: number;
  samples: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export async function benchmarkFollowUp(rounds = 20): Promise<FollowUpBenchmark> {
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-bench-followup-'));
  const engine = await openEvidentia({ dbPath: join(dir, 'bench.db'), libraryPath: libraryRoot() });
  try {
    const slugs = new Map<string, string>();
    for (const q of new Set(benchmarkFollowUps.map((f) => f.after))) {
      const slug = engine.ask(q).article?.slug;
      if (!slug) throw new Error(`"${q}" saved no article`);
      slugs.set(q, slug);
    }
    const ask = (f: { after: string; question: string }) =>
      askFollowUp(engine, f.question, 'clinician', previousArticle(engine, slugs.get(f.after)), (q) => engine.ask(q, 'clinician'), true);
    const results = timeRounds(benchmarkFollowUps, rounds, (f) => {
      const answer = ask(f);
      if (answer.status !== 'answered') throw new Error(`follow-up "${f.question}" was not answered (${answer.status})`);
    });
    return { followUps: benchmarkFollowUps.length, ...results };
  } finally {
    engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ArticlePageBenchmark {
  path: string;
  /** Bytes of the page body as sent: no encoding accepted, gzip, brotli. */
  bytes: { identity: number; gzip: number; br: number };
  /** The same for the patient's rendering of the article. */
  patientBytes: { identity: number; gzip: number; br: number };
  requests: number;
  ttfbMedianMs: number;
  ttfbP95Ms: number;
  ttfbMaxMs: number;
  /** To the last byte of the body. */
  totalMedianMs: number;
  totalP95Ms: number;
  /** The server process's CPU time per timed request: its own cost, whatever else the machine runs. */
  serverCpuMsPerRequest: number;
  /** The machine's one-minute load average when the timing ended (others' jobs lengthen TTFB). */
  loadAverage: number;
}

interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  ttfbMs: number;
  totalMs: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string, headers: Record<string, string>): Promise<Fetched> {
  return new Promise((done, fail) => {
    const start = performance.now();
    request(url, { agent, headers }, (res) => {
      const ttfbMs = performance.now() - start;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), ttfbMs, totalMs: performance.now() - start }),
      );
    })
      .on('error', fail)
      .end();
  });
}

/** CPU milliseconds a process has used so far (Linux /proc, in 1/100 s). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const script = resolve(import.meta.dirname, 'serve-source.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, 'serve', '--port', '0', '--workers', '1'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((started, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/localhost:\d+)/.exec(out);
      if (m)
        started({
          url: m[1]!.replace('localhost', '127.0.0.1'),
          pid: child.pid!,
          stop: () => new Promise((stopped) => (child.once('exit', () => stopped()), child.kill('SIGTERM'))),
        });
    });
    child.once('exit', (code) => fail(new Error(`evidentia serve exited with ${code}: ${out}`)));
  });
}

export async function benchmarkArticlePage(requests = 200): Promise<ArticlePageBenchmark> {
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-bench-page-'));
  const dbPath = join(dir, 'evidentia.db');
  try {
    const engine = await openEvidentia({ dbPath, libraryPath: libraryRoot() });
    const slug = engine.ask(alsQuestion).article?.slug;
    engine.close();
    if (!slug) throw new Error('the ALS question saved no article');
    const server = await startServer({ ...process.env, EVIDENTIA_DB: dbPath });
    try {
      const path = `/articles/${slug}`;
      const sizes = async (query: string) => {
        const bytes = { identity: 0, gzip: 0, br: 0 };
        for (const encoding of ['identity', 'gzip', 'br'] as const) {
          const res = await get(`${server.url}${path}${query}`, { 'Accept-Encoding': encoding });
          if (res.status !== 200) throw new Error(`GET ${path}${query}: ${res.status}`);
          const sent = res.headers['content-encoding'] ?? 'identity';
          if (sent !== encoding) throw new Error(`GET ${path}${query} with ${encoding}: sent ${String(sent)}`);
          bytes[encoding] = res.body.length;
        }
        return bytes;
      };
      const bytes = await sizes('');
      const patientBytes = await sizes('?audience=patient');
      // A browser: brotli and gzip accepted, its cookies (the anonymous id) sent back.
      const first = await get(`${server.url}${path}`, { 'Accept-Encoding': 'gzip, deflate, br' });
      const cookie = ([first.headers['set-cookie'] ?? []].flat() as string[]).map((c) => c.split(';')[0]).join('; ');
      const headers = { Accept: 'text/html', 'Accept-Encoding': 'gzip, deflate, br', ...(cookie ? { Cookie: cookie } : {}) };
      for (let i = 0; i < 20; i++) await get(`${server.url}${path}`, headers);
      const ttfb: number[] = [];
      const total: number[] = [];
      const cpuBefore = cpuMs(server.pid);
      for (let i = 0; i < requests; i++) {
        const res = await get(`${server.url}${path}`, headers);
        if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
        ttfb.push(res.ttfbMs);
        total.push(res.totalMs);
      }
      return {
        path,
        bytes,
        patientBytes,
        requests,
        ttfbMedianMs: round(percentile(ttfb, 50)),
        ttfbP95Ms: round(percentile(ttfb, 95)),
        ttfbMaxMs: round(Math.max(...ttfb)),
        totalMedianMs: round(percentile(total, 50)),
        totalP95Ms: round(percentile(total, 95)),
        serverCpuMsPerRequest: round((cpuMs(server.pid) - cpuBefore) / requests),
        loadAverage: round(loadavg()[0]!),
      };
    } finally {
      await server.stop();
    }
  } finally {
    agent.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
