/*
 * Composes an article from retrieved evidence: sections of cited statements, pitfalls last, references
 * numbered by first use, a lead summary and closing line built only from what the body says. When the
 * evidence does not cover the question it abstains; when the question is not about health it refuses.
 */
import { createHash } from 'node:crypto';
import { isCautionary, isCautionHeading, isOverviewHeading, pitfallsHeading, supportingHeading } from './outline.ts';
import { isNearDuplicate, isSameClaimDifferentFigures } from './similarity.ts';
import { evidenceRank } from '../types.ts';
import { questionCoverage, selectPassages, selectSupporting } from './select.ts';
import { quoteSentences } from './quote.ts';
import { healthWords, medicalWordEnding, mentions, normalise, stopWords } from '../retrieve/index.ts';
import type { InterventionFinder } from './mentions.ts';
import type { Answer, AnswerReference, AnswerSection, AnswerStatement } from './types.ts';
import type { PassageHit } from '../store/index.ts';
import type { Intent, Retrieval } from '../retrieve/index.ts';
import type { Audience, Source, SourceType, Statement } from '../types.ts';

export interface ComposeContext {
  /** Look up sources by global id. */
  sources: (ids: string[]) => Source[];
  interventions: InterventionFinder;
}

/** A statement on its way into the answer: source ids not yet numbered. */
interface Draft {
  text: string;
  lay?: string;
  citations: string[];
  status?: Statement['status'];
  children: Draft[];
  /** Shown as "guidelines differ": this draft and its first child disagree on a figure. */
  conflict?: boolean;
}

