/*
 * Retrieval for an analysed question: routes it to the library topics and drugs it names (or, failing
 * a name, to the one topic its content clearly points to), scores their statements with the Ranker,
 * and finds imported literature beside them or, for questions the library does not cover, instead.
 */
import {
  analyseQuestion,
  endsClause,
  endsSentenceBetween,
  intentPriority,
  isNegated,
  normalise,
  opensClause,
  possessives,
  saidInPassing,
  toldOutsideLibrary,
} from './analyse.ts';
import { ConceptLinker, measuredTwice, namedByValues } from './concepts/link.ts';
import { expanderFor } from './expansion.ts';
import { ageAndSex, bareTitle, pastAside, tokenize } from './concepts/phrases.ts';
import { englishNeighbours, isEnglishWord } from './lexicon/english.ts';
import { formulationWords, genericClinicalWords, stopWords } from './vocabulary.ts';
import { editDistance } from './spelling.ts';
import { textAspects } from './aspects.ts';
import { askedParts, askSpan, askStart, dashedAskFrom, saidAfterAsk } from './parts.ts';
import { describedProblems } from './described.ts';
import type { DescribedProblem, DescribedSpan } from './described.ts';
import { Ranker } from './rank.ts';
import { RankingIndex } from './ranking-index.ts';
import { adultFrom, childPeople, groupAges, patientSex, sexWords, writtenForAges } from './concepts/findings.ts';
import type { FindingReader } from './concepts/findings.ts';
import type { ConceptMention, LinkedDocument, Sex, UncoveredConcept } from './concepts/types.ts';
import type { Store } from '../store/index.ts';
import type { Lexicon } from './lexicon/types.ts';
import type { VocabularyTables } from './lexicon/tables.ts';
import { drugQuestionIntents } from './types.ts';
import type { Intent, QueryAnalysis, Retrieval } from './types.ts';
import type { QueryExpander } from './query-plan.ts';

/** How many passages an open (no library focus) search keeps. */
export const openSearchLimit = 60;
/** How many imported-literature passages are considered beside a named library topic. */
export const supportingSearchLimit = 200;

export const routingLimits = {
  /** A linked document below this score (a negated mention, say) is context, not the subject. */
  minimumLink: 0.5,
  /** Drugs kept beside the topic of one question. */
  drugs: 3,
  /** Documents set side by side in a comparison. */
  compared: 3,
  /** Routing by content alone: the best topic's score over the runner-up's. */
  contentMargin: 1.5,
  /** Routing by content alone: share of the question's specific words its best statements must hold. */
  contentCoverage: 0.5,
  /** A topic this far ahead of the runner-up routes with less coverage… */
  clearMargin: 2.5,
  /** …this share of the question's rarity-weighted specific words. */
  clearCoverage: 0.3,
  /** Routing by content: how many of the best-scoring topics are weighed by how much of the question they hold… */
  coverageCandidates: 8,
  /** …their score multiplied by that rarity-weighted share to this power. */
  coveragePower: 2,
  /** Routing by words alone: the routed topic's summed statement scores over the best other candidate's, at least (coverage may reorder close ones). */
  rawLead: 1.2,
  /** Share of the best topic's coverage another must hold to rival it on raw statement scores… */
  rivalShare: 0.5,
  /** …when the best holds nearly all of the question's words (below this, every topic rivals it). */
  nearlyAll: 0.9,
  /** …and by this much more when the topic is written for the age group of the vignette's patient. */
  ageGroupTopic: 2,
  /** A topic for one sex, when the question does not give the patient's, keeps this share of its coverage score. */
  oneSexTopic: 0.8,
  /** The raw lead is not needed when the topic holds this share of the question's rarity-weighted words, with a clear margin on that. */
  heldShare: 0.75,
  /** …or no clear margin, when the topic holds this share of them (all of them, as near as weights allow). */
  heldWhole: 0.97,
  /** …of a question asking this many words at least ("cancer", "blood" are too few to hold nearly all of). */
  heldWords: 4,
  /** A topic holding this share of the question's rarity-weighted words… */
  leadingShare: 0.55,
  /** …this far ahead of the runner-up on that… */
  leadingMargin: 1.7,
  /** …needs its raw statement scores only this near the best's. */
  leadingRawLead: 0.9,
  /** A guessed condition ("is it shingles?") is checked against a description of this many specific words or more. */
  describedWords: 3,
  /** Routing by content alone: the best topic's statements that must hold the question's words. */
  contentStatements: 5,
  /** Routing by content alone needs at least this many of the question's specific words in the topic. */
  contentWords: 2,
  /** Asked words one plain-language line must hold together for the line to count in content routing. */
  layLineWords: 2,
  /** Weight, in content routing's coverage, of an everyday English word no library statement uses. */
  everydayWord: 0.3,
  /** Link strength of a topic reached by content alone: below any name, so confidence says so. */
  contentLink: 0.7,
  /** Link strength of a topic reached by content beside a drug the question names, which its statements speak of. */
  contentWithDrug: 0.85,
  /** A named condition whose statements speak of the drug the question names leads the other conditions. */
  treatsAskedDrug: 0.3,
  /** Two conditions' links this close are named alike (a name and a lexicon reading of one). */
  nearLink: 0.1,
  /** A medicine's own topic holding this share of what another topic holds of the question's words keeps the question. */
  ownTopicHolds: 0.8,
  /** Of several conditions named, the one the question's other words favour this much leads. */
  askedConditionLead: 3,
  /** A condition the vignette describes replaces a topic reached by a broad symptom word when it holds this many times the question's words. */
  describedHolds: 2,
};

export interface RetrieverOptions {
  lexicon?: Lexicon;
  vocabulary?: VocabularyTables;
  findings?: FindingReader;
}

/** Retrieval bound to one store; rebuild it after ingesting so new names and passages are known. */
export class Retriever {
  readonly #store: Store;
  readonly #linker: ConceptLinker;
  readonly #findings: FindingReader | undefined;
  /** Topics each drug statement is labelled with (statement id → topic ids), read when first needed. */
  readonly #statementTopics = new Map<number, readonly string[]>();
  readonly #vocabulary: VocabularyTables | undefined;
  readonly #libraryDocuments: Set<string>;
  readonly #titles = new Map<string, string>();
  readonly #lexicon: Lexicon | undefined;
  readonly #expander: QueryExpander | undefined;
  #ranker: Ranker | undefined;
  /** Each library document's kind (topic or drug). */
  readonly #kinds = new Map<string, string>();
  /** Each library document's names (title, bare title, aliases), normalised. */
  readonly #namesOf = new Map<string, string[]>();
  /** The same without the broader words that reach a topic ("headache" of tension-type headache). */
  readonly #ownNamesOf = new Map<string, string[]>();
  /** The topics that exclude a name ("pubic lice": head lice, scabies), by the name normalised. */
  readonly #excludersOf = new Map<string, string[]>();
  /** Each drug's indication and dosing statements as one normalised text, read once. */
  readonly #usesTexts = new Map<string, string>();
  /** Each library document's statements as one normalised text, for telling covered concepts from missing ones. */
  readonly #documentTexts = new Map<string, string>();
  /** The same text without the phrases of the document's own multi-word names ("cold sores"). */
  readonly #textsBeyondNames = new Map<string, string>();
  /** Each document's plain-language lines, normalised and padded. */
  readonly #layLines = new Map<string, string[]>();
  /** Each drug's indication statements, normalised and padded, for the use a brand names. */
  readonly #indicationTexts = new Map<string, string[]>();
  /** Each drug's adverse-effect statements, normalised and padded, for a harm the question describes. */
  readonly #harmTexts = new Map<string, string>();
  /** Passages containing each index term, loaded on the first open search. */
  #documentFrequency: Map<string, number> | undefined;
  #passageCount = 0;
  /** Whether there is imported literature to quote beside a library topic at all. */
  readonly #hasLiterature: boolean;

  constructor(store: Store, options: RetrieverOptions = {}) {
    this.#store = store;
    this.#findings = options.findings;
    const names = store.libraryNames();
    this.#linker = new ConceptLinker(names, {
      ...options,
      // A longer form of the name itself ("diabetics" for diabetes: the same stem) is not something else;
      // a shorter word with the same stem is ("verse" is not Versed).
      spelledRight: (word, documentId, name) =>
        !this.#documentHas(documentId, word) &&
        (this.#store.indexTerms(word)[0] !== this.#store.indexTerms(name)[0] || word.length < name.length) &&
        (isEnglishWord(word) || this.#libraryMentions(word)),
    });
    this.#vocabulary = options.vocabulary;
    this.#lexicon = options.lexicon;
    this.#expander = options.lexicon ? expanderFor(options.lexicon) : undefined;
    this.#libraryDocuments = new Set(names.map((n) => n.documentId));
    for (const n of names) {
      this.#titles.set(n.documentId, n.title);
      this.#kinds.set(n.documentId, n.kind);
      // (A name the topic excludes, "thyroid cancer" of hyperthyroidism, is what it is not about.)
      if (n.role === 'excluded') {
        this.#excludersOf.set(normalise(n.name), [...(this.#excludersOf.get(normalise(n.name)) ?? []), n.documentId]);
        continue;
      }
      const known = this.#namesOf.get(n.documentId) ?? [normalise(n.title), normalise(n.title.replace(/\s*\(.*\)$/, ''))];
      this.#namesOf.set(n.documentId, [...new Set([...known, normalise(n.name)])]);
      const own = this.#ownNamesOf.get(n.documentId) ?? [normalise(n.title), normalise(n.title.replace(/\s*\(.*\)$/, ''))];
      this.#ownNamesOf.set(n.documentId, n.role === 'broader' ? own : [...new Set([...own, normalise(n.name)])]);
    }
    this.#hasLiterature = store.counts().documents > this.#libraryDocuments.size;
  }

