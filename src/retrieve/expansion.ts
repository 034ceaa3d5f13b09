/*
 * Query expansion from the medical lexicon (library/lexicon): abbreviations in the sense the question's
 * context picks, brand ↔ generic, lay ↔ clinical and British ↔ American names, in both directions.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config.ts';
import { loadLexicon, presentationsFile } from './lexicon/load.ts';
import { normalise } from './analyse.ts';
import { editDistance } from './spelling.ts';
import type { Lexicon } from './lexicon/types.ts';
import type { Expansion, QueryExpander } from './query-plan.ts';

/** Longest run of question words looked up as a clinical name for the reverse direction. */
const longestReverseName = 4;

/** Reverse names that are abbreviations ("MI", "Rx", "OD") would match unrelated words once lower-cased. */
const isShortAbbreviation = (term: string) => term.length < 4 || (term.length <= 5 && term === term.toUpperCase());

/**
 * Expansions for a question: the lexicon's expansions of every term it names, and the lexicon terms
 * (brand, lay, other spelling) of every clinical name it uses.
 * @example expander.expand('water pill for high blood pressure') // ['diuretic', 'hypertension', ...]
 */
export function expanderFor(lexicon: Lexicon): QueryExpander {
  return {
    expand(question) {
      const found = new Map<string, Expansion>();
      for (const match of lexicon.find(question)) {
        // A presentation names its condition; the lay words inside it still say what is asked about ("only
        // taking half his bottles" is the feeds, "like passing glass when I poo" the stools).
        if (match.entry.file.endsWith(presentationsFile))
          for (const inner of lexicon.find(match.text, false))
            for (const e of inner.entry.expansions)
              if (!found.has(e))
                found.set(e, { phrase: e, reverse: false, from: inner.text, always: inner.entry.file.endsWith('lay-words.tsv') });
        for (const e of match.entry.expansions) {
          found.set(e, { phrase: e, reverse: false, from: match.text, always: match.entry.file.endsWith('lay-words.tsv') });
          // A brand read as its medicine reads as that medicine's class too ("MST" → morphine → opioid), as
          // the medicine's own name would.
          if (match.entry.file.endsWith('drug-names.tsv'))
            for (const c of lexicon.classesOf(e)) if (!found.has(c)) found.set(c, { phrase: c, reverse: false });
        }
      }
      const words = normalise(question)
        .split(' ')
        .filter((w) => w !== '');
      for (let i = 0; i < words.length; i++) {
        for (let n = 1; n <= longestReverseName && i + n <= words.length; n++) {
          const name = words.slice(i, i + n).join(' ');
          for (const term of lexicon.reverse(name)) {
            // Read backwards, spelling variants (misspellings such as "diabetis", and British spellings of an
            // American word) are dropped: they add noise, and forward reading already maps them.
            if (isShortAbbreviation(term) || found.has(term) || isVariantOf(term, [name, ...found.keys()])) continue;
            found.set(term, { phrase: term, reverse: true });
          }
        }
      }
      return [...found.values()];
    },
  };
}

/** Is `term` a spelling variant (two edits or fewer) of one of `names`? */
function isVariantOf(term: string, names: string[]): boolean {
  const key = normalise(term);
  return names.some((n) => editDistance(key, normalise(n), 2) <= 2);
}

const cache = new Map<string, QueryExpander | undefined>();

/** The expander of the bundled lexicon (or `dir`), loaded once; undefined when there is no lexicon. */
export function lexiconExpander(dir = join(projectRoot, 'library', 'lexicon')): QueryExpander | undefined {
  if (!cache.has(dir)) cache.set(dir, existsSync(dir) ? expanderFor(loadLexicon(dir)) : undefined);
  return cache.get(dir);
}