export function composeAnswer(retrieval: Retrieval, audience: Audience, context: ComposeContext): Answer {
  const { analysis } = retrieval;
  const base = { question: analysis.question, audience, title: '', summary: '', sections: [], references: [] };
  if (analysis.injection || !analysis.healthRelated) {
    return {
      status: 'out_of_scope',
      ...base,
      title: 'Outside what Evidentia answers',
      message:
        'Evidentia answers questions about health, conditions and medicines from its reviewed clinical library. This question is outside that scope, so no answer is given.',
    };
  }
  const searched = analysis.focus.length > 0 ? analysis.focus.map((f) => f.title).join(', ') : analysis.terms.join(' ');
  // What was found, so an abstention says what exists as well as what is missing (titles only: no claims).
  const closest = [...new Set([...retrieval.passages].sort((a, b) => b.score - a.score).map((p) => p.documentTitle))].slice(0, 3);
  const abstain = (missing: string, found = closest): Answer => ({
    status: 'insufficient_evidence',
    ...base,
    title: 'Not enough evidence to answer',
    message:
      `The library has no evidence on ${missing}. Evidentia searched its sources for "${searched}" and found nothing that answers the question, so it gives no answer rather than one about something else.` +
      (found.length > 0 ? ` Closest sources found: ${found.join('; ')}.` : ''),
  });

  // Named topic: a missing medical term means the question is about something else. Open search: a term
  // that no passage in the store has at all means the library has no evidence on it.
  const blocking =
    analysis.focus.length > 0
      ? retrieval.missingTerms.filter((t) => healthWords.has(t) || medicalWordEnding.test(t))
      : analysis.focusTerms.filter((t) => retrieval.termWeights[t] === 0 && looksSpecific(t, analysis.question));
  // Sources about other conditions are not listed when the asked-about term is absent altogether.
  if (blocking.length > 0) return abstain(`"${missingPhrase(analysis.question, blocking[0]!)}"`, []);
  if (analysis.focus.length === 0 && analysis.focusTerms.length === 0) return abstain('what was asked: the question names no condition, drug or topic');

  const sourceCache = new Map(context.sources([...new Set([...retrieval.passages, ...retrieval.supporting].flatMap((p) => citationsOf(p)))]).map((s) => [s.id, s]));
  const typeOf = (p: PassageHit) => sourceCache.get(p.citations[0] ?? '')?.type;
  const selected = selectPassages(retrieval, typeOf);
  if (selected.length === 0) return abstain(`"${searched}" for this kind of question`);
  const supporting = selectSupporting(retrieval, typeOf);

  const compared = analysis.intent === 'comparison' && analysis.focus.length >= 2 ? analysis.focus.map((f) => f.title) : undefined;
  const quote = (p: PassageHit): Draft => (p.documentKind === 'literature' ? { ...toDraft(p), text: quoteSentences(p.text, analysis.terms) } : toDraft(p));
  const sections = compared ? sideBySide(selected, analysis.focus.map((f) => f.documentId), quote) : groupIntoSections(selected, analysis.focus.length === 0, quote);
  if (supporting.length > 0) {
    const at = sections.findIndex((s) => s.heading === pitfallsHeading);
    sections.splice(at < 0 ? sections.length : at, 0, { heading: supportingHeading, drafts: supporting.map(quote) });
  }
  // Lower is stronger: evidence level first, then the newer publication.
  const sourceRank = (d: Draft) =>
    Math.min(...d.citations.map((c) => sourceCache.get(c)).filter((s): s is Source => s !== undefined).map((s) => evidenceRank[s.type] * 10000 - (s.year ?? 0)), Infinity);
  mergeNearDuplicates(sections, sourceRank, (d) => d.citations.some((c) => sourceCache.get(c)?.type === 'guideline'));
  const { numbered, references } = numberReferences(sections, sourceCache);

  // A question about a drug's dose, harms, monitoring or interactions is titled by the drug, others by the condition.
  const drugIntent = ['dosing', 'adverse-effects', 'monitoring', 'contraindications'].includes(analysis.intent);
  const focusDoc = analysis.focus.find((f) => f.kind === (drugIntent ? 'drug' : 'topic')) ?? analysis.focus[0];
  const title = compared
    ? `${compared.map((t, i) => (i === 0 ? t : lowerFirst(t))).join(' versus ')}: comparison`
    : analysis.intent === 'contraindications' && analysis.focus.filter((f) => f.kind === 'drug').length >= 2
      ? `${listText(analysis.focus.filter((f) => f.kind === 'drug').map((f, i) => (i === 0 ? f.title : lowerFirst(f.title))))}: contraindications and interactions`
      : focusDoc
      ? articleTitle(analysis.intent, focusDoc.title, focusDoc.kind)
      : sentenceCase(analysis.question.replace(/\?+\s*$/, ''));
  // Interventions named in the summary and follow-ups come from statements that recommend, not from
  // the ones that advise against ("do not use montelukast").
  const bodyText = numbered
    .filter((s) => s.heading !== pitfallsHeading)
    .flatMap((s) => s.statements.flatMap((st) => [st.text, ...(st.children ?? []).map((c) => c.text)]))
    .filter((text) => !/\b(not|avoid|no role|no benefit|lack of benefit)\b/i.test(text))
    .join(' ');
  const drugs = context.interventions.drugs(bodyText);
  const interventions = [...drugs.slice(0, 5), ...context.interventions.interventions(bodyText).slice(0, 5)];
  const summary = compared
    ? `This article compares ${listText(compared.map(lowerFirst))} side by side: ${listText([...new Set(numbered.map((s) => lowerFirst(s.heading.split(' — ')[0]!)))])}. Each statement is cited to its source.`
    : leadSummary(title, numbered, interventions);
  const notCovered = retrieval.missingTerms.length > 0 ? ` The evidence found does not mention: ${retrieval.missingTerms.join(', ')}.` : '';
  const answer: Answer = {
    status: 'answered',
    ...base,
    title,
    summary,
    sections: numbered,
    references,
    closing: `These ${countStatements(numbered)} statements come from ${references.length} cited source${references.length === 1 ? '' : 's'}; apply them with clinical judgement and local protocols.${notCovered}`,
    confidence: confidenceOf(retrieval, selected, typeOf),
    followUps: followUps(analysis.intent, focusDoc?.kind === 'drug' ? focusDoc.title : drugs[0], focusDoc, retrieval),
    evidenceHash: evidenceHash([...selected, ...supporting], references),
    evidenceDocuments: [...new Set([...selected, ...supporting].map((p) => p.documentId))].sort(),
  };
  if (focusDoc) answer.focus = { id: focusDoc.documentId, title: focusDoc.title };
  if ((answer.confidence ?? 1) < minimumConfidence) {
    const uncovered = analysis.focusTerms.filter((t) => !selected.some((p) => mentions(p, t)));
    return abstain(`the whole question (evidence coverage ${answer.confidence}${uncovered.length ? `; not covered: ${uncovered.join(', ')}` : ''})`);
  }
  return answer;
}

