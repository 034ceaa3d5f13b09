/*
 * Which sections of a topic or drug answer which kind of question, which statements are cautions,
 * recommendations or preferences. The words are library vocabulary (library/lexicon/sections.tsv and
 * statement-cues.tsv); headings are matched by their words, so authors keep the freedom to name sections.
 */
import { join } from 'node:path';
import { libraryRoot } from '../config.ts';
import { normalise, PhraseTable, readTable, tokenize } from '../retrieve/index.ts';
import type { Intent } from '../retrieve/index.ts';

export const pitfallsHeading = 'Common pitfalls and caveats';
export const bottomLineHeading = 'Bottom line';
export const supportingHeading = 'From imported guidelines and literature';

type SectionKind = Intent | 'management-exclude' | 'management-favour' | 'caution' | 'overview';
type StatementCue =
  | 'recommendation'
  | 'caution'
  | 'preference'
  | 'choice'
  | 'permission'
  | 'monitoring-content'
  | 'adverse-effects-content'
  | 'pregnancy-content'
  | 'duration-content'
  | 'timing-content'
  | 'next-step-content'
  | 'overdose-content'
  | 'exclusion-content'
  | 'contacts-content'
  | 'counselling-content'
  | 'stop-drug';

/** Number formats that say a statement gives a dose or a schedule: patterns of figures, not vocabulary. */
const doseFigure = /\b\d+(\.\d+)?\s?((mg|mcg|µg|micrograms?|g|units?|mL|mmol|mg\/kg|units\/kg)\b|%)/i;
const scheduleFigure = /\bevery (\d+ )?(days?|weeks?|months?|years?)\b/i;
/** How soon: "within 24 hours", "within 2-24 hours of onset", "by 37+0 weeks". */
const timingFigure =
  /\b(within|by|before) (the first |about |at least |up to )?\d+([-–]\d+)?( ?\+ ?\d)? ?(minutes?|min|hours?|h|days?|weeks?)\b/i;
/**
 * A line drawn at a measured figure: "≥4.0 m/s", "below 3.5 mmol/L", "40 mmHg or more", "more than 2 cm". (Not
 * a length of time, "over less than 15 minutes", which says how long or how soon.)
 */
const notTime = String.raw`(?![\d.]*\s?(minutes?|min|hours?|h|days?|weeks?|months?|years?)\b)`;
const thresholdFigure = new RegExp(
  String.raw`([≥≤<>]\s?${notTime}\d)|\b(above|below|over|under|at least|more than|less than|greater than|fewer than|exceeds?|exceeding) (about )?${notTime}\d|\d+(\.\d+)?\s?(%|[a-zµ/²]+)?\s(or (more|less|above|below|higher|lower|greater))\b`,
  'i',
);
/** A length of treatment: "for 5 days", "for at least 6 months", "after 3-5 years", "takes at least 12 weeks". */
const durationFigure = /\b((for|after|over) (about |at least |up to |a further )?|at least )\d+([-–]\d+)? (days?|weeks?|months?|years?)\b/i;

/** Question words: a cue after one of them asks how or when, not whether. */
const whWords = new Set(['when', 'how', 'what', 'which', 'where', 'why', 'who']);

export class Outline {
  readonly #headingWords = new Map<SectionKind, string[]>();
  readonly #cues = new PhraseTable<StatementCue>();

  constructor(sections: { term: string; value: string }[], cues: { term: string; value: string }[]) {
    for (const { term, value } of sections) {
      const kind = value as SectionKind;
      this.#headingWords.set(kind, [...(this.#headingWords.get(kind) ?? []), normalise(term)]);
    }
    for (const { term, value } of cues) this.#cues.add(term, value as StatementCue);
  }

  /** Does the heading answer the intent ("Dosing" answers a dose question)? */
  answers(intent: Intent, heading: string): boolean {
    return this.#has(intent, heading);
  }

  /** Sections a broad management article leaves out (diagnosis, epidemiology…). */
  excludedFromManagement(heading: string): boolean {
    return this.#has('management-exclude', heading);
  }

  /** Sections ranked higher for a specific management question (treatment, first-line…). */
  favouredForManagement(heading: string): boolean {
    return this.#has('management-favour', heading);
  }

  isCautionHeading(heading: string): boolean {
    return this.#has('caution', heading);
  }

