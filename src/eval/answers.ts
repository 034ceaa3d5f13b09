/*
 * Answer-quality evaluation: runs questions with key points (each a list of alternative regular
 * expressions) through the engine and measures key-point recall, citation coverage, refusal and
 * abstention accuracy, and latency.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { MalformedInputError } from '../errors.ts';
import { audiences } from '../types.ts';
import type { Evidentia } from '../evidentia.ts';
import type { Answer, AnswerStatement } from '../answer/index.ts';

const questionSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  audience: z.enum(audiences).default('clinician'),
  must: z.array(z.array(z.string())).default([]),
  nice: z.array(z.array(z.string())).default([]),
  expect: z.enum(['refuse_out_of_scope', 'abstain_or_cited']).optional(),
});
export type EvalQuestion = z.infer<typeof questionSchema>;

export interface QuestionResult {
  id: string;
  status: Answer['status'];
  mustFound: number;
  mustTotal: number;
  missing: string[];
  statements: number;
  cited: number;
  expectationMet: boolean | null;
  ms: number;
}

export interface AnswerEvaluation {
  questions: number;
  answered: number;
  keyPointRecall: number;
  statementsPerAnswer: number;
  citedShare: number;
  refusalAccuracy: number | null;
  abstentionAccuracy: number | null;
  latencyMs: { p50: number; p95: number };
  results: QuestionResult[];
}

export function readEvalQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (err) {
        throw new MalformedInputError(file, n, `invalid JSON (${(err as Error).message})`);
      }
      const parsed = questionSchema.safeParse(json);
      if (!parsed.success) throw new MalformedInputError(file, n, `invalid question: ${parsed.error.issues[0]!.message}`);
      return parsed.data;
    });
}

function flatten(s: AnswerStatement): AnswerStatement[] {
  return [s, ...(s.children ?? []).flatMap(flatten)];
}

export function answerText(answer: Answer): string {
  return [answer.summary, ...answer.sections.flatMap((sec) => sec.statements.flatMap(flatten).map((s) => s.text))].join('\n');
}

export function evaluateAnswers(engine: Evidentia, questions: EvalQuestion[]): AnswerEvaluation {
  const results: QuestionResult[] = questions.map((q) => {
    const start = performance.now();
    const answer = engine.ask(q.question, q.audience, { save: false });
    const ms = performance.now() - start;
    const text = answerText(answer);
    const found = q.must.filter((alternatives) => alternatives.some((re) => new RegExp(re, 'i').test(text)));
    const statements = answer.sections.flatMap((s) => s.statements.flatMap(flatten));
    let expectationMet: boolean | null = null;
    if (q.expect === 'refuse_out_of_scope') expectationMet = answer.status === 'out_of_scope';
    else if (q.expect === 'abstain_or_cited') {
      expectationMet = answer.status === 'insufficient_evidence' || (answer.status === 'answered' && statements.every((s) => s.citations.length > 0));
    }
    return {
      id: q.id,
      status: answer.status,
      mustFound: found.length,
      mustTotal: q.expect ? 0 : q.must.length,
      missing: q.must.filter((m) => !found.includes(m)).map((m) => m.join('|')),
      statements: statements.length,
      cited: statements.filter((s) => s.citations.length > 0).length,
      expectationMet,
      ms,
    };
  });
  const scored = results.filter((r) => r.mustTotal > 0);
  const answered = results.filter((r) => r.status === 'answered');
  const share = (list: QuestionResult[]) => (list.length === 0 ? null : list.filter((r) => r.expectationMet).length / list.length);
  const byExpect = (e: string) => results.filter((_, i) => questions[i]!.expect === e);
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const pick = (p: number) => times[Math.min(times.length - 1, Math.max(0, Math.ceil(p * times.length) - 1))] ?? 0;
  const totalStatements = answered.reduce((n, r) => n + r.statements, 0);
  return {
    questions: results.length,
    answered: answered.length,
    keyPointRecall: scored.reduce((n, r) => n + r.mustFound, 0) / Math.max(1, scored.reduce((n, r) => n + r.mustTotal, 0)),
    statementsPerAnswer: answered.length ? totalStatements / answered.length : 0,
    citedShare: totalStatements ? answered.reduce((n, r) => n + r.cited, 0) / totalStatements : 1,
    refusalAccuracy: share(byExpect('refuse_out_of_scope')),
    abstentionAccuracy: share(byExpect('abstain_or_cited')),
    latencyMs: { p50: pick(0.5), p95: pick(0.95) },
    results,
  };
}
