/*
 * Turns a document into what the store writes: its content hash (to skip unchanged documents) and
 * its passages. Pure, so the parsing worker can do it off the writing thread.
 */
import { createHash } from 'node:crypto';
import type { ClinicalDocument } from '../types.ts';
import type { PassageInput } from '../store/index.ts';

export function contentHash(doc: ClinicalDocument): string {
  const { origin: _origin, ...content } = doc;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

/** One passage per top-level statement, numbered in document order. */
export function documentPassages(doc: ClinicalDocument): PassageInput[] {
  const passages: PassageInput[] = [];
  doc.sections.forEach((section, sectionOrdinal) => {
    for (const s of section.statements) {
      const p: PassageInput = {
        ordinal: passages.length,
        section: section.heading,
        sectionOrdinal,
        text: s.text,
        children: s.children,
        citations: s.citations,
      };
      if (s.lay !== undefined) p.lay = s.lay;
      if (s.locators !== undefined) p.locators = s.locators;
      if (s.strength !== undefined) p.strength = s.strength;
      if (s.evidence !== undefined) p.evidence = s.evidence;
      if (s.status !== undefined) p.status = s.status;
      passages.push(p);
    }
  });
  return passages;
}
