/*
 * Quotes imported prose faithfully: the passage's own whole sentences that carry the question's terms,
 * in their original order, so a statement is verbatim source text, only shorter.
 */
import { splitSentences } from '../ingest/text/sentences.ts';
import { normalise, stemOf } from '../retrieve/index.ts';

/** At most this many sentences of one passage become one statement. */
export const maxQuotedSentences = 2;

export function quoteSentences(text: string, terms: string[], max = maxQuotedSentences): string {
  const sentences = splitSentences(text);
  if (sentences.length <= max) return text;
  const stems = terms.filter((t) => t.length > 2).map(stemOf);
  const scored = sentences.map((s, i) => {
    const words = ` ${normalise(s)}`;
    return { i, s, hits: stems.filter((stem) => words.includes(` ${stem}`)).length };
  });
  const chosen = [...scored]
    .sort((a, b) => b.hits - a.hits || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i);
  return chosen.map((c) => c.s).join(' ');
}
