/*
 * Drafts and their sections: statements on their way into an answer (source ids not yet numbered),
 * grouped under headings, set side by side for comparisons, and merged where two say the same thing.
 */
import { isCautionary, isCautionHeading, isOverviewHeading, pitfallsHeading } from './outline.ts';
import { isNearDuplicate, isSameClaimDifferentFigures } from './similarity.ts';
import type { PassageHit } from '../store/index.ts';
import type { CitationLocator, Statement } from '../types.ts';

/** A statement on its way into the answer: source ids not yet numbered. */
export interface Draft {
  text: string;
  /** The drug or condition the statement is about, shown as a lead-in where it stands outside its document. */
  subject?: string;
  lay?: string;
  citations: string[];
  /** Where in its sources the statement stands (global source ids). */
  locators?: CitationLocator[];
  status?: Statement['status'];
  children: Draft[];
  /** Shown as "guidelines differ": this draft and its first child disagree on a figure. */
  conflict?: boolean;
}

export function citationsOf(p: { citations: string[]; children: Statement[] }): string[] {
  return [...p.citations, ...p.children.flatMap((c) => citationsOf(c))];
}

export function toDraft(s: {
  text: string;
  lay?: string;
  citations: string[];
  locators?: CitationLocator[];
  status?: Statement['status'];
  children: Statement[];
}): Draft {
  const draft: Draft = { text: s.text, citations: [...s.citations], children: s.children.map(toDraft) };
  if (s.locators && s.locators.length > 0) draft.locators = s.locators.map((l) => ({ ...l }));
  if (s.lay !== undefined) draft.lay = s.lay;
  if (s.status !== undefined && s.status !== 'current') draft.status = s.status;
  return draft;
}

/** Sections in document order (open searches: order of relevance), cautions gathered last. */
export function groupIntoSections(
  passages: PassageHit[],
  openSearch: boolean,
  quote: (p: PassageHit) => Draft,
  headingOf: (p: PassageHit, heading: string) => string = (_p, heading) => heading,
): { heading: string; drafts: Draft[] }[] {
  const byHeading = new Map<string, Draft[]>();
  const pitfalls: Draft[] = [];
  const ordered = openSearch ? passages : [...passages].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.ordinal - b.ordinal);
  // Keep the first focus document's sections first when a question names a topic and a drug.
  const firstDoc = passages[0]?.documentId;
  if (!openSearch) ordered.sort((a, b) => Number(b.documentId === firstDoc) - Number(a.documentId === firstDoc));
  for (const p of ordered) {
    const draft = quote(p);
    // A caution outside its own document names its subject, as the pitfalls section mixes documents.
    if (isCautionHeading(p.section) || isCautionary(p.text))
      pitfalls.push(headingOf(p, '') ? { ...draft, subject: p.documentTitle } : draft);
    else {
      const heading = headingOf(p, isOverviewHeading(p.section) ? 'Overview' : p.section);
      const list = byHeading.get(heading) ?? [];
      list.push(draft);
      byHeading.set(heading, list);
    }
  }
  const sections = [...byHeading].map(([heading, drafts]) => ({ heading, drafts }));
  if (pitfalls.length > 0) sections.push({ heading: pitfallsHeading, drafts: pitfalls });
  return sections;
}

/**
 * A comparison puts the same kind of section of each compared document next to each other:
 * "Dosing — Apixaban", "Dosing — Warfarin", then the next kind of section.
 */
export function sideBySide(
  passages: PassageHit[],
  documentIds: string[],
  quote: (p: PassageHit) => Draft,
): { heading: string; drafts: Draft[] }[] {
  const kinds: string[] = [];
  const byKey = new Map<string, Draft[]>();
  const titles = new Map(passages.map((p) => [p.documentId, p.documentTitle]));
  for (const p of [...passages].sort(
    (a, b) => documentIds.indexOf(a.documentId) - documentIds.indexOf(b.documentId) || a.ordinal - b.ordinal,
  )) {
    const kind = isCautionHeading(p.section) ? pitfallsHeading : p.section;
    if (!kinds.includes(kind)) kinds.push(kind);
    const key = `${kind}\u0000${p.documentId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), quote(p)]);
  }
  // Cautions close the article, as everywhere else.
  kinds.sort((a, b) => Number(a === pitfallsHeading) - Number(b === pitfallsHeading));
  return kinds.flatMap((kind) =>
    documentIds.flatMap((id) => {
      const drafts = byKey.get(`${kind}\u0000${id}`);
      return drafts ? [{ heading: `${kind} — ${titles.get(id) ?? id}`, drafts }] : [];
    }),
  );
}

/** The same fact twice keeps its first place and gains the other's citations. */
export function mergeNearDuplicates(
  sections: { heading: string; drafts: Draft[] }[],
  sourceRank: (d: Draft) => number,
  isGuideline: (d: Draft) => boolean,
): void {
  const kept: Draft[] = [];
  for (const section of sections) {
    section.drafts = section.drafts.filter((d) => {
      const twin = kept.find((k) => isNearDuplicate(k.text, d.text));
      if (twin) {
        for (const c of d.citations) if (!twin.citations.includes(c)) twin.citations.push(c);
        for (const l of d.locators ?? []) {
          if (!twin.locators?.some((t) => t.key === l.key && t.locator === l.locator)) twin.locators = [...(twin.locators ?? []), l];
        }
        return false;
      }
      // The same claim with other figures from other sources: shown together as a disagreement, the
      // stronger or newer source first, rather than as two unrelated statements.
      const rival = kept.find(
        (k) => !k.conflict && k.citations.every((c) => !d.citations.includes(c)) && isSameClaimDifferentFigures(k.text, d.text),
      );
      if (rival) {
        const [first, second] = sourceRank(d) < sourceRank(rival) ? [d, rival] : [rival, d];
        const label = isGuideline(first) && isGuideline(second) ? 'Guidelines differ' : 'Sources differ';
        const merged: Draft = {
          text: `${label}: ${first.text}`,
          citations: first.citations,
          conflict: true,
          children: [{ ...second, children: [] }, ...first.children],
        };
        const locators = first.locators;
        Object.assign(rival, merged);
        delete rival.lay;
        if (locators) rival.locators = locators;
        else delete rival.locators;
        return false;
      }
      kept.push(d);
      return true;
    });
  }
  for (let i = sections.length - 1; i >= 0; i--) if (sections[i]!.drafts.length === 0) sections.splice(i, 1);
}
