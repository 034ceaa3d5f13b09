/*
 * The words around the evidence: article titles, the lead summary, suggested follow-up questions and
 * the small text helpers they share. Nothing here states a clinical fact of its own.
 */
import { bottomLineHeading, pitfallsHeading } from './outline.ts';
import { normalise, stopWords } from '../retrieve/index.ts';
import type { AnswerSection, AnswerStatement } from './types.ts';
import type { Intent, Retrieval } from '../retrieve/index.ts';

const titles: Record<Intent, (t: string) => string> = {
  management: (t) => `Management of ${t}`,
  dosing: (t) => `${t}: dosing`,
  'adverse-effects': (t) => `${t}: adverse effects`,
  contraindications: (t) => `${t}: contraindications and interactions`,
  monitoring: (t) => `${t}: monitoring`,
  pregnancy: (t) => `${t}: pregnancy and breastfeeding`,
  duration: (t) => `${t}: duration of treatment`,
  timing: (t) => `${t}: how soon`,
  'next-step': (t) => `${t}: next step`,
  overdose: (t) => `${t}: overdose`,
  exclusion: (t) => `${t}: time off school or work`,
  contacts: (t) => `${t}: treating contacts`,
  counselling: (t) => `${t}: counselling points`,
  threshold: (t) => `${t}: thresholds`,
  diagnosis: (t) => `Diagnosis of ${t}`,
  prognosis: (t) => `Prognosis of ${t}`,
  prevention: (t) => `${t}: prevention and screening`,
  definition: (t) => `${t}: overview`,
  comparison: (t) => `${t}: comparison`,
};

export function articleTitle(intent: Intent, focusTitle: string, kind: string): string {
  // A drug is not "managed", nor "diagnosed": a broad question about one, or its warning signs, gets its clinical use.
  if (kind === 'drug' && (intent === 'management' || intent === 'diagnosis')) return `${focusTitle}: clinical use`;
  const title = titles[intent](
    intent === 'management' || intent === 'diagnosis' || intent === 'prognosis' ? lowerFirst(focusTitle) : focusTitle,
  );
  return title;
}

/**
 * Lead paragraph: it answers. A specific question's bottom line is quoted (verbatim, cited below); a broad
 * one gets the first overview statement and the first recommendation, then the main interventions.
 */
export function leadSummary(sections: AnswerSection[], interventions: string[], plain = false): string {
  const say = (s: AnswerStatement | undefined) =>
    s ? `${s.subject ? `${s.subject}: ` : ''}${plain ? (s.lay ?? s.text) : s.text}` : undefined;
  const bottom = sections.find((s) => s.heading === bottomLineHeading);
  if (bottom) return bottom.statements.slice(0, 2).map(say).join(' ');
  const parts: string[] = [];
  const overview = sections.find((s) => s.heading === 'Overview');
  if (overview) parts.push(say(overview.statements[0])!);
  const first = sections.find((s) => s.heading !== 'Overview' && s.heading !== pitfallsHeading);
  if (first) parts.push(say(first.statements[0])!);
  if (interventions.length > 0) parts.push(`Interventions named in the evidence below include ${listText(interventions.map(lowerDrug))}.`);
  return parts.join(' ');
}

export function followUps(
  intent: Intent,
  mainDrug: string | undefined,
  focus: { title: string; kind: string } | undefined,
  retrieval: Retrieval,
): string[] {
  const questions: string[] = [];
  const has = (pattern: RegExp) => retrieval.passages.some((p) => pattern.test(p.section));
  if (mainDrug) {
    if (intent !== 'dosing') questions.push(`What is the dose of ${lowerDrug(mainDrug)}?`);
    if (intent !== 'adverse-effects') questions.push(`What are the adverse effects of ${lowerDrug(mainDrug)}?`);
    if (intent !== 'monitoring') questions.push(`What monitoring is needed for ${lowerDrug(mainDrug)}?`);
    if (intent !== 'contraindications' && focus?.kind === 'drug')
      questions.push(`What are the contraindications and interactions of ${lowerDrug(mainDrug)}?`);
  }
  if (focus?.kind === 'topic') {
    const name = lowerFirst(focus.title);
    if (intent !== 'diagnosis' && has(/diagnos|assessment/i)) questions.push(`How is ${name} diagnosed?`);
    if (intent !== 'prognosis' && has(/prognos/i)) questions.push(`What is the prognosis of ${name}?`);
    if (intent !== 'monitoring' && has(/monitor|follow-up/i)) questions.push(`What monitoring is needed in ${name}?`);
    if (intent !== 'prevention' && has(/prevent|screen/i)) questions.push(`How can ${name} be prevented?`);
    if (intent !== 'management') questions.push(`What is the management of ${name}?`);
  }
  return questions.slice(0, 5);
}

export function countStatements(sections: AnswerSection[]): number {
  const count = (s: AnswerStatement): number => 1 + (s.children ?? []).reduce((n, c) => n + count(c), 0);
  return sections.reduce((n, s) => n + s.statements.reduce((m, st) => m + count(st), 0), 0);
}

export function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Eponyms and organism names keep their capital in running text. */
const properNames =
  /^(Parkinson|Lyme|Helicobacter|Clostridioides|Alzheimer|Crohn|Graves|Hashimoto|Cushing|Addison|Guillain|Kawasaki|Hodgkin|Sjogren|Sjögren|Raynaud|Bell|Wilson|Huntington|Tourette|Down|Gaucher|Dupuytren|Peyronie|Osgood)\b/;

export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) && !properNames.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The words of the question around a missing term ("gaucher" → "gaucher disease type 1"), to say what is not covered. */
export function missingPhrase(question: string, term: string): string {
  const words = normalise(question).split(' ');
  const start = words.indexOf(term);
  if (start < 0) return term;
  let end = start + 1;
  while (end < words.length && !stopWords.has(words[end]!) && end - start < 5) end++;
  return words.slice(start, end).join(' ');
}

/** Generic drug names are lower case in running text; brand-like or abbreviated names keep their case. */
export function lowerDrug(name: string): string {
  return lowerFirst(name);
}
