/*
 * Benchmark: `ask` on the bundled library, in process and warm (store open, library ingested, each
 * question asked once before timing). Reports median and 95th-percentile milliseconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEvidentia } from '../src/evidentia.ts';
import { libraryRoot } from '../src/config.ts';
import { timeRounds } from './stats.ts';

export const benchmarkQuestions = [
  'What is the management approach for Amyotrophic Lateral Sclerosis (ALS)?',
  'What is the initial treatment of Parkinson disease?',
  'How is an acute gout flare treated?',
  'What is the dose of riluzole?',
  'What monitoring is needed for a patient taking methotrexate?',
  'How is diabetic ketoacidosis managed?',
  'What is the emergency treatment of hyperkalemia?',
  'How should chronic kidney disease progression be slowed?',
  'What is the treatment for Gaucher disease type 1?',
  "What's the best pizza in New York?",
];

export interface AskBenchmark {
  questions: number;
  rounds: number;
  samples: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export async function benchmarkAsk(rounds = 20): Promise<AskBenchmark> {
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-bench-'));
  const engine = await openEvidentia({ dbPath: join(dir, 'bench.db'), libraryPath: libraryRoot() });
  try {
    return { questions: benchmarkQuestions.length, ...timeRounds(benchmarkQuestions, rounds, (q) => engine.ask(q)) };
  } finally {
    engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
