/*
 * PMC JATS XML: one article a file. Front matter (title, journal, year, DOI, PMID, PMCID, authors,
 * keywords), the abstract and the body's sections with their headings become a document; tables are
 * kept as text rows; the reference list is ignored.
 */
import { MalformedInputError } from '../errors.ts';
import { cleanText, streamXml } from './xml.ts';
import { blocksToPassages } from './text/passages.ts';
import type { ClinicalDocument, SourceType } from '../types.ts';
import type { IngestEvent } from './types.ts';
import { defaultLimits, formatBytes, recordTooLarge } from './limits.ts';
import type { ImportLimits } from './limits.ts';

const articleTypes: Record<string, SourceType> = {
  'research-article': 'study',
  'review-article': 'review',
  'systematic-review': 'systematic-review',
  'practice-guideline': 'guideline',
  guideline: 'guideline',
};

/** Elements whose text forms one block (a paragraph, a list item, a table row, a caption). */
const blockElements = new Set(['p', 'list-item', 'tr', 'caption', 'title', 'label', 'def-item']);
/** Parts of the article that are not evidence text. */
const skippedElements = new Set([
  'ref-list',
  'fn-group',
  'ack',
  'glossary',
  'notes',
  'app-group',
  'xref',
  'supplementary-material',
  'license',
  'permissions',
]);

interface Section {
  heading: string;
  blocks: string[];
}

