/*
 * Tells an input file's format from its name and, for XML, its first kilobytes: PubMed sets and JATS
 * articles both end in .xml.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { FileFormat } from './types.ts';

export function detectFormat(file: string): FileFormat | undefined {
  const name = file.toLowerCase();
  if (name.endsWith('.md')) return 'library';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  if (name.endsWith('.xml') || name.endsWith('.xml.gz') || name.endsWith('.nxml')) {
    const head = sniff(file);
    if (/<(PubmedArticleSet|PubmedArticle|MedlineCitationSet)\b/.test(head)) return 'pubmed';
    if (/<article\b/.test(head)) return 'jats';
  }
  return undefined;
}

function sniff(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16384);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    let bytes = buffer.subarray(0, n);
    if (file.toLowerCase().endsWith('.gz')) {
      try {
        bytes = gunzipSync(bytes, { finishFlush: 2 });
      } catch {
        return '';
      }
    }
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
