/*
 * `npm run bench`: runs every benchmark, prints the figures and writes reports/bench.json, so that
 * docs/benchmarks.md can be compared with a fresh run. The import runs first, in a fresh process
 * state, so its peak memory is its own. Then ask latency, follow-ups in context, and the ALS article page
 * (bytes as sent, time to first byte from the server on loopback).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchmarkAsk } from './ask.ts';
import { benchmarkIngest } from './ingest.ts';
import { benchmarkArticlePage, benchmarkFollowUp } from './reader.ts';

const ingest = await benchmarkIngest();
console.log(
  `ingest (generated PubMed XML, ${ingest.citations} citations, ${ingest.fileMb} MB): ${ingest.seconds} s, ${ingest.citationsPerSecond} citations/s, ${ingest.passages} passages, peak RSS ${ingest.peakRssMb} MB`,
);
const ask = await benchmarkAsk();
console.log(
  `ask (bundled library, in process, warm): ${ask.samples} samples, median ${ask.medianMs} ms, p95 ${ask.p95Ms} ms, max ${ask.maxMs} ms`,
);
const followUp = await benchmarkFollowUp();
console.log(
  `follow-up in context (bundled library, in process, warm): ${followUp.followUps} follow-ups × ${followUp.rounds} rounds, median ${followUp.medianMs} ms, p95 ${followUp.p95Ms} ms, max ${followUp.maxMs} ms`,
);
const page = await benchmarkArticlePage();
const kb = (bytes: { identity: number; gzip: number; br: number }) =>
  `${(bytes.identity / 1024).toFixed(1)} KB (gzip ${(bytes.gzip / 1024).toFixed(1)} KB, brotli ${(bytes.br / 1024).toFixed(1)} KB)`;
console.log(`ALS article page ${page.path}: ${kb(page.bytes)}; patient view ${kb(page.patientBytes)}`);
console.log(
  `ALS article page over loopback (serve --workers 1): ${page.requests} GETs, TTFB median ${page.ttfbMedianMs} ms, p95 ${page.ttfbP95Ms} ms, max ${page.ttfbMaxMs} ms; to the last byte median ${page.totalMedianMs} ms, p95 ${page.totalP95Ms} ms; server CPU ${page.serverCpuMsPerRequest} ms a request; load average ${page.loadAverage}`,
);
const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  ingest,
  ask,
  followUp,
  articlePage: page,
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('wrote reports/bench.json');
