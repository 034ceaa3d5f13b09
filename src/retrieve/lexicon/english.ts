/*
 * Everyday English spelling: whether a word is a correctly spelt English word (the `word-list` package,
 * 274,000 words). A near spelling of a drug brand that is itself an English word ("concert" for
 * Concerta, "lyric" for Lyrica) is that word, not a misspelt name. Read on first use only.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

/** Is the (lower-case) word in the English word list? */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}
