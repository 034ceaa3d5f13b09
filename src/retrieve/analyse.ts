/*
 * Question analysis: links the question's concepts (library topics and drugs, uncovered medical
 * concepts, vignette findings), reads its intent from the library's intent cues, tells a broad question
 * from a specific one, and says whether it is about health at all.
 */
import { genericClinicalWords, healthWords, injectionPatterns, medicalWordEnding, stopWords } from './vocabulary.ts';
import { ageAndSex, bareTitle, longestMatches, pastAside, tokenize } from './concepts/phrases.ts';
import { pastDose, regimenWords, switchedBefore, takesBefore, worksAfter } from './concepts/regimen.ts';
import type { ConceptLinker } from './concepts/link.ts';
import type { LinkedDocument, UncoveredConcept } from './concepts/types.ts';
import type { PhraseMatch, Token } from './concepts/phrases.ts';
import { contextRoles, looksLikeDrugName } from './lexicon/tables.ts';
import { englishNeighbours } from './lexicon/english.ts';
import type { ContextRole, VocabularyTables } from './lexicon/tables.ts';
import { askSpan, askStart, remarkAfterAsk, saidAfterAsk } from './parts.ts';
import { drugQuestionIntents, facetIntents } from './types.ts';
import type { Intent, QueryAnalysis } from './types.ts';

/** When several intents are cued, the more specific one wins. */
export const intentPriority: Intent[] = [
  'comparison',
  'dosing',
  'pregnancy',
  'duration',
  'timing',
  'next-step',
  'overdose',
  'exclusion',
  'contacts',
  'counselling',
  'threshold',
  'adverse-effects',
  'contraindications',
  'monitoring',
  'prevention',
  'prognosis',
  'diagnosis',
  'management',
];

const facets = new Set<Intent>(facetIntents);
/** Off-topic cues that ask for a task (a program, a poem, a translation, a device fixed, a chore, a chemistry exercise, a recipe, a game's rules, a song's chords, a sport's results or a stroke to learn) or about an animal, not about a person's health. */
const taskTopics = new Set([
  'code',
  'writing',
  'device',
  'household',
  'media',
  'planning',
  'investing',
  'finance',
  'gardening',
  'veterinary',
  'chemistry',
  'recipe',
  'game',
  'translation',
  'music',
  'trivia',
]);
/**
 * Program text in a question ("'stroke_width must be int'", "df.groupby(", "patheffects.withStroke", "throws
 * KeyError", a component tag "<Amoxicillin />"): a request about code.
 */
