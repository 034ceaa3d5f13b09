/*
 * Chooses the passages an answer is built from: for a named topic or drug, the sections that answer
 * the question's intent; for an open search, the best-ranked passages that mention what was asked.
 */
import { evidenceRank } from '../types.ts';
import {
  askSpan,
  askStart,
  bareTitle,
  endsClause,
  facetIntents,
  groupAges,
  holds,
  mentions,
  normalise,
  remarkAfterAsk,
  statementLabelLength,
  tokenize,
  writtenForAges,
} from '../retrieve/index.ts';
import { isCautionHeading, isOverviewHeading, outline } from './outline.ts';
import { valueFit } from './thresholds.ts';
import type { PassageHit } from '../store/index.ts';
import type { Intent, LinkedDocument, QueryAnalysis, Retrieval } from '../retrieve/index.ts';
import type { SourceType } from '../types.ts';

export const selectionLimits = {
  /** Statements of an overview section kept in a management answer: context, not the answer itself. */
  overviewStatements: 3,
  /** Fallback when no section matches a narrow intent: the best-scoring passages of the focus. */
  fallbackPassages: 12,
  /** Passages kept from an open search. */
  openPassages: 10,
  /** Imported-literature passages shown beside a library topic. */
  supportingPassages: 5,
  /** Upper bound on top-level statements in one answer. */
  maxStatements: 70,
  /** Share of the question's specific vocabulary (rarity-weighted) an open-search passage must hold. */
  openCoverage: 0.6,
  /** Open search keeps passages scoring at least this share of the best one. */
  openRelativeScore: 0.35,
};

/** Relevance multiplier by evidence type: a guideline outranks a consumer page of equal BM25 score. */
export function evidencePrior(type: SourceType | undefined): number {
  return type === undefined ? 1 : 1 + 0.06 * (7 - evidenceRank[type]);
}

/** Administrative parts of guideline summaries (scope, methods, funding...) hold no clinical statements. */
const administrativeSection =
  /disease\/condition|guideline category|clinical specialty|objective|interventions and practices|clinical algorithm|scope|methodolog|method(s)? used|source|funding|disclosure|availab|identif|adaptation|guideline status|date released|target population|intended users|developer|committee|financial|release|companion|patient resources|description of|number of|rating scheme|cost analysis|validation|categor|audience|organization|qualifying statement|implementation|institute of medicine|neat|inclusion|exclusion/i;

/** Recommendation and conclusion sections say what to do; background and benefits/harms sections less so. */
export function sectionPrior(section: string): number {
  return /recommend|conclusion/i.test(section) ? 1.5 : 1;
}

/** A passage that can stand as a statement: a sentence of some length, outside administrative sections. */
export function isStatementLike(p: PassageHit): boolean {
  if (p.documentKind !== 'literature') return true;
  return (
    p.text.split(/\s+/).length >= 8 &&
    /[.!?)]$/.test(p.text.trim()) &&
    !administrativeSection.test(p.section) &&
    !/original guideline document|strength of (the )?(evidence|recommendation)|"major recommendations" field/i.test(p.text)
  );
}

/**
 * An open-search passage answers the question when it holds the question's most specific term and most
 * of its specific vocabulary, weighted by rarity: a long consumer question need not be matched word
 * for word, but its rare words (the condition, the drug) must be there.
 */
export function coversQuestion(p: PassageHit, retrieval: Retrieval): boolean {
  return questionCoverage(p, retrieval) >= selectionLimits.openCoverage;
}

/** Rarity-weighted share of the question's specific terms the passage holds; 0 without the rarest one. */
export function questionCoverage(p: PassageHit, retrieval: Retrieval): number {
  const terms = retrieval.analysis.focusTerms;
  if (terms.length === 0) return 0;
  const weight = (t: string) => retrieval.termWeights[t] ?? 1;
  const rarest = [...terms].sort((a, b) => weight(b) - weight(a))[0]!;
  const has = (t: string) => holds(p, t, retrieval.termAlternatives);
  if (!has(rarest)) return 0;
  const total = terms.reduce((n, t) => n + weight(t), 0);
  const held = terms.filter(has).reduce((n, t) => n + weight(t), 0);
  return total === 0 ? 1 : held / total;
}

/** The passages an answer is built from: the few that answer it first, then the ones that support them. */
export interface Selection {
  /** One to three statements that answer a specific question; empty for a broad one. */
  bottomLine: PassageHit[];
  body: PassageHit[];
}

/**
 * Selection weights for the statements of the focus documents. The Ranker's score decides; intent and
 * section are soft boosts, never filters.
 */
export const rankingBoosts = {
  /** A statement under a heading that answers the question's intent (a dose under "Dosing"). */
  intentSection: 0.6,
  /** A statement whose content answers the intent wherever it stands (a dose under "First-line treatment"). */
  intentContent: 0.4,
  /** Score, as a share of the best, of a statement without the question's words that answers its narrow intent. */
  intentFloor: 0.3,
  /** Score floor, as a share of the best, of a statement answering an asked facet (how long; what next). */
  facetFloor: 0.6,
  /** A statement that answers an asked facet: how long to treat or when to stop, what to do when a treatment fails. */
  facetContent: 0.9,
  /** A statement that names another concept the question names: the drug in this condition. */
  namesAskedConcept: 0.8,
  /** A statement holding the clinical words of what the reader typed ("ECG changes" for "peaked T waves"). */
  namesReading: 0.5,
  /** A statement under a heading that holds a word of the question ("flare" → "Treatment of an acute flare"). */
  askedSection: 0.5,
  /** Authors put a section's main recommendation first: the first statement of a section gets this much more. */
  firstInSection: 0.25,
  /** A management question is answered by recommendations: statements that tell what to do. */
  recommendation: 0.3,
  /** A strong recommendation answers a management question before a conditional one. */
  strongRecommendation: 0.3,
  /** "Which…", "first", "best": a question asking for a choice is answered by a preference. */
  preference: 0.4,
  /**
   * Two drugs and no condition, not weighed against each other nor asked together: the first named is the
   * subject ("adding Lamictal to valproate – how to titrate?" asks about lamotrigine).
   */
  subjectDrug: 0.5,
  /** A warning that names the drug a yes/no question asks about ("can I give her Nurofen?"). */
  warnsAskedDrug: 0.6,
  /** Score kept by a statement giving a medicine already tried, outside what comes next ("refractory", "second-line"). */
  triedAgain: 0.5,
  /**
   * Score kept by a drug's statement about another condition than the topic asked: none, since a dose for
   * erythema migrans in a children's pneumonia answer reads as advice for the pneumonia.
   */
  otherCondition: 0,
  /** Score kept by a statement labelled for another age group than the patient's ("Acute diarrhoea (adults): 4 mg…" for a 2-year-old). */
  otherAge: 0.3,
  /** Cautions rank a little lower unless harms or contraindications are asked about. */
  caution: 0.8,
  /** Score kept by how to diagnose a condition a test has already found, when its treatment is asked ("GC NAAT pos – treat with?"). */
  diagnosed: 0.5,
  /** Score floor, as a share of the best, of a recommendation under a treatment heading when management is asked. */
  managementFloor: 0.25,
  /** A statement whose threshold the patient's value meets ("below 3.5 mmol/L" for "K+ 3.0"). */
  valueWithin: 0.5,
  /** Score kept by a statement whose every threshold the patient's value falls outside ("above 5.0" for "K+ 3.0"). */
  valueOutside: 0.7,
  /** Statements a specific answer keeps at least, when that many score… */
  minimumKept: 12,
  /** Statements kept at most from a medicine the patient is only on, beside the condition asked. */
  takenStatements: 3,
  /** …at least this share of the best one. */
  minimumKeptShare: 0.1,
  /** Statements kept: at least this share of the best one's score. */
  relativeCut: 0.4,
  /** Bottom-line statements: at least this share of the best one's score. */
  bottomLineCut: 0.75,
  bottomLine: 3,
  /** A question asking several things may have one bottom-line statement per part, up to this many. */
  bottomLineWithParts: 5,
  /** A part's answer: among statements scoring at least this share of the best by the part's own words, the best ranked. */
  partCut: 0.7,
  /** A part asking a quantity or a time: statements giving one, scoring at least this share of the part's best, answer it first. */
  facetPartCut: 0.4,
  /** A part whose best statement scores below this share of the best-matched part's is left unanswered. */
  weakPart: 0.05,
  /** Statements of a specific answer beside its bottom line. */
  supporting: 12,
};

