/*
 * Lexicon types: one entry per TSV line of library/lexicon, mapping a term (abbreviation, brand, lay
 * phrase, spelling) to its clinical expansions, with optional cue words that pick among senses.
 */

/** One validated lexicon line. */
export interface LexiconEntry {
  /** The term as written in the file. */
  term: string;
  /** Equivalent clinical terms, most preferred first. */
  expansions: string[];
  /** Lower-case cue words that select this sense when they occur in the question. */
  context: string[];
  /** Matches only as written (all-capital abbreviation of up to 5 letters), otherwise case-insensitive. */
  caseSensitive: boolean;
  file: string;
  line: number;
}

/** A term found in a question, with the expansions of the sense that fits the question. */
export interface LexiconMatch {
  /** The text as it occurs in the question. */
  text: string;
  entry: LexiconEntry;
}

export interface Lexicon {
  /** Number of entries (lines) loaded. */
  readonly size: number;
  /** Every sense of a term, in file order (first = default sense). */
  senses(term: string): readonly LexiconEntry[];
  /** The sense of a term that fits the question: most cue words present, else the first; undefined if unknown. */
  sense(term: string, question?: string): LexiconEntry | undefined;
  /** Expansions of the fitting sense, or [] for an unknown term. */
  expand(term: string, question?: string): string[];
  /** The classes drug-classes.tsv reads a medicine as ("ramipril" → ACE inhibitor); [] for none. */
  classesOf(drug: string): string[];
  /** Terms that list the given text as an expansion (e.g. "anemia" → "anaemia", "acetaminophen" → brands). */
  reverse(text: string): string[];
  /**
   * Lexicon terms occurring in the question, longest match first, left to right, without overlaps; with
   * `presentations` false, the lay words a presentation is made of are read instead of the presentation.
   * `implied` gives words the question says of its patient without typing them (an age, "3yo", says "child").
   */
  find(question: string, presentations?: boolean, implied?: readonly string[]): LexiconMatch[];
}