const codeShape =
  /\b[a-z]+_[a-z]+(_[a-z]+)*\b|\b[A-Za-z]+\.[a-z]\w*\(|\b[a-z]+\.[a-z]+[A-Z][A-Za-z]*\b|\b[A-Z][a-z]+Error\b|<\/?[A-Z][A-Za-z0-9]*(\s[^<>]*)?\/?>/;
/** Words that join a list a negation may reach along ("no fever or back pain"). */
const listJoins = new Set(['or', 'nor', 'and']);
/** Words before "take" that make it a statement of what the patient is on ("I take", "also take"), not a question. */
const sayingOwnUse = new Set(['i', 'also']);
/** How far back the head of a denied list may be: "no fever, weight loss, night sweats or anaemia". */
const listNegationReach = 8;
/** A count before a dose word ("two doses", "3 doses"). */
const countWords = /^(\d+|one|two|three|four|five|six|several|multiple|repeated)$/;

/** Words between a failure cue and the drug it speaks of ("despite lactulose", "lorazepam 4 mg IV x2, still seizing"). */
const triedWindow = 5;
/** Words back from a failure cue over which a list of tried drugs may run ("A + B at max dose failed"). */
const triedListWindow = 10;
/** How many words apart a cause word and the medicine it blames may stand ("could the empagliflozin be causing it"). */
const causationWindow = 4;
/** What "is … the tablet?" asks of: "is that the tablet", "is it the meds". */
const pronounsOfBlame = new Set(['that', 'it', 'this']);

/** Health categories that on their own make a question medical; body parts and lay words need no off-topic cue beside them. */
const strongCategories = new Set(['drug', 'condition', 'symptom', 'procedure', 'test', 'organism']);

/** Words that join two drugs in a question about taking them together ("viagra if I use the GTN spray"). */
const togetherWords = new Set(['with', 'and', 'together', 'plus', 'while', 'alongside', 'on', 'if']);

/** Words between "for" and "of" that say what a medicine does for a condition ("for rate control of AF"). */
const purposeReach = 3;
/** Words back from a condition over which a trigger word reaches ("contact of pulm TB"). */
const triggerReach = 3;
/** Words back from a condition the library lacks over which a history cue reaches ("known squamous cell lung ca"). */
const uncoveredHistoryReach = 5;

/** Link strength kept by a condition of the history beside one that is not: below it, above a weak link. */
const historyWeight = 0.9;

/** Lower-case, with every run of non-alphanumerics (hyphens, brackets, apostrophes) as one space. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Index terms of a text: lower-cased words without stop words. */
export function questionTerms(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((w) => (w.length > 1 || /\d/.test(w)) && !stopWords.has(w));
}

export function analyseQuestion(question: string, linker: ConceptLinker, vocabulary: VocabularyTables | undefined): QueryAnalysis {
  const tokens = tokenize(question);
  const links = linker.link(question);
  dropMeasuresOfNamedKind(links.documents);
  // The lexicon's history cues ("known", "hx") and negations ("no", "denies"); none without a lexicon.
  const context = vocabulary?.contextWords ?? noContextWords;
  const regimen = regimenWords(context);
  // "no CKD or diabetes": a negated condition is context, not the subject. Named alone after a negated
  // verb, it is what is asked: "my doctor never mentioned a mammogram – should I have one?"
  // (Not its attacks or flares denied, after its name or as the last word of it: "no gout attacks for a year, can
  // i stop my allopurinol?", "no gout flares" still has gout; typed a letter wrong too, "atacks".)
  const episodeAfter = (at: number) => {
    const word = tokens[at]?.folded ?? '';
    return context.episode.has(word) || englishNeighbours(word).some((w) => context.episode.has(w));
  };
  const negatedDocs = links.documents.filter((doc) =>
    doc.mentions.every(
      (m) =>
        (isNegated(tokens, m.from, question, context) && !episodeAfter(m.to) && !episodeAfter(m.to - 1)) ||
        resultNegative(tokens, m.to, question, context.result) ||
        // ("AF not known", "PE not detected": what the patient is not known to have.)
        (context.negation.has(tokens[m.to]?.folded ?? '') &&
          !endsClause(tokens, m.to - 1, question) &&
          (context.history.has(tokens[m.to + 1]?.folded ?? '') || context.positive.has(tokens[m.to + 1]?.folded ?? ''))),
    ),
  );
  for (const doc of negatedDocs) doc.ruledOut = true;
  // (Not one of a list ruled out: "no fever or back pain" names the back pain only to deny it.)
  const verbNegated = (doc: LinkedDocument) =>
    doc.mentions.every(
      (m) =>
        m.from > 0 &&
        !context.negation.has(tokens[m.from - 1]!.folded) &&
        // ("no" denies its noun past a word of degree: "no real fever" is no fever; "no longer need" denies a verb.)
        !tokens
          .slice(Math.max(0, m.from - 3), m.from)
          .some((t, k, near) => listJoins.has(t.folded) || (t.folded === 'no' && near[k + 1]?.folded !== 'longer')) &&
        // (…nor one named again in brackets: "it's not the crystals one (BPPV)".)
        !inBrackets(tokens, m.from, question),
    );
  const askedAlone = links.documents.length === 1 && negatedDocs.length === 1 && verbNegated(negatedDocs[0]!);
  if (!askedAlone) for (const doc of negatedDocs) doc.score *= 0.3;
  // …and then the words that name it are not ruled out of the ranking either.
  const subjectNames = askedAlone ? links.documents[0]!.mentions.map((m) => m.text) : [];
  const negated = negatedPhrases(tokens, question, context.negation).filter((phrase) => !subjectNames.some((n) => phrase.includes(n)));
  // "known cirrhosis, haematemesis x2", "previous MI": a condition of the history is background beside
  // one that is not; it still answers when it is the only one.
  const topics = links.documents.filter((d) => d.kind === 'topic');
  // (…and so is one said to be years ago: "had chlamydia a few years back", "DVT 2 yrs ago".)
  const history = (d: (typeof topics)[number]) =>
    d.mentions.every((m) => isHistory(tokens, m.from, question, context) || yearsAgo(tokens, m.to, question));
  for (const doc of topics) if (history(doc)) doc.background = true;
  // (…and so is one said in passing, beside another that is not: "narrow-complex tachy 190 – adenosine regimen?
  // FYI mild asthma, salbutamol prn" asks about the SVT.)
  const inPassing = (d: LinkedDocument) => d.mentions.every((m) => saidInPassing(tokens, m.from, context.aside, question));
  if (topics.some((d) => !inPassing(d))) for (const doc of topics) if (inPassing(doc)) doc.background = true;
  // (…and so is one named by a product the patient is on, beside another condition: "keep getting thrush …
  // im on the pill if that matters", "i have pcos … should i be on the pill" ask about the thrush and the PCOS.)
  const product = (text: string) => vocabulary?.health.get(text).includes('drug') === true;
  // (Last of a list after the taking word too: "i take omeprazole and the pill btw".)
  const listedDrugFrom = new Map(
    links.documents.filter((d) => d.kind === 'drug').flatMap((d) => d.mentions.map((m) => [m.to, m.from] as const)),
  );
  const afterTaking = (from: number) => {
    let i = from - 1;
    for (let listed = 0; i >= 0 && listed < 4; listed++) {
      // ("I take", "I also take" says what the patient is on, where "can I take" asks.)
      if (context.taking.has(tokens[i]!.folded) || (tokens[i]!.folded === 'take' && sayingOwnUse.has(tokens[i - 1]?.folded ?? '')))
        return true;
      if (!listJoins.has(tokens[i]!.folded) || !listedDrugFrom.has(i)) return false;
      i = listedDrugFrom.get(i)! - 1;
    }
    return false;
  };
  const takenProduct = (d: (typeof topics)[number]) => d.mentions.every((m) => m.from > 0 && afterTaking(m.from) && product(m.text));
  // (Not beside a condition of the history only: "had a DVT 2 years ago, now on the pill – is that safe?" asks
  // about the pill.)
  if (topics.some((d) => !takenProduct(d) && !d.background)) for (const doc of topics) if (takenProduct(doc)) doc.background = true;
  // (…and one named by a product the patient means to stop, beside anything else named: "on Epilim, wants to stop
  // the pill and try for a baby" asks about the valproate in pregnancy.)
  const stoppedProduct = (d: LinkedDocument) =>
    d.mentions.every((m) => {
      const before =
        articles.has(tokens[m.from - 1]?.folded ?? '') || possessives.has(tokens[m.from - 1]?.folded ?? '') ? m.from - 2 : m.from - 1;
      return before >= 0 && context.stopping.has(tokens[before]!.folded) && product(m.text);
    });
  if (links.documents.some((d) => d.kind === 'drug' || !stoppedProduct(d)))
    for (const doc of topics) if (stoppedProduct(doc)) doc.background = true;
  // (…so is one that says who the patient is, beside another condition: "Crohn's pt on azathioprine, C diff
  // toxin +ve". Alone it is the subject: "Parkinson's pt on Sinemet, nil by mouth – can we give metoclopramide?")
  const whoIs = (d: (typeof topics)[number]) => d.mentions.every((m) => describesPatient(tokens, m.to, question, context.patient));
  // (A "flu-like illness" is no second condition: it describes one.)
  const likeIllness = (d: (typeof topics)[number]) => d.mentions.every((m) => joinedToLikeness(tokens, m, question, context.likeness));
  // (Not when what to avoid is asked, which the patient's own condition decides: "MG pt on pyridostigmine, now
  // CAP – which abx classes do I avoid?")
  // Where the ask begins (a last sentence that asks counts: "…, now 6 loose stools/day, temp 38.2. Rx?").
  const askBegins = askStart(question);
  /** Is the mention in the ask, a last sentence that asks counted? */
  const inAsk = (m: { from: number }) => (tokens[m.from]?.start ?? 0) >= askBegins;
  // Every intent cue of the question, found once (read again below to say what is asked).
  const allCues = vocabulary?.intentCues.findAll(tokens) ?? [];
  const avoidAsked = askBegins > 0 && allCues.some((m) => m.value === 'contraindications' && tokens[m.from]!.start >= askBegins);
  // (Nor one said with the medicine it is treated with, whose care a new illness changes: "Addison's pt on
  // hydrocortisone, has flu – sick day advice?". An infection a test found still leads: "Crohn's pt on
  // azathioprine, C diff toxin +ve" is the C. difficile topic's, by the onset rule below.)
  const drugStarts = new Set(links.documents.filter((d) => d.kind === 'drug').flatMap((d) => d.mentions.map((m) => m.from)));
  const withItsMedicine = (d: (typeof topics)[number]) =>
    d.mentions.some((m) => context.taking.has(tokens[m.to + 1]?.folded ?? '') && drugStarts.has(m.to + 2));
  // (…and so is one a check in the ask looks for, not yet found, beside a condition the patient has: "C282Y
  // homozygote, ferritin 1250 – venesection how often, and does he need checking for cirrhosis?" asks about the
  // haemochromatosis and its complication.)
  // (Not when how to test is what is asked: "how do you test for H. pylori in someone with dyspepsia?")
  const testAsked = allCues.some((c) => c.value === 'diagnosis');
  const lookedFor = (d: (typeof topics)[number]) =>
    askBegins > 0 &&
    !testAsked &&
    d.mentions.every(
      (m) =>
        tokens[m.from]!.start >= askBegins &&
        tokens[m.from - 1]?.folded === 'for' &&
        context.testing.has(tokens[m.from - 2]?.folded ?? '') &&
        !foundByTest(tokens, m, question, context),
    );
  const looking = topics.filter(lookedFor);
  if (looking.length > 0 && topics.some((d) => !lookedFor(d) && !d.background)) for (const doc of looking) doc.background = true;
  // (Beside a condition the library lacks that a presentation tells too: "54F T2DM, ring finger locking in flexion,
  // tender nodule over A1 pulley – steroid injection?" is the trigger finger's, not the diabetes's.)
  const toldOutside = links.uncovered.some(toldOutsideLibrary);
  // (A condition only denied or supposed is no second condition: "first line if he doesn't have diabetes vs if he
  // has T2DM" still asks about the hypertension named first.)
  const deniedOrSupposed = (m: { from: number }) => isNegated(tokens, m.from, question, context) || supposedCase(tokens, m.from);
  const supposedOnly = (d: LinkedDocument) => d.mentions.every(deniedOrSupposed);
  if (!avoidAsked && (toldOutside || topics.some((d) => !whoIs(d) && !likeIllness(d) && !lookedFor(d) && !supposedOnly(d))))
    for (const doc of topics) if (whoIs(doc) && !withItsMedicine(doc)) doc.background = true;
  // (…and so is one named by a product in the vignette when the ask names a medicine: "on Epilim, wants to start
  // the pill and try for a baby. What needs to be in place for valproate?" asks about the valproate.)
  const medicineAsked =
    askBegins > 0 && links.documents.some((d) => d.kind === 'drug' && d.mentions.some((m) => tokens[m.from]!.start >= askBegins));
  const productBeforeAsk = (d: LinkedDocument) => d.mentions.every((m) => tokens[m.from]!.start < askBegins && product(m.text));
  if (medicineAsked) for (const doc of topics) if (productBeforeAsk(doc)) doc.background = true;
  // (…and so is one named as where an infection started: "septic shock ?pneumonia source".)
  const isSource = (d: (typeof topics)[number]) => d.mentions.every((m) => context.source.has(tokens[m.to]?.folded ?? ''));
  if (topics.some((d) => !isSource(d))) for (const doc of topics) if (isSource(doc)) doc.background = true;
  // (…and so is one a test still pending looks for: "known UC, 9 bloody stools/day … stool C diff pending" asks
  // about the colitis flare; the infection is not yet found.)
  const awaited = (d: (typeof topics)[number]) => d.mentions.every((m) => awaitsResult(tokens, m.to, question, context.pending));
  if (topics.some((d) => !awaited(d)))
    for (const doc of topics) if (awaited(doc)) Object.assign(doc, { background: true, score: doc.score * historyWeight * historyWeight });
  // (…and so is one that names where the patient is seen: "flu clinic", "asthma clinic" say where, not what.)
  // (The setting word right after the name, in the same phrase: not "BMI is 37. GP mentioned…".)
  const namesSetting = (d: (typeof topics)[number]) =>
    d.mentions.every(
      (m) => context.setting.has(tokens[m.to]?.folded ?? '') && /^\s+$/.test(question.slice(tokens[m.to - 1]!.end, tokens[m.to]!.start)),
    );
  for (const doc of topics) if (namesSetting(doc)) doc.background = true;
  // (…and so is one the ask sets aside, beside another: "calf pain on walking, ABPI 0.68 – first-line management
  // besides stopping smoking?" asks about the arterial disease.)
  const setAside = (d: LinkedDocument) =>
    d.mentions.every((m) => tokens.slice(Math.max(0, m.from - 2), m.from).some((t) => context.beyond.has(t.folded)));
  if (topics.some((d) => !setAside(d))) for (const doc of topics) if (setAside(doc)) doc.background = true;
  // (…and so is one said to be stable or in remission, beside another concept named that is not a medicine the
  // patient is on: "hypothyroid but stable on levothyroxine – which statin for primary prevention?" asks about
  // the lipids; "also has depression, stable on sertraline" is who asks about varenicline.)
  // (Said of the condition itself, at most three linking words between: not "(primary hypothyroidism, TSH stable)", nor
  // when what to avoid is asked, which the patient's condition decides: "MG, stable on pyridostigmine … which
  // antibiotics to avoid?")
  const settled = (d: LinkedDocument) =>
    d.mentions.every((m) => {
      let i = m.to;
      while (i < m.to + 3 && settledLinks.has(tokens[i]?.folded ?? '')) i++;
      return context.settled.has(tokens[i]?.folded ?? '');
    });
  const otherConcept = (d: LinkedDocument) =>
    d.kind === 'topic' ? !settled(d) && !d.background : d.mentions.every((m) => m.from === 0 || !afterTaking(m.from));
  if (!avoidAsked && links.documents.some(otherConcept)) for (const doc of topics) if (settled(doc)) doc.background = true;
  // (…and so is one remarked after the last question mark, beside one named before it: "…nasal spray, when
  // should i start it? i have Ventolin for mild asthma too". Named there, not described: "adult acne?? red
  // cheeks and nose, flushes with wine" describes what is asked.)
  const remarked = (d: LinkedDocument) => remarkAfterAsk(question, d) && d.mentions.every((m) => m.source === 'name');
  if (topics.some((d) => !remarkAfterAsk(question, d))) for (const doc of topics) if (remarked(doc)) doc.background = true;
  // "asthmatic on salbutamol, new AF": a condition said to be new is the problem asked about; the others
  // named are the patient's background.
  // (…and so is one a test has just found: "T1DM, tTG positive – next step?")
  // (Not one queried with a question mark, the diagnosis suspected of what is new: "new temporal headache, ESR 90
  // – ?GCA".)
  const queried = (m: { from: number }) => question[tokens[m.from]!.start - 1] === '?';
  // (A symptom's broader name is no new condition: "new temporal headache, jaw claudication" is the arteritis.)
  const onset = topics.filter(
    (d) =>
      d.role !== 'broader' &&
      // (Not what someone whose word is no diagnosis said it was: "friend said its adult acne".)
      d.mentions.some(
        (m) =>
          (isOnset(tokens, m.from, question, context) && !isBelieved(tokens, m.from, context)) || foundByTest(tokens, m, question, context),
      ),
  );
  // (Nor one the ask names, beside a finding that points elsewhere: "fainted, pulse was 42 … what treatment works
  // for teenagers with anorexia?")
  const namedInAsk = (d: LinkedDocument) =>
    askBegins > 0 && d.mentions.some((m) => m.source === 'name' && inAsk(m) && !deniedOrSupposed(m));
  const foundOnly = onset.length > 0 && onset.every((d) => d.mentions.every((m) => m.source === 'finding'));
  if (onset.length > 0)
    for (const doc of topics)
      if (!onset.includes(doc) && !doc.mentions.some(queried) && !(foundOnly && namedInAsk(doc))) doc.background = true;
  for (const doc of topics) if (doc.mentions.some((m) => foundByTest(tokens, m, question, context))) doc.foundByTest = true;
  // "dad has parkinsons and now he's got red greasy flaky skin": the conditions named before a turn to the
  // present ("now", before the ask) are the background of what is described after it.
  // (Without an asking clause, the last sentence is the ask: "…, now 6 loose stools/day, temp 38.2. Rx?")
  // (A turn opens a clause: "Known UC, now…", "and now"; not "how is it managed now?".)
  const turn = tokens.findIndex((t, i) => context.turn.has(t.folded) && t.start < askBegins && opensClause(tokens, i, question));
  // (Only when what follows is described, not named: "flushed with wine, now little pimples" names acne, and
  // the two named are weighed as any two are.)
  // (Nor a condition the history cues, whose flare is what follows as often as not: "Known UC, now 9 bloody
  // stools/day".)
  // (The medicines named before it go with them: "had clarithromycin last week for a chest infection, now
  // profuse watery diarrhoea".)
  // (Nor a turn to a pregnancy planned or begun, which the conditions and medicines named before it shape:
  // "JME, seizure free on valproate, now wants to try for a baby – switch to what?")
  const pregnancyAfter = allCues.some((m) => m.value === 'pregnancy' && m.from > turn);
  if (turn > 0 && onset.length === 0 && !pregnancyAfter && topics.every((d) => d.mentions.every((m) => m.to <= turn) && !d.background)) {
    for (const doc of topics) Object.assign(doc, { background: true, superseded: true });
    for (const doc of links.documents) if (doc.kind === 'drug' && doc.mentions.every((m) => m.to <= turn)) doc.superseded = true;
  }
  // "little spots that look like acne": what the reader compares with may not be what they have.
  // ("flu-like illness" likens too: the illness is described, not named.)
  for (const doc of topics)
    if (doc.mentions.every((m) => isLikened(tokens, m.from, context.likeness) || joinedToLikeness(tokens, m, question, context.likeness)))
      doc.likened = true;
  // "is it shingles?", "is this dementia starting?": what the reader guesses may not be what they describe.
  // (A mention that rules it out stays out: "no dementia before – is this dementia starting?")
  // (A presentation is no guess at a name: "when it's cold my fingers go white" is told.)
  for (const doc of topics) {
    const guessed = doc.mentions.filter((m) => !m.pictured && isGuessed(tokens, m.from, context));
    const ruledOut = (m: (typeof doc.mentions)[number]) => isNegated(tokens, m.from, question, context);
    if (guessed.length > 0 && doc.mentions.every((m) => guessed.includes(m) || ruledOut(m))) doc.guessed = true;
    // (One the reader only took it for is set aside, like a history: "I thought it was piles but there's no lump".)
    if (
      doc.mentions.some((m) => isBelieved(tokens, m.from, context)) &&
      doc.mentions.every((m) => isBelieved(tokens, m.from, context) || ruledOut(m))
    )
      doc.background = true;
  }
  // "the piles cream did nothing" beside a fissure's picture: a condition named only for what a product treats
  // is what the reader took it for, set aside when another condition is described.
  const forProduct = (d: LinkedDocument) => d.mentions.every((m) => context.product.has(tokens[m.to]?.folded ?? ''));
  if (topics.some((d) => !d.background && !forProduct(d))) for (const doc of topics) if (forProduct(doc)) doc.background = true;
  // (A condition the library lacks may be the guess too: "is this just the baby blues?")
  for (const u of links.uncovered) if (u.category === 'condition' && isGuessed(tokens, u.from, context)) u.guessed = true;
  // (An uncovered name is often the last word of a longer one: "known squamous cell lung ca".)
  for (const u of links.uncovered)
    if (u.category === 'condition' && isHistory(tokens, u.from, question, context, uncoveredHistoryReach)) u.background = true;
  // (…and so is what describes a condition of the history in brackets after it: "hx of altitude sickness in
  // Peru last year (headache, vomiting)" names the history's symptoms, not a headache now.)
  const pastEnds = [
    ...links.uncovered.filter((u) => u.category === 'condition' && u.background).map((u) => u.to),
    ...topics.filter((d) => d.background).flatMap((d) => d.mentions.map((m) => m.to)),
  ];
  const describesPast = (m: { from: number }) => {
    const before = question.slice(0, tokens[m.from]!.start);
    const open = before.lastIndexOf('(');
    if (open < 0 || before.indexOf(')', open) >= 0) return false;
    return pastEnds.some((to) => to > 0 && tokens[to - 1]!.end <= open && !/[.?!;]/.test(question.slice(tokens[to - 1]!.end, open)));
  };
  for (const doc of topics) if (!doc.background && doc.mentions.every(describesPast)) doc.background = true;
  // (…and one said to be the diagnosis is what is asked, "GP says frozen shoulder … I'm diabetic", unless a
  // condition the library covers was named before it: "RRMS, new optic neuritis" is asked of the MS topic.)
  const namedBefore = (from: number) => topics.some((d) => !d.background && d.mentions.some((m) => m.from < from));
  for (const u of links.uncovered)
    if (u.category === 'condition' && isOnset(tokens, u.from, question, context) && !namedBefore(u.from)) u.onset = true;
  // (…and one named as what brought on a covered condition named before it is context too: "anaphylaxis
  // after a wasp sting" asks about the anaphylaxis.)
  for (const u of links.uncovered)
    if (u.category === 'condition' && triggeredBy(tokens, u.from, question, context.trigger) && namedBefore(u.from)) u.background = true;
  // (…and so is a covered one named as what brought on a condition the library lacks, said before it:
  // "reactive arthritis after chlamydia – what treatment?" asks about the arthritis.)
  const uncoveredBefore = (from: number) => links.uncovered.some((u) => u.category === 'condition' && !u.background && u.to <= from);
  for (const doc of topics)
    if (!doc.background && doc.mentions.every((m) => triggeredBy(tokens, m.from, question, context.trigger) && uncoveredBefore(m.from)))
      doc.background = true;
  if (topics.some((d) => !d.background)) for (const doc of topics) if (doc.background) doc.score *= historyWeight;
  // …and beside a condition named outright, it is the comparison ("fever after Ghana, feels like flu").
  // (A "flu-like illness" is the comparison beside the patient's own condition too: "Addison's pt … now
  // flu-like illness – sick day advice?")
  for (const doc of topics)
    if (doc.likened && topics.some((d) => !d.likened && (!d.background || likeIllness(doc)))) doc.score *= historyWeight;
  links.documents.sort((a, b) => b.score - a.score || a.mentions[0]!.from - b.mentions[0]!.from);
  // A cue inside a longer one says less than it: "how long will" asks the outlook, not "how long" to take a drug.
  const inConcept = (i: number) => links.covered.some(([from, to]) => i >= from && i < to);
  // "Pregnancy" in a condition's name ("ectopic pregnancy") names it; it does not ask about pregnancy.
  const nameSpans = links.documents.flatMap((d) => d.mentions);
  const namesMedicine =
    links.documents.some((d) => d.kind === 'drug') ||
    links.uncovered.some((u) => u.category === 'drug') ||
    links.healthCategories.has('drug');
  const drugEnds = new Set(links.documents.filter((d) => d.kind === 'drug').flatMap((d) => d.mentions.map((m) => m.to)));
  /** A "for" a few words back follows a medicine named (and its dose) in the same clause. */
  const whyTaken = (at: number): boolean => {
    let forIndex = at - 1;
    while (forIndex >= Math.max(0, at - 3) && tokens[forIndex]!.folded !== 'for') forIndex--;
    if (forIndex < Math.max(0, at - 3)) return false;
    for (let j = forIndex; j > Math.max(0, forIndex - 4); j--) {
      if (drugEnds.has(j)) return true;
      if (endsClause(tokens, j - 1, question)) return false;
    }
    return false;
  };
  const cueMatches = allCues.filter(
    (m) =>
      !allCues.some((o) => o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from) &&
      // (A library name that holds the word, "nausea and vomiting in pregnancy", asks nothing of pregnancy; a lay
      // description read as that condition, "pregnant and can't keep anything down", still says who asks.)
      !(m.value === 'pregnancy' && nameSpans.some((n) => n.source === 'name' && n.from <= m.from && n.to >= m.to)) &&
      // "non-pregnant", "not pregnant", "no red flags": the population or the finding is ruled out, not asked about.
      // (…a few words back too: "isn't trying to conceive".)
      !((m.value === 'pregnancy' || m.value === 'diagnosis') && isNegated(tokens, m.from, question, context)) &&
      // "two doses of IM adrenaline", "lorazepam 4 mg x2": a counted dose is what was given, not what is asked.
      // (Not a value of the clause before: "K 2.8 – max rate of IV KCl?")
      !(m.value === 'dosing' && m.from > 0 && countWords.test(tokens[m.from - 1]!.folded) && !endsClause(tokens, m.from - 1, question)) &&
      // "on max dose ramipril": the dose is what the patient already takes.
      !(m.value === 'dosing' && allCues.some((o) => o.value === 'next-step' && o.from < m.from && o.to >= m.from)) &&
      // "on low dose beclometasone + salbutamol … Next step?": a dose said before the medicine, in the vignette,
      // names the regimen taken; it asks nothing.
      !(m.value === 'dosing' && (tokens[m.to - 1]?.end ?? 0) <= askSpan(question).from && drugStarts.has(m.to)) &&
      // "on atorvastatin 20 for primary prevention", in the vignette: why a medicine is taken asks nothing.
      !(m.value === 'prevention' && (tokens[m.to - 1]?.end ?? 0) <= askSpan(question).from && whyTaken(m.from)) &&
      // "ceftriaxone dose (UK vs US)": a "vs" between two words that name nothing compares no concepts.
      !(m.value === 'comparison' && m.to - m.from === 1 && m.from > 0 && !inConcept(m.from - 1) && !inConcept(m.to)) &&
      // "first line if he has no diabetes vs if he has T2DM": a "vs" before a clause weighs two cases of one ask.
      !(m.value === 'comparison' && m.to - m.from === 1 && caseWords.has(tokens[m.to]?.folded ?? '')) &&
      // "tonic-clonic still going at 6 min – what do we give?": what goes on with no medicine named has had no
      // treatment to fail; the first treatment is asked.
      !(m.value === 'next-step' && tokens[m.from]?.folded === 'still' && !namesMedicine) &&
      // "is keppra safe in pregnancy?": safety said of a pregnancy asks about the pregnancy, not the harms.
      !(m.value === 'adverse-effects' && allCues.some((o) => o.value === 'pregnancy' && o.from >= m.to && o.from <= m.to + 1)),
  );
  const cued = new Set(cueMatches.map((m) => m.value));
  // A guess put as "is this …?" beside what to do about it ("is this piles and what should I get from
  // Boots?") asks the remedy: the guess is borne out or not by the topic it reaches.
  const guessOnly = cueMatches
    .filter((m) => m.value === 'diagnosis')
    .every((m) => tokens.slice(m.from, m.to).every((t) => context.asking.has(t.folded) || context.guess.has(t.folded)));
  if (cued.has('diagnosis') && cued.has('management') && guessOnly) cued.delete('diagnosis');
  // The drug at `first` of mentions in order, and those listed right after it ("sertraline or venlafaxine",
  // "doxazosin and zopiclone").
  const listedFrom = <T extends { m: { from: number; to: number } }>(inOrder: T[], first: number): T[] => listedRun(inOrder, first, 1);
  /** The run of drugs listed from `at` onwards (step 1) or up to it (step -1), joined by list words. */
  const listedRun = <T extends { m: { from: number; to: number } }>(inOrder: T[], at: number, step: 1 | -1): T[] => {
    const run = [inOrder[at]!];
    for (let k = at + step; k >= 0 && k < inOrder.length; k += step) {
      const [earlier, later] = step === 1 ? [inOrder[k - 1]!, inOrder[k]!] : [inOrder[k]!, inOrder[k + 1]!];
      const gap = question.slice(tokens[earlier.m.to - 1]!.end, tokens[later.m.from]!.start);
      if (!regimen.listJoin.test(gap)) break;
      if (step === 1) run.push(inOrder[k]!);
      else run.unshift(inOrder[k]!);
    }
    return run;
  };
  // The drug nearest a failure cue, on either side and within a few words, is the treatment that failed:
  // "despite lactulose – add Xifaxan?" tried lactulose; Xifaxan, further on, is what is asked about.
  // A drug the library has no monograph for counts as the nearest one too: "on max dose ramipril – add
  // Forxiga?" tried ramipril, not Forxiga.
  const drugMentions = [
    ...links.documents.filter((d) => d.kind === 'drug').flatMap((d) => d.mentions.map((m) => ({ id: d.documentId, m }))),
    ...links.uncovered.filter((u) => u.category === 'drug').map((u) => ({ id: '', m: u })),
  ];
  const tried = new Set<string>();
  /** Where each tried drug's mention ends: a condition named at once after it is why it failed. */
  const triedEnds = new Set<number>();
  // (A drug offered as one choice beside the cue is asked for, not tried: "can my GP give me zopiclone or
  // something stronger?")
  const offeredBeside = (to: number, cue: number) => cue === to + 1 && context.alternative.has(tokens[to]!.folded);
  for (const cue of cueMatches.filter((m) => m.value === 'next-step')) {
    // Never across a dash or the end of a sentence: "Valsalva failed – adenosine doses?" asks about adenosine.
    // (A dash within a compound, "despite insulin–dextrose", joins.)
    const joined = (from: number, to: number) => !/[?;.]|\s[-–—]|[–—]\s/.test(question.slice(tokens[from - 1]!.end, tokens[to]!.start));
    const following = drugMentions
      .filter(({ m }) => m.from >= cue.to && m.from - cue.to <= triedWindow && joined(cue.to, m.from))
      .sort((a, b) => a.m.from - b.m.from);
    // After the cue, the first drug and those listed with it ("didn't tolerate sertraline or venlafaxine").
    // (Not after a cue that says what came before it failed: "valsalva hasn't worked, doc wants adenosine".)
    const saysBefore =
      context.outcome.has(tokens[cue.to - 1]!.folded) && !['to', 'on', 'with', 'from'].includes(tokens[cue.to]?.folded ?? '');
    const after = following.length > 0 && !saysBefore ? listedFrom(following, 0) : [];
    // Before the cue, every drug of the list that failed ("ispaghula + 2 classes of laxatives at max dose failed"),
    // when none follows it ("T2DM on metformin, eGFR 38, already on max ramipril" tried the ramipril only).
    const before =
      after.length > 0
        ? []
        : drugMentions.filter(
            ({ m }) => cue.from >= m.to && cue.from - m.to <= triedListWindow && joined(m.to, cue.from) && !offeredBeside(m.to, cue.from),
          );
    for (const hit of [...after, ...before]) {
      if (hit.id) tried.add(hit.id);
      triedEnds.add(hit.m.to);
    }
  }
  // A medicine counted out in doses before "what next" has been given and failed: "2 doses IM adrenaline 5 min
  // apart, still BP 78/40 – what next?" asks what follows the adrenaline.
  if (cueMatches.some((m) => m.value === 'next-step'))
    for (const { id, m } of drugMentions) {
      const before = tokens.slice(Math.max(0, m.from - 4), m.from);
      const counted = before.some((t, k) => k > 0 && /^doses?$/.test(t.folded) && countWords.test(before[k - 1]!.folded));
      if (counted && id) {
        tried.add(id);
        triedEnds.add(m.to);
      }
    }
  // Two drugs named together ("can I take tylenol with coumadin") ask about their interaction.
  // (Not one ruled out: "no neuro signs" names no second drug.)
  const drugs = links.documents.filter((d) => d.kind === 'drug' && !d.ruledOut).length;
  // The joining word stands between the two drugs ("BPH with LUTS – tamsulosin or finasteride?" joins nothing)...
  const drugSpans = links.documents.filter((d) => d.kind === 'drug').flatMap((d) => d.mentions.map((m) => m.from));
  // ...or right before one ("on simva 40, just started amlodipine", "while on warfarin, can I take…").
  // (Within one sentence: "GP won't give me zopiclone and keeps saying CBT-I. Could I try daridorexant?"
  // names the two apart.)
  const sentenceBreak = (from: number, to: number) => endsSentenceBetween(tokens, from, to, question);
  const between = (i: number) =>
    (i > Math.min(...drugSpans) && i < Math.max(...drugSpans) && !sentenceBreak(Math.min(...drugSpans), Math.max(...drugSpans))) ||
    drugSpans.includes(i + 1);
  // Drugs listed in a vignette beside a condition, when the ask names neither drug nor condition ("81F,
  // second fall, on zopiclone and amitriptyline – what assessment does she need?"), are what she takes:
  // the condition is asked about, not the two drugs together.
  const askFrom = askSpan(question).from;
  const before = (from: number) => (tokens[from]?.start ?? 0) < askFrom;
  // What the patient is on is history the retriever may read as such ("T2DM on metformin 10y, B12 120 –
  // hydroxocobalamin regimen?" asks a dose, not an interaction).
  // (…and the drugs listed with the first, with a monograph or not: "takes doxazosin and zopiclone".)
  const drugsInOrder = [...drugMentions].sort((a, b) => a.m.from - b.m.from);
  // (One begun weeks ago is the patient's only when its dose, harms or next step are not what is asked: "started
  // allopurinol 3 wks ago – how do I titrate?" asks about the allopurinol.)
  const drugAskedOf = [...cued].some((i) => drugQuestionIntents.has(i) || i === 'next-step');
  const begunAndAsked = (from: number) => drugAskedOf && context.begun.has(tokens[from - 1]?.folded ?? '');
  // (…and one just begun, said before an ask that names another medicine instead, is what the patient is on:
  // "just started methotrexate 15 mg weekly … can she have trimethoprim for a UTI?")
  const begunBesideAsked = (from: number) =>
    context.begun.has(tokens[from - 1]?.folded ?? '') &&
    before(from) &&
    drugMentions.some(({ m }) => m.from !== from && !before(m.from)) &&
    !drugMentions.some(({ m }) => m.from !== from && before(m.from) && m.from > from);
  // (A remark after the last question mark says what the patient has, with what for: "…when should i start
  // it? i have Ventolin for mild asthma too". Not a rescue medicine kept at home: "…what do i do?? we have a
  // glucagon kit".)
  const ownedInRemark = (from: number) => {
    const drug = drugMentions.find(({ m }) => m.from === from)?.m;
    return (
      drug !== undefined &&
      saidAfterAsk(question, tokens[from]!.start) &&
      tokens.slice(Math.max(0, from - 3), from).some((t) => context.owning.has(t.folded)) &&
      tokens.slice(drug.to, drug.to + 2).some((t) => t.folded === 'for')
    );
  };
  // (A bracket of medicines after a condition, before the ask, is its regimen: "has type 1 (lantus and
  // novorapid). found him sweaty… what do i give him?")
  // (After a condition, not after a product whose contents it spells out: "Rifinah (isoniazid + rifampicin)".)
  const conditionEndsAt = (to: number) =>
    links.documents.some((d) => d.kind === 'topic' && d.mentions.some((m) => m.to === to)) ||
    links.uncovered.some((u) => u.category === 'condition' && u.to === to);
  const bracketedBeforeAsk = (from: number) =>
    from > 0 &&
    askFrom > 0 &&
    before(from) &&
    conditionEndsAt(from) &&
    question.slice(tokens[from - 1]!.end, tokens[from]!.start).includes('(');
  /** The drugs the patient is on, with a monograph or not, as named. */
  const takenMentions = (given: boolean) =>
    drugsInOrder
      // (One given and failed is what was tried, not what the patient is on: "2 doses IV lorazepam given, still
      // seizing".)
      // (What is said to work after a list works for each of them: "calpol and nurofen are helping".)
      // (So is one said in passing with its dose or how often, "FYI mild asthma, salbutamol prn", or in the
      // vignette before the ask: "T1DM on basal-bolus, also ramipril + atorvastatin. CBG 2.9 – what do I give?")
      .flatMap(({ id, m }, i) =>
        (takesBefore(regimen, tokens, m.from, given) && !begunAndAsked(m.from)) ||
        begunBesideAsked(m.from) ||
        ownedInRemark(m.from) ||
        bracketedBeforeAsk(m.from) ||
        (saidInPassing(tokens, m.from, context.aside, question) &&
          (regimen.doseToken.test(tokens[m.to]?.folded ?? '') || (askFrom > 0 && tokens[m.to - 1]!.end <= askFrom)))
          ? listedFrom(drugsInOrder, i)
          : worksAfter(regimen, tokens, m.to, !tried.has(id))
            ? listedRun(drugsInOrder, i, -1)
            : [],
      );
  const takenBy = (given: boolean) => [...new Set(takenMentions(given).flatMap((d) => (d.id ? [d.id] : [])))];
  const taking = takenBy(true);
  // (…and those without a monograph, by the name typed: "type 1 on NovoRapid and Tresiba – how many jelly babies?"
  // asks nothing of the insulins.)
  const takingUnlisted = [...new Set(takenMentions(true).flatMap((d) => (d.id ? [] : [normalise(d.m.text)])))];
  const switchedFrom = [
    ...new Set(drugsInOrder.filter(({ m }) => switchedBefore(regimen, tokens, m.from)).flatMap((d) => (d.id ? [d.id] : []))),
  ];
  // (A medicine just prescribed, "GP has prescribed clarithromycin", is no part of a list the patient is on.)
  const takenRegularly = takenBy(false);
  // (An ask only whether it is all right, "on methotrexate, GP wants to give trimethoprim – ok?", asks about
  // the one added with the one taken; "I take paracetamol or ibuprofen daily – is that ok?" adds none.)
  // (…or a medicine named in the sentence that asks it beside another named before: "Plavix loading dose? Is
  // omeprazole OK for GI protection?")
  // (Not one said of a pregnancy, "is keppra safe in pregnancy, and does she need folic acid?", which asks about
  // each medicine in pregnancy.)
  const ofPregnancy = (i: number) => cueMatches.some((m) => m.value === 'pregnancy' && m.from > i && m.from <= i + 2);
  const permissionCues = tokens.flatMap((t, i) => (t.start >= askFrom && context.permission.has(t.folded) && !ofPregnancy(i) ? [i] : []));
  const askedBeside = permissionCues.some((cue) => {
    const inside = (m: { from: number }) => !sentenceBreak(Math.min(cue, m.from), Math.max(cue, m.from));
    const drugsNamed = links.documents.filter((d) => d.kind === 'drug');
    return drugsNamed.some((d) => d.mentions.some(inside)) && drugsNamed.some((d) => !d.mentions.some(inside));
  });
  // A medicine named beside one the patient is on: something added to what they take.
  const addsToTaken = takenRegularly.length > 0 && links.documents.some((d) => d.kind === 'drug' && !takenRegularly.includes(d.documentId));
  const permission = permissionCues.length > 0 && (addsToTaken || askedBeside);
  const vignetteOnly =
    askFrom > 0 &&
    !permission &&
    links.documents.some((d) => d.kind === 'topic' && d.mentions.some((m) => before(m.from))) &&
    links.documents.every((d) => d.mentions.every((m) => before(m.from)));
  // (Drugs that are only what the patient is on, beside a condition or a value, "pt on lisinopril +
  // spironolactone, K+ 7.1 – immediate mx", are the vignette's list, not two drugs asked about together.)
  // (…and so are they, with no condition named, when the ask names none of them and asks what to do: "20 min
  // of arm weakness, fully resolved. On atorvastatin and amlodipine. What do I give now?")
  const listedOnly =
    (links.documents.some((d) => d.kind === 'topic') ||
      (askBegins > 0 && (cued.has('management') || cued.has('next-step')) && links.documents.every((d) => !d.mentions.some(inAsk)))) &&
    links.documents.filter((d) => d.kind === 'drug').every((d) => takenRegularly.includes(d.documentId));
  // (Harms asked of a medicine added to one the patient is on, "I use GTN spray … can I buy Cialis online,
  // what's the harm?", are the harms of taking them together.)
  const harmOfAdding = cued.has('adverse-effects') && addsToTaken;
  // (A medicine named alone in the ask for its dose or its use in pregnancy, the others only in the vignette
  // before it, is asked about by itself: "K+ 2.7 on bendroflumethiazide + furosemide. How fast can IV KCl
  // go?", "on valproate, trying for a baby – switch to what, and folic acid?".)
  const drugsInAsk = links.documents.filter((d) => d.kind === 'drug' && d.mentions.some(inAsk));
  // A pregnancy the vignette states beside medicines mentioned only in passing says who asks, when the ask
  // names no medicine: "28 weeks pregnant, numb tingly thumb at night, also on levothyroxine – will this go
  // after the baby?" asks about what she describes, not the levothyroxine in pregnancy. (Not "im 6 weeks
  // pregnant and i take levothyroxine – do i need to change the dose?", which asks about the medicine.)
  const medicineInAsk = drugsInAsk.length > 0 || links.uncovered.some((u) => u.category === 'drug' && inAsk(u));
  if (
    cued.has('pregnancy') &&
    askBegins > 0 &&
    !medicineInAsk &&
    cueMatches.every((m) => m.value !== 'pregnancy' || !inAsk(m)) &&
    links.documents.every((d) => d.kind !== 'drug' || (taking.includes(d.documentId) && inPassing(d)))
  )
    cued.delete('pregnancy');
  const drugAskedAlone =
    !permission &&
    (cued.has('dosing') || cued.has('pregnancy')) &&
    askBegins > 0 &&
    drugsInAsk.length === 1 &&
    links.documents.every((d) => d.kind !== 'drug' || d === drugsInAsk[0] || !d.mentions.some(inAsk));
  // (…and so is each of several asked in sentences of their own, beside only what the patient is on: "PMH HTN on
  // ramipril + bendroflumethiazide, eGFR 38. Colchicine dose? And do I start allopurinol now?" asks the gout's
  // treatment, not what the four do together.)
  const mentionOf = (d: LinkedDocument) => d.mentions.find(inAsk)!;
  const drugsAskedApart =
    !permission &&
    cued.has('dosing') &&
    askBegins > 0 &&
    drugsInAsk.length >= 2 &&
    drugsInAsk.every((d) => !taking.includes(d.documentId)) &&
    links.documents.every((d) => d.kind !== 'drug' || drugsInAsk.includes(d) || taking.includes(d.documentId)) &&
    drugsInAsk.every((d, i) =>
      drugsInAsk.slice(i + 1).every((o) => {
        const [a, b] = [mentionOf(d), mentionOf(o)].sort((x, y) => x.from - y.from);
        return endsSentenceBetween(tokens, a!.from, b!.from, question);
      }),
    );
  // (In a pregnancy asked about, "on" says only what she takes: "on levetiracetam, wants a baby – is it safe in
  // pregnancy, and does she need more folic acid?" asks each medicine's pregnancy advice.)
  const pregnancyAsked = cueMatches.some((m) => m.value === 'pregnancy' && inAsk(m));
  // ("…sore throats?? do i stop it or just take paracetamol": "it" is the carbimazole she is on, the last taken
  // medicine named before it, asked about before the paracetamol, and no question of the two together.)
  // (Not when to start and stop it, a course's timing: "aspirin 150 mg – when should she start and stop it?")
  const stopAt = tokens.findIndex(
    (t, i) =>
      t.start >= askBegins &&
      context.stopping.has(t.folded) &&
      pronouns.has(tokens[i + 1]?.folded ?? '') &&
      !tokens.slice(Math.max(0, i - 2), i).some((b) => context.starting.has(b.folded)),
  );
  const stopsTaken =
    stopAt < 0
      ? undefined
      : drugMentions.filter(({ id, m }) => taking.includes(id) && m.to <= stopAt).sort((a, b) => b.m.from - a.m.from)[0]?.id;
  const interactionInferred =
    stopsTaken === undefined &&
    !drugAskedAlone &&
    !drugsAskedApart &&
    !vignetteOnly &&
    !listedOnly &&
    drugs >= 2 &&
    !cued.has('contraindications') &&
    (permission ||
      harmOfAdding ||
      tokens.some(
        (t, i) =>
          (togetherWords.has(t.folded) || (begunBesideAsked(i + 1) && !takesBefore(regimen, tokens, i + 1))) &&
          between(i) &&
          !(t.folded === 'on' && pregnancyAsked),
      )) &&
    !cued.has('comparison') &&
    // A question that asks how long, what next or about an overdose only lists what the patient takes
    // ("on ticagrelor and aspirin – how long DAPT?").
    // (What to tell the patient, beside whether it is all right, still asks about the two together: "on a GTN
    // spray for angina, wants Viagra Connect – can I sell it, and what should I tell him?")
    ![...cued].some((i) => facets.has(i) && !(permission && i === 'counselling')) &&
    // (Beside an emergency the values show, "ketones 5.8, pH 7.08 … when do I add dextrose, and do I stop her
    // Lantus?", the medicines named are steps of its management, not two asked about together.)
    !(drugsInAsk.length > 0 && links.documents.some((d) => d.kind === 'topic' && d.urgent));
  if (interactionInferred) cued.add('contraindications');
  // "could the empagliflozin be causing it?", "is my cough caused by the ramipril": asked whether a medicine
  // brought on what is described, the ask is its harms. (Not "what is causing my headache", which names none.)
  const causeAsked = tokens.some(
    (t, i) =>
      t.start >= askFrom &&
      context.causation.has(t.folded) &&
      drugMentions.some(({ m }) => (m.from > i ? m.from - i : i - m.to + 1) <= causationWindow),
  );
  // (…and so is one begun, then said to have been followed by what is described, when the ask is whether to
  // stop it: "started donepezil last month, since then vivid dreams and her pulse is slow – should we stop it?")
  const stoppedMention = drugMentions.find(({ id }) => id === stopsTaken)?.m;
  const sequelBlamed =
    stoppedMention !== undefined && tokens.some((t, i) => context.sequel.has(t.folded) && i >= stoppedMention.to && t.start < askFrom);
  // (…and the one medicine taken, asked of by a word for it: "her pulse was slow – is that the tablet??", "could
  // her tablets be causing it?")
  // (Only when it is the one medicine named: "co-codamol or nurofen most days – could the tablets be causing
  // it?" asks of overuse, the headache's to answer.)
  const medicinesNamed = new Set(drugMentions.map(({ id, m }) => id || normalise(m.text))).size;
  const medicineBlamed =
    taking.length === 1 &&
    medicinesNamed === 1 &&
    tokens.some(
      (t, i) =>
        t.start >= askFrom &&
        context.medicine.has(t.folded) &&
        (tokens.slice(Math.max(0, i - causationWindow), i + causationWindow + 1).some((c) => context.causation.has(c.folded)) ||
          (tokens[i - 3]?.folded === 'is' && pronounsOfBlame.has(tokens[i - 2]?.folded ?? '') && tokens[i - 1]?.folded === 'the')),
    );
  const blamesMedicine = causeAsked || sequelBlamed || medicineBlamed;
  // (Beside another ask, "treat with what, and is the SGLT2i to blame?", that ask titles the answer.)
  if (blamesMedicine && ![...cued].some((i) => !facets.has(i))) cued.add('adverse-effects');
  const intent =
    (drugs >= 2 && cued.has('contraindications') && !cued.has('comparison') ? 'contraindications' : undefined) ??
    intentPriority.find((i) => cued.has(i) && !facets.has(i)) ??
    (/^\s*(what|who) (is|are) (a |an |the )?[^?]{1,60}\??\s*$/i.test(question) ? 'definition' : 'management');

  // What a drug the patient is on is taken for is background too, unless the question asks about the drug
  // ("on apixaban for AF – how do I treat the gout flare?"; but "on isotretinoin for acne – how long must
  // contraception continue?" asks about isotretinoin, whose condition stays).
  // (Past the dose said after the drug: "on apixaban 5 mg bd for AF".)
  // (…and past what it does for it: "on bisoprolol for rate control of AF", "for prevention of stroke".)
  const forAt = (from: number) => {
    if (tokens[from - 1]?.folded === 'for') return from - 1;
    // (…past whose or where: "on metformin for my sugar", "ibuprofen for knee OA".)
    if (tokens[from - 2]?.folded === 'for' && !endsClause(tokens, from - 2, question) && !endsClause(tokens, from - 1, question))
      return from - 2;
    if (tokens[from - 1]?.folded !== 'of') return -1;
    for (let i = from - 2; i >= Math.max(0, from - 2 - purposeReach); i--) {
      if (endsClause(tokens, i, question)) return -1;
      if (tokens[i]!.folded === 'for') return i;
    }
    return -1;
  };
  // (…and past the form it comes in: "a Ventolin inhaler for asthma", "metformin tablets for my sugar".)
  const pastForm = (end: number) => (end > 0 && context.product.has(tokens[end - 1]!.folded) ? end - 1 : end);
  const takenFor = (from: number) => {
    const at = forAt(from);
    if (at < 1) return false;
    const end = pastForm(pastDose(regimen, tokens, pastAside(tokens, at, question)));
    return (
      links.documents.some(
        // (Any drug of the list the patient is on: "on ramipril, furosemide and OTC ibuprofen for knee OA".)
        (x) =>
          x.kind === 'drug' &&
          x.mentions.some((dm) => dm.to === end && (taking.includes(x.documentId) || takesBefore(regimen, tokens, dm.from))),
      ) ||
      // (A medicine the library has no monograph for too: "takes co-codamol 30/500 qds for her knee OA, now
      // constipated – which laxative?")
      links.uncovered.some((u) => u.category === 'drug' && u.to === end && takesBefore(regimen, tokens, u.from))
    );
  };
  // (A drug question of another drug named, "which abx and how long?", is not about the one taken.)
  const namesOtherDrug =
    links.documents.some((d) => d.kind === 'drug' && !taking.includes(d.documentId)) || links.uncovered.some((u) => u.category === 'drug');
  // (…said the other way round too, the condition then the medicine it is on: "T2DM on metformin, numb feet,
  // MCV 112, B12 low – replacement regimen?" asks about the B12. Not when it goes on despite the medicine:
  // "angina on bisoprolol, still tight walking uphill" is the angina's next step.)
  // (Nor when what to avoid is asked, which the condition decides: "MG on pyridostigmine, now CAP – which abx
  // to avoid?")
  // (Nor when the ask names another medicine, which may be the condition's own treatment: "Addison's on pred
  // 5mg, D&V, BP 84/50. Hydrocortisone dose stat?")
  const asksOtherDrug = drugsInAsk.some((d) => !taking.includes(d.documentId));
  // (Another medicine that failed is no matter: "T2DM on metformin, eGFR 38, ACR 45, already on max
  // ramipril – what to add for renal protection?" asks about the kidneys.)
  // (…or joined by a verb of use: "has asthma and uses his blue inhaler (Ventolin)", "asthma and use a ventolin
  // inhaler".)
  const takenFrom = (to: number) => {
    if (tokens[to]?.folded === 'on') return to + 1;
    if (tokens[to]?.folded !== 'and' || !usingWords.has(tokens[to + 1]?.folded ?? '')) return -1;
    let from = to + 2;
    while (articles.has(tokens[from]?.folded ?? '') || possessives.has(tokens[from]?.folded ?? '')) from++;
    return from;
  };
  // (A medicine the library has no monograph for counts too: "type 1, on NovoRapid and Lantus".)
  const onTaken = (to: number) =>
    !asksOtherDrug &&
    !cued.has('contraindications') &&
    takenFrom(to) > to &&
    (links.documents.some(
      (x) =>
        x.kind === 'drug' &&
        taking.includes(x.documentId) &&
        !tried.has(x.documentId) &&
        x.mentions.some((dm) => dm.from === takenFrom(to)),
    ) ||
      links.uncovered.some((u) => u.category === 'drug' && u.from === takenFrom(to)));
  const drugAsked = !namesOtherDrug && [...cued].some((i) => drugQuestionIntents.has(i));
  // (…and only beside a condition the vignette measures or describes, not one it names: "Addison's on
  // hydrocortisone has flu – sick day advice?" is the Addison's sick-day rules. A dose asked after the
  // vignette, "– replacement regimen?", is not the medicine's when the ask does not name it.)
  const measuredBeside = (d: (typeof topics)[number]) =>
    topics.some((o) => o !== d && !o.background && o.mentions.every((m) => m.source !== 'name'));
  // (A last sentence that asks is the ask: "T2DM on metformin 10 yrs, B12 110 ng/L. IM replacement regimen?")
  const takenInAsk = links.documents.some((x) => x.kind === 'drug' && taking.includes(x.documentId) && x.mentions.some(inAsk));
  const asksOfTaken = drugAsked && (askBegins === 0 || takenInAsk);
  // (A drug question whose ask names nothing, after a vignette naming a new condition beside the one a
  // medicine is for, asks about the new one: "on apixaban for AF, HR 36, complete heart block – first drug
  // and dose?")
  // (Without an asking clause, the last sentence is the ask.)
  const asksOfNew =
    askBegins > 0 &&
    !links.documents.some((x) => x.mentions.some(inAsk)) &&
    topics.some((o) => !o.background && !o.mentions.some((m) => takenFor(m.from)));
  const given = topics.filter(
    (d) =>
      !d.background &&
      d.mentions.every(
        (m) =>
          ((!drugAsked || asksOfNew) && takenFor(m.from)) ||
          // (A value measured on the medicine, when what to add is asked, is the condition the medicine falls short
          // of: "HbA1c 58 on metformin, BMI 34 – what should I add?" asks about the diabetes.)
          (!asksOfTaken && onTaken(m.to) && !(m.source === 'finding' && cued.has('next-step')) && measuredBeside(d)),
      ),
  );
  // (Beside any other condition, of the history or not, and below it: "on dabigatran for AF, known
  // diverticular disease, LIF pain – antibiotics?" asks about the diverticular disease.)
  const toBackground = (docs: LinkedDocument[]) => {
    for (const doc of docs) Object.assign(doc, { background: true, score: doc.score * historyWeight * historyWeight });
    links.documents.sort((a, b) => b.score - a.score || a.mentions[0]!.from - b.mentions[0]!.from);
  };
  if (given.length > 0 && topics.some((d) => !given.includes(d))) toBackground(given);
  // "her sister reacted badly to lamotrigine": a medicine of someone else's, said in their clause, is no
  // medicine of the patient's or one asked about, beside others that are.
  const someoneElses = (d: LinkedDocument) =>
    d.kind === 'drug' &&
    d.mentions.every((m) => {
      for (let i = m.from - 1; i >= Math.max(0, m.from - 6); i--) {
        if (/[.?!;()]/.test(question.slice(tokens[i]!.end, tokens[i + 1]!.start))) return false;
        // (A relative of the patient's, "her sister": "my husband is on antabuse" may be the patient, asked for.)
        if (context.hearsay.has(tokens[i]!.folded)) return i > 0 && thirdPerson.has(tokens[i - 1]!.folded);
      }
      return false;
    });
  if (links.documents.some((d) => !someoneElses(d) && !d.background)) toBackground(links.documents.filter(someoneElses));
  // (…and so are the medicines taken, whose doses the new condition's ask is not about: "T2DM on metformin,
  // B12 110 ng/L. Replacement regimen?")
  // (…also when the condition they are for was already set aside by a new one: "test for coeliac came back
  // positive, im on levothyroxine for underactive thyroid".)
  const takenForAside = topics.some((d) => d.background && d.mentions.every((m) => takenFor(m.from)));
  if (asksOfNew && drugAsked && (given.length > 0 || takenForAside))
    toBackground(links.documents.filter((d) => d.kind === 'drug' && taking.includes(d.documentId) && !d.mentions.some(inAsk)));
  // A condition read only from the words that ask for harms ("what cardiac side effect do you warn about?")
  // is the kind of harm asked, beside another topic or a medicine: not the subject.
  const harmAsked = (m: { from: number; to: number }) =>
    cueMatches.some((c) => c.value === 'adverse-effects' && c.from < m.to && c.to > m.from);
  const harmKinds = topics.filter((d) => !d.background && d.mentions.every((m) => m.source === 'lexicon' && harmAsked(m)));
  if (harmKinds.length > 0 && links.documents.some((d) => !harmKinds.includes(d) && !d.ruledOut)) toBackground(harmKinds);
  // A condition named at once after a medicine that failed is the harm it did, not what is asked, beside
  // another medicine ("couldn't tolerate alendronate (oesophagitis) – zoledronic acid dose?").
  // (Not one that opens the next sentence: "…not responding to oral iron. Coeliac screen – which test?")
  const harmOfTried = topics.filter(
    (d) => !d.background && d.mentions.every((m) => triedEnds.has(m.from) && !endsSentenceBetween(tokens, m.from - 1, m.from, question)),
  );
  if (harmOfTried.length > 0 && links.documents.some((d) => d.kind === 'drug' && !tried.has(d.documentId))) toBackground(harmOfTried);
  // A condition in brackets just after a word of allergy is the reaction the allergy caused, beside another
  // condition: "bulging red TM. Pen allergy (urticaria + lip swelling). Abx choice?" asks about the ear.
  const inReactionBrackets = (from: number) => {
    const start = tokens[from]!.start;
    const open = question.lastIndexOf('(', start);
    if (open < 0 || question.slice(open, start).includes(')')) return false;
    const before = tokens.filter((t) => t.end <= open).at(-1);
    return before !== undefined && context.reaction.has(before.folded);
  };
  const reactions = topics.filter((d) => !d.background && d.mentions.every((m) => inReactionBrackets(m.from)));
  if (reactions.length > 0 && topics.some((d) => !d.background && !reactions.includes(d))) toBackground(reactions);
  // A condition the ask names outright is its subject; conditions named only in the vignette before it are the
  // patient's context ("78F, HTN, AF, breathless… anything that improves outcomes in 'preserved' HF?"). (Not when
  // the ask names a medicine, whose use decides, nor for an emergency the values show.)
  // (A guess is no such subject: "hands shake holding a cup… is this parkinsons?" weighs the guess against what
  // is described.)
  // (Nor a product that names one, "is the pill ok to continue?", which asks about the product.)
  // (Nor one set against the subject: "how is PoTS diagnosed… and how is it different from orthostatic
  // hypotension?")
  const setAgainst = (from: number) =>
    from >= 2 && comparingWords.has(tokens[from - 1]!.folded) && context.alternative.has(tokens[from - 2]!.folded);
  // A condition only set against another named as well is the other's context: "first-line drug treatment for
  // OCD in adults, how does the dosing differ from depression?" asks about the OCD.
  const setAgainstOnly = (d: LinkedDocument) => d.mentions.every((m) => setAgainst(m.from));
  const comparedWith = topics.filter((d) => !d.background && setAgainstOnly(d));
  if (comparedWith.length > 0 && topics.some((d) => !d.background && !setAgainstOnly(d))) toBackground(comparedWith);
  const askedConditions = topics.filter(
    (d) =>
      !d.background &&
      !d.guessed &&
      !d.likened &&
      d.role === 'name' &&
      d.mentions.some((m) => inAsk(m) && m.source === 'name' && !product(m.text) && !setAgainst(m.from) && !deniedOrSupposed(m)),
  );
  // (Only beside medicines the patient is already on: beside one started or considered, the condition asked is
  // a concern of that medicine, "starting isotretinoin for acne – how long must contraception continue?",
  // "starting Neo-Mercazole – what about a sore throat?")
  const onlyTakenDrugs =
    links.documents.every((d) => d.kind !== 'drug' || taking.includes(d.documentId)) && !links.uncovered.some((u) => u.category === 'drug');
  if (askBegins > 0 && askedConditions.length === 1 && !medicineInAsk && onlyTakenDrugs) {
    // (Not what a medicine named is taken for, which the ask may be about: "on isotretinoin for acne – how long
    // must contraception continue?")
    const before = topics.filter(
      (d) => !d.background && !d.urgent && d !== askedConditions[0] && !d.mentions.some(inAsk) && !d.mentions.some((m) => takenFor(m.from)),
    );
    if (before.length > 0) toBackground(before);
  }
  const taken = new Set<number>();
  for (const [from, to] of [...links.covered, ...cueMatches.map((m): [number, number] => [m.from, m.to])])
    for (let i = from; i < to; i++) taken.add(i);
  const terms = questionTerms(question);
  const isSubstance = (word: string) => (vocabulary?.health.get(word) ?? []).some((c) => c === 'drug' || c === 'test');
  // What the question asks beyond its concepts and the kind of answer: "low-dose", "duration", "bath".
  const focusTerms = [
    ...new Set(
      tokens
        // (Where help is sought, "what can I get from the chemist", says whom to ask, not what about.)
        // ("back" after a time, "a few years back", says when, not where.)
        .filter(
          (t, i) =>
            !taken.has(i) &&
            !context.setting.has(t.folded) &&
            !(t.folded === 'back' && timeUnits.test(tokens[i - 1]?.folded ?? '')) &&
            // ("my calcium tablet", "the iron supplements": a substance named as a product the patient takes is no
            // word of what is asked; a "preventer tablet" still asks for prevention.)
            !(context.product.has(tokens[i + 1]?.folded ?? '') && isSubstance(t.folded)),
        )
        .map((t) => normalise(t.text))
        .filter((w) => w.length >= 3 && !/^\d+(st|nd|rd|th)?$/.test(w) && !stopWords.has(w) && !genericClinicalWords.has(w)),
    ),
  ];
  const injection = injectionPatterns.some((p) => p.test(question));
  const strong =
    links.documents.length > 0 || links.findings.length > 0 || [...links.healthCategories].some((c) => strongCategories.has(c));
  // A drug typed in part or misspelt ("hydro coding acet", "metopol tar") is a weak sign too.
  const partialDrug =
    vocabulary !== undefined &&
    tokens.some((t) => /^[a-z]+$/.test(t.folded) && !stopWords.has(t.folded) && looksLikeDrugName(vocabulary, t.folded));
  const weak = partialDrug || links.healthCategories.size > 0 || terms.some((t) => healthWords.has(t) || medicalWordEnding.test(t));
  const offTopicCues = vocabulary?.offTopic.findAll(tokens) ?? [];
  const programText = codeShape.test(question);
  const offTopic = offTopicCues.length > 0 || programText;
  // Asked for code or a piece of writing, the request is that task whatever drug or condition it names.
  // (So is one whose ask is plainly about something else and names nothing medical, the health words only a
  // figure of speech before it: "our fantasy football team is basically in cardiac arrest, 0-6. Who should
  // we pick up at wide receiver?")
  const offTopicAsk =
    askBegins > 0 &&
    links.findings.length === 0 &&
    offTopicCues.some(inAsk) &&
    !links.documents.some((d) => d.mentions.some(inAsk)) &&
    !links.uncovered.some(inAsk);
  const task = offTopicCues.some((m) => taskTopics.has(m.value)) || programText || offTopicAsk;
  // A request is refused only when nothing in it is medical, or when it is plainly about something else
  // and names no medical concept ("what dose of tomato feed…").
  const healthRelated = (strong && !task) || (weak && !offTopic);
  // Two named documents ask about one in the light of the other: never the whole topic.
  const named = links.documents.filter((d) => d.score >= 0.5).length;
  const broad =
    focusTerms.length === 0 &&
    links.findings.length === 0 &&
    named <= 1 &&
    (intent === 'management' || intent === 'definition') &&
    ![...cued].some((i) => facets.has(i));
  const crisis = vocabulary ? speaksOfCrisis(tokens, question, vocabulary.crisis.findAll(tokens)) || tookOverdose(tokens) : false;
  const specificTerms = focusTerms.filter((t) => !vocabulary?.commonWords.has(t));
  // A compound question ("start dose, titration, cardiac SEs?") asks several things: all are kept.
  const asked = intentPriority.filter((i) => cued.has(i));
  return {
    question,
    terms,
    focusTerms,
    specificTerms,
    focus: links.documents,
    links,
    intent: specific(intent, broad),
    intents: [specific(intent, broad), ...asked.filter((i) => i !== specific(intent, broad))],
    tried: [...tried],
    taking,
    takingUnlisted,
    switchedFrom,
    medicinesNamed,
    interactionInferred,
    concernAsked: askBegins > 0 && tokens.some((t) => t.start >= askBegins && context.concern.has(t.folded)),
    blamesMedicine,
    stopsTaken,
    negated,
    weighsAlternatives: tokens.some((t) => context.alternative.has(t.folded)),
    givesDecimal: /\d\.\d/.test(question),
    broad,
    healthRelated: healthRelated || crisis,
    injection,
    crisis,
  };
}

/**
 * Whether a crisis cue stands as said. The lexicon's phrases without intent (a denial, "no thoughts of
 * self-harm"; a harm of a medicine, "makes people suicidal") cover the cue inside them, and a cue joined to a
 * denial by "or" in the same clause ("no suicidal ideation or self-harm"); anything else, a patient's "I don't
 * want to hurt myself but…" included, is crisis.
 */
function speaksOfCrisis(tokens: Token[], question: string, found: PhraseMatch<string>[]): boolean {
  const kept = longestMatches(found);
  const denials = kept.filter((m) => m.value === 'not-intent');
  const sameClause = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (endsClause(tokens, i, question)) return false;
    return true;
  };
  const joinedToDenial = (cue: PhraseMatch<string>) =>
    cue.from > 0 &&
    ['or', 'nor'].includes(tokens[cue.from - 1]!.folded) &&
    denials.some((d) => d.to <= cue.from && cue.from - d.to <= 3 && sameClause(d.to - 1, cue.from));
  return kept.some((m) => m.value !== 'not-intent' && !joinedToDenial(m));
}

