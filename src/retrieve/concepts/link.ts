/*
 * Concept linking: finds the library topics and drugs a question names — by a name written in the
 * library, a lexicon reading (abbreviation, brand, lay term, misspelling), a near spelling, or a
 * vignette finding — and the medical concepts it names that the library does not cover. Overlapping
 * matches are resolved as entity linkers do: the longest span wins, so "pulmonary hypertension" is
 * not "hypertension" and "heart failure with preserved ejection fraction" is not HFrEF.
 */
import { isEnglishWord } from '../lexicon/english.ts';
import { describesProblem, presentationsFile } from '../lexicon/load.ts';
import { editDistance } from '../spelling.ts';
import { adultFrom, childWords, FindingReader, groupAges, namedGroups, patientSex, writtenForAges } from './findings.ts';
import { bareTitle, fold, phraseKey, PhraseTable, tokenize } from './phrases.ts';
import { followedByStrength, regimenWords } from './regimen.ts';
import type { LibraryName } from '../../store/index.ts';
import type { Lexicon, LexiconMatch } from '../lexicon/types.ts';
import type { HealthCategory, VocabularyTables } from '../lexicon/tables.ts';
import type { PhraseMatch, Token } from './phrases.ts';
import type { ConceptLinks, ConceptMention, LinkedDocument, MentionSource, UncoveredConcept } from './types.ts';

/**
 * Link strength of each way a document can be named, and of each way a span is recognised. A value past
 * its range ("sugar 2.8") says a little more than a broader name ("diabetic").
 */
export const linkWeights = {
  role: { name: 1, ingredient: 0.9, broader: 0.8 },
  source: { name: 1, lexicon: 0.95, spelling: 0.85, finding: 0.82, vocabulary: 0 } satisfies Record<MentionSource, number>,
  /** Each further mention of the same document adds this much. */
  repeat: 0.05,
  /** An emergency a value points to ("ketones 5.8" in a T1DM vignette) leads the conditions named beside it. */
  urgent: 1.1,
};

/** Concepts that block an answer when the library does not cover them; symptoms and body parts do not. */
const namedCategories = new Set<HealthCategory>(['drug', 'condition', 'organism']);

/** Words shorter than this are never respelt: too many short words are one edit from a name. */
const minSpellingLength = 6;
/** A clipped drug name needs this many letters to be read as the drug it begins. */
const minClippedLength = 5;

/** Words that join a name to its age band: "pneumonia in a child", "fever in children under 5". */
const bandJoiners = new Set(['in', 'a', 'an', 'the', 'of', 'for', 'under', 'young', 'small', 'and']);

export interface ConceptLinkerOptions {
  lexicon?: Lexicon;
  vocabulary?: VocabularyTables;
  findings?: FindingReader;
  /**
   * Whether a word near a name in spelling is a correctly spelt word of something else: an English word
   * ("concert", not Concerta) or one the library's other documents use ("correction", not Correctol).
   * A word the named document itself uses ("eclamptic" in the pre-eclampsia topic) still names it.
   */
  spelledRight?: (word: string, documentId: string, name: string) => boolean;
}

interface Candidate {
  from: number;
  to: number;
  source: MentionSource;
  /** A library name (any role), or a concept of the health vocabulary. */
  name?: LibraryName;
  category?: HealthCategory;
  /** Reached through a value past an emergency's bound. */
  urgent?: boolean;
  /** Read from a lay description ("dizzy on standing"), not a name. */
  described?: boolean;
  /** Read from a presentation, a picture of one condition ("jaw aches when chewing"), not a lay word for a symptom. */
  pictured?: boolean;
  /** A lexicon phrase read with other words between its own: how many words are its own. */
  loose?: number;
  /** The condition a presentation describes when the library has no topic on it ("penis bends when erect" → Peyronie's disease). */
  outside?: string;
  /** An ingredient of a combination product the question names ("co-codamol" → codeine). */
  combination?: boolean;
}

export class ConceptLinker {
  readonly #names = new PhraseTable<LibraryName>();
  /** All-capital abbreviations in lower case ("pcos"), kept apart: whether one is an English word is read on a match. */
  readonly #lowerCaseNames = new PhraseTable<LibraryName>();
  readonly #spellable: { folded: string; name: LibraryName }[] = [];
  readonly #lexicon: Lexicon | undefined;
  readonly #vocabulary: VocabularyTables | undefined;
  readonly #findings: FindingReader;
  readonly #titles = new Map<string, string>();
  readonly #namesOf = new Map<string, string[]>();
  readonly #spelledRight: ConceptLinkerOptions['spelledRight'];

