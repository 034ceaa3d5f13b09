/*
 * Renders one composed answer for a reader. Every reader gets the same evidence and the same citations;
 * what differs is which statements are shown, in what words and order:
 * - patients and carers: the library's plain-language `lay` wording; statements without one are shown
 *   only when they are information (not an instruction to clinicians), carry no dose with units and read
 *   plainly already — the rest stay in the professional views, and the page says how many;
 * - nurses and pharmacists: administration, dosing, monitoring and interactions first;
 * - students: everything, with each section heading explained.
 */
import { answerReadability, readabilityOf } from './readability.ts';
import { dropsDoses, dropsFigures, hasDoseWithUnit, headingNote, isClinicianDirected, plainHeading, practiceRank } from './plain.ts';
import { bottomLineHeading, outline } from './outline.ts';
import type { Audience } from '../types.ts';
import type { Answer, AnswerSection, AnswerStatement } from './types.ts';

export const audienceLabels: Record<Audience, string> = {
  clinician: 'Clinician',
  'nurse-pharmacist': 'Nurse or pharmacist',
  student: 'Student',
  patient: 'Patient',
  caregiver: 'Caregiver',
};

/** A statement without a plain version is shown to patients as written only if it reads at this grade or below. */
const plainGradeLimit = 9;
/**
 * ...or, for what a patient must know to stay safe (harms, pregnancy, cautions), at this grade: a warning
 * about mood changes in slightly harder words is better shown than left out.
 */
const safetyGradeLimit = 12;

/** Leads in the professional sentence shown under a plain one that left out its doses. */
export const asWrittenForProfessionals = 'The exact dose, as written for health professionals:';
/** …and under one that left out the figures asked for (how long, how soon, from what value). */
export const figuresAsWritten = 'The exact figures, as written for health professionals:';

/** Sections whose statements tell a reader what to watch for or avoid. */
function isSafetySection(heading: string): boolean {
  const words = outline();
  return (
    words.isCautionHeading(heading) ||
    words.answers('adverse-effects', heading) ||
    words.answers('pregnancy', heading) ||
    words.answers('contraindications', heading)
  );
}

export function isLayAudience(audience: Audience): boolean {
  return audience === 'patient' || audience === 'caregiver';
}

export function forAudience(answer: Answer, audience: Audience): Answer {
  const { laySummary: _laySummary, ...rest } = answer;
  if (isLayAudience(audience) && answer.status === 'answered') return forLayReader(rest, audience);
  const strip = (s: AnswerStatement): AnswerStatement => {
    const { lay: _lay, children, ...shown } = s;
    return children ? { ...shown, children: children.map(strip) } : shown;
  };
  let sections = answer.sections.map((sec) => ({ ...sec, statements: sec.statements.map(strip) }));
  if (audience === 'nurse-pharmacist')
    sections = sections
      .map((s, i) => ({ s, i }))
      .sort((a, b) => practiceRank(a.s.heading) - practiceRank(b.s.heading) || a.i - b.i)
      .map((x) => x.s);
  if (audience === 'student') sections = sections.map((s) => withNote(s, headingNote(s.heading)));
  const shown: Answer = { ...rest, audience, sections };
  return answer.status === 'answered' ? { ...shown, readability: answerReadability(shown) } : shown;
}

function withNote(section: AnswerSection, note: string | undefined): AnswerSection {
  return note ? { ...section, note } : section;
}

function forLayReader(answer: Omit<Answer, 'laySummary'>, audience: Audience): Answer {
  let leftOut = 0;
  // A specific question's bottom line answers the reader's own question: it stays, in the library's words
  // where it has no plain ones. Elsewhere only what reads plainly, and is not an instruction to
  // clinicians, is kept.
  const specific = answer.sections.some((sec) => sec.heading === bottomLineHeading);
  const plain = (s: AnswerStatement, answersQuestion = false, safety = false): AnswerStatement | undefined => {
    const { lay, children, ...shown } = s;
    const kids = (children ?? []).map((c) => plain(c, answersQuestion, safety)).filter((c): c is AnswerStatement => c !== undefined);
    const readable =
      answersQuestion ||
      (!isClinicianDirected(s.text) &&
        !hasDoseWithUnit(s.text) &&
        readabilityOf([s.text]).fleschKincaidGrade <= (safety ? safetyGradeLimit : plainGradeLimit));
    if (!lay && !readable) {
      leftOut++;
      return undefined;
    }
    // The answer to a reader's own question about a dose keeps its doses: where the plain wording leaves
    // them out, the professional sentence follows it, under the same citations.
    // (…and so does the answer to how long, how soon or from what value: "for a week" is no "for 7 days".)
    if (answersQuestion && answer.asksDose && lay && dropsDoses(s.text, lay))
      kids.unshift({ text: `${asWrittenForProfessionals} ${s.text}`, citations: s.citations });
    else if (answersQuestion && answer.asksFigure && lay && dropsFigures(s.text, lay))
      kids.unshift({ text: `${figuresAsWritten} ${s.text}`, citations: s.citations });
    // A subject lead-in ("Apixaban") stays: it names what the plain sentence is about.
    const out: AnswerStatement = { ...shown, text: lay ?? s.text };
    return kids.length > 0 ? { ...out, children: kids } : out;
  };
  const sections = answer.sections
    .map((sec) => ({
      heading: plainHeading(sec.heading),
      statements: sec.statements
        .map((st) => plain(st, specific && sec.heading === bottomLineHeading, isSafetySection(sec.heading)))
        .filter((s): s is AnswerStatement => s !== undefined),
    }))
    .filter((sec) => sec.statements.length > 0);
  const first = sections.flatMap((sec) => sec.statements).slice(0, 2);
  const summary =
    first.length > 0
      ? first.map((s) => s.text).join(' ')
      : 'The evidence on this question is written for health professionals; ask your care team to explain what it means for you.';
  const about = answer.focus?.title ?? 'this';
  const shown: Answer = {
    ...answer,
    audience,
    summary,
    sections,
    leftOutForReader: leftOut,
    careQuestions: [
      `What does ${about} mean for ${audience === 'caregiver' ? 'the person I care for' : 'me'}?`,
      'Which treatments are right for us, and what are the choices?',
      'What side effects should we look out for, and what should we do if they happen?',
      'What check-ups or tests are needed, and how often?',
      'Who do we contact between appointments?',
    ],
    seekCare:
      'Contact your care team if symptoms get worse, new symptoms start, or a medicine seems to cause problems. In an emergency, call your local emergency number.',
  };
  return { ...shown, readability: answerReadability(shown) };
}