/**
 * Whether the reader says they took a count of tablets no dose is ("i took 20 paracetamol 2 hours ago", "ive
 * swallowed about 30 of my pills"): an overdose of their own, of whatever intent, gets crisis support and the
 * emergency number, never a dose. A count below ten, or an amount in a unit ("took 20 mg"), is a dose taken.
 */
function tookOverdose(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!overdoseVerbs.has(tokens[k]!.folded)) continue;
    if (!tokens.slice(Math.max(0, k - 3), k).some((t) => t.folded === 'i' || t.folded === 'ive')) continue;
    let n = k + 1;
    while (n < tokens.length && n <= k + 3 && roughly.has(tokens[n]!.folded)) n++;
    const count = Number(tokens[n]?.folded);
    if (Number.isInteger(count) && count >= 10 && !doseUnits.test(tokens[n + 1]?.folded ?? '')) return true;
  }
  return false;
}
const overdoseVerbs = new Set(['took', 'taken', 'swallowed']);
const roughly = new Set(['about', 'around', 'like', 'maybe', 'over', 'nearly', 'almost', 'all']);
const doseUnits =
  /^(mg|mcg|ug|µg|g|gram|grams|milligrams?|micrograms?|ml|mls|units?|iu|mmol|puffs?|drops?|mins?|minutes?|hours?|hrs?|days?|weeks?|years?)$/;

