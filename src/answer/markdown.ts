/*
 * Renders an answer as Markdown for the terminal and for export: title, lead summary, sections of cited
 * bullets, closing line, numbered typed references.
 */
import { sourceTypeLabel } from '../types.ts';
import type { Answer, AnswerReference, AnswerStatement } from './types.ts';

export function answerToMarkdown(answer: Answer): string {
  const out: string[] = [`# ${answer.title}`, ''];
  if (answer.status !== 'answered') {
    out.push(answer.message ?? '', '');
    return out.join('\n');
  }
  if (answer.answering) out.push(`*Answering: ${answer.answering}*`, '');
  if (answer.scopeNote) out.push(`> ${answer.scopeNote}`, '');
  if (answer.article) {
    const pending =
      answer.article.reviewState === 'approved'
        ? 'Approved by the Medical Advisory Board'
        : 'Pending human review by the Medical Advisory Board';
    out.push(`*${pending} · last updated ${answer.article.updatedAt.slice(0, 10)}*`, '');
  }
  out.push(answer.summary, '');
  for (const section of answer.sections) {
    out.push(`## ${section.heading}`, '');
    for (const s of section.statements) out.push(...statementLines(s, 0));
    out.push('');
  }
  if (answer.closing) out.push(answer.closing, '');
  out.push('## References', '');
  for (const r of answer.references) out.push(referenceLine(r));
  out.push('');
  if (answer.followUps?.length) out.push('## Ask next', '', ...answer.followUps.map((q) => `- ${q}`), '');
  return out.join('\n');
}

function statementLines(s: AnswerStatement, depth: number): string[] {
  const label = s.status === 'withdrawn' ? '**Withdrawn:** ' : s.status === 'superseded' ? '**Superseded:** ' : '';
  const subject = s.subject ? `**${s.subject}:** ` : '';
  const line = `${'  '.repeat(depth)}- ${subject}${label}${s.text} ${s.citations.map((n) => `[${n}]`).join('')}`;
  return [line, ...(s.children ?? []).flatMap((c) => statementLines(c, depth + 1))];
}

export function referenceLine(r: AnswerReference): string {
  const ids = [r.pmid && `PMID ${r.pmid}`, r.doi && `doi:${r.doi}`, r.url].filter(Boolean).join(' · ');
  return `${r.n}. ${r.title}. ${r.source}${r.year ? `, ${r.year}` : ''}. [${sourceTypeLabel[r.type]}]${referenceTrace(r)}${ids ? ` ${ids}` : ''}`;
}

/** A label's revision date and the places cited, as a reference line shows them: " Revised 2024-05. Cited at: §1.4.2; table 3." */
export function referenceTrace(r: Pick<AnswerReference, 'revised' | 'locators'>): string {
  return `${r.revised ? ` Revised ${r.revised}.` : ''}${r.locators?.length ? ` Cited at: ${r.locators.join('; ')}.` : ''}`;
}