  constructor(names: LibraryName[], options: ConceptLinkerOptions = {}) {
    for (const n of names) {
      this.#names.add(n.name, n);
      // A patient types "pcos" or "copd" in lower case: an abbreviation no English word spells also matches
      // so, typed all in lower case ("IUs" of vitamin D is not the IUS).
      // (The English word list is read only when such a word is typed, not at start-up.)
      if (/^[A-Z]{3,5}$/.test(n.name)) this.#lowerCaseNames.add(n.name.toLowerCase(), n, true);
      this.#titles.set(n.documentId, n.title);
      if (n.role !== 'excluded') this.#namesOf.set(n.documentId, [...(this.#namesOf.get(n.documentId) ?? []), n.name]);
      // Single-word names of some length can be recognised misspelt ("allopurinal", "eczma").
      if (n.role !== 'excluded' && /^[\p{L}]+$/u.test(n.name) && n.name.length >= minSpellingLength - 1)
        this.#spellable.push({ folded: n.name.toLowerCase(), name: n });
    }
    this.#lexicon = options.lexicon;
    this.#vocabulary = options.vocabulary;
    this.#findings = options.findings ?? new FindingReader();
    this.#spelledRight = options.spelledRight;
  }

  /** The library names written in the tokens, lower-case abbreviations included where no English word spells them. */
  #namesIn(tokens: Token[]): PhraseMatch<LibraryName>[] {
    const typed = this.#lowerCaseNames.findAll(tokens).filter((m) => typedLowerCase(m.value.name, this.#vocabulary));
    return [...this.#names.findAll(tokens), ...typed];
  }

  /**
   * Where a word stands as the name of a thing ("named Ivermectin", "called the Statin Stallions", "the band
   * Morphine"): just after a naming cue, an article aside, in a question with an off-topic cue.
   */
  #namesOfThings(question: string, tokens: Token[]): Set<number> {
    const naming = this.#vocabulary?.contextWords.naming;
    if (!naming || naming.size === 0 || this.#vocabulary!.offTopic.findAll(tokens).length === 0) return new Set();
    const at = new Set<number>();
    tokens.forEach((t, i) => {
      if (!naming.has(t.folded)) return;
      let next = /^(the|a|an)$/.test(tokens[i + 1]?.folded ?? '') ? i + 2 : i + 1;
      if (next >= tokens.length) return;
      at.add(next);
      // A name runs on over its capitalised words ("a playlist called 'Adrenaline Shot'"): none of them is
      // the reader's medicine or procedure.
      while (
        capitalised(tokens[next]!) &&
        next + 1 < tokens.length &&
        capitalised(tokens[next + 1]!) &&
        spaced(question, tokens[next]!, tokens[next + 1]!)
      )
        at.add(++next);
    });
    return at;
  }

  /** The library names a phrase is, as `#namesIn` reads them. */
  #namesCalled(phrase: string): LibraryName[] {
    const typed = this.#lowerCaseNames.get(phrase).filter((n) => typedLowerCase(n.name, this.#vocabulary));
    return [...this.#names.get(phrase), ...typed];
  }

