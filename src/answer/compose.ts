/*
 * Composes an article from retrieved evidence: sections of cited statements, pitfalls last, references
 * numbered by first use, a lead summary and closing line built only from what the body says. When the
 * evidence does not cover the question it abstains; when the question is not about health it refuses.
 */
import { createHash } from 'node:crypto';
import { bottomLineHeading, pitfallsHeading, supportingHeading } from './outline.ts';
import { evidenceRank } from '../types.ts';
import {
  addresses,
  articleSubject,
  conditionIntents,
  namedAsIndication,
  namedInAsk,
  saidApart,
  questionCoverage,
  selectPassages,
  selectSupporting,
  switchedTo,
} from './select.ts';
import { hasDoseWithUnit } from './plain.ts';
import { quoteSentences } from './quote.ts';
import { citationsOf, groupIntoSections, mergeNearDuplicates, sideBySide, toDraft } from './sections.ts';
import { articleTitle, countStatements, followUps, leadSummary, listText, lowerFirst, missingPhrase, sentenceCase } from './wording.ts';
import {
  askStart,
  bareTitle,
  englishNeighbours,
  healthWords,
  isEnglishWord,
  medicalWordEnding,
  mentions,
  normalise,
  remarkAfterAsk,
} from '../retrieve/index.ts';
import type { Draft } from './sections.ts';
import type { InterventionFinder } from './mentions.ts';
import type { Answer, AnswerReference, AnswerSection, AnswerStatement } from './types.ts';
import type { PassageHit } from '../store/index.ts';
import type { Intent, LinkedDocument, Retrieval } from '../retrieve/index.ts';
import type { Audience, Source, SourceType } from '../types.ts';

/** Intents whose answer is a figure: how long, how soon, from what value. */
const figureIntents: ReadonlySet<Intent> = new Set(['duration', 'timing', 'threshold']);

export interface ComposeContext {
  /** Look up sources by global id. */
  sources: (ids: string[]) => Source[];
  interventions: InterventionFinder;
}