function citationsOf(p: { citations: string[]; children: Statement[] }): string[] {
  return [...p.citations, ...p.children.flatMap((c) => citationsOf(c))];
}

function toDraft(s: { text: string; lay?: string; citations: string[]; status?: Statement['status']; children: Statement[] }): Draft {
  const draft: Draft = { text: s.text, citations: [...s.citations], children: s.children.map(toDraft) };
  if (s.lay !== undefined) draft.lay = s.lay;
  if (s.status !== undefined && s.status !== 'current') draft.status = s.status;
  return draft;
}

/** Sections in document order (open searches: order of relevance), cautions gathered last. */
function groupIntoSections(passages: PassageHit[], openSearch: boolean, quote: (p: PassageHit) => Draft): { heading: string; drafts: Draft[] }[] {
  const byHeading = new Map<string, Draft[]>();
  const pitfalls: Draft[] = [];
  const ordered = openSearch ? passages : [...passages].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.ordinal - b.ordinal);
  // Keep the first focus document's sections first when a question names a topic and a drug.
  const firstDoc = passages[0]?.documentId;
  if (!openSearch) ordered.sort((a, b) => Number(b.documentId === firstDoc) - Number(a.documentId === firstDoc));
  for (const p of ordered) {
    const draft = quote(p);
    if (isCautionHeading(p.section) || isCautionary(p.text)) pitfalls.push(draft);
    else {
      const heading = isOverviewHeading(p.section) ? 'Overview' : p.section;
      const list = byHeading.get(heading) ?? [];
      list.push(draft);
      byHeading.set(heading, list);
    }
  }
  const sections = [...byHeading].map(([heading, drafts]) => ({ heading, drafts }));
  if (pitfalls.length > 0) sections.push({ heading: pitfallsHeading, drafts: pitfalls });
  return sections;
}

/**
 * A comparison puts the same kind of section of each compared document next to each other:
 * "Dosing — Apixaban", "Dosing — Warfarin", then the next kind of section.
 */