/**
 * A value that points to a condition the question names a kind of is that condition's value, not a second
 * condition: "T1DM on Lantus, HbA1c 72" measures the type 1 diabetes, not the type 2 the HbA1c alone points to
 * (whose name "diabetes" is in the title "Type 1 diabetes mellitus"). Urgent readings stay ("T1DM, ketones 5.8").
 */
function dropMeasuresOfNamedKind(documents: LinkedDocument[]): void {
  const titled = documents
    .filter((d) => d.kind === 'topic' && d.mentions.some((m) => m.source === 'name'))
    .map((d) => ` ${normalise(bareTitle(d.title))} `);
  const measuresNamed = (d: LinkedDocument) =>
    d.kind === 'topic' &&
    !d.urgent &&
    d.mentions.every((m) => m.source === 'finding') &&
    d.names.some((name) => titled.some((title) => title.includes(` ${normalise(name)} `)));
  for (let i = documents.length - 1; i >= 0; i--) if (measuresNamed(documents[i]!)) documents.splice(i, 1);
}

/** "What is the target HbA1c…" is not a definition question: only a bare "what is X" is. */
function specific(intent: Intent, broad: boolean): Intent {
  return intent === 'definition' && !broad ? 'management' : intent;
}

/** Words that end what a negation rules out ("no red flags but…"); "or" goes on ("no fever or loin pain"). */
const negationEnds = new Set(['but', 'and', 'with', 'when', 'so', 'what', 'which', 'how', 'should', 'can', 'is', 'are']);
/** Words a negation reaches at most. */
const negationReach = 6;

