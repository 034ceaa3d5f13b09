/*
 * Findings of a vignette: lab values ("K+ 6.8", "eGFR 25"), age and sex ("82F", "3 month old"),
 * weight and pregnancy. A finding says which statements matter (those on potassium, on older adults),
 * and a value past its range can name the condition it points to.
 */
import { readFileSync, existsSync } from 'node:fs';
import { MalformedInputError } from '../../errors.ts';
import { PhraseTable, tokenize } from './phrases.ts';
import type { Token } from './phrases.ts';
import type { Finding, Sex } from './types.ts';

/** A value past this bound points to the condition; a bound with a unit holds only for values typed in it. */
interface Range {
  /** Below or above the value, or risen to this multiple of it ("Cr 92 → 210" is a rise of 2.3 times). */
  side: 'below' | 'above' | 'rise';
  value: number;
  unit?: string;
  condition: string;
  /** An emergency ("K+ 6.8"): the condition is what the question is about, ahead of the conditions it names. */
  urgent: boolean;
  /** A facet ("LVEF 58%"): the condition only narrows a broader name the question types ("heart failure"). */
  qualifier: boolean;
}

/** The condition a value points to, where the value is written, and whether it is an emergency. */
export interface PointedCondition {
  name: string;
  from: number;
  to: number;
  urgent: boolean;
  /** Only narrows a broader name typed, never names the condition alone. */
  qualifier: boolean;
}

interface Analyte {
  terms: string[];
  ranges: Range[];
}

/** Units a value may be typed in ("52 mg/dl", "3.1 mmol/L", "fitting for 7 min"), as range lines write them. */
const units: [RegExp, string][] = [
  [/^\s*mg ?(\/|per) ?dl\b/i, 'mg/dL'],
  [/^\s*mmol ?(\/|per) ?l\b/i, 'mmol/L'],
  [/^\s*(min|mins|minutes?)\b/i, 'min'],
];

/** A range as findings.tsv writes it: "<3.5 hypokalaemia", "x1.5 acute kidney injury", "<70mg/dL hypoglycaemia" (a unit of the list above). */
const rangePattern = new RegExp(
  String.raw`^([<>x])(\d+(?:\.\d+)?)(${units.map(([, unit]) => unit.replace('/', '\\/')).join('|')})? ([!~]?)(.+)$`,
);

export const findingsHeader = 'term\tanalyte\tranges';

/** Age bands and the words statements use for them. */
const infantTerms = ['infant', 'infants', 'infantile', 'baby', 'babies'];
const ageBands: { under: number; terms: string[] }[] = [
  // (A baby in its first four weeks is a neonate: "5-day-old with sticky eyes" is ophthalmia neonatorum's
  // statement, "conjunctivitis in a neonate", and still an infant's.)
  { under: 28 / 365, terms: ['neonate', 'neonates', 'neonatal', 'newborn', 'newborns', ...infantTerms] },
  { under: 1, terms: infantTerms },
  { under: 18, terms: ['children', 'child', 'paediatric', 'pediatric'] },
  { under: 65, terms: [] },
  { under: Infinity, terms: ['older', 'elderly', 'age', 'frail'] },
];

const infantBand = ageBands[1]!;
const childBand = ageBands[2]!;

/** The words statements use for children of any age. */
export const childWords: readonly string[] = childBand.terms;

/** Words that name a child's age band, or a pregnancy, without a number ("in children", "kids", "infants", "pregnant"). */
const bandWords = new Map<string, string[]>([
  ...['child', 'children', 'kid', 'kids', 'paediatric', 'pediatric', 'paeds', 'peds', 'toddler', 'toddlers'].map(
    (w): [string, string[]] => [w, childBand.terms],
  ),
  ...['infant', 'infants', 'newborn', 'newborns', 'neonate', 'neonates', 'baby', 'babies'].map((w): [string, string[]] => [
    w,
    infantBand.terms,
  ]),
  ...['pregnant', 'pregnancy'].map((w): [string, string[]] => [w, ['pregnancy', 'pregnant']]),
]);

