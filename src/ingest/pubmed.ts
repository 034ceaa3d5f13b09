/*
 * PubMed/MEDLINE XML (PubmedArticleSet, plain or .gz): each PubmedArticle becomes a document whose
 * source carries PMID, title, journal, year, authors, DOI, MeSH headings and an evidence type from its
 * publication types; structured abstracts keep their labels as sections. DeleteCitation removes PMIDs.
 */
import { MalformedInputError } from '../errors.ts';
import { cleanText, streamXml } from './xml.ts';
import { blocksToPassages } from './text/passages.ts';
import type { ClinicalDocument, SourceType } from '../types.ts';
import type { IngestEvent } from './types.ts';
import { defaultLimits, formatBytes, recordTooLarge } from './limits.ts';
import type { ImportLimits } from './limits.ts';

/** Publication type → evidence type, strongest first: the first match in this order wins. */
const publicationTypeRank: [RegExp, SourceType][] = [
  [/^(practice guideline|guideline|consensus development conference)/i, 'guideline'],
  [/^(systematic review|meta-analysis)$/i, 'systematic-review'],
  [/^randomized controlled trial/i, 'rct'],
  [/^review$/i, 'review'],
];

export function evidenceTypeOf(publicationTypes: string[]): SourceType {
  for (const [pattern, type] of publicationTypeRank) if (publicationTypes.some((t) => pattern.test(t))) return type;
  return 'study';
}

interface Citation {
  line: number;
  pmid?: string;
  title: string;
  journal: string;
  year?: number;
  medlineDate?: string;
  authors: string[];
  doi?: string;
  mesh: string[];
  publicationTypes: string[];
  abstract: { label?: string; text: string }[];
}

interface Author {
  last?: string;
  fore?: string;
  initials?: string;
  collective?: string;
}

export async function* readPubmedFile(file: string, limits: ImportLimits = defaultLimits): AsyncGenerator<IngestEvent> {
  let citation: Citation | undefined;
  let author: Author | undefined;
  let deleting = false;
  // Text of the element being collected; inline markup (<i>, <sub>, <sup>) inside it is kept as text.
  let collector: { depth: number; buffer: string; into: (text: string) => void } | undefined;
  let pending: IngestEvent[] = [];

  const events = streamXml<IngestEvent[]>(
    file,
    {
      open(tag, path, line) {
        if (collector) return;
        const name = tag.name;
        const up = path[path.length - 2];
        const collect = (into: (text: string) => void) => (collector = { depth: path.length, buffer: '', into });
        if (name === 'PubmedArticle') {
          citation = { line, title: '', journal: '', authors: [], mesh: [], publicationTypes: [], abstract: [] };
        } else if (name === 'DeleteCitation') deleting = true;
        else if (deleting && name === 'PMID') collect((t) => pending.push({ kind: 'delete', id: `pmid-${t}` }));
        else if (!citation) return;
        else if (name === 'PMID' && up === 'MedlineCitation') collect((t) => (citation!.pmid = t));
        else if (name === 'ArticleTitle') collect((t) => (citation!.title = t));
        else if (name === 'Title' && up === 'Journal') collect((t) => (citation!.journal = t));
        else if (name === 'Year' && up === 'PubDate') collect((t) => (citation!.year = Number(t)));
        else if (name === 'MedlineDate' && up === 'PubDate') collect((t) => (citation!.medlineDate = t));
        else if (name === 'AbstractText' && up === 'Abstract') {
          const label = tag.attributes.Label;
          collect((t) => citation!.abstract.push(label ? { label: String(label), text: t } : { text: t }));
        } else if (name === 'Author' && up === 'AuthorList') author = {};
        else if (author && name === 'LastName') collect((t) => (author!.last = t));
        else if (author && name === 'ForeName') collect((t) => (author!.fore = t));
        else if (author && name === 'Initials') collect((t) => (author!.initials = t));
        else if (author && name === 'CollectiveName') collect((t) => (author!.collective = t));
        else if (name === 'ELocationID' && tag.attributes.EIdType === 'doi') collect((t) => (citation!.doi ??= t));
        else if (name === 'ArticleId' && path[path.length - 3] === 'PubmedData' && tag.attributes.IdType === 'doi')
          collect((t) => (citation!.doi ??= t));
        else if (name === 'DescriptorName' && up === 'MeshHeading') collect((t) => citation!.mesh.push(t));
        else if (name === 'PublicationType') collect((t) => citation!.publicationTypes.push(t));
      },
      text(text) {
        if (!collector) return;
        collector.buffer += text;
        if (collector.buffer.length > limits.recordBytes) {
          throw new MalformedInputError(
            file,
            citation?.line,
            `${recordTooLarge(limits, `more than ${formatBytes(limits.recordBytes)} of one element's text`)} with the rest of the file`,
          );
        }
      },
      close(name, path) {
        if (collector && path.length === collector.depth) {
          const text = cleanText(collector.buffer);
          const into = collector.into;
          collector = undefined;
          if (text) into(text);
        }
        if (name === 'DeleteCitation') deleting = false;
        else if (name === 'Author' && author && citation) {
          const person = author.collective ?? [author.last, author.fore ?? author.initials].filter(Boolean).join(' ');
          if (person) citation.authors.push(person);
          author = undefined;
        } else if (name === 'PubmedArticle' && citation) {
          pending.push(toEvent(file, citation));
          citation = undefined;
        }
        if (pending.length === 0) return undefined;
        const ready = pending;
        pending = [];
        return ready;
      },
    },
    limits,
  );
  for await (const batch of events) yield* batch;
}

function toEvent(file: string, c: Citation): IngestEvent {
  if (!c.pmid || !/^\d+$/.test(c.pmid)) return { kind: 'skip', error: new MalformedInputError(file, c.line, 'PubmedArticle has no PMID') };
  if (!c.title) return { kind: 'skip', error: new MalformedInputError(file, c.line, `PubmedArticle ${c.pmid} has no ArticleTitle`) };
  const id = `pmid-${c.pmid}`;
  const year = c.year ?? (c.medlineDate ? Number(/\d{4}/.exec(c.medlineDate)?.[0]) || undefined : undefined);
  const document: ClinicalDocument = {
    id,
    kind: 'literature',
    title: c.title,
    aliases: [],
    mesh: c.mesh,
    sources: [
      {
        id,
        type: evidenceTypeOf(c.publicationTypes),
        title: c.title,
        year: year ?? null,
        pmid: c.pmid,
        ...(c.journal ? { journal: c.journal } : {}),
        ...(c.doi ? { doi: c.doi } : {}),
        ...(c.authors.length > 0 ? { authors: c.authors } : {}),
      },
    ],
    // A citation without an abstract is kept as a reference, with no passages to search.
    sections: c.abstract.flatMap((part) => {
      const passages = blocksToPassages([part.text]);
      return passages.length === 0
        ? []
        : [
            {
              heading: part.label ? sectionHeading(part.label) : 'Abstract',
              statements: passages.map((text) => ({ text, citations: [id], children: [] })),
            },
          ];
    }),
    origin: `${file}:${c.line}`,
  };
  return { kind: 'document', document };
}

/** "BACKGROUND" → "Background", "MATERIALS AND METHODS" → "Materials and methods". */
function sectionHeading(label: string): string {
  const lower = label.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
