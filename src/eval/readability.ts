/*
 * Readability by audience: the same questions rendered for each reader, with the median Flesch–Kincaid
 * grade of what that reader is shown and the key facts that survive the rendering (issue 12).
 */
import { audiences } from '../types.ts';
import { answerText } from './answers.ts';
import type { Audience } from '../types.ts';
import type { EvalQuestion } from './answers.ts';
import type { Evidentia } from '../evidentia.ts';

export interface AudienceReadability {
  audience: Audience;
  /** Answered questions the figures are taken over. */
  answers: number;
  medianGrade: number | null;
  /** Key facts found in this rendering, over questions that list key facts. */
  keyPointRecall: number | null;
}

export function readabilityByAudience(engine: Evidentia, questions: EvalQuestion[]): AudienceReadability[] {
  return audiences.map((audience) => {
    const grades: number[] = [];
    let found = 0;
    let total = 0;
    for (const q of questions) {
      const answer = engine.ask(q.question, audience, { save: false });
      if (answer.status !== 'answered') continue;
      if (answer.readability) grades.push(answer.readability.fleschKincaidGrade);
      if (q.expect || q.must.length === 0) continue;
      const text = answerText(answer);
      total += q.must.length;
      found += q.must.filter((alternatives) => alternatives.some((re) => new RegExp(re, 'i').test(text))).length;
    }
    grades.sort((a, b) => a - b);
    const middle = grades.length === 0 ? null : (grades[Math.floor((grades.length - 1) / 2)]! + grades[Math.floor(grades.length / 2)]!) / 2;
    return { audience, answers: grades.length, medianGrade: middle, keyPointRecall: total === 0 ? null : found / total };
  });
}
