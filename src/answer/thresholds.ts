/*
 * Reads the thresholds statements give for a measured value ("if potassium is below 3.5 mmol/L", "eGFR
 * 15-29") and says whether the value of the vignette ("K+ 3.0") falls within them: the statement that
 * speaks to the patient's own value answers first.
 */
import type { Finding } from '../retrieve/index.ts';

/** What a statement says of a value: within its range, outside it, or nothing this reader understands. */
export type ValueFit = 'within' | 'outside' | undefined;

type Bound = { below?: number; above?: number };

const belowWords = ['below', 'under', 'less than', 'lower than', 'fewer than', 'up to', 'at most', 'no more than', '<', '≤', '<='];
const aboveWords = ['above', 'over', 'more than', 'greater than', 'higher than', 'exceeding', 'at least', '>', '≥', '>='];
/** Said after the number: "3.0 mmol/L or above", "30 or less". */
const aboveAfter = ['or above', 'or more', 'or over', 'or higher', 'or greater', 'and above', 'and over', 'or older', 'and older', '+'];
const belowAfter = ['or below', 'or less', 'or under', 'or lower', 'and below', 'and under', 'or younger', 'and younger'];

const ageWords = ['aged', 'age', 'ages'];
/** Words for people that an age in years may follow: "children under 2 years", "adults over 65 years". */
const peopleWords = ['children', 'child', 'infants', 'babies', 'adults', 'people', 'patients', 'women', 'men'];

/** Words of the statement between the analyte and its threshold ("serum potassium is still below"). */
const reach = 40;
/** How far before the analyte a verb may say its threshold is a target ("keep the serum blood pressure below"). */
const targetReach = 25;
const targetBefore = /\b(keep|kept|maintain|lower|lowered|reduce|reduced|bring|brought|aim|target)\b[^.;,:]*$/;
/** A threshold this many times the value, or a value this many times the threshold, is in other units. */
const unitRatio = 4;

const number = String.raw`(\d+(?:\.\d+)?)`;
const either = (words: string[]) => words.map((w) => w.replace(/[<>≤≥=+]/g, (c) => `\\${c}`)).join('|');
const comparator = `${either(belowWords)}|${either(aboveWords)}`;
/** "above 3.5 mmol/L, or above 3.0 mmol/L with symptoms": an alternative threshold of the same value. */
const alternative = new RegExp(String.raw`^[^.;]{0,12}?\bor\s+(${comparator})\s*${number}`, 'i');
/** The threshold pattern of each analyte, built once: statements are read for every question. */
const patterns = new Map<string, RegExp>();

function patternFor(analyte: string): RegExp {
  let pattern = patterns.get(analyte);
  if (pattern === undefined) {
    pattern = new RegExp(
      String.raw`(?:^|[^a-z0-9])${analyte}(?![a-z])(.{0,${reach}}?)(?:(${comparator})\s*${number}|${number}\s*(?:-|–|to)\s*${number}|${number}\s*(?:[a-z/%.0-9]+\s*){0,2}(${either(aboveAfter)}|${either(belowAfter)}))`,
      'gi',
    );
    patterns.set(analyte, pattern);
  }
  return pattern;
}

/** A one-sided threshold from its comparator word ("below", "at least") and value. */
function oneSided(word: string, value: number): Bound {
  return belowWords.includes(word.toLowerCase()) ? { below: value } : { above: value };
}

/** Bounds the text gives right after a mention of the analyte, one per mention. */
function boundsAfter(text: string, analyte: string): Bound[] {
  const bounds: Bound[] = [];
  for (const m of text.matchAll(patternFor(analyte))) {
    // (The span between must not hold another number: "potassium 4-5, and glucose below 14" is not about potassium below 14.)
    if (/\d/.test(m[1] ?? '')) continue;
    // A target is where treatment aims, not when it applies: a value already below "a target below 130/80" is no reason to read it first.
    // (So is a requirement: "blood pressure must be below 185/110 before thrombolysis".)
    if (/\b(target|aim|goal|keep|maintain|titrat|must be|should be|needs? to be)/.test(m[1] ?? '')) continue;
    // (…and so is one whose verb comes before the analyte: "Keep blood pressure below 180/105", "Lower blood
    // pressure below 185/110 before thrombolysis" are where to bring a pressure of 195/105, not whom they fit.)
    if (targetBefore.test(text.slice(Math.max(0, (m.index ?? 0) - targetReach), (m.index ?? 0) + 1))) continue;
    const more = alternative.exec(text.slice((m.index ?? 0) + m[0].length));
    if (more) bounds.push(oneSided(more[1]!, Number(more[2])));
    if (m[2] && m[3]) bounds.push(oneSided(m[2], Number(m[3])));
    else if (m[4] && m[5]) bounds.push({ above: Number(m[4]), below: Number(m[5]) });
    else if (m[6] && m[7]) {
      const value = Number(m[6]);
      bounds.push(aboveAfter.includes(m[7].toLowerCase()) ? { above: value } : { below: value });
    }
  }
  return bounds;
}