/**
 * The document an article is about: a topic named beside a drug ("apixaban in atrial fibrillation"),
 * unless the condition is a harm of the drug ("iron tablets make me constipated"): then the drug is.
 */
export function articleSubject(retrieval: Retrieval): LinkedDocument | undefined {
  const { focus } = retrieval.analysis;
  const drugs = focus.filter((f) => f.kind === 'drug');
  const topic = focus.find((f) => f.kind === 'topic');
  // A condition one drug causes ("hyponatraemia on sertraline") is about that drug; beside a second drug,
  // the treatment asked about ("on metformin, B12 120 – hydroxocobalamin regimen?"), it is the condition.
  // Asked about by name while the drug stays in the vignette ("on doxazosin and zopiclone – what should the
  // falls assessment include?"), the condition is the subject even so, and so it is when measured and its
  // management asked ("on spironolactone, K+ 6.8 with peaked T waves – immediate management?").
  // (One medicine named, with a monograph or not: falls "on zopiclone and doxazosin" are no harm of
  // zopiclone alone.)
  const oneMedicine = topic !== undefined && drugs.length === 1 && retrieval.analysis.medicinesNamed === 1;
  if (
    topic &&
    oneMedicine &&
    isHarmOf(topic, drugs[0]!, retrieval.passages) &&
    !askedAlone(retrieval.analysis.question, topic, drugs[0]!) &&
    // (A harm its monograph says to stop the drug for stays the drug's, measured or not: "on carbimazole, sore
    // throat and temp 38.5 – worried?" is agranulocytosis until shown otherwise.)
    (!measuredManagement(retrieval, topic, drugs[0]!) || stopsFor(topic, drugs[0]!, retrieval.passages)) &&
    !(
      treatmentAsked(retrieval, drugs[0]!) &&
      !topic.ruledOut &&
      isHarmOf(topic, drugs[0]!, retrieval.passages, true) &&
      !stopsFor(topic, drugs[0]!, retrieval.passages)
    ) &&
    // (A dose asked with the drug left in the history is the condition's treatment: "T2DM on metformin, B12
    // 110 ng/L. Replacement regimen?")
    !(drugs[0]!.background && retrieval.analysis.intent === 'dosing')
  )
    return drugs[0];
  // The level or harms of a drug the patient is on, the condition only what it is taken for ("on Lanoxin for
  // AF, nausea and yellow vision – check a level?"), are the drug's. (Not its dose, which the condition sets:
  // "Tamiflu for flu, CrCl 40 – dose?" stays oseltamivir in influenza.)
  if (
    topic &&
    oneMedicine &&
    retrieval.analysis.taking.includes(drugs[0]!.documentId) &&
    drugPropertyIntents.has(retrieval.analysis.intent) &&
    namedAsIndication(retrieval.analysis.question, topic)
  )
    return drugs[0];
  const { question, taking } = retrieval.analysis;
  const asked = drugs.filter((d) => !taking.includes(d.documentId));
  // The one the patient is on, when a pregnancy is asked of beside the medicines named with it, and its own
  // statements name those: "on Epilim, wants a baby – risks of staying on it, the alternative, folic acid
  // dose?". (Its risks in pregnancy are the subject; the others are what its statements advise.) Not a dose
  // asked alone, "on valproate – what folic acid dose?", which is the folic acid's. A condition named only as
  // what another is for, "trimethoprim for a UTI", changes nothing.
  const taken = drugs.filter((d) => taking.includes(d.documentId));
  const namedAsked = asked.filter((d) => namedInAsk(question, d));
  const names = (p: PassageHit, d: LinkedDocument) =>
    [bareTitle(d.title), ...d.names].some((n) => normalise(n).length >= 4 && mentions(p, normalise(n)));
  if (
    (!topic || namedAsIndication(question, topic)) &&
    taken.length === 1 &&
    namedAsked.length > 0 &&
    retrieval.analysis.intents.length >= 2 &&
    retrieval.analysis.intents.includes('pregnancy') &&
    namedAsked.every((d) => retrieval.passages.some((p) => p.documentId === taken[0]!.documentId && names(p, d)))
  )
    return taken[0];
  const firstSaid = (d: LinkedDocument) => Math.min(...d.mentions.map((m) => m.from));
  // (Asked what concerns there are, with none named in the ask, the one the patient is on that others are
  // added to is what they put at risk: "on Priadel, GP started ramipril and wants to add naproxen – concerns?
  // target level?")
  const atRisk =
    retrieval.analysis.intent === 'contraindications' &&
    taken.length === 1 &&
    asked.length >= 2 &&
    namedAsked.length === 0 &&
    asked.every((d) => firstSaid(d) > firstSaid(taken[0]!))
      ? taken[0]
      : undefined;
  // Two drugs taken together, the condition only saying what one is for ("viagra if I use the GTN spray
  // for my angina"): the interaction is the subject, led by the one asked for apart from the other.
  // (So is the one asked for when whether to take it is asked without an interaction cue: "can I take Viagra?
  // I have a GTN spray for my angina".)
  const oneTopic = retrieval.analysis.links.documents.filter((d) => d.kind === 'topic').length === 1;
  if (drugs.length >= 2 && topic && namedAsIndication(retrieval.analysis.question, topic)) {
    const other = oneTopic && drugs.length === 2 ? askedApart(retrieval.analysis, topic, drugs) : undefined;
    if (retrieval.analysis.intent === 'contraindications') return other ?? atRisk ?? drugs[0];
    if (retrieval.analysis.intent === 'management' && other) return other;
  }
  // Of drugs alone, the one asked about: named where the question asks ("10 min into IV co-amoxiclav – IM
  // adrenaline dose?"), and not one the patient is on; or the one switched to ("switching ramipril to
  // Entresto"). (Beside a medicine the patient is on and others added, "on Priadel, bought ibuprofen, GP
  // started ramipril – how should her levels be checked?", the one the patient is on stays first.) With none
  // asked, the one the patient is on that the ask names is: "on levothyroxine, TSH up since the GP started ferrous
  // sulfate – how should she take the levothyroxine?"
  return (
    topic ??
    asked.find((d) => namedInAsk(question, d)) ??
    switchedTo(retrieval.analysis, drugs) ??
    atRisk ??
    taken.find((d) => namedInAsk(question, d)) ??
    focus[0]
  );
}

/**
 * Of two drugs beside a condition named as what one of them is for, the other, asked apart from it and for no
 * use of its own ("I have a GTN spray for my angina. Can I take Viagra?"); not one given for the same condition
 * ("ibuprofen for his chickenpox temp or only Calpol?") or for another ("Priadel for her bipolar, wants naproxen
 * for period pains").
 */
