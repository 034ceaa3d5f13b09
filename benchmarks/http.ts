/*
 * `npm run bench:http`: the server under load, on loopback. A temporary store with the bundled library;
 * `evidentia serve` (compiled) with 1 and then 2 workers, each loaded at concurrency 8 and 32 for a fixed
 * time with POST /api/answers over the shared dev questions (warm: each asked once first) and GET
 * /healthz; then, with 2 workers, the same load while `evidentia ingest` imports the shared MedQuAD file
 * into the same store. Prints req/s, p50/p95/p99 and max latency, errors and non-2xx, and writes
 * reports/bench-http.json.
 *
 * The load generator shares the machine's cores with the server. With one worker it has a core to itself;
 * with two it takes CPU from the workers, which skews "2 workers / 1 worker" against two. So the client is
 * wrk (C, Debian's `wrk`, a fraction of autocannon's CPU a request) when it is on the PATH, else autocannon
 * (BENCH_CLIENT=wrk|autocannon chooses), and every run reports where the CPU went: the server processes,
 * the client, and everything else on the machine (other users' jobs), from /proc. A run where others took
 * a large share is not a measure of the server's scaling, and the report says so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'evidentia.js');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const medquad = resolve(root, process.env.BENCH_IMPORT ?? '../shared/data/docs/medquad.jsonl');
/** BENCH_IMPORT=none measures the steady runs only (to compare clients, say). */
const importing = process.env.BENCH_IMPORT !== 'none';
const questions = readFileSync(resolve(root, '../shared/eval/dev-questions.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { question: string }).question);
const hasWrk = spawnSync('wrk', ['--version']).error === undefined;
const client = process.env.BENCH_CLIENT ?? (hasWrk ? 'wrk' : 'autocannon');
if (client !== 'wrk' && client !== 'autocannon') throw new Error(`BENCH_CLIENT must be wrk or autocannon, not ${client}`);
if (client === 'wrk' && !hasWrk) throw new Error('BENCH_CLIENT=wrk but wrk is not on the PATH (apt-get install wrk)');
if (client === 'autocannon')
  console.log('client: autocannon in this process (wrk not found: apt-get install wrk for a lighter client); see the client CPU column');

interface Latency {
  requests: number;
  seconds: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  non2xx: number;
  /** CPU seconds the load generator used. */
  clientCpu: number;
}

interface Figures extends Omit<Latency, 'clientCpu'> {
  workers: number;
  connections: number;
  reqPerSec: number;
  /** Cores' worth of CPU used during the run: by the server processes, the client, the import (if any) and everything else. */
  cores: { server: number; client: number; importer?: number; others: number; machine: number };
  /** Server CPU time per request (all its processes). */
  serverCpuMsPerRequest: number;
}

const dir = mkdtempSync(join(tmpdir(), 'evidentia-bench-http-'));
const env = { ...process.env, EVIDENTIA_DB: join(dir, 'evidentia.db') };
const ticks = 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

/** CPU seconds used so far by a process and all its descendants (the server's primary and its workers). */
function treeCpu(pid: number): number {
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // ended meanwhile
    }
  }
  let total = 0;
  const visit = (p: number) => {
    total += cpu.get(p) ?? 0;
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return total;
}

/** Busy CPU seconds of the whole machine so far (every process, every core), and wall seconds. */
function machineCpu(): number {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number) as number[];
  return (user! + nice! + system! + irq! + softirq! + steal!) / ticks;
}

function startServer(workers: number): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
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
          pid: child.pid!,
          stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))),
        });
    });
    child.once('exit', (code) => reject(new Error(`evidentia serve exited with ${code}: ${out}`)));
  });
}

