/*
 * Everyday English spelling: whether a word is a correctly spelt English word (the `word-list` package,
 * 274,000 words), and whether an unknown word is one typed a letter wrong. A near spelling of a drug brand that is itself an English word ("concert" for
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

const letters = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The English words one letter away from an unknown word ("actualy" → actually, "antibiotcs" →
 * antibiotics): what it was probably typed for. Only words of five letters or more: shorter ones are a
 * letter from too many words.
 */
export function englishNeighbours(word: string): string[] {
  if (word.length < 5 || !/^[a-z]+$/.test(word) || isEnglishWord(word)) return [];
  const found = new Set<string>();
  const check = (w: string) => {
    if (isEnglishWord(w)) found.add(w);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) check(head + tail.slice(1));
    if (tail.length > 1) check(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of letters) {
      check(head + c + tail);
      if (tail && c !== tail[0]) check(head + c + tail.slice(1));
    }
  }
  return [...found];
}