function askedApart(analysis: QueryAnalysis, topic: LinkedDocument, drugs: LinkedDocument[]): LinkedDocument | undefined {
  const topicAt = Math.min(...topic.mentions.map((m) => m.from));
  const lastAt = (d: LinkedDocument) => Math.max(...d.mentions.map((m) => m.to));
  // (The condition's own drug is the one named last before it.)
  const treating = drugs.filter((d) => d.mentions.some((m) => m.to <= topicAt)).sort((a, b) => lastAt(b) - lastAt(a))[0];
  const other = drugs.find((d) => d !== treating && !analysis.taking.includes(d.documentId));
  if (!treating || !other) return undefined;
  const tokens = tokenize(analysis.question);
  const [first, second] = [treating.mentions[0]!, other.mentions[0]!].sort((x, y) => x.from - y.from);
  let apart = false;
  for (let i = first!.to - 1; i < second!.from && !apart; i++) apart = endsClause(tokens, i, analysis.question);
  const ownUse = other.mentions.some((m) => tokens.slice(m.to, m.to + 2).some((t) => t.folded === 'for'));
  return apart && !ownUse ? other : undefined;
}

/** Of the drugs named, the one a switch goes to ("switching ramipril → Entresto"), when one is switched from. */
export function switchedTo(analysis: QueryAnalysis, drugs: readonly LinkedDocument[]): LinkedDocument | undefined {
  return analysis.switchedFrom.length > 0 ? drugs.find((d) => !analysis.switchedFrom.includes(d.documentId)) : undefined;
}

/**
 * A condition measured past its range ("K+ 6.8"), or named in a vignette of measured values, whose management
 * is asked is treated as itself, whatever drug may have caused it: what to do now is the condition's to answer.
 */
function measuredManagement(retrieval: Retrieval, topic: LinkedDocument, drug: LinkedDocument): boolean {
  const { intent, links, question, taking } = retrieval.analysis;
  // (So is a dose asked that is not of the medicine the patient is on: "on gliclazide, CBG 2.9 – how much fast
  // carbs?" asks what treats the hypoglycaemia.)
  const otherDose = intent === 'dosing' && taking.includes(drug.documentId) && askSpan(question).from > 0 && !namedInAsk(question, drug);
  // (Named and measured alike: "haematemesis, HR 108, Hb 64, on aspirin – transfuse to what?" asks how to
  // manage the bleed, whatever brought it on. An age, "84F", measures no condition.)
  // (…and so is one a test found: "on lansoprazole, CDT positive – treatment?" is the infection's to treat.)
  return (
    (intent === 'management' || intent === 'next-step' || otherDose) &&
    (topic.foundByTest === true ||
      topic.mentions.some((m) => m.source === 'finding') ||
      links.findings.some((f) => f.value !== undefined && !f.group))
  );
}

/**
 * What to do about a harm is asked, not whether the medicine caused it, and the medicine stays in the vignette:
 * "on indapamide, big toe red hot and swollen – what can I take?" is the gout's to treat. (Only an adverse
 * effect: stopping smoking on clozapine is an interaction, whose watching the clozapine monograph says.)
 */
function treatmentAsked(retrieval: Retrieval, drug: LinkedDocument): boolean {
  const { intents, blamesMedicine, question, concernAsked } = retrieval.analysis;
  // (The ask may be a last sentence of its own: "…, no wt loss or anaemia. Mx?")
  const asksFrom = askStart(question);
  const tokens = tokenize(question);
  return (
    // ("…Murphy's positive – what's the workup and management?" asks the workup too.)
    intents.some((i) => i === 'management' || i === 'next-step') &&
    // (Not when the ask is only whether it is serious: "on carbimazole, sore throat and fever – is that serious?"
    // asks about the carbimazole's harm.)
    !concernAsked &&
    // (Nor whether something may be done with the medicine: "constipated on ferrous sulfate – OK to drop to once
    // daily?" asks about the iron.)
    !outline().asksYesNo(question) &&
    !blamesMedicine &&
    asksFrom > 0 &&
    drug.mentions.every((m) => (tokens[m.from]?.start ?? 0) < asksFrom)
  );
}

/** The condition is named where the question asks, the drug only before it. */
function askedAlone(question: string, topic: LinkedDocument, drug: LinkedDocument): boolean {
  return askSpan(question).from > 0 && namedInAsk(question, topic) && !namedInAsk(question, drug);
}

/** Is the document named where the question asks, after its vignette ("…clipped + adrenaline at OGD – Protonix regimen?")? */
export function namedInAsk(question: string, doc: LinkedDocument, { lastSentence = false } = {}): boolean {
  // (With `lastSentence`, a last sentence that asks is the ask too: "…She takes propranolol for migraine. IM
  // adrenaline dose for adult?")
  const from = lastSentence ? askStart(question) : askSpan(question).from;
  if (from === 0) return false;
  const tokens = tokenize(question);
  // (Past the last question mark, a remark is no ask: "…should I give up milk? im on metformin if that matters".)
  const lastMark = question.lastIndexOf('?');
  return doc.mentions.some((m) => {
    const at = tokens[m.from]?.start ?? 0;
    return at >= from && (lastMark < from || at < lastMark);
  });
}

/**
 * Is every mention of the medicine in a sentence of its own, one that names none of the conditions and is not
 * the last ("…getting bigger. im on microgynon. do i need a blood test?"): a remark on what the patient takes.
 */
export function saidApart(question: string, doc: LinkedDocument, conditions: readonly LinkedDocument[]): boolean {
  const tokens = tokenize(question);
  const sentenceOf = (at: number) => {
    const before = question.slice(0, at).match(/^[\s\S]*[.!?]\s/)?.[0].length ?? 0;
    const rest = /[.!?](\s|$)/.exec(question.slice(at));
    return [before, rest ? at + rest.index + 1 : question.length] as const;
  };
  return (
    doc.mentions.length > 0 &&
    doc.mentions.every((m) => {
      const [from, to] = sentenceOf(tokens[m.from]?.start ?? 0);
      const inside = (c: LinkedDocument) =>
        c.mentions.some((n) => (tokens[n.from]?.start ?? -1) >= from && (tokens[n.from]?.start ?? 0) < to);
      return to < question.trimEnd().length && !conditions.some(inside);
    })
  );
}

/** Intents that ask what to do about a condition: a medicine the patient is merely on does not lead their answer. */
export const conditionIntents: ReadonlySet<Intent> = new Set(['management', 'next-step', 'diagnosis', 'prevention']);

/** Sections of a medicine the patient is only on that speak to another condition: its harms and what to watch. */
const harmOrWatchIntents: readonly Intent[] = ['adverse-effects', 'contraindications', 'monitoring'];

/** What a drug does whatever it is given for: its levels, its harms, an overdose. */
const drugPropertyIntents: ReadonlySet<Intent> = new Set(['monitoring', 'adverse-effects', 'overdose']);

/** Every mention of the condition follows "for" ("for my angina", "for her AF"): what a drug is taken for. */
export function namedAsIndication(question: string, topic: LinkedDocument): boolean {
  const tokens = tokenize(question);
  // (Within its clause: "on warfarin for AF, HpSA positive" does not take the H. pylori for.)
  const clauseEnd = (i: number) => /[,;.:?!–—]/.test(question.slice(tokens[i]!.end, tokens[i + 1]?.start ?? tokens[i]!.end));
  // (A condition a test found is no use of a medicine: "on Microgynon, NAAT positive for N. gonorrhoeae".)
  if (topic.foundByTest) return false;
  return topic.mentions.every((m) => {
    for (let i = m.from - 1; i >= Math.max(0, m.from - 3) && !clauseEnd(i); i--) if (tokens[i]!.folded === 'for') return true;
    return false;
  });
}

/** The condition's names: its title, its other names and the words typed for it. */
function topicNames(topic: LinkedDocument): string[] {
  return [bareTitle(topic.title), ...topic.names, ...topic.mentions.map((m) => m.text)].map(normalise).filter((n) => n.length >= 4);
}

