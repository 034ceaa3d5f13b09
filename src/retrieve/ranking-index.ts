/*
 * An in-memory positional index of the store's passages, read from the full-text index itself (same
 * tokens, same stems), so that field-weighted BM25, proximity and feedback run in a few milliseconds.
 *
 * Reading every token back from FTS5 takes most of a second for the library alone, so the library's index
 * is also kept in the store as a snapshot, saved when the library is synced (`snapshot()`,
 * `Store.saveRankingSnapshot`). Read back, it holds the same passages, facts, lengths and postings in the
 * same order; each term's postings and each passage's terms are decoded the first time a query asks for
 * them. A snapshot the store no longer vouches for (the library changed since), of another format or of
 * other documents is ignored, and the index is built from the tokens as before.
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

export interface RankingIndexOptions {
  /** Index only the passages of these documents (the bundled library, for answers). */
  documents?: ReadonlySet<string>;
  /** Read the store's saved snapshot when it covers exactly these documents (default: true with `documents`). */
  snapshot?: boolean;
}

interface IndexParts {
  facts: PassageFacts[];
  lengths: Float64Array;
  postings: Map<string, TermPostings>;
  passageTerms: { term: string; count: number }[][];
}

export class RankingIndex {
  /** Store passage id of each indexed passage. */
  readonly passageIds: number[];
  readonly facts: PassageFacts[];
  /** Three lengths a passage: title, section, body (in tokens). */
  readonly lengths: Float64Array;
  readonly averageLengths: [number, number, number];
  readonly postings: Map<string, TermPostings>;
  /** Terms of each passage with their total counts, for pseudo-relevance feedback. */
  readonly passageTerms: { term: string; count: number }[][];
  /** Index of each passage's publication (PMID or document), to find sibling passages. */
  readonly publicationOf: Int32Array;
  /** The documents indexed, when only some were (recorded in a snapshot). */
  readonly #documents: string[] | null;

