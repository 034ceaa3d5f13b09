/*
 * Reads the interchange JSON Lines format (../shared/data/README.md): one document a line with
 * sections whose bodies are text, HTML or Markdown. Every line is validated; the first bad one is
 * reported with its file and line number.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { MalformedInputError } from '../errors.ts';
import { sourceTypes } from '../types.ts';
import { htmlToBlocks } from './text/html.ts';
import { markdownToBlocks } from './text/markdown.ts';
import { blocksToPassages } from './text/passages.ts';
import type { ClinicalDocument } from '../types.ts';

const sectionSchema = z
  .object({
    heading: z.string(),
    text: z.string().optional(),
    html: z.string().optional(),
    markdown: z.string().optional(),
  })
  .refine((s) => [s.text, s.html, s.markdown].filter((b) => b !== undefined).length === 1, {
    message: 'each section needs exactly one of "text", "html" or "markdown"',
  });

const recordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  title: z.string().min(1),
  type: z.enum(sourceTypes),
  sections: z.array(sectionSchema),
  organization: z.string().nullish(),
  journal: z.string().nullish(),
  year: z.union([z.number().int(), z.string().regex(/^\d{4}$/).transform(Number)]).nullish(),
  citation: z.string().nullish(),
  url: z.string().nullish(),
  pmid: z.union([z.string(), z.number()]).transform(String).nullish(),
  doi: z.string().nullish(),
  mesh: z.array(z.string()).nullish(),
});

/** Parse one interchange line into a document; `line` is 1-based, for messages. */
export function parseInterchangeLine(file: string, line: number, text: string): ClinicalDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new MalformedInputError(file, line, `invalid JSON (${(err as Error).message})`);
  }
  const parsed = recordSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'record';
    throw new MalformedInputError(file, line, `invalid interchange record, field "${field}": ${issue.message}`);
  }
  const r = parsed.data;
  const sections = r.sections.flatMap((s, index) => {
    const blocks = s.html !== undefined ? htmlToBlocks(s.html) : s.markdown !== undefined ? markdownToBlocks(s.markdown) : [s.text!];
    const passages = blocksToPassages(blocks);
    if (passages.length === 0) return [];
    return [{ heading: s.heading.trim() || `Section ${index + 1}`, statements: passages.map((text) => ({ text, citations: [r.id], children: [] })) }];
  });
  return {
    id: r.id,
    kind: 'literature',
    title: r.title.trim(),
    aliases: [],
    sources: [
      {
        id: r.id,
        type: r.type,
        title: r.title.trim(),
        year: r.year ?? null,
        ...(r.organization ? { organization: r.organization } : {}),
        ...(r.journal ? { journal: r.journal } : {}),
        ...(r.pmid ? { pmid: r.pmid } : {}),
        ...(r.doi ? { doi: r.doi } : {}),
        ...(r.url ? { url: r.url } : {}),
      },
    ],
    sections,
    origin: `${file}:${line}`,
  };
}

/** Read every document of a JSON Lines file; blank lines are allowed, anything else must be valid. */
export async function* readInterchangeFile(file: string): AsyncGenerator<ClinicalDocument> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === '') continue;
    yield parseInterchangeLine(file, n, text);
  }
}
