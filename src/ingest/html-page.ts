/*
 * HTML guideline pages: headings become sections, list items become statements, paragraphs become
 * prose passages; navigation, headers, footers, forms and scripts are dropped. Title, issuing
 * organisation and year come from the page's metadata.
 */
import { basename, extname } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { BoundedHtmlParser } from './text/bounded-html.ts';
import { defaultLimits, formatBytes, recordTooLarge } from './limits.ts';
import { MalformedInputError } from '../errors.ts';
import { sourceTypes } from '../types.ts';
import { cleanText } from './xml.ts';
import { blocksToPassages, passageWordBudget } from './text/passages.ts';
import type { ClinicalDocument, DocumentSection, SourceType } from '../types.ts';
import type { IngestEvent } from './types.ts';
import type { ImportLimits } from './limits.ts';

const boilerplate = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'noscript',
  'template',
  'button',
  'iframe',
  'svg',
]);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4']);
const blockTags = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'blockquote', 'caption', 'figcaption']);
const organisationMeta = ['citation_publisher', 'dc.publisher', 'publisher', 'og:site_name', 'citation_author_institution', 'author'];
const dateMeta = ['citation_publication_date', 'citation_date', 'dc.date', 'article:published_time', 'date', 'last-modified'];

interface Block {
  kind: 'item' | 'prose';
  text: string;
}

export async function* readHtmlFile(file: string, limits: ImportLimits = defaultLimits): AsyncGenerator<IngestEvent> {
  // A page is one record: one over the record limit is refused before it is read.
  const size = statSync(file).size;
  if (size > limits.recordBytes) {
    yield { kind: 'skip', error: new MalformedInputError(file, 1, recordTooLarge(limits, formatBytes(size))) };
    return;
  }
  const html = readFileSync(file, 'utf8');
  const meta = new Map<string, string>();
  const sections: { heading: string; blocks: Block[] }[] = [{ heading: 'Overview', blocks: [] }];
  let pageTitle = '';
  let firstH1 = '';
  let skip = 0;
  let heading: { buffer: string; tag: string } | undefined;
  let block: { buffer: string; tag: string; depth: number } | undefined;
  let inTitle = false;
  let depth = 0;

  const parser = new BoundedHtmlParser(
    {
      onopentag(name, attrs) {
        depth++;
        if (skip > 0) {
          skip++;
          return;
        }
        if (name === 'meta') {
          const key = (attrs.name ?? attrs.property ?? '').toLowerCase();
          if (key && attrs.content) meta.set(key, attrs.content);
          return;
        }
        if (name === 'title') inTitle = true;
        if (boilerplate.has(name)) skip = 1;
        else if (headingTags.has(name)) heading = { buffer: '', tag: name };
        else if (!block && blockTags.has(name)) block = { buffer: '', tag: name, depth };
      },
      ontext(text) {
        if (inTitle) pageTitle += text;
        if (skip > 0) return;
        if (heading) heading.buffer += text;
        else if (block) block.buffer += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (skip > 0) {
          skip--;
          depth--;
          return;
        }
        if (heading && name === heading.tag) {
          const text = cleanText(heading.buffer);
          if (name === 'h1' && !firstH1) firstH1 = text;
          else if (text) sections.push({ heading: text, blocks: [] });
          heading = undefined;
        } else if (block && depth === block.depth) {
          const text = cleanText(block.buffer);
          if (text) sections[sections.length - 1]!.blocks.push({ kind: block.tag === 'li' ? 'item' : 'prose', text });
          block = undefined;
        }
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
    limits.htmlDepth,
  );
  parser.write(html);
  parser.end();
  if (parser.flattened > 0) {
    yield {
      kind: 'notice',
      message: `${file}: ${parser.flattened} elements nested deeper than the HTML depth limit of ${limits.htmlDepth} (--max-html-depth) were flattened into their ancestors`,
    };
  }

  const title = firstH1 || cleanText(pageTitle);
  if (!title) throw new MalformedInputError(file, 1, 'HTML page has no <h1> or <title> to name the guideline');
  const id = `html-${basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;
  const organization = organisationMeta.map((k) => meta.get(k)).find(Boolean);
  const year = dateMeta.map((k) => /\b(19|20)\d{2}\b/.exec(meta.get(k) ?? '')?.[0]).find(Boolean);
  const declared = meta.get('evidentia:type')?.trim().toLowerCase();
  if (declared !== undefined && !(sourceTypes as readonly string[]).includes(declared)) {
    throw new MalformedInputError(file, 1, `unknown evidentia:type "${declared.slice(0, 40)}" (use one of: ${sourceTypes.join(', ')})`);
  }
  const type = (declared as SourceType | undefined) ?? 'guideline';
  const document: ClinicalDocument = {
    id,
    kind: 'literature',
    title,
    aliases: [],
    sources: [{ id, type, title, year: year ? Number(year) : null, ...(organization ? { organization } : {}) }],
    sections: sections.flatMap((s): DocumentSection[] => {
      // List items are statements in their own right; paragraphs are cut into passages of whole sentences.
      const texts = s.blocks.flatMap((b) =>
        b.kind === 'item' && b.text.split(' ').length <= passageWordBudget ? [b.text] : blocksToPassages([b.text]),
      );
      return texts.length === 0 ? [] : [{ heading: s.heading, statements: texts.map((text) => ({ text, citations: [id], children: [] })) }];
    }),
    origin: file,
  };
  if (document.sections.length === 0) throw new MalformedInputError(file, 1, 'HTML page has no text outside navigation and boilerplate');
  yield { kind: 'document', document };
}
