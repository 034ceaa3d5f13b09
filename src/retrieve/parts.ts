/*
 * Where a question asks, and the several things it asks: "Na 116, seizure – acute treatment and max
 * correction in 24h?" describes a patient, then asks two things, each answered by its own statement.
 */
import { tokenize } from './concepts/phrases.ts';
import type { LinkedDocument } from './concepts/types.ts';

/**
 * Where the ask begins: after a dash, or after a comma or full stop followed by a question word ("whats"
 * typed without its apostrophe only after a full stop: ", whats the harm?" asks about what came before;
 * ", can't lift her arms" says what she cannot do). A question with neither is all ask.
 */
const askClause =
  /\s[–—-]{1,2}\s|[,.;]\s+(?=(is|are|what|how|should|can|could|do|does|which|when|why|will)\b(?!['’]t))|\.\s+(?=(whats|hows)\b)/gi;

/** A clause that opens with a person says something of them ("– I have high BP, can I have it?"): a remark, no ask. */
const remarkWord = /^(i|i'm|i’m|i've|ive|my|he|she|we|they|his|her|their|it's|its)\b/i;

/** Where one asked thing ends and the next begins: a question mark, a comma or semicolon, "and", "or", "plus". */
const partBoundary = /[?;]|,\s|\s(?:and|or|plus|&|\+)\s/i;

export interface AskSpan {
  /** Character offset where the ask begins (0 when the whole question asks). */
  from: number;
  /** Character offset of the ask's question mark, or the question's end. */
  to: number;
}

/** The span of the question that asks, as opposed to the vignette before it. */
export function askSpan(question: string): AskSpan {
  const clauses = [...question.matchAll(askClause)];
  let last = clauses.length - 1;
  // One sentence asking two things in a row asks from the first: "can I buy Cialis online, what's the risk?",
  // and from a dash whose clause asks too: "C diff, WCC 12 – which abx, what dose?", "– IM adrenaline dose, when to
  // repeat?". (Not past a dash or the end of a sentence, nor to a dash before a remark: "GP mentioned Wegovy – I
  // have high BP, can I have it?")
  const asksAfter = (clause: RegExpMatchArray) => !remarkWord.test(question.slice(clause.index! + clause[0].length));
  while (
    last > 0 &&
    !/[–—-]/.test(clauses[last]![0]) &&
    (!/[–—-]/.test(clauses[last - 1]![0]) || asksAfter(clauses[last - 1]!)) &&
    !/[.?!]/.test(question.slice(clauses[last - 1]!.index + 1, clauses[last]!.index + 1))
  )
    last--;
  let from = Math.max(0, clauses[last]?.index ?? 0);
  // A dash whose clause ends in a full stop, a question following, opens an aside, not the ask: "ward pharmacist
  // here – K 2.6 on furosemide, team wants IV KCl. Max concentration and rate?" asks in its last sentence.
  // (An initial's full stop ends no sentence: "h. pylori", "C. diff".)
  const stop = /(?<!(?:^|\s)[A-Za-z])[.!]\s+(?=\S)/.exec(question.slice(from));
  if (/[–—-]/.test(clauses[last]?.[0] ?? '') && stop && !question.slice(from, from + stop.index).includes('?')) {
    const next = from + stop.index + stop[0].length;
    if (question.indexOf('?', next) >= 0) from = next;
  }
  const mark = question.indexOf('?', from);
  return { from, to: mark < 0 ? question.length : mark };
}

/**
 * Where the ask opened by a dash begins, when one does: "– should she take aspirin for pre-eclampsia
 * prevention, what dose?" asks about pre-eclampsia as well as the dose. Else where the ask begins.
 */
export function dashedAskFrom(question: string): number {
  const from = askSpan(question).from;
  // (A dash in a sentence ended before the ask opens an aside, not the ask: "ward nurse - T2DM lady on
  // gliclazide, BM 2.9. what do I give…?")
  const dashes = [...question.matchAll(askClause)].filter(
    (m) => /[–—-]/.test(m[0]) && !/(?<!(?:^|\s)[A-Za-z])[.!?](\s|$)/.test(question.slice(m.index, from + 1)),
  );
  return dashes.length > 0 ? Math.max(...dashes.map((m) => m.index)) : from;
}

/**
 * Where the ask begins: at the clause that asks, or else at a last sentence that is a question ("…GCS 14.
 * Empirical abx + steroids?", "…temp 38.2. Rx?"); 0 when the whole question asks.
 */
export function askStart(question: string): number {
  const lastSentence = Math.max(
    0,
    ...[...question.matchAll(/(?<!(?:^|\s)[A-Za-z])[.!]\s+(?=\S[^.!]*\?\s*$)/g)].map((m) => m.index + m[0].length),
  );
  return askSpan(question).from || lastSentence;
}

/**
 * The separate things the ask asks for, in order ("IV fluids", "when to feed", "timing of chole"); one
 * part when it asks one thing. Parts run to the question's end, since a second question may follow the
 * first question mark ("next step? topical NSAID?").
 */
export function askedParts(question: string): string[] {
  // Without a clause that asks, or a last sentence that is a question, commas and "and" join the story ("me
  // and my boyfriend both got a rash"): only a second question mark, or a comma and "and" together, separates
  // what is asked ("Classic symptom triad of severe AS, and once symptoms start why is surgery so urgent?").
  const start = withEarlierQuestions(question, askStart(question));
  return question
    .slice(start)
    .split(start > 0 ? partBoundary : /\?|,\s+and\s/i)
    .map((p) => p.replace(/^[\s–—-]+|[\s.!]+$/g, ''))
    .filter((p) => p.length > 0);
}

/**
 * Where the ask begins once the question sentences just before its own sentence are counted: "What's the
 * diagnosis and which antibiotic? And if we do a 6 L tap tomorrow, how much albumin?" asks three things.
 * (Only sentences that open with a question word and end in a question mark: a vignette sentence is no ask.)
 */
function withEarlierQuestions(question: string, start: number): number {
  let from = start;
  while (from > 0) {
    const ends = [...question.slice(0, from).matchAll(sentenceEnd)];
    const sentenceStart = ends.length > 0 ? ends[ends.length - 1]!.index + ends[ends.length - 1]![0].length : 0;
    const asked = earlierQuestion.exec(question.slice(0, sentenceStart));
    if (!asked || sentenceStart === 0) return from;
    from = asked.index + asked[1]!.length;
  }
  return from;
}
/** The end of a sentence, not an initial's full stop ("h. pylori"). */
const sentenceEnd = /(?<!(?:^|\s)[A-Za-z])[.!?]\s+/g;
/** A question sentence at the end of the text: a question word, no sentence end, a question mark. */
const earlierQuestion =
  /(^|[.!?]\s+)(?=(?:what|whats|what's|which|how|should|can|could|do|does|is|are|when|why|will|would)\b)[^.!?]*\?\s*$/i;

/** Does the character at `at` follow the last question mark, in a remark after the ask ("…can I take less? I also take omeprazole")? */
export function saidAfterAsk(question: string, at: number): boolean {
  const lastMark = question.lastIndexOf('?');
  return lastMark >= 0 && at > lastMark;
}

/** Every mention of the document follows the last question mark, in a remark: "…any tablet to stop them? im on the combined pill (rigevidon)". */
export function remarkAfterAsk(question: string, doc: LinkedDocument): boolean {
  const tokens = tokenize(question);
  return doc.mentions.length > 0 && doc.mentions.every((m) => saidAfterAsk(question, tokens[m.from]?.start ?? 0));
}
