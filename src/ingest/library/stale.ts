/*
 * Freshness of the bundled library, behind `evidentia library stale`: sources older than a given age
 * (a drug label by its revision date, any other source by its year) and files whose `reviewed` date is
 * older than another, each with the file and line to change.
 */
import { MalformedInputError } from '../../errors.ts';
import { parseLibraryFile } from './parse.ts';
import { listLibraryFiles, readUtf8 } from './read.ts';
import type { SourceType, Statement } from '../../types.ts';

/** Default ages, in years. */
export const defaultStaleness = {
  /** Five years: a common rule of thumb for when a guideline or label needs checking for an update. */
  sourceYears: 5,
  /** Three years: the review interval that health-information standards such as the PIF TICK ask for. */
  reviewedYears: 3,
};

export interface StaleOptions {
  today?: Date;
  sourceYears?: number;
  reviewedYears?: number;
}

export interface StaleSource {
  file: string;
  line: number;
  key: string;
  type: SourceType;
  title: string;
  /** The date its age is counted from, as written: the label's `revised` date, else the year. */
  dated: string;
  ageYears: number;
  /** How many statements (qualifiers included) cite it. */
  citedBy: number;
}

export interface StaleFile {
  file: string;
  line: number;
  id: string;
  reviewed: string;
  ageYears: number;
}

export interface StaleReport {
  today: string;
  sourceYears: number;
  reviewedYears: number;
  sources: StaleSource[];
  files: StaleFile[];
}

/**
 * Sources older than `sourceYears` and files reviewed more than `reviewedYears` ago, under `root`.
 * A date given only as a year counts from its last day, and a month from the month's last day, so
 * only sources surely past the age are listed. Files that do not parse are left to `library check`.
 */
export function findStale(root: string, options: StaleOptions = {}): StaleReport {
  const today = options.today ?? new Date();
  const sourceYears = options.sourceYears ?? defaultStaleness.sourceYears;
  const reviewedYears = options.reviewedYears ?? defaultStaleness.reviewedYears;
  const sources: StaleSource[] = [];
  const files: StaleFile[] = [];
  for (const file of listLibraryFiles([root])) {
    let parsed;
    try {
      parsed = parseLibraryFile(file, readUtf8(file), today);
    } catch (err) {
      if (err instanceof MalformedInputError) continue;
      throw err;
    }
    const doc = parsed.document;
    if (!doc) continue;
    const citedBy = new Map<string, number>();
    const count = (s: Statement) => {
      for (const key of s.citations) citedBy.set(key, (citedBy.get(key) ?? 0) + 1);
      s.children.forEach(count);
    };
    for (const section of doc.sections) section.statements.forEach(count);
    for (const source of doc.sources) {
      const dated = source.revised ?? (source.year === null ? undefined : String(source.year));
      if (dated === undefined) continue;
      const age = yearsBetween(endOf(dated), today);
      if (age > sourceYears) {
        sources.push({ file, line: parsed.sourceLines.get(source.id) ?? 2, key: source.id, type: source.type, title: source.title, dated, ageYears: round(age), citedBy: citedBy.get(source.id) ?? 0 });
      }
    }
    const reviewedAge = doc.reviewed ? yearsBetween(endOf(doc.reviewed), today) : 0;
    if (doc.reviewed && reviewedAge > reviewedYears) files.push({ file, line: parsed.reviewedLine, id: doc.id, reviewed: doc.reviewed, ageYears: round(reviewedAge) });
  }
  sources.sort((a, b) => b.ageYears - a.ageYears || a.file.localeCompare(b.file) || a.line - b.line);
  files.sort((a, b) => b.ageYears - a.ageYears || a.file.localeCompare(b.file));
  return { today: today.toISOString().slice(0, 10), sourceYears, reviewedYears, sources, files };
}

/** The last moment a date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` can stand for. */
function endOf(dated: string): Date {
  const [year, month, day] = dated.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return new Date(Date.UTC(year + 1, 0, 1) - 1);
  if (day === undefined) return new Date(Date.UTC(year, month, 1) - 1);
  return new Date(Date.UTC(year, month - 1, day + 1) - 1);
}

const msPerYear = 365.25 * 24 * 3600 * 1000;
const yearsBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / msPerYear;
const round = (years: number) => Math.floor(years * 10) / 10;