export function composeAnswer(retrieval: Retrieval, audience: Audience, context: ComposeContext): Answer {
  const { analysis } = retrieval;
  const base = { question: analysis.question, audience, title: '', summary: '', sections: [], references: [] };
  if (analysis.crisis) return crisisSupport(base);
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
  // Say what was looked in, in the library's words, never the internal search string.
  const searchedFor = analysis.focus.length > 0 ? ` in its articles on ${listText(analysis.focus.map((f) => lowerFirst(f.title)))}` : '';
  const closest = retrieval.closest.map((c) => c.title);
  const abstain = (missing: string, found = closest): Answer => ({
    status: 'insufficient_evidence',
    ...base,
    title: 'Not enough evidence to answer',
    message:
      `The library has no evidence on ${missing}${searchedFor}. Evidentia gives no answer rather than one about something else.` +
      (found.length > 0 ? ` Closest library topics: ${found.join('; ')}.` : ''),
    ...(found.length > 0 ? { closestTopics: retrieval.closest.map((c) => ({ id: c.documentId, title: c.title })) } : {}),
  });

  // A medical concept the question names that the library does not cover: say what it is and what the
  // library covers beside it, rather than answer about a neighbour.
  if (analysis.focus.length === 0 && retrieval.uncovered && retrieval.passages.length === 0) {
    return abstain(
      listText(
        retrieval.uncovered.map((u) =>
          u.neighbour ? `"${u.text}" (the library covers ${lowerFirst(u.neighbour)}, which is not the same condition)` : `"${u.text}"`,
        ),
      ),
    );
  }
  // Named topic: a drug asked about that its statements never mention. Open search: a term that no
  // passage in the store has at all means the library has no evidence on it.
  const blocking =
    analysis.focus.length > 0
      ? retrieval.missingTerms
      : // An everyday word ("husband", "yesterday") the store never saw is no missing evidence.
        analysis.specificTerms.filter((t) => retrieval.termWeights[t] === 0 && looksSpecific(t, analysis.question));
  // A word the store has never seen has no closest topic worth naming.
  if (blocking.length > 0)
    return abstain(
      `"${analysis.focus.length > 0 ? blocking[0]! : missingPhrase(analysis.question, blocking[0]!)}"`,
      analysis.focus.length > 0 ? closest : [],
    );
  if (analysis.focus.length === 0 && analysis.focusTerms.length === 0)
    return abstain('what was asked: the question names no condition, drug or topic');

  const sourceCache = new Map(
    context.sources([...new Set([...retrieval.passages, ...retrieval.supporting].flatMap((p) => citationsOf(p)))]).map((s) => [s.id, s]),
  );
  const typeOf = (p: PassageHit) => sourceCache.get(p.citations[0] ?? '')?.type;
  const { bottomLine, body } = selectPassages(retrieval, typeOf);
  const selected = [...bottomLine, ...body];
  if (selected.length === 0) return abstain(`"${searched}" for this kind of question`);
  // An overdose or accidental ingestion the statements never speak of gets no answer: the drug's other
  // statements (its dose, its use in breastfeeding) would read as advice for a poisoning.
  if (analysis.intents.includes('overdose') && !selected.some((p) => addresses('overdose', p)))
    return abstain(`an overdose or accidental ingestion of ${listText(analysis.focus.map((f) => lowerFirst(f.title)))}`, closest);
  const supporting = selectSupporting(retrieval, typeOf);

  // A question about a drug's dose, harms, monitoring or interactions is titled by the drug, others by the condition.
  // A topic named beside a drug is the subject ("apixaban in atrial fibrillation"); the drug leads the title.
  // (Of two drugs, the one named where the question asks: adrenaline given at endoscopy is the vignette's.)
  const drugsNamed = analysis.focus.filter((f) => f.kind === 'drug');
  const focusDoc = articleSubject(retrieval);
  // (Of drugs switched, the one switched to: "Switching ramipril → Entresto" is about the Entresto.)
  // (…or, failing a clause that asks, the one named in a last sentence that asks and not already taken; else
  // one not taken: "on bendroflumethiazide, K 2.7, running IV KCl - max rate?" is about the potassium.)
  // (…or the one the patient is on, when the ask is whether to stop "it": "do I stop it or just take paracetamol?")
  const askedDrug =
    drugsNamed.find((d) => d.documentId === analysis.stopsTaken) ??
    drugsNamed.find((d) => namedInAsk(analysis.question, d)) ??
    switchedTo(analysis, drugsNamed) ??
    drugsNamed.find((d) => !analysis.taking.includes(d.documentId) && namedInAsk(analysis.question, d, { lastSentence: true })) ??
    drugsNamed.find((d) => !analysis.taking.includes(d.documentId)) ??
    drugsNamed[0];
  // Medicines the patient is on, when the question asks what to do about the condition, are background and
  // do not lead the title: "T2DM on metformin – what to add?" is the diabetes's, not "Metformin in …".
  // (Not beside a medicine newly started, which makes them the subject: "on lithium, GP started ramipril,
  // level 1.7 – what now?"; nor when the condition is only what one is taken for: "on carbimazole for an
  // overactive thyroid, sore throat – keep taking it?" asks about the carbimazole.)
  // (The condition must be named: one the words alone point to leaves the medicine as what is asked, "the
  // imprint on metoprolol succ. 50 mg", "urine test negative for benzodiazepines when I take Ativan".)
  // (…unless no medicine is named where the question asks: "…fully resolved. On atorvastatin and amlodipine.
  // What do I give now?" asks about what the words describe.)
  const noneAsked = drugsNamed.every((d) => !namedInAsk(analysis.question, d, { lastSentence: true }));
  const conditionNamed =
    focusDoc?.kind === 'topic' &&
    (focusDoc.mentions.length > 0 ? !namedAsIndication(analysis.question, focusDoc) : noneAsked && askStart(analysis.question) > 0)
      ? focusDoc
      : undefined;
  /** Does the statement name the medicine, by its title or as the question typed it? */
  const namesDrug = (p: PassageHit, drug: LinkedDocument) =>
    [bareTitle(drug.title), ...drug.mentions.map((m) => m.text)].some((n) => mentions(p, normalise(n)));
  const namedBy = (topic: LinkedDocument, drug: LinkedDocument) =>
    retrieval.passages.some((p) => p.documentId === topic.documentId && namesDrug(p, drug));
  const background =
    drugsNamed.length > 0 &&
    drugsNamed.every(
      (d) => (analysis.taking.includes(d.documentId) || remarkAfterAsk(analysis.question, d)) && !namedInAsk(analysis.question, d),
    ) &&
    // (…and so is a dose asked that names none of them: "78F on citalopram, Na 116. How much hypertonic saline?")
    // (…or whatever is asked, when the search set them all aside as the patient's background: "on omeprazole for my
    // indigestion… coeliac blood test – is cutting out bread a problem?")
    // (…and so are they in pregnancy, when the condition's own statements never name them: "31 weeks, on
    // levothyroxine, coughing fits with a whoop – which antibiotic?"; not "on Epilim for my fits, trying for a
    // baby – can I stay on it?")
    (conditionIntents.has(analysis.intent) ||
      analysis.intent === 'dosing' ||
      drugsNamed.every((d) => d.background) ||
      // (…or what to check, of a medicine only remarked on in a sentence of its own: "…a red ring round the tick
      // bite, getting bigger. im on microgynon. do i need a blood test?")
      (analysis.intent === 'monitoring' &&
        drugsNamed.every((d) =>
          saidApart(
            analysis.question,
            d,
            analysis.focus.filter((f) => f.kind === 'topic'),
          ),
        )) ||
      (analysis.intent === 'pregnancy' && conditionNamed !== undefined && drugsNamed.every((d) => !namedBy(conditionNamed, d)))) &&
    conditionNamed !== undefined;
  // (Nor does one the patient is on that no statement chosen speaks of: "on Microgynon, NAAT positive for
  // gonorrhoea – Rx and follow-up testing?" is answered from the infection's topic alone.)
  const spokenOf = (d: LinkedDocument) => selected.some((p) => p.documentId === d.documentId || namesDrug(p, d));
  const unspoken = askedDrug !== undefined && analysis.taking.includes(askedDrug.documentId) && !spokenOf(askedDrug);
  // (Nor does a medicine the ask names as a step in the care of an emergency the values show: "ketones 5.8 …
  // when do I add dextrose, and do I stop her Lantus?" is the ketoacidosis's.)
  const stepsOfCare =
    focusDoc?.kind === 'topic' &&
    focusDoc.urgent === true &&
    (analysis.intent === 'management' || analysis.intent === 'next-step') &&
    drugsNamed.some((d) => namedInAsk(analysis.question, d));
  const titleDrug = background || unspoken || stepsOfCare ? undefined : askedDrug;
  // Two drugs taken together in a condition asked about, not only what one of them is for, say where: "on
  // warfarin, HpSA positive – will clarithromycin in the triple therapy upset the INR?" is about H. pylori.
  // (…and so is a condition of the patient's that a drug's own statements chosen warn about: "myasthenia gravis
  // on pyridostigmine, script for ciprofloxacin" is the interaction in myasthenia gravis.)
  const warnedOf = (topic: LinkedDocument) =>
    selected.some(
      (p) =>
        p.documentKind === 'drug' &&
        /contraindicat|caution|interaction|warning|adverse|safety/i.test(p.section) &&
        [bareTitle(topic.title), ...topic.names].some((n) => normalise(n).length >= 4 && mentions(p, normalise(n))),
    );
  const setting =
    conditionNamed && !conditionNamed.background
      ? conditionNamed
      : analysis.links.documents.find(
          (d) =>
            d.kind === 'topic' &&
            d.role === 'name' &&
            !analysis.focus.some((f) => f.documentId === d.documentId) &&
            !namedInAsk(analysis.question, d) &&
            !d.ruledOut &&
            !namedAsIndication(analysis.question, d) &&
            warnedOf(d),
        );
  const interactionSetting = setting ? ` in ${lowerFirst(setting.title)}` : '';
  const compared = analysis.intent === 'comparison' && analysis.focus.length >= 2 ? analysis.focus.map((f) => f.title) : undefined;
  // Statements keep their subject: outside the article's own document, a heading or lead-in names it.
  const several = new Set(selected.map((p) => p.documentId)).size > 1;
  const subjectOf = (p: PassageHit) =>
    several && p.documentKind !== 'literature' && p.documentId !== focusDoc?.documentId ? p.documentTitle : undefined;
  const quote = (p: PassageHit): Draft => {
    const draft = p.documentKind === 'literature' ? { ...toDraft(p), text: quoteSentences(p.text, analysis.terms) } : toDraft(p);
    return draft;
  };
  const headingOf = (p: PassageHit, heading: string) =>
    several && p.documentId !== focusDoc?.documentId && p.documentKind !== 'literature' ? `${heading} — ${p.documentTitle}` : heading;
  const sections = compared
    ? sideBySide(
        selected,
        analysis.focus.map((f) => f.documentId),
        quote,
      )
    : groupIntoSections(body, analysis.focus.length === 0, quote, headingOf);
  if (bottomLine.length > 0 && !compared) {
    sections.unshift({
      heading: bottomLineHeading,
      drafts: bottomLine.map((p) => ({ ...quote(p), ...(subjectOf(p) ? { subject: subjectOf(p) } : {}) })),
    });
  }
  if (supporting.length > 0) {
    const at = sections.findIndex((s) => s.heading === pitfallsHeading);
    sections.splice(at < 0 ? sections.length : at, 0, { heading: supportingHeading, drafts: supporting.map(quote) });
  }
  // Lower is stronger: evidence level first, then the newer publication.
  const sourceRank = (d: Draft) =>
    Math.min(
      ...d.citations
        .map((c) => sourceCache.get(c))
        .filter((s): s is Source => s !== undefined)
        .map((s) => evidenceRank[s.type] * 10000 - (s.year ?? 0)),
      Infinity,
    );
  mergeNearDuplicates(sections, sourceRank, (d) => d.citations.some((c) => sourceCache.get(c)?.type === 'guideline'));
  const { numbered, references } = numberReferences(sections, sourceCache);
  const namedInLay = new Set<string>();
  for (const section of numbered) for (const st of section.statements) nameInLay(st, context.interventions, namedInLay);

  const title = compared
    ? `${compared.map((t, i) => (i === 0 ? t : lowerFirst(t))).join(' versus ')}: comparison`
    : analysis.intent === 'contraindications' && analysis.focus.filter((f) => f.kind === 'drug').length >= 2
      ? `${listText(
          leadingWith(
            focusDoc,
            analysis.focus.filter((f) => f.kind === 'drug'),
          ).map((f, i) => (i === 0 ? f.title : lowerFirst(f.title))),
        )}${interactionSetting}: contraindications and interactions`
      : titleDrug && focusDoc && focusDoc !== titleDrug && (focusDoc.kind === 'topic' || analysis.taking.includes(focusDoc.documentId))
        ? // (A medicine asked beside the one the patient is on, the subject: "Folic acid with valproate: dosing".)
          articleTitle(
            analysis.intent,
            `${titleDrug.title} ${focusDoc.kind === 'topic' ? 'in' : 'with'} ${lowerFirst(focusDoc.title)}`,
            'drug',
          )
        : focusDoc
          ? // A condition's "how often" or "when" that no statement answers with a dose is not a dosing article
            // ("Breast cancer screening: dosing").
            articleTitle(
              analysis.intent === 'dosing' && focusDoc.kind === 'topic' && !selected.some((p) => hasDoseWithUnit(p.text))
                ? 'management'
                : analysis.intent,
              focusDoc.title,
              focusDoc.kind,
            )
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
    : leadSummary(numbered, interventions);
  const laySummary = compared ? undefined : leadSummary(numbered, interventions, true);
  const notCovered = retrieval.missingTerms.length > 0 ? ` The evidence found does not mention: ${retrieval.missingTerms.join(', ')}.` : '';
  const answer: Answer = {
    status: 'answered',
    ...base,
    title,
    summary,
    ...(laySummary && laySummary !== summary ? { laySummary } : {}),
    sections: numbered,
    references,
    closing: `These ${countStatements(numbered)} statements come from ${references.length} cited source${references.length === 1 ? '' : 's'}; apply them with clinical judgement and local protocols.${notCovered}`,
    confidence: confidenceOf(retrieval, selected, typeOf),
    followUps: followUps(analysis.intent, askedDrug?.title ?? drugs[0], focusDoc, retrieval),
    evidenceHash: evidenceHash([...selected, ...supporting], references),
    evidenceDocuments: [...new Set([...selected, ...supporting].map((p) => p.documentId))].sort(),
  };
  if (focusDoc) answer.focus = { id: focusDoc.documentId, title: focusDoc.title };
  if (analysis.intents.includes('dosing')) answer.asksDose = true;
  if (analysis.intents.some((i) => figureIntents.has(i))) answer.asksFigure = true;
  // A condition asked about that none of these statements mentions ("riluzole for Fabry disease pain"):
  // say so above the answer, so the reader does not take it for evidence on that condition.
  const shownText = ` ${normalise(selected.map((p) => [p.text, ...p.children.map((c) => c.text)].join(' ')).join(' '))} `;
  const unanswered = analysis.links.uncovered
    .filter((u) => u.category === 'condition' && !shownText.includes(` ${normalise(u.text)} `))
    .map((u) => u.text);
  if (unanswered.length > 0 && focusDoc) {
    answer.scopeNote = `The library has no evidence on ${listText(unanswered)}. What follows is what it says about ${lowerFirst(focusDoc.title)}.`;
  }
  // A pregnancy question answered partly from general advice says so: a statement that does not speak of
  // pregnancy (an antibiotic for pyelonephritis) is not evidence that it suits a pregnant woman.
  const aboutPregnancy = (p: PassageHit) => addresses('pregnancy', p);
  if (!answer.scopeNote && analysis.intents.includes('pregnancy') && selected.some((p) => !aboutPregnancy(p))) {
    answer.scopeNote = selected.some(aboutPregnancy)
      ? 'Not every statement below is specific to pregnancy or breastfeeding: those that do not mention them are general advice, which may not apply. Check each medicine against its own pregnancy advice.'
      : 'The library has no statement on this question in pregnancy or breastfeeding: what follows is general advice, which may not apply. Check each medicine against its own pregnancy advice.';
  }
  if ((answer.confidence ?? 1) < minimumConfidence) {
    const uncovered = analysis.focusTerms.filter((t) => !selected.some((p) => mentions(p, t)));
    return abstain(
      `the whole question (evidence coverage ${answer.confidence}${uncovered.length ? `; not covered: ${uncovered.join(', ')}` : ''})`,
    );
  }
  return answer;
}