/** The drug's statements that name the condition (by its title, names or the words typed for it). */
function namingStatements(topic: LinkedDocument, drug: LinkedDocument, passages: PassageHit[]): PassageHit[] {
  const names = topicNames(topic);
  return passages.filter(
    (p) =>
      p.documentId === drug.documentId &&
      names.some((n) => ` ${normalise([p.text, ...p.children.map((c) => c.text)].join(' '))} `.includes(` ${n}`)),
  );
}

/**
 * The drug's monograph lists the condition among its harms or interactions, not its uses: the condition is
 * an adverse effect, or a state that changes the drug ("stopping smoking on clozapine").
 */
function isHarmOf(topic: LinkedDocument, drug: LinkedDocument, passages: PassageHit[], adverseOnly = false): boolean {
  const hits = namingStatements(topic, drug, passages);
  // Named among its harms or interactions and never among its indications. (Not among its contraindications:
  // "salbutamol is not recommended in bronchiolitis" is the condition's to answer.)
  const harms = (section: string) =>
    outline().answers('adverse-effects', section) || (!adverseOnly && normalise(section).startsWith('interaction'));
  // (A harm named of the patients who have the condition is no harm that is the condition: "a rash is common
  // when amoxicillin is given to patients with infectious mononucleosis" leaves glandular fever the subject.)
  const names = topicNames(topic);
  const ofPatientsWith = (p: PassageHit) => {
    const text = ` ${normalise([p.text, ...p.children.map((c) => c.text)].join(' '))} `;
    // (By the longest name found: "mononucleosis" inside "infectious mononucleosis" is the same mention.)
    const found = names.filter((n) => text.includes(` ${n} `));
    const longest = found.filter((n) => !found.some((o) => o !== n && o.includes(n)));
    const at: number[] = [];
    for (const n of longest) for (let i = text.indexOf(` ${n} `); i >= 0; i = text.indexOf(` ${n} `, i + n.length + 2)) at.push(i);
    return at.length > 0 && at.every((i) => populationWords.test(text.slice(0, i + 1)));
  };
  return hits.some((p) => harms(p.section) && !ofPatientsWith(p)) && !hits.some((p) => normalise(p.section).startsWith('indication'));
}

/** Words that put a condition as whom a statement speaks of ("patients with", "people who have"), before its name. */
const populationWords = /\b((patients|people|those|anyone|someone|women|men|children|adults) with|(who|if you|if they) (have|has))\s$/;

/** Does the drug's harm statement naming the condition tell the patient to stop the drug (agranulocytosis on carbimazole)? */
function stopsFor(topic: LinkedDocument, drug: LinkedDocument, passages: PassageHit[]): boolean {
  return namingStatements(topic, drug, passages).some(
    (p) => outline().answers('adverse-effects', p.section) && outline().tellsToStop([p.text, ...p.children.map((c) => c.text)].join(' ')),
  );
}