/**
 * What the question rules out, as typed ("no family history of breast cancer", "not planning pregnancy"):
 * from a negation to the next comma, dash or joining word. Its words are no evidence of what is asked.
 */
function negatedPhrases(tokens: Token[], question: string, negations: ReadonlySet<string>): string[] {
  const phrases: string[] = [];
  tokens.forEach((t, i) => {
    if (!negations.has(t.folded)) return;
    let end = i;
    for (let j = i + 1; j < Math.min(tokens.length, i + 1 + negationReach); j++) {
      if (/[,;.:?!–—]|\s-\s/.test(question.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      if (negationEnds.has(tokens[j]!.folded)) break;
      end = j;
    }
    if (end > i) phrases.push(question.slice(t.start, tokens[end]!.end));
  });
  return phrases;
}

/** Does a comma, full stop, question mark or dash stand between token i and the next one? */
/** Does the token open a clause: after a comma, dash or full stop, or after "and" ("Known UC, now…", "and now")? */
export function opensClause(tokens: Token[], i: number, question: string): boolean {
  return i > 0 && (endsClause(tokens, i - 1, question) || tokens[i - 1]!.folded === 'and');
}

/** Does a sentence end between token `from` and token `to` (a full stop, question mark or semicolon and a space; not "3.1")? */
export function endsSentenceBetween(tokens: readonly Token[], from: number, to: number, question: string): boolean {
  return /[.?!;]\s/.test(question.slice(tokens[from]!.end, tokens[to]!.start));
}

export function endsClause(tokens: Token[], i: number, question: string): boolean {
  return /[,;.:?–—]|\s-\s/.test(question.slice(tokens[i]!.end, tokens[i + 1]!.start));
}

/**
 * A mention right after a likeness cue, an article and who has it aside ("like acne", "resembling a rash",
 * "feel like I've got flu").
 */
function isLikened(tokens: Token[], from: number, likenessWords: ReadonlySet<string>): boolean {
  let i = from - 1;
  while (i >= Math.max(0, from - 5) && (articles.has(tokens[i]!.folded) || havingWords.has(tokens[i]!.folded))) i--;
  return i >= Math.max(0, from - 5) && likenessWords.has(tokens[i]!.folded);
}

/** The words of who has a condition, between a likeness cue and it ("like I've got", "like she has"). */
const havingWords = new Set(['i', 've', 'ive', 'he', 'she', 's', 'got', 'have', 'has', 'had']);

/** A mention joined by a hyphen to a likeness cue after it ("flu-like illness", "migraine-like headache"). */
function joinedToLikeness(tokens: Token[], mention: { to: number }, question: string, likenessWords: ReadonlySet<string>): boolean {
  const last = tokens[mention.to - 1];
  const after = tokens[mention.to];
  return !!last && !!after && likenessWords.has(after.folded) && question.slice(last.end, after.start) === '-';
}

const articles = new Set(['a', 'an', 'the', 'some']);
/** The little words between a word that sets two things apart and the second ("different from", "differ with"). */
const comparingWords = new Set(['from', 'to', 'with']);
/** Is the concept at from put as a case ("if he has T2DM"), not as what the patient has? */
function supposedCase(tokens: Token[], from: number): boolean {
  return (
    from >= 3 && tokens[from - 3]!.folded === 'if' && persons.has(tokens[from - 2]!.folded) && supposedHaving.has(tokens[from - 1]!.folded)
  );
}
const persons = new Set(['he', 'she', 'they', 'you', 'i', 'we']);
const supposedHaving = new Set(['has', 'have', 'had', 'gets', 'get', 'develops', 'develop']);
/** Words that may stand between a condition and the word saying it is settled ("hypothyroid but stable", "UC in remission"). */
const settledLinks = new Set('but and is now currently well in clinically otherwise has been was remains'.split(' '));
/** Words that open a case after "vs" ("vs if he has T2DM"): the cases of one ask, not two concepts. */
const caseWords = new Set(['if', 'when', 'whether', 'once']);
/** Verbs that say a medicine is in regular use after a condition is named ("asthma and uses a ventolin inhaler"). */
const usingWords = new Set(['uses', 'use', 'using', 'takes', 'take', 'taking']);

/** Without a lexicon no word is a context cue. */
const noContextWords = Object.fromEntries(contextRoles.map((role) => [role, new Set<string>()])) as Record<ContextRole, Set<string>>;

/** Words between a guess and the condition guessed ("is it my eczema", "could it be a stroke", "is this just the baby blues"). */
export const possessives: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'our', 'your']);

