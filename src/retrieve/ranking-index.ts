/*
 * An in-memory positional index of the store's passages, read from the full-text index itself (same
 * tokens, same stems), so that field-weighted BM25, proximity and feedback run in a few milliseconds.
 */
import type { PassageFacts, Store } from '../store/index.ts';

/** Where one term occurs: passages (by index position), per-field counts and sorted positions. */
export interface TermPostings {
  passages: number[];
  /** Three counts a passage: title, section, body. */
  counts: number[];
  /** Positions a passage: field × fieldStride + offset, ascending. */
  positions: number[][];
}

/** Positions of different fields are this far apart, so no window ever spans two fields. */
export const fieldStride = 1_000_000;

export class RankingIndex {
  /** Store passage id of each indexed passage. */
  readonly passageIds: number[];
  readonly facts: PassageFacts[];
  /** Three lengths a passage: title, section, body (in tokens). */
  readonly lengths: Float64Array;
  readonly averageLengths: [number, number, number];
  readonly postings = new Map<string, TermPostings>();
  /** Terms of each passage with their total counts, for pseudo-relevance feedback. */
  readonly passageTerms: { term: string; count: number }[][];
  /** Index of each passage's publication (PMID or document), to find sibling passages. */
  readonly publicationOf: Int32Array;

  /** Index the whole store, or only the passages of `documents` (the bundled library, for answers). */
  constructor(store: Store, options: { documents?: ReadonlySet<string> } = {}) {
    const facts = store.passageFacts();
    this.facts = options.documents ? facts.filter((f) => options.documents!.has(f.documentId)) : facts;
    this.passageIds = this.facts.map((f) => f.id);
    const position = new Map(this.passageIds.map((id, i) => [id, i]));
    const n = this.facts.length;
    this.lengths = new Float64Array(n * 3);
    const entries = new Map<string, Map<number, { counts: [number, number, number]; positions: number[] }>>();
    for (const [passageId, field, offset, term] of store.indexTokens()) {
      const p = position.get(passageId);
      if (p === undefined) continue;
      this.lengths[p * 3 + field]! += 1;
      let byPassage = entries.get(term);
      if (!byPassage) entries.set(term, (byPassage = new Map()));
      let entry = byPassage.get(p);
      if (!entry) byPassage.set(p, (entry = { counts: [0, 0, 0], positions: [] }));
      entry.counts[field] += 1;
      entry.positions.push(field * fieldStride + offset);
    }
    this.passageTerms = Array.from({ length: n }, () => []);
    for (const [term, byPassage] of entries) {
      const sorted = [...byPassage].sort((a, b) => a[0] - b[0]);
      const postings: TermPostings = { passages: [], counts: [], positions: [] };
      for (const [p, entry] of sorted) {
        postings.passages.push(p);
        postings.counts.push(...entry.counts);
        postings.positions.push(entry.positions.sort((a, b) => a - b));
        this.passageTerms[p]!.push({ term, count: entry.counts[0] + entry.counts[1] + entry.counts[2] });
      }
      this.postings.set(term, postings);
    }
    const average = (field: number) => {
      let total = 0;
      for (let i = 0; i < n; i++) total += this.lengths[i * 3 + field]!;
      return n === 0 ? 0 : total / n;
    };
    this.averageLengths = [average(0), average(1), average(2)];
    const publications = new Map<string, number>();
    this.publicationOf = new Int32Array(n);
    this.facts.forEach((f, i) => {
      if (!publications.has(f.publication)) publications.set(f.publication, publications.size);
      this.publicationOf[i] = publications.get(f.publication)!;
    });
  }

  get size(): number {
    return this.passageIds.length;
  }

  /** How many passages contain the term. */
  frequency(term: string): number {
    return this.postings.get(term)?.passages.length ?? 0;
  }

  /** BM25 inverse document frequency (never negative). */
  idf(term: string): number {
    const df = this.frequency(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Total length of a passage over all fields. */
  length(p: number): number {
    return this.lengths[p * 3]! + this.lengths[p * 3 + 1]! + this.lengths[p * 3 + 2]!;
  }
}