export function selectPassages(retrieval: Retrieval, sourceType: (p: PassageHit) => SourceType | undefined): Selection {
  const { analysis } = retrieval;
  // A statement for the other sex or another age than the patient's is no advice for them.
  const passages = retrieval.passages.filter(
    (p) => !retrieval.forOtherSex?.has(p.id) && !retrieval.forOtherAge?.has(p.id) && !retrieval.forOtherPatients?.has(p.id),
  );
  if (analysis.focus.length === 0) {
    const relevant = passages
      .filter((p) => isStatementLike(p) && coversQuestion(p, retrieval))
      .map((p) => ({ p, rank: p.score * evidencePrior(sourceType(p)) * sectionPrior(p.section) }))
      .sort((a, b) => b.rank - a.rank);
    const best = relevant[0]?.rank ?? 0;
    const kept = relevant
      .filter((r) => r.rank >= best * selectionLimits.openRelativeScore)
      .slice(0, selectionLimits.openPassages)
      .map((r) => r.p);
    return { bottomLine: analysis.broad ? [] : kept.slice(0, 1), body: analysis.broad ? kept : kept.slice(1) };
  }
  if (analysis.broad) return { bottomLine: [], body: wholeTopic(retrieval) };

  // Every concept the question links, by the words it was named with and its bare title; a drug by its
  // class too ("benzodiazepines should not be prescribed for panic disorder" names diazepam).
  const classesOf = (d: (typeof analysis.links.documents)[number]) =>
    d.kind === 'drug'
      ? d.mentions.flatMap((m) => {
          // (A name of several words is read word by word: "GTN spray" is a nitrate.)
          const typed = m.text.toLowerCase();
          return [...new Set([typed, ...typed.split(/\s+/)].flatMap((w) => analysis.links.wordReadings.get(w) ?? []))];
        })
      : [];
  const named = analysis.links.documents
    .filter((d) => d.score >= 0.5 && !analysis.tried.includes(d.documentId))
    .map((d) => ({
      documentId: d.documentId,
      kind: d.kind,
      names: [...new Set([bareTitle(d.title), ...d.names, ...d.mentions.map((m) => m.text), ...classesOf(d)].map(normalise))].filter(
        (n) => n.length >= 3,
      ),
    }));
  // What was given and failed, when what comes next is asked: its first-line advice is what was done already.
  // (Only one the vignette gave, not one the ask names: "atropine dose, and plan if no response?")
  const asksFrom = askStart(analysis.question);
  const questionTokens = tokenize(analysis.question);
  const givenBefore = (d: LinkedDocument) => asksFrom > 0 && d.mentions.every((m) => (questionTokens[m.from]?.start ?? 0) < asksFrom);
  const triedNames = analysis.intents.includes('next-step')
    ? analysis.links.documents
        .filter((d) => analysis.tried.includes(d.documentId) && givenBefore(d))
        .flatMap((d) => [bareTitle(d.title), ...d.names, ...d.mentions.map((m) => m.text)].map(normalise))
        .filter((n) => n.length >= 3)
    : [];
  const vocabulary = outline();
  // Harms asked, or a yes/no question ("is it ok to…", "still acceptable?"): a warning may be the answer.
  const permission = vocabulary.asksPermission(analysis.question);
  const yesNo = permission && vocabulary.asksYesNo(analysis.question);
  const harmsAsked =
    analysis.intents.some((i) => i === 'adverse-effects' || i === 'contraindications' || i === 'overdose' || i === 'pregnancy') ||
    permission;
  // The drugs asked about, not those the patient is already on ("on pyridostigmine – which antibiotics to avoid?").
  const askedDrugs = named.filter((d) => d.kind === 'drug' && !analysis.taking.includes(d.documentId));
  const drugNames = askedDrugs.flatMap((d) => d.names);
  const sectionStart = new Map<string, number>();
  for (const p of passages) {
    const key = `${p.documentId}#${p.sectionOrdinal}`;
    sectionStart.set(key, Math.min(sectionStart.get(key) ?? Infinity, p.ordinal));
  }
  // A statement's normalised words, padded for whole-word lookups: read once, by every check below.
  const paddedTexts = new Map<number, string>();
  const paddedText = (p: PassageHit) => {
    let text = paddedTexts.get(p.id);
    if (text === undefined) paddedTexts.set(p.id, (text = ` ${normalise(statementText(p))} `));
    return text;
  };
  const namesDocument = (p: PassageHit, d: (typeof named)[number]) => d.names.some((n) => paddedText(p).includes(` ${n}`));
  // A warning about a medicine the patient is on, in another document ("contraindicated with nitrates" for
  // the man with a GTN spray asking about Viagra), is the answer's safety fact whatever was asked.
  const takenNames = named.filter((d) => d.kind === 'drug' && analysis.taking.includes(d.documentId));
  const warns = (p: PassageHit) => isCautionHeading(p.section) || vocabulary.isCautionary(p.text);
  const warnsOfTaken = (p: PassageHit) => warns(p) && takenNames.some((d) => d.documentId !== p.documentId && namesDocument(p, d));
  // …and so is a warning of a medicine asked about that names a condition the patient has ("avoid in severe
  // heart failure" when a man with HFrEF asks whether naproxen is all right for his gout).
  const backgroundIds = new Set(analysis.links.documents.filter((d) => d.kind === 'topic' && d.background).map((d) => d.documentId));
  const backgroundNames = named.filter((d) => backgroundIds.has(d.documentId));
  const askedDrugIds = new Set(askedDrugs.map((d) => d.documentId));
  // (…and so is the warning of one the patient is on, asked about by name, that names the condition asked
  // about: "zigzag lights before my migraines … is it safe to keep taking my microgynon?" is answered by the
  // pill's "do not use with migraine with aura".)
  const takenAskedIds = new Set(
    analysis.focus
      .filter((d) => d.kind === 'drug' && analysis.taking.includes(d.documentId) && namedInAsk(analysis.question, d))
      .map((d) => d.documentId),
  );
  const focusTopicNames = named.filter((d) => d.kind === 'topic' && analysis.focus.some((f) => f.documentId === d.documentId));
  const warnsOfCondition = (p: PassageHit) =>
    warns(p) &&
    ((askedDrugIds.has(p.documentId) && backgroundNames.some((d) => namesDocument(p, d))) ||
      (takenAskedIds.has(p.documentId) && focusTopicNames.some((d) => namesDocument(p, d))));
  const warnsOfPatient = (p: PassageHit) => warnsOfTaken(p) || warnsOfCondition(p);
  const askedWords = analysis.focusTerms.filter((t) => t.length >= 4);
  const asksChoice = vocabulary.asksChoice(analysis.question);
  // Multi-word readings only, and none that merely names a focus document.
  const focusNames = new Set(named.flatMap((d) => d.names));
  const readings = analysis.links.readings.map(normalise).filter((r) => r.includes(' ') && !focusNames.has(r));
  // A drug that is the article's subject beside another document (a harm it causes, a drug it is added
  // to) answers first; questions weighing two drugs or asking about taking them together do not have one.
  const subject = articleSubject(retrieval);
  // A medicine the patient is only on, when what to do about a condition is asked, speaks with its harms and
  // what to watch, not with what it is for or its dose ("on Ozempic, now RUQ pain after fatty meals").
  // (…and so it does when the dose asked is of another medicine named in the ask: "takes propranolol for
  // migraine … IM adrenaline dose?")
  const otherDoseAsked =
    analysis.intent === 'dosing' &&
    analysis.focus.some(
      (d) => d.kind === 'drug' && !analysis.taking.includes(d.documentId) && namedInAsk(analysis.question, d, { lastSentence: true }),
    );
  // (…and so it does beside another medicine whose dose is asked: "stable on sertraline – varenicline titration?")
  const onlyTaken = new Set(
    (subject?.kind === 'topic' && (conditionIntents.has(analysis.intent) || otherDoseAsked)) ||
      (subject?.kind === 'drug' && analysis.intent === 'dosing' && !analysis.taking.includes(subject.documentId))
      ? analysis.focus
          .filter(
            (d) =>
              d.kind === 'drug' &&
              (analysis.taking.includes(d.documentId) || remarkAfterAsk(analysis.question, d)) &&
              !namedInAsk(analysis.question, d),
          )
          .map((d) => d.documentId)
      : [],
  );
  // (…and so is one kept beside a topic that never speaks of it, for what it does with the topic's treatment.)
  for (const id of retrieval.watchedBeside ?? []) onlyTaken.add(id);
  const harmOrWatch = (section: string) =>
    harmOrWatchIntents.some((i) => vocabulary.answers(i, section)) ||
    isCautionHeading(section) ||
    normalise(section).startsWith('interaction');
  const subjectDrug =
    subject?.kind === 'drug' && analysis.focus.length >= 2 && analysis.intent !== 'comparison' && analysis.intent !== 'contraindications'
      ? subject.documentId
      : undefined;
  // A statement that shares no word with the question can still be its answer ("how long do I take iron?"
  // → "Continue for about 3 months after haemoglobin normalises"): a narrow intent it answers gives it a floor.
  const topScore = Math.max(0, ...passages.map((p) => p.score));
  const narrow = analysis.intents.filter((i) => !['management', 'definition', 'comparison'].includes(i));
  const answersNarrow = (p: PassageHit) =>
    narrow.some((i) => vocabulary.answersByContent(i, statementText(p)) || (!facetIntents.includes(i) && vocabulary.answers(i, p.section)));
  // Pregnancy titles its article, but like a facet it narrows every statement: one about the asked
  // population comes before one that is not ("pyelonephritis in pregnancy" is not answered by ciprofloxacin).
  const facetsAsked = analysis.intents.filter((i) => facetIntents.includes(i) || i === 'pregnancy');
  const answersFacet = (p: PassageHit) => facetsAsked.some((i) => addresses(i, p));
  const managementAsked = analysis.intents.some((i) => i === 'management' || i === 'next-step');
  const confirmed = new Set(
    analysis.focus.filter((d) => d.foundByTest && !analysis.intents.includes('diagnosis')).map((d) => d.documentId),
  );
  const valued = analysis.links.findings.filter((f) => f.value !== undefined);
  // A drug's line about another condition ("Erythema migrans: 500 mg…" in an otitis media answer) says
  // little about the one asked, however well its words match.
  const otherCondition = (id: number) => (retrieval.aboutOtherConditions?.has(id) ? rankingBoosts.otherCondition : 1);
  // A statement labelled for another age group than the patient's gives a dose or advice meant for others.
  const ages = groupAges(analysis.links.findings);
  const forOtherAge = (p: PassageHit) => {
    if (ages.length === 0) return false;
    const colon = p.text.indexOf(':');
    if (colon <= 0 || colon > statementLabelLength) return false;
    const label = p.text.slice(0, colon);
    // (A label for adults and children alike, "adults and children aged 6 months and over", is not read:
    // its age bound is not the adults'.)
    return !mixedAgeLabel.test(label) && !writtenForAges(label, ages);
  };
  // Two medicines asked about together: the condition one is taken for speaks to that only where it names
  // both ("on warfarin for AF – ok to give naproxen?" is not answered by the AF topic's anticoagulation
  // advice). (A condition asked about beside them, H. pylori with warfarin and clarithromycin, still is.)
  const namedDrugs = named.filter((d) => d.kind === 'drug');
  const togetherAsked = analysis.intent === 'contraindications' && namedDrugs.length >= 2;
  const onlyTakenFor = new Set(
    analysis.focus.filter((d) => d.kind === 'topic' && (d.background || namedAsIndication(analysis.question, d))).map((d) => d.documentId),
  );
  const namesBoth = (p: PassageHit) => namedDrugs.filter((d) => namesDocument(p, d)).length >= 2;
  const asideFromPair = (section: string) =>
    normalise(section).startsWith('indication') || (!analysis.intents.includes('pregnancy') && vocabulary.answers('pregnancy', section));
  const ranked = passages
    .filter((p) => !onlyTaken.has(p.documentId) || harmOrWatch(p.section))
    .filter((p) => !togetherAsked || !onlyTakenFor.has(p.documentId) || namesBoth(p))
    // (…and what one of them is for, or its use in pregnancy, says nothing of taking them together unless it
    // names the other.)
    .filter((p) => !togetherAsked || p.documentKind !== 'drug' || !asideFromPair(p.section) || namesBoth(p))
    .map((p) => ({
      ...p,
      score:
        Math.max(
          p.score,
          answersNarrow(p) ? topScore * rankingBoosts.intentFloor : 0,
          // The words of "how long should I take my iron tablets" name the drug, which every statement is
          // about; the one that says how long need not repeat them. Its own words must say it: a heading
          // ("Second-line treatments") lifts every statement under it alike.
          facetsAsked.some((i) => vocabulary.answersByContent(i, statementText(p))) ? topScore * rankingBoosts.facetFloor : 0,
          // What to do, asked after a vignette whose findings fill the question ("adj Ca 3.3, confused, PTH
          // suppressed – initial management?"), is answered by the recommendations under treatment headings,
          // though they share none of the vignette's words.
          // (…and so is a statement there that names what is preferred: "Ketoconazole 2% shampoo twice weekly is
          // first-line" answers "what can I put on it?" though it opens with no verb.)
          managementAsked &&
            vocabulary.favouredForManagement(p.section) &&
            (vocabulary.recommends(p.text) || vocabulary.prefers(statementText(p)))
            ? topScore * rankingBoosts.managementFloor
            : 0,
        ) *
        otherCondition(p.id) *
        (forOtherAge(p) ? rankingBoosts.otherAge : 1),
    }))
    .filter((p) => p.score > 0)
    .map((p) => {
      let rank = p.score;
      const place = p.ordinal - (sectionStart.get(`${p.documentId}#${p.sectionOrdinal}`) ?? p.ordinal);
      rank *= 1 + rankingBoosts.firstInSection / (1 + place);
      if (analysis.intent === 'management' && vocabulary.recommends(p.text)) rank *= 1 + rankingBoosts.recommendation;
      // What to do is answered first by what the guideline recommends strongly.
      if ((analysis.intent === 'management' || analysis.intent === 'next-step') && p.strength === 'strong')
        rank *= 1 + rankingBoosts.strongRecommendation;
      if (asksChoice && vocabulary.prefers(statementText(p))) rank *= 1 + rankingBoosts.preference;
      if (askedWords.some((w) => mentions({ text: '', section: p.section, documentTitle: '' }, w))) rank *= 1 + rankingBoosts.askedSection;
      // Facets are weighed below, once: a heading that answers one is not also an intent heading.
      const favoured = analysis.intents.some((i) =>
        i === 'management' ? vocabulary.favouredForManagement(p.section) : !facetIntents.includes(i) && vocabulary.answers(i, p.section),
      );
      if (favoured) rank *= 1 + rankingBoosts.intentSection;
      // How to test for it says little once a test has found it and what to do is asked: the test's name
      // ("NAAT") shares the diagnostic statement's words, not the question's need.
      // (Not one that says what follows a positive result, "refer adults with positive serology for biopsy": a
      // screening test that came back positive has found no diagnosis yet.)
      if (managementAsked && confirmed.has(p.documentId) && vocabulary.answers('diagnosis', p.section) && !/\bpositive\b/i.test(p.text))
        rank *= rankingBoosts.diagnosed;
      // "How long", asked of a treatment, is the one thing the reader wants to know about it.
      if (answersFacet(p)) rank *= 1 + rankingBoosts.facetContent;
      else if (analysis.intents.some((i) => vocabulary.answersByContent(i, statementText(p)))) rank *= 1 + rankingBoosts.intentContent;
      // A statement that names another concept of the question speaks to the question itself: haloperidol
      // "in Parkinson's disease", apixaban in this condition.
      const text = paddedText(p);
      if (named.some((d) => d.documentId !== p.documentId && namesDocument(p, d))) rank *= 1 + rankingBoosts.namesAskedConcept;
      // The clinical words for what the reader typed ("peaked T waves" → "ECG changes") in the statement.
      if (readings.some((r) => text.includes(` ${r} `))) rank *= 1 + rankingBoosts.namesReading;
      if (p.documentId === subjectDrug) rank *= 1 + rankingBoosts.subjectDrug;
      // ("2 doses IM adrenaline, still hypotensive – what next?" is not answered by "give IM adrenaline".)
      if (triedNames.some((n) => text.includes(` ${n} `)) && !addresses('next-step', p)) rank *= rankingBoosts.triedAgain;
      // The statement whose threshold the patient's value meets ("K+ 3.0" → "below 3.5 mmol/L, delay insulin").
      const fit = valued.length > 0 ? valueFit(statementText(p), valued) : undefined;
      const valueFactor = fit === 'within' ? 1 + rankingBoosts.valueWithin : fit === 'outside' ? rankingBoosts.valueOutside : 1;
      // "Can I give her Nurofen?" is answered first by a warning about that drug, where there is one.
      // (…or by the asked drug's own warning about a condition the patient has: "HFrEF … naproxen ok?")
      if (yesNo && ((warns(p) && drugNames.some((n) => text.includes(` ${n}`))) || warnsOfCondition(p)))
        rank *= 1 + rankingBoosts.warnsAskedDrug;
      if (warnsOfPatient(p)) rank *= 1 + rankingBoosts.warnsAskedDrug;
      else if (!harmsAsked && (isCautionHeading(p.section) || p.status === 'withdrawn' || p.status === 'superseded'))
        rank *= rankingBoosts.caution;
      // (The cut-off is measured before it: a statement the value speaks to moves up; it does not make
      // the others fall away.)
      return { p, rank: rank * valueFactor, unvalued: rank };
    })
    .sort((a, b) => b.rank - a.rank);
  // (Measured on the statements that may lead: a medicine the patient is only on, whose harms share every
  // word of the condition, would set the cut-off for the condition's own answer.)
  const byUnvalued = ranked
    .filter((r) => !onlyTaken.has(r.p.documentId))
    .map((r) => r.unvalued)
    .sort((a, b) => b - a);
  const cutBest = byUnvalued[0] ?? 0;
  const cutSecond = byUnvalued[1] ?? 0;
  // Measured against the second best: one statement far ahead (the exact answer) does not cut away the
  // ones that support it.
  // (The second must itself pass the cut; a lone answer then keeps only the minimum below beside it.)
  const reference = cutSecond >= cutBest * rankingBoosts.relativeCut ? cutSecond : cutBest;
  // (…and of a medicine the patient is only on, a few of its harms and checks at most.)
  const takenKept = ranked.filter((r) => onlyTaken.has(r.p.documentId) && r.rank >= reference * rankingBoosts.relativeCut);
  const cutKept = ranked.filter(
    (r) =>
      r.rank >= reference * rankingBoosts.relativeCut &&
      (!onlyTaken.has(r.p.documentId) || takenKept.indexOf(r) < rankingBoosts.takenStatements),
  );
  const bestOwn = Math.max(0, ...ranked.filter((r) => !onlyTaken.has(r.p.documentId)).map((r) => r.rank));
  // One statement far ahead is seldom the whole answer (a diagnostic statement sharing every word of the
  // vignette before the treatment asked for): a specific answer keeps a few more that rank at all well.
  // (Beside a narrow question's answer, "what is the dose?", only statements answering it too: not undosed ones.)
  const padding = (r: (typeof ranked)[number]) => managementAsked || answersNarrow(r.p);
  const kept =
    cutKept.length >= rankingBoosts.minimumKept
      ? cutKept
      : [
          ...cutKept,
          ...ranked
            .filter(
              (r) =>
                !cutKept.includes(r) && !onlyTaken.has(r.p.documentId) && padding(r) && r.rank >= bestOwn * rankingBoosts.minimumKeptShare,
            )
            .slice(0, rankingBoosts.minimumKept - cutKept.length),
        ];
  const eligible = (r: { p: PassageHit }) => harmsAsked || !isCautionHeading(r.p.section) || warnsOfPatient(r.p);
  // Asked about pregnancy, the bottom line is what the evidence says about pregnancy when it says anything.
  const population = analysis.intents.includes('pregnancy') ? kept.filter((r) => eligible(r) && addresses('pregnancy', r.p)) : [];
  // (A medicine the patient is only on speaks in the body, under its own heading, not in the bottom line of the
  // condition asked: "on gliclazide, shaky and confused, meter 3.1 – what to do?" is answered by the glucose
  // to give, not by gliclazide's contraindications.)
  const leads = (r: (typeof ranked)[number]) => eligible(r) && !onlyTaken.has(r.p.documentId);
  const bestLead = Math.max(0, ...kept.filter((r) => !onlyTaken.has(r.p.documentId)).map((r) => r.rank));
  const bottomLine = (population.length > 0 ? population : kept.filter((r) => r.rank >= bestLead * rankingBoosts.bottomLineCut && leads(r)))
    .slice(0, rankingBoosts.bottomLine)
    .map((r) => r.p);
  const leadWith = (first: PassageHit) => bottomLine.splice(0, bottomLine.length, first, ...bottomLine.filter((p) => p.id !== first.id));
  // Asked whether a medicine caused what they describe, the harm that names it answers first: "thrush" on an
  // SGLT2 inhibitor is its "genital mycotic infections", before its other harms.
  if (analysis.blamesMedicine) {
    const names = (p: PassageHit) => readings.some((r) => paddedText(p).includes(` ${r}`));
    const blamed = ranked.find((r) => eligible(r) && vocabulary.answers('adverse-effects', r.p.section) && names(r.p));
    if (blamed) leadWith(blamed.p);
  }
  // A drug made the subject by a condition it causes answers by the harm statement naming that condition: "on
  // clozapine, temp 38.5 and sore throat" is led by the neutropenia warning, not by the sore-throat scores.
  const harmed = analysis.focus.find((f) => f.kind === 'topic');
  if (subject?.kind === 'drug' && harmed && harmed !== subject) {
    const naming = namingStatements(harmed, subject, passages).filter((p) => vocabulary.answers('adverse-effects', p.section));
    const warning = ranked.find((r) => naming.some((p) => p.id === r.p.id))?.p ?? naming[0];
    if (warning) leadWith(warning);
  }
  // "How is it treated, and does my boyfriend need tablets too?": the further part may fill the bottom line
  // with statements that share the vignette's words; the treatment is still asked, and the best-ranked
  // regimen under a treatment heading answers it.
  const regimen = (p: PassageHit) => vocabulary.favouredForManagement(p.section) && dosed.test(p.text);
  // (Not when the question names its drugs: their statements answer it.)
  if (
    analysis.intent === 'management' &&
    analysis.intents.length > 1 &&
    !analysis.focus.some((f) => f.kind === 'drug' || f.background) &&
    !bottomLine.some(regimen)
  ) {
    const treatment = ranked.find((r) => eligible(r) && regimen(r.p));
    if (treatment) bottomLine.push(treatment.p);
  }
  // "Salbutamol + pred doses?": each drug whose dose is asked gets its best-ranked dose, wherever it stands.
  if (analysis.intents.includes('dosing'))
    for (const drug of named.filter((d) => d.kind === 'drug' && !analysis.taking.includes(d.documentId))) {
      if (bottomLine.length >= rankingBoosts.bottomLineWithParts) break;
      // (Its own monograph's dose, or the drug's name with a dose after it: not "magnesium 150 mg with each salbutamol".)
      const patterns = drug.names.map(dosedAfter);
      const dosesIt = (p: PassageHit) => {
        if (p.documentId === drug.documentId) return dosed.test(p.text);
        const text = normalise(p.text);
        return patterns.some((pattern) => pattern.test(text));
      };
      if (bottomLine.some(dosesIt)) continue;
      const dose = ranked.find((r) => eligible(r) && dosesIt(r.p));
      if (dose) bottomLine.push(dose.p);
    }
  // A question asking several things ("IV fluids, when to feed, and timing of cholecystectomy?") gets the
  // statement that best answers each part by its own words, among those the whole question ranks well.
  // (A part whose words barely match any statement, "abx or wait?", is not answered by the one that matches
  // them least badly.)
  const partScore = (part: Retrieval['partScores'][number], id: number) => (part.scores.get(id) ?? 0) * otherCondition(id);
  // (A caveat that says the part in its own words answers it too: "do I wait for the biopsy?" is answered by
  // "Do not delay glucocorticoids while waiting for biopsy", under the pitfalls.)
  // (Not a statement of a medicine the patient is only on, unless it says the part in its own words: "on
  // atorvastatin, knees ache – what else can I try?" is not answered by statin myopathy.)
  const answersPart = (part: Retrieval['partScores'][number], r: (typeof ranked)[number]) =>
    (eligible(r) && !onlyTaken.has(r.p.documentId)) || part.says.has(r.p.id);
  const partBests = retrieval.partScores.map((part) =>
    Math.max(0, ...ranked.filter((r) => answersPart(part, r)).map((r) => partScore(part, r.p.id))),
  );
  const strongestPart = Math.max(0, ...partBests);
  for (const [i, part] of retrieval.partScores.entries()) {
    if (bottomLine.length >= rankingBoosts.bottomLineWithParts) break;
    if (partBests[i]! < strongestPart * rankingBoosts.weakPart) continue;
    // Statements that say the part in their own words come first: "Add dextrose…" and "Start isotonic saline…"
    // under "Fluid replacement" do not answer "K+ replacement" while a potassium statement does.
    const reached = ranked.filter((r) => answersPart(part, r) && partScore(part, r.p.id) > 0);
    const saying = reached.filter((r) => part.says.has(r.p.id));
    // (A part asking a quantity or a time is answered by a statement giving one: "how much IV fluid initially?"
    // by "at least 30 mL/kg of IV crystalloid", not by "guide further fluids by fluid responsiveness".)
    // (Among those its words reach nearly as well: "what dose do people start on?" is answered by "start 500 mg
    // twice daily…", not by "do not start metformin if eGFR is 30-45 mL/min", which its words reach less well.)
    // (A quantity given, not a value measured: "lactate >2 mmol/L" answers no "how much fluid?". An amount in
    // mmol or a percentage counts only in a statement that recommends: "Add 5% or 10% dextrose…".)
    const givesQuantity = (p: PassageHit) => dosed.test(p.text) || (addresses('dosing', p) && vocabulary.recommends(p.text));
    const fits = (r: (typeof ranked)[number]) =>
      part.facets.some((facet) => (facet === 'dosing' ? givesQuantity(r.p) : addresses(facet, r.p)));
    const candidates = saying.length > 0 ? saying : reached;
    const bestPart = Math.max(0, ...candidates.map((r) => partScore(part, r.p.id)));
    const close = candidates.filter((r) => partScore(part, r.p.id) >= bestPart * rankingBoosts.partCut);
    const fitting = candidates.filter((r) => fits(r) && partScore(part, r.p.id) >= bestPart * rankingBoosts.facetPartCut);
    const bestFitting = Math.max(0, ...fitting.map((r) => partScore(part, r.p.id)));
    const answer = (
      fitting.length > 0 ? fitting.filter((r) => partScore(part, r.p.id) >= bestFitting * rankingBoosts.partCut) : close
    ).reduce<(typeof ranked)[number] | undefined>((a, r) => (a === undefined || r.rank > a.rank ? r : a), undefined);
    if (answer && !bottomLine.includes(answer.p)) bottomLine.push(answer.p);
  }
  // A compound question gets the best statement for each further thing it asks, if the first ones missed it.
  for (const intent of analysis.intents.slice(1)) {
    if (bottomLine.length >= rankingBoosts.bottomLine + 1) break;
    const answersIt = (p: PassageHit) => addresses(intent, p);
    // (A dose's own schedule, "10 mg twice daily for 7 days, then 5 mg", does not say how long treatment lasts.)
    const answeredBy = (p: PassageHit) =>
      intent === 'duration' && dosed.test(p.text) ? outline().answers(intent, p.section) : answersIt(p);
    if (bottomLine.some(answeredBy)) continue;
    // The part was asked for by name, so its best statement may stand below the cut-off of the first part;
    // the one that shares most with the question's own words ("pre-treatment screening") answers it.
    // (A section written for it answers before a statement that only names it in passing: "who else needs
    // treating?" is "Treat all household members…" under the contacts, not "…especially if close contacts
    // also itch" under the diagnosis.)
    const answering = ranked.filter((r) => eligible(r) && !bottomLine.includes(r.p) && answersIt(r.p));
    const underItsHeading = answering.filter((r) => outline().answers(intent, r.p.section));
    const next = (underItsHeading.length > 0 ? underItsHeading : answering).reduce<(typeof ranked)[number] | undefined>(
      (a, r) => (a === undefined || r.p.score > a.p.score ? r : a),
      undefined,
    );
    if (next) bottomLine.push(next.p);
  }
  // Asked only what to do, a bottom line of statements that describe ("a withdrawal seizure is typically a
  // single tonic-clonic seizure…") still owes the reader the best-ranked recommendation under a treatment heading.
  // ("Benzodiazepines are first-line treatment…" recommends as surely as "Give…".)
  const advises = (p: PassageHit) => vocabulary.recommends(p.text) || vocabulary.prefers(p.text);
  if (analysis.intents.length === 1 && analysis.intent === 'management' && bottomLine.length > 0 && !bottomLine.some(advises)) {
    const treatment = ranked.find((r) => leads(r) && vocabulary.favouredForManagement(r.p.section) && advises(r.p));
    if (treatment) bottomLine.push(treatment.p);
  }
  // …and asked a dose, one without any dose owes the best-ranked statement that gives one ("antiviral and
  // dose?" → "Aciclovir 800 mg orally five times daily for 7 days").
  if (analysis.intents.includes('dosing') && bottomLine.length > 0 && !bottomLine.some((p) => dosed.test(p.text))) {
    const dose = ranked.find((r) => leads(r) && dosed.test(r.p.text));
    if (dose) bottomLine.push(dose.p);
  }
  // A treatment recommended without its dose brings the regimen its section gives next ("Give magnesium
  // sulfate to prevent eclampsia…" → "…4 g over 5-15 minutes, then 1 g/hour"): drug, dose, route and schedule
  // belong together.
  const regimenOf = (p: PassageHit) =>
    managementAsked && !dosed.test(p.text) && vocabulary.recommends(p.text) ? regimenAfter(p, passages) : undefined;
  // (A regimen goes with the statement it doses: it takes no other statement's place.)
  const body: PassageHit[] = [];
  const regimens = new Set<PassageHit>();
  const add = (p: PassageHit | undefined, regimen = false) => {
    if (!p || body.includes(p) || bottomLine.includes(p)) return;
    body.push(p);
    if (regimen) regimens.add(p);
  };
  for (const p of bottomLine) add(regimenOf(p), true);
  for (const r of kept) {
    if (body.length - regimens.size >= rankingBoosts.supporting) break;
    add(r.p);
    if (!bottomLine.includes(r.p)) add(regimenOf(r.p), true);
  }
  return { bottomLine: bottomLine.length > 0 ? bottomLine : body.splice(0, 1), body };
}