/** The words of the groups a question names in words ("CAP in children" → children, child…; "this pregnancy"). */
export function namedGroups(tokens: Token[]): string[] {
  // "child-bearing age" is an adult's; "not pregnant" rules the group out.
  return tokens.flatMap((t, i) =>
    tokens[i + 1]?.folded === 'bearing' || /^(not|non)$/.test(tokens[i - 1]?.folded ?? '') ? [] : (bandWords.get(t.folded) ?? []),
  );
}

/** The ages a question gives ("72M", "my 3 month old", "my dad is 82"), in years. */
export function groupAges(findings: readonly Finding[]): number[] {
  return findings.flatMap((f) => (f.group && f.value !== undefined ? [f.value] : []));
}

/** The words statements use for the sex a vignette gives with the age ("58M", "26F"): "men and postmenopausal women…". */
export function sexWords(findings: readonly Finding[]): string[] {
  const sex = findings.find((f) => f.sex)?.sex;
  return sex === 'male' ? ['men', 'male'] : sex === 'female' ? ['women', 'female'] : [];
}

/**
 * The patient's sex, from the vignette ("68F") or, when they agree, the words of the question that say one
 * ("32 female", "my dad"); `counts` limits which words may say it.
 */
export function patientSex(
  tokens: readonly Token[],
  findings: readonly Finding[],
  sexWords: ReadonlyMap<string, Sex> | undefined,
  counts: (word: string) => boolean = () => true,
): Sex | undefined {
  const given = findings.find((f) => f.sex)?.sex;
  if (given) return given;
  const said = new Set(tokens.flatMap((t) => (counts(t.folded) ? (sexWords?.get(t.folded) ?? []) : [])));
  return said.size === 1 ? [...said][0] : undefined;
}

/** Whose age a question may give plainly ("my dad is 82"). */
const people = new Set(
  'dad mum mom mother father son daughter husband wife partner grandad grandpa grandma granny gran nan nana grandmother grandfather grandson granddaughter grandchild niece nephew brother sister boy girl baby child kid toddler patient'.split(
    ' ',
  ),
);

/** People who are children: a sex they give ("had my son 8 weeks ago") may not be the patient's. */
export const childPeople: ReadonlySet<string> = new Set(
  'son daughter grandson granddaughter grandchild boy girl baby child kid toddler'.split(' '),
);

/** Words for a baby, its sex or whose it is that may stand before its age ("neonate 5 days", "M 18 mo", "my 9 month olds"). */
const infantWords = new Set('infant infants neonate newborn preterm term ex m f male female my our his her their'.split(' '));

/** Words after a number that make it a duration or a count ("2 days", "3 times"), not a measured value. */
const countedWords = /^(hours?|hrs|days?|nights?|weeks?|wks?|months?|years?|yrs?|times)$/;

/** How many words on a duration in minutes may follow its word ("seizure at home for over 5 min"). */
const minutesReach = 6;

/** Adolescents are often treated by adults' guidance: only a younger child contradicts a topic "in adults". */
const adultTopicFrom = 12;
/** From this age a patient is an adult; an adult's question without a number is read as this age. */
export const adultFrom = 18;
/** A topic "in infants" covers the first two years ("bronchiolitis in infants" at 18 months). */
const infantTopicUnder = 2;

/**
 * Whether a title written for an age band holds for these ages: a 10-year-old is not a child "under 5",
 * a 68-year-old's fever is not "fever in children", nor a 3-year-old's constipation "constipation in adults".
 */
export function writtenForAges(title: string, ages: readonly number[]): boolean {
  if (ages.length === 0) return true;
  const words = title.toLowerCase().split(/[^a-z0-9]+/);
  const under = Math.min(
    Number(/\bunder (\d+)\b/i.exec(title)?.[1] ?? Infinity),
    infantBand.terms.some((t) => words.includes(t)) ? infantTopicUnder : Infinity,
    childBand.terms.some((t) => words.includes(t)) ? childBand.under : Infinity,
  );
  const from = words.includes('adults') || words.includes('adult') ? adultTopicFrom : 0;
  return ages.every((age) => age < under && age >= from);
}

/** Words just before "N weeks ago" that say a birth: "gave birth", "had our baby", "delivered", "born", "C-section". */
function birthWords(before: string[]): boolean {
  const last = before[before.length - 1] ?? '';
  if (['birth', 'delivered', 'born', 'section', 'delivery'].includes(last)) return true;
  // "had (a|the|our|my|her) baby": the baby is what was had, not what fell ill ("my baby had a fever 2 days ago").
  return last === 'baby' && before.slice(-3, -1).includes('had');
}

