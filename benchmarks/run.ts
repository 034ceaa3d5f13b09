/*
 * `npm run bench`: runs every benchmark, prints the figures and writes reports/bench.json, so that
 * docs/benchmarks.md can be compared with a fresh run. The import runs first, in a fresh process
 * state, so its peak memory is its own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchmarkAsk } from './ask.ts';
import { benchmarkIngest } from './ingest.ts';

const ingest = await benchmarkIngest();
console.log(
  `ingest (generated PubMed XML, ${ingest.citations} citations, ${ingest.fileMb} MB): ${ingest.seconds} s, ${ingest.citationsPerSecond} citations/s, ${ingest.passages} passages, peak RSS ${ingest.peakRssMb} MB`,
);
const ask = await benchmarkAsk();
console.log(
  `ask (bundled library, in process, warm): ${ask.samples} samples, median ${ask.medianMs} ms, p95 ${ask.p95Ms} ms, max ${ask.maxMs} ms`,
);
const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  ingest,
  ask,
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('wrote reports/bench.json');
