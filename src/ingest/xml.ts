/*
 * Streams an XML file (plain or .gz) through saxes, the real XML parser, and hands the caller's
 * element handlers each event; records the handlers produce are yielded as they complete, so a
 * 50,000-citation PubMed file never sits in memory whole. Well-formedness errors carry file and line.
 * Text (or markup) running past the record limit without a tag stops the file there, naming the limit:
 * a gzip bomb of one huge text node is refused after 16 MB, not after filling memory.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { SaxesParser } from 'saxes';
import { MalformedInputError } from '../errors.ts';
import { defaultLimits, formatBytes, recordTooLarge } from './limits.ts';
import type { SaxesTagPlain } from 'saxes';
import type { ImportLimits } from './limits.ts';

/** Named character entities common in PubMed and JATS exports that a DTD would otherwise define. */
const extraEntities: Record<string, string> = {
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  plusmn: '\u00b1',
  times: '\u00d7',
  deg: '\u00b0',
  micro: '\u00b5',
  middot: '\u00b7',
  le: '\u2264',
  ge: '\u2265',
  alpha: '\u03b1',
  beta: '\u03b2',
  gamma: '\u03b3',
  delta: '\u03b4',
  kappa: '\u03ba',
  lambda: '\u03bb',
  mu: '\u03bc',
  ldquo: '\u201c',
  rdquo: '\u201d',
  lsquo: '\u2018',
  rsquo: '\u2019',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  eacute: '\u00e9',
  uuml: '\u00fc',
  ouml: '\u00f6',
  auml: '\u00e4',
};

export interface XmlHandlers<R> {
  /** `line` is where the element starts, for messages. */
  open(tag: SaxesTagPlain, path: string[], line: number): void;
  text(text: string, path: string[]): void;
  /** Called when an element closes; return a record to yield it. */
  close(name: string, path: string[]): R | undefined;
}

export async function* streamXml<R>(file: string, handlers: XmlHandlers<R>, limits: ImportLimits = defaultLimits): AsyncGenerator<R> {
  const parser = new SaxesParser({ fileName: file, position: true });
  Object.assign(parser.ENTITIES, extraEntities);
  const path: string[] = [];
  const ready: R[] = [];
  let failure: Error | undefined;
  parser.on('error', (err) => {
    failure ??= new MalformedInputError(file, parser.line, `malformed XML (${err.message.replace(/^.*?:\d+:\d+: /, '')})`);
  });
  let lastTag = 0;
  parser.on('opentag', (tag) => {
    lastTag = parser.position;
    path.push(tag.name);
    handlers.open(tag as SaxesTagPlain, path, parser.line);
  });
  parser.on('text', (text) => handlers.text(text, path));
  parser.on('cdata', (text) => handlers.text(text, path));
  parser.on('closetag', (tag) => {
    lastTag = parser.position;
    const record = handlers.close(tag.name, path);
    path.pop();
    if (record !== undefined) ready.push(record);
  });

  // Large reads: the parser is fed fewer, bigger chunks (the default 64 KB costs time on 100 MB files).
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  input.setEncoding('utf8');
  try {
    for await (const chunk of input) {
      parser.write(chunk as string);
      if (failure) throw failure;
      if (parser.position - lastTag > limits.recordBytes) {
        const inside = path.length > 0 ? ` inside <${path[path.length - 1]}>` : '';
        throw new MalformedInputError(
          file,
          parser.line,
          `${recordTooLarge(limits, `more than ${formatBytes(limits.recordBytes)} of text${inside}`)} with the rest of the file`,
        );
      }
      while (ready.length > 0) yield ready.shift()!;
    }
  } catch (err) {
    if (err instanceof MalformedInputError) throw err;
    throw new MalformedInputError(file, parser.line, `cannot read the file (${(err as Error).message})`, { cause: err });
  }
  parser.close();
  if (failure) throw failure;
  if (path.length > 0) throw new MalformedInputError(file, parser.line, `the file ends inside <${path[path.length - 1]}> (truncated?)`);
  while (ready.length > 0) yield ready.shift()!;
}

/** Collapse whitespace the way rendered text would show it. */
export function cleanText(text: string): string {
  return /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
