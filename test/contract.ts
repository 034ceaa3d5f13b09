/* Checks that an answer honours the JSON contract: every citation resolves, every reference is cited. */
import assert from 'node:assert/strict';
import type { Answer, AnswerStatement } from '../src/answer/index.ts';

export function allStatements(answer: Answer): AnswerStatement[] {
  const flat = (s: AnswerStatement): AnswerStatement[] => [s, ...(s.children ?? []).flatMap(flat)];
  return answer.sections.flatMap((sec) => sec.statements.flatMap(flat));
}

export function assertCitationContract(answer: Answer): void {
  const numbers = new Set(answer.references.map((r) => r.n));
  assert.deepEqual(
    [...numbers],
    answer.references.map((_, i) => i + 1),
    'references are numbered 1..n',
  );
  const cited = new Set<number>();
  for (const s of allStatements(answer)) {
    assert.ok(s.citations.length > 0, `statement has a citation: ${s.text}`);
    for (const n of s.citations) {
      assert.ok(numbers.has(n), `citation [${n}] resolves`);
      cited.add(n);
    }
  }
  assert.deepEqual(
    [...cited].sort((a, b) => a - b),
    [...numbers],
    'every reference is cited',
  );
  // Numbered in order of first use.
  const order = allStatements(answer)
    .flatMap((s) => s.citations)
    .filter((n, i, all) => all.indexOf(n) === i);
  assert.deepEqual(order, [...numbers]);
}