  analyse(question: string): QueryAnalysis {
    return analyseQuestion(question, this.#linker, this.#vocabulary);
  }

  /** The Ranker over the library's statements, built on first use. */
  get ranker(): Ranker {
    this.#ranker ??= new Ranker(this.#store, {
      index: new RankingIndex(this.#store, { documents: this.#libraryDocuments }),
      ...(this.#expander ? { expander: this.#expander } : {}),
    });
    return this.#ranker;
  }

  retrieve(question: string): Retrieval {
    const analysis = this.analyse(question);
    const result: Retrieval = {
      analysis,
      passages: [],
      supporting: [],
      missingTerms: [],
      termAlternatives: {},
      termWeights: {},
      statementScores: new Map(),
      partScores: [],
      routing: 'named',
      closest: [],
    };
    if (!analysis.healthRelated || analysis.injection) return result;
    const { links } = analysis;
    this.#askCautions(analysis);
    // Conditions named that no library topic is about, before those the library merely mentions are dropped.
    const namedConditions = [...new Set(links.uncovered.filter((u) => u.category === 'condition').map((u) => u.text))];
    const namesUnlistedDrug = links.uncovered.some((u) => u.category === 'drug');
    const pastUncovered = links.uncovered.some((u) => u.category === 'condition' && u.background);
    // Conditions the library lacks that the question describes without naming ("projectile vomiting after every
    // feed" is pyloric stenosis), before those the library speaks of are dropped.
    const describedUncovered = links.uncovered.filter((u) => u.category === 'condition' && u.described === true && !u.background);
    // A condition the library lacks, named where the question asks ("…papilloedema – IIH first-line
    // treatment?", "…is this Guillain-Barré?"), is the subject: a topic reached by a broader name, or named
    // only in the vignette before the ask, does not answer it.
    const tokens = tokenize(question);
    // …up to its question mark ("– LTBI regimen? she's on the combined pill" asks about LTBI).
    const { from: askFrom, to: askTo } = askSpan(question);
    /** Where the span starting at this token stands in the question (characters). */
    const at = (from: number) => tokens[from]?.start ?? 0;
    // A diagnosis queried in shorthand ("jaw pain on chewing, ESR 80 – ?GCA") is asked wherever it stands.
    const queried = (from: number) => question[at(from) - 1] === '?';
    // (So is one the question opens with, a word such as "acute" aside, when it names no library topic but
    // the patient's history or one a test ruled out: "Perioral dermatitis in a 29F using hydrocortisone – stop
    // the steroid?", "Pseudogout flare, 84F with CKD 4 – colchicine?", "Vestibular neuritis, Dix-Hallpike
    // negative – prednisolone?". Not "Cancer-associated PE…", where PE is named.)
    const firstMention = Math.min(Infinity, ...analysis.focus.flatMap((d) => d.mentions.map((m) => m.from)));
    // (Not an event some time ago that the library's statements speak of as a cause, when the ask names a
    // library drug: "Wasp sting 10 min ago, lip swelling, wheeze – IM adrenaline, how much?" asks the
    // adrenaline dose; anaphylaxis lists the stings among its triggers. "Acute vestibular neuritis, 3 days of
    // vertigo – prednisolone?" still asks about the neuritis.)
    const drugAsked = analysis.focus.some((d) => d.kind === 'drug' && d.mentions.some((m) => at(m.from) >= askFrom && askFrom > 0));
    const happenedAgo = (u: (typeof links.uncovered)[number]) => {
      const ago = tokens.slice(u.to, u.to + agoReach).find((t) => t.folded === 'ago');
      return ago !== undefined && !/[,.;?]/.test(question.slice(tokens[u.to - 1]!.end, ago.start));
    };
    // (…or after the patient's age and a qualifier, in the opening clause: "64F non-CF bronchiectasis, Pseudomonas
    // on sputum – long-term azithromycin?")
    const opening = (u: (typeof links.uncovered)[number]) =>
      u.from <= 1 ||
      (ageAndSex.test(tokens[0]?.folded ?? '') &&
        u.from <= openingReach &&
        !u.background &&
        !/[\d,.;:?!()–—]/.test(question.slice(tokens[0]!.end, at(u.from))));
    // A kind of medicine the ask names that the library has no monograph for ("…vesicular rash in a dermatome –
    // antiviral and dose?"): the medicines the patient is on are then no part of what is asked.
    const asksUnlistedDrug = links.uncovered.some((u) => u.category === 'drug' && at(u.from) >= askFrom);
    // (Nor one said to come with it, its feature, when the ask weighs a medicine the library lacks: "Hereditary
    // haemorrhagic telangiectasia with recurrent nosebleeds and iron deficiency – tranexamic acid or bevacizumab?"
    // "Down syndrome with hypothyroidism – levothyroxine dose?" still asks about the hypothyroidism.)
    const cameWith = (u: (typeof links.uncovered)[number], d: LinkedDocument) =>
      askFrom > 0 &&
      asksUnlistedDrug &&
      tokens[u.to]?.folded === 'with' &&
      d.mentions.every((m) => m.from > u.to && !endsSentenceBetween(tokens, u.to, m.from, question) && at(m.from) < askFrom);
    const opens = (u: (typeof links.uncovered)[number]) =>
      opening(u) &&
      u.from < firstMention &&
      // (A topic it is only likened to is no rival: "narcolepsy … does it get treated like insomnia?")
      !analysis.focus.some((d) => d.kind === 'topic' && !d.background && !d.ruledOut && !d.likened && !cameWith(u, d)) &&
      !(drugAsked && happenedAgo(u) && this.#spokenNear(u.text));
    // (In the ask, not one of the background: "LTBI – IGRA+, recent contact of pulm TB. Regimen?" asks about
    // the latent infection.)
    // (…or in a last sentence that is a question: "…Cr up. Likely malignancy. Acute mx pls?" asks about the
    // hypercalcaemia measured, the malignancy only its cause.)
    const conditionAskFrom = askStart(question);
    // (A cause queried in the vignette, "Adj Ca 3.58, dry, confused ?malignancy. Acute mx?", beside a
    // condition a value measures past its range, is no subject when what to do is asked: the measured one is.)
    // (…or how much of a treatment to give: "?pyelonephritis, BP 84/50, lactate 4.8 – how much fluid?")
    const measuredCondition =
      (analysis.intent === 'management' || analysis.intent === 'next-step' || analysis.intent === 'dosing') &&
      analysis.focus.some(
        (d) =>
          d.kind === 'topic' &&
          !d.background &&
          d.mentions.some(
            (m) => m.source === 'finding' && links.findings.some((f) => f.text === m.text && f.value !== undefined && f.condition),
          ),
      );
    const queriedCause = (u: (typeof links.uncovered)[number]) =>
      queried(u.from) && !(measuredCondition && conditionAskFrom > 0 && at(u.from) < conditionAskFrom);
    // (A condition told by its presentation is the problem described, unless a topic is named outright before it
    // or where the question asks: "heel pain first thing in the morning… will naproxen sort it?" is plantar
    // fasciitis whatever the drug named; "finger gets stuck bent… im diabetic on metformin" is no diabetes question.)
    const inAsk = (m: { from: number }) => askFrom > 0 && at(m.from) >= askFrom;
    const namedBefore = (u: (typeof links.uncovered)[number]) =>
      analysis.focus.some(
        (d) =>
          d.kind === 'topic' &&
          !d.background &&
          d.mentions.some((m) => (m.source === 'name' || m.source === 'finding') && (m.from < u.from || inAsk(m))),
      );
    // (A guess in a question that asks whether it is serious is a fear the described problem's topic answers:
    // "tight band round my head most days… should i be worried its a tumour?")
    // (…and so is one that topic speaks of: "tight band round my head every day – could it be a tumour??")
    const feared = (u: (typeof links.uncovered)[number]) =>
      u.guessed === true &&
      (analysis.concernAsked ||
        analysis.focus.some((d) => d.kind === 'topic' && !d.background && this.#documentHas(d.documentId, normalise(u.text))));
    const asks = (u: (typeof links.uncovered)[number]) =>
      u.category === 'condition' &&
      !feared(u) &&
      ((at(u.from) >= conditionAskFrom && !u.background) ||
        queriedCause(u) ||
        opens(u) ||
        u.onset === true ||
        (u.described === true && !namedBefore(u)));
    const askedConditions = [...new Set(links.uncovered.filter(asks).map((u) => u.text))];
    // A concept outside the library's names that its statements speak of ("Ixodes", "PPI") is context
    // the library covers; only one no statement mentions is missing evidence (or one the question asks about).
    // (Their words still make one concept: "hydrogen peroxide" is one word of agreement, not two.)
    const concepts = links.uncovered.map((u) => normalise(u.text)).filter((t) => t.includes(' '));
    const namesOtherDrug = links.uncovered.some((u) => u.category === 'drug');
    // (A drug by any of its names: "co-codamol" is in the statements as "codeine and paracetamol". A
    // condition only as named: a topic that mentions polymyalgia rheumatica as a differential does not cover "PMR".)
    const spokenOf = (u: (typeof links.uncovered)[number]) =>
      (u.category === 'drug' ? this.#otherNames(u.text) : [u.text]).some((name) => this.#libraryMentions(name));
    // A condition the library lacks that the monograph of a medicine the patient is on speaks of, a harm to watch
    // for, is the medicine's to answer: "She's also on Tysabri – what PML monitoring?" asks nothing the library
    // has not. (Not one a medicine asked for would treat: "colchicine for acute pericarditis – dose?")
    for (const u of links.uncovered)
      if (
        u.category === 'condition' &&
        analysis.focus.some(
          (d) =>
            d.kind === 'drug' &&
            analysis.taking.includes(d.documentId) &&
            this.#otherNames(u.text).some((n) => this.#documentMentions(d.documentId, normalise(n))),
        )
      )
        u.background = true;
    // (A neighbour weighed against the document the question names as well, which speaks of it, is answered
    // there: "baby blues or postnatal depression?" by the topic that tells them apart.)
    // A neighbour put as the reader's guess ("had my baby 5 weeks ago, crying every day – is this just the baby
    // blues?") is a guess at the topic that speaks of it: the description decides, as for a topic guessed.
    for (const u of links.uncovered) {
      const near = u.neighbour;
      if (!u.guessed || !near || analysis.focus.some((d) => d.documentId === near.documentId)) continue;
      if (!this.#documentHas(near.documentId, normalise(u.text))) continue;
      const mention = { text: u.text, from: u.from, to: u.to, source: 'vocabulary' as const, quality: 1 };
      analysis.focus.push({ ...near, kind: 'topic', role: 'name', names: [u.text], mentions: [mention], score: 1, guessed: true });
    }
    // A condition said again loosely, by a word a topic named in the question holds among its own names ("IGRA
    // positive … which regimen for the TB bit?" is the latent TB named before it), is that topic, not a second
    // condition the library lacks.
    links.uncovered = links.uncovered.filter(
      (u) =>
        u.category !== 'condition' ||
        !analysis.focus.some((d) => d.kind === 'topic' && d.names.some((n) => ` ${normalise(n)} `.includes(` ${normalise(u.text)} `))),
    );
    const namedDocuments = new Set(analysis.focus.map((d) => d.documentId));
    // (Only weighed against it: "X or Y", "X vs Y". "Temporal headache, jaw claudication – suspected GCA, how
    // urgently steroids?" asks about the arteritis the headache topic only lists as a red flag.)
    // (…or doubted: "cry all the time, can't bond with her – isn't the baby blues meant to go away by now?")
    // (A guess whose treatment is asked, "?bacterial tracheitis, empirical abx?", asks about the guess itself:
    // the topic that lists it as a differential does not treat it.)
    const guessTreated =
      !analysis.intents.includes('diagnosis') && (analysis.intents.includes('management') || analysis.intents.includes('dosing'));
    const doubted = (u: (typeof links.uncovered)[number]) =>
      (u.guessed === true && !(guessTreated && asks(u))) ||
      analysis.negated.some((phrase) => normalise(phrase).includes(normalise(u.text)));
    const weighed = analysis.intents.includes('comparison') || analysis.weighsAlternatives;
    const toldApart = new Set(
      links.uncovered.filter(
        (u) =>
          (weighed || doubted(u)) &&
          u.neighbour !== undefined &&
          namedDocuments.has(u.neighbour.documentId) &&
          // (Not one it is only likened to: "narcolepsy … modafinil or oxybate? does it get treated like insomnia?")
          !analysis.focus.some((d) => d.documentId === u.neighbour!.documentId && d.likened) &&
          this.#documentHas(u.neighbour.documentId, normalise(u.text)),
      ),
    );
    // (A neighbour told apart or doubted is no concept the question asks about; nor is one the documents named
    // speak of in other words, a drug's harm: "Zofran at 9 weeks? she read about cleft palate" is answered by
    // the monograph's "cleft lip or palate".)
    const spokenInFocus = (u: (typeof links.uncovered)[number]) => {
      // (A neighbour's excluded name too, when the neighbour is not named: "FIT came back abnormal – does that
      // mean bowel cancer?" is asked of the screening topic, which speaks of bowel cancer, not of IBS.)
      // (A neighbour named is not the condition, but another document named beside it may speak of it: "alcohol-
      // dependent, last drink 12h ago, Librium regimen – how to prevent Wernicke encephalopathy?" of alcohol
      // withdrawal, beside the alcohol dependence that excludes it.)
      if (u.category !== 'condition') return false;
      const neighbourNamed = u.neighbour !== undefined && namedDocuments.has(u.neighbour.documentId);
      const speakers = analysis.focus.filter((d) => !neighbourNamed || (d.documentId !== u.neighbour!.documentId && d.kind === 'topic'));
      // (By its name or, for an abbreviation, what it stands for: "follow-up for SCC risk" of lichen sclerosus,
      // whose statements speak of squamous cell carcinoma.)
      const patterns = [u.text, ...(this.#lexicon?.expand(u.text) ?? [])].flatMap((name) => nearPattern(name) ?? []);
      return speakers.some((d) =>
        patterns.some((near) => near.test(this.#documentText(d.documentId)) || this.#layLinesOf(d.documentId).some((l) => near.test(l))),
      );
    };
    // (A condition a named medicine speaks of still keeps away the topics that exclude it: "genital herpes, very
    // painful ulcers – aciclovir dose?" is the monograph's genital herpes, not the cold sores whose words it shares.)
    // (Each concept is read against the documents' text once: the test runs regular expressions over whole topics.)
    const spoken = new Set(links.uncovered.filter(spokenInFocus));
    const spokenByNamed = [...spoken].filter((u) => !u.background);
    links.uncovered = links.uncovered.filter((u) => !spoken.has(u));
    // A kind of medicine the ask wants only kept away from, in one clause: "which antibiotics should I avoid?"
    // (not "which antibiotic, and which to avoid?", which asks for a choice as well).
    const avoiding = this.#vocabulary?.contextWords.avoiding ?? new Set<string>();
    const avoidedKind = links.uncovered.some(
      (u) =>
        u.category === 'drug' &&
        at(u.from) >= conditionAskFrom &&
        tokens.some((t, i) => {
          if (!avoiding.has(t.folded) || Math.abs(i - u.from) > 4) return false;
          const [a, b] = i < u.from ? [t.end, tokens[u.from]!.start] : [tokens[u.to - 1]!.end, t.start];
          return !/[,;:?!–—]/.test(question.slice(a, b));
        }),
    );
    // Drugs without a monograph that the library's statements speak of, named before they are dropped as context.
    // (One drug, not a class named in the plural: "which antibiotics to avoid" names none.)
    const unlistedDrugs = links.uncovered.filter((u) => u.category === 'drug' && !/s$/i.test(u.text) && spokenOf(u));
    const unlisted = unlistedDrugs.map((u) => normalise(u.text));
    const unlistedAsked = unlistedDrugs
      .filter((u) => conditionAskFrom > 0 && at(u.from) >= conditionAskFrom && !(avoidedKind && this.#isClassWord(u.text)))
      .map((u) => normalise(u.text));
    // (Nor is one ruled out by a negation just before it: "no drug allergies", "no hearing loss" say what the
    // patient does not have; "did not get vaccinated for measles" rules out no measles.)
    const negations = this.#vocabulary?.contextWords.negation ?? new Set<string>();
    // (…nor one that names what a product is for: "can I use the athlete's foot cream on his scalp?" asks
    // about the scalp.)
    const products = this.#vocabulary?.contextWords.product ?? new Set<string>();
    const ruledOut = (u: (typeof links.uncovered)[number]) =>
      u.category === 'condition' &&
      (tokens
        .slice(Math.max(0, u.from - 2), u.from)
        // (A negation joined by a hyphen to the word after it negates that word only: "non-CF bronchiectasis".)
        // (…and one in the clause before denies nothing here: "bleeding with no pain, scan says low-lying placenta".)
        .some(
          (t, i, before) =>
            negations.has(t.folded) &&
            !(i < before.length - 1 && question[t.end] === '-') &&
            !/[,;.:?!–—]/.test(question.slice(t.end, tokens[u.from]!.start)),
        ) ||
        products.has(tokens[u.to]?.folded ?? ''));
    // (A condition ruled out, "CT no haemorrhage", is not asked.)
    const askedUncovered = links.uncovered.some((u) => asks(u) && !toldApart.has(u) && !ruledOut(u));
    // The patient's own conditions the library lacks, wherever the question names them (not the history's).
    // (Nor one the patient says the medicine is for: "I take loperamide for chronic diahrrea" asks of its use.)
    const ownCondition = (u: (typeof links.uncovered)[number]) =>
      u.category === 'condition' && !u.background && !toldApart.has(u) && !ruledOut(u) && tokens[u.from - 1]?.folded !== 'for';
    const ownConditions = [...new Set(links.uncovered.filter(ownCondition).map((u) => u.text))];
    // (A condition the drug is named for, though no topic covers it, is not described: "Cyklokapron for heavy
    // menstrual bleeding" is asked of the monograph, not of the bleeding topic its words share.)
    const namesUncoveredUse = links.uncovered.some((u) => u.category === 'condition' && tokens[u.from - 1]?.folded === 'for');
    // (A condition a presentation tells stays, though another topic names it in passing: that presentation was
    // written because the library has no topic for it, "ring finger locking in flexion, nodule over A1 pulley".)
    links.uncovered = links.uncovered.filter(
      (u) => !ruledOut(u) && (u.neighbour ? !toldApart.has(u) : asks(u) || toldOutsideLibrary(u) || !spokenOf(u)),
    );
    // (The neighbours of the conditions asked: "?bacterial tracheitis" is not croup.)
    const askedNeighbours = new Set(links.uncovered.filter(asks).flatMap((u) => (u.neighbour ? [u.neighbour.documentId] : [])));
    // A condition of the patient's own (not the history's) that no statement speaks of by any of its names.
    // (Read only where it decides: each name is looked for in every document.)
    const unspokenCondition = () =>
      links.uncovered.some(
        (u) =>
          u.category === 'condition' &&
          !u.background &&
          !u.neighbour &&
          !this.#otherNames(u.text).some((n) => this.#libraryMentions(n)) &&
          !this.#spokenNear(u.text),
      );
    // A neighbouring condition the question names keeps it away from the topic that excludes it.
    // (Not one of the history or of someone else: "LTBI, IGRA+, recent contact of pulm TB" is the latent TB topic's.)
    // (Nor one said in a sentence before the ask, when the ask's own sentence names the topic: "always mix up PBC
    // and PSC. In primary biliary cholangitis what antibody is positive?" asks about the PBC.)
    const askSentence = conditionAskFrom > 0 ? sentenceStart(question, conditionAskFrom) : 0;
    const namedInAskSentence = (documentId: string) =>
      analysis.focus.some((d) => d.documentId === documentId && d.mentions.some((m) => at(m.from) >= askSentence && m.source === 'name'));
    const saidBeforeAsk = (u: (typeof links.uncovered)[number], documentId: string) =>
      askSentence > 0 && at(u.from) < askSentence && !asks(u) && namedInAskSentence(documentId);
    // (Every topic that excludes it, not only its nearest: "lice in my pubic hair – is it the same stuff you use
    // for head lice?" is not the head lice topic's, though scabies is the neighbour named.)
    const keptAwayBy = new Set(
      links.uncovered.flatMap((u) =>
        u.background
          ? []
          : [...(u.neighbour ? [u.neighbour.documentId] : []), ...(this.#excludersOf.get(normalise(u.text)) ?? [])].filter(
              (id) => !saidBeforeAsk(u, id),
            ),
      ),
    );
    for (const u of spokenByNamed)
      if (!ruledOut(u)) for (const id of this.#excludersOf.get(normalise(u.text)) ?? []) if (!namedDocuments.has(id)) keptAwayBy.add(id);
    const excluded = new Set(keptAwayBy);
    // (…nor one named before the ask whose own statements speak of all that is asked, by any of its names:
    // "cirrhosis with new ascites – which diuretic, and how is he checked for HCC?" is the cirrhosis topic's
    // surveillance; "Ménière's disease – betahistine dose?" the Ménière's topic's betahistine.)
    const askedConcepts = links.uncovered.filter(asks);
    const speaksOfAsked = (d: LinkedDocument) =>
      askedConcepts.length > 0 &&
      d.mentions.some((m) => m.source === 'name') &&
      askedConcepts.every((u) => this.#hasAnyName(d.documentId, u.text));
    // (…nor one told by a description that holds what is asked: "periods every 2-4 months, acne and hirsutism …
    // what for cycle control/hirsutism?" asks about the hirsutism of the PCOS so described.)
    const describedWith = (d: LinkedDocument, u: UncoveredConcept) =>
      d.mentions.some((m) => m.described && ` ${normalise(m.text)} `.includes(` ${normalise(u.text)} `));
    const describesAsked = (d: LinkedDocument) => askedConcepts.length > 0 && askedConcepts.every((u) => describedWith(d, u));
    if (askedUncovered)
      for (const d of analysis.focus)
        // (…nor one of the patient's background: "frozen shoulder – does a steroid injection help? esp in pts
        // with type 2 diabetes".)
        // (…nor one it is only likened to: "narcolepsy – does it get treated like insomnia?")
        // (…nor one only described, when the condition the library lacks was said to be the diagnosis: "gp said
        // its probably gilberts. is it dangerous, do i need to stop drinking?")
        if (
          d.kind === 'topic' &&
          (d.role === 'broader' ||
            d.background ||
            d.likened ||
            (d.mentions.every((m) => at(m.from) < askFrom) && !speaksOfAsked(d) && !describesAsked(d)) ||
            (links.uncovered.some((u) => u.onset && asks(u)) && d.mentions.every((m) => m.described)))
        )
          excluded.add(d.documentId);
    // "acetazolamide dose + what drops?": the dose asked is of a medicine the library has no monograph for;
    // a library drug of the vignette ("started amitriptyline last week") is context, and its doses no answer.
    if (analysis.intent === 'dosing') {
      const doseCues = (this.#vocabulary?.intentCues.findAll(tokens) ?? []).filter((c) => c.value === 'dosing');
      const dosed = (span: { from: number; to: number }) =>
        doseCues.some((c) => (c.from >= span.to && c.from - span.to <= 1) || (span.from >= c.to && span.from - c.to <= 1));
      const libraryDrugs = analysis.focus.filter((d) => d.kind === 'drug');
      const dosedHere = links.uncovered.filter((u) => u.category === 'drug' && dosed(u));
      // (Only the vignette's drugs, named before it or taken: "which benzo regimen and does he need Pabrinex?"
      // asks about the Pabrinex too.)
      if (dosedHere.length > 0 && !libraryDrugs.some((d) => d.mentions.some(dosed)))
        for (const d of libraryDrugs)
          if (analysis.taking.includes(d.documentId) || d.mentions.every((m) => dosedHere.every((u) => m.from < u.from)))
            excluded.add(d.documentId);
    }
    // A condition the library lacks, named after a covered one ("headaches… the eye doctor says raised brain
    // pressure (IIH), will acetazolamide help?"), is what the symptoms turned out to be: the covered topic
    // named before it does not answer it.
    // (Not one of the history: "Adj Ca 3.45, confused, known breast ca with bony mets" is the hypercalcaemia.)
    // (Not one whose own statements speak of it by name, a part of it: "first-line drug for ovulation induction in
    // PCOS-related infertility" is the PCOS topic's.)
    // (Nor a condition named as what a medicine is taken for, before the ask: "…stools still hard. Also taking
    // co-codamol for chronic back pain. What laxative next?" is still the constipation's. In the ask it is asked
    // about: "Acetazolamide dose for altitude sickness prophylaxis?")
    // (Nor one the reader only fears: "tight band round my head… should i be worried its a tumour?")
    const laterUncovered = links.uncovered.filter(
      (u) =>
        u.category === 'condition' &&
        !u.background &&
        !feared(u) &&
        !(tokens[u.from - 1]?.folded === 'for' && !u.described && at(u.from) < conditionAskFrom),
    );
    const lastUncovered = Math.max(-1, ...laterUncovered.map((u) => u.from));
    // (Named, not reached by a value: "BP 210/115 in episodes – ?phaeochromocytoma" is no hypertension question.)
    const partOf = (d: LinkedDocument) =>
      laterUncovered.some(
        (u) =>
          u.from === lastUncovered &&
          // (By any of its names: "surveilled for HCC" is the cirrhosis topic's hepatocellular carcinoma screening.)
          ((d.mentions.some((m) => m.source === 'name') && this.#hasAnyName(d.documentId, u.text)) || describedWith(d, u)),
      );
    // (Nor one a medicine named after it treats, the comorbidity being context: "hypothyroidism with vitiligo –
    // levothyroxine dose?" asks the hypothyroidism's dose.)
    const treatedAfter = (d: LinkedDocument) =>
      analysis.focus.some(
        (x) => x.kind === 'drug' && x.mentions.every((m) => m.from > lastUncovered) && this.#usedFor(x.documentId, d.documentId),
      );
    for (const d of analysis.focus)
      if (d.kind === 'topic' && d.mentions.every((m) => m.from < lastUncovered) && !partOf(d) && !treatedAfter(d))
        excluded.add(d.documentId);
    // (A topic named after a condition told by its presentation, away from the ask, is the patient's background:
    // "finger locks in flexion… T2DM on metformin. Steroid injection or surgical release?")
    for (const u of links.uncovered.filter((u) => u.described && asks(u)))
      for (const d of analysis.focus)
        if (d.kind === 'topic' && d.mentions.every((m) => m.from > u.from && !inAsk(m))) excluded.add(d.documentId);

    // Of two conditions named beside a drug ("78F with IHD, TSH 24 – levothyroxine dose?"), the one whose
    // statements speak of that drug is the subject; the other is context.
    // (A drug already tried says nothing about which condition is asked: both may use it.)
    const askedDrugs = analysis.focus.filter((d) => d.kind === 'drug' && !analysis.tried.includes(d.documentId));
    // A drug the patient is on, when the question asks nothing about a drug ("on apixaban for AF – what to
    // treat the gout flare with?"), is history: it says nothing about which condition is asked.
    // (…and so is it when a medicine to add is asked without naming one: "HFpEF … also T2DM on metformin – which
    // prognostic drug should be added, at what dose?" asks the dose of the new drug, not of the metformin.)
    // (…and so is it when the ask names no medicine, the one taken said in a sentence of its own before it: "3rd
    // gout flare. HTN on ramipril. Plan for urate-lowering – start dose?" asks the dose of the gout's treatment.
    // Said in the ask's own sentence it is the medicine asked of: "doc wants me on metformin, what dose?")
    const askToken = tokens.findIndex((_, i) => at(i) >= conditionAskFrom);
    const saidApart = (d: LinkedDocument) =>
      d.mentions.every((m) => askToken > 0 && endsSentenceBetween(tokens, m.to - 1, askToken, question));
    const addedUnnamed =
      // (What to avoid is asked of the condition with its medicines: "MG pt on pyridostigmine admitted with CAP.
      // Which antibiotics should I steer clear of?")
      (analysis.intents.includes('next-step') || (analysis.intent !== 'contraindications' && askedDrugs.every(saidApart))) &&
      conditionAskFrom > 0 &&
      askedDrugs.every((d) => d.mentions.every((m) => at(m.from) < conditionAskFrom));
    // (A dose or course so asked is of a new treatment, unless the ask's words are the medicine's own: "on ferrous
    // sulfate TDS, constipated. Can we switch to alternate-day dosing?" asks about the iron.)
    const doseAsked = analysis.intent === 'dosing' || analysis.intent === 'duration';
    const askWordsOf = (documentId: string) =>
      analysis.focusTerms.filter(
        (t) => t.length >= 3 && question.toLowerCase().indexOf(t, conditionAskFrom) >= 0 && this.#documentHas(documentId, t),
      );
    const ownedByTaken = (topicId: string) => askedDrugs.some((d) => askWordsOf(d.documentId).some((t) => !this.#documentHas(topicId, t)));
    // (…and only when the ask says a treatment begins, by a word for it or a kind of medicine without a monograph:
    // "Priadel 800 mg nocte, level 1.3. Interpretation, target range?" still asks about the lithium.)
    const startWords = this.#vocabulary?.contextWords.starting ?? new Set<string>();
    const startAsked = asksUnlistedDrug || tokens.some((t, i) => at(i) >= conditionAskFrom && startWords.has(t.folded));
    const newTreatmentAsked = addedUnnamed && doseAsked && startAsked && askedDrugs.every(saidApart);
    const history =
      (!drugQuestionIntents.has(analysis.intent) || addedUnnamed) &&
      askedDrugs.length > 0 &&
      askedDrugs.every((d) => analysis.taking.includes(d.documentId));
    // (A drug without a monograph counts too, by the name typed: "chlordiazepoxide" in cirrhosis with
    // alcohol withdrawal is the withdrawal topic's drug. Beside a library drug, only one the ask names: "admitted
    // with cellulitis on IV fluclox … last drink 14 h ago, tremulous – benzo regimen?" asks about the withdrawal
    // the benzodiazepine treats. A kind of medicine to avoid is the condition's to name: "MG pt on pyridostigmine,
    // admitted with CAP – which antibiotic classes should I steer clear of?" asks of the myasthenia.)
    // (When the ask names a kind of medicine to start, those the patient is on are its context: "after a stroke, on
    // clopidogrel and atorvastatin, PHQ-9 16 – antidepressant choice and cautions?" asks about the depression.)
    const takenBesideKind = unlistedAsked.length > 0 && askedDrugs.every((d) => analysis.taking.includes(d.documentId));
    // (…and that kind, by any of its names, is what decides between the conditions named: "T2DM on metformin +
    // gliclazide, lower leg cellulitis, penicillin allergy. Oral abx, dose and duration?" is the cellulitis's.)
    // (Not the kind of a medicine taken, whose harm is asked: "T2DM on dapagliflozin, 3rd bout of thrush – treat
    // with what, and is the SGLT2i to blame?")
    const takenKinds = new Set(askedDrugs.flatMap((d) => (this.#lexicon?.classesOf(bareName(d.title)) ?? []).map(normalise)));
    const kindAsked = takenBesideKind
      ? [
          ...new Set(
            unlistedAsked
              .map((n) => this.#otherNames(n).map(normalise))
              .filter((names) => !names.some((n) => takenKinds.has(n)))
              .flat(),
          ),
        ]
      : [];
    const drugNames = history
      ? kindAsked
      : [
          ...(takenBesideKind ? [] : askedDrugs.map((d) => bareName(d.title))),
          ...(askedDrugs.length === 0 ? unlisted : kindAsked.length > 0 ? kindAsked : unlistedAsked),
        ];
    // A brand is licensed for its own uses ("Wegovy" for weight, "Ozempic" for diabetes): a condition the
    // monograph's indications name beside the brand typed is what it is taken for.
    // (Not the brand of a medicine the patient is on when nothing is asked of it: "on Eliquis for AF, Hb 94,
    // ferritin 6 – work-up?" asks about the anaemia, whatever Eliquis is licensed for.)
    const brandUses = (history ? [] : askedDrugs).flatMap((d) =>
      d.mentions
        .map((m) => normalise(m.text))
        // (The generic name without its salt, "dabigatran" of "dabigatran etexilate", is no brand.)
        .filter((b) => !` ${bareName(d.title)} `.includes(` ${b} `))
        .map((b) => this.#indicationsNaming(d.documentId, b)),
    );
    // The documents those indications name, read once for the whole question.
    const brandNamed = new Set(
      brandUses.length === 0
        ? []
        : [...this.#kinds.keys()].filter((id) =>
            brandUses.some((uses) => (this.#namesOf.get(id) ?? []).some((n) => n.length >= 4 && uses.includes(` ${n} `))),
          ),
    );
    // The one condition a brand is for, when the question names conditions but none of the drug's uses ("can
    // I get Wegovy? I have high blood pressure"), is a candidate too: the brand says what it is taken for. ("Ozempic for
    // weight loss" names a use: it stays.)
    const brandTopics = [...brandNamed].filter((id) => this.#kinds.get(id) === 'topic');
    // (Naming no condition at all, "Wegovy dose?", the monograph answers.)
    const namedTopics = analysis.focus.filter((t) => t.kind === 'topic');
    const namesAUse = namedTopics.some((t) => askedDrugs.some((d) => this.#usedFor(d.documentId, t.documentId)));
    // Beside another drug ("angina on a nitrate, asking for Viagra") the question is about taking them together.
    const otherDrug = askedDrugs.length > 1 || analysis.taking.length > 0 || namesOtherDrug;
    const candidates =
      brandTopics.length === 1 && namedTopics.length > 0 && !namesAUse && !otherDrug
        ? [
            ...analysis.focus,
            {
              documentId: brandTopics[0]!,
              kind: 'topic' as const,
              title: this.#titles.get(brandTopics[0]!) ?? brandTopics[0]!,
              role: 'name' as const,
              names: this.#namesOf.get(brandTopics[0]!) ?? [],
              mentions: [],
              score: routingLimits.contentWithDrug,
            },
          ]
        : analysis.focus;
    // A topic named only by the class of a drug the question names ("on simvastatin – what to do with the
    // statin?") is that drug named again, not a condition asked about.
    const drugClasses = new Set(askedDrugs.flatMap((d) => (this.#lexicon?.classesOf(bareName(d.title)) ?? []).map(normalise)));
    const classOnly = (d: LinkedDocument) =>
      d.kind === 'topic' && d.mentions.length > 0 && d.mentions.every((m) => drugClasses.has(normalise(m.text).replace(/s$/, '')));
    const linked = candidates
      .filter((d) => !excluded.has(d.documentId) && !classOnly(d))
      .map((d) => {
        if (d.kind !== 'topic') return d;
        // (Asked whether the drug is safe, the condition it is taken for, "ibuprofen for my headaches", is not
        // the one that decides: "stage 3 kidney disease – is it ok to take ibuprofen?")
        const indicationOnly = asksSafety(analysis) && this.#givenFor(analysis, d);
        // (Nor is a condition of the background beside a new one: "has Alzheimer's, suddenly more muddled, GP
        // gave her trimethoprim for a water infection" is asked about the confusion.)
        // (Unless what to avoid is asked, beside the medicine the patient takes for it: "known myasthenia gravis on
        // pyridostigmine, now a simple UTI – which antibiotics should I avoid?" asks of the myasthenia.)
        const guarded =
          analysis.intent === 'contraindications' && avoidedKind && analysis.taking.some((id) => this.#usedFor(id, d.documentId));
        const backgroundOnly = d.background && !guarded && analysis.focus.some((t) => t.kind === 'topic' && !t.background);
        const treats =
          !indicationOnly && !backgroundOnly && drugNames.some((n) => this.#documentMentions(d.documentId, n))
            ? routingLimits.treatsAskedDrug
            : 0;
        const brand = brandNamed.has(d.documentId) ? routingLimits.treatsAskedDrug : 0;
        return treats + brand > 0 ? { ...d, score: d.score + treats + brand } : d;
      })
      .sort((a, b) => b.score - a.score);
    // A condition the library lacks, pictured, that kept the topic excluding it away, leaves no medicine named to
    // answer for it unless the medicine's monograph speaks of it: "painful red eye, halos, big pupil, been sick –
    // is this pink eye, can I just use chloramphenicol?" is acute glaucoma, not the chloramphenicol's.
    const pictureKeptAway = links.uncovered.filter(
      (u) => u.described && !u.background && u.neighbour && excluded.has(u.neighbour.documentId),
    );
    if (
      pictureKeptAway.length > 0 &&
      linked.length > 0 &&
      linked.every((d) => d.kind === 'drug') &&
      !linked.some((d) => pictureKeptAway.some((u) => this.#documentMentions(d.documentId, normalise(u.text))))
    )
      linked.splice(0, linked.length);
    // A condition said in passing beside one the question describes ("green snot, face hurts when I bend over,
    // bit of a sore throat too") is not what is asked: the described one leads.
    const besides = this.#vocabulary?.contextWords.besides ?? new Set<string>();
    const saidBesides = (d: LinkedDocument) => d.mentions.length > 0 && d.mentions.every((m) => besides.has(tokens[m.to]?.folded ?? ''));
    const firstTopic = linked.find((d) => d.kind === 'topic');
    if (firstTopic && saidBesides(firstTopic)) {
      const described = linked.find(
        (d) =>
          d !== firstTopic &&
          d.kind === 'topic' &&
          !d.background &&
          d.role !== 'broader' &&
          d.score >= routingLimits.minimumLink &&
          !saidBesides(d),
      );
      if (described) {
        linked.splice(linked.indexOf(described), 1);
        linked.splice(linked.indexOf(firstTopic), 0, { ...described, score: Math.max(described.score, firstTopic.score) });
      }
    }
    const brandIndicated = new Set(linked.filter((d) => brandNamed.has(d.documentId)).map((d) => d.documentId));
    const dashedFrom = dashedAskFrom(question);
    this.#preferAskedCondition(
      analysis,
      linked,
      // (Not the patient's background or an infection's source: "Septic shock ?pneumonia source".)
      (d) =>
        !d.background &&
        d.mentions.some(
          (m) =>
            (queried(m.from) && !(measuredCondition && conditionAskFrom > 0 && at(m.from) < conditionAskFrom)) ||
            (askFrom > 0 && at(m.from) >= dashedFrom && at(m.from) < askTo),
        ),
      brandIndicated,
      (topicId) => newTreatmentAsked && !ownedByTaken(topicId),
      unlistedAsked,
    );
    // The reader's guess beside a condition the rest of the question names or describes ("suddenly confused,
    // has a water infection – is this dementia starting?") is answered by the topic that speaks of the guess:
    // delirium, which tells the two apart.
    const guess = linked.find((d) => d.kind === 'topic' && d.guessed);
    // (…said before a turn to what is happening now, the other condition is what went before, not a rival:
    // "constipated on co-codamol for a week, now fresh blood on the paper – is it piles?")
    const turnWords = this.#vocabulary?.contextWords.turn ?? new Set<string>();
    const turnsBefore = (d: LinkedDocument, g: LinkedDocument) => {
      if (d.mentions.length === 0 || g.mentions.length === 0) return false;
      const from = Math.max(...d.mentions.map((m) => m.to));
      const to = Math.min(...g.mentions.map((m) => m.from));
      for (let i = from; i < to; i++) if (turnWords.has(tokens[i]!.folded) && opensClause(tokens, i, question)) return true;
      return false;
    };
    const tellsApart = guess
      ? linked.find(
          (d) =>
            d !== guess &&
            d.kind === 'topic' &&
            !d.guessed &&
            // (Nor a broader condition the description names on the way, "bunged up since starting co-codamol – is
            // it piles?": it is what brought the guess on, not its rival.)
            d.role !== 'broader' &&
            !turnsBefore(d, guess) &&
            // (Not one of the patient's history: "had chlamydia a few years back – could it be ectopic?"; nor what a
            // medicine was given for: "had co-amoxiclav for a UTI, now watery stools – could it be C diff?")
            !d.background &&
            !this.#givenFor(analysis, d) &&
            d.score >= routingLimits.minimumLink &&
            // (By its names or the word typed for it: "is it thrush?" is told apart where bacterial vaginosis says "thrush".)
            [...guess.names, ...guess.mentions.map((m) => m.text)].some(
              (n) => n.length >= 4 && this.#documentHas(d.documentId, normalise(n)),
            ),
        )
      : undefined;
    if (guess && tellsApart) {
      linked.splice(linked.indexOf(tellsApart), 1);
      linked.unshift({ ...tellsApart, score: Math.max(tellsApart.score, guess.score) });
    }
    // Of two conditions linked alike, the one the ask calls by a word of its own title is asked about: "dependent
    // drinker, last drink 20 h ago, shaky – how should the withdrawal be managed?" is the withdrawal's.
    const askWords = new Set(tokens.filter((_, i) => askFrom > 0 && at(i) >= askFrom).map((t) => t.folded));
    // (Plural or not: "what do I add for the kidneys?" calls chronic kidney disease.)
    const titleInAsk = (d: LinkedDocument) =>
      d.kind === 'topic' &&
      normalise(bareTitle(d.title))
        .split(' ')
        .some(
          (w) =>
            w.length >= 5 &&
            !genericClinicalWords.has(w) &&
            (askWords.has(w) || askWords.has(`${w}s`)) &&
            !d.mentions.some((m) => normalise(m.text).split(' ').includes(w)),
        );
    // (…and so is one read from a value in the vignette beside a condition named there: "T2DM, eGFR 38, uACR 45
    // despite ramipril – what do I add for the kidneys?" asks about the kidney disease the albuminuria shows.)
    const measured = (d: LinkedDocument) => d.mentions.every((m) => m.source === 'finding');
    const tied = linked.filter(
      (d) =>
        d.kind === 'topic' &&
        !d.background &&
        (d.score === linked[0]?.score || (measured(d) && d.score >= routingLimits.minimumLink && askFrom > 0)),
    );
    // (Not a guess the reader puts, which the description decides: "…a drink settles it. does this mean parkinsons?")
    const called = tied.filter((d) => titleInAsk(d) && !d.guessed);
    if (tied.length >= 2 && called.length === 1 && linked[0] !== called[0] && !titleInAsk(linked[0]!))
      linked.unshift(...linked.splice(linked.indexOf(called[0]!), 1));
    // (…and so is the one named in the ask by a medicine it is about, the other only in the vignette: "CKD G3b,
    // eGFR 38 … before starting a statin? Which one and what dose?" asks about the statin.)
    else if (askFrom > 0 && tied.length === 2 && linked[0] === tied[0]) {
      const inAskOnly = tied.filter((d) => d.mentions.every((m) => at(m.from) >= askFrom));
      if (
        inAskOnly.length === 1 &&
        inAskOnly[0] !== linked[0] &&
        inAskOnly[0]!.mentions.every((m) => this.#vocabulary?.health.get(m.text).includes('drug'))
      )
        linked.unshift(...linked.splice(linked.indexOf(inAskOnly[0]!), 1));
    }
    // Of two conditions linked, one named only as what a medicine is given for gives way to one the last
    // sentence asks about: "…due to start adalimumab for Crohn's. LTBI treatment options & durations?" asks
    // about the latent TB.
    const forTopic = linked.find((d) => d.kind === 'topic');
    // (The positions first: most questions name no second condition there, and reading "for" tokenizes again.)
    const askedTopics =
      forTopic && conditionAskFrom > 0
        ? linked.filter(
            (d) =>
              d !== forTopic &&
              d.kind === 'topic' &&
              !d.background &&
              d.score >= routingLimits.minimumLink &&
              d.mentions.length > 0 &&
              // (By name: a worry read from lay words after the ask, "…stay on it forever?? read online they thin your
              // bones", is no condition asked about.)
              d.mentions.every((m) => at(m.from) >= conditionAskFrom && m.source === 'name'),
          )
        : [];
    if (forTopic && askedTopics.length > 0 && this.#givenFor(analysis, forTopic)) {
      const notUses = askedTopics.filter((d) => !this.#givenFor(analysis, d));
      if (notUses.length === 1) linked.splice(linked.indexOf(forTopic), 0, ...linked.splice(linked.indexOf(notUses[0]!), 1));
    }
    // A condition the vignette both describes and measures beside one it only names ("T2DM, calf pain at 100 m
    // eased by rest, ABPI 0.62 – initial management?") is what brought the patient: the named one is history.
    const describedAndMeasured = (d: LinkedDocument) =>
      d.kind === 'topic' &&
      !d.background &&
      d.mentions.some((m) => m.source === 'finding') &&
      // (A description of some words, not a word the lexicon reads: "antihypertensive" describes nothing.)
      d.mentions.some(pictures);
    const onlyNamed = linked[0];
    if (
      onlyNamed?.kind === 'topic' &&
      !describedAndMeasured(onlyNamed) &&
      onlyNamed.mentions.every((m) => m.source === 'name' && !queried(m.from) && !(askFrom > 0 && at(m.from) >= askFrom))
    ) {
      const shown = linked.filter((d) => d !== onlyNamed && describedAndMeasured(d) && d.score >= onlyNamed.score);
      if (shown.length === 1) linked.unshift(...linked.splice(linked.indexOf(shown[0]!), 1));
    }
    // A topic named by a symptom ("crushing chest pain", "fever") gives way to a diagnosis linked beside it, which
    // says what the symptom is: "central crushing chest pain, STE V1–V4 – antiplatelets?" is the STEMI's.
    const categories = (text: string) => this.#vocabulary?.health.get(text) ?? [];
    // (Only a diagnosis whose own statements speak of that symptom: "urge incontinence" in a woman with mild
    // dementia stays the incontinence's, "hot flashes" beside "BMI 33" the menopause's.)
    // (A condition's own name ending in a symptom's word is no symptom: "glandular fever" is not a fever, and a
    // rash after amoxicillin in it is not the tonsillitis the amoxicillin was given for.)
    const symptomOf = (m: ConceptMention) => {
      const words = normalise(m.text).split(' ');
      const tails = words.map((_, i) => words.slice(i).join(' '));
      const first = tails.findIndex((tail) => categories(tail).includes('symptom') || categories(tail).includes('condition'));
      return first >= 0 && categories(tails[first]!).includes('symptom') ? tails[first] : undefined;
    };
    const diagnosisNamed = (m: ConceptMention) =>
      m.source !== 'finding' && [m.text, ...(m.name ? [m.name] : [])].some((t) => categories(t).includes('condition'));
    const presenting = linked[0];
    // (A condition reached by its picture is no symptom: "wiped out with swollen glands… came out in a rash on
    // amoxicillin" stays glandular fever beside the sore throat named.)
    const pictured = presenting !== undefined && presenting.mentions.some((m) => m.pictured);
    const symptoms = presenting?.kind === 'topic' && !pictured ? presenting.mentions.map(symptomOf) : [];
    if (symptoms.length > 0 && symptoms.every((t) => t !== undefined)) {
      const diagnosis = linked.filter(
        (d) =>
          d !== presenting &&
          d.kind === 'topic' &&
          !d.background &&
          !d.guessed &&
          d.role !== 'broader' &&
          d.score >= routingLimits.minimumLink &&
          d.mentions.some(diagnosisNamed) &&
          symptoms.some((t) => this.#documentHas(d.documentId, t!)),
      );
      if (diagnosis.length === 1) linked.unshift(...linked.splice(linked.indexOf(diagnosis[0]!), 1));
    }
    let focus = chooseFocus(linked, analysis.intent === 'comparison');
    // A condition ruled out beside a medicine named is no subject of it: "58M, no diabetes, QRISK3 14%, wants
    // to start Lipitor – what dose?" is the atorvastatin's, not its use in diabetes.
    // (Named and ruled out: one reached only through what is denied, "no loin pain or fever", may still be it.)
    const deniedByName = (f: LinkedDocument) => f.kind === 'topic' && f.ruledOut && f.mentions.every((m) => m.source === 'name');
    if (focus.some((f) => f.kind === 'drug' && !f.ruledOut)) focus = focus.filter((f) => !deniedByName(f));
    // A topic written for the other sex is not the patient's, however it was named: "my mum can't pass urine"
    // is not answered by "Acute urinary retention in men".
    // (By the vignette's sex, "79F", or by words only when no child is spoken of: "had my son 8 weeks ago, I cry
    // every day" is about the mother.)
    const sex = this.#patientSex(analysis);
    const speaksOfChild = tokens.some((t) => childPeople.has(t.folded));
    const namedSex = analysis.links.findings.some((f) => f.sex) || !speaksOfChild ? sex : undefined;
    const otherSexOnly = focus.filter((f) => f.kind === 'topic' && this.#forOtherSex(f.title, namedSex));
    focus = focus.filter((f) => !otherSexOnly.includes(f));
    // A drug named as already tried beside its condition ("still seizing after lorazepam – what next?") is
    // history: what comes next is in the condition's topic, not in that drug's monograph.
    if (analysis.tried.length > 0 && focus.some((f) => f.kind === 'topic'))
      focus = focus.filter((f) => !analysis.tried.includes(f.documentId));
    // Two medicines weighed against each other beside a condition that is only what the patient's own medicine
    // treats ("epilepsy on lamotrigine, travelling to Kenya – Malarone or doxy for prophylaxis?") are asked of in
    // the topic both are used for, malaria: the epilepsy topic's statements (lamotrigine first-line) answer nothing.
    const treatedCondition = focus.find((f) => f.kind === 'topic');
    const choices = focus.filter(
      (f) => f.kind === 'drug' && !analysis.taking.includes(f.documentId) && !analysis.tried.includes(f.documentId),
    );
    if (
      treatedCondition &&
      choices.length >= 2 &&
      this.#givenFor(analysis, treatedCondition, true) &&
      analysis.taking.some((id) => this.#usedFor(id, treatedCondition.documentId)) &&
      choices.every((d) => !this.#usedFor(d.documentId, treatedCondition.documentId))
    ) {
      const used = this.#topicUsing(analysis, choices, concepts, undefined, true);
      if (used && used.documentId !== treatedCondition.documentId && choices.every((d) => this.#usedFor(d.documentId, used.documentId)))
        focus = [used, ...focus.filter((f) => f !== treatedCondition)];
    }
    // Two drugs read as an interaction only because they are named together: when the one the patient is
    // not already on is given for the condition named, the question asks its dose ("T2DM on metformin, B12
    // 120 – hydroxocobalamin regimen?"); beside a drug given for something else ("on warfarin for AF –
    // ibuprofen dose?") it stays a question of taking them together.
    const topic = focus.find((f) => f.kind === 'topic');
    const added = focus.filter((f) => f.kind === 'drug' && !analysis.taking.includes(f.documentId));
    if (
      analysis.interactionInferred &&
      analysis.intents.includes('dosing') &&
      topic &&
      added.length > 0 &&
      added.length < focus.filter((f) => f.kind === 'drug').length &&
      added.every((d) => this.#usedFor(d.documentId, topic.documentId))
    ) {
      analysis.intent = 'dosing';
      analysis.intents = ['dosing', ...analysis.intents.filter((i) => i !== 'dosing' && i !== 'contraindications')];
    }
    // A dose asked for a named condition that the drug's indications and doses never name ("Thyroid storm –
    // propranolol dose?") is the condition's to answer: the drug's doses for its other indications (the
    // hypertension dose) are no evidence for this one, so they are left out. When the condition's own
    // statements never name the drug either ("low dose naltrexone for depression"), the library has nothing
    // on that use at all.
    const unusedDrugs: string[] = [];
    const watchedBeside: string[] = [];
    const dosedElsewhere = new Set<string>();
    // A value the patient's own medicine is adjusted by ("on levothyroxine 100 mcg, TSH 0.04 – reduce the
    // dose?") asks that medicine's dose: the condition the value alone points to is not what it is taken for.
    if (analysis.intent === 'dosing' && topic && !topic.urgent && topic.mentions.every((m) => m.source === 'finding')) {
      const values = links.findings.filter((f) => topic.mentions.some((m) => m.text === f.text));
      const adjustedBy = focus.some(
        (f) =>
          f.kind === 'drug' &&
          analysis.taking.includes(f.documentId) &&
          !this.#usedFor(f.documentId, topic.documentId) &&
          values.every((v) => v.terms.some((t) => this.#dosesMention(f.documentId, normalise(t)))),
      );
      if (adjustedBy) focus = focus.filter((f) => f !== topic);
    }
    if (analysis.intent === 'dosing' && topic && focus.includes(topic)) {
      for (const drug of focus.filter((f) => f.kind === 'drug')) {
        if (this.#usedFor(drug.documentId, topic.documentId)) continue;
        // A harm of the medicine the patient is on, said and not measured, is why its dose is asked: "on ferrous
        // sulfate TDS, bad constipation – alternate-day dosing?" is the iron's, not the laxatives'. (A value
        // measured is the condition's to treat: "on metformin, B12 110 – replacement regimen?"; and beside another
        // medicine asked, the condition is that one's use: "HFrEF on furosemide, first gout flare – naproxen dose?",
        // "gastric ulcer, on naproxen – PPI dose?")
        // (Not when the ask, a sentence apart, names no medicine: "HTN on indapamide. Plan for urate-lowering –
        // start dose?" asks the gout's dose.)
        if (
          analysis.taking.includes(drug.documentId) &&
          !focus.some((f) => f.kind === 'drug' && !analysis.taking.includes(f.documentId)) &&
          !asksUnlistedDrug &&
          !(newTreatmentAsked && !ownedByTaken(topic.documentId)) &&
          !topic.urgent &&
          topic.mentions.every((m) => m.source !== 'finding') &&
          this.#listsAsHarm(drug.documentId, topic.documentId)
        ) {
          focus = focus.filter((f) => f !== topic);
          continue;
        }
        // A drug of the vignette before the ask ("about to start adalimumab – LTBI regimen?") is context.
        // (Without a marked ask, a medicine the patient is on is context too: "on pantoprazole for reflux …
        // oral iron regimen?")
        // (A last sentence that is a question asks as a clause does: "…due to start adalimumab for Crohn's. LTBI
        // regimen?")
        const asksAt = askFrom > 0 ? askFrom : conditionAskFrom;
        // (Not one the patient is on, remarked after the last question mark: "…can I take less? I also take omeprazole".)
        const remarked = (m: ConceptMention) => analysis.taking.includes(drug.documentId) && saidAfterAsk(question, at(m.from));
        const asked =
          asksAt === 0 ? !analysis.taking.includes(drug.documentId) : drug.mentions.some((m) => at(m.from) >= asksAt && !remarked(m));
        // …but a condition of the history ("finished alcohol detox last week – acamprosate dose?") is not
        // what the asked dose is for: the drug's own monograph answers.
        // (So is it for a drug the patient is not on, named before the ask: "acamprosate for a man who just
        // finished alcohol detox: dose, how long…?")
        if ((asked || !analysis.taking.includes(drug.documentId)) && topic.background) {
          focus = focus.filter((f) => f !== topic);
          continue;
        }
        // …nor is one beside another condition named that the drug treats: the dose asked is for that one
        // ("T2DM on metformin, hot swollen 1st MTP – colchicine dose?" is the gout's).
        const treated = links.documents.find(
          (d) =>
            d.kind === 'topic' &&
            d !== topic &&
            !d.background &&
            d.score >= routingLimits.minimumLink &&
            // (…or whose own statements give it, where the first condition's never name it: "T2DM on metformin,
            // facial droop incl forehead – pred dose?" is the Bell's palsy's prednisolone.)
            (this.#usedFor(drug.documentId, d.documentId) ||
              (this.#mentionsDrug(d.documentId, drug.documentId) && !this.#mentionsDrug(topic.documentId, drug.documentId))),
        );
        if (asked && treated) {
          focus = [treated, ...focus.filter((f) => f !== topic)];
          continue;
        }
        // …nor is a condition reached only by a value of the vignette, when the other words clearly point to
        // a topic that uses the drug ("L MCA sx, CT no bleed, BP 170/95 – alteplase dose?" is a stroke
        // question). (Pointing nowhere, "4yo, fever 6 days, red cracked lips – IVIG and aspirin?", the dose
        // stays unanswered: the drug's doses for other uses are no evidence.)
        const used =
          asked && !topic.urgent && topic.mentions.every((m) => m.source === 'finding')
            ? this.#topicUsing(analysis, [drug], concepts)
            : undefined;
        if (used) {
          focus = [used, ...focus.filter((f) => f !== topic)];
          continue;
        }
        // (A medicine the patient is only on is no subject of a dose asked after a dash that names neither it nor
        // anything else: "on metformin + omeprazole, B12 low – replacement regimen?" is the B12 topic's
        // hydroxocobalamin. "– eradication regimen? anything to watch?" asks about the warfarin too.) (So is one
        // asked in a sentence of its own: "…B12 110 ng/L, numb feet. IM replacement loading schedule?")
        if (
          (/^\s*[–—-]/.test(question.slice(askFrom)) || drug.mentions.every((m) => at(m.from) < lastSentenceFrom(question))) &&
          askedParts(question).length < 2 &&
          !asked &&
          analysis.taking.includes(drug.documentId)
        ) {
          focus = focus.filter((f) => f !== drug);
          continue;
        }
        dosedElsewhere.add(drug.documentId);
        // (A drug asked about may be spoken of by its class, "do not give antidiarrhoeal drugs" of Imodium; one
        // the patient is on, by its class alone, is no subject: SSRIs among the causes of hyponatraemia; unless
        // the ask names it: "can he keep taking ibuprofen?" is answered by the cirrhosis topic's NSAIDs.)
        const spokenOf =
          this.#mentionsDrug(topic.documentId, drug.documentId) ||
          ((!analysis.taking.includes(drug.documentId) || (asked && asksAt > 0)) &&
            this.#speaksOfDrug(topic.documentId, bareName(drug.title)));
        if (spokenOf) continue;
        // (One the monograph of another medicine asked about speaks of is answered there: "on ferrous sulfate, also
        // Eltroxin – how should she space it from the thyroxine?")
        const answeredBeside = focus.some((f) => f.kind === 'drug' && f !== drug && this.#mentionsDrug(f.documentId, drug.documentId));
        // A medicine the patient is on whose monograph names a medicine the topic treats with stays, for its
        // interaction: "on warfarin, H. pylori positive – eradication regimen, and what about the warfarin?" is
        // answered by the INR rise with clarithromycin and metronidazole. (Not when another medicine asked about
        // speaks of it: "carbamazepine started – will it stop her Rigevidon working?" is carbamazepine's
        // enzyme-induction warning.)
        if (
          asked &&
          analysis.taking.includes(drug.documentId) &&
          !answeredBeside &&
          this.#namesMedicineOf(drug.documentId, topic.documentId)
        ) {
          watchedBeside.push(drug.documentId);
          continue;
        }
        focus = focus.filter((f) => f !== drug);
        // (…nor when the topic names the medicine plainly, without the one use its monograph is written for:
        // "give thiamine before any glucose" answers "anything to give before IV glucose?" in alcohol withdrawal,
        // though the monograph is "Glucose (dextrose) for hypoglycaemia".)
        const plainly = this.#speaksOfDrug(topic.documentId, bareName(drug.title).replace(/ for .*$/, ''), false);
        if (asked && !answeredBeside && !plainly) unusedDrugs.push(drug.mentions[0]?.text ?? drug.title);
      }
    }
    // A topic reached only by a broad word ("headache") beside a medicine asked about that it is not used
    // for ("took Imigran 50 mg, headache came back 5 h later – ok to repeat?") is no subject: the medicine's
    // own monograph answers, not its use in another condition.
    const broadTopic = focus.find((f) => f.kind === 'topic' && f.role === 'broader' && !f.urgent && !f.background && !f.superseded);
    // (Not one the topic's statements name, "eczema … 1% hydrocortisone", nor one that failed.)
    const askedMedicines = focus.filter(
      (f) => f.kind === 'drug' && !analysis.taking.includes(f.documentId) && !analysis.tried.includes(f.documentId),
    );
    if (
      broadTopic &&
      askedMedicines.length > 0 &&
      askedMedicines.every(
        (d) => !this.#usedFor(d.documentId, broadTopic.documentId, true) && !this.#mentionsDrug(broadTopic.documentId, d.documentId),
      )
    )
      focus = focus.filter((f) => f !== broadTopic);
    // A value that pointed to its condition has said what it had to say: its analyte ("potassium") would
    // only pull every statement of that condition's own topic alike.
    // (What the question rules out, "no family history of breast cancer", is left out: it would rank the
    // statements about exactly that first.)
    const asked = without(question, analysis.negated);
    // (The sex a vignette gives, "58M", is a word of the statements meant for it: "men and postmenopausal women".)
    const queryOf = (text: string) =>
      [text, ...links.findings.filter((f) => !f.condition).flatMap((f) => f.terms), ...sexWords(links.findings)].join(' ');
    const query = queryOf(asked);
    const scores = this.#scoreStatements(query);
    // Which topic the words point to is read from the question and what the lexicon reads its lay words as
    // ("the room spins" → vertigo); a finding's words ("infants") qualify the question, they do not name its
    // subject.
    const described = [asked, ...links.readings].join(' ');
    const ranked = this.#documentScores(described === query ? scores : this.#scoreStatements(described));
    // Without a condition named, the question's other words may say where the next step is ("HbA1c 9.2 on
    // max metformin – what to add?"): a topic they clearly point to replaces the tried drug.
    // (So does one read from a lay description alone: "dizzy on standing" after "barely eating, lost loads
    // of weight" is a sign of the eating disorder, whose topic speaks of it.)
    const onlyDescribed = (d: LinkedDocument) => d.mentions.length > 0 && d.mentions.every((m) => m.described);
    // (A drug named beside it stays: "loratadine helps the itchy eyes but not the stuffy nose" is asked in the
    // topic the words point to, if that topic speaks of the drug.)
    const focusTopics = focus.filter((f) => f.kind === 'topic');
    const focusDrugs = focus.filter((f) => f.kind === 'drug');
    // (A condition of the history beside it is no rival: "…feel like I've got flu. On sertraline for postnatal
    // depression".)
    const currentTopics = focusTopics.filter((t) => !t.background);
    const lone =
      currentTopics.length === 1 &&
      (focusTopics.length === 1 || currentTopics[0]!.likened) &&
      focusDrugs.length === focus.length - focusTopics.length
        ? currentTopics[0]!
        : undefined;
    // (So does one reached only by a value that is no emergency: "3 yo, bad earache, temp 38.5 – antibiotics?"
    // is otitis media, whose topic speaks of the fever.)
    // (Only without a drug named, which the value's own topic may be asked about: "2 yo, temp 39.4 – paracetamol
    // or ibuprofen?")
    // (Not a value past a bound that names its condition, "Hb 102, ferritin 6": only one that names none, a
    // temperature.)
    // (Medicines already given do not count: "temp 38.4, pulling at her ear, been giving calpol – antibiotics?")
    const onlyMeasured = (d: LinkedDocument) =>
      focus.every((f) => f.kind === 'topic' || analysis.taking.includes(f.documentId)) &&
      !d.urgent &&
      d.mentions.length > 0 &&
      d.mentions.every((m) => m.source === 'finding' && links.findings.some((f) => f.text === m.text && !f.condition));
    // (Conditions named only before a turn to what is happening now: "has parkinsons and now he's got…".)
    const afterTurn = focusTopics.length > 0 && focusTopics.every((t) => t.superseded);
    // (A medicine not yet taken, named where the question asks after the turn.)
    const askedNow = (d: LinkedDocument) =>
      !d.superseded && !analysis.taking.includes(d.documentId) && askFrom > 0 && d.mentions.every((m) => at(m.from) >= askFrom);
    // (A symptom's word that is a broader name of its topic, "headache", is described like a lay phrase, but
    // it is shared with other topics: it need not hold the question's words as well as the topic they point to.
    // "fever, headache, neck stiffness, photophobia – empirical abx + steroid?" is meningitis. A condition's own
    // broader name is no symptom: "insulin for type2 diabetics" stays with diabetes.)
    const broaderOnly = (d: LinkedDocument) => d.role === 'broader' && onlyDescribed(d);
    const likened = lone && (lone.likened || lone.guessed || onlyDescribed(lone) || onlyMeasured(lone)) ? lone : undefined;
    // (Not a medicine the patient is on for a condition of the history: "on sertraline for postnatal depression"
    // is no part of a breast infection described.)
    const takenForHistory =
      links.documents.some((t) => t.kind === 'topic' && t.background && this.#givenFor(analysis, t)) &&
      focusDrugs.every((d) => analysis.taking.includes(d.documentId));
    const speaksOfDrugs = (documentId: string) =>
      takenForHistory || focusDrugs.every((d) => this.#speaksOfDrug(documentId, bareName(d.title), true));
    // A kind of medicine without a monograph asked beside only the medicines the patient is on.
    const askedBesideTaken = asksUnlistedDrug && askedDrugs.length > 0 && askedDrugs.every((d) => analysis.taking.includes(d.documentId));
    // A condition said with what it is treated with ("MG on pyridostigmine, now a UTI") still decides the care
    // when the ask is what to avoid or speaks of its medicine: "– which antibiotics should be avoided?", "– what
    // should she do with her steroids?", "– can we omit his meds?".
    const ownWords = this.#vocabulary?.contextWords.own ?? new Set<string>();
    // (Read only for such a condition: most questions name none.)
    const ownCareAsked = () =>
      asksSafety(analysis) ||
      tokens.some((t, i) => at(i) >= askFrom && ownWords.has(t.folded)) ||
      tokens.some(
        (t, i) =>
          at(i) >= askFrom &&
          // (Spoken of again, not where the vignette names it: "bg T2DM on metformin. Steroid dose?")
          !focusDrugs.some((d) => d.mentions.some((m) => i >= m.from && i < m.to)) &&
          focusDrugs.some(
            (d) =>
              normalise(t.text) === bareName(d.title) ||
              (this.#lexicon?.classesOf(bareName(d.title)) ?? []).some((c) => normalise(c) === normalise(t.text).replace(/s$/, '')),
          ),
      );
    const saidWithItsMedicine =
      focusTopics.length > 0 &&
      focusTopics.every((t) => !this.#givenFor(analysis, t) && this.#givenFor(analysis, t, true)) &&
      !ownCareAsked();
    // Two or more conditions reached only by lay descriptions or a symptom's broader name, none named as a
    // diagnosis ("drinks a bottle of vodka a day, stopped 2 days ago, now shaky and had a seizure"), are
    // answered by the one topic that speaks of each of them, when the words clearly point to it.
    // (All that were linked, not only those kept as the focus: the first of two weak links leaves the other.)
    const weaklyLinked = analysis.focus.filter((d) => d.score >= routingLimits.minimumLink && !d.ruledOut);
    // (The topic must speak of every one of them, which asks more than a lead in raw scores; only such topics
    // are weighed: the essential tremor topic's "alcohol" and "shaky" do not make it a rival of withdrawal.)
    const speaksOfEach = (documentId: string) =>
      weaklyLinked.every((f) => f.names.some((n) => n.length >= 4 && this.#documentHas(documentId, normalise(n))));
    const together =
      focusDrugs.length === 0 && weaklyLinked.length >= 2 && weaklyLinked.every((f) => f.kind === 'topic' && onlyDescribed(f))
        ? this.#routeByContent(
            analysis,
            ranked.filter((d) => this.#kinds.get(d.documentId) === 'topic' && speaksOfEach(d.documentId)),
            0,
            concepts,
          )
        : undefined;
    if (together && !weaklyLinked.some((f) => f.documentId === together.documentId)) {
      focus = [together];
      result.routing = 'content';
    } else if (likened?.guessed && describedUncovered.some((u) => this.#documentHas(likened.documentId, normalise(u.text)))) {
      // A guess whose own topic names what the description points to instead, a condition the library lacks
      // ("projectile vomiting after every feed, starving after – is this just reflux?" is pyloric stenosis, which
      // the reflux topic tells apart), is no answer: the library has no evidence on what is described.
      for (const u of describedUncovered) if (!links.uncovered.includes(u)) links.uncovered.push(u);
      focus = [];
    } else if (likened?.likened && links.uncovered.some((u) => u.category === 'condition' && !u.background && !u.described)) {
      // A condition the library lacks, named, and likened to a topic it has ("physio mentioned tarsal tunnel – is
      // that like carpal tunnel?"), is what the reader has: the topic compared with does not answer for it.
      focus = [];
    } else if (likened) {
      // A condition only likened to ("spots that look like acne, worse after wine") yields to a topic the
      // other words clearly point to, one that speaks of it (rosacea, whose spots look like acne).
      // (A lay description stays a candidate: it yields only to a topic that beats it on the question's words;
      // "fever, neck stiffness and a non-blanching rash" stays meningitis.)
      const compared = likened.likened || likened.guessed;
      // (By its names or the word typed for it: "is it thrush?" is spoken of where the topic says "thrush".)
      // (…or likened to: "feel like I've got flu" is spoken of where the mastitis topic says "flu-like".)
      const likenedNames = [...likened.names, ...(compared ? likened.mentions.map((m) => m.text) : [])];
      // (Nor is a condition of the patient's history what is described now: "had chlamydia years ago – is this
      // an ectopic?")
      const history = new Set(links.documents.filter((d) => d.background && d.kind === 'topic').map((d) => d.documentId));
      const others = ranked.filter(
        (d) =>
          (d.documentId !== likened.documentId || !compared) && this.#kinds.get(d.documentId) === 'topic' && !history.has(d.documentId),
      );
      const routed = this.#routeByContent(analysis, others, routingLimits.rawLead, concepts);
      if (
        routed &&
        routed.documentId !== likened.documentId &&
        // (A value's topic yields without that, to a topic holding more of the question's own words: the value
        // is the routed topic's finding too.)
        (onlyMeasured(likened)
          ? this.#wordsHeld(analysis, routed.documentId) > this.#wordsHeld(analysis, likened.documentId)
          : likenedNames.some((n) => n.length >= 3 && this.#documentHas(routed.documentId, normalise(n)))) &&
        speaksOfDrugs(routed.documentId) &&
        // (A guess or a lay description its own topic bears out as well stays: "blood on the paper and a soft
        // lump at my bottom – is it piles?" is the piles topic's, though the constipation topic speaks of piles
        // too; "like passing broken glass when I poo, blood on the paper" is the fissure's, though piles bleed.)
        !(
          (likened.guessed || (onlyDescribed(likened) && !broaderOnly(likened))) &&
          this.#wordsHeld(analysis, likened.documentId) >= this.#wordsHeld(analysis, routed.documentId)
        )
      ) {
        focus = [routed, ...focusDrugs];
        result.routing = 'content';
      } else if (
        focusDrugs.length === 0 &&
        likened.guessed &&
        analysis.focusTerms.length >= routingLimits.describedWords &&
        !links.findings.some((f) => !f.group) &&
        !analysis.givesDecimal
      ) {
        // A guess the description does not bear out ("hands shake holding a cup, better after wine – is it
        // Parkinson's?") is no answer: the description, read without the name guessed, must point to the topic
        // guessed, as words alone would, or to one that speaks of the guess. (Values measured, a finding or a
        // decimal, make it a question of criteria, "fasting 5.9, 2-h 7.4 – is this GDM?", which the topic
        // guessed answers either way.)
        const description = without(
          described,
          likened.mentions.map((m) => m.text),
        );
        const topics = this.#documentScores(this.#scoreStatements(description)).filter((d) => this.#kinds.get(d.documentId) === 'topic');
        const pointed = this.#routeByContent(analysis, topics, routingLimits.rawLead, concepts);
        if (
          pointed &&
          pointed.documentId !== likened.documentId &&
          likenedNames.some((n) => n.length >= 4 && this.#documentHas(pointed.documentId, normalise(n)))
        ) {
          focus = [pointed];
          result.routing = 'content';
        } else if (pointed?.documentId !== likened.documentId) focus = [];
      }
    } else if (
      focusTopics.length > 0 &&
      // (Not when the problem goes on despite the medicine, or what to add is asked: "angina on bisoprolol,
      // still gets chest tightness – what do I add?" is the angina's next step.)
      !analysis.intents.includes('next-step') &&
      // (…or beside a kind of medicine asked for that the library has no monograph for: "on methotrexate for RA,
      // vesicular rash in a dermatome – antiviral and dose?")
      (((history || (asksUnlistedDrug && askedDrugs.every((d) => analysis.taking.includes(d.documentId)))) &&
        focusDrugs.length > 0 &&
        (focusTopics.every((t) => this.#givenFor(analysis, t)) || saidWithItsMedicine)) ||
        // (So are conditions named before a turn to what is happening now, with nothing asked of a drug: "dad
        // has parkinsons and now he's got red greasy flaky skin round his nose – what cream?")
        // (A dose asked then is of a medicine not yet named, when every one named came before the turn: "on
        // donepezil for Alzheimer's, now agitated, hallucinating at night – any drug worth using, what dose?")
        // (…or of one named only in the ask, whose use in the problem described is asked: "on donepezil for
        // Alzheimer's, now agitated at night – is haloperidol OK?" is the delirium topic's.)
        (afterTurn &&
          focusDrugs.every((d) => analysis.taking.includes(d.documentId) || d.superseded || askedNow(d)) &&
          (!analysis.intents.some((i) => drugQuestionIntents.has(i)) || focusDrugs.every((d) => d.superseded || askedNow(d)))))
    ) {
      // Only a medicine the patient is on and what it is given for, the question asking nothing of the
      // medicine ("76M on warfarin for AF, acute hot swollen 1st MTP – what to treat the flare with?"): the
      // problem may be a new one, described, not named. A topic the other words clearly point to answers it,
      // beside the medicine; when they point to the medicine's own topic ("angina on bisoprolol, still
      // tight walking uphill") or nowhere, that topic stays.
      const words = without(
        asked,
        focus.flatMap((f) => f.mentions.map((m) => m.text)),
      );
      // (Read without the readings of those names, "anticoagulant" of warfarin, which would point elsewhere.)
      const topics = this.#documentScores(this.#scoreStatements(words)).filter((d) => this.#kinds.get(d.documentId) === 'topic');
      // (Words beyond the medicine and its use are there for a reason: no lead in raw scores is needed. Beside a
      // condition said first with its medicine, "Addison's on hydrocortisone, D&V, BP 82/50", what follows is
      // as often that condition's own trouble: the words must point clearly elsewhere.)
      const routed = this.#routeByContent(analysis, topics, saidWithItsMedicine ? routingLimits.rawLead : 0, concepts);
      // (The medicine's own topic must not speak of those words nearly as well: "still gets chest tightness
      // walking uphill" is the angina's, "vomited, can't keep my tablets down" the adrenal insufficiency's
      // sick-day rules.)
      const ownHolds = (routedId: string) =>
        focusTopics.some(
          (t) => this.#wordsHeld(analysis, t.documentId) >= routingLimits.ownTopicHolds * this.#wordsHeld(analysis, routedId),
        );
      const askedAfter = afterTurn ? focusDrugs.filter(askedNow) : [];
      if (
        routed &&
        !focusTopics.some((t) => t.documentId === routed.documentId) &&
        !ownHolds(routed.documentId) &&
        askedAfter.every((d) => this.#speaksOfDrug(routed.documentId, bareName(d.title), true))
      ) {
        // (After a turn to the present, the medicines of what went before are no part of the answer: "on
        // omeprazole for GORD… now 6 loose stools a day – Rx?" is the C. difficile treatment.)
        // (Nor are they when the ask names another kind of medicine, "on apixaban for previous DVT, dysuria – which
        // abx?" being the cystitis topic's choice of antibiotic, unless it also asks what only their monographs
        // speak of: "…which antibiotic, any INR issue?")
        const askedOfDrugs = analysis.focusTerms.some(
          (t) =>
            t.length >= 3 &&
            question.toLowerCase().indexOf(t, askFrom) >= 0 &&
            focusDrugs.some((d) => this.#documentHas(d.documentId, t)) &&
            !this.#documentHas(routed.documentId, t),
        );
        // (Nor when what is asked of a medicine, its dose, course or safety, is of a treatment the ask leaves
        // unnamed: "AF on apixaban, vesicular band in a dermatome – antiviral, dose and duration?" wants no
        // apixaban dosing.)
        const asksOfNewTreatment = asksUnlistedDrug || drugQuestionIntents.has(analysis.intent);
        focus = afterTurn || (asksOfNewTreatment && !askedOfDrugs) ? [routed, ...askedAfter] : [routed, ...focusDrugs];
        result.routing = 'content';
      }
    } else if (analysis.tried.length > 0 && focus.length > 0 && focus.every((f) => f.kind === 'drug') && !askedUncovered) {
      // What comes after the drugs tried is in a topic that uses them all ("Flonase plus Zyrtec and still
      // sneezy" is hay fever), when the words point to one; else in whichever topic they point to. (Not in the
      // neighbour of a condition asked that the library lacks: "stridor after adrenaline and dex – ?bacterial
      // tracheitis, abx?" is not the croup topic's next step, nor any other topic's.)
      const triedNames = focus.filter((f) => analysis.tried.includes(f.documentId)).map((f) => bareName(f.title));
      const candidates = ranked.filter((d) => !askedNeighbours.has(d.documentId));
      const usingTried = (byClass: boolean) =>
        candidates.filter(
          (d) => this.#kinds.get(d.documentId) === 'topic' && triedNames.every((n) => this.#speaksOfDrug(d.documentId, n, byClass)),
        );
      // (Asked what it is, "swollen stiff knuckles, paracetamol not helping – what is this?", the description
      // alone decides: a medicine tried for the symptom says nothing of its cause.)
      const diagnosis = analysis.intents.includes('diagnosis');
      const routed =
        (diagnosis ? undefined : this.#routeAmong(analysis, usingTried(false), concepts)) ??
        (diagnosis ? undefined : this.#routeAmong(analysis, usingTried(true), concepts)) ??
        this.#routeByContent(analysis, candidates, 0, concepts);
      if (routed) focus = [routed, ...focus.filter((f) => !analysis.tried.includes(f.documentId))];
    }
    // A topic reached only by a broad word for a symptom ("headache", "seizure") yields to a condition the rest
    // of the vignette describes, whose topic speaks of that symptom and holds far more of the question's words:
    // "T 39.4, severe headache, neck stiffness, photophobia – empirical abx?" is meningitis; "1 L vodka a day,
    // last drink 10 h ago, tremor, previous withdrawal seizure – detox regimen?" is alcohol withdrawal.
    // (Not a condition named outright: "CAP in a 3-year-old" or "complete heart block" stay.)
    // (So does one reached only by a value that is no emergency: "L face/arm weakness, LKW 2 h, CT no bleed,
    // BP 198/106 – can I lyse?" is a stroke, whose topic speaks of the blood pressure.)
    else if (
      focusTopics.length === 1 &&
      (focusTopics[0]!.role === 'broader' || focusTopics[0]!.mentions.every((m) => m.source === 'finding')) &&
      !focusTopics[0]!.urgent &&
      // (Two values name their condition as surely as its name: "Hb 98, MCV 72, ferritin 6 – oral iron regimen?
      // needs scoping?" stays iron deficiency, whatever topic "scoping" points to.)
      !namedByValues(focusTopics[0]!) &&
      !askedUncovered
    ) {
      const broad = focusTopics[0]!;
      // (A value by what was measured: "BP 198" is "blood pressure".)
      const typed = broad.mentions.map((m) =>
        normalise(m.source === 'finding' ? (links.findings.find((f) => f.text === m.text)?.terms.join(' ') ?? m.text) : m.text),
      );
      // (Read without the broad word, which every candidate speaks of.)
      const words = without(
        asked,
        broad.mentions.map((m) => m.text),
      );
      const speaking = this.#documentScores(this.#scoreStatements(words)).filter(
        (d) =>
          d.documentId !== broad.documentId &&
          this.#kinds.get(d.documentId) === 'topic' &&
          typed.some((n) => this.#documentMentions(d.documentId, n)),
      );
      const routed = this.#routeByContent(analysis, speaking, routingLimits.rawLead, concepts);
      if (
        routed &&
        this.#wordsHeld(analysis, routed.documentId) >= routingLimits.describedHolds * this.#wordsHeld(analysis, broad.documentId) &&
        speaksOfDrugs(routed.documentId)
      ) {
        focus = [routed, ...focusDrugs];
        result.routing = 'content';
      }
    }
    // A drug named in a vignette whose condition is described rather than named ("20 min arm weakness,
    // fully resolved – aspirin dose?", "got the runs since yesterday, can I take Imodium?") is answered in
    // that condition's topic, beside the drug, when the other words clearly point to a topic that speaks
    // of the drug.
    // (Not when the condition asked is one the library lacks: "?GCA – prednisolone dose?" is not the
    // headache topic that lists GCA as a red flag.)
    // (A dose asked beside a condition the library never speaks of by any name, "Stage II pulmonary sarcoid,
    // FVC 78% – when is prednisolone indicated, what dose?", is not COPD's, whose breathlessness the words
    // share; and the drug's doses for its other uses are no evidence for this one: no answer.)
    // (So is whether it is safe there: "bilirubin 38, the doctor thinks its gilberts – is it safe for him to take
    // paracetamol?" finds nothing on Gilbert's in the paracetamol monograph.)
    else if (
      focus.length > 0 &&
      focus.every((f) => f.kind === 'drug') &&
      (analysis.intent === 'dosing' || analysis.intent === 'adverse-effects' || analysis.intent === 'contraindications') &&
      unspokenCondition()
    )
      focus = [];
    else if (
      focus.length > 0 &&
      focus.every((f) => f.kind === 'drug') &&
      !askedUncovered &&
      !namesUncoveredUse &&
      (!analysis.intents.some(excludesContentRouting) || askedBesideTaken)
    ) {
      const scored = this.#scoredBeyondNames(analysis, focus);
      // (A kind of medicine asked beside the ones the patient is on is no use of theirs: "on sertraline and
      // amlodipine, vesicular rash in a dermatome – antiviral + dose?" is the shingles topic's. When nothing of
      // a condition is said, only the drug's own uses are asked: "Keppra started at 250 mg bd – titration steps,
      // psychiatric side effects?" is not the essential tremor topic's, which advises against it.)
      // (Nor when its harms are asked, "can amlodipine cause swollen ankles?": they are the monograph's, not those
      // of a topic that warns of them.)
      const using =
        askedBesideTaken || analysis.intent === 'adverse-effects'
          ? undefined
          : this.#topicUsing(analysis, focus, concepts, scored, !this.#saysOfCondition(analysis));
      const routed =
        using ??
        this.#newProblem(
          analysis,
          focus,
          history || askedBesideTaken,
          concepts,
          this.#scoredBeyondNames(analysis, focus, true),
          askedBesideTaken,
          unlisted,
        );
      // (A topic kept away by a condition or organism it excludes is not the drug's use asked: "Trichomonas
      // vaginalis – metronidazole 2 g or 400 mg bd?" is the monograph's trichomoniasis, not bacterial vaginosis.)
      if (routed && !keptAwayBy.has(routed.documentId)) focus = using ? [routed, ...focus] : [routed];
      // (Without one, the dose of a medicine the library has no monograph for is not the dose of theirs: "IOP 48,
      // on amitriptyline – acetazolamide dose?" has no answer here; unless their monograph gives it, as the
      // remedy for their harm: "on warfarin, INR 8.2, no bleeding – vitamin K dose?")
      else if (
        askedBesideTaken &&
        analysis.intent === 'dosing' &&
        unlisted.some(
          (name) => !this.#isClassWord(name) && !focus.some((f) => f.kind === 'drug' && this.#documentMentions(f.documentId, name)),
        )
      )
        focus = [];
      // (…nor are they asked about together: two named in the vignette made no interaction question.)
      if (routed && askedBesideTaken && analysis.interactionInferred) {
        analysis.intents = analysis.intents.filter((i) => i !== 'contraindications');
        analysis.intent = analysis.intents[0] ?? 'management';
      }
    }
    // (A medicine the library has no monograph for, named beside what the condition is, leaves the condition
    // to the words: "bottom bright red in the creases, Sudocrem not helping" is nappy rash. Its dose or
    // harms asked are about the medicine itself: "vit b12 tablet dose?" is for the literature.)
    const uncoveredDrugOnly =
      links.uncovered.length === 0 || (links.uncovered.every((u) => u.category === 'drug') && !drugQuestionIntents.has(analysis.intent));
    // (Not when the condition was named and only its topic's sex kept it out: other words are no better guide.)
    if (focus.length === 0 && uncoveredDrugOnly && otherSexOnly.length === 0) {
      // A drug is reached by its name; words alone point to a condition ("my 6 week old screams every
      // evening" is colic, not the neonatal dose of ampicillin).
      const routed = this.#routeByContent(
        analysis,
        ranked.filter((d) => this.#kinds.get(d.documentId) === 'topic'),
        routingLimits.rawLead,
        concepts,
        // (Not beside a medicine no statement speaks of: "started latanoprost drops – can they change my eye
        // colour?" asks about what the library lacks.)
        links.uncovered.every((u) => spokenOf(u)),
      );
      if (routed) {
        focus = [routed];
        result.routing = 'content';
      }
    }
    // A kind of medicine the ask names, beside a topic, is chosen in that topic: a medicine the patient is on
    // that the question mentions only in passing is history ("6/52 postnatal, EPDS 17, also on levothyroxine –
    // which antidepressant?"). (Not one simply listed: "on warfarin for AF, dysuria – which antibiotic?" must
    // say what the antibiotic does to the INR.)
    const aside = this.#vocabulary?.contextWords.aside ?? new Set<string>();
    const inPassing = (f: LinkedDocument) =>
      f.mentions.every((m) => at(m.from) < askFrom && saidInPassing(tokens, m.from, aside, question));
    if (asksUnlistedDrug && focus.some((f) => f.kind === 'topic' && !f.background))
      focus = focus.filter((f) => !(f.kind === 'drug' && analysis.taking.includes(f.documentId) && inPassing(f)));
    // The dose of a medicine the library has no monograph for, beside nothing but the patient's history, has no
    // answer here: "hx of altitude sickness (headache, vomiting). Acetazolamide prophylaxis – dose?"
    if (
      namesUnlistedDrug &&
      pastUncovered &&
      analysis.intent === 'dosing' &&
      focus.length > 0 &&
      focus.every((f) => f.kind === 'topic' && f.background)
    )
      focus = [];
    // (…and so are all of them when the ask, a sentence apart, names no medicine: "HTN on ramipril + indapamide.
    // Plan for urate-lowering – start dose?" wants the gout's doses, not theirs.)
    if (newTreatmentAsked && history && focus[0]?.kind === 'topic' && !focus[0].background && !ownedByTaken(focus[0].documentId))
      focus = focus.filter((f) => !(f.kind === 'drug' && analysis.taking.includes(f.documentId)));
    // Of two medicines asked about together, the one added to what the patient is on leads: "on tamsulosin,
    // asking for tadalafil – any issue combining?" is about the tadalafil. (Drugs keep their places among topics.)
    if (analysis.intent === 'contraindications') {
      const drugs = focus.filter((f) => f.kind === 'drug');
      const added = drugs.filter((d) => !analysis.taking.includes(d.documentId));
      if (added.length > 0 && added.length < drugs.length) {
        const ordered = [...added, ...drugs.filter((d) => !added.includes(d))];
        focus = focus.map((f) => (f.kind === 'drug' ? ordered.shift()! : f));
      }
    }
    analysis.focus = focus;
    if (focus.length === 0) {
      result.routing = 'open';
      // Closest topics share a specific word of the question, not only "treatment" or "dose".
      // (Read in rank order until three are found: each look reads a document's statements.)
      const sharing: typeof ranked = [];
      for (const d of ranked) {
        if (sharing.length === 3) break;
        if (this.#sharesAsked(analysis, d.documentId, d.scores)) sharing.push(d);
      }
      result.closest = [
        ...otherSexOnly.map((t) => ({ documentId: t.documentId, title: t.title })),
        ...sharing
          .filter((d) => !otherSexOnly.some((t) => t.documentId === d.documentId))
          .map((d) => ({ documentId: d.documentId, title: this.#titles.get(d.documentId) ?? d.documentId })),
      ].slice(0, 3);
      if (links.uncovered.length > 0) result.uncovered = missingConcepts(links.uncovered);
      // A condition whose only topic is written for the other sex is what is missing: "urinary retention in a
      // woman", beside the topic for men.
      if (otherSexOnly.length > 0) {
        const patient = namedSex === 'female' ? 'a woman' : 'a man';
        result.uncovered = [
          ...otherSexOnly.map((t) => ({ text: `${t.mentions[0]?.text ?? bareName(t.title)} in ${patient}`, neighbour: t.title })),
          ...(result.uncovered ?? []),
        ];
      }
      // Without a library document, the concepts named are what the literature must speak of.
      const named = links.uncovered
        .flatMap((u) => normalise(u.text).split(' '))
        .filter((w) => w.length >= 3 && !analysis.focusTerms.includes(w));
      analysis.focusTerms = [...named, ...analysis.focusTerms];
      result.termWeights = this.#termWeights(analysis.focusTerms);
      result.termAlternatives = this.#alternatives(links.uncovered.map((u) => u.text));
      if (!this.#hasLiterature) return result;
      // The other names of a concept the library lacks are searched too ("adhesive capsulitis" finds the
      // leaflet on "frozen shoulder"); the lexicon's readings of every word would crowd the candidates.
      const fts = ftsQuery([
        ...analysis.terms,
        ...Object.values(result.termAlternatives).flatMap((names) => names.flatMap((n) => n.split(' '))),
      ]);
      result.passages = fts ? this.#store.search(fts, { limit: openSearchLimit }).filter((p) => p.documentKind === 'literature') : [];
      result.missingTerms = analysis.focusTerms.filter((term) => !result.passages.some((p) => holds(p, term, result.termAlternatives)));
      return result;
    }
    const ids = focus.map((f) => f.documentId);
    // A monograph's line for another condition ("Erythema migrans: 500 mg…" in an otitis media answer)
    // says little about the one asked.
    const topicIds = new Set(focus.filter((f) => f.kind === 'topic').map((f) => f.documentId));
    // (So is it beside a condition asked that only the monograph speaks of: "genital herpes – aciclovir dose?"
    // is not answered by its chickenpox dose.)
    const askedOfMonograph =
      topicIds.size === 0
        ? spokenByNamed
            .filter((u) => u.category === 'condition' && !ruledOut(u))
            // (By any of its names: "athlete's foot" is the monograph's "tinea pedis".)
            .flatMap((u) => [u.text, ...(this.#lexicon?.expand(u.text) ?? [])].map(normalise))
        : [];
    const forOtherCondition = (p: { id: number; documentId: string; text: string; section: string }) => {
      if ((topicIds.size === 0 && askedOfMonograph.length === 0) || this.#kinds.get(p.documentId) !== 'drug') return false;
      const about = this.#topicsLabelling(p);
      if (topicIds.size === 0) return about.length > 0 && !askedOfMonograph.some((c) => ` ${normalise(p.text)} `.includes(` ${c} `));
      return about.length > 0 && about.every((t) => !topicIds.has(t));
    };
    // A value that named the condition answered ("ferritin 5" of iron deficiency) has said what it had to say:
    // its words would pull every statement on that test alike, above what is asked ("what ix?").
    const spent = links.findings.filter(
      (f) => f.condition && focus.some((t) => t.kind === 'topic' && t.mentions.some((m) => m.text === f.text)),
    );
    const ranking =
      spent.length > 0
        ? this.#scoreStatements(
            queryOf(
              without(
                asked,
                spent.map((f) => f.text),
              ),
            ),
          )
        : scores;
    result.passages = this.#store
      .passagesOf(ids)
      .filter((p) => !(dosedElsewhere.has(p.documentId) && textAspects(p.section).has('dosing')))
      .map((p) => ({ ...p, score: ranking.get(p.id) ?? 0 }));
    if (watchedBeside.length > 0) result.watchedBeside = watchedBeside;
    result.aboutOtherConditions = new Set(result.passages.filter(forOtherCondition).map((p) => p.id));
    result.forOtherSex = this.#statementsForOtherSex(analysis, result.passages);
    result.forOtherAge = statementsForOtherAge(analysis, result.passages);
    result.forOtherPatients = statementsForPatientsWithout(analysis, result.passages);
    result.statementScores = new Map(result.passages.map((p) => [p.id, p.score]));
    result.partScores = this.#partScores(analysis, result.passages);
    // A drug the question names that the library has no monograph for, and that these documents never
    // mention, is evidence that is missing (unless a monograph of another drug asked about answers).
    // With no library topic, a question that weighs an uncovered drug in an uncovered condition ("BPH –
    // tamsulosin or finasteride first?") is about that condition: one monograph cannot answer it.
    const uncoveredCondition = links.uncovered.some((u) => u.category === 'condition');
    // Beside a named condition, an uncovered drug is context unless the question is about the drug itself.
    const hasTopic = focus.some((f) => f.kind === 'topic');
    const asksOfDrug = drugQuestionIntents.has(analysis.intent);
    if ((!focus.some((f) => f.kind === 'drug') && (!hasTopic || asksOfDrug)) || (uncoveredCondition && !hasTopic)) {
      result.missingTerms = links.uncovered
        // …by any of its names ("steroid cream" is a topical corticosteroid, "heroin" an opioid).
        .filter((u) => {
          if (u.category !== 'drug') return false;
          // (Beside a topic, one the patient is on and the ask does not name is their regimen, not what is asked;
          // unless the topic is only a problem said after it in its sentence, which may be its harm: "on ferrous
          // fumarate 210 mg tds, nausea and constipation – alternate-day dosing ok?". A value measured is no harm,
          // nor is an infection a test found: "on PrEP (Descovy), NAAT gonorrhoea positive – treatment?".)
          const positive = this.#vocabulary?.contextWords.positive ?? new Set<string>();
          const apart = (m: ConceptMention) =>
            m.from < u.from ||
            m.source === 'finding' ||
            [...tokens.slice(Math.max(0, m.from - 2), m.from), ...tokens.slice(m.to, m.to + 2)].some((t) => positive.has(t.folded)) ||
            endsSentenceBetween(tokens, u.to - 1, m.from, question);
          if (
            analysis.takingUnlisted.includes(normalise(u.text)) &&
            !inAsk(u) &&
            focus.some((f) => f.kind === 'topic' && f.mentions.some(apart))
          )
            return false;
          const bare = normalise(u.text)
            .split(' ')
            .filter((w) => !formulationWords.has(w))
            .join(' ');
          const names = [bare, ...this.#otherNames(u.text)].map(normalise).filter((n) => n.length >= 3);
          // (Nor one the topic named speaks of beyond the statements retrieved: "should mum still have the
          // whooping cough vaccine?" beside pertussis.)
          return (
            !result.passages.some((p) => names.some((n) => mentions(p, n))) &&
            !focus.some(
              (f) =>
                f.kind === 'topic' &&
                names.some(
                  (n) => this.#documentMentions(f.documentId, n) || this.#layLinesOf(f.documentId).some((l) => l.includes(` ${n} `)),
                ),
            )
          );
        })
        .map((u) => u.text);
    }
    for (const drug of unusedDrugs) if (!result.missingTerms.includes(drug)) result.missingTerms.push(drug);
    // A dose asked for a condition the drug's monograph never speaks of ("Kawasaki disease – aspirin dose?")
    // has no answer here: doses are given by indication, and those for other conditions are no evidence
    // for this one. (What a drug is, its harms and interactions do not depend on the condition.)
    // (So is a treatment chosen for one the question asks about: "pseudogout – joint injection or colchicine?".)
    // (…and whether the drug is safe for a patient with one, which only a monograph speaking of it can say:
    // "just diagnosed with G6PD deficiency – which medicines to avoid, is Calpol ok?"; not two medicines asked
    // together, "on warfarin, wants Daktarin oral gel for denture stomatitis – OK?", nor the one it is used for.)
    // (…or to prevent one: "erythema multiforme after cold sores – aciclovir prophylaxis?")
    const treatmentAsked = analysis.intent === 'management' || analysis.intent === 'comparison' || analysis.intent === 'prevention';
    // (Its harms asked whether it is safe or all right count: "known Gilbert's – is paracetamol safe?"; not its harms
    // listed, "what are the side effects of viagra? I have cor pulmonale", which do not depend on the condition.)
    const permission = this.#vocabulary?.contextWords.permission ?? new Set<string>();
    const askedIfSafe = analysis.intent === 'adverse-effects' && tokens.some((t) => permission.has(t.folded));
    // (So is whether to keep taking it through a pregnancy: "GP says it's beta thalassaemia trait – should I still
    // take iron tablets? we're trying for a baby".)
    const safetyAsked = (analysis.intent === 'contraindications' || analysis.intent === 'pregnancy' || askedIfSafe) && focus.length === 1;
    if (focus.every((f) => f.kind === 'drug') && (analysis.intent === 'dosing' || treatmentAsked || safetyAsked)) {
      // (…and typed a letter wrong, word by word: "chronic diahrrea" is "chronic diarrhoea".)
      const respelt = (c: string) =>
        c
          .split(' ')
          .reduce<string[]>(
            (phrases, w) => phrases.flatMap((p) => [w, ...(this.#lexicon?.expand(w) ?? []).slice(0, 2)].map((x) => (p ? `${p} ${x}` : x))),
            [''],
          );
      const names = (c: string) => [...respelt(c), ...(this.#lexicon?.expand(c) ?? [])].map(normalise);
      // (Asked whether to give the drug at all, with no condition in the ask, "…erythema nodosum, bilateral
      // hilar nodes – does he need pred or just watch?", the vignette's own conditions are what it would be for.)
      // (…but a kind of what the drug's statements speak of, "peanut alergy" to an adrenaline monograph that
      // speaks of allergy, is what it is used for.)
      const vignetteOnly = analysis.intent !== 'dosing' && askedConditions.length === 0;
      const conditions = analysis.intent === 'dosing' ? namedConditions : vignetteOnly || safetyAsked ? ownConditions : askedConditions;
      for (const c of conditions)
        if (
          !focus.some(
            (f) =>
              names(c).some((n) => this.#documentHas(f.documentId, n)) ||
              this.#spokenNear(c, [f.documentId]) ||
              (vignetteOnly && this.#speaksOfKind(f.documentId, c)),
          ) &&
          !result.missingTerms.includes(c)
        )
          result.missingTerms.push(c);
    }
    // A problem described that the library never speaks of beside the drug asked about has no answer here
    // either: "sore bony lump just below his kneecap – is ibuprofen ok?". (Not when two medicines are asked
    // about together: "Daktarin oral gel for denture stomatitis, on warfarin – OK?" asks what they do together;
    // nor when the medicine's harms are asked, "can high-dose vitamin D cause flatulence?", which its monograph
    // answers as far as the library knows them.)
    if (
      focus.length > 0 &&
      focus.every((f) => f.kind === 'drug') &&
      analysis.intent !== 'contraindications' &&
      !analysis.intents.includes('adverse-effects') &&
      !analysis.blamesMedicine &&
      // (…nor when the ask is whether to stop it, "thighs ache since starting atorvastatin – should I just stop it?":
      // the problem is what the medicine may have done.)
      analysis.stopsTaken === undefined
    ) {
      const problem = this.#unspokenProblem(analysis, focus);
      if (problem && !result.missingTerms.includes(problem)) result.missingTerms.push(problem);
    }
    // A condition a presentation tells, which the library has no topic for, is missing beside monographs that
    // never speak of it, whatever is asked of the medicine: "penis bending, hard lump along the shaft – is it
    // cancer? does viagra help?"
    if (focus.length > 0 && focus.every((f) => f.kind === 'drug'))
      for (const u of links.uncovered)
        if (
          toldOutsideLibrary(u) &&
          !focus.some((f) => this.#documentHas(f.documentId, normalise(u.text)) || this.#spokenNear(u.text, [f.documentId])) &&
          !result.missingTerms.includes(u.text)
        )
          result.missingTerms.push(u.text);
    // A topic reached by the question's words alone does not answer for a condition of the patient's that the
    // question names and the library lacks: "Ménière's disease – is prochlorperazine ok during attacks?" is not
    // answered by the migraine topic that shares its words.
    // (Unless the topic names it, speaks of its kind ("peanut allergy" to the anaphylaxis topic), or has a name
    // holding its distinctive word: "diastolic dysfunction" with "EF 58%" is the topic named "diastolic heart failure".)
    const reachedByWords = focus.filter((f) => f.kind === 'topic' && !links.documents.some((d) => d.documentId === f.documentId));
    const namedAlike = (c: string, topicId: string) => {
      const words = normalise(c)
        .split(' ')
        .filter((w) => w.length >= 5 && !genericClinicalWords.has(w));
      return (this.#namesOf.get(topicId) ?? []).some((n) => words.some((w) => ` ${n} `.includes(` ${w} `)));
    };
    // (A condition a presentation tells is missing unless the topic is named like it: the placenta praevia of
    // "painless bright red bleeding, placenta covering the cervix" is no answer from the PPH topic that lists it
    // as a risk.)
    const told = new Set(links.uncovered.filter(toldOutsideLibrary).map((u) => u.text));
    if (reachedByWords.length > 0)
      for (const c of ownConditions)
        if (
          !reachedByWords.some(
            (f) =>
              namedAlike(c, f.documentId) ||
              (!told.has(c) &&
                (this.#documentHas(f.documentId, normalise(c)) ||
                  this.#spokenNear(c, [f.documentId]) ||
                  this.#speaksOfKind(f.documentId, c))),
          ) &&
          !result.missingTerms.includes(c)
        )
          result.missingTerms.push(c);
    const fts = ftsQuery(analysis.terms);
    if (fts && this.#hasLiterature) {
      const names = focus.flatMap((f) => [f.title, ...f.mentions.map((m) => m.text)]).map(normalise);
      result.supporting = this.#store
        .search(fts, { limit: supportingSearchLimit })
        .filter((p) => p.documentKind === 'literature')
        // The passage itself must name the focus and every specific term, not only its document's title.
        .filter((p) => names.some((name) => ` ${normalise(p.text)} `.includes(` ${name} `)))
        .filter((p) => analysis.focusTerms.every((t) => mentions({ ...p, documentTitle: '', section: '' }, t)));
    }
    return result;
  }

  /** A document's statements (with their qualifiers), normalised and padded with spaces, read once. */
  #documentText(documentId: string): string {
    return this.#sectionsText(documentId, this.#documentTexts, () => true);
  }

  /** The statements (with their qualifiers) of the document's sections that `keep` accepts, normalised and padded, read once into `cache`. */
  #sectionsText(documentId: string, cache: Map<string, string>, keep: (section: string) => boolean): string {
    let text = cache.get(documentId);
    if (text === undefined) {
      text = ` ${this.#store
        .passagesOf([documentId])
        .filter((p) => keep(p.section))
        .map((p) => normalise([p.text, ...p.children.map((c) => c.text)].join(' ')))
        .join(' | ')} `;
      cache.set(documentId, text);
    }
    return text;
  }

  /** The document's plain-language lines, read once. */
  #layLinesOf(documentId: string): string[] {
    let lines = this.#layLines.get(documentId);
    if (lines === undefined) {
      lines = this.#store.passagesOf([documentId]).flatMap((p) => (p.lay ? [` ${normalise(p.lay)} `] : []));
      this.#layLines.set(documentId, lines);
    }
    return lines;
  }

  /** The document's statements as `#documentText` reads them, without the phrases of its own multi-word names. */
  #textBeyondNames(documentId: string): string {
    let text = this.#textsBeyondNames.get(documentId);
    if (text === undefined) {
      const names = (this.#namesOf.get(documentId) ?? []).filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length);
      text = names
        .reduce((t, name) => t.split(` ${name} `).join(' | '), this.#documentText(documentId).replace(/ /g, '  '))
        .replace(/ +/g, ' ');
      this.#textsBeyondNames.set(documentId, text);
    }
    return text;
  }

  /** Does any statement of the document mention the phrase (at a word start, as normalised)? */
  #documentMentions(documentId: string, phrase: string): boolean {
    return phrase.length >= 3 && this.#documentText(documentId).includes(` ${phrase}`);
  }

  /**
   * "starting isotretinoin – what contraception will I need?": contraception asked beside a medicine that is no
   * contraceptive, and that the contraception topic never speaks of, asks that medicine's pregnancy cautions,
   * which its monograph gives. (The topic answers for a medicine it names, and when the contraception itself is
   * sought.)
   */
  #askCautions(analysis: QueryAnalysis): void {
    const cautionWords = this.#vocabulary?.contextWords.caution ?? new Set<string>();
    const named = analysis.focus.filter((d) => d.kind === 'topic' && d.mentions.every((m) => cautionWords.has(normalise(m.text))));
    // (Most questions name no such topic: the question is read again only for one that does.)
    if (named.length === 0) return;
    const tokens = tokenize(analysis.question);
    // (Not said as missing: "no reliable contraception" is the patient's situation, asked of the migraine.)
    const cautionTopics = named.filter((d) =>
      d.mentions.every((m) => !isNegated(tokens, m.from, analysis.question, this.#vocabulary?.contextWords)),
    );
    const contraceptive = (d: LinkedDocument) => d.names.some((n) => /contracept|\bpill\b/i.test(n));
    const medicines = analysis.focus.filter((d) => d.kind === 'drug' && !contraceptive(d));
    // (Nor when the contraception itself is sought, beside a medicine that may weaken it: "on carbamazepine, wants
    // contraception – which methods are reliable?", "want to go on contraception".)
    const context = this.#vocabulary?.contextWords;
    const sought = cautionTopics.some((t) =>
      t.mentions.some((m) => {
        const before = determiners.has(tokens[m.from - 1]?.folded ?? '') ? m.from - 2 : m.from - 1;
        // (…or two back, past "on": "want to go on contraception".)
        const words = [tokens[before]?.folded ?? '', tokens[before]?.folded === 'on' ? (tokens[before - 1]?.folded ?? '') : ''];
        return context !== undefined && words.some((w) => context.seeking.has(w) || context.starting.has(w));
      }),
    );
    if (
      sought ||
      cautionTopics.length === 0 ||
      medicines.length === 0 ||
      medicines.some((d) => cautionTopics.some((t) => this.#speaksOfDrug(t.documentId, bareName(d.title))))
    )
      return;
    analysis.focus = analysis.focus.filter((d) => !cautionTopics.includes(d));
    analysis.links.documents = analysis.links.documents.filter((d) => !cautionTopics.includes(d));
    // (Pregnancy ranks below only a comparison and a dose among the intents asked.)
    if (analysis.intent !== 'comparison' && analysis.intent !== 'dosing') analysis.intent = 'pregnancy';
    const intents = new Set<Intent>([...analysis.intents, 'pregnancy']);
    analysis.intents = [analysis.intent, ...intentPriority.filter((i) => intents.has(i) && i !== analysis.intent)];
  }

  /**
   * Does the document speak of the drug, by its name or by the class the lexicon reads it as ("benzodiazepines
   * should not be prescribed for panic disorder" speaks of diazepam)?
   */
  #speaksOfDrug(documentId: string, drugName: string, byClass = true): boolean {
    const classes = byClass ? (this.#lexicon?.classesOf(drugName) ?? []) : [];
    // (A class as a whole word, or its plural: "statin" is not in "stating".)
    return (
      this.#documentMentions(documentId, drugName) ||
      classes.map(normalise).some((c) => this.#documentHas(documentId, c) || this.#documentHas(documentId, `${c}s`))
    );
  }

  /** Does the document name another by any of its names, as whole words ("thrush" for vaginal candidiasis)? */
  #hasNameOf(documentId: string, namedId: string): boolean {
    return (this.#namesOf.get(namedId) ?? []).some((n) => n.length >= 4 && this.#documentHas(documentId, n));
  }

  /** Does the drug's monograph name another medicine with a monograph that the topic names (an interaction to watch)? */
  #namesMedicineOf(drugId: string, topicId: string): boolean {
    return [...this.#kinds].some(
      ([id, kind]) => kind === 'drug' && id !== drugId && this.#mentionsDrug(topicId, id) && this.#mentionsDrug(drugId, id),
    );
  }

  /** Does the document name the drug by any of its names ("glyceryl trinitrate" for Nitroglycerin)? */
  #mentionsDrug(documentId: string, drugId: string): boolean {
    return (this.#namesOf.get(drugId) ?? []).some((n) => n.length >= 4 && this.#documentMentions(documentId, n));
  }

  /** Content routing among some candidate topics; none when there are none. */
  #routeAmong(
    analysis: QueryAnalysis,
    topics: { documentId: string; score: number; scores: Map<number, number> }[],
    concepts: string[],
  ): LinkedDocument | undefined {
    return topics.length > 0 ? this.#routeByContent(analysis, topics, 0, concepts) : undefined;
  }

  /** Does a statement of the document hold the (normalised) phrase as whole words? */
  #documentHas(documentId: string, phrase: string): boolean {
    return this.#documentText(documentId).includes(` ${phrase} `);
  }

  /**
   * Of several conditions named, the one the question asks about, or else the one the rest of the
   * question speaks of, is the subject; the others
   * are background ("T2DM on metformin, B12 110, tingling feet – hydroxocobalamin regimen?" asks about B12
   * deficiency, "hx migraine with aura – which HRT?" about the menopause). Read without the names and
   * findings, which qualify every candidate alike; a clear lead is needed to overturn the names' order.
   */
  #preferAskedCondition(
    analysis: QueryAnalysis,
    linked: LinkedDocument[],
    inAsk: (d: LinkedDocument) => boolean,
    brandIndicated: ReadonlySet<string>,
    // Is a dose asked of a treatment for this topic the ask leaves unnamed, the medicines taken said before it?
    newTreatmentFor: (topicId: string) => boolean,
    // Medicines without a monograph that the ask names, by the names typed.
    unlistedAsked: readonly string[],
  ): void {
    const topics = linked.filter((d) => d.kind === 'topic' && d.score >= routingLimits.minimumLink);
    if (topics.length < 2) return;
    const first = topics[0]!;
    // The one chosen leads the rest by the margin a treating drug gives.
    const lead = (t: LinkedDocument) => {
      t.score = first.score + routingLimits.treatsAskedDrug;
      linked.sort((a, b) => b.score - a.score);
    };
    // The one condition named where the question asks, after the vignette ("…adalimumab for Crohn's – LTBI
    // regimen?"), is its subject.
    // It must be named there (not reached through a value, "BP 150/90"), and speak of the drugs the question
    // names: "on isotretinoin – how long must contraception continue?" stays with isotretinoin's condition.
    // (A drug already tried, "K+ 6.9 despite insulin–dextrose", is history; so is one the patient is on when
    // nothing is asked of a drug: "T2DM on empagliflozin, itchy vulva – thrush treatment?")
    // (Not when the problem goes on despite it: "stable angina on bisoprolol – still getting chest pain, what
    // do I add?" is the angina's next step.)
    const onlyTaken = (d: LinkedDocument) =>
      analysis.taking.includes(d.documentId) && !analysis.intents.some((i) => drugQuestionIntents.has(i) || i === 'next-step');
    const namedDrugs = linked.filter(
      (d) => d.kind === 'drug' && d.score >= routingLimits.minimumLink && !analysis.tried.includes(d.documentId) && !onlyTaken(d),
    );
    const drugNames = namedDrugs.filter((d) => !analysis.taking.includes(d.documentId)).map((d) => bareName(d.title));
    const takenNames = namedDrugs.filter((d) => analysis.taking.includes(d.documentId)).map((d) => bareName(d.title));
    // Does one topic speak of another by a name the question typed? (Its plain-language lines count: PCOS "can
    // cause irregular periods, extra hair growth, acne".)
    const saysName = (documentId: string, typed: string) => {
      const name = normalise(typed);
      return this.#documentHas(documentId, name) || this.#layLinesOf(documentId).some((l) => l.includes(` ${name} `));
    };
    const speaksOf = (a: LinkedDocument, b: LinkedDocument) => b.names.some((n) => n.length >= 4 && saysName(a.documentId, n));
    // (A condition asked only by a generic word for a feature of another named more surely, "34/40, BP 168/112,
    // PCR 120 – seizure prophylaxis?", is asked in that one's topic.)
    // (…whose topic never speaks of that one by any of its names: DKA is no feature of the T1DM it complicates.)
    const featureOf = (t: LinkedDocument) =>
      topics.some((u) => u !== t && u.score > t.score && speaksOf(u, t) && !this.#hasNameOf(t.documentId, u.documentId));
    // (A treatment's name, "antihypertensive", asks what to give for the condition named, not about its own;
    // unless no other condition named speaks of that treatment: "BP 156/95, also has asthma on Fostair – which
    // antihypertensive?" asks about the hypertension.)
    const treatsOther = (t: LinkedDocument, m: ConceptMention) =>
      namesTreatment(m) && topics.some((u) => u !== t && this.#documentHas(u.documentId, normalise(m.text)));
    // (Not one of the patient's background beside a new problem: "has alzheimers, suddenly much more confused
    // and seeing things, has a UTI" asks about the delirium.)
    // (A guess beside a condition the words describe twice over is weighed against it, not asked: "thin grey
    // discharge, fishy smell – is it thrush?"; beside one said once, "constipated… now fresh blood – is it piles?",
    // the guess is the new problem asked about.)
    const describedBeside = (t: LinkedDocument) =>
      topics.some((u) => u !== t && u.mentions.length >= 2 && u.mentions.every((m) => m.described));
    const everyday = (m: ConceptMention) => m.source === 'lexicon' && this.#vocabulary?.commonWords.has(normalise(m.text)) === true;
    const asked = topics.filter(
      (t) =>
        inAsk(t) &&
        !t.background &&
        !(t.guessed && describedBeside(t)) &&
        // (…nor by an everyday word read as it, the "sugar" of "how much sugar do I give?" in a hypo.)
        t.mentions.some((m) => m.source !== 'finding' && !everyday(m) && !treatsOther(t, m)) &&
        !(asksSafety(analysis) && this.#givenFor(analysis, t)) &&
        !featureOf(t) &&
        // (…nor beside an emergency a value shows, by the reader's words alone: "sugar was 2.9… what do I do if he
        // ever passes out with it?" asks about the hypo's care.)
        !(first.urgent && t.mentions.every((m) => m.source !== 'name')) &&
        drugNames.every((n) => this.#documentMentions(t.documentId, n)) &&
        // (…and those without a monograph: "MI 3 months ago, now moderate depression – which antidepressant is
        // safest post-MI?" asks about the depression the antidepressant treats, not the infarct it is given after.)
        unlistedAsked.every((n) => this.#documentMentions(t.documentId, n)) &&
        // (Of the medicines the patient is on, one at least, and beside a next step asked by its class: "on
        // ramipril + metformin – what to add for renoprotection?" is asked of the kidney topic's "ACE inhibitor".)
        (takenNames.length === 0 || takenNames.some((n) => this.#speaksOfDrug(t.documentId, n, analysis.intents.includes('next-step')))),
    );
    if (asked.length === 1 && asked[0] !== first) {
      lead(asked[0]!);
      return;
    }
    // A complication only a value shows, beside the condition it complicates named with no value of its own, is
    // what the medicines asked about are for: "T2DM, eGFR 41, uACR 48 on max-dose ramipril – add an SGLT2i?"
    // asks about the kidney disease. (With a value of the named condition's own, "HbA1c 64", the diabetes stays.)
    const drugs = linked.filter((d) => d.kind === 'drug' && d.score >= routingLimits.minimumLink);
    const medicinesNamed = drugs.map((d) => bareName(d.title));
    const shownBy = (t: LinkedDocument) => t.mentions.length > 0 && t.mentions.every((m) => m.source === 'finding');
    const complication = topics.filter(
      (t) =>
        t !== first &&
        !t.urgent &&
        !t.background &&
        shownBy(t) &&
        speaksOf(first, t) &&
        medicinesNamed.length + unlistedAsked.length > 0 &&
        medicinesNamed.every((n) => this.#speaksOfDrug(t.documentId, n)),
    );
    // (Not beside an emergency named, nor in a pregnancy, whose own care the value is part of: "DKA, K+ 3.1 – start
    // insulin now?", "pre-eclampsia at 35 weeks, BP 148/96 on labetalol – BP target?")
    const emergency = first.names.some((n) => this.#findings?.emergencies.has(n.toLowerCase()));
    const pregnant = analysis.links.findings.some((f) => f.group && f.terms.includes('pregnancy'));
    if (
      asked.length === 0 &&
      !emergency &&
      !pregnant &&
      !first.background &&
      first.mentions.every((m) => m.source === 'name') &&
      !topics.some((t) => t !== first && !shownBy(t) && !t.background && t.score >= first.score - routingLimits.nearLink) &&
      complication.length === 1
    ) {
      lead(complication[0]!);
      return;
    }
    // An emergency a value shows ("ketones 5.8" in a T1DM vignette) is what is asked about, whatever else is
    // named, unless the ask names another ("K+ 6.9 after insulin–dextrose – what AKI stage, RRT now?").
    if (first.urgent) {
      const namedInAsk = topics.filter((t) => t !== first && inAsk(t) && t.mentions.some((m) => m.source === 'name'));
      if (namedInAsk.length === 1) {
        lead(namedInAsk[0]!);
      }
      return;
    }
    // A problem described first, in the reader's words, is what is asked about; a condition named after it, away
    // from the ask, that never speaks of it, is the patient's background: "hands shake when he holds a cup… he
    // has asthma and uses a blue inhaler – what tablets can help him?" (A diagnosis given after the description
    // speaks of it as a differential: "shaky hands… GP thinks it's Parkinson's".)
    const describedFirst = topics.find(
      (t) =>
        t !== first &&
        !t.background &&
        t.mentions.length > 0 &&
        t.mentions.every((m) => m.described) &&
        !first.mentions.some((m) => m.described) &&
        first.mentions.every((m) => t.mentions.every((d) => m.from >= d.to)) &&
        !inAsk(first) &&
        // (A condition of the history is no diagnosis offered for the description: "ankles swollen, breathless
        // lying flat, had a heart attack 2 years ago" describes heart failure, whatever the ACS topic says of it.)
        (first.background || !speaksOf(first, t)),
    );
    if (describedFirst) {
      lead(describedFirst);
      return;
    }
    // A condition named beside one the reader's words picture, when each speaks of the other (the one named
    // as a differential, the one pictured as a feature), is the picture's feature: "sore throat for 10 days, wiped
    // out with swollen glands… took amoxicillin and came out in a rash" is glandular fever.
    const picturedOver = topics.find(
      (t) =>
        t !== first &&
        !t.background &&
        t.mentions.some((m) => m.pictured) &&
        t.mentions.every((m) => m.described) &&
        first.mentions.length > 0 &&
        first.mentions.every(
          (m) => m.source === 'name' && [m.text, ...first.names.filter((n) => n.length >= 4)].some((n) => saysName(t.documentId, n)),
        ) &&
        speaksOf(first, t) &&
        !inAsk(first),
    );
    if (picturedOver) {
      lead(picturedOver);
      return;
    }
    // …and so is one reached only by an everyday phrase for a single symptom that the picture's topic speaks of:
    // "sad all the time, lost interest in everything, sleeping badly" is depression, not insomnia.
    const layOnly = (t: LinkedDocument) =>
      t.mentions.length > 0 && t.mentions.every((m) => m.source === 'lexicon' && !m.pictured && m.described);
    const picturesSymptomOf = (t: LinkedDocument, symptom: LinkedDocument) =>
      t !== symptom &&
      !t.background &&
      !t.ruledOut &&
      t.score >= symptom.score - routingLimits.nearLink &&
      t.mentions.some((m) => m.pictured) &&
      t.mentions.every((m) => m.described) &&
      layOnly(symptom) &&
      symptom.mentions.every((m) =>
        tokenize(m.text).some(
          (w) => w.folded.length >= 4 && [w.folded, w.folded.replace(/(?:ing|ed|s)$/, '')].some((n) => saysName(t.documentId, n)),
        ),
      ) &&
      !inAsk(symptom);
    const layPicturedOver = topics.find((t) => picturesSymptomOf(t, first));
    if (layPicturedOver) {
      lead(layPicturedOver);
      return;
    }
    // A condition named only as what a medicine was given for is history beside another the question names
    // or describes: mania now after "antidepressants for depression last year"; kidney disease when asked
    // whether "ibuprofen for my headaches" is safe. (Its dose stays the indication's to set.)
    // (So is one a medicine the patient is on is given for, when nothing is asked of it: "on Eliquis for AF,
    // MCV 72, ferritin 6 – work-up?" asks about the anaemia two values name.)
    // A harm of a medicine the patient is on, said and not measured, beside the condition that medicine treats,
    // is a problem of that treatment: "iron deficiency anaemia, on ferrous sulphate TDS, constipated – a gentler
    // way?" asks about the anaemia's treatment, not about laxatives.
    const taken = drugs.filter((d) => analysis.taking.includes(d.documentId));
    const harmingFirst = first.mentions.every((m) => m.source !== 'finding')
      ? taken.filter((d) => this.#listsAsHarm(d.documentId, first.documentId) && !this.#usedFor(d.documentId, first.documentId))
      : [];
    // (Treated by the medicine that does the harm: "falls … on amlodipine, zopiclone" are the hypnotic's harm, no
    // problem of the blood pressure amlodipine treats.)
    const treatedByTaken = topics.filter((t) => !t.background && harmingFirst.some((d) => this.#usedFor(d.documentId, t.documentId)));
    // (Not when a treatment of its own is asked for the harm: "HTN on indapamide. Plan for urate-lowering – start
    // dose?" asks about the gout.)
    if (!newTreatmentFor(first.documentId) && treatedByTaken.length === 1 && treatedByTaken[0] !== first) {
      lead(treatedByTaken[0]!);
      return;
    }
    const drugsNamed = drugs.some((d) => !onlyTaken(d));
    const indications = topics.filter((t) => this.#givenFor(analysis, t));
    // (Not one the medicine's own monograph speaks of, its harm: "on carbimazole for an overactive thyroid,
    // sore throat and fever" asks about the carbimazole.)
    const harmOfNamed = (t: LinkedDocument) => drugs.some((d) => this.#hasNameOf(d.documentId, t.documentId));
    const others = topics.filter(
      (t) => !indications.includes(t) && (t.mentions.some((m) => m.source !== 'finding') || namedByValues(t)) && !harmOfNamed(t),
    );
    // (…and so is it beside a medicine given before, when the ask guesses the other condition and names no
    // medicine: "had co-amoxiclav for a UTI last week, now watery stools – could it be C diff and what treatment?")
    // (A harm of that medicine too, asked by name: C. difficile is co-amoxiclav's harm, and its own topic's to treat.)
    const askedBeside = topics.filter((t) => !indications.includes(t) && inAsk(t));
    const askedBeyondDrugs = askedBeside.length === 1 && askedBeside[0]!.guessed === true && !drugs.some(inAsk) && !asksSafety(analysis);
    if (!drugsNamed || asksSafety(analysis) || askedBeyondDrugs) {
      const other = askedBeyondDrugs ? askedBeside : others;
      if (indications.length > 0 && other.length === 1) {
        if (other[0] !== first) {
          lead(other[0]!);
        }
        return;
      }
    }
    // A condition the named drug is given for is not overtaken by one that only qualifies it ("apixaban
    // dose in AF with CKD" is about AF).
    // (The brand typed narrows them to its own use: Wegovy is given for weight, whatever else it treats.)
    const treated = topics.filter((t) =>
      brandIndicated.size > 0 ? brandIndicated.has(t.documentId) : drugs.some((d) => this.#usedFor(d.documentId, t.documentId)),
    );
    const candidates = treated.includes(first) ? treated : topics;
    // A condition only read from the reader's words does not overtake one named by the medicine that treats it,
    // when what is asked is that medicine's safety or dose: "hot flushes… can't sleep… am I allowed HRT?" is the
    // menopause's, though the insomnia topic lists it as a cause and its statements share more of the words.
    const namedAsWell = (t: LinkedDocument) =>
      t.mentions.some((m) => m.source === 'name') ||
      !drugQuestionIntents.has(analysis.intent) ||
      !first.mentions.some((m) => m.source === 'name' && this.#vocabulary?.health.get(m.text).includes('drug') === true);
    // A condition whose topic speaks of the other one named, which never speaks of it, is the subject: the
    // other is its symptom ("flashbacks and nightmares… can't sleep" is PTSD; insomnia does not list PTSD).
    // (Beside a drug, what the drug is given for decides, above; names far apart in strength are not weighed.)
    // (Not one of the background beside a new problem, the UTI of "has alzheimers, suddenly much more confused,
    // has a UTI", which speaks of the confusion it causes; unless values measure it: "severe AS, Vmax 4.3, AVA
    // 0.8, new exertional syncope" is the aortic stenosis.)
    // (Nor a guess beside a condition the words describe: "thin grey discharge, fishy smell – is it thrush?" is
    // no symptom of thrush because the thrush topic names BV. Beside one named before a turn, the guess is the
    // new problem: "constipated on co-codamol, now fresh blood – is it piles?")
    const underlying = candidates.filter(
      (t) =>
        t !== first &&
        !(t.guessed && describedBeside(t)) &&
        (!t.background || measuredTwice(t)) &&
        t.score >= first.score - routingLimits.nearLink &&
        (t.mentions.some((m) => m.source !== 'finding') || namedByValues(t)) &&
        namedAsWell(t) &&
        // (Nor one read only from the reader's words beside the one named and described more: "doc thinks i have
        // anxiety, worrying about everything… cant switch off at night" is the anxiety, which the insomnia topic
        // lists as a cause of poor sleep.)
        !(
          first.mentions.some((m) => m.source === 'name') &&
          first.mentions.length > t.mentions.length &&
          t.mentions.every((m) => m.source === 'lexicon')
        ) &&
        speaksOf(t, first) &&
        !speaksOf(first, t) &&
        !picturesSymptomOf(first, t),
    );
    if (drugs.length === 0 && underlying.length === 1) {
      lead(underlying[0]!);
      return;
    }
    // The words beyond names, findings and intent cues: what the question says about its subject.
    const rest = analysis.focusTerms.join(' ');
    if (rest === '') return;
    const content = new Map(this.#documentScores(this.#scoreStatements(rest)).map((d) => [d.documentId, d.score]));
    const contentOf = (d: LinkedDocument) => content.get(d.documentId) ?? 0;
    // A condition reached only through the treatment asked for and values that go with the one named
    // ("pre-eclampsia, BP 162/108 – first-line antihypertensive?" reaches hypertension) is no second subject.
    const onlyTreated = (t: LinkedDocument) =>
      t.mentions.some(namesTreatment) && t.mentions.every((m) => m.source === 'finding' || namesTreatment(m));
    // (Nor is one of the patient's background.)
    // (Nor is what a medicine the patient is on is given for: the words beyond names may speak of the medicine,
    // "is the SGLT2i to blame?", which its indication's topic shares. "T2DM on dapagliflozin, 3rd bout of
    // vaginal thrush – treat with what?" asks about the thrush.)
    const takenFor = (t: LinkedDocument) =>
      drugs.some((d) => analysis.taking.includes(d.documentId) && this.#usedFor(d.documentId, t.documentId));
    // (Nor one reached only by a value that is no emergency, beside a condition the words picture: "20 min R arm
    // weakness + dysphasia, fully resolved, BP 158/90 – what now?" is the TIA, not the blood pressure.)
    // (A picture of several words; beside a bare name, "one syncope, echo Vmax 4.3 m/s", the value decides.)
    const pictured = first.mentions.some(pictures);
    const onlyMeasured = (t: LinkedDocument) => pictured && !t.urgent && t.mentions.every((m) => m.source === 'finding');
    const best = [...candidates]
      .filter((t) => t === first || (!onlyTreated(t) && !takenFor(t) && !t.background && !onlyMeasured(t) && namedAsWell(t)))
      .sort((a, b) => contentOf(b) - contentOf(a))[0]!;
    const leads = contentOf(best) >= routingLimits.askedConditionLead * contentOf(first);
    // (Nor does the wording overturn a condition named and measured, "HFpEF, LVEF 58%, NYHA II–III", for one
    // only named beside it: "…AF, BMI 33 – which prognostic drug?" asks about the heart failure.)
    const namedAndMeasured = (t: LinkedDocument) =>
      t.mentions.some((m) => m.source === 'name') && t.mentions.some((m) => m.source === 'finding');
    // (Nor, of two conditions only described, for one the first speaks of that never speaks of the first: "flashbacks
    // and nightmares… can't sleep" stays the PTSD, whose sleeplessness the insomnia topic's words share.)
    const describedOnly = (t: LinkedDocument) => t.mentions.length > 0 && t.mentions.every((m) => m.described);
    const featureOfFirst = describedOnly(first) && describedOnly(best) && speaksOf(first, best) && !speaksOf(best, first);
    const outweighed = (namedAndMeasured(first) && !namedAndMeasured(best)) || featureOfFirst;
    if (best !== first && leads && !outweighed) {
      lead(best);
    }
  }

  /**
   * The topic the question's words, read without the drugs' names (which every topic using them shares),
   * clearly point to among those that speak of the drugs: the drug named and the words around it agree, surer
   * than the words alone.
   */
  #topicUsing(
    analysis: QueryAnalysis,
    drugs: LinkedDocument[],
    concepts: string[],
    scored = this.#scoredBeyondNames(analysis, drugs),
    // Only the conditions the drug's own indications or doses name, not a topic that merely speaks of it.
    usesOnly = false,
  ): LinkedDocument | undefined {
    const names = drugs.map((f) => bareName(f.title));
    // (…and only then by any other of its names: the gastroenteritis topic says "ORS", not "oral rehydration
    // salts". Read first, "adrenaline" would bring in every topic that names it.)
    // (Not for a combination reached by one ingredient, "budesonide": a topic naming the ingredient is no use
    // of the combination.)
    const otherNames = [
      ...new Set(
        drugs
          .filter((f) => f.role !== 'ingredient')
          .flatMap((f) => f.names.map(normalise).filter((n) => n.length >= 3 && !names.includes(n))),
      ),
    ];
    const ownUse = (documentId: string) => drugs.some((d) => this.#usedFor(d.documentId, documentId));
    // Topics that name the drug come first; those that speak only of its class are tried after ("calcium
    // with alendronate" is osteoporosis, not the hypercalcaemia topic's bisphosphonates).
    const speaking = (byClass: boolean, called = names) =>
      scored.filter(
        (d) =>
          this.#kinds.get(d.documentId) === 'topic' &&
          called.some((n) => this.#speaksOfDrug(d.documentId, n, byClass)) &&
          (!usesOnly || ownUse(d.documentId)),
      );
    // (The other names only when no topic speaks of the drug by its main name or class: where some do and the
    // words point to none, a narrower list would route on less, "how long on metoprolol after valve surgery".)
    const byName = speaking(false);
    let routed = this.#routeAmong(analysis, byName, concepts);
    if (!routed) {
      const byClass = speaking(true);
      routed =
        this.#routeAmong(analysis, byClass, concepts) ??
        (byName.length === 0 && byClass.length === 0 && otherNames.length > 0
          ? this.#routeAmong(analysis, speaking(false, otherNames), concepts)
          : undefined);
    }
    if (!routed) return undefined;
    // (Not when the drug's own monograph holds the words as well as the topic does: "enoxaparin shot … injected
    // into my kidney" is about giving the injection, which the COVID-19 topic's enoxaparin lines only share.)
    const held = this.#wordsHeld(analysis, routed.documentId);
    if (!ownUse(routed.documentId) && drugs.some((d) => this.#wordsHeld(analysis, d.documentId) >= held)) return undefined;
    return { ...routed, score: routingLimits.contentWithDrug };
  }

  /** Does the question say anything of a condition beyond its drugs: a symptom, sign, body part or test, a lay reading or a value? */
  #saysOfCondition(analysis: QueryAnalysis): boolean {
    const { links } = analysis;
    const clinical = new Set(['symptom', 'condition', 'anatomy', 'test']);
    const inDrugName = (i: number) => links.documents.some((d) => d.kind === 'drug' && d.mentions.some((m) => i >= m.from && i < m.to));
    const isClinical = (text: string) => (this.#vocabulary?.health.get(text) ?? []).some((c) => clinical.has(c));
    return (
      links.findings.some((f) => !f.group) ||
      // (A lay phrase read as a symptom, "got the runs"; not a brand read as its drug, nor "bd" as "twice daily".)
      links.readings.some(isClinical) ||
      tokenize(analysis.question).some((t, i) => !inDrugName(i) && isClinical(t.text))
    );
  }

  /** Is every mention of the topic what a medicine named just before was given for ("on antidepressants for depression")? */
  #givenFor(analysis: QueryAnalysis, topic: LinkedDocument, treatedWithToo = false): boolean {
    const tokens = tokenize(analysis.question);
    // (A medicine without a monograph counts, as linked: "co-codamol 30/500 for my bad back".)
    const isDrug = (i: number) =>
      this.#vocabulary?.health.get(tokens[i]!.text).includes('drug') === true ||
      analysis.links.documents.some((d) => d.kind === 'drug' && d.mentions.some((m) => i >= m.from && i < m.to)) ||
      analysis.links.uncovered.some((u) => u.category === 'drug' && i >= u.from && i < u.to);
    // (Past a possessive or article, "ibuprofen for my headaches", or a history cue: "apixaban for previous DVT".)
    const history = this.#vocabulary?.contextWords.history ?? new Set<string>();
    const little = (w: string) => possessives.has(w) || determiners.has(w) || history.has(w);
    // (Or the condition said first, with what it is treated with: "bg T2DM on metformin + gliclazide".)
    const taking = this.#vocabulary?.contextWords.taking ?? new Set<string>();
    const treatedWith = (to: number) => {
      let next = to;
      while (next < tokens.length && little(tokens[next]!.folded)) next++;
      if (!taking.has(tokens[next]?.folded ?? '')) return false;
      for (let i = next + 1; i <= Math.min(tokens.length - 1, next + 2); i++) if (isDrug(i)) return true;
      return false;
    };
    // (A mention ruled out is no use named: "no diabetes, on metformin for prediabetes".)
    const said = topic.mentions.filter((m) => !isNegated(tokens, m.from, analysis.question, this.#vocabulary?.contextWords));
    return (said.length > 0 ? said : topic.mentions).every((m) => {
      if (treatedWithToo && treatedWith(m.to)) return true;
      let before = m.from - 1;
      while (before > 0 && little(tokens[before]!.folded)) before--;
      if (before < 1 || tokens[before]!.folded !== 'for') return false;
      // (Past a bracketed aside between the medicine and its use: "warfarin (INR 2.6) for AF"; or a few words
      // of its clause: "is amoxicillin ok to give for a chest infection".)
      const last = pastAside(tokens, before, analysis.question) - 1;
      for (let i = last; i >= Math.max(0, last - 4) && (i === last || !endsClause(tokens, i, analysis.question)); i--)
        if (isDrug(i)) return true;
      return false;
    });
  }

  /** The first indication statement of the drug that names a brand (its principal licensed use), normalised and padded. */
  #indicationsNaming(drugId: string, brand: string): string {
    let indications = this.#indicationTexts.get(drugId);
    if (indications === undefined) {
      indications = this.#store
        .passagesOf([drugId])
        .filter((p) => indicationHeading.test(p.section))
        .map((p) => ` ${normalise(p.text)} `);
      this.#indicationTexts.set(drugId, indications);
    }
    return indications.find((t) => t.includes(` ${brand} `)) ?? '';
  }

  /** Do the drug's indications or doses (the monograph format's sections) name the condition by any of its names? */
  #usedFor(drugId: string, conditionId: string, ownNamesOnly = false): boolean {
    const uses = this.#usesText(drugId);
    const names = (ownNamesOnly ? this.#ownNamesOf : this.#namesOf).get(conditionId) ?? [];
    return names.some((name) => name.length >= 2 && uses.includes(` ${name} `));
  }

  /** Do the drug's indications or doses name the word ("tsh": levothyroxine is adjusted by it)? */
  #dosesMention(drugId: string, word: string): boolean {
    return word.length >= 2 && this.#usesText(drugId).includes(` ${word} `);
  }

  /** The drug's indications and doses, normalised, padded and read once. */
  /** Does the drug's section on its adverse effects name the condition ("constipation" among ferrous sulfate's)? */
  #listsAsHarm(drugId: string, conditionId: string): boolean {
    const harms = this.#sectionsText(drugId, this.#harmTexts, (section) => textAspects(section).has('adverse-effects'));
    return (this.#namesOf.get(conditionId) ?? []).some((n) => n.length >= 4 && harms.includes(` ${n} `));
  }

  #usesText(drugId: string): string {
    return this.#sectionsText(drugId, this.#usesTexts, (section) => textAspects(section).has('dosing') || indicationHeading.test(section));
  }

  /** Does the document speak of the concept as typed or by any of its other names ("HCC": hepatocellular carcinoma)? */
  #hasAnyName(documentId: string, text: string): boolean {
    return this.#otherNames(text).some((n) => this.#documentHas(documentId, normalise(n)));
  }

  /** A medicine typed as the lexicon knows it, and its other names both ways ("estrogen" → "oestrogen"). */
  #otherNames(text: string): string[] {
    const expanded = this.#lexicon?.expand(text) ?? [];
    // (…and the class of what a brand name stands for: "Beconase" is a beclometasone nasal spray, an
    // intranasal corticosteroid.)
    const classes = expanded.flatMap((e) => this.#lexicon?.classesOf(e) ?? []);
    return [text, ...expanded, ...(this.#lexicon?.reverse(text) ?? []), ...classes];
  }

  /**
   * Do the statements (of the library, or of the documents given) speak of a phrase of several words in
   * their order, a word or two apart and in the plural as well ("wasp sting" in "wasp and bee stings")?
   */
  #spokenNear(phrase: string, documentIds: Iterable<string> = this.#libraryDocuments): boolean {
    const near = nearPattern(phrase, true);
    return near !== undefined && [...documentIds].some((id) => near.test(this.#documentText(id)));
  }

  /** Does the document speak of the phrase's last word, its stem, or a word one typing slip from it? */
  #speaksOfKind(documentId: string, phrase: string): boolean {
    const last = normalise(phrase).split(' ').pop() ?? '';
    // ("Disease", "syndrome" say no kind: every monograph speaks of some disease.)
    if (genericClinicalWords.has(last)) return false;
    const head = stemOf(last);
    if (head.length < 4) return false;
    return this.#documentText(documentId)
      .split(' ')
      .some((w) => w.length >= 4 && editDistance(stemOf(w), head, 1) <= 1);
  }

  /** Does any library statement mention the phrase (whole words, as normalised)? */
  #libraryMentions(phrase: string): boolean {
    const key = normalise(phrase);
    return key.length >= 2 && [...this.#libraryDocuments].some((id) => this.#documentHas(id, key));
  }

  /** For each word of each concept named, the concept's other names in the lexicon (both directions). */
  #alternatives(concepts: string[]): Record<string, string[]> {
    const alternatives: Record<string, string[]> = {};
    if (!this.#lexicon) return alternatives;
    for (const concept of concepts) {
      const key = normalise(concept);
      const names = [...this.#lexicon.expand(concept), ...this.#lexicon.reverse(key)]
        .map(normalise)
        .filter((n) => n.length >= 4 && n !== key);
      if (names.length === 0) continue;
      for (const word of key.split(' ')) if (word.length >= 3) alternatives[word] = [...new Set([...(alternatives[word] ?? []), ...names])];
    }
    return alternatives;
  }

  /**
   * A question asking several things ("acute treatment and max correction in 24h?") scores the focus
   * statements once per part, by that part's own words, so that each part can find its answer.
   */
  #partScores(analysis: QueryAnalysis, passages: Retrieval['passages']): Retrieval['partScores'] {
    // "acute treatment" is a part; "what now" is not.
    const asksSomething = (word: string) => word.length >= 3 && !stopWords.has(word) && !/^\d+$/.test(word);
    const parts = askedParts(analysis.question).filter((part) => tokenize(part).some((t) => asksSomething(t.folded)));
    // (One part is scored alone only after a vignette, whose words would otherwise outweigh the ask: "84F, Na
    // 118, vomited once… max Na rise in the first 24h?")
    if (parts.length < 2 && !(parts.length === 1 && askStart(analysis.question) > 0)) return [];
    const byId = new Map(passages.map((p) => [p.id, p]));
    // (The patient's sex qualifies every part: "61M … does he need scoping?" is answered by the statement for
    // men. It only reorders the statements the part's own words reach: "45F – … how often?" reaches none.)
    const sex = sexWords(analysis.links.findings).join(' ');
    return parts.map((typed) => {
      // ("K+ replacement" is asked in the analyte's own name: potassium.)
      const part = [typed, ...(this.#findings?.analytesNamed(typed) ?? [])].join(' ');
      const words = this.#scoreStatements(part);
      const scores = sex === '' ? words : this.#scoreStatements(`${part} ${sex}`);
      const reached = new Map([...scores].filter(([id]) => byId.has(id) && (words.get(id) ?? 0) > 0));
      // Which of them say the part in their own words, or in the clinical words the lexicon reads them as
      // ("FRIII"), not only under a heading that shares one ("Fluid replacement" for "K+ replacement").
      const asked = [part, ...(this.#expander?.expand(part).map((e) => e.phrase) ?? [])]
        .flatMap((phrase) => normalise(phrase).split(' '))
        .filter(asksSomething);
      const says = new Set(
        [...reached.keys()].filter((id) => {
          // (Not in a sub-statement's: "add vancomycin after travel" is no empirical choice because the US
          // line under it says "empirical".)
          const ownWords = { ...byId.get(id)!, section: '', documentTitle: '', children: [] };
          return asked.some((w) => mentions(ownWords, w));
        }),
      );
      // (Only a cue that opens the part asks for it: "do I still calculate ABCD2 to decide how urgently to refer?"
      // asks whether, not how soon.)
      const facets = (this.#vocabulary?.intentCues.findAll(tokenize(typed)) ?? [])
        .filter((c) => c.from <= partOpening)
        .map((c) => c.value as Intent)
        .filter((intent) => partFacets.has(intent));
      return { scores: reached, says, facets: [...new Set(facets)] };
    });
  }

  /** Ranker scores of the library's statements for a query (passage id → score). */
  #scoreStatements(query: string): Map<number, number> {
    const ranked = this.ranker.rank(query, { limit: this.ranker.index.size });
    return new Map(ranked.map((r) => [r.passageId, r.score]));
  }

  /**
   * The library topics a drug's statement is labelled with ("Erythema migrans: 500 mg…", "Rheumatoid
   * arthritis: 7.5 mg weekly"), and the conditions without a topic it names (marked "uncovered:…"), read once
   * per statement. A label for a patient group ("Adults:", "Renal impairment:", "In pregnancy:") says whom a
   * line is for, not what for. (Only the label: a line that merely mentions another condition, "monitor
   * glucose during illness", may still answer.) A line of the indications is labelled by what it names: "First-line
   * antibiotic for acute otitis media in children" is the otitis media's.
   */
  #topicsLabelling(p: { id: number; text: string; section: string }): readonly string[] {
    let topics = this.#statementTopics.get(p.id);
    if (topics === undefined) {
      const colon = p.text.indexOf(':');
      // (Read without a bracketed population, which says whom the dose is for, and with the conditions the library
      // has no topic for: "Familial Mediterranean fever (adults): 1.2-2.4 mg daily" is no gout dose.)
      const indication = indicationHeading.test(p.section);
      const label = indication ? bareTitle(p.text) : colon > 0 && colon <= 60 ? bareTitle(p.text.slice(0, colon)) : '';
      // (The population words are read out of it, the condition kept: "Acute symptomatic hypocalcaemia in adults: 10-20
      // mL" is no hyperkalaemia dose; "Renal impairment: …" names no condition.)
      const condition = indication ? label : label.replace(populationWords, ' ').replace(/\s+/g, ' ').trim();
      const links = condition === '' ? undefined : this.#linker.link(condition);
      topics = links
        ? [
            ...links.documents.filter((d) => d.kind === 'topic').map((d) => d.documentId),
            ...links.uncovered.filter((u) => u.category === 'condition').map((u) => `uncovered:${normalise(u.text)}`),
          ]
        : [];
      this.#statementTopics.set(p.id, topics);
    }
    return topics;
  }

  /**
   * A question that names no library concept ("my calf is sore and puffy after a long flight") goes to
   * the topic its words point to, only when one topic clearly leads and its best statements hold most of
   * the question's specific words.
   */
  #routeByContent(
    analysis: QueryAnalysis,
    ranked: { documentId: string; score: number; scores: Map<number, number> }[],
    // A drug the question names already narrows the candidates to the topics that use it; words alone must
    // also lead in the statements' own scores.
    rawLeadNeeded = 0,
    concepts: string[] = [],
    // Nothing else was linked, so the alternative is no answer: a topic far ahead of every other on what it
    // holds of a long question routes on that.
    alone = false,
  ): LinkedDocument | undefined {
    // Everyday words ("really", "half", "yesterday") neither route nor block: the rarer words must be held.
    // (What the question rules out, "not pregnant, no fever", says what the patient does not have: no topic
    // need hold it, so it weighs nothing. A word also said outside what is ruled out weighs as usual: "my nose
    // is blocked… helps the eyes but not the blocked nose".)
    const count = (words: string[]) => words.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
    const negatedCount = count(analysis.negated.flatMap((phrase) => normalise(phrase).split(' ')));
    const questionCount = count(normalise(analysis.question).split(' '));
    const ruledOut = new Set([...negatedCount].filter(([w, n]) => (questionCount.get(w) ?? 0) <= n).map(([w]) => w));
    const specific = analysis.specificTerms;
    // (A topic the question rules out by name, "it's not the crystals thing (BPPV)", is never where its words lead.)
    const deniedTopics = new Set(analysis.links.documents.filter((d) => d.ruledOut).map((d) => d.documentId));
    ranked = ranked.filter((d) => !deniedTopics.has(d.documentId));
    if (ranked.length === 0) return undefined;
    // An everyday word the library never uses ("fixes", "secs", "actualy", "8cm") is how people talk, not what
    // they ask about: no topic can hold it, so it weighs little either way. A lay word the lexicon reads
    // ("spins" → vertigo) weighs fully, and so does any other word no statement uses ("wegeners"): it may
    // name what the library lacks.
    // A word typed a letter wrong is the word the library uses ("antibiotcs"), when one such word is.
    const respelt = new Map<string, string>();
    for (const t of analysis.specificTerms) {
      if (analysis.links.wordReadings.has(t) || this.#libraryMentions(t)) continue;
      const meant = englishNeighbours(t).filter((w) => this.#libraryMentions(w));
      if (meant.length === 1) respelt.set(t, meant[0]!);
    }
    const everyday = (t: string) =>
      !analysis.links.wordReadings.has(t) &&
      (isEnglishWord(t) || englishNeighbours(t).length > 0 || /\d/.test(t)) &&
      !this.#libraryMentions(t);
    // (Each word's weight is read once: coverage weighs every word again for each candidate topic.)
    const weights = new Map<string, number>();
    const wordWeight = (w: string) => {
      let weight = weights.get(w);
      if (weight === undefined) {
        const t = respelt.get(w) ?? w;
        weight = this.#rarity(t) * (everyday(t) ? routingLimits.everydayWord : 1);
        weights.set(w, weight);
      }
      return weight;
    };
    // The words of the question's lay phrases ("baby feels hot" → fever) count with its specific words.
    // (Not the words of a name, "Imodium", which the routed topic need not repeat.)
    const nameWords = new Set(analysis.links.documents.flatMap((d) => d.mentions.flatMap((m) => normalise(m.text).split(' '))));
    // (Nor a turning word, "arent" of "seeing things that arent there"; nor where help is sought, "anything
    // from the chemist", which says whom to ask.)
    const context = this.#vocabulary?.contextWords;
    const layWords = [...analysis.links.wordReadings.keys()].filter(
      (w) => w.length >= 3 && !stopWords.has(w) && !nameWords.has(w) && !context?.negation.has(w) && !context?.setting.has(w),
    );
    // A child's age ("3 yr old") says whose topic it is: the words its band is written with count too.
    // (The band is one fact about the patient, however many words it is written with: "children", "child",
    // "paediatric" count once, as the first, held when any is.)
    const ageWords = analysis.links.findings.filter((f) => f.group).flatMap((f) => f.terms.filter((t) => !t.includes(' ')));
    const [ageWord, ...ageAlternatives] = ageWords;
    const ages = groupAges(analysis.links.findings);

    // The part of the body a lay question names ("my ear", "her eye") says where its topic is, though the
    // word is too common to name anything alone.
    const bodyParts = analysis.focusTerms.filter((t) => this.#vocabulary?.health.get(t).includes('anatomy'));
    // A measured value says what was measured ("temp 38.3" → temperature), one word a finding.
    const measured = analysis.links.findings.filter((f) => !f.group && !f.condition).flatMap((f) => f.terms.slice(0, 1).map(normalise));
    const asked = [...new Set([...specific, ...bodyParts, ...layWords, ...measured, ...ageWords.slice(0, 1)])].filter(
      (t) => !ageAlternatives.includes(t),
    );
    const weight = (t: string) => (ruledOut.has(t) ? 0 : t === ageWord ? Math.max(...ageWords.map(wordWeight)) : wordWeight(t));
    // Two words at least, specific or lay ("still seizing" after a tried drug names what is going on).
    if (asked.length < 2) return undefined;
    const total = asked.reduce((n, t) => n + weight(t), 0);
    if (total === 0) return undefined;
    // A lay word is held when the statement uses the clinical words the lexicon reads it as ("slurring" → "slurred speech").
    const readings: Record<string, string[]> = Object.fromEntries(
      [...analysis.links.wordReadings].map(([word, read]) => [word, read.map(normalise)]),
    );
    if (ageWord) readings[ageWord] = [...(readings[ageWord] ?? []), ...ageAlternatives];
    for (const [typed, meant] of respelt) readings[typed] = [meant];
    // The few best-scoring topics, ordered by how much of the question the whole topic speaks of, weighted by
    // rarity: the sum of a topic's three best statements favours a topic whose long statements share many
    // common words ("blood test", "bigger") over the one that holds the rare word ("tick").
    // (A topic written for another age than the patient's is no candidate: a 68-year-old's fever is not a child's.)
    // (Nor is a topic of the other sex: a 68-year-old woman's dysuria is not prostatitis.)
    const sex = this.#patientSex(analysis);
    const otherSex = (title: string) => this.#forOtherSex(title, sex);
    // (An adult's age is no word a topic written for every age weighs either way: "68F" says who, not what,
    // and most adult topics speak of older people somewhere.)
    const adult = ageWord !== undefined && ages.length > 0 && ages.every((a) => a >= adultFrom);
    const countedFor = (forAge: boolean) => (adult && !forAge ? asked.filter((t) => t !== ageWord) : asked);
    const covered = ranked
      .filter((d) => writtenForAges(this.#titles.get(d.documentId) ?? '', ages) && !otherSex(this.#titles.get(d.documentId) ?? ''))
      .slice(0, routingLimits.coverageCandidates)
      .map((d) => {
        // (A word the topic holds only inside its own name, "sore" of "cold sores", is not held; the age band
        // is, "infants" of "bronchiolitis in infants" saying whose topic it is.)
        const text = { plain: this.#documentText(d.documentId), beyondNames: this.#textBeyondNames(d.documentId) };
        const inLay = layHeld(this.#layLinesOf(d.documentId), asked, readings);
        const holds = (t: string) => inLay.has(t) || holdsIn(t === ageWord ? text.plain : text.beyondNames, t, readings[t]);
        // A topic written for the patient's age group ("… in children" for a 3-year-old) fits the vignette better.
        const titleWords = normalise(this.#titles.get(d.documentId) ?? '').split(' ');
        const forAge = ageWords.some((w) => titleWords.includes(w));
        const counted = countedFor(forAge);
        const share = counted.filter(holds).reduce((n, t) => n + weight(t), 0) / counted.reduce((n, t) => n + weight(t), 0);
        const age = forAge ? routingLimits.ageGroupTopic : 1;
        // (A topic written for one sex answers a question that does not give the sex less surely than one for
        // everyone: "burning when I pee" is cystitis before prostatitis.)
        const oneSex = sex === undefined && this.#forOneSex(this.#titles.get(d.documentId) ?? '') ? routingLimits.oneSexTopic : 1;
        return { ...d, share, forAge, raw: d.score * age, score: d.score * share ** routingLimits.coveragePower * age * oneSex };
      })
      .sort((a, b) => b.score - a.score);
    if (covered.length === 0) return undefined;
    const [best, second] = covered as [(typeof covered)[number], (typeof covered)[number] | undefined];
    const margin = second ? best.score / second.score : Infinity;
    // Coverage orders the candidates, but only the statements' own scores say how clearly the words point
    // there: a topic that merely holds two of the words ("paralysis", "affect") while others score higher is
    // no answer, and only a lead in those scores lowers the coverage needed.
    // (Beside a topic that holds nearly all of a question of several words, one holding little of it, the
    // sore throat topic's long statements on "sore" and "antibiotics" beside "ear canal itchy … after
    // swimming", is no rival on those scores. Two words held are no such lead: "vitamin d … our bodies".
    // With nothing else linked, most of the question is enough: the whooping cough topic's long statements on
    // "coughs" do not hold back COPD for a smoker's morning phlegm and breathlessness on the stairs.)
    const rivals = covered.filter(
      (d) =>
        d !== best &&
        (asked.length < routingLimits.heldWords ||
          best.share < (alone ? routingLimits.heldShare : routingLimits.nearlyAll) ||
          d.share >= best.share * routingLimits.rivalShare),
    );
    const rawLeadOver = (others: typeof covered) => best.raw / Math.max(1e-9, ...others.map((d) => d.raw));
    const rawLead = rawLeadOver(rivals);
    // (Nor, beside a topic holding most of the question far ahead of every other, need it lead those that hold
    // little of it: "sudden stabbing pains on one side of my face like an electric shock, set off by brushing my
    // teeth" is trigeminal neuralgia, though the chest pain topic's long statements score high on "pain".)
    const leadsHolders =
      alone &&
      asked.length >= routingLimits.heldWords &&
      best.share >= routingLimits.leadingShare &&
      margin >= routingLimits.clearMargin &&
      rawLeadOver(covered.filter((d) => d !== best && d.share >= best.share * routingLimits.rivalShare)) >= rawLeadNeeded;
    // (A topic holding nearly all of the question, far ahead on that, needs no lead in raw scores: a
    // topic of long statements scores high on the question's common words alone.)
    // (…nor does one that holds every word of a long question, ahead of all others on that: "fever, neck
    // stiffness, confusion – antibiotics and steroids?" is meningitis though fever words score high elsewhere.)
    const heldClearly =
      asked.length >= routingLimits.heldWords &&
      best.share >= routingLimits.heldShare &&
      (margin >= routingLimits.clearMargin || best.share >= routingLimits.heldWhole);
    // (…and one that holds more than half of it, well ahead on that, needs only to come near the best raw
    // score: "not had a proper poo in 5 days, hard and painful" is constipation though threadworm's long
    // statements score as high on "poo".)
    const leadsClearly =
      best.share >= routingLimits.leadingShare && margin >= routingLimits.leadingMargin && rawLead >= routingLimits.leadingRawLead;
    if (margin < routingLimits.contentMargin || (rawLead < rawLeadNeeded && !heldClearly && !leadsClearly && !leadsHolders))
      return undefined;
    const passages = this.#store
      .passagesOf([best.documentId])
      .map((p) => ({ ...p, score: best.scores.get(p.id) ?? 0 }))
      .filter((p) => p.score > 0);
    const top = passages.sort((a, b) => b.score - a.score).slice(0, routingLimits.contentStatements);
    const topLay = layHeld(
      top.flatMap((p) => (p.lay ? [` ${normalise(p.lay)} `] : [])),
      asked,
      readings,
    );
    const holdsWord = (t: string) => topLay.has(t) || top.some((p) => holds(p, t, readings));
    const counted = countedFor(best.forAge);
    const held = counted.filter(holdsWord).reduce((n, t) => n + weight(t), 0);
    const heldOf = counted.reduce((n, t) => n + weight(t), 0);
    // A topic far ahead of every other needs less of the question's wording than a close winner. (A need
    // falling steadily with the lead was tried: it answered "strep infection … Wegener's?" as influenza.)
    const needed =
      (margin >= routingLimits.clearMargin && rawLead >= routingLimits.clearMargin) || leadsHolders
        ? routingLimits.clearCoverage
        : routingLimits.contentCoverage;
    if (heldOf === 0 || held / heldOf < needed) return undefined;
    // One shared rare word is a coincidence ("beta vulgaris" is not acne vulgaris): two must agree.
    // (Every word of a lay phrase the lexicon reads, "the room spins", agrees with the others; so does the
    // child's age band that the topic is written for: "4 yo, fever 39.5" is fever in children.)
    // (…and so does the part of the body a lay question names, beside a lay word read: "my legs get this
    // horrible crawly feeling".)
    const agreeing = new Set(
      [...specific, ...analysis.links.wordReadings.keys(), ...bodyParts, ...(ageWord && best.forAge ? [ageWord] : [])]
        .filter(holdsWord)
        .map((w) => concepts.find((c) => c.split(' ').includes(w)) ?? w),
    );
    if (agreeing.size < routingLimits.contentWords) return undefined;
    const p = top[0]!;
    return {
      documentId: best.documentId,
      kind: p.documentKind,
      title: p.documentTitle,
      role: 'name',
      names: [p.documentTitle],
      mentions: [],
      score: routingLimits.contentLink,
    };
  }

  /** Documents scored on the question's words without the drugs' names, which every topic using them shares. */
  #scoredBeyondNames(analysis: QueryAnalysis, drugs: LinkedDocument[], beyondUses = false): DocumentScore[] {
    // (…and, for a new problem, beyond what a medicine the patient is on is taken for, to the end of its clause:
    // "on ozempic for weight loss, now RUQ pain after meals" describes gallstones, not the weight loss every
    // obesity topic speaks of. The drug's own use keeps those words: "given flagyl for an infection".)
    const tokens = tokenize(analysis.question);
    const takenFor = (beyondUses ? drugs : [])
      .filter((d) => analysis.taking.includes(d.documentId))
      .flatMap((d) => d.mentions)
      .flatMap((m) => {
        if (tokens[m.to]?.folded !== 'for') return [];
        let end = m.to + 1;
        while (end < tokens.length && !endsClause(tokens, end - 1, analysis.question)) end++;
        return [analysis.question.slice(tokens[m.to]!.start, tokens[end - 1]!.end)];
      });
    const words = without(analysis.question, [...drugs.flatMap((d) => d.mentions.map((m) => m.text)), ...takenFor]);
    return this.#documentScores(this.#scoreStatements(words));
  }

  /**
   * A problem described beside a medicine the patient is on, when nothing is asked of the medicine ("on
   * Ozempic for weight loss, now RUQ pain after meals, temp 38.4, Murphy's positive – workup?"): the topic the
   * other words clearly point to, though it never names the medicine. (Not when the medicine's own monograph
   * holds those words nearly as well: then they describe its harm, "on amlodipine, ankles swollen".)
   */
  #newProblem(
    analysis: QueryAnalysis,
    drugs: LinkedDocument[],
    history: boolean,
    concepts: string[],
    scored: DocumentScore[],
    otherMedicineAsked = false,
    /** Medicines named that have no monograph but that statements speak of, normalised. */
    unlisted: readonly string[] = [],
  ): LinkedDocument | undefined {
    // (What is asked of a medicine is asked of theirs, unless the ask names another kind: "– abx + duration?")
    if (!history || (!otherMedicineAsked && analysis.intents.some((i) => drugQuestionIntents.has(i)))) return undefined;
    const topics = scored.filter((d) => this.#kinds.get(d.documentId) === 'topic');
    // (As beside a topic the medicine is given for: words beyond the medicine are there for a reason, so no
    // lead in raw scores is needed.)
    const routed = this.#routeByContent(analysis, topics, 0, concepts);
    if (!routed) return undefined;
    // (A dose asked of a medicine the library has no monograph for is the new problem's only where its topic
    // names that medicine: "IOP 48, on amitriptyline – acetazolamide dose?" is not the headache topic's.)
    if (
      otherMedicineAsked &&
      analysis.intents.includes('dosing') &&
      unlisted.some((name) => !this.#isClassWord(name) && !this.#documentHas(routed.documentId, name))
    )
      return undefined;
    const held = this.#wordsHeld(analysis, routed.documentId);
    return drugs.some((d) => this.#wordsHeld(analysis, d.documentId) >= routingLimits.ownTopicHolds * held) ? undefined : routed;
  }

  /**
   * A problem the question describes that no library document about the drugs or their uses speaks of: none
   * names every site of it and one of its signs ("armpits … sweat" is not oxybutynin's, whose harms speak
   * of sweating). The longest way the question puts it, or undefined. (One described problem a document does
   * speak of, "watery diarrhoea" beside loperamide, "dysuria" in the UTI topic where trimethoprim is given,
   * makes the question one of a use the library knows.)
   */
  #unspokenProblem(analysis: QueryAnalysis, focus: LinkedDocument[]): string | undefined {
    const problems = describedProblems(analysis.question, analysis.links, analysis.negated, this.#vocabulary, this.#lexicon);
    if (problems.length === 0) return undefined;
    // (…of the drugs, or of a topic one is used for: the carpal tunnel topic's "elbow" is no use of ibuprofen.)
    const drugs = focus.filter((f) => f.kind === 'drug');
    const speaking = [
      ...drugs.map((d) => d.documentId),
      ...[...this.#libraryDocuments].filter((id) => this.#kinds.get(id) === 'topic' && drugs.some((d) => this.#usedFor(d.documentId, id))),
    ];
    const spoken = (problem: DescribedProblem) =>
      speaking.some((id) => {
        const texts = [this.#documentText(id), ...this.#layLinesOf(id)];
        const has = (span: DescribedSpan) =>
          span.words.every((w) => texts.some((t) => holdsIn(t, w))) || span.readings.some((r) => texts.some((t) => t.includes(` ${r} `)));
        return problem.sites.every(has) && (problem.signs.length === 0 || problem.signs.some(has));
      });
    if (problems.some(spoken)) return undefined;
    return problems.flatMap((p) => [...p.sites, ...p.signs]).sort((a, b) => b.text.length - a.text.length)[0]!.text;
  }

  /** Is the word a kind of medicine ("antibiotic", "abx", "antivirals"), not one medicine's name? */
  #isClassWord(text: string): boolean {
    const word = normalise(text);
    const forms = [word, word.replace(/s$/, ''), ...(this.#lexicon?.expand(word) ?? [])];
    return forms.some((f) => (this.#lexicon?.senses(f) ?? []).some((e) => e.file.endsWith('drug-classes.tsv')));
  }

  /** The rarity-weighted share of the question's own words (beyond its names) that a document's statements hold. */
  #wordsHeld(analysis: QueryAnalysis, documentId: string): number {
    const words = analysis.focusTerms.filter((t) => t.length >= 3);
    const text = this.#documentText(documentId);
    const lay = this.#layLinesOf(documentId);
    const total = words.reduce((n, t) => n + this.#rarity(t), 0);
    const held = words
      .filter((t) => {
        const readings = (analysis.links.wordReadings.get(t) ?? []).map(normalise);
        return holdsIn(text, t, readings) || lay.some((l) => holdsIn(l, t, readings));
      })
      .reduce((n, t) => n + this.#rarity(t), 0);
    return total === 0 ? 0 : held / total;
  }

  /** How rare a word is in the library's statements (the ranker's IDF of its stem): its weight in routing. */
  #rarity(word: string): number {
    return this.ranker.index.idf(this.#store.indexTerms(word)[0] ?? word);
  }

  /** Is a title written for patients of one sex ("prostatitis", "… in women")? */
  #forOneSex(title: string): boolean {
    return normalise(title)
      .split(' ')
      .some((w) => this.#vocabulary?.sexWords.has(w) === true);
  }

  /** Is a title written for patients of the other sex ("… in men" for "my mum")? */
  #forOtherSex(title: string, sex: Sex | undefined): boolean {
    return (
      sex !== undefined &&
      normalise(title)
        .split(' ')
        .some((w) => (this.#vocabulary?.sexWords.get(w) ?? sex) !== sex)
    );
  }

  /**
   * Statements whose opening words name only the other sex than the patient's: "UK: advise boys and men taking
   * valproate…" is no advice for a 23-year-old woman planning a pregnancy.
   */
  #statementsForOtherSex(analysis: QueryAnalysis, passages: Retrieval['passages']): Set<number> {
    const sex = this.#patientSex(analysis);
    if (!sex || !this.#vocabulary) return new Set();
    const { sexWords } = this.#vocabulary;
    const opening = (text: string) =>
      tokenize(text.replace(/^[A-Z]{2,3}:\s*/, ''))
        .slice(0, sexOpeningWords)
        .flatMap((t) => sexWords.get(t.folded) ?? []);
    return new Set(
      passages
        .filter((p) => {
          const said = opening(p.text);
          return said.length > 0 && said.every((s) => s !== sex);
        })
        .map((p) => p.id),
    );
  }

  /** The patient's sex, from the vignette ("68F") or, when they agree, the words of the question ("32 female", "my dad"). */
  #patientSex(analysis: QueryAnalysis): Sex | undefined {
    // (Not by words in a question of whether contacts are treated too: "BV – do male partners need treating?" is
    // about a woman.)
    const words = analysis.intents.includes('contacts') ? [] : tokenize(analysis.question);
    return patientSex(words, analysis.links.findings, this.#vocabulary?.sexWords);
  }

  /** Does one of the document's best statements hold a specific word of the question? */
  #sharesAsked(analysis: QueryAnalysis, documentId: string, scores: Map<number, number>): boolean {
    const words = [...analysis.focusTerms, ...analysis.links.uncovered.flatMap((u) => normalise(u.text).split(' '))].filter(
      (w) => w.length >= 4,
    );
    const best = [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([id]) => id);
    return this.#store
      .passagesOf([documentId])
      .some((p) => best.includes(p.id) && words.some((w) => mentions({ ...p, documentTitle: '' }, w)));
  }

  /** Library documents by the sum of their three best statement scores, best first. */
  #documentScores(scores: Map<number, number>): DocumentScore[] {
    const byDocument = new Map<string, Map<number, number>>();
    for (const facts of this.ranker.index.facts) {
      const s = scores.get(facts.id);
      if (s === undefined) continue;
      const own = byDocument.get(facts.documentId) ?? new Map<number, number>();
      own.set(facts.id, s);
      byDocument.set(facts.documentId, own);
    }
    return [...byDocument]
      .map(([documentId, own]) => ({
        documentId,
        scores: own,
        score: [...own.values()]
          .sort((a, b) => b - a)
          .slice(0, 3)
          .reduce((n, s) => n + s, 0),
      }))
      .sort((a, b) => b.score - a.score);
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

/**
 * The documents an answer is about: the best linked topic and the drugs named beside it, or, for a
 * comparison, the documents compared. Weakly linked ones (negated, say) are left as context.
 */
export function chooseFocus(linked: LinkedDocument[], comparison: boolean): LinkedDocument[] {
  const strong = linked.filter((d) => d.score >= routingLimits.minimumLink);
  if (comparison && strong.length >= 2) return strong.slice(0, routingLimits.compared);
  const topic = strong.find((d) => d.kind === 'topic');
  const drugs = strong.filter((d) => d.kind === 'drug').slice(0, routingLimits.drugs);
  return strong.filter((d) => d === topic || drugs.includes(d));
}

/** A document's score for a question, with the scores of its statements that make it up. */
interface DocumentScore {
  documentId: string;
  score: number;
  scores: Map<number, number>;
}

/** The text with every occurrence of each phrase blanked out (the words a question says beyond its names). */
function without(text: string, phrases: readonly string[]): string {
  return phrases.reduce((rest, phrase) => rest.split(phrase).join(' '), text);
}

/** What a part of a question may ask by its own opening cue and a statement answers by its content: a quantity or a time. */
const partFacets: ReadonlySet<Intent> = new Set(['dosing', 'timing']);
/** Words a part may open with before its cue ("and how much…", "so how fast…"). */
const partOpening = 1;

/** How many opening words of a statement say whom it is for ("Advise boys and men taking valproate…"). */
const sexOpeningWords = 5;

/** Determiners besides the analysis's possessives that stand between "for" and the condition ("for the headaches"). */
const determiners = new Set(['the', 'a', 'an', 'its']);

/**
 * A phrase of several words found in normalised text in its order, a word or two apart ("wasp sting" in
 * "wasp and bee stings" with the plural allowed); none for a single word.
 */
function nearPattern(phrase: string, plural = false): RegExp | undefined {
  const words = normalise(phrase).split(' ');
  if (words.length < 2) return undefined;
  // (Normalised words are letters and digits only: nothing to escape.)
  return new RegExp(` ${words.map((w) => (plural ? `${w}(?:e?s)?` : w)).join(' (?:\\S+ ){0,2}')} `);
}

/**
 * How many words into the question a condition may stand after the age and sex, with no number between, and
 * still be what it opens with ("64F non-CF bronchiectasis", not "84M day 2 after hip fracture fixation").
 */
const openingReach = 3;
/** Words after an event within which "ago" says when it happened ("wasp sting 10 min ago"). */
const agoReach = 4;

/** The question asks in words whether a medicine is safe ("is it ok to take…"), not only by naming two together. */
function asksSafety(analysis: QueryAnalysis): boolean {
  return analysis.intent === 'contraindications' && !analysis.interactionInferred;
}

/** A lay picture of several words ("20 min R arm weakness + dysphasia"), not a single word the lexicon reads. */
function pictures(m: ConceptMention): boolean {
  return m.source === 'lexicon' && m.to - m.from >= picturedWords;
}
/** Fewest words of a lexicon mention that pictures a condition rather than names it. */
const picturedWords = 3;

/** A word for what is given against a condition ("antihypertensive", "anti-epileptic"), read as that condition. */
function namesTreatment(m: ConceptMention): boolean {
  const typed = normalise(m.text);
  return m.source === 'lexicon' && m.name !== undefined && typed.startsWith('anti') && typed.includes(stemOf(normalise(m.name)));
}

/** A title without its bracketed qualifier, normalised: "Aspirin (acetylsalicylic acid)" → "aspirin". */
function bareName(title: string): string {
  return normalise(bareTitle(title));
}

/** What a drug's own monograph answers whatever the condition: its interactions, harms in pregnancy, an overdose. */
function excludesContentRouting(intent: string): boolean {
  return intent === 'contraindications' || intent === 'pregnancy' || intent === 'overdose' || intent === 'comparison';
}

/** Where the question's last sentence begins ("…B12 110, numb feet. IM replacement loading schedule?"); 0 for a single sentence. */
function lastSentenceFrom(question: string): number {
  const ends = [
    ...question
      .trimEnd()
      .slice(0, -1)
      .matchAll(/[.!?]\s+(?=\S)/g),
  ];
  const last = ends.at(-1);
  return last ? last.index + last[0].length : 0;
}

/**
 * Statements whose label names an age group the patient is not in: "Adults 50 kg and over: 0.5-1 g…" for an
 * 18-month-old, "Children: about 15 mg/kg…" for a man of 45. (A label by weight alone, "Under 50 kg:", says
 * nothing of age.)
 */
function statementsForOtherAge(analysis: QueryAnalysis, passages: Retrieval['passages']): Set<number> {
  const ages = groupAges(analysis.links.findings);
  if (ages.length === 0) return new Set();
  return new Set(
    passages
      .filter((p) => {
        const colon = p.text.indexOf(':');
        if (colon <= 0 || colon > statementLabelLength) return openedForOtherAge(p.text, ages);
        const label = p.text.slice(0, colon);
        // (A label for adults and children alike, "adults and children aged 6 months and over", is for most ages.)
        if (/\badults?\b/i.test(label) && /\bchild(ren)?\b/i.test(label)) return false;
        // (A weight said before any adult word, "Children under 40 kg", is what the line is for, not an age.)
        const byWeight = /\bkg\b/i.test(label.replace(/\b(adults?|adolescents?)\b.*$/i, ''));
        // (Of two patients compared, "a fit 30 yr old compared with a 75 yr old", one it fits is enough.)
        return ageLabel.test(label) && !byWeight && !ages.some((age) => writtenForAges(label, [age]));
      })
      .map((p) => p.id),
  );
}

/**
 * Statements for patients without what the question says the patient has: "rifabutin triple therapy … in
 * patients without penicillin allergy" (or "…is not penicillin-allergic") for a patient with penicillin allergy
 * (anaphylaxis). The words after "patients without" (up to a clause word) must all stand in the question, and the
 * question must not say them absent.
 */
function statementsForPatientsWithout(analysis: QueryAnalysis, passages: Retrieval['passages']): Set<number> {
  const asked = ` ${normalise(analysis.question)} `;
  const denied = analysis.negated.map(normalise).join(' | ');
  // (A long word is said in any of its forms: "penicillin allergy" of one "penicillin allergic", "pregnancy" of one
  // pregnant; a short one only as itself: "men" is no "menopause".)
  const said = (w: string) =>
    w.length < 6 ? asked.includes(` ${w} `) || asked.includes(` ${w}s `) : asked.includes(` ${w.slice(0, Math.max(5, w.length - 3))}`);
  return new Set(
    passages
      .filter((p) =>
        [...p.text.matchAll(withoutPhrase), ...p.text.matchAll(notAllergicPhrase)].some((m) => {
          // (Not allergic to a drug the question names without any allergy: "penicillin" alone is no allergy.)
          const allergy = m[0].toLowerCase().includes('allergic');
          if (allergy && !/allerg/i.test(analysis.question)) return false;
          // (A general word rules nobody out: "people without symptoms" for "what symptoms should I watch for?")
          const words = normalise(m[1] ?? m[2]!)
            .split(' ')
            .filter((w) => w.length >= 3 && !genericClinicalWords.has(w));
          const phrase = words.join(' ');
          return words.length > 0 && words.every(said) && !asked.includes(` without ${phrase} `) && !words.some((w) => denied.includes(w));
        }),
      )
      .map((p) => p.id),
  );
}

/** "not penicillin-allergic", "not allergic to penicillin": a line for those not allergic to what the patient is allergic to. */
const notAllergicPhrase = /\bnot (?:([a-z]+)-allergic|allergic to ([a-z]+))/gi;

/**
 * "Patients without" and the one to three words after it, up to punctuation or a word that starts a clause.
 * (Only of people: "better within 3 days without antibiotics" and "trial without catheter" exclude nobody.)
 */
const withoutPhrase =
  /\b(?:patients|people|those|adults|children|women|men) without ((?:(?!who\b|which\b|and\b|or\b|in\b|for\b|of\b|at\b|to\b|when\b|unless\b|but\b|the\b|a\b|an\b|any\b)[a-z0-9-]+ ?){1,3})/gi;

/**
 * A statement whose opening phrase says it is for children when every patient is an adult, or for adults when
 * every patient is a child: "For children aged 4 years and over with moderate asthma, NAEPP…" for a woman of 34.
 * (Not one for younger or older children than the child asked about, whose advice often holds for them too, "In
 * children under 5 with fever…" for a 6-year-old; nor one for adolescents, whose bounds are loose.)
 */
function openedForOtherAge(text: string, ages: readonly number[]): boolean {
  const opening = /^(?:for|in|if)\s+(?:an?\s+)?(adults?|child(?:ren)?|infants?|neonates?|babies|baby)\b[^,;:.]{0,60}[,;]/i.exec(text);
  if (!opening || /\badolescents?\b/i.test(opening[0])) return false;
  const forAdults = /^adult/i.test(opening[1]!);
  return forAdults ? ages.every((age) => age < childAgeLimit) : ages.every((age) => age >= adultFrom);
}

/** The age under which a patient is a child, for statements that open by saying they are for adults. */
const childAgeLimit = 16;

/** How far into a statement a colon may end the label that says whom or what it is for ("Adults:", "Acute diarrhoea (adults):"). */
export const statementLabelLength = 60;

/** Words of a label that say whom by age a statement is for. */
const ageLabel = /\b(adults?|child(ren)?|infants?|neonates?|adolescents?)\b/i;

/** Words that name a patient group rather than a condition ("renal impairment", "pregnancy"). */
/** A monograph's section of what the drug is used for ("Indications", "Indications and usage"). */
const indicationHeading = /^indications?\b/i;

const populationLabel =
  /\b(adults?|child(ren)?|infants?|neonates?|adolescents?|older|elderly|renal|hepatic|kidney|liver|pregnan\w*|breastfeeding|dialysis|weight|crcl|egfr|boxed)\b/i;
/** The words of a population label with what they govern ("in adults", "renal impairment", "severe hepatic disease"). */
const populationWords = new RegExp(
  `(\\b(in|for|with)\\s+)?(\\b(mild|moderate|severe|end-stage)\\s+)?${populationLabel.source}(\\s+(impairment|disease|failure|insufficiency|people|patients))?`,
  'gi',
);

/** An FTS5 query that ORs the terms, each quoted so that no word is read as an operator. */
export function ftsQuery(terms: string[]): string {
  return [...new Set(terms)].map((t) => `"${t.replace(/"/g, '')}"`).join(' OR ');
}

/**
 * The stem a term is matched by: a long word without its last two letters ("threads" → "threa", "treated" →
 * "treat"); a word in "y" or "ies" without those letters ("babies" → "bab", "itchy" → "itch").
 */
export function stemOf(term: string): string {
  // (So a word ending in "y" is held by its "ies" plural and its other forms, and the plural by the word:
  // "babies" of "baby", "allergy" of "allergic", "itchy" of "itching".)
  if (term.length > 4 && /(?:ies|ys)$/.test(term)) return term.slice(0, term.endsWith('ies') ? -3 : -2);
  if (term.length > 4 && term.endsWith('y')) return term.slice(0, -1);
  return term.length > 5 ? term.slice(0, term.length - 2) : term;
}

/**
 * The asked words a topic's plain-language lines hold, counted only where one line holds two of them or more:
 * a line that says what the patient says ("a blocked nose, pain around the cheeks or forehead") describes
 * the question; one shared word ("electrical" of "tests of the electrical signals in nerves") does not.
 */
function layHeld(lines: readonly string[], asked: readonly string[], readings: Record<string, readonly string[]>): Set<string> {
  const held = new Set<string>();
  for (const line of lines) {
    const here = asked.filter((t) => holdsIn(line, t, readings[t]));
    if (here.length >= routingLimits.layLineWords) for (const t of here) held.add(t);
  }
  return held;
}

/** Does a normalised, padded text hold the word by its stem, or one of its clinical readings, at a word start? */
function holdsIn(text: string, word: string, readings: readonly string[] = []): boolean {
  const has = (phrase: string) => phrase.length >= 3 && text.includes(` ${phrase}`);
  return has(stemOf(word)) || readings.some(has);
}

/** Does the passage contain the term, allowing for simple inflections (infant/infants, treated/treat)? */
export function mentions(
  p: { text: string; section: string; documentTitle: string; children?: { text: string }[] },
  term: string,
): boolean {
  const stem = stemOf(term);
  const children = (p.children ?? []).map((c) => c.text).join(' ');
  const haystack = ` ${normalise(`${p.documentTitle} ${p.section} ${p.text} ${children}`)}`;
  return haystack.includes(` ${stem}`);
}

/** Does the passage hold the term, as written or by another name of the concept it belongs to? */
export function holds(p: Parameters<typeof mentions>[0], term: string, alternatives: Readonly<Record<string, readonly string[]>>): boolean {
  return mentions(p, term) || (alternatives[term] ?? []).some((name) => mentions(p, name));
}

/**
 * The concepts to name as missing. One span two topics exclude is one concept; the neighbour named is the
 * one whose title shares most of its words ("pulmonary hypertension" is not hypertension, rather than not COPD).
 */
function missingConcepts(uncovered: UncoveredConcept[]): { text: string; neighbour?: string }[] {
  const shared = (u: UncoveredConcept) => {
    if (!u.neighbour) return -1;
    const words = normalise(u.text).split(' ');
    const title = normalise(u.neighbour.title).split(' ');
    // (The last word, "hypertension", says what kind of thing it is: sharing it counts for more.)
    return title.filter((w) => words.includes(w)).length + (title.includes(words.at(-1)!) ? 0.5 : 0);
  };
  const best = new Map<string, UncoveredConcept>();
  // (One concept named twice, "vaccinated for measles… catch measles", is named once.)
  for (const u of uncovered) {
    const concept = normalise(u.text);
    const kept = best.get(concept);
    if (!kept || shared(u) > shared(kept)) best.set(concept, u);
  }
  return [...best.values()].map((u) => ({ text: u.text, ...(u.neighbour ? { neighbour: u.neighbour.title } : {}) }));
}

/** Where the sentence holding the character at `at` begins (past an initial's full stop, "C. diff"). */
function sentenceStart(question: string, at: number): number {
  const stops = [...question.slice(0, at).matchAll(/(?<!(?:^|\s)[A-Za-z])[.!?]\s+/g)];
  const last = stops[stops.length - 1];
  return last ? last.index + last[0].length : 0;
}
