/*
 * Which library topics and drugs a newly imported guideline is about: the library names its title or
 * subject headings (MeSH) contain, read as questions are — the longest name wins, so "pulmonary
 * hypertension" (an excluded neighbour of the hypertension topic) does not name hypertension, and a
 * short capitalised alias ("ALS") matches only as written. Only a document's own names count (title and
 * aliases), not the wider conditions it covers part of: a heart failure guideline is not news for every
 * topic under it.
 */
import type { LibraryName } from '../store/index.ts';
import type { ClinicalDocument } from '../types.ts';

interface Name {
  tokens: string[];
  caseSensitive: boolean;
  documentId: string;
  role: LibraryName['role'];
}

const tokens = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/** "ALS", "HTN", "MG": capitalised short aliases are abbreviations, and "als" or "mg" in prose are not them. */
const isAbbreviation = (name: string) => name.length <= 5 && /\p{Lu}/u.test(name) && name === name.toUpperCase();

/** Is this imported document a guideline? Its own source says so (PubMed publication type, record type). */
export function isGuideline(document: ClinicalDocument): boolean {
  return document.kind === 'literature' && document.sources.some((s) => s.type === 'guideline');
}

export class GuidelineTopics {
  /** Names by their first token (lower case), for one pass over a title. */
  readonly #byFirst = new Map<string, Name[]>();

  constructor(names: LibraryName[]) {
    for (const n of names) {
      const caseSensitive = isAbbreviation(n.name);
      const t = tokens(n.name).map((x) => (caseSensitive ? x : x.toLowerCase()));
      if (t.length === 0) continue;
      const key = t[0]!.toLowerCase();
      const list = this.#byFirst.get(key) ?? [];
      list.push({ tokens: t, caseSensitive, documentId: n.documentId, role: n.role });
      this.#byFirst.set(key, list);
    }
  }

  /** The library documents a guideline's title or subject headings name, e.g. ["tinea-pedis"]. */
  namedBy(document: Pick<ClinicalDocument, 'title' | 'mesh'>): string[] {
    const found = new Set<string>();
    for (const text of [document.title, ...(document.mesh ?? [])]) for (const id of this.#inText(text)) found.add(id);
    return [...found].sort();
  }

  #inText(text: string): string[] {
    const raw = tokens(text);
    const lower = raw.map((t) => t.toLowerCase());
    const matches: { start: number; end: number; name: Name }[] = [];
    lower.forEach((first, start) => {
      for (const name of this.#byFirst.get(first) ?? []) {
        const words = name.caseSensitive ? raw : lower;
        if (name.tokens.every((t, k) => words[start + k] === t)) matches.push({ start, end: start + name.tokens.length, name });
      }
    });
    // The longest name wins: a match inside a longer one (of any document, any role) is not counted.
    const kept = matches.filter((m) => !matches.some((o) => o.end - o.start > m.end - m.start && o.start <= m.start && o.end >= m.end));
    return kept.filter((m) => m.name.role === 'name').map((m) => m.name.documentId);
  }
}