/**
 * A condition the library lacks, told by a presentation written for it ("ring finger locking in flexion, nodule
 * over A1 pulley" is trigger finger): the question's own problem, not a word some topic happens to share.
 */
export function toldOutsideLibrary(u: UncoveredConcept): boolean {
  return u.described === true && u.category === 'condition';
}
/** Words that stand for a medicine already named ("stop it", "keep taking them"). */
const pronouns = new Set(['it', 'them']);
/** Possessives of a third person: "her sister", "his mum" are the patient's relatives, not the patient. */
const thirdPerson = new Set(['her', 'his', 'their']);
const guessFillers = new Set([...articles, ...possessives, 'just', 'only', 'normal', 'simply', 'still', 'probably', 'mean', 'means']);

/** Where the word before a mention stands once the little words of a guess are passed ("is it *just the* baby blues"). */
function beforeFillers(tokens: Token[], from: number): number {
  let i = from - 1;
  while (i >= 0 && guessFillers.has(tokens[i]!.folded)) i--;
  return i;
}

/** A mention put as a question about what it is: an asking word, a guess word, then the condition ("is it shingles?"). */
function isGuessed(tokens: Token[], from: number, context: Record<ContextRole, ReadonlySet<string>>): boolean {
  const i = beforeFillers(tokens, from);
  // (…or an asking word right before whose condition it is: "is her dementia getting worse?" reads what is
  // seen as the dementia, a guess too.)
  const owned = i >= 0 && i === from - 2 && possessives.has(tokens[from - 1]!.folded) && tokens[i]!.folded === 'is';
  // (…"it's" typed "its" after a worry: "should i be worried its a tumour?")
  const feared = i >= 1 && tokens[i]!.folded === 'its' && context.concern.has(tokens[i - 1]!.folded);
  // (…but "it's" reported from one whose word is a diagnosis is no guess: "my GP says it's beta thalassaemia
  // trait" names what the reader has; "mum says it's eczema" is read as hearsay above.)
  const reported = i >= 3 && context.onset.has(tokens[i - 2]!.folded) && !context.hearsay.has(tokens[i - 3]!.folded);
  return (
    owned ||
    feared ||
    isBelieved(tokens, from, context) ||
    (i >= 1 && context.guess.has(tokens[i]!.folded) && context.asking.has(tokens[i - 1]!.folded) && !reported)
  );
}