/** (Ages are compared in years whatever the statement wrote, so they need no units check.) */
function fits(value: number, bound: Bound, sameUnits = false): ValueFit {
  const limits = [bound.below, bound.above].filter((b): b is number => b !== undefined && b > 0);
  if (value <= 0 || limits.length === 0) return undefined;
  if (!sameUnits && (value > Math.max(...limits) * unitRatio || value < Math.min(...limits) / unitRatio)) return undefined;
  // Ranges are inclusive: "eGFR 15-29" holds 29, "3.0 or above" holds 3.0.
  if (bound.below !== undefined && value > bound.below) return 'outside';
  if (bound.above !== undefined && value < bound.above) return 'outside';
  return 'within';
}

const perYear: Record<string, number> = { month: 12, week: 52, day: 365 };

/** Numbers that are not a number of years, or a range of them, hidden: "2-5 years" stays, "30 mL/min" goes. */
function yearsOnly(text: string): string {
  return text.replace(/\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?(\s*(?:years?|yrs?)\b)?/g, (all: string, unit?: string) =>
    unit ? all : '#',
  );
}

/** Ages in months, weeks or days written as years ("aged 6 months and over" → "aged 0.5 years and over"). */
function inYears(text: string): string {
  return text.replace(/(\d+(?:\.\d+)?)\s*(month|week|day)s?\b/g, (_, n: string, unit: string) => `${Number(n) / perYear[unit]!} years`);
}

/** "2.0-2.9 times baseline", "≥3.0 times", "3 or more times": a rise staged by its multiple. */
const timesRange = new RegExp(String.raw`${number}\s*(?:-|–|to)\s*${number}\s*times\b`, 'gi');
const timesAbove = new RegExp(String.raw`(?:${either(aboveWords)})\s*${number}\s*times\b|${number}\s*(?:or more|or above) times\b`, 'gi');

function riseBounds(text: string): Bound[] {
  return [
    ...[...text.matchAll(timesRange)].map((m) => ({ above: Number(m[1]), below: Number(m[2]) })),
    ...[...text.matchAll(timesAbove)].map((m) => ({ above: Number(m[1] ?? m[2]) })),
  ];
}

/**
 * Does the statement put the vignette's values within its thresholds? Within when some value it gives a
 * threshold for falls inside it; outside when every such value falls outside.
 */
export function valueFit(statement: string, findings: readonly Finding[]): ValueFit {
  const text = statement.toLowerCase();
  const fitsSeen: ValueFit[] = [];
  for (const f of findings) {
    if (f.value === undefined) continue;
    // (A value risen from its baseline is staged by the multiple: "Cr 90 → 210" is "2.0-2.9 times baseline".)
    if (f.rise !== undefined) for (const bound of riseBounds(text)) fitsSeen.push(fits(f.rise, bound, true));
    // An age is read where statements give one ("aged 1-9 years", "age 75 or over"), in years; after a word
    // for people, only a number of years is an age ("children under 2 years", not "people with eGFR under 30").
    const years = f.group ? inYears(text) : text;
    const readings: [string[], string][] = f.group
      ? [
          [ageWords, years],
          [peopleWords, yearsOnly(years)],
        ]
      : [[f.terms, text]];
    for (const [terms, read] of readings)
      for (const term of terms) {
        const analyte = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        for (const bound of boundsAfter(read, analyte)) fitsSeen.push(fits(f.value, bound, f.group === true));
      }
  }
  const read = fitsSeen.filter((f) => f !== undefined);
  if (read.length === 0) return undefined;
  return read.includes('within') ? 'within' : 'outside';
}