  isOverviewHeading(heading: string): boolean {
    const h = normalise(heading);
    return (this.#headingWords.get('overview') ?? []).some((w) => h.startsWith(w));
  }

  /** A statement that warns rather than recommends: it belongs under pitfalls and caveats. */
  isCautionary(text: string): boolean {
    return this.#opensWith(text, 'caution');
  }

  /** A statement that tells what to do ("Give IV calcium…"). */
  recommends(text: string): boolean {
    return this.#opensWith(text, 'recommendation');
  }

  /** A statement that tells the patient to stop the medicine ("warn patients to stop the drug … for sore throat"). */
  tellsToStop(text: string): boolean {
    return this.#hasCue(text, 'stop-drug');
  }

  /** A statement that states a preference ("preferred", "first-line", "rather than"). */
  prefers(text: string): boolean {
    return this.#cues.findAll(tokenize(text)).some((m) => m.value === 'preference');
  }

  /** A question asking for one choice ("which…", "best…", "next…"). */
  asksChoice(question: string): boolean {
    return this.#cues.findAll(tokenize(question)).some((m) => m.value === 'choice');
  }

  /** A yes/no question about doing something ("is it ok to…", "can I stop…", "still acceptable?"). */
  asksPermission(question: string): boolean {
    return this.#cues.findAll(tokenize(question)).some((m) => m.value === 'permission');
  }

  /** A permission asked outright, not inside a wh-question ("can I give him Nurofen?", not "when should I take it?"). */
  asksYesNo(question: string): boolean {
    const tokens = tokenize(question);
    return this.#cues.findAll(tokens).some((m) => m.value === 'permission' && !whWords.has(tokens[m.from - 1]?.folded ?? ''));
  }

  /** What a statement says that makes it answer a narrow question, whatever its section. */
  answersByContent(intent: Intent, text: string): boolean {
    // How often is part of a dose ("600 mg every 6 months") and all of a screening interval ("every 3 years").
    if (intent === 'dosing') return doseFigure.test(text) || scheduleFigure.test(text);
    if (intent === 'monitoring')
      // "Every 6 months" beside a dose ("600 mg every 6 months") is how often to give it, not to check.
      return (
        (scheduleFigure.test(text) && !doseFigure.test(text)) ||
        this.#cues.findAll(tokenize(text)).some((m) => m.value === 'monitoring-content')
      );
    if (intent === 'adverse-effects') return this.#hasCue(text, 'adverse-effects-content');
    if (intent === 'pregnancy') return this.#hasCue(text, 'pregnancy-content');
    if (intent === 'duration') return durationFigure.test(text) || this.#hasCue(text, 'duration-content');
    if (intent === 'timing') return timingFigure.test(text) || this.#hasCue(text, 'timing-content');
    if (intent === 'next-step') return this.#hasCue(text, 'next-step-content');
    if (intent === 'overdose') return this.#hasCue(text, 'overdose-content');
    if (intent === 'exclusion') return this.#hasCue(text, 'exclusion-content');
    if (intent === 'contacts') return this.#hasCue(text, 'contacts-content');
    if (intent === 'counselling') return this.#hasCue(text, 'counselling-content');
    if (intent === 'threshold') return thresholdFigure.test(text);
    return false;
  }

  #hasCue(text: string, kind: StatementCue): boolean {
    return this.#cues.findAll(tokenize(text)).some((m) => m.value === kind);
  }

  #has(kind: SectionKind, heading: string): boolean {
    const h = ` ${normalise(heading)}`;
    return (this.#headingWords.get(kind) ?? []).some((w) => h.includes(` ${w}`));
  }

  #opensWith(text: string, kind: StatementCue): boolean {
    return this.#cues.findAll(tokenize(text)).some((m) => m.from === 0 && m.value === kind);
  }
}

let bundled: Outline | undefined;

/** The outline vocabulary of the bundled library, read once. */
export function outline(): Outline {
  if (!bundled) {
    const dir = join(libraryRoot(), 'lexicon');
    bundled = new Outline(
      readTable(join(dir, 'sections.tsv'), 'heading word\tkind'),
      readTable(join(dir, 'statement-cues.tsv'), 'cue\tkind'),
    );
  }
  return bundled;
}

export const isCautionHeading = (heading: string) => outline().isCautionHeading(heading);
export const isOverviewHeading = (heading: string) => outline().isOverviewHeading(heading);
export const isCautionary = (text: string) => outline().isCautionary(text);
