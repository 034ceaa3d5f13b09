/*
 * Reads the interchange JSON Lines format (../shared/data/README.md): one document a line with
 * sections whose bodies are text, HTML or Markdown. Every line is validated; the first bad one is
 * reported with its file and line number. Lines are read as bytes and held to the record limit: a line
 * over it is skipped (named, with its line number) without ever being held in memory whole.
 */
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { MalformedInputError } from '../errors.ts';
import { sourceTypes } from '../types.ts';
import { htmlToBlocks } from './text/html.ts';
import { markdownToBlocks } from './text/markdown.ts';
import { blocksToPassages } from './text/passages.ts';
import type { ClinicalDocument } from '../types.ts';
import type { IngestEvent } from './types.ts';
import { defaultLimits, formatBytes, recordTooLarge, tooManyPassages } from './limits.ts';
import type { ImportLimits } from './limits.ts';

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
  // Required, but a few published records carry an empty title: the first section heading stands in.
  title: z.string(),
  type: z.enum(sourceTypes),
  sections: z.array(sectionSchema),
  organization: z.string().nullish(),
  journal: z.string().nullish(),
  year: z
    .union([
      z.number().int(),
      z
        .string()
        .regex(/^\d{4}$/)
        .transform(Number),
    ])
    .nullish(),
  citation: z.string().nullish(),
  url: z.string().nullish(),
  pmid: z.union([z.string(), z.number()]).transform(String).nullish(),
  doi: z.string().nullish(),
  mesh: z.array(z.string()).nullish(),
});

/** Parse one interchange line into a document; `line` is 1-based, for messages. */
export function parseInterchangeLine(file: string, line: number, text: string, limits: ImportLimits = defaultLimits): ClinicalDocument {
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
  const firstHeading = r.sections.find((s) => s.heading.trim())?.heading.trim();
  const title = r.title.trim() || (firstHeading ? firstHeading.charAt(0).toUpperCase() + firstHeading.slice(1) : r.id);
  let count = 0;
  const sections = r.sections.flatMap((s, index) => {
    const blocks =
      s.html !== undefined ? htmlToBlocks(s.html, limits.htmlDepth) : s.markdown !== undefined ? markdownToBlocks(s.markdown) : [s.text!];
    const passages = blocksToPassages(blocks);
    count += passages.length;
    if (count > limits.passagesPerDocument) throw new MalformedInputError(file, line, tooManyPassages(limits, count));
    if (passages.length === 0) return [];
    return [
      {
        heading: s.heading.trim() || `Section ${index + 1}`,
        statements: passages.map((text) => ({ text, citations: [r.id], children: [] })),
      },
    ];
  });
  return {
    id: r.id,
    kind: 'literature',
    title,
    aliases: [],
    sources: [
      {
        id: r.id,
        type: r.type,
        title,
        year: r.year ?? null,
        ...(r.organization ? { organization: r.organization } : {}),
        ...(r.journal ? { journal: r.journal } : {}),
        ...(r.pmid ? { pmid: r.pmid } : {}),
        ...(r.doi ? { doi: r.doi } : {}),
        ...(r.url ? { url: r.url } : {}),
      },
    ],
    sections,
    ...(r.mesh && r.mesh.length > 0 ? { mesh: r.mesh } : {}),
    origin: `${file}:${line}`,
  };
}

/**
 * Read a JSON Lines file: each valid line is a document, each invalid one a skip naming its line.
 * Some published sets reuse an id across sub-collections (MedQuAD does): a repeated id within one file
 * becomes "ID~N", N its occurrence, so that every record is kept and re-imports stay idempotent.
 */
export async function* readInterchangeFile(file: string, limits: ImportLimits = defaultLimits): AsyncGenerator<IngestEvent> {
  const seen = new Map<string, number>();
  for await (const { line: n, text, bytes } of readLines(file, limits.recordBytes)) {
    if (text === undefined) {
      yield { kind: 'skip', error: new MalformedInputError(file, n, recordTooLarge(limits, formatBytes(bytes))) };
      continue;
    }
    if (text.trim() === '') continue;
    try {
      const document = parseInterchangeLine(file, n, text, limits);
      const occurrence = (seen.get(document.id) ?? 0) + 1;
      seen.set(document.id, occurrence);
      if (occurrence > 1) {
        const id = `${document.id}~${occurrence}`;
        const rename = (ids: string[]) => ids.map((c) => (c === document.id ? id : c));
        document.sources = document.sources.map((s) => ({ ...s, id }));
        document.sections = document.sections.map((s) => ({
          ...s,
          statements: s.statements.map((st) => ({ ...st, citations: rename(st.citations) })),
        }));
        document.id = id;
      }
      yield { kind: 'document', document };
    } catch (err) {
      if (!(err instanceof MalformedInputError)) throw err;
      yield { kind: 'skip', error: err };
    }
  }
}

/**
 * The lines of a file (1-based numbers, "\r\n" or "\n"), decoded as UTF-8. A line longer than `maxBytes`
 * comes back without its text, with its size: its bytes are counted and dropped as they stream past.
 */
export async function* readLines(
  file: string,
  maxBytes: number,
): AsyncGenerator<{ line: number; text: string | undefined; bytes: number }> {
  let parts: Buffer[] = [];
  let bytes = 0;
  let line = 1;
  const finish = () => {
    const over = bytes > maxBytes;
    const text = over ? undefined : Buffer.concat(parts, bytes).toString('utf8').replace(/\r$/, '');
    const result = { line, text, bytes };
    parts = [];
    bytes = 0;
    line++;
    return result;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(10, start);
      const piece = chunk.subarray(start, end === -1 ? chunk.length : end);
      if (bytes + piece.length <= maxBytes) parts.push(piece);
      else parts = [];
      bytes += piece.length;
      if (end === -1) break;
      yield finish();
      start = end + 1;
    }
  }
  if (bytes > 0 || parts.length > 0) yield finish();
}
