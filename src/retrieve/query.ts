/*
 * Reads a question: strips question words, finds the library topics and drugs it names (by title or
 * alias, longest match first), detects its intent, and says whether it is about health at all.
 */
import { genericClinicalWords, healthWords, injectionPatterns, medicalWordEnding, stopWords } from './vocabulary.ts';
import type { LibraryName } from '../store/index.ts';
import type { Intent, QueryAnalysis } from './types.ts';

interface NamePattern {
  name: LibraryName;
  pattern: RegExp;
  /** Matched against the original text (case kept) rather than the lower-cased one. */
  caseSensitive: boolean;
}

/** Matches library names in questions; build once per store state and reuse. */
export class NameMatcher {
  readonly #patterns: NamePattern[];

  constructor(names: LibraryName[]) {
    this.#patterns = withTitleVariants(names)
      .filter((n) => n.name.trim().length >= 2)
      .map((name) => {
        // Short upper-case abbreviations ("ALS", "MI") match only as written, so "als" or "mi" in prose do not.
        const caseSensitive = name.name.length <= 5 && /[A-Z]/.test(name.name) && name.name === name.name.toUpperCase();
        const text = caseSensitive ? name.name : normalise(name.name);
        const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+');
        return { name, caseSensitive, pattern: new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, caseSensitive ? '' : 'i') };
      });
  }

  /** Names found in the question, longest first where they overlap, then in order of appearance. */
  match(question: string): { name: LibraryName; start: number; end: number }[] {
    const lower = normalise(question);
    const found: { name: LibraryName; start: number; end: number }[] = [];
    for (const p of this.#patterns) {
      const m = p.pattern.exec(p.caseSensitive ? question.replace(/[^A-Za-z0-9]+/g, ' ') : lower);
      if (m) found.push({ name: p.name, start: m.index, end: m.index + m[0].length });
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start));
    const kept: typeof found = [];
    for (const f of found) {
      const overlaps = kept.some((k) => f.start < k.end && k.start < f.end);
      const sameDocument = kept.some((k) => k.name.documentId === f.name.documentId);
      if (!overlaps && !sameDocument) kept.push(f);
    }
    return kept.sort((a, b) => a.start - b.start);
  }
}

/**
 * People rarely type a title in full: "alcohol withdrawal" for "Alcohol withdrawal syndrome", "acute kidney
 * injury" for "Acute kidney injury (AKI)". Derive such variants from titles, unless another document
 * already owns the words.
 */
export function titleVariants(title: string): string[] {
  const variants = new Set<string>();
  const bare = title.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  variants.add(bare);
  const inner = /\(([^)]*)\)/.exec(title)?.[1];
  if (inner && !/,|\band\b|\bincluding\b/.test(inner)) variants.add(inner.trim());
  const firstOfPair = bare.split(/ and | with /)[0]!.trim();
  if (firstOfPair.split(' ').length >= 1 && firstOfPair.length >= 4) variants.add(firstOfPair);
  for (const v of [...variants]) {
    const trimmed = v.replace(/ (syndrome|infection|disease|disorder|mellitus|in adults|in infants|in children|in adults and children)$/i, '').trim();
    if (trimmed.length >= 4) variants.add(trimmed);
  }
  variants.delete(title);
  return [...variants].filter((v) => v.length >= 3);
}

function withTitleVariants(names: LibraryName[]): LibraryName[] {
  const owned = new Set(names.map((n) => normalise(n.name)));
  const derived: LibraryName[] = [];
  const seenTitles = new Set<string>();
  for (const n of names) {
    if (seenTitles.has(n.documentId)) continue;
    seenTitles.add(n.documentId);
    for (const variant of titleVariants(n.title)) {
      const key = normalise(variant);
      if (owned.has(key)) continue;
      owned.add(key);
      derived.push({ ...n, name: variant });
    }
  }
  return [...names, ...derived];
}

/** Lower-case, with every run of non-alphanumerics (hyphens, brackets, apostrophes) as one space. */
export function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Index terms of a text: lower-cased words without stop words. */
export function questionTerms(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((w) => (w.length > 1 || /\d/.test(w)) && !stopWords.has(w));
}

const intentRules: [Intent, RegExp][] = [
  ['comparison', /\b(vs\.?|versus|compared? (to|with)|comparison|difference between|better than)\b/i],
  ['dosing', /\b(dose|doses|dosing|dosage|how much|how many mg|titrat\w*|loading dose|mg\b)/i],
  ['adverse-effects', /\b(side[- ]effects?|adverse|toxicit\w*|harms?|safety)\b/i],
  ['contraindications', /\b(contraindicat\w*|interact\w*|avoid with|combine with)\b|\bcan (i|you|we|he|she|they) (take|use|mix|have)\b.*\b(with|and|together)\b/i],
  ['monitoring', /\b(monitor\w*|follow[- ]up|check(ed|s)? (levels|blood)|blood tests?)\b/i],
  ['prevention', /\b(prevent\w*|screen\w*|prophyla\w*|vaccin\w*|reduce the risk)\b/i],
  ['prognosis', /\b(prognosis|life expectancy|outlook|survival|how long .* live)\b/i],
  ['diagnosis', /\b(diagnos\w*|work[- ]?up|criteria|how is .* confirmed|tests? for)\b/i],
  ['management', /\b(treat\w*|manag\w*|therap\w*|approach|first[- ]line|regimen|cure|eradicat\w*|control|slow\w*)\b/i],
];

export function detectIntent(question: string): Intent {
  for (const [intent, rule] of intentRules) if (rule.test(question)) return intent;
  return /^\s*(what|who) (is|are) (a |an |the )?[^?]{1,60}\??\s*$/i.test(question) ? 'definition' : 'management';
}

/** Understand a question against the library's names. */
export function analyseQuestion(question: string, matcher: NameMatcher): QueryAnalysis {
  const terms = questionTerms(question);
  const matches = matcher.match(question);
  const focus = matches.map((m) => m.name);
  const named = new Set(focus.flatMap((f) => normalise(f.name).split(' ')));
  const focusTerms = terms.filter((t) => !genericClinicalWords.has(t) && !named.has(t) && t.length >= 3 && !/^\d+$/.test(t));
  const injection = injectionPatterns.some((p) => p.test(question));
  const healthRelated =
    focus.length > 0 || terms.some((t) => healthWords.has(t) || medicalWordEnding.test(t));
  return { question, terms, focusTerms, focus, intent: detectIntent(question), healthRelated, injection };
}
