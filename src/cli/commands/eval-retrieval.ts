/*
 * `evidentia eval retrieval --beir DIR [--queries FILE] [--qrels FILE] [--baseline] [--compare] [--json OUT]`:
 * loads a BEIR-layout corpus into a temporary store and prints nDCG@10, Recall@100, MRR@10 and latency.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { EvidentiaError } from '../../errors.ts';
import { beirFiles, datasetName, loadCorpus, readQrels, readQueries } from '../../eval/beir.ts';
import { baselineSystem, evaluateRetrieval, fullSystem } from '../../eval/retrieval.ts';
import { Ranker, benchmarkConfig, rankingComponents, withoutComponent } from '../../retrieve/index.ts';
import { openSqliteStore } from '../../store/index.ts';
import { lexiconExpander } from '../../retrieve/expansion.ts';
import type { RankingComponent, RankingConfig } from '../../retrieve/index.ts';
import type { RetrievalReport, RetrievalSystem } from '../../eval/retrieval.ts';
import { selectPart } from '../../eval/part.ts';
import type { CliIo } from '../io.ts';

export const evalRetrievalUsage =
  'eval retrieval --beir DIR [--queries FILE] [--qrels FILE] [--part K/N] [--baseline] [--compare] [--ablate] [--without COMPONENT,...] [--json OUT]';

export async function evalRetrievalCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      beir: { type: 'string' },
      queries: { type: 'string' },
      qrels: { type: 'string' },
      baseline: { type: 'boolean', default: false },
      compare: { type: 'boolean', default: false },
      without: { type: 'string' },
      part: { type: 'string' },
      ablate: { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  if (!values.beir) throw new EvidentiaError('USAGE', `eval retrieval needs --beir DIR (${evalRetrievalUsage})`);
  const files = beirFiles(values.beir, values.queries, values.qrels);
  const config = rankingConfig(values.without);
  // Halves are taken over the query file's lines, so that the peer can be run on the same half.
  const queries = selectPart(readQueries(files.queries), values.part);
  const qrels = readQrels(files.qrels);
  const store = openSqliteStore(':memory:');
  try {
    let started = performance.now();
    const documents = loadCorpus(store, files.corpus);
    const loadSeconds = (performance.now() - started) / 1000;
    const systems: RetrievalSystem[] = [];
    if (values.baseline || values.compare) systems.push(baselineSystem(store));
    let indexSeconds = 0;
    if (!values.baseline || values.compare) {
      started = performance.now();
      const full = new Ranker(store, { config, expander: lexiconExpander() });
      systems.push(fullSystem(full));
      indexSeconds = (performance.now() - started) / 1000;
      // Each component switched off in turn, sharing the index: the paired interval says whether it helps.
      if (values.ablate) {
        for (const component of rankingComponents) {
          systems.push(
            fullSystem(
              new Ranker(store, { config: withoutComponent(config, component), expander: lexiconExpander(), index: full.index }),
              `without-${component}`,
            ),
          );
        }
      }
    }
    const report = evaluateRetrieval(`${datasetName(files)}${values.part ? ` part ${values.part}` : ''}`, systems, queries, qrels);
    io.out(
      `${report.dataset}: ${report.queries} judged queries, ${documents} documents (loaded in ${loadSeconds.toFixed(1)} s, ranking index ${indexSeconds.toFixed(1)} s)`,
    );
    for (const line of reportTable(report)) io.out(line);
    if (values.json) {
      mkdirSync(dirname(values.json), { recursive: true });
      writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
      io.out(`wrote ${values.json}`);
    }
    return 0;
  } finally {
    store.close();
  }
}

/** Benchmark configuration (priors off), with the named components switched off for ablations. */
function rankingConfig(without: string | undefined): RankingConfig {
  let config = benchmarkConfig();
  for (const name of (without ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    if (!(rankingComponents as readonly string[]).includes(name)) {
      throw new EvidentiaError('USAGE', `unknown ranking component "${name}" (use: ${rankingComponents.join(', ')})`);
    }
    config = withoutComponent(config, name as RankingComponent);
  }
  return config;
}

/** A Markdown table of the systems side by side, and the relative change of full over baseline. */
export function reportTable(report: RetrievalReport): string[] {
  const lines = [
    '| system | nDCG@10 (95% CI) | full − system (paired 95% CI) | Recall@100 | MRR@10 | latency p50 | latency p95 |',
    '|---|---|---|---|---|---|---|',
  ];
  const interval = (i: { mean: number; low: number; high: number }, sign = false) =>
    `${sign && i.mean >= 0 ? '+' : ''}${i.mean.toFixed(3)} [${i.low.toFixed(3)}, ${i.high.toFixed(3)}]`;
  for (const [name, m] of Object.entries(report.systems)) {
    if (!m) continue;
    const d = report.differences[name as keyof typeof report.differences];
    lines.push(
      `| ${name} | ${interval(m.ndcgInterval)} | ${d ? interval(d, true) : '—'} | ${m['recall@100'].toFixed(3)} | ${m['mrr@10'].toFixed(3)} | ${m.latencyMs.p50.toFixed(1)} ms | ${m.latencyMs.p95.toFixed(1)} ms |`,
    );
  }
  const { baseline, full } = report.systems;
  if (baseline && full) {
    const change = (a: number, b: number) => (a === 0 ? 'n/a' : `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)}%`);
    lines.push(
      `full vs baseline: nDCG@10 ${change(baseline['ndcg@10'], full['ndcg@10'])}, Recall@100 ${change(baseline['recall@100'], full['recall@100'])}, MRR@10 ${change(baseline['mrr@10'], full['mrr@10'])}`,
    );
  }
  return lines;
}
