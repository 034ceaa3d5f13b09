/*
 * `evidentia eval answers --questions FILE [--json OUT]`: answer-quality evaluation on the bundled
 * library in a temporary store, printing the figures and optionally writing a JSON report.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { EvidentiaError } from '../../errors.ts';
import { openEvidentia } from '../../evidentia.ts';
import { evaluateAnswers, readEvalQuestions } from '../../eval/answers.ts';
import { selectPart } from '../../eval/part.ts';
import { readabilityByAudience } from '../../eval/readability.ts';
import { ingestPaths } from '../../ingest/index.ts';
import type { CliIo } from '../io.ts';

export async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const [kind, ...rest] = args;
  if (kind === 'retrieval') return (await import('./eval-retrieval.ts')).evalRetrievalCommand(rest, io);
  if (kind !== 'answers')
    throw new EvidentiaError(
      'USAGE',
      `unknown evaluation "${kind ?? ''}" (use: eval answers --questions FILE [--json OUT] | eval retrieval --beir DIR)`,
    );
  const { values } = parseArgs({
    args: rest,
    options: {
      questions: { type: 'string' },
      json: { type: 'string' },
      import: { type: 'string', multiple: true },
      quiet: { type: 'boolean', default: false },
      part: { type: 'string' },
    },
  });
  if (!values.questions) throw new EvidentiaError('USAGE', 'eval answers needs --questions FILE');
  const questions = selectPart(readEvalQuestions(values.questions), values.part);
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-eval-'));
  const engine = await openEvidentia({ dbPath: join(dir, 'eval.db') });
  try {
    if (values.import?.length) {
      const summary = await ingestPaths(engine.store, values.import);
      engine.refresh();
      io.out(`imported ${summary.added} documents (${summary.passages} passages) in ${summary.seconds.toFixed(1)}s`);
    }
    const report = { ...evaluateAnswers(engine, questions), readability: readabilityByAudience(engine, questions) };
    const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)}%`);
    for (const r of values.quiet ? [] : report.results) {
      const detail =
        r.routed === false
          ? `MISROUTED → "${r.title}"; ${r.mustFound}/${r.mustTotal} key points`
          : r.expectationMet !== null
            ? `expectation ${r.expectationMet ? 'met' : 'NOT met'}`
            : `${r.mustFound}/${r.mustTotal} key points${r.missing.length ? ` (missing: ${r.missing.join('; ')})` : ''}`;
      io.out(`${r.id.padEnd(6)} ${r.status.padEnd(22)} ${detail}`);
    }
    io.out(
      `questions ${report.questions}, answered ${report.answered}, key-point recall ${pct(report.keyPointRecall)}, statements per answer ${report.statementsPerAnswer.toFixed(1)}, cited ${pct(report.citedShare)}, refusal accuracy ${pct(report.refusalAccuracy)}, abstention accuracy ${pct(report.abstentionAccuracy)}, must-have coverage ${pct(report.mustHaveRecall)}, latency p50 ${report.latencyMs.p50.toFixed(1)} ms, p95 ${report.latencyMs.p95.toFixed(1)} ms`,
    );
    io.out(
      `answers to questions naming a library drug or condition: ${report.namedAnswers.answered}, titled by what they name: ${report.namedAnswers.titled}`,
    );
    const r = report.robust;
    if (r) {
      const share = (n: number, of: number) => `${n}/${of} (${((n / Math.max(1, of)) * 100).toFixed(1)}%)`;
      io.out(
        `routed ${share(r.routed, r.library)}, full pass ${share(r.fullPass, r.library)}, key-fact recall ${pct(r.keyFactRecall)}, answer-first recall ${pct(r.answerFirstRecall)}, wrong-topic answers ${r.wrongTopic}, abstention ${share(r.abstain.right, r.abstain.of)}, refusal ${share(r.refuse.right, r.refuse.of)}, median statements ${r.medianStatements}`,
      );
      if (r.abstainAnswered.length > 0) {
        io.out(
          `abstain questions answered (right only if the library now covers exactly the condition asked; check each): ${r.abstainAnswered
            .map((a) => `${a.id} → ${a.about}`)
            .join('; ')}`,
        );
      }
    }
    io.out(
      `readability by audience (median Flesch–Kincaid grade; key-point recall): ${report.readability
        .map((a) => `${a.audience} ${a.medianGrade === null ? 'n/a' : a.medianGrade.toFixed(1)} (${pct(a.keyPointRecall)})`)
        .join(', ')}`,
    );
    if (values.json) {
      mkdirSync(dirname(values.json), { recursive: true });
      writeFileSync(values.json, `${JSON.stringify({ dataset: values.questions, ...report }, null, 2)}\n`);
      io.out(`wrote ${values.json}`);
    }
    return 0;
  } finally {
    engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
