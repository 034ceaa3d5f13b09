/*
 * Renders one composed answer for a reader: patients and carers get the plain-language wording where the
 * library has it; every reader gets the same evidence and the same citations.
 */
import type { Audience } from '../types.ts';
import type { Answer, AnswerStatement } from './types.ts';

export const audienceLabels: Record<Audience, string> = {
  clinician: 'Clinician',
  'nurse-pharmacist': 'Nurse or pharmacist',
  student: 'Student',
  patient: 'Patient',
  caregiver: 'Caregiver',
};

export function forAudience(answer: Answer, audience: Audience): Answer {
  const plain = audience === 'patient' || audience === 'caregiver';
  const view = (s: AnswerStatement): AnswerStatement => {
    const { lay, children, ...rest } = s;
    const out: AnswerStatement = { ...rest, text: plain && lay ? lay : s.text };
    if (children) out.children = children.map(view);
    return out;
  };
  const { laySummary, ...rest } = answer;
  return {
    ...rest,
    audience,
    summary: plain && laySummary ? laySummary : answer.summary,
    sections: answer.sections.map((sec) => ({ ...sec, statements: sec.statements.map(view) })),
  };
}
