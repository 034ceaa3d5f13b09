/*
 * Reads what a question says about the medicines a patient takes: the dose typed after a drug ("5 mg bd"),
 * lists of drugs ("ramipril 10, metformin 1g bd"), and the words that say a drug is taken, was given or is
 * being switched from or that works. The words themselves are the lexicon's context cues (taking, switch,
 * given, relief, frequency, unit roles).
 */
import { ageAndSex } from './phrases.ts';
import type { Token } from './phrases.ts';
import type { ContextRole } from '../lexicon/tables.ts';

type ContextWords = Readonly<Record<ContextRole, ReadonlySet<string>>>;

/** The regimen vocabulary of one lexicon, with the two patterns built from its dose words. */
export interface RegimenWords {
  context: ContextWords;
  /** One token of a dose and how often ("5", "20mg", "mg", "bd", "twice", "daily"). */
  doseToken: RegExp;
  /** A strength with its unit in one token ("20mg", "0.5mcg"). */
  strength: RegExp;
  /** What may stand between the drugs of one list, doses included ("sertraline or venlafaxine", "A 10, B 1g bd, C"). */
  listJoin: RegExp;
}

const built = new WeakMap<ContextWords, RegimenWords>();

export function regimenWords(context: ContextWords): RegimenWords {
  const cached = built.get(context);
  if (cached) return cached;
  const alternatives = (words: Iterable<string>) =>
    [...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
  const units = alternatives(context.unit) || '(?!)';
  const frequencies = alternatives(context.frequency) || '(?!)';
  // A number may carry its unit ("20mg"); "a" stands inside a frequency ("once a day").
  const doseToken = new RegExp(`^(?:\\d+(?:\\.\\d+)?(?:${units})?|${units}|${frequencies}|a)$`, 'iu');
  // (…past an article or possessive: "salbutamol and a Symbicort inhaler", "ramipril and his statin", or
  // where it was bought or how often it is taken: "ramipril, furosemide and OTC ibuprofen", "ISMN + PRN GTN"; or
  // past a bracketed aside after the dose: "ramipril 10 mg (max), metformin 500 bd"; or into a bracket that names
  // the product: "on PrEP (Descovy)".)
  const listJoin = new RegExp(
    `^(?:(?:\\s+(?:[\\d.]+\\s*(?:${units})?|${frequencies}))*(?:\\s*\\([^()]{1,20}\\))?[\\s,+/&]*(?:or|and|nor|then)?[\\s,+/&]*(?:(?:a|an|the|my|his|her|their)\\s+)?(?:(?:otc|${frequencies})\\s+)?|[-–—]|\\s*\\(\\s*)$`,
    'iu',
  );
  const strength = new RegExp(`^\\d+(?:\\.\\d+)?(?:${units})$`, 'iu');
  const words = { context, doseToken, strength, listJoin };
  built.set(context, words);
  return words;
}

/** "10 mg", "10mg", "0.5 mcg" right after the word at `i`. */
export function followedByStrength(words: RegimenWords, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.folded ?? '';
  const after = tokens[i + 2]?.folded ?? '';
  return words.strength.test(next) || (/^\d+(\.\d+)?$/.test(next) && words.context.unit.has(after));
}

/** Where the drug ending at `at` ends once the dose typed after it is passed ("apixaban 5 mg bd for AF"). */
export function pastDose(words: RegimenWords, tokens: Token[], at: number): number {
  let end = at;
  while (end > 0 && words.doseToken.test(tokens[end - 1]!.folded)) end--;
  return end;
}

/**
 * Is the drug at `from` one the patient is on: "on apixaban", "taking sertraline", "Meds: ramipril, …", what a
 * doctor gave, the drug switched from, or "take" said of what one does ("I have epilepsy and take
 * lamotrigine"), not asked ("can I take ibuprofen?").
 */
export function takesBefore(words: RegimenWords, tokens: Token[], from: number, given = true): boolean {
  const { taking } = words.context;
  const before = tokens[from - 1]?.folded;
  if (before === undefined) return false;
  if (taking.has(before)) return true;
  // (…and one begun a while ago, said with how long ago: "started sertraline 3/52 ago", not "just started".)
  if (words.context.begun.has(before) && sinceAgo(tokens, from)) return true;
  // The medicine switched from is the one taken; the one switched to is asked about ("switching ramipril to
  // Entresto", "changing from sertraline to fluoxetine").
  if (switchedBefore(words, tokens, from)) return true;
  // (Past an article or whose: "uses a GTN spray", "on an ACE inhibitor", "taking my metformin".)
  // (…or how often: "on PRN GTN", "takes regular salbutamol".)
  const determined = determiners.has(before);
  if ((determined || words.context.frequency.has(before)) && taking.has(tokens[from - 2]?.folded ?? '')) return true;
  // (A medicine said to be the patient's, by whoever looks after them, is one they are on: "should her omeprazole
  // be continued?". "Her" after a verb may be whom it was given: "family bought her Fybogel". The reader's own,
  // "can I use my Serevent on its own?", is what they ask about.)
  if (ownerWords.has(before)) return true;
  if (before === 'her' && (askingVerbs.has(tokens[from - 2]?.folded ?? '') || ownerJoins.has(tokens[from - 2]?.folded ?? ''))) return true;
  // (…and "use", said of a habit like "take": "I use the GTN spray", not "can I use ibuprofen gel?")
  const use = determined ? from - 2 : from - 1;
  if (tokens[use]?.folded === 'use' && takerWords.has(tokens[use - 1]?.folded ?? '') && !askingVerbs.has(tokens[use - 2]?.folded ?? ''))
    return true;
  // (…and said of the only thing used: "the only other thing I use is a Ventolin inhaler", "all I take is".)
  if (
    ['is', 'are'].includes(tokens[use]?.folded ?? '') &&
    usedOrTaken.has(tokens[use - 1]?.folded ?? '') &&
    takerWords.has(tokens[use - 2]?.folded ?? '')
  )
    return true;
  // What a doctor gave ("GP gave her trimethoprim", "was prescribed sertraline") is taken too, unless asked
  // ("can he be given adrenaline?").
  const by = recipientWords.has(before) ? from - 2 : from - 1;
  if (
    given &&
    words.context.given.has(tokens[by]?.folded ?? '') &&
    !tokens.slice(Math.max(0, by - 3), by).some((t) => askingVerbs.has(t.folded) || t.folded === 'be')
  )
    return true;
  if (before !== 'take') return false;
  const subject = tokens[from - 2]?.folded ?? '';
  const asking = tokens[from - 3]?.folded ?? '';
  // (The vignette's patient is a subject too: "34F take metformin for my diabetes".)
  const patient = ageAndSex.test(subject);
  return (subject === 'and' || patient || (takerWords.has(subject) && !askingVerbs.has(asking))) && !askingVerbs.has(subject);
}

/** Is a span said "ago" a few words after the drug at `from`, past its dose ("sertraline 50 mg 3/52 ago")? */
function sinceAgo(tokens: Token[], from: number): boolean {
  for (let i = from + 1; i < Math.min(tokens.length, from + agoReach); i++) {
    if (tokens[i]!.folded === 'ago') return true;
    // (…or "last month": "started donepezil 5mg last month, since then vivid dreams".)
    if (tokens[i]!.folded === 'last' && pastSpans.test(tokens[i + 1]?.folded ?? '')) return true;
  }
  return false;
}
/** What "last" names when it dates a start: "last week", "last month", "last year". */
const pastSpans = /^(week|month|year)$/;
/** How far after a medicine begun its "ago" may stand: the drug's words, its dose and a span ("3 weeks ago"). */
const agoReach = 7;

/**
 * Does a word at once after the drug ending at `to` say it works ("Imigran stops them", "naproxen helps") or,
 * with `given`, that it was given ("pip-taz given")? Then it is taken.
 */
export function worksAfter(words: RegimenWords, tokens: Token[], to: number, given = true): boolean {
  const next = tokens[to]?.folded ?? '';
  // (…or was given already: "pip-taz given within the hour", "amoxicillin was prescribed".)
  const verb = passiveAuxiliaries.has(next) || presentAuxiliaries.has(next) ? (tokens[to + 1]?.folded ?? '') : next;
  // (…or helps as it is taken now: "calpol and nurofen are helping".)
  const relieves = words.context.relief.has(next) || (presentAuxiliaries.has(next) && words.context.relief.has(verb));
  return relieves || (given && words.context.given.has(verb));
}

/** Is the drug at `from` one being switched from ("switching ramipril to…", "moving him from ramipril")? */
export function switchedBefore(words: RegimenWords, tokens: Token[], from: number): boolean {
  const { switch: switchWords } = words.context;
  const before = tokens[from - 1]?.folded;
  // ("moving him from ramipril": past whom.)
  const switchedAt = recipientWords.has(tokens[from - 2]?.folded ?? '') ? from - 3 : from - 2;
  return switchWords.has(before ?? '') || (before === 'from' && switchWords.has(tokens[switchedAt]?.folded ?? ''));
}

// Grammar, not clinical vocabulary: articles, pronouns and the verbs that make "take" a question.
/** Words between a medicine and the verb that says it was given ("was given", "already prescribed"). */
const passiveAuxiliaries = new Set(['was', 'were', 'been', 'already']);
/** Words between a medicine and the verb that says it works now ("is helping", "are working"). */
const presentAuxiliaries = new Set(['is', 'are']);
const determiners = new Set(['a', 'an', 'the', 'my', 'his', 'her', 'their', 'our']);
/** Whose a medicine is: the patient's own. */
const ownerWords = new Set(['his', 'their']);
/** Words before "her" that make it whose, not to whom: "with her warfarin", "and her omeprazole". */
const ownerJoins = new Set(['with', 'and', 'of', 'on', 'about', 'is', 'are', 'was', 'stop', 'continue', 'restart', 'omit', 'hold']);
/** Those a medicine was given to ("gave her", "prescribed him"). */
const recipientWords = new Set(['her', 'him', 'me', 'them', 'us']);
/** "use" or "take" said of a habit, before "is": "the only thing I use is …". */
const usedOrTaken = new Set(['use', 'take']);
/** Who may "take" a medicine as a habit ("I take", "she and … take"). */
const takerWords = new Set(['i', 'we', 'they', 'and', 'also', 'still', 'usually', 'normally', 'already']);
/** Words that make "take" an ask ("can I take", "should she take", "to take"). */
const askingVerbs = new Set([
  'can',
  'could',
  'should',
  'may',
  'might',
  'shall',
  'will',
  'would',
  'do',
  'does',
  'to',
  'if',
  'safe',
  'ok',
  'okay',
]);
