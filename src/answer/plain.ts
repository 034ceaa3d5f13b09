/*
 * What each reader is shown beyond the evidence itself: which statements are instructions addressed to
 * clinicians (left out for patients and carers unless the library gives a plain version), plain section
 * headings, the order nurses and pharmacists read in, and what each heading means for students. None of
 * this states a clinical fact; it only chooses, orders and labels the library's statements.
 */

/** Verbs that open an instruction to the prescriber or the team ("Offer riluzole…", "Warn patients…"). */
const clinicianVerbs =
  /^(offer|consider|check|monitor|measure|stop|start|warn|refer|prescribe|give|use|avoid|discuss|weigh|assess|screen|ask|reduce|increase|titrate|switch|add|review|place|provide|introduce|revisit|do not|don't|never|document|arrange|advise|counsel|tell|explain|treat|administer|initiate|continue|withhold|discontinue|adjust|repeat|obtain|perform|order|test|confirm|exclude|request|escalate|involve|recommend|reserve|limit|restrict|target|aim|maintain|taper|halve|double|omit|suspend|correct|replace|investigate|examine|send|admit|observe|record|be aware|beware|calculate|select|choose|combine|individualise|individualize|tailor|prefer|enquire|identify|support|encourage|educate|inform|seek|establish|manage|dose|infuse|inject|apply|decide|plan|ensure|follow|keep)\b/i;
/** Instructions that name their addressee ("Clinicians should…", "Patients should be warned…"). */
const addressed =
  /\b(clinicians?|prescribers?|physicians?|the (mdt|team|clinician|prescriber)|practitioners?) (should|must|may)\b|\bshould be (offered|given|prescribed|started|stopped|monitored|checked|referred|warned|counselled|considered|assessed|treated)\b|\bpatients should be\b|\bis recommended\b|\bare recommended\b/i;
/** A dose with its unit ("50 mg", "1.5 g/day", "10 mg/kg", "40 mmol/L", "5,000 units"). */
const doseWithUnit = /\b\d[\d.,]*\s?(mg|g|mcg|micrograms?|µg|ng|ml|mL|l|L|mmol|micromol|units?|IU|mg\/kg|mL\/kg|mg\/m2|%\s?w\/w)\b/;

/** Is the statement an instruction written for clinicians rather than information a patient can act on? */
export function isClinicianDirected(text: string): boolean {
  return clinicianVerbs.test(text.trim()) || addressed.test(text);
}

export function hasDoseWithUnit(text: string): boolean {
  return doseWithUnit.test(text);
}

/** The numbers a text writes, without a trailing stop or comma ("7", "0.5", "1,000"). */
function numbersIn(text: string): string[] {
  return text.match(/\d[\d.,]*/g)?.map((n) => n.replace(/[.,]$/, '')) ?? [];
}

/** Are there figures, and does the plain wording say none of them? */
function saysNoneOf(figures: string[], plain: string): boolean {
  const said = new Set(numbersIn(plain));
  return figures.length > 0 && !figures.some((f) => said.has(f));
}

/** Does the plain wording leave out every dose figure of the professional text ("100 mg IM" → "inject your emergency hydrocortisone")? */
export function dropsDoses(text: string, plain: string): boolean {
  return saysNoneOf(
    [...text.matchAll(new RegExp(doseWithUnit.source, 'g'))].map((m) => numbersIn(m[0])[0]!),
    plain,
  );
}

/** Does the plain wording leave out every figure of the professional text ("for 7 days" → "for a week", "20-30%" → "a higher dose")? */
export function dropsFigures(text: string, plain: string): boolean {
  return saysNoneOf(numbersIn(text), plain);
}

const plainHeadings: [RegExp, string][] = [
  [/^bottom line/i, 'In short'],
  [/pitfall|caveat|caution|warning/i, 'Things to be aware of'],
  [/^(overview|background|introduction|definition)/i, 'What it is'],
  [/disease[- ]modifying/i, 'Medicines that slow the disease'],
  [/administration|dos(e|ing)|regimen/i, 'How it is taken'],
  [/adverse|side effect|toxicit/i, 'Side effects'],
  [/contraindicat|interaction/i, 'Who should not take it, and other medicines'],
  [/monitor|follow[- ]up|surveillance/i, 'Check-ups and tests'],
  [/diagnos|assessment|investigation/i, 'How it is diagnosed'],
  [/prognos|outlook|natural history/i, 'What to expect'],
  [/prevent|screen/i, 'Prevention and screening'],
  [/multidisciplinary/i, 'Your care team'],
  [/palliative|advance care/i, 'Planning ahead and comfort care'],
  [/nutrition/i, 'Eating and nutrition'],
  [/respiratory|breath/i, 'Breathing'],
  [/bulbar/i, 'Speech and swallowing'],
  [/communication|aac\b/i, 'Communication'],
  [/first[- ]line/i, 'First treatments to try'],
  [/pregnan|breast ?feed/i, 'Pregnancy and breastfeeding'],
];

/** The section heading in everyday words, for patients and carers. */
export function plainHeading(heading: string): string {
  return plainHeadings.find(([pattern]) => pattern.test(heading))?.[1] ?? heading;
}

/** Nurses and pharmacists read administration, dosing, monitoring and interactions first (in that order). */
const practiceOrder = [
  /administration|how to take/i,
  /dos(e|ing)|regimen/i,
  /monitor/i,
  /interaction|contraindicat/i,
  /adverse|side effect|safety/i,
];

/** Rank of a section for nurses and pharmacists: the bottom line, then the practice sections, then the rest. */
export function practiceRank(heading: string): number {
  if (/^bottom line/i.test(heading)) return -1;
  const i = practiceOrder.findIndex((p) => p.test(heading));
  return i < 0 ? practiceOrder.length : i;
}

const headingNotes: [RegExp, string][] = [
  [/^bottom line/i, 'The short answer to the question asked; the statements below give the detail.'],
  [/pitfall|caveat/i, 'Mistakes commonly made in practice, and the limits of the evidence.'],
  [/^(overview|background|introduction|definition)/i, 'What the condition is, who gets it and how it usually runs.'],
  [/disease[- ]modifying/i, 'Treatments that change the course of the disease, not only its symptoms.'],
  [/administration/i, 'How the drug is given: route, timing, and what to do about food or missed doses.'],
  [/dos(e|ing)|regimen/i, 'How much is given, how often, and how the dose changes (kidney or liver function, age, weight).'],
  [/adverse|side effect|toxicit/i, 'Unwanted effects of treatment, from common and mild to rare and serious.'],
  [/contraindicat/i, 'Situations in which a drug must not be used (absolute) or needs extra care (relative).'],
  [/interaction/i, 'Other drugs or foods that change how this one works or add to its harms.'],
  [/monitor/i, 'Tests and checks that show whether treatment is working and safe.'],
  [/diagnos|assessment|investigation/i, 'How the diagnosis is made and what else it could be (the differential diagnosis).'],
  [/prognos/i, 'The likely course and outcome of the condition.'],
  [/prevent|screen/i, 'Stopping the condition before it starts (prevention) or finding it early (screening).'],
  [/bulbar/i, 'Bulbar muscles are those of speech and swallowing, supplied by nerves from the brainstem (medulla).'],
  [/respiratory/i, 'Breathing muscle weakness: how it is measured and supported (ventilation).'],
  [/multidisciplinary/i, 'Care shared by a team of professions (the MDT), coordinated around the patient.'],
  [/palliative|advance care/i, 'Care aimed at comfort and quality of life, and decisions made ahead of time.'],
  [/nutrition/i, 'Keeping weight and nutrition up, including tube feeding (gastrostomy) when swallowing fails.'],
  [/communication|\baac\b/i, 'AAC is augmentative and alternative communication: aids that support or replace speech.'],
  [/other symptoms|symptom/i, 'Symptoms beyond the main headings, each with its own treatment.'],
  [/indication/i, 'The conditions a drug is licensed or recommended for.'],
  [/pregnan|lactation|breast/i, 'Whether the drug is safe before birth and in breast milk.'],
  [/first[- ]line|initial/i, 'The treatment tried first, before alternatives (second line).'],
  [/treatment|management|therapy/i, 'What is done to treat the condition, in the order guidelines recommend.'],
];

/** A one-line explanation of what a section heading means, for students. */
export function headingNote(heading: string): string | undefined {
  return headingNotes.find(([pattern]) => pattern.test(heading))?.[1];
}
