/*
 * Finds the passages for an analysed question: every passage of the topics and drugs it names (scored
 * by BM25 against the question), or, when it names none, the best BM25 matches across the store.
 */
import { analyseQuestion, NameMatcher, normalise } from './query.ts';
import { editDistance } from './spelling.ts';
import type { LibraryName, PassageHit, Store } from '../store/index.ts';
import type { Lexicon } from './lexicon/types.ts';
import type { QueryAnalysis, Retrieval } from './types.ts';

/** How many passages an open (no named focus) search keeps. */
export const openSearchLimit = 60;
/** How many imported-literature passages are considered beside a named library topic. */
export const supportingSearchLimit = 200;

/** Retrieval bound to one store; rebuild it after ingesting so new names are known. */
export class Retriever {
  readonly #store: Store;
  readonly #matcher: NameMatcher;
  /** Passages containing each index term, loaded on the first open search. */
  #documentFrequency: Map<string, number> | undefined;
  #passageCount = 0;

  readonly #lexicon: Lexicon | undefined;
  /** Single-word library names, for tolerating a misspelt condition or drug. */
  readonly #singleWordNames: LibraryName[];
  /** Whether there is imported literature to quote beside a library topic at all. */
  readonly #hasLiterature: boolean;

  constructor(store: Store, options: { lexicon?: Lexicon } = {}) {
    this.#store = store;
    const names = store.libraryNames();
    this.#matcher = new NameMatcher(names);
    this.#lexicon = options.lexicon;
    this.#singleWordNames = names.filter((n) => /^[a-z]{6,}$/i.test(n.name));
    // Imported literature exists when the store holds more documents than the library names.
    this.#hasLiterature = store.counts().documents > new Set(names.map((n) => n.documentId)).size;
  }

  analyse(question: string): QueryAnalysis {
    const analysis = analyseQuestion(question, this.#matcher);
    if (analysis.focus.length > 0 || analysis.injection) return analysis;
    // No library name as written: try the names the lexicon reads the question's words as (brand,
    // lay term, misspelling), then a misspelt name one or two letters off.
    const rescued = this.#focusFromLexicon(question) ?? this.#focusFromSpelling(analysis.focusTerms);
    if (!rescued) return analysis;
    const used = new Set(normalise(rescued.words).split(' '));
    return { ...analysis, healthRelated: true, focus: rescued.focus, focusTerms: analysis.focusTerms.filter((t) => !used.has(t)) };
  }

  #focusFromLexicon(question: string): { focus: LibraryName[]; words: string } | undefined {
    const focus: LibraryName[] = [];
    const words: string[] = [];
    for (const match of this.#lexicon?.find(question) ?? []) {
      for (const expansion of match.entry.expansions) {
        const named = this.#matcher.match(expansion).map((m) => m.name).filter((n) => !focus.some((f) => f.documentId === n.documentId));
        if (named.length === 0) continue;
        focus.push(...named);
        words.push(match.text);
        break;
      }
    }
    return focus.length > 0 ? { focus, words: words.join(' ') } : undefined;
  }

  #focusFromSpelling(terms: string[]): { focus: LibraryName[]; words: string } | undefined {
    for (const term of terms.filter((t) => t.length >= 6)) {
      const limit = term.length >= 9 ? 2 : 1;
      const near = this.#singleWordNames.filter((n) => editDistance(term, n.name.toLowerCase(), limit) <= limit);
      const documents = new Set(near.map((n) => n.documentId));
      // Only an unambiguous correction: a word near two different documents' names is left alone.
      if (documents.size === 1) return { focus: [near[0]!], words: term };
    }
    return undefined;
  }

  retrieve(question: string): Retrieval {
    const analysis = this.analyse(question);
    if (!analysis.healthRelated || analysis.injection) return { analysis, passages: [], supporting: [], missingTerms: [], termWeights: {} };
    const query = ftsQuery(analysis.terms);
    let passages: PassageHit[];
    let supporting: PassageHit[] = [];
    if (analysis.focus.length > 0) {
      const ids = [...new Set(analysis.focus.map((f) => f.documentId))];
      const scores = new Map<number, number>();
      if (query) for (const hit of this.#store.search(query, { limit: 1000, documentIds: ids })) scores.set(hit.id, hit.score);
      passages = this.#store.passagesOf(ids).map((p) => ({ ...p, score: scores.get(p.id) ?? 0 }));
      // Imported guidelines and papers about the same focus stand beside the library's statements.
      if (query && this.#hasLiterature) {
        const focusNames = analysis.focus.map((f) => normalise(f.name));
        supporting = this.#store
          .search(query, { limit: supportingSearchLimit })
          .filter((p) => p.documentKind === 'literature')
          // The passage itself must name the focus and every specific term, not only its document's title.
          .filter((p) => focusNames.some((name) => ` ${normalise(p.text)} `.includes(` ${name} `)))
          .filter((p) => analysis.focusTerms.every((t) => mentions({ ...p, documentTitle: '', section: '' }, t)));
      }
    } else {
      passages = query ? this.#store.search(query, { limit: openSearchLimit }) : [];
    }
    const missingTerms = analysis.focusTerms.filter((term) => !passages.some((p) => mentions(p, term)));
    return { analysis, passages, supporting, missingTerms, termWeights: analysis.focus.length > 0 ? {} : this.#termWeights(analysis.focusTerms) };
  }

  /** BM25-style inverse document frequency of each term in this store; 0 for a term no passage has. */
  #termWeights(terms: string[]): Record<string, number> {
    if (!this.#documentFrequency) {
      this.#documentFrequency = new Map(this.#store.vocabulary().map((v) => [v.term, v.passages]));
      this.#passageCount = this.#store.counts().passages;
    }
    const weights: Record<string, number> = {};
    for (const term of terms) {
      const stem = this.#store.indexTerms(term)[0] ?? term;
      const df = this.#documentFrequency.get(stem) ?? 0;
      weights[term] = df === 0 ? 0 : Math.log(1 + (this.#passageCount - df + 0.5) / (df + 0.5));
    }
    return weights;
  }
}

/** An FTS5 query that ORs the terms, each quoted so that no word is read as an operator. */
export function ftsQuery(terms: string[]): string {
  return [...new Set(terms)].map((t) => `"${t.replace(/"/g, '')}"`).join(' OR ');
}

/** Does the passage contain the term, allowing for simple inflections (infant/infants, treated/treat)? */
export function mentions(p: { text: string; section: string; documentTitle: string; children?: { text: string }[] }, term: string): boolean {
  const stem = term.length > 5 ? term.slice(0, term.length - 2) : term;
  const children = (p.children ?? []).map((c) => c.text).join(' ');
  const haystack = ` ${normalise(`${p.documentTitle} ${p.section} ${p.text} ${children}`)}`;
  return haystack.includes(` ${stem}`);
}