/**
 * The answer to a question that speaks of suicide or self-harm: where to get help now, and nothing else.
 * It carries no statement, so it is never saved as an article.
 */
function crisisSupport(base: Pick<Answer, 'question' | 'audience' | 'title' | 'summary' | 'sections' | 'references'>): Answer {
  return {
    ...base,
    status: 'crisis_support',
    title: 'You deserve support right now',
    message:
      'If you are thinking about suicide or about harming yourself, please talk to someone now. If you are in immediate danger or have taken an overdose, call your local emergency number (911 in the US, 999 in the UK, 112 in the EU) or go to the nearest emergency department, even if you feel well. In the US, call or text 988 (Suicide & Crisis Lifeline). In the UK and Ireland, call Samaritans free on 116 123, day or night. Elsewhere, your local emergency number or a doctor can put you in touch with a crisis service. If you are worried about someone else who has talked about dying or being better off gone, stay with them if they are in danger, remove anything they could use to harm themselves, and call for help now; the same lines advise family and friends.',
  };
}

/** Below this confidence the evidence found is too thin to compose an article from. */
export const minimumConfidence = 0.45;

/** Evidence weight of the strongest selected source for confidence: guidelines and reviews count fully. */
const confidenceByType: Partial<Record<SourceType, number>> = {
  guideline: 1,
  'systematic-review': 1,
  rct: 0.95,
  'drug-label': 0.95,
  'safety-communication': 0.95,
  review: 0.9,
  textbook: 0.9,
  study: 0.85,
  'consumer-health': 0.8,
};