/**
 * A mention of what the reader took the problem for before what they found ("i thought it was piles but…"),
 * or of what someone whose word is no diagnosis said it was ("friend said its adult acne").
 */
function isBelieved(tokens: Token[], from: number, context: Record<ContextRole, ReadonlySet<string>>): boolean {
  const i = beforeFillers(tokens, from);
  if (
    i >= 2 &&
    context.asking.has(tokens[i]!.folded) &&
    context.guess.has(tokens[i - 1]!.folded) &&
    context.belief.has(tokens[i - 2]!.folded)
  )
    return true;
  // (…the "it's" of hearsay may be typed "its", or left out: "mum says eczema".)
  let j = i;
  if (j >= 1 && context.asking.has(tokens[j]!.folded) && context.guess.has(tokens[j - 1]!.folded)) j -= 2;
  else if (tokens[j]?.folded === 'its') j -= 1;
  const says = tokens[j]?.folded ?? '';
  return j >= 1 && (context.belief.has(says) || context.onset.has(says)) && context.hearsay.has(tokens[j - 1]!.folded);
}

/**
 * A mention a few words after a history cue ("known", "hx of", "previous") is the patient's background; so
 * is one the shorthand of a patient introduces ("84F with CKD 4": who the patient is, not what is asked).
 */
function isHistory(
  tokens: Token[],
  from: number,
  question: string,
  context: Readonly<Record<ContextRole, ReadonlySet<string>>>,
  reach = 3,
): boolean {
  for (let i = from - 1; i >= Math.max(0, from - reach); i--) {
    if (endsClause(tokens, i, question)) return false;
    if (context.history.has(tokens[i]!.folded) && !(context.presenting.has(tokens[i]!.folded) && afterSpan(tokens, i, question)))
      return true;
    // ("adhesive capsulitis in a pt with type 2 diabetes": after a condition, who has it, like "84F with CKD 4".
    // Not "pt with myasthenia gravis now has CAP", where the condition is what decides.)
    const who = tokens[i - 1]?.folded ?? '';
    const inA = (j: number) =>
      tokens[j]?.folded === 'in' || (/^(a|an|the)$/.test(tokens[j]?.folded ?? '') && tokens[j - 1]?.folded === 'in');
    // (…unless a medicine is given for that patient: "Paxlovid for a 72M with COVID" names what it treats.)
    const forWhom = (j: number) =>
      tokens[j]?.folded === 'for' || (/^(a|an)$/.test(tokens[j]?.folded ?? '') && tokens[j - 1]?.folded === 'for');
    if (tokens[i]!.folded === 'with' && i === from - 1 && (ageAndSex.test(who) || (context.patient.has(who) && inA(i - 2))))
      return !(ageAndSex.test(who) && forWhom(i - 2));
  }
  return false;
}

