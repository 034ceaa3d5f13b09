/*
 * Answer-quality evaluation: runs questions with key points (each a list of alternative regular
 * expressions) through the engine and measures key-point recall, citation coverage, refusal and
 * abstention accuracy, and latency.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { MalformedInputError } from '../errors.ts';
import { audiences } from '../types.ts';
import { stopWords } from '../retrieve/index.ts';
import type { Evidentia } from '../evidentia.ts';
import type { Answer, AnswerStatement } from '../answer/index.ts';

const questionSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  audience: z.enum(audiences).default('clinician'),
  must: z.array(z.array(z.string())).default([]),
  nice: z.array(z.array(z.string())).default([]),
  expect: z.enum(['refuse_out_of_scope', 'abstain_or_cited', 'abstain', 'refuse']).optional(),
  /** dev-robust style: what the right outcome is (a library answer, an abstention, a refusal). */
  kind: z.enum(['library', 'abstain', 'out_of_scope', 'followup_chain']).optional(),
  /** A pattern the linked topic or drug (or the article title) must match when the question was routed right. */
  title: z.string().optional(),
  /** Long-form reference statements (MedLFQA's Must_have): covered when one answer statement holds 60% of their content words. */
  mustHave: z.array(z.string()).default([]),
});

/** MedLFQA rows (Question, Must_have, ...) are read into the same shape, numbered by line. */
const medlfqaSchema = z
  .object({ Question: z.string().min(1), Must_have: z.array(z.string()).default([]) })
  .passthrough()
  .transform((r) => ({ question: r.Question, mustHave: r.Must_have }));

/** Share of a must-have statement's content words that one answer statement must contain. */
export const mustHaveCoverage = 0.6;
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
  mustHaveFound: number;
  mustHaveTotal: number;
  /** Answered, and the linked topic or drug matches the question's `title` pattern (null without one). */
  routed: boolean | null;
  /** Answered about something else than the `title` pattern names (null without one). */
  wrongTopic: boolean | null;
  /** Key points found in the title, summary or first five statements. */
  mustFirst: number;
  /** The question names library drugs or conditions and was answered: is one of them in the title? (null otherwise) */
  aboutNamed: boolean | null;
  title: string;
  /** The linked topic or drug the answer is about ('' when none). */
  about: string;
  ms: number;
}

export interface AnswerEvaluation {
  questions: number;
  answered: number;
  keyPointRecall: number | null;
  statementsPerAnswer: number;
  citedShare: number;
  refusalAccuracy: number | null;
  abstentionAccuracy: number | null;
  /** Share of long-form must-have statements covered by one answer statement (null when the set has none). */
  mustHaveRecall: number | null;
  /** Answers to questions that name a library drug or condition, and how many are titled by one of them. */
  namedAnswers: { answered: number; titled: number };
  /** dev-robust figures: present when the questions carry `kind`. */
  robust?: RobustFigures;
  latencyMs: { p50: number; p95: number };
  results: QuestionResult[];
}

