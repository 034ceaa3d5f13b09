/*
 * Words a ranking query drops: question words and function words (the answer path's stop list) plus
 * the courtesies and chatter of messages people send ("hi", "thanks in advance", "I was wondering").
 */
import { stopWords } from './vocabulary.ts';

/** Chatter of consumer messages, beyond the stop list. None of these names a condition or a drug. */
const messageFillers = `hi hello hey dear sir madam mam mr mrs ms dr thanks thank thankyou regards sincerely kindly pls plz
  advance appreciate appreciated grateful question questions query wondering wonder wondered wanted looking look
  im ive id dont doesnt didnt cant couldnt wont isnt arent wasnt hasnt havent shouldnt wouldnt
  really much many lot lots also even still just maybe perhaps anything everything nothing somebody anybody everybody
  said told say says think thought find found got getting go going went come came able would could might must shall
  may well yes ok okay etc ie eg via per info information details detail answer answers reply email send sent subject
  re fw fwd list describe named known regarding general seems couple little enough recently
  son sons daughter daughters husband wife mother father mom mum dad sister brother friend boyfriend girlfriend`.split(/\s+/);

/**
 * Words that frame a question ("which drug is used for", "what is the role of"), describe the person
 * ("65 year old male") or name a drug's salt ("hydrochloride") rather than its subject: kept, but
 * weighed like generic clinical words.
 */
export const frameWords: ReadonlySet<string> = new Set(
  `used associated effective function functions role roles mechanism mechanisms action actions cause caused causes
  developed approved included involved related available tested implicated common commonly main first known best
  effect effects purpose mode modes target targeted targets work works working found involve involves
  year years old month months week weeks day days ago male female man woman men women age aged
  hydrochloride hcl sulfate sulphate sodium potassium acetate maleate tartrate citrate phosphate mesylate besylate
  succinate fumarate hydrobromide hyclate monohydrate`.split(/\s+/),
);

/** Question words, function words and message chatter: dropped before ranking. */
export const fillerWords: ReadonlySet<string> = new Set([...stopWords, ...messageFillers]);

/** Is this (lower-case) word a filler? One-letter words other than digits always are. */
export function isFiller(word: string): boolean {
  return fillerWords.has(word) || (word.length < 2 && !/\d/.test(word));
}