/**
 * The statement just after a recommendation, in its section, that doses what it recommends: the dose shares
 * a long word of the recommendation, the medicine's name ("magnesium", "dexamethasone").
 */
function regimenAfter(p: PassageHit, passages: readonly PassageHit[]): PassageHit | undefined {
  const words = new Set(
    normalise(p.text)
      .split(' ')
      .filter((w) => w.length >= regimenWordLength),
  );
  return passages.find(
    (q) =>
      q.documentId === p.documentId &&
      q.section === p.section &&
      q.id > p.id &&
      q.id <= p.id + regimenReach &&
      dosed.test(q.text) &&
      normalise(q.text)
        .split(' ')
        .some((w) => words.has(w)),
  );
}

/** How far after a recommendation its regimen may stand (a lay line or a sub-point may come between). */
const regimenReach = 3;

/** A label naming adults and children together. */
const mixedAgeLabel = /\badults?\b.*\b(children|child|infants?|adolescents?)\b|\b(children|child|infants?|adolescents?)\b.*\badults?\b/i;

/** A word this long, shared by a recommendation and a dose, names the medicine rather than joining words. */
const regimenWordLength = 7;

/** A dose in a statement: "metronidazole 400 mg", "0.5-1 g", "200 micrograms/kg". */
const dosed = /\d\s?(mg|g|micrograms?|mcg|ml|units?)\b(?!\s?\/\s?(l|dl|ml)\b)/i;

