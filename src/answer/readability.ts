/*
 * Reading level of the words a reader is shown: Flesch–Kincaid grade, SMOG grade and Flesch reading
 * ease, the three measures health-literacy guidance quotes (patient material aims at grade 6–8). The
 * syllable count is the usual vowel-group heuristic; it errs by about one syllable in ten words, which
 * moves a grade by a few tenths — enough to compare views, not to certify a leaflet.
 */
import type { Answer, AnswerStatement } from './types.ts';

export interface Readability {
  fleschKincaidGrade: number;
  smogGrade: number;
  readingEase: number;
  words: number;
  sentences: number;
}

/** Syllables in one word: vowel groups, less a silent final e, at least one. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Measures over a list of passages, each ending a sentence even without a full stop (list items). */
export function readabilityOf(passages: string[]): Readability {
  let sentences = 0;
  let words = 0;
  let syllableCount = 0;
  let polysyllables = 0;
  for (const passage of passages) {
    // Decimal points and abbreviations' dots do not end a sentence; ".", "!", "?" and ";" followed by a space do.
    const parts = passage.split(/(?<=[.!?;])\s+(?=[A-Z0-9(])/).filter((p) => /[A-Za-z]/.test(p));
    for (const part of parts) {
      const tokens = part.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
      if (tokens.length === 0) continue;
      sentences++;
      for (const t of tokens) {
        const n = t.split('-').reduce((sum, piece) => sum + syllables(piece), 0);
        words++;
        syllableCount += n;
        if (n >= 3) polysyllables++;
      }
    }
  }
  if (words === 0 || sentences === 0) return { fleschKincaidGrade: 0, smogGrade: 0, readingEase: 100, words, sentences };
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllableCount / words;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    fleschKincaidGrade: round(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
    smogGrade: round(1.043 * Math.sqrt(polysyllables * (30 / sentences)) + 3.1291),
    readingEase: round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
    words,
    sentences,
  };
}

/** The reading level of everything an answer shows its reader: headings, summary and statements. */
export function answerReadability(answer: Answer): Readability {
  const texts: string[] = [answer.summary];
  const walk = (s: AnswerStatement) => {
    texts.push(s.text);
    s.children?.forEach(walk);
  };
  for (const section of answer.sections) {
    texts.push(section.heading);
    section.statements.forEach(walk);
  }
  return readabilityOf(texts.filter(Boolean));
}
