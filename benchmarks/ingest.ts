/*
 * Benchmark: PubMed import throughput on a generated 50,000-citation file: citations parsed and
 * indexed per second, and the process's peak resident memory.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../src/ingest/index.ts';
import { openSqliteStore } from '../src/store/index.ts';
import { writePubmedFixture } from './pubmed-fixture.ts';
import { round } from './stats.ts';

export interface IngestBenchmark {
  citations: number;
  fileMb: number;
  seconds: number;
  citationsPerSecond: number;
  passages: number;
  peakRssMb: number;
}

/** Peak resident set size of this process so far (Linux VmHWM), in MB. */
function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : process.memoryUsage().rss / 1048576;
}

export async function benchmarkIngest(citations = 50_000): Promise<IngestBenchmark> {
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-bench-ingest-'));
  try {
    const file = join(dir, 'pubmed.xml');
    await writePubmedFixture(file, citations);
    const store = openSqliteStore(join(dir, 'bench.db'));
    const summary = await ingestPaths(store, [file]);
    store.close();
    if (summary.added !== citations) throw new Error(`expected ${citations} citations, stored ${summary.added}`);
    return {
      citations,
      fileMb: round(statSync(file).size / 1048576, 1),
      seconds: round(summary.seconds),
      citationsPerSecond: Math.round(citations / summary.seconds),
      passages: summary.passages,
      peakRssMb: round(peakRssMb(), 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
