/*
 * HTML section bodies to plain-text blocks: one block per paragraph, list item, heading or table row,
 * so that sentence splitting never joins text across them. Scripts, styles and navigation are dropped.
 */
import { BoundedHtmlParser } from './bounded-html.ts';

const blockTags = new Set([
  'p',
  'div',
  'li',
  'dt',
  'dd',
  'tr',
  'br',
  'blockquote',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'caption',
  'pre',
]);
// Sub-headings inside a section label it; they are not statements, so they are dropped like navigation.
const skippedTags = new Set(['script', 'style', 'nav', 'header', 'footer', 'noscript', 'template', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const cellTags = new Set(['td', 'th']);

/**
 * Convert an HTML fragment to text blocks (entities decoded, whitespace collapsed). Elements nested
 * deeper than `maxDepth` are flattened into their ancestor at that depth.
 */
export function htmlToBlocks(html: string, maxDepth = 256): string[] {
  const blocks: string[] = [];
  let current = '';
  let skipping = 0;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const parser = new BoundedHtmlParser(
    {
      onopentag(name) {
        if (skippedTags.has(name)) skipping++;
        else if (blockTags.has(name)) flush();
        else if (cellTags.has(name) && current.trim()) current += ' | ';
      },
      ontext(text) {
        if (skipping === 0) current += text;
      },
      onclosetag(name) {
        if (skippedTags.has(name)) skipping = Math.max(0, skipping - 1);
        else if (blockTags.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
    maxDepth,
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}
