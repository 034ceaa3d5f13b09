/*
 * Loads library files for the store: parses each one, refuses any with errors (naming file and line),
 * and makes citation keys global ("topic-id/key") so that keys stay local to their file.
 */
import { MalformedInputError } from '../../errors.ts';
import { parseLibraryFile } from './parse.ts';
import { readUtf8 } from './read.ts';
import type { ClinicalDocument, Statement } from '../../types.ts';

export function loadLibraryFile(file: string): ClinicalDocument {
  const { document, problems } = parseLibraryFile(file, readUtf8(file));
  const first = problems.find((p) => p.severity === 'error');
  if (first || !document) throw new MalformedInputError(file, first?.line, first?.message ?? 'library file could not be read');
  const globalKey = (key: string) => `${document.id}/${key}`;
  const globalise = (s: Statement): Statement => ({
    ...s,
    citations: s.citations.map(globalKey),
    ...(s.locators && { locators: s.locators.map((l) => ({ ...l, key: globalKey(l.key) })) }),
    children: s.children.map(globalise),
  });
  return {
    ...document,
    sources: document.sources.map((s) => ({ ...s, id: globalKey(s.id) })),
    sections: document.sections.map((section) => ({ ...section, statements: section.statements.map(globalise) })),
  };
}
