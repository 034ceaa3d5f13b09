/*
 * The reader's choice ("Which best describes you?") and what only some readers are shown: the
 * disclaimer suited to them, and for patients and carers when to seek care and questions to take to
 * their care team.
 */
import { audienceLabels } from '../../answer/index.ts';
import { audiences } from '../../types.ts';
import type { Answer } from '../../answer/index.ts';
import type { Audience } from '../../types.ts';

/** The reader select, inside a form of the caller's (the article's GET form, or the home page's ask form). */
export function ReaderSelect(props: { id: string; audience: Audience }) {
  return (
    <>
      <label for={props.id}>Which best describes you?</label>{' '}
      <select id={props.id} name="audience">
        {audiences.map((aud) => (
          <option value={aud} selected={aud === props.audience}>
            {audienceLabels[aud]}
          </option>
        ))}
      </select>
    </>
  );
}

const disclaimers: Record<Audience, string> = {
  clinician:
    'For health professionals: a summary of cited evidence that supports, and does not replace, clinical judgement. Check doses against the product label and local formulary before prescribing.',
  'nurse-pharmacist':
    'For nurses and pharmacists: administration, dosing, monitoring and interactions come first. Check doses against the product label, local formulary and the prescription before giving or dispensing.',
  student:
    'For students: each section says what its heading means. This summary is for learning and does not replace supervised clinical practice or the full guidelines cited.',
  patient:
    'This page explains the evidence in plain words. It is general information, not advice about you: talk to your doctor, nurse or pharmacist before starting, stopping or changing any treatment.',
  caregiver:
    'This page explains the evidence in plain words for people caring for someone. It is general information, not advice about the person you care for: talk to their doctor, nurse or pharmacist before any treatment changes.',
};

export function ReaderDisclaimer(props: { audience: Audience }) {
  return <p class="reader-disclaimer">{disclaimers[props.audience]}</p>;
}

/** For patients and carers: when to seek care, and questions worth asking. */
export function CareTeamQuestions(props: { answer: Answer }) {
  const a = props.answer;
  if (!a.careQuestions && !a.seekCare) return null;
  return (
    <section aria-labelledby="care-heading">
      <h2 id="care-heading">When to get help</h2>
      {a.seekCare ? <p>{a.seekCare}</p> : null}
      {a.careQuestions ? (
        <>
          <h3>Questions to ask your care team</h3>
          <ul>
            {a.careQuestions.map((q) => (
              <li>{q}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