  link(question: string): ConceptLinks {
    const tokens = tokenize(question);
    const candidates: Candidate[] = [];
    const readings: string[] = [];
    const wordReadings = new Map<string, string[]>();
    const corrections = new Map<number, string>();
    const read = this.#findings.read(tokens, question);
    // (What a vignette says of its patient, an age or a pregnancy, is said to every presentation: "3yo, … focal
    // crackles R base" is "focal crackles in a child".)
    const implied = read.findings.flatMap((f) => (f.group ? f.terms : []));
    const lexiconCandidates = this.#lexiconCandidates(question, tokens, readings, wordReadings, corrections, implied);
    // A longer name read through a misspelt word ("idiopathic intracranial hypertention") is still the longer
    // name: names and health concepts are looked for in the question as corrected.
    const spelt =
      corrections.size === 0
        ? tokens
        : tokens.map((t, i) => (corrections.has(i) ? { ...t, text: corrections.get(i)!, folded: fold(corrections.get(i)!) } : t));
    // (A name that is only a symptom's word, "constipated", describes what is felt as a lay phrase does: the
    // rest of the question may say what it is a symptom of.)
    const symptomWord = (from: number, to: number) =>
      to - from === 1 &&
      (this.#vocabulary?.health.get(spelt[from]!.text) ?? []).every((c) => c === 'symptom') &&
      (this.#vocabulary?.health.get(spelt[from]!.text) ?? []).length > 0;
    for (const m of this.#namesIn(spelt))
      candidates.push({ from: m.from, to: m.to, source: 'name', name: m.value, ...(symptomWord(m.from, m.to) ? { described: true } : {}) });
    candidates.push(...lexiconCandidates);
    // A drug or condition given as the name of a thing in a request about something else ("my sourdough
    // starter is named Ivermectin", "a team called the Statin Stallions", "the band Morphine") names nothing
    // medical.
    const nameOfThing = this.#namesOfThings(question, tokens);
    if (nameOfThing.size > 0) {
      const kept = candidates.filter((c) => !nameOfThing.has(c.from));
      candidates.splice(0, candidates.length, ...kept);
    }
    // A lay phrase the lexicon reads as a medical concept ("the room spins" → vertigo) makes the question medical.
    const healthCategories = new Set<HealthCategory>(
      candidates.flatMap((c) => (c.category ? [c.category] : c.name ? ['condition' as const] : [])),
    );
    for (const m of this.#vocabulary?.health.findAll(spelt) ?? []) {
      if (nameOfThing.has(m.from)) continue;
      healthCategories.add(m.value);
      // Only a named concept (a drug, a condition, an organism) can take a span from a library name:
      // "H. pylori test" is a test of the library's H. pylori, not another subject.
      if (namedCategories.has(m.value)) candidates.push({ from: m.from, to: m.to, source: 'vocabulary', category: m.value });
    }
    candidates.push(...this.#eponymCandidates(tokens, candidates));
    for (const c of read.conditions.filter((c) => !c.qualifier))
      for (const name of this.#namesCalled(c.name)) candidates.push({ from: c.from, to: c.to, source: 'finding', name, urgent: c.urgent });
    const groupWords = new Set([...implied, ...namedGroups(tokens)]);
    const ages = groupAges(read.findings);
    // (A measured value says its condition's word too: "temp 39.4" is a fever.)
    const measured = read.findings.flatMap((f, i) => (f.group ? [] : [{ from: read.spans[i]![0], to: read.spans[i]![1], said: f.terms }]));
    // (The patient's sex is a group too, where the library writes a topic for one: "man on Flomax for LUTS" is
    // the library's "LUTS in men".)
    const sex = patientSex(tokens, read.findings, this.#vocabulary?.sexWords, (w) => personWords.has(w));
    const sexGroup = sex === 'male' ? 'men' : sex === 'female' ? 'women' : undefined;
    candidates.push(
      ...this.#groupedCandidates(spelt, sexGroup ? new Set([...groupWords, sexGroup]) : groupWords, ages, measured, candidates),
    );
    candidates.push(...this.#spellingCandidates(tokens, candidates));
    // A combination product stands for its ingredients only in a question about medicines alone ("co-codamol
    // 30/500 max dose?"); beside a condition it is what the patient takes, one medicine the library has no
    // monograph for ("on co-codamol for her hip, now constipated"), not two to answer from.
    if (candidates.some((c) => c.name?.kind === 'topic' && c.name.role !== 'excluded'))
      candidates.splice(0, candidates.length, ...candidates.filter((c) => !c.combination));

    const kept = resolveOverlaps(candidates);
    const documents = new Map<string, LinkedDocument>();
    const uncovered: UncoveredConcept[] = [];
    for (const c of kept) {
      const text = question.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end);
      // (An excluded name that is a sign, "ST depression" beside the depression topic, is a finding of the
      // question, no condition the library lacks.)
      if (c.name && c.name.role === 'excluded' && this.#isSign(tokens.slice(c.from, c.to))) continue;
      if (c.name && c.name.role === 'excluded') {
        uncovered.push({
          text,
          from: c.from,
          to: c.to,
          category: c.name.kind === 'drug' ? 'drug' : 'condition',
          neighbour: { documentId: c.name.documentId, title: c.name.title },
        });
      } else if (c.name) {
        const role = c.name.role as LinkedDocument['role'];
        const mention: ConceptMention = {
          text,
          from: c.from,
          to: c.to,
          source: c.source,
          quality: linkWeights.source[c.source],
          name: c.name.name,
          ...(c.described ? { described: true } : {}),
          ...(c.pictured ? { pictured: true } : {}),
        };
        const score = c.urgent ? linkWeights.urgent : mention.quality * linkWeights.role[role];
        const doc = documents.get(c.name.documentId);
        if (!doc) {
          const names = this.#namesOf.get(c.name.documentId) ?? [c.name.title];
          documents.set(c.name.documentId, {
            documentId: c.name.documentId,
            kind: c.name.kind,
            title: c.name.title,
            role,
            names,
            mentions: [mention],
            score,
            ...(c.urgent ? { urgent: true } : {}),
          });
        } else {
          if (c.urgent) doc.urgent = true;
          doc.mentions.push(mention);
          if (score > doc.score) Object.assign(doc, { role, score: score + linkWeights.repeat * (doc.mentions.length - 1) });
          else doc.score += linkWeights.repeat;
        }
      } else if (c.outside) {
        // (A topic that excludes the condition pictured is its neighbour, kept away as for one named: "sore throat,
        // sandpaper rash and a strawberry tongue" is scarlet fever, which the sore throat topic excludes.)
        const excluder = this.#namesCalled(c.outside).find((n) => n.role === 'excluded' && n.kind === 'topic');
        if (!uncovered.some((u) => u.text.toLowerCase() === c.outside!.toLowerCase()))
          uncovered.push({
            text: c.outside,
            from: c.from,
            to: c.to,
            category: 'condition',
            described: true,
            ...(excluder ? { neighbour: { documentId: excluder.documentId, title: excluder.title } } : {}),
          });
      } else if (
        c.category &&
        namedCategories.has(c.category) &&
        // (A medicine read from words scattered over a sentence is no medicine named: "how much weight do people
        // lose on it and is it an injection" names no weight-loss injection the library lacks.)
        !(c.loose !== undefined && c.category === 'drug') &&
        // (Nor is the name of a test with its value: "adj Ca 2.35" measures calcium, no cancer.)
        !measured.some((s) => c.from >= s.from && c.to <= s.to) &&
        !uncovered.some((u) => u.text.toLowerCase() === text.toLowerCase())
      ) {
        // (One that holds a name a topic excludes is that topic's neighbour: "yellow fever vaccine" is not the
        // malaria topic's, which excludes yellow fever.)
        const held = candidates.find((o) => o.name?.role === 'excluded' && o.from >= c.from && o.to <= c.to);
        uncovered.push({
          text,
          from: c.from,
          to: c.to,
          category: c.category,
          ...(held?.name ? { neighbour: { documentId: held.name.documentId, title: held.name.title } } : {}),
        });
      }
    }
    // A broader name typed ("heart failure") is the narrower topic a value qualifies it as ("LVEF 58%" → heart
    // failure with preserved ejection fraction), when that topic's title carries the name typed.
    const words = (text: string) => ` ${phraseKey(text)} `;
    for (const q of read.conditions.filter((c) => c.qualifier)) {
      for (const name of this.#namesCalled(q.name).filter((n) => n.kind === 'topic' && n.role !== 'excluded')) {
        // (Typed as an abbreviation too: "HF, EF 58%" is heart failure.)
        const inTitle = (typed: string) =>
          [typed, ...(this.#lexicon?.expand(typed, question) ?? [])].some((t) => words(name.title).includes(words(t)));
        // (…or read from another value or a lay description: "breathless, NT-proBNP 1450, LVEF 58%" and "breathless
        // with swollen ankles, EF 60%" are heart failure, of that kind.)
        const pointedAt = (m: ConceptMention) =>
          m.source === 'finding' ? read.conditions.find((c) => !c.qualifier && c.from === m.from)?.name : undefined;
        const broad = [...documents.values()].find(
          (d) =>
            d.role === 'broader' &&
            d.kind === 'topic' &&
            d.mentions.every((m) => inTitle(pointedAt(m) ?? (m.source === 'lexicon' && m.name ? m.name : m.text))),
        );
        if (!broad || broad.documentId === name.documentId) continue;
        const mention: ConceptMention = {
          text: question.slice(tokens[q.from]!.start, tokens[q.to - 1]!.end),
          from: q.from,
          to: q.to,
          source: 'finding',
          quality: linkWeights.source.finding,
          name: name.name,
        };
        documents.delete(broad.documentId);
        // (The narrower topic named outright as well, "HFpEF, EF 60%, NYHA II", keeps its own mentions and score.)
        const named = documents.get(name.documentId);
        documents.set(name.documentId, {
          documentId: name.documentId,
          kind: 'topic',
          title: name.title,
          role: 'name',
          names: this.#namesOf.get(name.documentId) ?? [name.title],
          mentions: [...(named?.mentions ?? []), ...broad.mentions, mention].sort((a, b) => a.from - b.from),
          score: Math.max(named?.score ?? 0, broad.score) + linkWeights.repeat,
        });
      }
    }
    // (Two values name a condition as surely as its name, a kind of it too, "NT-proBNP 1450, LVEF 58%"; each one
    // more, more surely: "Vmax 4.5, mean gradient 48, AVA 0.7" is the aortic stenosis before the "syncope" it
    // caused.)
    for (const doc of documents.values())
      if (namedByValues(doc)) {
        const values = new Set(doc.mentions.map((m) => m.from)).size;
        doc.score = Math.max(doc.score, linkWeights.role.name + linkWeights.repeat * (values - 2));
      }
    // "UTI in a 2 year old", "CAP … in children": a child's age or age band moves a condition to its children's topic when the library has
    // one named like it ("urinary tract infection" → "urinary tract infection in children"); so does a
    // pregnancy ("32/40, BP 164/112" → "hypertension in pregnancy", a name of pre-eclampsia), and the
    // weeks after a birth ("6 wk postpartum … depression" → "postnatal depression").
    const ageWords = new Set([...groupWords, ...read.findings.flatMap((f) => f.terms)]);
    // (An infant's condition is a child's where the library writes its topic for children: "UTI in children".)
    if (ageWords.has('infants')) for (const w of childWords) ageWords.add(w);
    // (Not when the vignette opens on an adult's age and sex: "34f breastfeeding my 5 month old, burning when I
    // wee" is the mother's cystitis.)
    const firstAge = read.findings.find((f) => f.group && f.value !== undefined);
    // (Nor beside a pregnancy with no child's age given: "28 weeks pregnant … safe for baby?" is the unborn baby.)
    const childAged = read.findings.some((f) => f.group && f.value !== undefined && f.value < adultFrom);
    if ((firstAge?.sex && firstAge.value! >= adultFrom) || (ageWords.has('pregnancy') && !childAged))
      for (const w of [...childWords, 'infants']) ageWords.delete(w);
    if (ageWords.has('children') || ageWords.has('infants') || ageWords.has('pregnancy') || ageWords.has('postnatal')) {
      for (const doc of [...documents.values()]) {
        const sibling = this.#childrensSibling(doc, ageWords);
        if (sibling && !documents.has(sibling.documentId)) {
          documents.delete(doc.documentId);
          documents.set(sibling.documentId, {
            ...doc,
            documentId: sibling.documentId,
            title: sibling.title,
            names: this.#namesOf.get(sibling.documentId) ?? [sibling.title],
          });
        }
      }
    }
    // A topic reached by a broader name ("an acute ear infection") gives way to one of its kinds the question
    // describes ("ear really itchy and sore, canal red and swollen after swimming": otitis externa, which the
    // library also calls an "outer ear infection"). (Not one whose own title says what was typed: "eczema" with
    // weeping crusted sores is still the atopic eczema, whatever impetigo is also called.)
    for (const doc of [...documents.values()]) {
      if (doc.kind !== 'topic' || doc.role !== 'broader') continue;
      const typed = doc.mentions.map((m) => words(m.text));
      if (typed.some((t) => words(doc.title).includes(t))) continue;
      const kind = [...documents.values()].find(
        (d) =>
          d !== doc &&
          d.kind === 'topic' &&
          d.role !== 'broader' &&
          d.mentions.some((m) => m.described) &&
          typed.every((t) => d.names.some((n) => words(n).includes(t))),
      );
      if (kind) documents.delete(doc.documentId);
    }
    // A topic reached by a broader name and written for other ages than the patient's is no link: an
    // 82-year-old's "D&V" is not gastroenteritis in children. (A name said outright stays, to be weighed.)
    for (const doc of [...documents.values()])
      if (doc.kind === 'topic' && doc.role === 'broader' && ages.length > 0 && !writtenForAges(doc.title, ages))
        documents.delete(doc.documentId);
    return {
      documents: [...documents.values()].sort((a, b) => b.score - a.score),
      uncovered,
      findings: read.findings,
      readings: [...new Set(readings)],
      wordReadings,
      healthCategories,
      // Only what names a library document, or a finding, is taken out of the question's own words:
      // "antibiotic" or "laxative" is what is asked about, not a name to strip.
      covered: [...kept.filter((c) => c.name).map((c): [number, number] => [c.from, c.to]), ...read.spans],
    };
  }

  /** A topic named like the linked one with a children's word after it ("… in children", "… in infants"). */
  #childrensSibling(doc: LinkedDocument, ageWords: Set<string>): { documentId: string; title: string } | undefined {
    if (doc.kind !== 'topic') return undefined;
    // A condition reached through a value ("BP 164") is said by its own names.
    // …and a lay phrase by the name it was read as ("too breathless to talk" → "acute severe asthma").
    const said = doc.mentions.flatMap((m) =>
      m.source === 'finding' ? doc.names.map(fold) : [fold(m.text), ...(m.name ? [fold(m.name)] : [])],
    );
    // (…and a topic written for adults by its own name without that band: "atypical pneumonia" named in a
    // child reaches "community-acquired pneumonia in children" through "… in adults".)
    const ownName = fold(bareTitle(doc.title));
    const forAdults = ownName.replace(/ in adults$/, '');
    if (forAdults !== ownName) said.push(forAdults);
    // The period goes before the condition's own name ("moderate depression" → "postnatal depression").
    const named = [...said, ownName];
    // Only the age band may follow: "asthma attack in children" is another condition than "asthma".
    const after = (name: string, m: string) => {
      if (!name.startsWith(`${m} `)) return false;
      const rest = name.slice(m.length).trim().split(/\s+/);
      return rest.some((w) => ageWords.has(w)) && rest.every((w) => ageWords.has(w) || bandJoiners.has(w) || /^\d+s?$/.test(w));
    };
    // …or only the period before it: "acute paediatric asthma" is an attack, not the asthma of a child.
    const before = (name: string, m: string) =>
      name.endsWith(` ${m}`) &&
      name
        .slice(0, -m.length - 1)
        .split(/\s+/)
        .every((w) => ageWords.has(w));
    for (const [documentId, names] of this.#namesOf) {
      if (documentId === doc.documentId) continue;
      // "… in children" after the name, or the period before it ("postnatal depression").
      const fits = names.some((n) => said.some((m) => after(fold(n), m)) || named.some((m) => before(fold(n), m)));
      if (fits) return { documentId, title: this.#titles.get(documentId) ?? documentId };
    }
    return undefined;
  }

  /** Lexicon terms whose expansion is a library name (or a concept of the health vocabulary). */
  #lexiconCandidates(
    question: string,
    tokens: Token[],
    readings: string[],
    wordReadings: Map<string, string[]>,
    corrections: Map<number, string>,
    implied: readonly string[],
  ): Candidate[] {
    const found: Candidate[] = [];
    for (const { match, from, to } of placedMatches(question, tokens, this.#lexicon?.find(question, true, implied) ?? [])) {
      readings.push(...match.entry.expansions);
      const correction = match.entry.expansions[0];
      // (Only the misspelt form itself: "allergy" read loosely as "allergys" is already right.)
      const typedAsListed = match.text.toLowerCase() === match.entry.term.toLowerCase();
      if (match.entry.file.endsWith('misspellings.tsv') && typedAsListed && to === from + 1 && correction && !correction.includes(' '))
        corrections.set(from, correction);
      // A lay phrase reads as its clinical words, as the phrase the lexicon wrote ("hurts during sex" is "pain
      // during sex") and as the other lay phrases that mean the same ("painful periods" is also "period
      // pain"), as a plain-language line may say.
      // A brand reads as its class too, through its generic name ("Beconase" → beclometasone nasal spray → an
      // intranasal corticosteroid).
      const meant = describesProblem(match.entry.file)
        ? match.entry.expansions.flatMap((e) => this.#lexicon!.reverse(e).filter((t) => t.includes(' ')))
        : match.entry.expansions.flatMap((e) => this.#lexicon!.classesOf(e));
      for (const t of tokens.slice(from, to))
        wordReadings.set(t.folded, [...new Set([...(wordReadings.get(t.folded) ?? []), ...match.entry.expansions, ...meant])]);
      // (Read loosely, with words between the phrase's own: "heart [block on the] monitor".)
      const own = tokenize(match.entry.term).length;
      const loose = to - from > own ? own : undefined;
      // (A brand is one product: Entocort, oral budesonide, is no ingredient of the Symbicort inhaler.)
      const brand = match.entry.file.endsWith('drug-names.tsv');
      const pictured = match.entry.file.endsWith(presentationsFile);
      for (const expansion of match.entry.expansions) {
        const named = this.#namesCalled(expansion).filter((n) => n.role !== 'excluded' && !(brand && n.role === 'ingredient'));
        // (A combination product is each of its ingredients, when the library has a monograph for every one:
        // "co-codamol" is codeine and paracetamol.)
        const parts =
          brand && named.length === 0
            ? expansion.split(/,\s*|\s+and\s+/).map((p) => this.#namesCalled(p).filter((n) => n.kind === 'drug' && n.role !== 'excluded'))
            : [];
        const combination = named.length === 0 && parts.length >= 2 && parts.every((p) => p.length > 0);
        const names = combination ? parts.map((p) => p[0]!) : named;
        if (names.length > 0) {
          const described = describesProblem(match.entry.file);
          for (const name of names)
            found.push({
              from,
              to,
              source: 'lexicon',
              name,
              ...(described ? { described } : {}),
              ...(pictured ? { pictured } : {}),
              ...(loose ? { loose } : {}),
              ...(combination ? { combination } : {}),
            });
          break;
        }
        const category = this.#vocabulary?.health.get(expansion)[0];
        if (category) {
          // A lay description ("the room spins" → vertigo) describes what is felt; it does not name a
          // condition the library must cover, as an abbreviation ("IIH") does.
          const described = describesProblem(match.entry.file) && category === 'condition';
          // (But a presentation, written to tell one condition, tells one the library lacks: the reader is told
          // so, not answered from a topic that shares its words. "Bending of the penis when erect" is Peyronie's
          // disease, not the Dupuytren's topic that mentions it.)
          const outside = described && pictured;
          found.push({
            from,
            to,
            source: 'vocabulary',
            category: described && !outside ? 'symptom' : category,
            ...(outside ? { outside: expansion } : {}),
            ...(loose ? { loose } : {}),
          });
          break;
        }
      }
    }
    return found;
  }

  /**
   * A condition said without its group, which the vignette supplies: "fever" in "my 3 month old has a
   * fever" is the library's "fever in infants", as "fever in a baby" would be.
   */
  #groupedCandidates(
    tokens: Token[],
    groupWords: Set<string>,
    ages: number[],
    measured: { from: number; to: number; said: string[] }[],
    known: Candidate[],
  ): Candidate[] {
    // Only for a question that names no condition of its own: "ear infection, temp 38.7" in a child is
    // otitis media, not fever.
    if (groupWords.size === 0 || known.some((c) => c.name?.kind === 'topic' && c.name.role !== 'excluded')) return [];
    const spans = [...measured];
    for (let from = 0; from < tokens.length; from++)
      for (let to = from + 1; to <= Math.min(tokens.length, from + 3); to++) {
        const span = tokens.slice(from, to);
        if (!span.some((t) => /\d/.test(t.folded))) spans.push({ from, to, said: [span.map((t) => t.folded).join(' ')] });
      }
    // …for the ages the topic is written for: a 10-year-old's fever is not "fever in children under 5".
    const found: Candidate[] = [];
    for (const { from, to, said } of spans) {
      if (known.some((c) => c.name && c.from < to && from < c.to)) continue;
      for (const words of said)
        for (const group of groupWords) {
          const names = [...this.#namesCalled(`${words} in ${group}`), ...this.#namesCalled(`${group} ${words}`)];
          for (const name of names.filter(
            (n) =>
              n.role !== 'excluded' &&
              n.kind === 'topic' &&
              writtenForAges(n.title, ages) &&
              typedAsNamed(n.name, tokens, from, to, this.#vocabulary),
          ))
            found.push({ from, to, source: 'finding', name });
        }
    }
    return found;
  }

  /** Are the tokens, whole, a sign or a test result in the health vocabulary ("ST depression", "T wave inversion")? */
  #isSign(tokens: Token[]): boolean {
    return (this.#vocabulary?.health.findAll(tokens) ?? []).some(
      (m) => m.from === 0 && m.to === tokens.length && (m.value === 'symptom' || m.value === 'test'),
    );
  }

  /**
   * "Löfgren syndrome – does it need steroids?": a proper name before an eponym's head word names a
   * condition, one the library lacks when no name or reading already covers any of those words.
   */
  #eponymCandidates(tokens: Token[], known: Candidate[]): Candidate[] {
    const heads = this.#vocabulary?.contextWords.eponym;
    if (!heads) return [];
    const found: Candidate[] = [];
    tokens.forEach((t, head) => {
      if (!heads.has(t.folded)) return;
      const from = eponymStart(tokens, head);
      if (from === undefined || known.some((c) => c.from <= head && c.to > from)) return;
      found.push({ from, to: head + 1, source: 'vocabulary', category: 'condition' });
    });
    return found;
  }

  /** Words no table knows that are one or two letters from a single-word library name. */
  #spellingCandidates(tokens: Token[], known: Candidate[]): Candidate[] {
    const found: Candidate[] = [];
    const regimen = this.#vocabulary && regimenWords(this.#vocabulary.contextWords);
    tokens.forEach((t, i) => {
      if (t.folded.length < minClippedLength || /\d/.test(t.folded) || known.some((c) => c.from <= i && i < c.to)) return;
      // A word the vocabulary knows ("medicines", "tablets") is not a misspelt brand ("Medikinet").
      if (this.#vocabulary && (this.#vocabulary.commonWords.has(t.folded) || this.#vocabulary.health.get(t.text).length > 0)) return;
      const limit = t.folded.length >= 9 ? 2 : 1;
      let near =
        t.folded.length < minSpellingLength
          ? []
          : this.#spellable.filter((s) => s.folded[0] === t.folded[0] && editDistance(t.folded, s.folded, limit) <= limit);
      // Clinicians clip drug names ("simva", "metfor"): a clipped word that begins one name only.
      if (near.length === 0 && t.folded.length >= minClippedLength && !this.#vocabulary?.commonWords.has(t.folded)) {
        near = this.#spellable.filter((s) => s.name.kind === 'drug' && s.folded.length > t.folded.length && s.folded.startsWith(t.folded));
      }
      // Only an unambiguous correction: a word near two different documents' names is left alone. A word
      // followed by a strength ("singular 10 mg") is a medicine's name however it is spelt.
      if (
        near.length > 0 &&
        new Set(near.map((s) => s.name.documentId)).size === 1 &&
        ((regimen !== undefined && followedByStrength(regimen, tokens, i)) ||
          !this.#spelledRight?.(t.folded, near[0]!.name.documentId, near[0]!.folded))
      )
        found.push({ from: i, to: i + 1, source: 'spelling', name: near[0]!.name });
    });
    return found;
  }
}

/** Two values pointing to one condition ("AVA 0.8 cm2, mean gradient 45") name it as surely as its name. */
export function namedByValues(doc: LinkedDocument): boolean {
  return doc.mentions.every((m) => m.source === 'finding') && measuredTwice(doc);
}

/** At least two values of the question point to the condition, whatever else names it. */
export function measuredTwice(doc: LinkedDocument): boolean {
  return new Set(doc.mentions.filter((m) => m.source === 'finding').map((m) => m.from)).size >= 2;
}

/** Library names before lexicon readings before findings and near spellings before vocabulary concepts, at equal length. */
const sourceRank: Record<MentionSource, number> = { name: 4, lexicon: 3, finding: 2, spelling: 1, vocabulary: 0 };

/**
 * Longest span first; at equal spans the library's own reading wins, and every candidate sharing the
 * winner's exact span and source is kept (one phrase can name a topic and be a lexicon term at once).
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  // A phrase read loosely never takes the span of a library name as long as its own words: "complete heart
  // block on the monitor" names heart block, not a heart monitor. ("Pearly wart-like bumps with a dip in the
  // middle" stays the lay phrase: "wart" is one word of it.)
  const named = candidates.filter((c) => c.source === 'name');
  // A name a topic excludes, begun a word before a longer name it runs into, is the condition typed: "septic
  // arthritis of the knee" is no "arthritis of the knee" (osteoarthritis) beside "septic" (sepsis).
  const excluded = named.filter((c) => c.name?.role === 'excluded');
  const sorted = candidates
    .filter((c) => c.loose === undefined || !named.some((n) => n.from < c.to && c.from < n.to && n.to - n.from >= c.loose!))
    .filter((c) => !excluded.some((e) => e.from < c.from && c.from < e.to && e.to < c.to))
    .sort(
      (a, b) =>
        b.to - b.from - (a.to - a.from) || sourceRank[b.source] - sourceRank[a.source] || roleRank(b) - roleRank(a) || a.from - b.from,
    );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const clash = kept.find((k) => c.from < k.to && k.from < c.to);
    if (!clash) kept.push(c);
    // (An emergency a value shows stands beside the longer reading that holds its word: "having a tonic-clonic
    // fit, 5 min now and still going" is status epilepticus as well as a seizure.)
    else if (c.urgent && !clash.urgent) kept.push(c);
    else if (
      clash.from === c.from &&
      clash.to === c.to &&
      clash.source === c.source &&
      c.name &&
      clash.name &&
      c.name.documentId !== clash.name.documentId &&
      roleRank(c) === roleRank(clash)
    )
      kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from);
}

function roleRank(c: Candidate): number {
  return c.name ? { name: 3, ingredient: 2, broader: 1, excluded: 0 }[c.name.role] : -1;
}

/** A proper name, no English word, just before an eponym's head word ("Löfgren syndrome", "Behçet's disease"). */
function eponymStart(tokens: Token[], head: number): number | undefined {
  let i = head - 1;
  // (Past a possessive's "s": "Behçet's disease".)
  if (i >= 1 && tokens[i]!.folded === 's' && tokens[i]!.start === tokens[i - 1]!.end + 1) i--;
  const word = tokens[i];
  return word && /^\p{Lu}\p{Ll}{2,}$/u.test(word.text) && !isEnglishWord(word.folded) ? i : undefined;
}

/**
 * An all-capital abbreviation of at least three letters that is no English or everyday word in lower case
 * ("PCOS", "COPD", "UTI"; not "PAD" or "CAP"): the lower-case word names the same thing.
 */
export function typedLowerCase(name: string, vocabulary?: VocabularyTables): boolean {
  if (!/^[A-Z]{3,5}$/.test(name)) return false;
  const lower = name.toLowerCase();
  return !isEnglishWord(lower) && !(vocabulary?.commonWords.has(lower) ?? false);
}

/**
 * A name built from the question's words and a group ("CAP in children") holds its capital abbreviation only as
 * typed, or typed in lower case where no English word spells it: "a lump below his knee cap" is no pneumonia.
 */
function typedAsNamed(name: string, tokens: readonly Token[], from: number, to: number, vocabulary?: VocabularyTables): boolean {
  const typed = new Set(tokens.slice(from, to).map((t) => t.text));
  return name.split(' ').every((word) => !/^[A-Z]{2,5}$/.test(word) || typed.has(word) || typedLowerCase(word, vocabulary));
}

/** Where each lexicon match stands in the tokens, in order, a phrase typed twice at each of its places. */
export function placedMatches(
  question: string,
  tokens: Token[],
  matches: LexiconMatch[],
): { match: LexiconMatch; from: number; to: number }[] {
  const placed: { match: LexiconMatch; from: number; to: number }[] = [];
  let cursor = 0;
  for (const match of matches) {
    const at = question.indexOf(match.text, cursor);
    if (at < 0) continue;
    cursor = at + match.text.length;
    const from = tokens.findIndex((t) => t.start >= at);
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= cursor) to++;
    if (from >= 0 && to > from) placed.push({ match, from, to });
  }
  return placed;
}

/** A word typed with a capital first letter ("Shot", "Stallions"). */
function capitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** Two words with only spaces or a hyphen between them: one name, not the end of one and a new clause. */
function spaced(question: string, a: Token, b: Token): boolean {
  return /^[\s-]*$/.test(question.slice(a.end, b.start));
}

/** Words for a person whose sex the vocabulary gives ("man", "my dad"), not a body part or condition of one sex. */
const personWords = new Set(['man', 'men', 'male', 'woman', 'women', 'female', 'dad', 'father', 'husband', 'mum', 'mom', 'mother', 'wife']);
