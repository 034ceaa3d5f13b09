/*
 * Parses one bundled-library file (Markdown with YAML front matter, see docs/library-format.md) into a
 * ClinicalDocument, collecting every problem with its line instead of stopping at the first.
 */
import { basename } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'zod';
import { locatorProblem, splitCitation } from './locator.ts';
import { sourceTypes } from '../../types.ts';
import type { CitationLocator, ClinicalDocument, DocumentSection, Source, SourceType, Statement } from '../../types.ts';

export interface LibraryProblem {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ParsedLibraryFile {
  document: ClinicalDocument | null;
  problems: LibraryProblem[];
  /** Line of each statement, for cross-file checks that point back to the text. */
  statementLines: Map<Statement, number>;
  /** Line of each entry of the name lists (`aliases`, `broader`, `ingredients`, `excludes`), by index. */
  nameLines: Record<NameField, number[]>;
  /** Line of each source's key in the front matter, by (local) citation key. */
  sourceLines: Map<string, number>;
  /** Line of the `reviewed` field. */
  reviewedLine: number;
}

/** The front-matter lists of names a question may use (or, for `excludes`, must not be answered with). */
export const nameFields = ['aliases', 'broader', 'ingredients', 'excludes'] as const;
export type NameField = (typeof nameFields)[number];

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const keyPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const maxStatementWords = 60;

const sourceSchema = z
  .object({
    type: z.enum(sourceTypes),
    title: z.string().min(3),
    organization: z.string().min(2).optional(),
    journal: z.string().min(2).optional(),
    year: z.number().int().min(1900).max(2100),
    pmid: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d{1,9}$/)).optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/).optional(),
    url: z.string().url().optional(),
    revised: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)).pipe(
      z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, 'must be a date YYYY-MM or YYYY-MM-DD'),
    ).optional(),
  })
  .strict()
  .refine((s) => s.organization !== undefined || s.journal !== undefined, {
    message: 'needs an organization or a journal',
  });

const nameSchema = z.union([z.string(), z.number()]).transform(String);

const frontMatterSchema = z
  .object({
    id: z.string().regex(idPattern, 'must be lower-case words joined by "-"'),
    kind: z.enum(['topic', 'drug']),
    title: z.string().min(2),
    aliases: z.array(nameSchema),
    broader: z.array(nameSchema).optional(),
    ingredients: z.array(nameSchema).optional(),
    excludes: z.array(nameSchema).optional(),
    specialty: z.string().min(2),
    reviewed: z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)).pipe(
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    ),
    drugClass: z.string().optional(),
    sources: z.record(z.string(), z.unknown()),
  })
  .strict();

const statementLine = /^(?<text>.*?)\s*\[(?<keys>[^\]]+)\]\s*(?:\{(?<attrs>[^}]*)\})?\s*$/;
const attributeValues: Record<string, readonly string[]> = {
  strength: ['strong', 'conditional', 'expert-opinion'],
  evidence: ['high', 'moderate', 'low', 'very-low'],
  status: ['current', 'superseded', 'withdrawn'],
};