export class FindingReader {
  readonly #analytes = new PhraseTable<Analyte>();
  /** Conditions a value past a bound marked "!" names: emergencies ("diabetic ketoacidosis", "status epilepticus"). */
  readonly emergencies = new Set<string>();

  constructor(file?: string) {
    if (!file || !existsSync(file)) return;
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines[0]?.replace(/\r$/, '') !== findingsHeader)
      throw new MalformedInputError(file, 1, 'first line must be the header "term<TAB>analyte<TAB>ranges"');
    lines.forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (i === 0 || line.trim() === '' || line.startsWith('#')) return;
      const [term, analyte, ranges = ''] = line.split('\t');
      // (An empty analyte is allowed: the value then only says the vignette measured it, "WCC 11".)
      if (!term || analyte === undefined) throw new MalformedInputError(file, i + 1, 'expected term, analyte and ranges separated by tabs');
      const parsed: Range[] = [];
      for (const part of ranges.split(';').filter((p) => p.trim())) {
        const m = rangePattern.exec(part.trim());
        if (!m)
          throw new MalformedInputError(
            file,
            i + 1,
            `range "${part}" must look like "<3.5 hypokalaemia", ">5.5 hyperkalaemia", a rise "x1.5 acute kidney injury" or, for one unit, "<70mg/dL hypoglycaemia"`,
          );
        parsed.push({
          side: m[1] === '<' ? 'below' : m[1] === 'x' ? 'rise' : 'above',
          value: Number(m[2]),
          ...(m[3] ? { unit: m[3] } : {}),
          urgent: m[4] === '!',
          qualifier: m[4] === '~',
          condition: m[5]!,
        });
        if (m[4] === '!') this.emergencies.add(m[5]!.toLowerCase());
      }
      this.#analytes.add(term, { terms: analyte.split(' ').filter((w) => w.length > 0), ranges: parsed });
    });
  }

  /**
   * What the analytes a text names stand for, with or without a value: "K+ replacement" asks about
   * potassium. A one-letter name counts only with its sign ("K+", not "vitamin K").
   */
  analytesNamed(text: string): string[] {
    const tokens = tokenize(text);
    return this.#analytes
      .findAll(tokens)
      .filter((m) => m.to - m.from > 1 || tokens[m.from]!.text.length > 1 || text[tokens[m.from]!.end] === '+')
      .flatMap((m) => m.value.terms);
  }

  /** Findings in the question, with the conditions their values point to and the token spans they take. */
  read(tokens: Token[], text: string): { findings: Finding[]; conditions: PointedCondition[]; spans: [number, number][] } {
    const findings: Finding[] = [];
    const conditions: PointedCondition[] = [];
    const spans: [number, number][] = [];
    const numberAt = (i: number): { value: number; to: number } | undefined => {
      // "6.8" is two tokens around a full stop; "= 1", ": 116", "of 25", "average 141", "day avg 152/96", "meter said 3.1", "is low, 3.1",
      // "has dropped to 2.9" and "went from 80 (to 250)" may stand between.
      let j = i;
      while (
        j < i + 3 &&
        tokens[j] &&
        /^(of|is|at|was|now|only|average|avg|mean|day|daytime|around|about|for|low|high|down|up|reading|level|ongoing|lasting|lasted|said|says|showed|shows|read|reads|has|had|dropped|fallen|fell|risen|rose|gone|went|from|to)$/.test(
          tokens[j]!.folded,
        )
      )
        j++;
      const t = tokens[j];
      // "lipase 4x ULN": a multiple of the upper limit of normal reads as its number.
      if (t && /^\d+x$/i.test(t.text)) return { value: Number(t.text.slice(0, -1)), to: j + 1 };
      if (!t || !/^\d+$/.test(t.text)) return undefined;
      const next = tokens[j + 1];
      if (next && /^\d+$/.test(next.text) && text.slice(t.end, next.start) === '.')
        return { value: Number(`${t.text}.${next.text}`), to: j + 2 };
      // "ferritin 1,100": a comma before three digits groups thousands.
      if (next && /^\d{3}$/.test(next.text) && /^\d{1,3}$/.test(t.text) && text.slice(t.end, next.start) === ',')
        return { value: Number(`${t.text}${next.text}`), to: j + 2 };
      return { value: Number(t.text), to: j + 1 };
    };
    /** The first token past a unit typed after a value ("92 µmol/L → 210", "188 umol/L (baseline 80)"). */
    const pastUnit = (from: number): number => {
      let i = from;
      while (tokens[i] && /^(µmol|umol|mmol|mg|l|dl)$/.test(tokens[i]!.folded)) i++;
      return i;
    };
    const laterValue = (from: number): number | undefined => {
      const i = pastUnit(from);
      const t = tokens[i];
      if (!t || i === 0) return undefined;
      if (/^\s*(→|-+>|=>)\s*$/.test(text.slice(tokens[i - 1]!.end, t.start))) return numberAt(i)?.value;
      return /^(to|now|then)$/.test(t.folded) ? numberAt(i + 1)?.value : undefined;
    };
    // "creat 188 (baseline 80)", "Cr 210, baseline 92": the value it rose from, said after it.
    const baselineAfter = (from: number): number | undefined => {
      const i = pastUnit(from);
      if (tokens[i]?.folded === 'from' && tokens[i - 1]?.folded === 'up') return numberAt(i + 1)?.value;
      if (tokens[i]?.folded !== 'baseline') return undefined;
      // ("baseline was 80", "baseline of 80", "baseline ~80")
      const j = /^(was|is|of)$/.test(tokens[i + 1]?.folded ?? '') ? i + 2 : i + 1;
      return numberAt(j)?.value;
    };
    /** The unit typed right after a value ("52 mg/dL", "5 min"), if it is one with ranges of its own. */
    // ("5+ min" is five minutes or more: the plus before a unit is no dipstick grade.)
    const unitAfter = (n: { to: number }) =>
      units.find(([pattern]) => pattern.test(text.slice(tokens[n.to - 1]!.end).replace(/^\+/, '')))?.[1];
    // A duration measured in minutes may come a few words on, within the clause ("seizure at home for over 5
    // min"): only a number typed with its minutes is read so far from the word.
    const minutesWithin = (i: number): { value: number; to: number } | undefined => {
      for (let j = i; j < Math.min(tokens.length, i + minutesReach); j++) {
        if (j > i && /[,.;:!?()–—]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return undefined;
        const n = /^\d+$/.test(tokens[j]!.text) ? numberAt(j) : undefined;
        if (n && unitAfter(n) === 'min') return n;
      }
      return undefined;
    };
    for (const m of this.#analytes.findAll(tokens)) {
      const timed = m.value.ranges.some((r) => r.unit === 'min');
      const n = numberAt(m.to) ?? (timed ? minutesWithin(m.to) : undefined);
      if (!n) continue;
      // "fever 2 days", "sugar 3 times a day": a count of days or times is how long or how often, not a value.
      const next = tokens[n.to];
      // (Not a day counted from an event: "Na 116 day 2 post op" has the sodium.)
      const counted = countedWords.test(next?.folded ?? '') && !/^\d+$/.test(tokens[n.to + 1]?.text ?? '');
      if (next && /^\s*$/.test(text.slice(tokens[n.to - 1]!.end, next.start)) && counted) continue;
      // "ketones 3+", "protein 2+" is a dipstick grade, not a value in the analyte's units.
      const grade = text[tokens[n.to - 1]!.end] === '+' && unitAfter(n) === undefined;
      // A value typed in a unit with ranges of its own ("glucose 52 mg/dL") is read against those only.
      const unit = unitAfter(n);
      const inUnit = m.value.ranges.filter((r) => r.unit !== undefined && r.unit === unit);
      const ranges = inUnit.length > 0 ? inUnit : m.value.ranges.filter((r) => r.unit === undefined);
      // "Cr 92 → 210", "creatinine 80 to 170": a later value after the first.
      const later = laterValue(n.to);
      const baseline = baselineAfter(n.to);
      const past = grade
        ? undefined
        : ranges.find((r) =>
            r.side === 'below'
              ? n.value < r.value
              : r.side === 'above'
                ? n.value > r.value
                : (later !== undefined && later >= n.value * r.value) || (baseline !== undefined && n.value >= baseline * r.value),
          );
      const condition = past?.condition;
      const rise = later !== undefined ? later / n.value : baseline !== undefined ? n.value / baseline : undefined;
      findings.push({
        text: text.slice(tokens[m.from]!.start, tokens[n.to - 1]!.end),
        terms: m.value.terms,
        // (A facet's condition is no condition the value names: "LVEF 62%" beside a valve is a measurement.)
        ...(condition && !past.qualifier ? { condition } : {}),
        ...(grade ? {} : { value: n.value }),
        ...(rise !== undefined && !grade && n.value > 0 ? { rise: Math.round(rise * 100) / 100 } : {}),
      });
      spans.push([m.from, n.to]);
      if (condition) conditions.push({ name: condition, from: m.from, to: n.to, urgent: past.urgent, qualifier: past.qualifier });
    }
    tokens.forEach((t, i) => {
      // (A number with decimals is no age: "my 18 month old is 39.4 tonight" gives her temperature.)
      const decimal = /^\d+$/.test(t.text) && /^[.,]\d/.test(text.slice(t.end));
      const age = decimal ? undefined : this.#age(tokens, i);
      if (age) {
        findings.push({
          text: text.slice(t.start, tokens[age.to - 1]!.end),
          terms: ageBands.find((b) => age.years < b.under)!.terms,
          value: age.years,
          group: true,
          ...(age.sex ? { sex: age.sex } : {}),
        });
        spans.push([i, age.to]);
      }
      if (
        /^\d+$/.test(t.text) &&
        /^(weeks?|wks?)$/.test(tokens[i + 1]?.folded ?? '') &&
        /^(pregnant|gestation|pregnancy)$/.test(tokens[i + 2]?.folded ?? '')
      ) {
        findings.push({ text: text.slice(t.start, tokens[i + 2]!.end), terms: ['pregnancy', 'pregnant'], group: true });
        spans.push([i, i + 3]);
      }
      // "6 wk postpartum", "10 days postnatal": the weeks after a birth.
      if (
        /^\d+$/.test(t.text) &&
        /^(weeks?|wks?|days?|months?)$/.test(tokens[i + 1]?.folded ?? '') &&
        /^(postpartum|postnatal|pp)$/.test(tokens[i + 2]?.folded ?? '')
      ) {
        findings.push({ text: text.slice(t.start, tokens[i + 2]!.end), terms: ['postnatal', 'postpartum'], group: true });
        spans.push([i, i + 3]);
      }
      // "gave birth 3 weeks ago", "had our baby 10 weeks ago", "delivered 5 days ago": the weeks after a birth too.
      if (
        /^\d+$/.test(t.text) &&
        /^(weeks?|wks?|days?|months?)$/.test(tokens[i + 1]?.folded ?? '') &&
        tokens[i + 2]?.folded === 'ago' &&
        birthWords(tokens.slice(Math.max(0, i - 4), i).map((w) => w.folded))
      ) {
        findings.push({ text: text.slice(t.start, tokens[i + 2]!.end), terms: ['postnatal', 'postpartum'], group: true });
        spans.push([i, i + 3]);
      }
      // Obstetric shorthand: "12/40" is 12 weeks of a 40-week pregnancy; "35+2" is 35 weeks and 2 days.
      const next = tokens[i + 1];
      const weeksAndDays =
        /^\d{1,2}$/.test(t.text) &&
        Number(t.text) >= 4 &&
        /^[0-6]$/.test(next?.text ?? '') &&
        text.slice(t.end, next!.start) === '+' &&
        !/^\d/.test(text.slice(next!.end, next!.end + 1));
      if (
        weeksAndDays ||
        (/^\d{1,2}$/.test(t.text) && Number(t.text) <= 42 && next?.text === '40' && text.slice(t.end, next.start) === '/')
      ) {
        findings.push({ text: text.slice(t.start, next!.end), terms: ['pregnancy', 'pregnant'], group: true });
        spans.push([i, i + 2]);
      }
    });
    return { findings, conditions, spans };
  }

  /** "82F", "72M", "45yo", "16 yo", "4 y/o", "2 yr old", "3 month old", "68 year old". */
  #age(tokens: Token[], i: number): { years: number; to: number; sex?: Sex } | undefined {
    const t = tokens[i]!;
    const compact = /^(\d{1,3})(m|f|yo|y)$/i.exec(t.text);
    // "10y" opens a vignette as an age; later ("on metformin 10y") it is how long something has gone on.
    const letter = compact?.[2]!.toLowerCase();
    if (compact && Number(compact[1]) <= 110 && (letter !== 'y' || i <= 2))
      return { years: Number(compact[1]), to: i + 1, ...(letter === 'm' ? { sex: 'male' } : letter === 'f' ? { sex: 'female' } : {}) };
    // "5mo", "7mo", "10mth" opening a vignette: an infant's age in months.
    const months = /^(\d{1,2})(mo|mos|mth|mths)$/i.exec(t.text);
    if (months && i <= 2) return { years: Number(months[1]) / 12, to: i + 1 };
    // "the dose for an adult": no age given, but no child's either (the youngest adult stands for it).
    if (t.folded === 'adult' && tokens[i - 1]?.folded === 'an') return { years: adultFrom, to: i + 1 };
    if (!/^\d{1,3}$/.test(t.text)) return undefined;
    const unit = tokens[i + 1]?.folded ?? '';
    const next = tokens[i + 2]?.folded ?? '';
    // "my dad is 82", "my son is 4", "I'm 66": a person's age said plainly (not "my sugar is 8", nor "she is
    // 5 weeks", nor "I'm 28 weeks").
    const before = tokens[i - 1]?.folded;
    const selfSaid = before === 'im' || ((before === 'am' || before === 'm') && tokens[i - 2]?.folded === 'i');
    if (
      (selfSaid || (i >= 2 && before === 'is' && people.has(tokens[i - 2]!.folded))) &&
      Number(t.text) <= 110 &&
      !/^(weeks?|wks?|months?|days?|kg|st|stone|lbs?|cm|ft|foot|feet)$/.test(unit)
    )
      return { years: Number(t.text), to: i + 1 };
    const old = next === 'old';
    // ("4 y/o", "72 y.o.": the abbreviation of "years old".)
    if (unit === 'y' && next === 'o') return { years: Number(t.text), to: i + 3 };
    if (/^(yo|yrs?|years?)$/.test(unit) && (unit === 'yo' || old)) return { years: Number(t.text), to: i + (unit === 'yo' ? 2 : 3) };
    const perYear = /^(months?|mo|mos|mths?)$/.test(unit) ? 12 : /^(weeks?|wks?)$/.test(unit) ? 52 : /^days?$/.test(unit) ? 365 : 0;
    // ("day 2 post op", "week 3 of treatment": a day or week counted from an event, not an age.)
    if (perYear === 0 || /^\d+$/.test(next)) return undefined;
    if (old) return { years: Number(t.text) / perYear, to: i + 3 };
    // "18 mo, bilateral AOM", "baby 7 months": opening a vignette, months or weeks are an infant's age (not
    // "7 months pregnant", "6 weeks postpartum", "2 weeks ago").
    // (Not after another number: "42F, 8 wk symmetrical swelling" is how long, the age came first.)
    // (Nor "I'm 28 weeks": she is pregnant.)
    // (Nor after "with" or "for": "woman with 2 days dysuria" says how long.)
    // (Nor after a word that is no person: "fever 3 days, cough" says how long the fever has lasted.)
    // (…or right after the person it is the age of, wherever the vignette opens: "looking after my grandson 18
    // months, vomiting…"; not past a comma, "I have a toddler, 22 months, who may…", which may say how long.)
    if (
      (i <= 2 || (people.has(before ?? '') && tokens[i]!.start - tokens[i - 1]!.end <= 1)) &&
      !selfSaid &&
      (i === 0 || people.has(before ?? '') || infantWords.has(before ?? '')) &&
      !tokens.slice(0, i).some((x) => /\d/.test(x.text)) &&
      !/^(pregnant|pregnancy|gestation|postpartum|postnatal|pp|ago|of|after|since|later|before|in|into|on|course)$/.test(next)
    )
      return { years: Number(t.text) / perYear, to: i + 2 };
    return undefined;
  }
}