export async function* readJatsFile(file: string, limits: ImportLimits = defaultLimits): AsyncGenerator<IngestEvent> {
  // An article is one record: its text, all of it, is held to the record limit.
  let textBytes = 0;
  const meta = {
    title: '',
    journal: '',
    years: [] as number[],
    doi: '',
    pmid: '',
    pmcid: '',
    type: 'study' as SourceType,
    authors: [] as string[],
    keywords: [] as string[],
  };
  const sections: Section[] = [];
  const headings: string[] = [];
  let field: { depth: number; buffer: string; into: (t: string) => void } | undefined;
  let block: { depth: number; buffer: string; name: string } | undefined;
  let skipDepth = 0;
  let person: { surname?: string; given?: string } | undefined;
  let sawArticle = false;

  const current = (): Section => {
    const heading = headings.filter(Boolean).join(': ') || 'Body';
    let last = sections[sections.length - 1];
    if (!last || last.heading !== heading) sections.push((last = { heading, blocks: [] }));
    return last;
  };

  const events = streamXml<never>(
    file,
    {
      open(tag, path) {
        const name = tag.name;
        const depth = path.length;
        const inside = (el: string) => path.includes(el);
        if (name === 'article' && depth === 1) {
          sawArticle = true;
          meta.type = articleTypes[String(tag.attributes['article-type'] ?? '')] ?? 'study';
        }
        if (skipDepth > 0 || skippedElements.has(name)) {
          if (skipDepth === 0) skipDepth = depth;
          return;
        }
        if (block?.name === 'tr' && (name === 'td' || name === 'th') && block.buffer.trim()) block.buffer += ' | ';
        if (field || block) return;
        const collect = (into: (t: string) => void) => (field = { depth, buffer: '', into });
        if (inside('front')) {
          if (name === 'article-title' && inside('title-group') && !inside('trans-title-group')) collect((t) => (meta.title = t));
          else if (name === 'journal-title') collect((t) => (meta.journal ||= t));
          else if (name === 'year' && inside('pub-date')) collect((t) => meta.years.push(Number(t)));
          else if (name === 'article-id') {
            const kind = String(tag.attributes['pub-id-type'] ?? '');
            if (kind === 'doi') collect((t) => (meta.doi = t));
            else if (kind === 'pmid') collect((t) => (meta.pmid = t));
            else if (kind === 'pmc' || kind === 'pmcid') collect((t) => (meta.pmcid = t.replace(/^PMC/i, '')));
          } else if (name === 'name' && inside('contrib')) person = {};
          else if (person && name === 'surname') collect((t) => (person!.surname = t));
          else if (person && name === 'given-names') collect((t) => (person!.given = t));
          else if (name === 'kwd') collect((t) => meta.keywords.push(t));
          else if (name === 'abstract' && !tag.attributes['abstract-type']) headings.splice(0, headings.length, 'Abstract');
          else if (inside('abstract') && blockElements.has(name)) block = { depth, buffer: '', name };
          return;
        }
        if (inside('body') && name === 'sec') headings.push('');
        else if (inside('body') && blockElements.has(name)) block = { depth, buffer: '', name };
      },
      text(text, path) {
        if (skipDepth > 0) return;
        textBytes += text.length;
        if (textBytes > limits.recordBytes) {
          throw new MalformedInputError(
            file,
            undefined,
            `${recordTooLarge(limits, `more than ${formatBytes(limits.recordBytes)} of article text`)} (at <${path[path.length - 1]}>)`,
          );
        }
        if (field) field.buffer += text;
        else if (block) block.buffer += text;
      },
      close(name, path) {
        const depth = path.length;
        if (skipDepth > 0) {
          if (depth === skipDepth) skipDepth = 0;
          return undefined;
        }
        if (field && depth === field.depth) {
          const text = cleanText(field.buffer);
          const into = field.into;
          field = undefined;
          if (text) into(text);
        }
        if (block && depth === block.depth) {
          const text = cleanText(block.buffer);
          const kind = block.name;
          block = undefined;
          // A section title names the section; everything else is evidence text.
          if (kind === 'title' && path[path.length - 2] === 'sec') {
            if (headings.length > 0) headings[headings.length - 1] = text;
          } else if (text && kind !== 'label') current().blocks.push(text);
        }
        if (name === 'name' && person) {
          const full = [person.surname, person.given].filter(Boolean).join(' ');
          if (full) meta.authors.push(full);
          person = undefined;
        }
        if (name === 'sec' && path.includes('body')) headings.pop();
        if (name === 'abstract') headings.splice(0);
        return undefined;
      },
    },
    limits,
  );
  for await (const _ of events) {
    // streamXml yields nothing for JATS: the whole file is one record, built when it ends.
  }
  if (!sawArticle) throw new MalformedInputError(file, 1, 'not a JATS article (no <article> root element)');
  if (!meta.title) throw new MalformedInputError(file, 1, 'JATS article has no <article-title>');
  const id = meta.pmid ? `pmid-${meta.pmid}` : meta.pmcid ? `pmc-${meta.pmcid}` : meta.doi ? `doi-${meta.doi.toLowerCase()}` : undefined;
  if (!id) throw new MalformedInputError(file, 1, 'JATS article has no PMID, PMCID or DOI to identify it');
  const year = meta.years.filter((y) => y > 1800).sort()[0];
  const document: ClinicalDocument = {
    id,
    kind: 'literature',
    title: meta.title,
    aliases: [],
    ...(meta.keywords.length > 0 ? { mesh: meta.keywords } : {}),
    sources: [
      {
        id,
        type: meta.type,
        title: meta.title,
        year: year ?? null,
        ...(meta.journal ? { journal: meta.journal } : {}),
        ...(meta.pmid ? { pmid: meta.pmid } : {}),
        ...(meta.doi ? { doi: meta.doi } : {}),
        ...(meta.pmcid ? { url: `https://www.ncbi.nlm.nih.gov/pmc/articles/PMC${meta.pmcid}/` } : {}),
        ...(meta.authors.length > 0 ? { authors: meta.authors } : {}),
      },
    ],
    sections: sections.flatMap((s) => {
      const passages = blocksToPassages(s.blocks);
      return passages.length === 0
        ? []
        : [{ heading: s.heading, statements: passages.map((text) => ({ text, citations: [id], children: [] })) }];
    }),
    origin: file,
  };
  yield { kind: 'document', document };
}
