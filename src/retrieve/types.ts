/*
 * What retrieval hands the answer stage: the question understood (terms, intent, focus) and the
 * passages found for it, scored.
 */
import type { PassageHit } from '../store/index.ts';
import type { ConceptLinks, LinkedDocument } from './concepts/types.ts';

export const intents = [
  'management',
  'dosing',
  'adverse-effects',
  'contraindications',
  'monitoring',
  'pregnancy',
  'duration',
  'timing',
  'next-step',
  'overdose',
  'exclusion',
  'contacts',
  'counselling',
  'threshold',
  'diagnosis',
  'prognosis',
  'prevention',
  'definition',
  'comparison',
] as const;
export type Intent = (typeof intents)[number];

/**
 * Intents that qualify a question rather than say what kind of article answers it: "how long" to take a
 * drug or treat a condition is asked of its management; "still seizing after lorazepam – what next?"
 * asks what follows a treatment that failed; "my toddler swallowed my iron tablets" asks about an
 * overdose; "when can he go back to nursery?" asks how long to stay away from school or work; "does my
 * partner need the cream too?" asks who else is treated; "how soon to the cath lab?" asks how urgently;
 * "how do I counsel someone starting alendronate?" asks what the patient must be told (how to take it,
 * what to watch for); "which echo numbers make it severe?" asks for the figures that draw a line. They rank
 * the statements that answer them first.
 */
export const facetIntents: readonly Intent[] = [
  'duration',
  'timing',
  'next-step',
  'overdose',
  'exclusion',
  'contacts',
  'counselling',
  'threshold',
];

/** Intents that ask about a drug itself rather than the condition it is given for. */
export const drugQuestionIntents: ReadonlySet<Intent> = new Set([
  'dosing',
  'adverse-effects',
  'contraindications',
  'monitoring',
  'pregnancy',
  'duration',
  'counselling',
]);

export interface QueryAnalysis {
  question: string;
  /** Index terms after question words and fillers are stripped. */
  terms: string[];
  /** Terms that name what is asked about, beyond generic clinical words; all must be found. */
  focusTerms: string[];
  /** Focus terms that are not everyday words ("really", "half"): what coverage is measured on. */
  specificTerms: string[];
  /** Library topics and drugs the answer is about, best linked first. */
  focus: LinkedDocument[];
  /** Everything concept linking found: linked documents, uncovered concepts, findings. */
  links: ConceptLinks;
  intent: Intent;
  /** Every intent the question cues, most specific first (the first is `intent`). */
  intents: Intent[];
  /** Drugs the question names as already tried and failed ("despite lactulose", "lorazepam x2, still seizing"). */
  tried: string[];
  /** Drugs named right after "on" ("T2DM on metformin", "on warfarin for AF"): what the patient already takes. */
  taking: string[];
  /** Drugs without a monograph named the same way ("on NovoRapid"), normalised as typed. */
  takingUnlisted: string[];
  /** Of those, the medicines being switched from ("switching ramipril to Entresto"): the other is asked about. */
  switchedFrom: string[];
  /** Medicines named, with a monograph or not ("on zopiclone and doxazosin" names two). */
  medicinesNamed: number;
  /** The interaction intent was read from two drugs named together, not from a word that asks it. */
  interactionInferred: boolean;
  /** The ask asks only whether what is described is serious ("is that serious?", "should I be worried?"). */
  concernAsked: boolean;
  /** Asks whether a medicine named brought on what the question describes ("could the empagliflozin be causing it?"). */
  blamesMedicine: boolean;
  /** The medicine the patient is on that the ask asks whether to stop, by a pronoun ("do I stop it or just take paracetamol?"). */
  stopsTaken?: string;
  /** What the question rules out, as typed ("without diabetes", "no family history of breast cancer"): no evidence of its subject. */
  negated: string[];
  /** Weighs one thing against another ("baby blues or postnatal depression?"), by a word of the lexicon's context cues. */
  weighsAlternatives: boolean;
  /** Gives a measured value with a decimal point ("fasting 5.9"): a question of criteria. */
  givesDecimal: boolean;
  /** Asks for the whole picture ("how is ALS managed?") rather than one fact: gets the full article. */
  broad: boolean;
  /** False when nothing in the question is about health. */
  healthRelated: boolean;
  /** True when the text tries to steer the engine instead of asking a question. */
  injection: boolean;
  /** Suicidal intent or self-harm: crisis support, never a dose, never saved. */
  crisis: boolean;
}

export interface Retrieval {
  analysis: QueryAnalysis;
  passages: PassageHit[];
  /** Drug statements about a condition other than the topic asked ("Erythema migrans: 500 mg…" beside otitis media). */
  aboutOtherConditions?: ReadonlySet<number>;
  /** Statements that open by naming the other sex than the patient's ("Advise boys and men taking valproate…" for a 23F). */
  forOtherSex?: ReadonlySet<number>;
  /** Statements labelled for another age than the patient's ("Adults 50 kg and over: …" for an 18-month-old). */
  forOtherAge?: ReadonlySet<number>;
  /** Statements for patients without what the patient has ("…in patients without penicillin allergy" for one allergic to penicillin). */
  forOtherPatients?: ReadonlySet<number>;
  /**
   * Medicines the patient is on that the topic never speaks of, kept beside it for what they do with the
   * topic's treatment (warfarin beside an H. pylori regimen): their harms, checks and interactions only.
   */
  watchedBeside?: readonly string[];
  /** Imported-literature passages on the same focus as a named library topic, best first. */
  supporting: PassageHit[];
  /** Open searches: inverse document frequency of each focus term in the store (0 = no passage has it). */
  termWeights: Record<string, number>;
  /** Focus terms that no retrieved passage contains: the evidence that is missing. */
  missingTerms: string[];
  /**
   * Other names the lexicon gives for the concept a focus term belongs to ("adhesive" → "frozen
   * shoulder"): a passage that uses one of them holds the term.
   */
  termAlternatives: Record<string, string[]>;
  /** Scores of the focus documents' statements by relevance to the question (passage id → score). */
  statementScores: Map<number, number>;
  /**
   * For a question asking several things, the focus statements' scores by each part's own words, and which
   * of them say those words in their own text rather than only in their heading (else empty), and the facets
   * the part asks by its own cues ("how much IV fluid" asks a quantity, "how fast should abx be in" a time).
   */
  partScores: { scores: Map<number, number>; says: Set<number>; facets: Intent[] }[];
  /** How the focus was found: a named concept, or the content of the question alone (weaker). */
  routing: 'named' | 'content' | 'open';
  /** Library documents nearest the question by content, for an abstention to point to. */
  closest: { documentId: string; title: string }[];
  /** Why the question cannot be answered from the library, when it cannot: what it names that is not covered. */
  uncovered?: { text: string; neighbour?: string }[];
}