export interface RobustFigures {
  library: number;
  routed: number;
  fullPass: number;
  keyFactRecall: number;
  answerFirstRecall: number;
  wrongTopic: number;
  abstain: { right: number; of: number };
  /**
   * Abstain questions that were answered, with what they were answered about. The set's README counts
   * one as right only when the library has since come to cover exactly that condition, which a reader
   * judges; the harness lists them rather than guess.
   */
  abstainAnswered: { id: string; about: string }[];
  refuse: { right: number; of: number };
  medianStatements: number;
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
      const record = json as Record<string, unknown>;
      const parsed = 'Question' in record ? medlfqaSchema.transform((r) => questionSchema.parse({ id: `L${n}`, ...r })).safeParse(json) : questionSchema.safeParse(json);
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

/** Content words of a text, stemmed as the index stems them. */
function contentStems(engine: Evidentia, text: string): Set<string> {
  return new Set(engine.store.indexTerms(text).filter((t) => t.length > 2 && !stopWords.has(t) && !/^\d+$/.test(t)));
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
    if (q.expect === 'refuse_out_of_scope' || q.expect === 'refuse') expectationMet = answer.status === 'out_of_scope';
    else if (q.expect === 'abstain') expectationMet = answer.status === 'insufficient_evidence';
    else if (q.expect === 'abstain_or_cited') {
      expectationMet = answer.status === 'insufficient_evidence' || (answer.status === 'answered' && statements.every((s) => s.citations.length > 0));
    }
    if (q.kind === 'abstain') expectationMet = answer.status === 'insufficient_evidence';
    else if (q.kind === 'out_of_scope') expectationMet = answer.status === 'out_of_scope';
    const titlePattern = q.title ? new RegExp(q.title, 'i') : undefined;
    // A question naming a library drug or condition is answered about it: one of them titles the article.
    const named = engine.analyse(q.question).links.documents.filter((d) => d.score >= 0.5);
    const bare = (title: string) => title.replace(/\s*\(.*\)$/, '').toLowerCase();
    const aboutNamed =
      named.length === 0 || answer.status !== 'answered' ? null : named.some((d) => answer.title.toLowerCase().includes(bare(d.title)));
    // The linked topic or drug decides; without one, the article title, unless it only repeats the question.
    const about = answer.focus?.title ?? (answer.title.toLowerCase() === answer.question.replace(/\?+\s*$/, '').toLowerCase() ? '' : answer.title);
    const answered = answer.status === 'answered';
    const routed = titlePattern ? answered && titlePattern.test(about) : null;
    const first = [answer.title, answer.summary, ...statements.slice(0, 5).map((s) => s.text)].join('\n');
    const mustFirst = q.must.filter((alternatives) => alternatives.some((re) => new RegExp(re, 'i').test(first))).length;
    const statementStems = statements.map((s) => contentStems(engine, s.text));
    const covered = q.mustHave.filter((m) => {
      const want = contentStems(engine, m);
      if (want.size === 0) return false;
      return statementStems.some((have) => [...want].filter((w) => have.has(w)).length / want.size >= mustHaveCoverage);
    });
    return {
      id: q.id,
      status: answer.status,
      mustHaveFound: covered.length,
      mustHaveTotal: q.mustHave.length,
      mustFound: found.length,
      mustTotal: q.expect ? 0 : q.must.length,
      missing: q.must.filter((m) => !found.includes(m)).map((m) => m.join('|')),
      statements: statements.length,
      cited: statements.filter((s) => s.citations.length > 0).length,
      expectationMet,
      routed,
      wrongTopic: titlePattern ? answered && !routed : null,
      mustFirst,
      aboutNamed,
      title: answer.title,
      about: answer.focus?.title ?? '',
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
  const report: AnswerEvaluation = {
    questions: results.length,
    answered: answered.length,
    keyPointRecall: scored.length === 0 ? null : scored.reduce((n, r) => n + r.mustFound, 0) / scored.reduce((n, r) => n + r.mustTotal, 0),
    statementsPerAnswer: answered.length ? totalStatements / answered.length : 0,
    citedShare: totalStatements ? answered.reduce((n, r) => n + r.cited, 0) / totalStatements : 1,
    refusalAccuracy: share(byExpect('refuse_out_of_scope')),
    abstentionAccuracy: share(byExpect('abstain_or_cited')),
    mustHaveRecall: results.some((r) => r.mustHaveTotal > 0)
      ? results.reduce((n, r) => n + r.mustHaveFound, 0) / results.reduce((n, r) => n + r.mustHaveTotal, 0)
      : null,
    namedAnswers: {
      answered: results.filter((r) => r.aboutNamed !== null).length,
      titled: results.filter((r) => r.aboutNamed === true).length,
    },
    latencyMs: { p50: pick(0.5), p95: pick(0.95) },
    results,
  };
  if (questions.some((q) => q.kind)) report.robust = robustFigures(questions, results);
  return report;
}

/** The answers-fit figures of a dev-robust style set (see ../shared/eval/README.md). */
export function robustFigures(questions: EvalQuestion[], results: QuestionResult[]): RobustFigures {
  const of = (kind: string) => results.filter((_, i) => questions[i]!.kind === kind);
  const library = of('library');
  const count = (list: QuestionResult[], test: (r: QuestionResult) => boolean) => list.filter(test).length;
  const answered = results.filter((r) => r.status === 'answered').map((r) => r.statements).sort((a, b) => a - b);
  const mustTotal = library.reduce((n, r) => n + r.mustTotal, 0);
  return {
    library: library.length,
    routed: count(library, (r) => r.routed === true),
    fullPass: count(library, (r) => r.routed === true && r.mustFound === r.mustTotal),
    keyFactRecall: mustTotal === 0 ? 0 : library.reduce((n, r) => n + r.mustFound, 0) / mustTotal,
    answerFirstRecall: mustTotal === 0 ? 0 : library.reduce((n, r) => n + r.mustFirst, 0) / mustTotal,
    wrongTopic: count(library, (r) => r.wrongTopic === true),
    abstain: { right: count(of('abstain'), (r) => r.expectationMet === true), of: of('abstain').length },
    abstainAnswered: of('abstain')
      .filter((r) => r.status === 'answered')
      .map((r) => ({ id: r.id, about: r.about || r.title })),
    refuse: { right: count(of('out_of_scope'), (r) => r.expectationMet === true), of: of('out_of_scope').length },
    medianStatements: answered.length === 0 ? 0 : answered[Math.floor((answered.length - 1) / 2)]!,
  };
}
