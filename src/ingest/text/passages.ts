/*
 * Cuts prose blocks into passages of whole sentences: small enough to rank precisely and to quote as a
 * statement, large enough to keep a sentence's context.
 */
import { splitSentences } from './sentences.ts';

/** Upper bound on words in one passage of imported prose. */
export const passageWordBudget = 90;

export function blocksToPassages(blocks: string[], budget = passageWordBudget): string[] {
  const passages: string[] = [];
  let current: string[] = [];
  let words = 0;
  const flush = () => {
    if (current.length > 0) passages.push(current.join(' '));
    current = [];
    words = 0;
  };
  for (const block of blocks) {
    const clean = block.replace(/\s+/g, ' ').trim();
    const size = clean === '' ? 0 : clean.split(' ').length;
    // A block that fits the budget needs no sentence splitting: it is kept whole, or starts a new passage.
    if (size > 0 && size <= budget) {
      if (words > 0 && words + size > budget) flush();
      current.push(clean);
      words += size;
      continue;
    }
    for (const sentence of splitSentences(clean)) {
      const n = sentence.split(' ').length;
      if (words > 0 && words + n > budget) flush();
      current.push(sentence);
      words += n;
    }
  }
  flush();
  return passages;
}