/** The requests, as a wrk script: the questions in turn as POST /api/answers, each followed by GET /healthz. */
function wrkScript(): string {
  const lua = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  const path = join(dir, 'requests.lua');
  writeFileSync(
    path,
    `local bodies = { ${questions.map((q) => lua(JSON.stringify({ question: q }))).join(', ')} }
local requests = {}
-- Built in init, once wrk knows the host (a request without Host is refused with 400).
function init()
  for _, body in ipairs(bodies) do
    requests[#requests + 1] = wrk.format("POST", "/api/answers", { ["Content-Type"] = "application/json" }, body)
    requests[#requests + 1] = wrk.format("GET", "/healthz")
  end
end
local threads = {}
function setup(thread) table.insert(threads, thread) end
local i = 0
function request() i = i + 1; return requests[(i - 1) % #requests + 1] end
non2xx = 0
function response(status) if status < 200 or status > 299 then non2xx = non2xx + 1 end end
function done(summary, latency)
  local stat = io.open("/proc/self/stat"):read("*a"):match("%) (.*)")
  local fields = {}
  for f in stat:gmatch("%S+") do fields[#fields + 1] = f end
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("non2xx") end
  local e = summary.errors
  io.write(string.format('BENCH {"requests": %d, "us": %d, "p50": %d, "p95": %d, "p99": %d, "max": %d, "errors": %d, "non2xx": %d, "cpu": %f}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout, bad, (fields[12] + fields[13]) / 100))
end
`,
  );
  return path;
}