/**
 * Confidence of a library answer: how surely the question was linked to its topic or drug (a name as
 * written, a lexicon reading, a near spelling, the content alone), times how much of what the question
 * asks beyond the name the selected statements cover.
 */
function confidenceOf(retrieval: Retrieval, selected: PassageHit[], typeOf: (p: PassageHit) => SourceType | undefined): number {
  const { analysis } = retrieval;
  if (analysis.focus.length > 0) {
    const link = Math.min(1, analysis.focus[0]!.score);
    const asked = analysis.specificTerms;
    // A lay word is covered by the clinical words the lexicon reads it as ("races" → palpitations).
    const covers = (p: PassageHit, t: string) =>
      mentions(p, t) || (analysis.links.wordReadings.get(t) ?? []).some((r) => mentions(p, normalise(r)));
    const coverage = asked.length === 0 ? 1 : asked.filter((t) => selected.some((p) => covers(p, t))).length / asked.length;
    return Math.round(link * (0.6 + 0.4 * coverage) * 100) / 100;
  }
  // An open search never rates above a reviewed library topic: its passages were not written as statements.
  const best = 0.9 * Math.max(0, ...selected.map((p) => questionCoverage(p, retrieval) * (confidenceByType[typeOf(p) ?? 'study'] ?? 0.85)));
  return Math.round(best * 100) / 100;
}