/**
 * Does a span of days, weeks or months come just before the cue ("3-day hx", "2/52 history")? After years a
 * history is the background ("10 yr hx of T2DM").
 */
function afterSpan(tokens: Token[], cue: number, question: string): boolean {
  const before = question.slice(Math.max(0, tokens[cue]!.start - 16), tokens[cue]!.start);
  return /\d\s*(?:-\s*)?(?:h|hrs?|hours?|d|days?|wks?|weeks?|months?|mths?|\/7|\/52|\/12)\s*$/i.test(before);
}

/** Units of time: "back" after one says when ("two weeks back"), not where. */
const timeUnits = /^(years?|yrs?|months?|weeks?|wks?|days?|while|bit)$/;

/** Words after a mention that put it years back ("a few years back", "5 yrs ago"), within its clause. */
function yearsAgo(tokens: Token[], to: number, question: string): boolean {
  for (let i = to; i < Math.min(tokens.length, to + yearsAgoReach); i++) {
    if (i > to && endsClause(tokens, i - 1, question)) return false;
    if (/^(years?|yrs?)$/.test(tokens[i]!.folded) && /^(ago|back|previously)$/.test(tokens[i + 1]?.folded ?? '')) return true;
  }
  return false;
}
const yearsAgoReach = 5;

/**
 * A mention a few words after a trigger word ("after a wasp sting", "contact of pulm TB") is what brought
 * something on.
 */
function triggeredBy(tokens: Token[], from: number, question: string, triggerWords: ReadonlySet<string>): boolean {
  for (let before = from - 1; before >= Math.max(0, from - triggerReach); before--) {
    if (endsClause(tokens, before, question)) return false;
    if (triggerWords.has(tokens[before]!.folded)) return true;
  }
  return false;
}

/** A mention followed at once by a patient word ("Crohn's pt", "COPD patient") says who the patient is. */
function describesPatient(tokens: Token[], to: number, question: string, patientWords: ReadonlySet<string>): boolean {
  // (Not across a comma: "lower leg cellulitis, pt says penicillin gives her hives".)
  return to < tokens.length && !endsClause(tokens, to - 1, question) && patientWords.has(tokens[to]!.folded);
}

/** A mention just after an onset cue, or opening with one ("new AF", "newly diagnosed T2DM", "new-onset AF"), is the new problem. */
function isOnset(tokens: Token[], from: number, question: string, context: Record<ContextRole, ReadonlySet<string>>): boolean {
  for (let i = from; i >= 0; i--) {
    if (i < from && endsClause(tokens, i, question)) return false;
    // (Not a cue that ranks a treatment: "first-line antihypertensive", "first choice".)
    if (context.onset.has(tokens[i]!.folded)) return !context.rank.has(tokens[i + 1]?.folded ?? '');
    // (Further back only past who has it: "the dr says she has polymyalgia".)
    if (i <= from - 2 && !(from - i < onsetReach && saidOfWhom.has(tokens[i]!.folded))) return false;
  }
  return false;
}

/** Words back from a mention over which an onset cue reaches past who has it ("says she has"). */
const onsetReach = 4;
/** Who has a condition and the verb that says so, between an onset cue and the condition. */
const saidOfWhom = new Set([
  'i',
  'he',
  'she',
  'they',
  'we',
  'you',
  'it',
  // (…and the unapostrophised "its", and a hedge: "gp said its probably gilberts".)
  'its',
  'probably',
  'likely',
  'has',
  'have',
  'had',
  'got',
  'is',
  'was',
  's',
  'm',
  've',
  'ive',
  'hes',
  'shes',
  'weve',
  'theyve',
  'youve',
]);

/**
 * A mention followed at once by a result word ("Dix-Hallpike negative") is ruled out. (Not across a comma:
 * "K+ 6.6, ECG normal" has the hyperkalaemia.)
 */
function resultNegative(tokens: Token[], to: number, question: string, resultWords: ReadonlySet<string>): boolean {
  return to > 0 && to < tokens.length && !endsClause(tokens, to - 1, question) && resultWords.has(tokens[to]!.folded);
}

/**
 * A mention with an aside word just before it ("also on levothyroxine"): said in passing. (In its sentence:
 * "also ramipril + atorvastatin. CBG 2.9" says the glucose outright.)
 */
export function saidInPassing(tokens: readonly Token[], from: number, asideWords: ReadonlySet<string>, question: string): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) {
    if (endsSentenceBetween(tokens, i, i + 1, question)) return false;
    if (asideWords.has(tokens[i]!.folded)) return true;
  }
  return false;
}

/**
 * A mention that says a test found it, in its own words or just after them, past the test's own name ("tTG
 * positive", "positive tTG", "GC NAAT pos").
 */
function foundByTest(
  tokens: Token[],
  m: { from: number; to: number },
  question: string,
  context: Record<ContextRole, Set<string>>,
): boolean {
  const positiveWords = context.positive;
  if (tokens.slice(m.from, m.to).some((t) => positiveWords.has(t.folded))) return true;
  // (…or shown on a test named just after it, in its clause: "inferior STE on ECG", "PE on CTPA".)
  if (tokens[m.to]?.folded === 'on' && !endsClause(tokens, m.to - 1, question)) {
    const next = tokens[m.to + 1]?.folded === 'the' ? m.to + 2 : m.to + 1;
    if (context.shown.has(tokens[next]?.folded ?? '')) return true;
  }
  // (…or before it: "stool antigen positive for H. pylori".)
  const before = tokens[m.from - 2];
  if (before && tokens[m.from - 1]!.folded === 'for' && (positiveWords.has(before.folded) || signedPositive(before, question))) return true;
  // (…or what it came back as: "blood test came back as glandular fever".)
  const as = articles.has(tokens[m.from - 1]?.folded ?? '') ? m.from - 2 : m.from - 1;
  if (tokens[as]?.folded === 'as' && tokens[as - 1]?.folded === 'back' && cameBack.has(tokens[as - 2]?.folded ?? '')) return true;
  // (…or what a test was for, its result a few words on: "a blood test for coeliac (ttg) came back a bit
  // positive"; past a test of two words, "H pylori stool antigen positive".)
  const testedFor = tokens[m.from - 1]?.folded === 'for' && context.testing.has(tokens[m.from - 2]?.folded ?? '');
  for (let i = m.to; i < Math.min(tokens.length, m.to + (testedFor ? 7 : 3)); i++) {
    if (endsClause(tokens, i - 1, question)) return false;
    if (positiveWords.has(tokens[i]!.folded) || signedPositive(tokens[i]!, question)) return true;
  }
  return false;
}

/** Verbs of a result returned ("came back as…"). */
const cameBack = new Set(['came', 'come', 'comes', 'coming']);

/** Is a pending word ("pending", "awaited") one or two words after a mention, in its clause ("C diff toxin pending")? */
function awaitsResult(tokens: Token[], to: number, question: string, pendingWords: ReadonlySet<string>): boolean {
  for (let i = to; i < Math.min(tokens.length, to + pendingReach); i++) {
    if (endsClause(tokens, i - 1, question)) return false;
    if (pendingWords.has(tokens[i]!.folded)) return true;
  }
  return false;
}
/** How far after a condition its pending word may stand: the name's test word, then the word ("C diff toxin pending"). */
const pendingReach = 2;

/** Is the token a result written with its sign, "+ve" ("C diff toxin +ve"), not "-ve" or the "'ve" of "I've"? */
function signedPositive(token: Token, question: string): boolean {
  return token.folded === 've' && question[token.start - 1] === '+';
}

/** Does a bracket open just before the token ("the crystals one (BPPV)")? */
function inBrackets(tokens: Token[], from: number, question: string): boolean {
  return from > 0 && /\(\s*$/.test(question.slice(tokens[from - 1]!.end, tokens[from]!.start));
}

/**
 * Is the mention at `from` denied ("no CKD", "not diabetic")? The context's grade words are those of a condition's
 * grade that a "non-" joined to them denies alone ("non-severe CAP" is pneumonia).
 */
export function isNegated(
  tokens: Token[],
  from: number,
  question: string,
  context: Readonly<Record<ContextRole, ReadonlySet<string>>> = noContextWords,
): boolean {
  const { negation: negations, grade: grades } = context;
  // A name in brackets after a phrase is that phrase named again, denied with it: "not the crystals one (bppv)".
  if (inBrackets(tokens, from, question)) {
    const phraseEnd = from - 1;
    for (let i = phraseEnd; i >= Math.max(0, phraseEnd - 3); i--) {
      if (i < phraseEnd && endsClause(tokens, i, question)) break;
      if (negations.has(tokens[i]!.folded)) return true;
    }
  }
  // The last of a list denied at its head is denied with it: "no wt loss, dysphagia or anaemia".
  if (from >= 2 && (tokens[from - 1]!.folded === 'or' || tokens[from - 1]!.folded === 'nor')) {
    for (let i = from - 2; i >= Math.max(0, from - listNegationReach); i--) {
      if (i < from - 2 && /[;.:?–—]|\s-\s/.test(question.slice(tokens[i]!.end, tokens[i + 1]!.start))) break;
      if (negations.has(tokens[i]!.folded)) return true;
    }
  }
  // …and so is one inside it, between commas before the "or": "no headache, jaw claudication or visual sx".
  const stops = (i: number) => /[;.:?–—]|\s-\s/.test(question.slice(tokens[i]!.end, tokens[i + 1]?.start ?? question.length));
  if (from >= 2 && question.slice(tokens[from - 1]!.end, tokens[from]!.start).includes(',')) {
    let orAfter = false;
    for (let i = from; i < Math.min(tokens.length, from + listNegationReach); i++) {
      if (tokens[i]!.folded === 'or' || tokens[i]!.folded === 'nor') orAfter = true;
      if (orAfter || stops(i)) break;
    }
    if (orAfter)
      for (let i = from - 1; i >= Math.max(0, from - listNegationReach); i--) {
        if (i < from - 1 && stops(i)) break;
        if (negations.has(tokens[i]!.folded)) return true;
      }
  }
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) {
    // A negation does not reach across a comma or a dash ("not diabetic – which statin?").
    if (endsClause(tokens, i, question)) return false;
    // "non-" negates only the word it is joined to ("non-pregnant with cystitis" has cystitis); joined to a grade
    // that opens the name, it denies the grade, not the condition ("non-severe CAP" is pneumonia).
    if (tokens[i]!.folded === 'non' && (i !== from - 1 || grades.has(tokens[from]!.folded))) continue;
    // "…that aren't there" denies only the things it follows: "seeing things that aren't there and pulling at her
    // drip" still pulls at it.
    if (negations.has(tokens[i]!.folded) && i + 1 < from && tokens[i + 1]!.folded === 'there') return false;
    // "does that mean it's not endo?": a "not" after "it's", in a clause that asks, puts the condition in
    // question; it does not deny it. (Not when the clause goes on to name what it is instead: "physio says its
    // not frozen shoulder but a rotator cuff tear – …?")
    if (
      negations.has(tokens[i]!.folded) &&
      queriedCopula.has(tokens[i - 1]?.folded ?? '') &&
      /^[^.!?,;:–—]*\?/.test(question.slice(tokens[from]!.start)) &&
      !/\bbut\b/i.test(question.slice(tokens[from]!.start).split('?')[0]!)
    )
      return false;
    if (negations.has(tokens[i]!.folded)) return true;
  }
  return false;
}

/** The words before a "not" that asks whether a condition is there ("it's not", "is it not", "that's not"). */
const queriedCopula: ReadonlySet<string> = new Set(['s', 'its', 'is', 'it', 'thats']);