/** Load with wrk (one thread) for `duration` seconds, or until `until` resolves (then SIGINT: wrk reports and exits). */
function loadWrk(url: string, connections: number, duration: number, until?: Promise<unknown>): Promise<Latency> {
  const child = spawn('wrk', ['-t1', `-c${connections}`, `-d${until ? 3600 : duration}s`, '--timeout', '10s', '-s', wrkScript(), url], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  until?.then(() => child.kill('SIGINT'));
  return new Promise((done, fail) => {
    child.once('exit', (code) => {
      const line = /^BENCH (.*)$/m.exec(out);
      if (!line) return fail(new Error(`wrk exited with ${code}: ${out}`));
      const r = JSON.parse(line[1]!) as Record<string, number>;
      done({
        requests: r.requests!,
        seconds: r.us! / 1e6,
        p50Ms: r.p50! / 1000,
        p95Ms: r.p95! / 1000,
        p99Ms: r.p99! / 1000,
        maxMs: r.max! / 1000,
        errors: r.errors!,
        non2xx: r.non2xx!,
        clientCpu: r.cpu!,
      });
    });
  });
}

/** Load with autocannon in this process for `duration` seconds (or until `until` resolves). */
function loadAutocannon(url: string, connections: number, duration: number, until?: Promise<unknown>): Promise<Latency> {
  let n = 0;
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
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
        const cpu = process.cpuUsage(cpuBefore);
        latencies.sort((a, b) => a - b);
        const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
        done({
          requests: latencies.length,
          seconds: result.duration,
          p50Ms: at(0.5),
          p95Ms: at(0.95),
          p99Ms: at(0.99),
          maxMs: latencies[latencies.length - 1] ?? NaN,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          clientCpu: (cpu.user + cpu.system) / 1e6,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
    until?.then(() => instance.stop());
  });
}

/** Load the server and measure every response, and where the machine's CPU went meanwhile. */
async function load(
  server: { url: string; pid: number },
  workers: number,
  connections: number,
  duration: number,
  until?: Promise<unknown>,
  importerCpu?: () => number,
): Promise<Figures> {
  const serverBefore = treeCpu(server.pid);
  const machineBefore = machineCpu();
  const started = performance.now();
  const run = client === 'wrk' ? loadWrk : loadAutocannon;
  const r = await run(server.url, connections, duration, until);
  const wall = (performance.now() - started) / 1000;
  const serverCpu = treeCpu(server.pid) - serverBefore;
  const machine = machineCpu() - machineBefore;
  const imported = importerCpu?.() ?? 0;
  const round = (v: number, digits = 1) => +v.toFixed(digits);
  return {
    workers,
    connections,
    requests: r.requests,
    seconds: round(r.seconds),
    reqPerSec: round(r.requests / r.seconds),
    p50Ms: round(r.p50Ms),
    p95Ms: round(r.p95Ms),
    p99Ms: round(r.p99Ms),
    maxMs: round(r.maxMs),
    errors: r.errors,
    non2xx: r.non2xx,
    cores: {
      server: round(serverCpu / wall, 2),
      client: round(r.clientCpu / wall, 2),
      ...(importerCpu ? { importer: round(imported / wall, 2) } : {}),
      others: round(Math.max(0, machine - serverCpu - r.clientCpu - imported) / wall, 2),
      machine: cpus().length,
    },
    serverCpuMsPerRequest: round((serverCpu * 1000) / Math.max(1, r.requests), 2),
  };
}

function print(label: string, f: Figures): void {
  const c = f.cores;
  console.log(
    `${label.padEnd(22)} workers ${f.workers} c=${String(f.connections).padEnd(2)} ${String(f.reqPerSec).padStart(6)} req/s  p50 ${f.p50Ms} ms  p95 ${f.p95Ms} ms  p99 ${f.p99Ms} ms  max ${f.maxMs} ms  errors ${f.errors}  non-2xx ${f.non2xx}  (${f.requests} in ${f.seconds} s)  cores: server ${c.server}, client ${c.client}${c.importer !== undefined ? `, import ${c.importer}` : ''}, others ${c.others} of ${c.machine}; server ${f.serverCpuMsPerRequest} ms CPU a request`,
  );
}

const runs: Record<string, Figures> = {};
let importSummary = '';
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
      await load(server, workers, 8, 3); // warm every worker
      for (const connections of [8, 32]) {
        const f = await load(server, workers, connections, seconds);
        runs[`w${workers}c${connections}`] = f;
        print('steady', f);
      }
    } finally {
      await server.stop();
    }
  }
  if (importing && !existsSync(medquad)) throw new Error(`no import file at ${medquad} (set BENCH_IMPORT)`);
  const server = importing ? await startServer(2) : undefined;
  if (server)
    try {
      await load(server, 2, 8, 3);
      const started = performance.now();
      const importer = spawn(process.execPath, [bin, 'ingest', medquad], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      let summary = '';
      importer.stdout.on('data', (d) => (summary += d));
      const imported = new Promise<number | null>((done) => importer.once('exit', done));
      // The import's CPU, sampled while it runs (its /proc entry goes when it exits).
      let importerCpu = 0;
      const sampling = setInterval(() => {
        const cpu = treeCpu(importer.pid!);
        if (cpu > 0) importerCpu = cpu;
      }, 200);
      const f = await load(server, 2, 8, 0, imported, () => importerCpu);
      clearInterval(sampling);
      const code = await imported;
      runs.importing = f;
      print('during MedQuAD import', f);
      importSummary = `exit ${code}, ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary.trim()}`;
      console.log(`  import: ${importSummary}`);
    } finally {
      await server.stop();
    }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const ratio8 = +(runs.w2c8!.reqPerSec / runs.w1c8!.reqPerSec).toFixed(2);
const ratio32 = +(runs.w2c32!.reqPerSec / runs.w1c32!.reqPerSec).toFixed(2);
const during = runs.importing;
// Other processes using a tenth of the machine or more during a steady run make its ratio a lower bound.
const othersBusy = Object.entries(runs)
  .filter(([name, f]) => name !== 'importing' && f.cores.others >= 0.1 * f.cores.machine)
  .map(([name]) => name);
const checks = {
  noErrors: Object.values(runs).every((f) => f.errors === 0 && f.non2xx === 0),
  scaling: { c8: ratio8, c32: ratio32, target: 1.7, met: ratio8 >= 1.7 && ratio32 >= 1.7 },
  duringImport: during && {
    p99Ms: during.p99Ms,
    maxMs: during.maxMs,
    met: during.p99Ms < 250 && during.maxMs < 1000 && during.non2xx === 0 && during.errors === 0,
  },
  machineShared: othersBusy,
};
console.log(`2 workers / 1 worker: ${ratio8}× at c=8, ${ratio32}× at c=32 (target ≥ 1.7×)`);
if (during)
  console.log(
    `during import: p99 ${during.p99Ms} ms (target < 250), max ${during.maxMs} ms (target < 1000), non-2xx ${during.non2xx}, errors ${during.errors}`,
  );
if (othersBusy.length > 0)
  console.log(`note: other processes used ≥ 10% of the machine during ${othersBusy.join(', ')}: those figures are lower bounds`);
mkdirSync(join(root, 'reports'), { recursive: true });
const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  client,
  seconds,
  runs,
  import: importSummary,
  checks,
};
writeFileSync(join(root, 'reports', 'bench-http.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('wrote reports/bench-http.json');