/** Number sources in order of first citation; one publication cited from two topics gets one number. */
function numberReferences(sections: { heading: string; drafts: Draft[] }[], sources: Map<string, Source>) {
  const references: AnswerReference[] = [];
  const byKey = new Map<string, number>();
  const numberOf = (id: string): number | undefined => {
    const s = sources.get(id);
    if (!s) return undefined;
    const key = `${s.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()}|${s.year ?? ''}`;
    let n = byKey.get(key);
    if (n === undefined) {
      n = references.length + 1;
      byKey.set(key, n);
      const ref: AnswerReference = {
        n,
        type: s.type,
        title: s.title,
        source: [s.organization, s.journal].filter(Boolean).join('; '),
        year: s.year,
      };
      if (s.pmid) ref.pmid = s.pmid;
      if (s.doi) ref.doi = s.doi;
      if (s.url) ref.url = s.url;
      if (s.revised) ref.revised = s.revised;
      references.push(ref);
    }
    return n;
  };
  // Each reference lists the places its statements cite, once each, in order of first citation.
  const locate = (id: string, locator: string) => {
    const n = numberOf(id);
    if (n === undefined) return;
    const ref = references[n - 1]!;
    if (!ref.locators) ref.locators = [locator];
    else if (!ref.locators.includes(locator)) ref.locators.push(locator);
  };
  const convert = (d: Draft): AnswerStatement => {
    const citations = [...new Set(d.citations.map(numberOf).filter((n): n is number => n !== undefined))];
    for (const l of d.locators ?? []) if (d.citations.includes(l.key)) locate(l.key, l.locator);
    const statement: AnswerStatement = { ...(d.subject ? { subject: d.subject } : {}), text: d.text, citations };
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

/** Interventions plain enough that a plain line need not give their name ("being active" for exercise). */
const everydayInterventions = new Set(['exercise', 'surgery', 'oxygen', 'weight loss', 'vaccination', 'smoking cessation']);

/**
 * A plain line keeps the names a patient will hear: a drug or procedure its statement names and the plain
 * wording does not ("an operation to remove the thymus gland") is added once an article as its medical name
 * (thymectomy). A statement listing several things is left as written: one name picked from a list misleads.
 */
function nameInLay(statement: AnswerStatement, finder: InterventionFinder, given: Set<string>): void {
  for (const child of statement.children ?? []) nameInLay(child, finder, given);
  if (statement.lay === undefined) return;
  const lay = statement.lay;
  const bare = (title: string) => bareTitle(title).toLowerCase();
  const inText = [...new Set([...finder.drugs(statement.text).map(bare), ...finder.interventions(statement.text)])];
  if (inText.length > 2 || (statement.text.match(/,/g)?.length ?? 0) >= 3) return;
  const inLay = new Set([...finder.drugs(lay).map(bare), ...finder.interventions(lay)]);
  // "mammogram" in the plain line already gives "mammography": compare word stems, not whole names.
  const stem = (n: string) => (n.length > 7 ? n.slice(0, n.length - 3) : n);
  const named = inText.filter(
    (n) => !inLay.has(n) && !everydayInterventions.has(n) && !lay.toLowerCase().includes(stem(n)) && !given.has(n),
  );
  if (named.length === 0) return;
  for (const n of named) given.add(n);
  statement.lay = `${lay.trim()} Medical ${named.length === 1 ? 'name' : 'names'}: ${named.join(', ')}.`;
}

/**
 * Version of the composition rules. It is part of the evidence hash, so a change in how articles are
 * composed gives saved articles a new version (and a new review) the next time they are asked.
 */
export const composerVersion = 11;

function evidenceHash(passages: PassageHit[], references: AnswerReference[]): string {
  const h = createHash('sha256');
  h.update(`composer ${composerVersion}\n`);
  for (const p of passages) h.update(`${p.documentId}|${p.ordinal}|${p.text}|${JSON.stringify(p.children)}|${p.citations.join(',')}\n`);
  h.update(JSON.stringify(references));
  return h.digest('hex').slice(0, 32);
}

/** A word that names something (a condition, a drug, an eponym) rather than filling the sentence. */
function looksSpecific(term: string, question: string): boolean {
  const capitalised =
    new RegExp(`(^|[^A-Za-z])${term.charAt(0).toUpperCase()}${term.slice(1)}`).test(question) &&
    !question.trimStart().toLowerCase().startsWith(term);
  // A long word the store never saw is taken for a medical term, unless it is everyday English ("lessons"),
  // typed a letter wrong ("painfull").
  return (
    healthWords.has(term) ||
    medicalWordEnding.test(term) ||
    capitalised ||
    (term.length >= 7 && !isEnglishWord(term) && englishNeighbours(term).length === 0)
  );
}

/** The drugs in the order they were named, the article's subject first. */
function leadingWith(subject: LinkedDocument | undefined, drugs: LinkedDocument[]): LinkedDocument[] {
  return subject && drugs.includes(subject) ? [subject, ...drugs.filter((d) => d !== subject)] : drugs;
}
