/*
 * Readers that differ, on the bundled library: patients and carers get plain words and no instructions
 * or doses written for clinicians, at a reading grade measured here; nurses and pharmacists read
 * dosing and monitoring first; students get each heading explained; citations are the same for all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledLibrary, tempEngine } from './helpers.ts';
import { allStatements } from './contract.ts';
import { readabilityOf } from '../src/answer/index.ts';
import { hasDoseWithUnit, isClinicianDirected } from '../src/answer/plain.ts';

const engine = await tempEngine(bundledLibrary);
const seed = 'What is the management approach for Amyotrophic Lateral Sclerosis (ALS)?';
// Questions on topics whose library entries give plain (`lay`) wording.
const patientQuestions = [seed, 'How can I manage my gout at home?', 'What is the dose of riluzole?', 'How is gout treated?'];

test('Flesch–Kincaid counts a plain sentence low and a clinical one high', () => {
  assert.ok(readabilityOf(['Riluzole is a tablet taken twice a day.']).fleschKincaidGrade < 8);
  assert.ok(
    readabilityOf([
      'Check liver transaminases before starting riluzole, monthly for the first 3 months, every 3 months for the rest of the first year.',
    ]).fleschKincaidGrade > 10,
  );
});

test('the patient view of each question reads at Flesch–Kincaid grade 9 or below, and the clinician view does not', () => {
  const grades: string[] = [];
  for (const q of patientQuestions) {
    const patient = engine.ask(q, 'patient');
    const clinician = engine.ask(q, 'clinician');
    grades.push(`${q} → patient ${patient.readability!.fleschKincaidGrade}, clinician ${clinician.readability!.fleschKincaidGrade}`);
    assert.ok(patient.readability!.fleschKincaidGrade <= 9, grades.join('\n'));
    assert.ok(patient.readability!.fleschKincaidGrade < clinician.readability!.fleschKincaidGrade, grades.join('\n'));
  }
  console.log(grades.join('\n'));
});

test('the patient rendering of the ALS article has no dose with units while the clinician rendering does', () => {
  const clinician = allStatements(engine.ask(seed, 'clinician')).map((s) => s.text);
  const patient = engine.ask(seed, 'patient');
  assert.ok(clinician.some(hasDoseWithUnit), 'the clinician view gives doses');
  assert.deepEqual(
    allStatements(patient)
      .map((s) => s.text)
      .filter(hasDoseWithUnit),
    [],
  );
  assert.ok(!hasDoseWithUnit(patient.summary), patient.summary);
});

test('patients and carers are never shown instructions addressed to clinicians ("Stop riluzole…", "Warn patients…")', () => {
  for (const audience of ['patient', 'caregiver'] as const) {
    const answer = engine.ask(seed, audience);
    const text = allStatements(answer).map((s) => s.text);
    assert.deepEqual(text.filter(isClinicianDirected), []);
    assert.ok(!text.some((t) => /^(Stop|Warn|Offer|Check) /.test(t)));
    assert.ok(answer.leftOutForReader! > 0, 'the page says how many professional statements are left out');
    assert.match(text.join(' '), /Riluzole is a tablet taken twice a day/, "the library's plain wording is used");
    assert.ok(answer.careQuestions!.length >= 3 && answer.seekCare, 'questions for the care team, and when to seek care');
  }
});

test('every plain statement keeps the negations of the wording the library wrote for it', () => {
  const patient = allStatements(engine.ask(seed, 'patient')).map((s) => s.text);
  // Authored lay text is shown verbatim: a "not" in it is never lost in the patient view.
  const negated = patient.filter((t) => /\b(not|no|never)\b/i.test(t));
  assert.ok(negated.length > 0);
  for (const t of negated) assert.match(t, /\b(not|no|never)\b/i);
});

test('citations and references are identical across audiences', () => {
  const clinician = engine.ask(seed, 'clinician');
  for (const audience of ['nurse-pharmacist', 'student', 'patient', 'caregiver'] as const) {
    const other = engine.ask(seed, audience);
    assert.deepEqual(other.references, clinician.references, audience);
    const cites = new Map(allStatements(clinician).map((s) => [s.text, s.citations]));
    for (const s of allStatements(other)) if (cites.has(s.text)) assert.deepEqual(s.citations, cites.get(s.text));
  }
});

test('nurses and pharmacists read administration, dosing, monitoring and interactions first; the clinician order differs', () => {
  const q = 'Tell me about riluzole';
  const nurse = engine.ask(q, 'nurse-pharmacist').sections.map((s) => s.heading);
  const clinician = engine.ask(q, 'clinician').sections.map((s) => s.heading);
  assert.deepEqual(nurse.slice(0, 3), ['Dosing', 'Monitoring', 'Interactions'], nurse.join(' | '));
  assert.deepEqual([...nurse].sort(), [...clinician].sort(), 'the same sections, reordered');
  console.log(`clinician: ${clinician.join(' | ')}\nnurse-pharmacist: ${nurse.join(' | ')}`);
});

test('students keep every statement and get each main heading explained', () => {
  const student = engine.ask(seed, 'student');
  const clinician = engine.ask(seed, 'clinician');
  assert.equal(allStatements(student).length, allStatements(clinician).length);
  const explained = student.sections.filter((s) => s.note);
  assert.ok(explained.length >= student.sections.length - 2, student.sections.map((s) => `${s.heading}: ${s.note ?? '-'}`).join('\n'));
});

test('a patient asking about side effects is shown the harms, not only what reads at grade 9 (mood changes on isotretinoin)', () => {
  const a = engine.ask('my son is starting isotretinoin, what side effects should we watch for?', 'patient', { save: false });
  assert.equal(a.status, 'answered');
  const shown = allStatements(a)
    .map((s) => s.text)
    .join('\n');
  assert.match(shown, /mood|depress/i, shown);
  assert.ok(
    allStatements(a).every((s) => !hasDoseWithUnit(s.text)),
    'a dose with units reached the patient view',
  );
});

test('a pregnant patient asking about her valproate is told of the harm to the baby in plain words, with no dose', () => {
  const a = engine.ask('I take valproate for epilepsy and I am pregnant – what should I know?', 'patient', { save: false });
  assert.equal(a.status, 'answered');
  const shown = allStatements(a)
    .map((s) => s.text)
    .join('\n');
  assert.match(shown, /birth defect|spina bifida|harm an unborn baby/i, shown);
  assert.ok(
    allStatements(a).every((s) => !hasDoseWithUnit(s.text)),
    'a dose with units reached the patient view',
  );
});

test('a plain line keeps the medical name a patient will hear, once an article (thymectomy)', () => {
  const a = engine.ask('How is myasthenia gravis treated?', 'patient', { save: false });
  const shown = allStatements(a).map((s) => s.text);
  assert.ok(
    shown.some((t) => /thymectomy/i.test(t)),
    shown.join('\n'),
  );
  assert.equal(shown.filter((t) => /Medical names?: .*thymectomy/i.test(t)).length, 1, 'the name is given once, not on every line');
  const clinician = allStatements(engine.ask('How is myasthenia gravis treated?', 'clinician', { save: false })).map((s) => s.text);
  assert.ok(
    clinician.every((t) => !/Medical names?:/.test(t)),
    'professional views are unchanged',
  );
});

test('a patient asking the starting dose of a weekly injection is shown the dose the plain wording left out (Mounjaro)', () => {
  const question = "just started mounjaro for my weight, what's the first dose and how often does it go up?";
  const shown = allStatements(engine.ask(question, 'patient', { save: false })).map((s) => s.text);
  assert.ok(
    shown.some((t) => /2\.5 ?mg/.test(t)),
    shown.join('\n'),
  );
  // The plain sentence comes first; the professional one is labelled as such.
  assert.ok(shown.some((t) => t.startsWith('The exact dose, as written for health professionals:')));
  // A patient who asks no dose still sees none (the valproate and ALS views above).
  const general = allStatements(engine.ask('what is mounjaro used for?', 'patient', { save: false })).map((s) => s.text);
  assert.ok(
    general.every((t) => !t.startsWith('The exact dose')),
    general.join('\n'),
  );
});