/** A drug's name (normalised) with a dose a few words after it: "salbutamol 2.5 mg", "prednisolone early in the attack: 10 mg". */
function dosedAfter(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}\\b(\\s+\\S+){0,8}?\\s+\\d+(\\s\\d+)?\\s?(mg|g|micrograms?|mcg|ml|units?)\\b`);
}

/** A broad question gets the whole structured topic: the sections that fit its intent, in clinical order. */
function wholeTopic(retrieval: Retrieval): PassageHit[] {
  const { analysis, passages } = retrieval;
  const vocabulary = outline();
  const chosen: PassageHit[] = [];
  for (const documentId of new Set(analysis.focus.map((f) => f.documentId))) {
    const own = passages.filter((p) => p.documentId === documentId);
    let picked: PassageHit[];
    if (analysis.intent !== 'management') {
      picked = own.filter((p) => vocabulary.answers(analysis.intent, p.section));
      if (picked.length === 0) picked = bestScoring(own);
    } else {
      const overview = new Map<number, number>();
      picked = own.filter((p) => {
        if (vocabulary.excludedFromManagement(p.section)) return false;
        if (!isOverviewHeading(p.section)) return true;
        const seen = overview.get(p.sectionOrdinal) ?? 0;
        overview.set(p.sectionOrdinal, seen + 1);
        return seen < selectionLimits.overviewStatements;
      });
    }
    chosen.push(...picked);
  }
  return chosen.slice(0, selectionLimits.maxStatements);
}

/** The imported guidelines and papers worth showing beside a library topic: strongest evidence first. */
export function selectSupporting(retrieval: Retrieval, sourceType: (p: PassageHit) => SourceType | undefined): PassageHit[] {
  const ranked = retrieval.supporting
    .filter(isStatementLike)
    .map((p) => ({ p, rank: p.score * evidencePrior(sourceType(p)) * sectionPrior(p.section) }))
    .sort((a, b) => b.rank - a.rank);
  const best = ranked[0]?.rank ?? 0;
  return ranked
    .filter((r) => r.rank >= best * selectionLimits.openRelativeScore)
    .slice(0, selectionLimits.supportingPassages)
    .map((r) => r.p);
}

/** Does the statement answer the intent, by its heading ("Pregnancy and lactation") or its own words? */
export function addresses(intent: Intent, p: PassageHit): boolean {
  return outline().answers(intent, p.section) || outline().answersByContent(intent, statementText(p));
}

function statementText(p: PassageHit): string {
  return [p.text, ...p.children.map((c) => c.text)].join(' ');
}

function bestScoring(passages: PassageHit[]): PassageHit[] {
  return passages
    .filter((p) => p.score > 0 && !isCautionHeading(p.section))
    .sort((a, b) => b.score - a.score)
    .slice(0, selectionLimits.fallbackPassages)
    .sort((a, b) => a.ordinal - b.ordinal);
}
