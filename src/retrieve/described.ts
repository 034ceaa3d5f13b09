/*
 * What a question describes in its own words beside the concepts it names: a symptom, a body site, a
 * condition in lay terms ("a sore bony lump just below his kneecap", "the runs"). Read so that a medicine's
 * answer can be checked against the problem it is asked about.
 */
import type { ConceptLinks } from './concepts/types.ts';
import { tokenize } from './concepts/phrases.ts';
import { placedMatches } from './concepts/link.ts';
import { normalise, possessives } from './analyse.ts';
import { presentationsFile } from './lexicon/load.ts';
import type { Lexicon } from './lexicon/types.ts';
import type { VocabularyTables } from './lexicon/tables.ts';
import { stopWords } from './vocabulary.ts';

/** One way the question puts a problem ("elbow pain", "muscle twitching", "wheezy"). */
export interface DescribedSpan {
  /** As typed. */
  text: string;
  /** Its telling words, normalised: not the words of how it feels ("pain", "sore", "swollen"). */
  words: string[];
  /** Other names the lexicon gives it ("wheezy" → "wheeze"), normalised. */
  readings: string[];
}

/** A problem the question describes: where it is and what is felt or seen there, said close together. */
export interface DescribedProblem {
  /** The body sites named ("armpits", "heel"): a document speaking of the problem names each. */
  sites: DescribedSpan[];
  /** The symptoms, signs and lay descriptions ("sweat", "elbow pain", "the runs"): it speaks of one. */
  signs: DescribedSpan[];
}

/** Health-term kinds that describe a problem, as against a drug, a test or a procedure. */
const problemCategories = new Set(['symptom', 'anatomy', 'condition']);

/** How many words either side of an everyday body word a word of feeling may stand ("pain in my back"). */
const feltReach = 3;

/** How many words may stand between two spans that describe one problem ("armpits drip with sweat"). */
const problemGap = 3;

/** Lexicon files whose phrases describe a problem or name a condition in everyday words. */
const layFiles = ['lay-terms.tsv', 'lay-names.tsv', presentationsFile];

/**
 * The problems the question describes outside the library concepts it links, the findings it gives and
 * what it rules out, each with at least one telling word.
 */
export function describedProblems(
  question: string,
  links: ConceptLinks,
  negated: readonly string[],
  vocabulary: VocabularyTables | undefined,
  lexicon: Lexicon | undefined,
): DescribedProblem[] {
  const tokens = tokenize(question);
  const feeling = vocabulary?.contextWords.feeling ?? new Set<string>();
  const linked = (from: number, to: number) =>
    links.documents.some((d) => d.mentions.some((m) => from < m.to && to > m.from)) ||
    links.uncovered.some((u) => from < u.to && to > u.from);
  const ruledOut = (text: string) => negated.some((n) => ` ${normalise(n)} `.includes(` ${text} `));
  const inFinding = (text: string) => links.findings.some((f) => ` ${normalise(f.text)} `.includes(` ${text} `));
  const telling = (text: string) =>
    normalise(text)
      .split(' ')
      .filter((w) => w.length >= 3 && !stopWords.has(w) && !feeling.has(w));

  const found = (vocabulary?.health.findAll(tokens) ?? []).filter((m) => problemCategories.has(m.value));
  // An everyday body word alone ("back", "chest") describes a problem only as someone's ("outside of my elbow")
  // or beside a word of how it feels or a symptom: "got back from Cancun" says when.
  const felt = (from: number, to: number) =>
    possessives.has(tokens[from - 1]?.folded ?? '') ||
    tokens.slice(Math.max(0, from - feltReach), to + feltReach).some((t) => feeling.has(t.folded)) ||
    found.some((m) => m.value === 'symptom' && m.from < to + feltReach && m.to > from - feltReach);
  const everyday = (m: { from: number; to: number; value: string }) =>
    m.value === 'anatomy' && m.to - m.from === 1 && vocabulary?.commonWords.has(tokens[m.from]!.folded) === true;
  const spans = found
    .filter((m) => !linked(m.from, m.to) && (!everyday(m) || felt(m.from, m.to)))
    .map((m) => {
      const text = question.slice(tokens[m.from]!.start, tokens[m.to - 1]!.end);
      return { from: m.from, to: m.to, site: m.value === 'anatomy', text, readings: lexicon?.expand(text, question) ?? [] };
    })
    .filter((m) => !ruledOut(normalise(m.text)) && !inFinding(normalise(m.text)));
  // Lay phrases the lexicon reads as a problem ("the runs" → diarrhoea), named nowhere else.
  const named = links.documents.flatMap((d) => d.mentions.map((m) => normalise(m.text)));
  for (const { match: lay, from, to } of placedMatches(question, tokens, lexicon?.find(question) ?? [])) {
    const text = normalise(lay.text);
    if (!layFiles.some((f) => lay.entry.file.endsWith(f)) || named.some((n) => n.includes(text) || text.includes(n))) continue;
    // (Only one read as a problem: "steroid injection" is what might be done, "husband" who is asking.)
    const kinds = lay.entry.expansions.flatMap((e) => vocabulary?.health.get(e) ?? []);
    if (ruledOut(text) || !kinds.some((k) => problemCategories.has(k))) continue;
    spans.push({ from, to, site: false, text: lay.text, readings: lay.entry.expansions });
  }
  // Spans that overlap or stand close together put one problem ("elbow", "elbow pain"; "armpits … sweat").
  const problems: DescribedProblem[] = [];
  let reach = -Infinity;
  for (const m of [...spans].sort((a, b) => a.from - b.from)) {
    const span: DescribedSpan = { text: m.text, words: telling(m.text), readings: m.readings.map(normalise).filter((r) => r.length >= 3) };
    // (A span of only how it feels, "painful", tells nothing of what it is.)
    if (span.words.length === 0) continue;
    if (problems.length === 0 || m.from > reach + problemGap) problems.push({ sites: [], signs: [] });
    (m.site ? problems.at(-1)!.sites : problems.at(-1)!.signs).push(span);
    reach = Math.max(reach, m.to);
  }
  return problems;
}
