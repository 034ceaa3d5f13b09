/*
 * What changed between two versions of an article: both are flattened to lines (title, summary,
 * headings, statements with their citations, references) and compared with a longest common subsequence.
 */
import { referenceLine } from '../answer/index.ts';
import type { Answer, AnswerStatement } from '../answer/index.ts';

export interface DiffLine {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/** An article as lines a reviewer can compare. */
export function articleLines(answer: Answer): string[] {
  const statement = (s: AnswerStatement, depth: number): string[] => [
    `${'  '.repeat(depth)}- ${s.text} ${s.citations.map((n) => `[${n}]`).join('')}`,
    ...(s.children ?? []).flatMap((c) => statement(c, depth + 1)),
  ];
  return [
    `# ${answer.title}`,
    `Question: ${answer.question}`,
    answer.summary,
    ...answer.sections.flatMap((sec) => [`## ${sec.heading}`, ...sec.statements.flatMap((s) => statement(s, 0))]),
    ...(answer.closing ? [answer.closing] : []),
    '## References',
    ...answer.references.map(referenceLine),
  ];
}

/** Line diff of two versions, in reading order. */
export function diffArticles(before: Answer, after: Answer): DiffLine[] {
  const a = articleLines(before);
  const b = articleLines(after);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ change: 'same', text: a[i]! });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push({ change: 'removed', text: a[i++]! });
    else out.push({ change: 'added', text: b[j++]! });
  }
  return out;
}