/** Parse the text of one library file; `file` is the path used in messages. */
export function parseLibraryFile(file: string, text: string, today = new Date()): ParsedLibraryFile {
  const problems: LibraryProblem[] = [];
  const statementLines = new Map<Statement, number>();
  const nameLines: Record<NameField, number[]> = { aliases: [], broader: [], ingredients: [], excludes: [] };
  const sourceLines = new Map<string, number>();
  let reviewedLine = 2;
  const error = (line: number, message: string) => problems.push({ file, line, message, severity: 'error' });
  const warn = (line: number, message: string) => problems.push({ file, line, message, severity: 'warning' });

  const lines = text.split(/\r?\n/);
  if (lines[0] !== '---') {
    error(1, 'file must start with a "---" front-matter line');
    return { document: null, problems, statementLines, nameLines, sourceLines, reviewedLine };
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    error(1, 'front matter is not closed by a "---" line');
    return { document: null, problems, statementLines, nameLines, sourceLines, reviewedLine };
  }

  // Front matter: YAML positions are offsets into the block, which starts on line 2 of the file.
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const yamlDoc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line + 1);
  for (const e of yamlDoc.errors) error(lineOf(e.pos[0]), `front matter is not valid YAML: ${e.message.split('\n')[0]}`);
  if (yamlDoc.errors.length > 0) return { document: null, problems, statementLines, nameLines, sourceLines, reviewedLine };

  // The line of a field is the line of its key; a missing field points at the start of the block.
  const pathLine = (path: (string | number)[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth === 1 ? yamlDoc.contents : yamlDoc.getIn(path.slice(0, depth - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path[depth - 1]));
        const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
        if (range) return lineOf(range[0]);
      }
      const node = yamlDoc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineOf(node.range[0]);
    }
    return 2;
  };

  const front = frontMatterSchema.safeParse(yamlDoc.toJS());
  if (!front.success) {
    for (const issue of front.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const field = path.length > 0 ? path.join('.') : 'front matter';
      error(pathLine(path), `front-matter field "${field}": ${issue.message}`);
    }
    return { document: null, problems, statementLines, nameLines, sourceLines, reviewedLine };
  }
  const meta = front.data;
  const expectedName = `${meta.id}.md`;
  if (basename(file) !== expectedName) error(pathLine(['id']), `id "${meta.id}" does not match the file name (expected ${expectedName})`);
  if (meta.drugClass !== undefined && meta.kind !== 'drug') error(pathLine(['drugClass']), 'drugClass is only for drugs');
  const todayText = today.toISOString().slice(0, 10);
  reviewedLine = pathLine(['reviewed']);
  if (!isRealDate(meta.reviewed)) error(reviewedLine, `reviewed "${meta.reviewed}" is not a real date`);
  else if (meta.reviewed > todayText) error(reviewedLine, `reviewed date ${meta.reviewed} is in the future`);

  const sources: Source[] = [];
  const sourceTypeOf = new Map<string, SourceType>();
  const sourcesNode = yamlDoc.get('sources', true);
  if (!isMap(sourcesNode) || sourcesNode.items.length === 0) error(pathLine(['sources']), 'sources must define at least one source');
  for (const [key, value] of Object.entries(meta.sources)) {
    const line = pathLine(['sources', key]);
    sourceLines.set(key, line);
    if (!keyPattern.test(key)) error(line, `citation key "${key}" must be lower-case letters, digits and "-"`);
    const parsed = sourceSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const sub = issue.path.map(String);
        const field = ['sources', key, ...sub].join('.');
        const message = sub[0] === 'type' ? `unknown source type "${String((value as { type?: unknown }).type)}"` : issue.message;
        error(pathLine(['sources', key, ...sub]), `source field "${field}": ${message}`);
      }
      continue;
    }
    const s = parsed.data;
    sourceTypeOf.set(key, s.type);
    // A drug label carries its revision date (a warning until every label has one); no other source does.
    if (s.revised !== undefined) {
      const revisedLine = pathLine(['sources', key, 'revised']);
      if (s.type !== 'drug-label') error(revisedLine, `source "${key}": revised is only for drug labels (this source is a ${s.type})`);
      else if (!isRealDate(s.revised)) error(revisedLine, `source "${key}": revised "${s.revised}" is not a real date`);
      else if (s.revised > todayText.slice(0, s.revised.length)) error(revisedLine, `source "${key}": revised date ${s.revised} is in the future`);
      else if (Number(s.revised.slice(0, 4)) !== s.year) warn(revisedLine, `source "${key}": revised ${s.revised} but year ${s.year}; a label's year is the year of its revision`);
    } else if (s.type === 'drug-label') {
      warn(line, `drug label "${key}" has no revised date; add "revised: YYYY-MM" as printed on the label`);
    }
    sources.push({
      id: key,
      type: s.type,
      title: s.title,
      year: s.year,
      ...(s.organization !== undefined && { organization: s.organization }),
      ...(s.journal !== undefined && { journal: s.journal }),
      ...(s.pmid !== undefined && { pmid: s.pmid }),
      ...(s.doi !== undefined && { doi: s.doi }),
      ...(s.url !== undefined && { url: s.url }),
      ...(s.revised !== undefined && { revised: s.revised }),
    });
  }
  // Names: every entry on its own line number (a flow list shares its key's line).
  const names: Record<NameField, string[]> = {
    aliases: meta.aliases.map((a) => a.trim()),
    broader: (meta.broader ?? []).map((a) => a.trim()),
    ingredients: (meta.ingredients ?? []).map((a) => a.trim()),
    excludes: (meta.excludes ?? []).map((a) => a.trim()),
  };
  for (const field of nameFields) {
    names[field].forEach((name, i) => {
      const node = yamlDoc.getIn([field, i], true) as { range?: [number, number, number] } | undefined;
      const line = node?.range ? lineOf(node.range[0]) : pathLine([field]);
      nameLines[field].push(line);
      if (name === '') error(line, `${field} must not be empty strings`);
    });
  }
  if (meta.ingredients !== undefined && meta.kind !== 'drug') error(pathLine(['ingredients']), 'ingredients is only for drugs (the components of a combination product)');
  if (meta.broader !== undefined && meta.kind !== 'topic') error(pathLine(['broader']), 'broader is only for topics');
  // One name, one role: a name listed twice in this file's lists, or excluded while also a name of the file.
  const roleOf = new Map<string, NameField>();
  for (const field of ['aliases', 'broader', 'ingredients'] as const) {
    names[field].forEach((name, i) => {
      const key = normaliseName(name);
      const earlier = roleOf.get(key);
      if (earlier !== undefined && earlier !== field) error(nameLines[field][i]!, `"${name}" is listed in both ${earlier} and ${field}`);
      else roleOf.set(key, field);
    });
  }
  const ownNames = new Set([meta.id, meta.title, ...roleOf.keys()].map(normaliseName));
  names.excludes.forEach((name, i) => {
    if (name !== '' && ownNames.has(normaliseName(name))) error(nameLines.excludes[i]!, `excludes "${name}", which is a name of this file`);
  });

  // Body.
  const sections: DocumentSection[] = [];
  const cited = new Set<string>();
  const headingLines = new Map<DocumentSection, number>();
  let current: DocumentSection | undefined;
  let lastTop: Statement | undefined;
  for (let i = end + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    if (raw.trim() === '' || /^\s*<!--.*-->\s*$/.test(raw)) continue;
    const heading = /^## (\S.*)$/.exec(raw);
    if (heading) {
      current = { heading: heading[1]!.trim(), statements: [] };
      sections.push(current);
      headingLines.set(current, line);
      lastTop = undefined;
      continue;
    }
    const bullet = /^( {0,2})- (.*)$/.exec(raw);
    if (!bullet) {
      error(line, 'line is not allowed in the body (use "## Heading", "- statement [key]" or "  - qualifier [key]")');
      continue;
    }
    if (!current) {
      error(line, 'statement appears before the first "## " section heading');
      continue;
    }
    const nested = bullet[1]!.length === 2;
    const body = bullet[2]!.trim();
    if (nested && !lastTop) {
      error(line, 'nested bullet has no statement above it');
      continue;
    }
    const lay = /^lay:\s*(.*)$/.exec(body);
    if (lay) {
      if (!nested) error(line, '"lay:" must be a nested bullet under the statement it rewords');
      else if (lay[1]!.trim() === '') error(line, '"lay:" text is empty');
      else if (lastTop!.lay !== undefined) error(line, 'statement already has a "lay:" variant');
      else lastTop!.lay = lay[1]!.trim();
      continue;
    }
    const match = statementLine.exec(body);
    if (!match?.groups) {
      error(line, 'statement has no citation (end it with [source-key])');
      continue;
    }
    const textPart = match.groups.text!.trim();
    if (textPart === '') {
      error(line, 'statement has no text before its citation');
      continue;
    }
    const words = textPart.split(/\s+/).length;
    if (words > maxStatementWords) error(line, `statement has ${words} words; keep it under ${maxStatementWords} (one fact a bullet)`);
    const written = match.groups.keys!.split(/[;,]/).map((k) => k.trim()).filter(Boolean).map(splitCitation);
    if (written.length === 0) error(line, 'statement has an empty citation');
    const keys: string[] = [];
    const locators: CitationLocator[] = [];
    for (const { key, locator } of written) {
      if (!sourceLines.has(key)) error(line, `unknown source key "${key}"`);
      cited.add(key);
      if (!keys.includes(key)) keys.push(key);
      if (locator === undefined) continue;
      const type = sourceTypeOf.get(key);
      const why = type === undefined ? undefined : locatorProblem(locator, type);
      if (why) error(line, `citation "${key} ${locator}": ${why}`);
      else if (!locators.some((l) => l.key === key && l.locator === locator)) locators.push({ key, locator });
    }
    const statement: Statement = { text: textPart, citations: keys, ...(locators.length > 0 && { locators }), children: [] };
    for (const attr of (match.groups.attrs ?? '').split(';').map((a) => a.trim()).filter(Boolean)) {
      const [name, value] = attr.split(':').map((p) => p.trim());
      const allowed = name ? attributeValues[name] : undefined;
      if (!name || !value || !allowed) error(line, `unknown attribute "${attr}" (allowed: strength, evidence, status)`);
      else if (!allowed.includes(value)) error(line, `attribute ${name} has unknown value "${value}" (allowed: ${allowed.join(', ')})`);
      else (statement as unknown as Record<string, string>)[name] = value;
    }
    statementLines.set(statement, line);
    if (nested) lastTop!.children.push(statement);
    else {
      current.statements.push(statement);
      lastTop = statement;
    }
  }
  for (const section of sections) {
    if (section.statements.length === 0) error(headingLines.get(section) ?? end + 1, `section "${section.heading}" has no statements`);
  }
  if (sections.length === 0) error(end + 2, 'the body has no sections');
  for (const [key, line] of sourceLines) {
    if (!cited.has(key)) error(line, `source "${key}" is not cited by any statement`);
  }

  const document: ClinicalDocument = {
    id: meta.id,
    kind: meta.kind,
    title: meta.title,
    aliases: names.aliases,
    ...(names.broader.length > 0 && { broader: names.broader }),
    ...(names.ingredients.length > 0 && { ingredients: names.ingredients }),
    ...(names.excludes.length > 0 && { excludes: names.excludes }),
    specialty: meta.specialty,
    reviewed: meta.reviewed,
    sources,
    sections,
    origin: file,
  };
  return { document, problems, statementLines, nameLines, sourceLines, reviewedLine };
}

/** A `YYYY-MM-DD` or `YYYY-MM` date that exists on the calendar. */
function isRealDate(text: string): boolean {
  const full = text.length === 7 ? `${text}-01` : text;
  const time = Date.parse(`${full}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === full;
}

/** A name as compared across the library: trimmed, lower-case, single spaces. */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}