function sideBySide(passages: PassageHit[], documentIds: string[], quote: (p: PassageHit) => Draft): { heading: string; drafts: Draft[] }[] {
  const kinds: string[] = [];
  const byKey = new Map<string, Draft[]>();
  const titles = new Map(passages.map((p) => [p.documentId, p.documentTitle]));
  for (const p of [...passages].sort((a, b) => documentIds.indexOf(a.documentId) - documentIds.indexOf(b.documentId) || a.ordinal - b.ordinal)) {
    const kind = isCautionHeading(p.section) ? pitfallsHeading : p.section;
    if (!kinds.includes(kind)) kinds.push(kind);
    const key = `${kind}\u0000${p.documentId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), quote(p)]);
  }
  // Cautions close the article, as everywhere else.
  kinds.sort((a, b) => Number(a === pitfallsHeading) - Number(b === pitfallsHeading));
  return kinds.flatMap((kind) =>
    documentIds.flatMap((id) => {
      const drafts = byKey.get(`${kind}\u0000${id}`);
      return drafts ? [{ heading: `${kind} — ${titles.get(id) ?? id}`, drafts }] : [];
    }),
  );
}

/** Below this confidence the evidence found is too thin to compose an article from. */
export const minimumConfidence = 0.45;

/** Evidence weight of the strongest selected source for confidence: guidelines and reviews count fully. */
const confidenceByType: Partial<Record<SourceType, number>> = { guideline: 1, 'systematic-review': 1, rct: 0.95, 'drug-label': 0.95, review: 0.9, textbook: 0.9, study: 0.85, 'consumer-health': 0.8 };

function confidenceOf(retrieval: Retrieval, selected: PassageHit[], typeOf: (p: PassageHit) => SourceType | undefined): number {
  const { analysis } = retrieval;
  if (analysis.focus.length > 0) return Math.max(0.5, 0.95 - 0.15 * retrieval.missingTerms.length);
  // An open search never rates above a reviewed library topic: its passages were not written as statements.
  const best = 0.9 * Math.max(0, ...selected.map((p) => questionCoverage(p, retrieval) * (confidenceByType[typeOf(p) ?? 'study'] ?? 0.85)));
  return Math.round(best * 100) / 100;
}

/** The same fact twice keeps its first place and gains the other's citations. */
function mergeNearDuplicates(sections: { heading: string; drafts: Draft[] }[], sourceRank: (d: Draft) => number, isGuideline: (d: Draft) => boolean): void {
  const kept: Draft[] = [];
  for (const section of sections) {
    section.drafts = section.drafts.filter((d) => {
      const twin = kept.find((k) => isNearDuplicate(k.text, d.text));
      if (twin) {
        for (const c of d.citations) if (!twin.citations.includes(c)) twin.citations.push(c);
        return false;
      }
      // The same claim with other figures from other sources: shown together as a disagreement, the
      // stronger or newer source first, rather than as two unrelated statements.
      const rival = kept.find((k) => !k.conflict && k.citations.every((c) => !d.citations.includes(c)) && isSameClaimDifferentFigures(k.text, d.text));
      if (rival) {
        const [first, second] = sourceRank(d) < sourceRank(rival) ? [d, rival] : [rival, d];
        const label = isGuideline(first) && isGuideline(second) ? 'Guidelines differ' : 'Sources differ';
        const merged: Draft = { text: `${label}: ${first.text}`, citations: first.citations, conflict: true, children: [{ ...second, children: [] }, ...first.children] };
        Object.assign(rival, merged);
        delete rival.lay;
        return false;
      }
      kept.push(d);
      return true;
    });
  }
  for (let i = sections.length - 1; i >= 0; i--) if (sections[i]!.drafts.length === 0) sections.splice(i, 1);
}

/** Number sources in order of first citation; one publication cited from two topics gets one number. */
function numberReferences(sections: { heading: string; drafts: Draft[] }[], sources: Map<string, Source>) {
  const references: AnswerReference[] = [];
  const byKey = new Map<string, number>();
  const numberOf = (id: string): number | undefined => {
    const s = sources.get(id);
    if (!s) return undefined;
    const key = `${s.title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}|${s.year ?? ''}`;
    let n = byKey.get(key);
    if (n === undefined) {
      n = references.length + 1;
      byKey.set(key, n);
      const ref: AnswerReference = { n, type: s.type, title: s.title, source: [s.organization, s.journal].filter(Boolean).join('; '), year: s.year };
      if (s.pmid) ref.pmid = s.pmid;
      if (s.doi) ref.doi = s.doi;
      if (s.url) ref.url = s.url;
      references.push(ref);
    }
    return n;
  };
  const convert = (d: Draft): AnswerStatement => {
    const citations = [...new Set(d.citations.map(numberOf).filter((n): n is number => n !== undefined))];
    const statement: AnswerStatement = { text: d.text, citations };
    if (d.lay !== undefined) statement.lay = d.lay;
    if (d.status) statement.status = d.status;
    if (d.children.length > 0) statement.children = d.children.map(convert);
    return statement;
  };
  const numbered: AnswerSection[] = sections.map((s) => ({ heading: s.heading, statements: s.drafts.map(convert) }));
  // A statement whose every source is unknown to the store cannot be shown.
  for (const s of numbered) s.statements = s.statements.filter((st) => st.citations.length > 0);
  return { numbered: numbered.filter((s) => s.statements.length > 0), references };
}

const titles: Record<Intent, (t: string) => string> = {
  management: (t) => `Management of ${t}`,
  dosing: (t) => `${t}: dosing`,
  'adverse-effects': (t) => `${t}: adverse effects`,
  contraindications: (t) => `${t}: contraindications and interactions`,
  monitoring: (t) => `${t}: monitoring`,
  diagnosis: (t) => `Diagnosis of ${t}`,
  prognosis: (t) => `Prognosis of ${t}`,
  prevention: (t) => `${t}: prevention and screening`,
  definition: (t) => `${t}: overview`,
  comparison: (t) => `${t}: comparison`,
};

function articleTitle(intent: Intent, focusTitle: string, kind: string): string {
  // A drug is not "managed": a broad question about one gets its clinical use.
  if (kind === 'drug' && intent === 'management') return `${focusTitle}: clinical use`;
  const title = titles[intent](intent === 'management' || intent === 'diagnosis' || intent === 'prognosis' ? lowerFirst(focusTitle) : focusTitle);
  return title;
}

/** Lead paragraph: the first overview statement (if shown), what the article covers, the main interventions. */
function leadSummary(title: string, sections: AnswerSection[], interventions: string[]): string {
  const parts: string[] = [];
  const overview = sections.find((s) => s.heading === 'Overview')?.statements[0];
  if (overview) parts.push(overview.text);
  const topics = sections.filter((s) => s.heading !== 'Overview' && s.heading !== pitfallsHeading).map((s) => lowerFirst(s.heading));
  if (topics.length > 0) parts.push(`This article on ${lowerFirst(title)} covers ${listText(topics)}.`);
  if (interventions.length > 0) parts.push(`Interventions named in the evidence below include ${listText(interventions.map(lowerDrug))}.`);
  if (sections.some((s) => s.heading === pitfallsHeading)) parts.push('Common pitfalls and caveats close the article.');
  return parts.join(' ');
}

function followUps(intent: Intent, mainDrug: string | undefined, focus: { title: string; kind: string } | undefined, retrieval: Retrieval): string[] {
  const questions: string[] = [];
  const has = (pattern: RegExp) => retrieval.passages.some((p) => pattern.test(p.section));
  if (mainDrug) {
    if (intent !== 'dosing') questions.push(`What is the dose of ${lowerDrug(mainDrug)}?`);
    if (intent !== 'adverse-effects') questions.push(`What are the adverse effects of ${lowerDrug(mainDrug)}?`);
    if (intent !== 'monitoring') questions.push(`What monitoring is needed for ${lowerDrug(mainDrug)}?`);
    if (intent !== 'contraindications' && focus?.kind === 'drug') questions.push(`What are the contraindications and interactions of ${lowerDrug(mainDrug)}?`);
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

/**
 * Version of the composition rules. It is part of the evidence hash, so a change in how articles are
 * composed gives saved articles a new version (and a new review) the next time they are asked.
 */
export const composerVersion = 8;

function evidenceHash(passages: PassageHit[], references: AnswerReference[]): string {
  const h = createHash('sha256');
  h.update(`composer ${composerVersion}\n`);
  for (const p of passages) h.update(`${p.documentId}|${p.ordinal}|${p.text}|${JSON.stringify(p.children)}|${p.citations.join(',')}\n`);
  h.update(JSON.stringify(references));
  return h.digest('hex').slice(0, 32);
}

function countStatements(sections: AnswerSection[]): number {
  const count = (s: AnswerStatement): number => 1 + (s.children ?? []).reduce((n, c) => n + count(c), 0);
  return sections.reduce((n, s) => n + s.statements.reduce((m, st) => m + count(st), 0), 0);
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A word that names something (a condition, a drug, an eponym) rather than filling the sentence. */
function looksSpecific(term: string, question: string): boolean {
  const capitalised = new RegExp(`(^|[^A-Za-z])${term.charAt(0).toUpperCase()}${term.slice(1)}`).test(question) && !question.trimStart().toLowerCase().startsWith(term);
  return healthWords.has(term) || medicalWordEnding.test(term) || capitalised || term.length >= 7;
}

/** Eponyms and organism names keep their capital in running text. */
const properNames = /^(Parkinson|Lyme|Helicobacter|Clostridioides|Alzheimer|Crohn|Graves|Hashimoto|Cushing|Addison|Guillain|Kawasaki|Hodgkin|Sjogren|Sjögren|Raynaud|Bell|Wilson|Huntington|Tourette|Down|Gaucher)\b/;

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) && !properNames.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The words of the question around a missing term ("gaucher" → "gaucher disease type 1"), to say what is not covered. */
function missingPhrase(question: string, term: string): string {
  const words = normalise(question).split(' ');
  const start = words.indexOf(term);
  if (start < 0) return term;
  let end = start + 1;
  while (end < words.length && !stopWords.has(words[end]!) && end - start < 5) end++;
  return words.slice(start, end).join(' ');
}

/** Generic drug names are lower case in running text; brand-like or abbreviated names keep their case. */
function lowerDrug(name: string): string {
  return lowerFirst(name);
}