  /** Index the whole store, or only the passages of `documents` (the bundled library, for answers). */
  constructor(store: Store, options: RankingIndexOptions = {}) {
    const { documents } = options;
    const saved = documents && options.snapshot !== false ? readSnapshot(store.rankingSnapshot(), documents) : undefined;
    const parts = saved ?? buildParts(store, documents);
    this.facts = parts.facts;
    this.lengths = parts.lengths;
    this.postings = parts.postings;
    this.passageTerms = parts.passageTerms;
    this.passageIds = this.facts.map((f) => f.id);
    this.#documents = documents ? [...documents].sort() : null;
    const n = this.facts.length;
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

  /**
   * Build the index of `documents` from the store's tokens (never from a saved snapshot) and save it as the
   * store's snapshot. Run when the library was synced; the store keeps it until the library changes.
   */
  static saveSnapshot(store: Store, documents: ReadonlySet<string>): void {
    store.saveRankingSnapshot(new RankingIndex(store, { documents, snapshot: false }).snapshot());
  }

  /** Does the store hold a current snapshot this code can read? (Which documents it covers is checked on use.) */
  static hasSnapshot(store: Store): boolean {
    return snapshotLayout(store.rankingSnapshot()) !== undefined;
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

  /**
   * The index as bytes for `Store.saveRankingSnapshot`: a format word, two JSON parts (the documents; the
   * terms in postings order and the facts' distinct strings) and 32-bit integer arrays — lengths, facts
   * (id and string numbers a passage), and for each term its (passage, counts, positions) pairs.
   */
  snapshot(): Uint8Array {
    const terms: string[] = [];
    let pairs = 0;
    let tokens = 0;
    for (const [term, postings] of this.postings) {
      terms.push(term);
      pairs += postings.passages.length;
      for (const list of postings.positions) tokens += list.length;
    }
    const head = Buffer.from(JSON.stringify(this.#documents), 'utf8');
    const facts = encodeFacts(this.facts);
    const body = Buffer.from(JSON.stringify({ terms, strings: facts.strings }), 'utf8');
    const n = this.size;
    const t = terms.length;
    const headerWords = 6 + Math.ceil(head.length / 4) + Math.ceil(body.length / 4);
    const words = new Int32Array(headerWords + n * 3 + n * factWords + (t + 1) + pairs + pairs * 3 + (pairs + 1) + tokens);
    words.set([snapshotFormat, head.length, body.length, n, pairs, tokens]);
    const bytes = new Uint8Array(words.buffer);
    bytes.set(head, 24);
    bytes.set(body, 24 + Math.ceil(head.length / 4) * 4);
    let at = headerWords;
    words.set(this.lengths, at);
    at += n * 3;
    words.set(facts.numbers, at);
    at += n * factWords;
    const termStart = at;
    const pairPassage = (at += t + 1);
    const pairCounts = (at += pairs);
    const positionStart = (at += pairs * 3);
    const positions = (at += pairs + 1);
    let k = 0;
    let position = 0;
    terms.forEach((term, i) => {
      words[termStart + i] = k;
      const postings = this.postings.get(term)!;
      for (let j = 0; j < postings.passages.length; j++, k++) {
        words[pairPassage + k] = postings.passages[j]!;
        for (let f = 0; f < 3; f++) words[pairCounts + k * 3 + f] = postings.counts[j * 3 + f]!;
        words[positionStart + k] = position;
        for (const p of postings.positions[j]!) words[positions + position++] = p;
      }
    });
    words[termStart + t] = k;
    words[positionStart + pairs] = position;
    return bytes;
  }
}

/** Bump when the snapshot's layout or what the index holds changes: older snapshots are then rebuilt. */
const snapshotFormat = 0x45520002;

/** The index built from the store's tokens. */
function buildParts(store: Store, documents: ReadonlySet<string> | undefined): IndexParts {
  const all = store.passageFacts();
  const facts = documents ? all.filter((f) => documents.has(f.documentId)) : all;
  const position = new Map(facts.map((f, i) => [f.id, i]));
  const n = facts.length;
  const lengths = new Float64Array(n * 3);
  const entries = new Map<string, Map<number, { counts: [number, number, number]; positions: number[] }>>();
  for (const [passageId, field, offset, term] of store.indexTokens()) {
    const p = position.get(passageId);
    if (p === undefined) continue;
    lengths[p * 3 + field]! += 1;
    let byPassage = entries.get(term);
    if (!byPassage) entries.set(term, (byPassage = new Map()));
    let entry = byPassage.get(p);
    if (!entry) byPassage.set(p, (entry = { counts: [0, 0, 0], positions: [] }));
    entry.counts[field] += 1;
    entry.positions.push(field * fieldStride + offset);
  }
  const passageTerms: { term: string; count: number }[][] = Array.from({ length: n }, () => []);
  const postings = new Map<string, TermPostings>();
  for (const [term, byPassage] of entries) {
    const sorted = [...byPassage].sort((a, b) => a[0] - b[0]);
    const termPostings: TermPostings = { passages: [], counts: [], positions: [] };
    for (const [p, entry] of sorted) {
      termPostings.passages.push(p);
      termPostings.counts.push(...entry.counts);
      termPostings.positions.push(entry.positions.sort((a, b) => a - b));
      passageTerms[p]!.push({ term, count: entry.counts[0] + entry.counts[1] + entry.counts[2] });
    }
    postings.set(term, termPostings);
  }
  return { facts, lengths, postings, passageTerms };
}

/** Facts in a snapshot: each passage's id, numbers into the distinct strings (type -1: none) and year. */
const factWords = 6;
const noYear = -0x80000000;

interface FactStrings {
  documents: string[];
  publications: string[];
  headings: string[];
  types: string[];
}

function encodeFacts(facts: PassageFacts[]): { numbers: Int32Array; strings: FactStrings } {
  const lists = {
    documents: new Map<string, number>(),
    publications: new Map<string, number>(),
    headings: new Map<string, number>(),
    types: new Map<string, number>(),
  };
  const number = (list: Map<string, number>, value: string) => {
    let n = list.get(value);
    if (n === undefined) list.set(value, (n = list.size));
    return n;
  };
  const numbers = new Int32Array(facts.length * factWords);
  facts.forEach((f, i) => {
    numbers.set(
      [
        f.id,
        number(lists.documents, f.documentId),
        number(lists.publications, f.publication),
        number(lists.headings, f.heading),
        f.sourceType === undefined ? -1 : number(lists.types, f.sourceType),
        f.year === undefined ? noYear : f.year,
      ],
      i * factWords,
    );
  });
  const strings = (list: Map<string, number>) => [...list.keys()];
  return {
    numbers,
    strings: {
      documents: strings(lists.documents),
      publications: strings(lists.publications),
      headings: strings(lists.headings),
      types: strings(lists.types),
    },
  };
}

function decodeFacts(numbers: Int32Array, strings: FactStrings): PassageFacts[] {
  const facts: PassageFacts[] = [];
  for (let i = 0; i < numbers.length; i += factWords) {
    const f: PassageFacts = {
      id: numbers[i]!,
      documentId: strings.documents[numbers[i + 1]!]!,
      publication: strings.publications[numbers[i + 2]!]!,
      heading: strings.headings[numbers[i + 3]!]!,
    };
    if (numbers[i + 4]! >= 0) f.sourceType = strings.types[numbers[i + 4]!] as PassageFacts['sourceType'];
    if (numbers[i + 5]! !== noYear) f.year = numbers[i + 5]!;
    facts.push(f);
  }
  return facts;
}

interface SnapshotLayout {
  words: Int32Array;
  bytes: Uint8Array;
  headLength: number;
  bodyLength: number;
  size: number;
  pairs: number;
  tokens: number;
}

/** The snapshot's header, if it is one this code wrote and its length adds up. */
function snapshotLayout(data: Uint8Array | undefined): SnapshotLayout | undefined {
  if (!data || data.byteLength < 24 || data.byteLength % 4 !== 0) return undefined;
  // 32-bit views need aligned bytes; a buffer from SQLite may start anywhere.
  const bytes = data.byteOffset % 4 === 0 ? data : data.slice();
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  // Written on a machine of the other byte order, the format word does not match either.
  if (words[0] !== snapshotFormat) return undefined;
  const [headLength, bodyLength, size, pairs, tokens] = [words[1]!, words[2]!, words[3]!, words[4]!, words[5]!];
  if ([headLength, bodyLength, size, pairs, tokens].some((v) => v < 0)) return undefined;
  const headerWords = 6 + Math.ceil(headLength / 4) + Math.ceil(bodyLength / 4);
  // Term count is in the body: the rest must hold lengths, pairs and positions, plus one word a term and two ends.
  if (words.length < headerWords + size * (3 + factWords) + pairs * 5 + tokens + 2) return undefined;
  return { words, bytes, headLength, bodyLength, size, pairs, tokens };
}

/** The parts of an index from a snapshot of exactly `documents`, decoded as they are used. */
function readSnapshot(data: Uint8Array | undefined, documents: ReadonlySet<string>): IndexParts | undefined {
  const layout = snapshotLayout(data);
  if (!layout) return undefined;
  const { words, bytes, headLength, bodyLength, size, pairs, tokens } = layout;
  const text = (offset: number, length: number) => Buffer.from(bytes.buffer, bytes.byteOffset + offset, length).toString('utf8');
  const covered = JSON.parse(text(24, headLength)) as string[] | null;
  if (!covered || covered.length !== documents.size || !covered.every((d) => documents.has(d))) return undefined;
  const { terms, strings } = JSON.parse(text(24 + Math.ceil(headLength / 4) * 4, bodyLength)) as { terms: string[]; strings: FactStrings };
  let at = 6 + Math.ceil(headLength / 4) + Math.ceil(bodyLength / 4);
  if (words.length !== at + size * (3 + factWords) + terms.length + 1 + pairs * 5 + 1 + tokens) return undefined;
  const lengths = Float64Array.from(words.subarray(at, (at += size * 3)));
  const facts = decodeFacts(words.subarray(at, (at += size * factWords)), strings);
  const termStart = words.subarray(at, (at += terms.length + 1));
  const pairPassage = words.subarray(at, (at += pairs));
  const pairCounts = words.subarray(at, (at += pairs * 3));
  const positionStart = words.subarray(at, (at += pairs + 1));
  const positions = words.subarray(at, (at += tokens));

  const decode = (t: number): TermPostings => {
    const postings: TermPostings = { passages: [], counts: [], positions: [] };
    for (let k = termStart[t]!; k < termStart[t + 1]!; k++) {
      postings.passages.push(pairPassage[k]!);
      postings.counts.push(pairCounts[k * 3]!, pairCounts[k * 3 + 1]!, pairCounts[k * 3 + 2]!);
      const list: number[] = [];
      for (let j = positionStart[k]!; j < positionStart[k + 1]!; j++) list.push(positions[j]!);
      postings.positions.push(list);
    }
    return postings;
  };

  // Each passage's terms, in term order as built: every term's postings searched for the passage. Feedback
  // reads a handful of passages a question, so this beats regrouping every pair by passage up front.
  const termsOf = (p: number): { term: string; count: number }[] => {
    const list: { term: string; count: number }[] = [];
    for (let t = 0; t < terms.length; t++) {
      let low = termStart[t]!;
      let high = termStart[t + 1]! - 1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        const at = pairPassage[mid]!;
        if (at === p) {
          list.push({ term: terms[t]!, count: positionStart[mid + 1]! - positionStart[mid]! });
          break;
        }
        if (at < p) low = mid + 1;
        else high = mid - 1;
      }
    }
    return list;
  };

  return { facts, lengths, postings: new LazyPostings(terms, decode), passageTerms: lazyRows(size, termsOf) };
}

/**
 * Postings read from a snapshot: a term's are decoded on its first lookup. Anything beyond get and has
 * (iteration, size after changes, set, delete) first decodes every term, in the snapshot's order.
 */
class LazyPostings extends Map<string, TermPostings> {
  readonly #terms: string[];
  readonly #termIndex: Map<string, number>;
  readonly #decode: (t: number) => TermPostings;
  #whole = false;

  constructor(terms: string[], decode: (t: number) => TermPostings) {
    super();
    this.#terms = terms;
    this.#termIndex = new Map(terms.map((term, i) => [term, i]));
    this.#decode = decode;
  }

  override get(term: string): TermPostings | undefined {
    const found = super.get(term);
    if (found !== undefined || this.#whole) return found;
    const t = this.#termIndex.get(term);
    if (t === undefined) return undefined;
    const postings = this.#decode(t);
    super.set(term, postings);
    return postings;
  }

  override has(term: string): boolean {
    return this.#whole ? super.has(term) : this.#termIndex.has(term);
  }

  override get size(): number {
    return this.#whole ? super.size : this.#terms.length;
  }

  override set(term: string, postings: TermPostings): this {
    this.#decodeAll();
    return super.set(term, postings);
  }

  override delete(term: string): boolean {
    this.#decodeAll();
    return super.delete(term);
  }

  override clear(): void {
    this.#decodeAll();
    super.clear();
  }

  override forEach(fn: (value: TermPostings, key: string, map: Map<string, TermPostings>) => void, thisArg?: unknown): void {
    this.#decodeAll();
    super.forEach(fn, thisArg);
  }

  override entries(): MapIterator<[string, TermPostings]> {
    this.#decodeAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.#decodeAll();
    return super.keys();
  }

  override values(): MapIterator<TermPostings> {
    this.#decodeAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, TermPostings]> {
    return this.entries();
  }

  #decodeAll(): void {
    if (this.#whole) return;
    const all = this.#terms.map((term) => [term, this.get(term)!] as const);
    super.clear();
    for (const [term, postings] of all) super.set(term, postings);
    this.#whole = true;
  }
}

/** An array of `length` rows, each made by `row` when first read (and kept). */
function lazyRows<T>(length: number, row: (i: number) => T): T[] {
  const rows = new Array<T>(length);
  const indexOf = (key: string | symbol): number | undefined => {
    if (typeof key !== 'string') return undefined;
    const i = Number(key);
    return Number.isInteger(i) && i >= 0 && i < length && String(i) === key ? i : undefined;
  };
  return new Proxy(rows, {
    get(target, key, receiver) {
      const i = indexOf(key);
      if (i === undefined) return Reflect.get(target, key, receiver) as unknown;
      return (target[i] ??= row(i));
    },
    has(target, key) {
      return indexOf(key) !== undefined || Reflect.has(target, key);
    },
  });
}
