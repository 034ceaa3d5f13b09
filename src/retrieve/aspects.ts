/*
 * The aspects a question asks about (causes, symptoms, treatment, dosing...) and the aspects a passage's
 * title or section heading answers ("What are the treatments for gout?"), so that ranking can favour
 * passages that answer the kind of question asked.
 */

export const aspects = [
  'definition',
  'causes',
  'symptoms',
  'diagnosis',
  'management',
  'prevention',
  'prognosis',
  'genetics',
  'frequency',
  'risk',
  'adverse-effects',
  'dosing',
  'precautions',
  'research',
] as const;
export type Aspect = (typeof aspects)[number];

/** Wording that marks each aspect, in questions and in headings alike. */
const aspectRules: [Aspect, RegExp][] = [
  ['causes', /\b(caus(e|es|ed|ing)|why|reasons?|trigger(s|ed)?)\b/],
  ['symptoms', /\b(symptoms?|signs?)\b/],
  ['diagnosis', /\b(diagnos\w*|tests?|tested|testing|screen\w*)\b/],
  ['management', /\b(treat\w*|therap\w*|manag\w*|cur(e|es|ed|able)|remed\w*|what to do for|medications? for)\b/],
  ['prevention', /\b(prevent\w*|vaccin\w*)\b/],
  ['prognosis', /\b(outlook|prognos\w*|life expectancy|complications?|survival)\b/],
  ['genetics', /\b(inherit\w*|genetic\w*|hereditary|genes?|run in (the )?famil\w*)\b/],
  ['frequency', /\b(how many people|how common|prevalen\w*|incidence)\b/],
  ['risk', /\b(at risk|risk factors?)\b/],
  ['adverse-effects', /\b(side effects?|adverse|harm\w*|safety|safe|warnings?|toxic\w*)\b/],
  ['dosing', /\b(dos(e|es|age|ing)|how much|mg|overdose)\b/],
  ['precautions', /\b(precautions?|interact\w*|dietary|foods?|alcohol|avoid\w*|gluten|contain\w*|ingredients?)\b/],
  ['research', /\b(research|clinical trials?|studies)\b/],
];

/** "What is (are) X", "What is X?": a definition, unless it asks for "the" something of X. */
const definitionRule = /\bwhat (is|are)\b(?! the\b)(?! there\b)/;

/**
 * The aspects a text (question or heading) is about.
 * @example textAspects('What are the treatments for gout?') // ['management']
 */
export function textAspects(text: string): Set<Aspect> {
  const lower = text.toLowerCase();
  const found = new Set<Aspect>();
  for (const [aspect, rule] of aspectRules) if (rule.test(lower)) found.add(aspect);
  if (found.size === 0 && definitionRule.test(lower)) found.add('definition');
  return found;
}

/** Does the passage heading answer one of the question's aspects? */
export function sharesAspect(question: ReadonlySet<Aspect>, heading: ReadonlySet<Aspect>): boolean {
  for (const a of heading) if (question.has(a)) return true;
  return false;
}
