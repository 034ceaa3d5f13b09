/*
 * Citation locators: where in a source a statement stands. A citation inside the brackets is a key,
 * optionally followed by a locator (`[nice-ng136 §1.4.2; fda-eliquis 2.2 Dosage and administration]`).
 * A drug label's locator names one of the label's standard sections; any other source's locator is a
 * section, recommendation, table, figure, box, appendix or page. The grammar is in docs/library-format.md.
 */
import type { SourceType } from '../../types.ts';

/** One citation as written: the source key and, when given, the locator after it. */
export interface WrittenCitation {
  key: string;
  locator?: string;
}

/**
 * Split one citation ("nice-ng136 §1.4.2") into its key and locator (spaces inside the locator are
 * collapsed). The key is everything up to the first space.
 */
export function splitCitation(written: string): WrittenCitation {
  const text = written.trim().replace(/\s+/g, ' ');
  const space = text.indexOf(' ');
  if (space < 0) return { key: text };
  return { key: text.slice(0, space), locator: text.slice(space + 1) };
}

/** The sections of a US prescribing information (21 CFR 201.57), by number. */
export const usLabelSections: Record<number, string> = {
  1: 'Indications and usage',
  2: 'Dosage and administration',
  3: 'Dosage forms and strengths',
  4: 'Contraindications',
  5: 'Warnings and precautions',
  6: 'Adverse reactions',
  7: 'Drug interactions',
  8: 'Use in specific populations',
  9: 'Drug abuse and dependence',
  10: 'Overdosage',
  11: 'Description',
  12: 'Clinical pharmacology',
  13: 'Nonclinical toxicology',
  14: 'Clinical studies',
  15: 'References',
  16: 'How supplied/storage and handling',
  17: 'Patient counseling information',
};

/** Subsections whose names the US format fixes, so they may be named instead of their section. */
const usLabelSubsections: Record<string, string> = {
  '8.1': 'Pregnancy',
  '8.2': 'Lactation',
  '8.3': 'Females and males of reproductive potential',
  '8.4': 'Pediatric use',
  '8.5': 'Geriatric use',
  '12.1': 'Mechanism of action',
  '12.2': 'Pharmacodynamics',
  '12.3': 'Pharmacokinetics',
};

/** The sections of a UK or EU summary of product characteristics (the EMA QRD template), by number. */
export const smpcSections: Record<string, string> = {
  '4': 'Clinical particulars',
  '4.1': 'Therapeutic indications',
  '4.2': 'Posology and method of administration',
  '4.3': 'Contraindications',
  '4.4': 'Special warnings and precautions for use',
  '4.5': 'Interaction with other medicinal products and other forms of interaction',
  '4.6': 'Fertility, pregnancy and lactation',
  '4.7': 'Effects on ability to drive and use machines',
  '4.8': 'Undesirable effects',
  '4.9': 'Overdose',
  '5': 'Pharmacological properties',
  '5.1': 'Pharmacodynamic properties',
  '5.2': 'Pharmacokinetic properties',
  '5.3': 'Preclinical safety data',
  '6': 'Pharmaceutical particulars',
};

/** Sections named without a number: the boxed warning, and the headings of labels in the older US format. */
const unnumberedLabelSections = ['Boxed warning', 'Warnings', 'Precautions', 'Dosage and administration', 'Indications and usage', 'Contraindications', 'Adverse reactions', 'Overdosage', 'How supplied', 'Clinical pharmacology', 'Drug interactions'];

// Commas are left out: a citation list is split at them, so "4.6 Fertility pregnancy and lactation" is written.
const normalise = (name: string) => name.toLowerCase().replace(/,/g, '').replace(/&/g, 'and').replace(/counselling/g, 'counseling').replace(/[.\s]+$/, '').replace(/\s+/g, ' ');

const anyLabelName = new Set([...Object.values(usLabelSections), ...Object.values(usLabelSubsections), ...Object.values(smpcSections), ...unnumberedLabelSections].map(normalise));

/** A numbered place: "1.4.2", "12a", "S2", "A1", or one capital letter (an appendix); a range joins two. */
const ident = String.raw`(?:[A-Za-z]?\d+(?:\.\d+)*[a-z]?|[A-Z])`;
const range = String.raw`${ident}(?:\s?[-–]\s?${ident})?`;
const page = String.raw`[a-z]?\d+(?:\s?[-–]\s?[a-z]?\d+)?`;
/** The parts a general locator is made of, each anchored at the start of what is left. */
const locatorParts: RegExp[] = [
  new RegExp(String.raw`^§\s?${range}`),
  new RegExp(String.raw`^section ${range}`, 'i'),
  new RegExp(String.raw`^(?:rec|recommendation) ${range}`, 'i'),
  new RegExp(String.raw`^(?:table|figure|box|appendix) ${range}`, 'i'),
  new RegExp(String.raw`^(?:p|pp)\.? ${page}`, 'i'),
];

/**
 * Why a locator is not valid for a source of this type, or undefined when it is. A drug label's locator
 * names a standard section; any other locator is one or more of `§1.4.2`, `section 3`, `rec 1.4.2`,
 * `table 2`, `figure 1`, `box 3`, `appendix B`, `p 12`, `pp 12-14`, separated by spaces.
 */
export function locatorProblem(locator: string, type: SourceType): string | undefined {
  return type === 'drug-label' ? labelLocatorProblem(locator) : generalLocatorProblem(locator);
}

function generalLocatorProblem(locator: string): string | undefined {
  let rest = locator.trim();
  while (rest !== '') {
    const part = locatorParts.map((re) => re.exec(rest)).find((m) => m !== null);
    if (!part || (rest.length > part[0].length && rest[part[0].length] !== ' ')) {
      return `locator "${locator}" is not a recognisable place in the source (write §1.4.2, section 3, rec 1.4.2, table 2, figure 1, box 3, appendix B, p 12 or pp 12-14)`;
    }
    rest = rest.slice(part[0].length).trim();
  }
  return undefined;
}

function labelLocatorProblem(locator: string): string | undefined {
  const numbered = /^(\d+(?:\.\d+)*)(?:\s+(.*))?$/.exec(locator.trim());
  if (!numbered) {
    if (anyLabelName.has(normalise(locator))) return undefined;
    return `drug-label locator "${locator}" does not name a standard label section (e.g. "2 Dosage and administration", "4.2 Posology and method of administration", "Boxed warning")`;
  }
  const number = numbered[1]!;
  const name = numbered[2];
  const top = Number(number.split('.')[0]);
  const us = usLabelSections[top];
  const smpc = smpcSections[number.split('.').slice(0, 2).join('.')];
  const expected = [us && `US label: "${number} ${us}"`, smpc && `SmPC: "${number} ${smpc}"`].filter(Boolean).join(' or ');
  if (!us && !smpc) return `drug-label locator "${locator}": ${number} is not a standard label section (US labels number them 1 to 17)`;
  if (name === undefined) return `drug-label locator "${locator}" must name its standard section: write ${expected}`;
  const given = normalise(name);
  const fits = [us, usLabelSubsections[number], smpc].some((n) => n !== undefined && normalise(n) === given);
  return fits ? undefined : `drug-label locator "${locator}": section ${number} is not "${name}" (${expected})`;
}
