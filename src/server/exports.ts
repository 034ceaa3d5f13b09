/*
 * An article's references as RIS and BibTeX (for reference managers) and the article as Markdown, at
 * /articles/:slug/references.ris, /references.bib and /article.md. They are the same for every reader:
 * citations do not change with the audience. Last-Modified is the article's, so a reference manager
 * re-fetching gets a 304 until an editor changes it.
 */
import { EvidentiaError } from '../errors.ts';
import { answerToMarkdown } from '../answer/index.ts';
import type { Hono } from 'hono';
import type { Evidentia } from '../evidentia.ts';
import type { AnswerReference } from '../answer/index.ts';
import type { SourceType } from '../types.ts';
import type { ServerEnv } from './guard.ts';

const risTypes: Record<SourceType, string> = {
  guideline: 'RPRT',
  'systematic-review': 'JOUR',
  rct: 'JOUR',
  study: 'JOUR',
  review: 'JOUR',
  'consumer-health': 'ELEC',
  'drug-label': 'GEN',
  'safety-communication': 'GEN',
  textbook: 'BOOK',
};

const bibTypes: Record<SourceType, string> = {
  guideline: 'techreport',
  'systematic-review': 'article',
  rct: 'article',
  study: 'article',
  review: 'article',
  'consumer-health': 'misc',
  'drug-label': 'misc',
  'safety-communication': 'misc',
  textbook: 'book',
};

/** RIS: one record a reference, tags in the order reference managers expect (TY first, ER last). */
export function referencesToRis(references: AnswerReference[]): string {
  return references
    .map((r) => {
      const lines = [`TY  - ${risTypes[r.type]}`, `TI  - ${r.title}`];
      if (r.source) lines.push(`T2  - ${r.source}`);
      if (r.year) lines.push(`PY  - ${r.year}`);
      if (r.doi) lines.push(`DO  - ${r.doi}`);
      if (r.pmid) lines.push(`AN  - PMID:${r.pmid}`);
      if (r.url) lines.push(`UR  - ${r.url}`);
      lines.push(`N1  - Evidentia reference ${r.n}`, 'ER  - ');
      return lines.join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

/** BibTeX: keys "evidentia1", "evidentia2" … follow the article's numbers; braces and backslashes escaped. */
export function referencesToBibtex(references: AnswerReference[]): string {
  const esc = (text: string) => text.replace(/[\\{}]/g, (ch) => `\\${ch}`).replace(/[&%$#_]/g, (ch) => `\\${ch}`);
  return references
    .map((r) => {
      const fields: [string, string][] = [['title', r.title]];
      fields.push([r.type === 'guideline' ? 'institution' : r.type === 'textbook' ? 'publisher' : 'journal', r.source]);
      if (r.year) fields.push(['year', String(r.year)]);
      if (r.doi) fields.push(['doi', r.doi]);
      if (r.pmid) fields.push(['pmid', r.pmid]);
      if (r.url) fields.push(['url', r.url]);
      const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${k === 'url' || k === 'doi' ? v : esc(v)}}`);
      return `@${bibTypes[r.type]}{evidentia${r.n},\n${body.join(',\n')}\n}`;
    })
    .join('\n\n')
    .concat('\n');
}

export function exportRoutes(app: Hono<ServerEnv>, engine: Evidentia): void {
  const article = (slug: string) => {
    const found = engine.store.getArticle(slug);
    if (!found) throw new EvidentiaError('NOT_FOUND', `no article "${slug}"`);
    return found;
  };
  const send = (slug: string, type: string, name: string, body: (a: ReturnType<typeof article>) => string) => {
    const a = article(slug);
    return new Response(body(a), {
      headers: {
        'Content-Type': type,
        'Content-Disposition': `attachment; filename="${a.slug}${name}"`,
        'Last-Modified': new Date(a.updatedAt).toUTCString(),
      },
    });
  };
  app.get('/articles/:slug/references.ris', (c) =>
    send(c.req.param('slug'), 'application/x-research-info-systems; charset=utf-8', '.ris', (a) => referencesToRis(a.answer.references)),
  );
  app.get('/articles/:slug/references.bib', (c) =>
    send(c.req.param('slug'), 'application/x-bibtex; charset=utf-8', '.bib', (a) => referencesToBibtex(a.answer.references)),
  );
  app.get('/articles/:slug/article.md', (c) =>
    send(c.req.param('slug'), 'text/markdown; charset=utf-8', '.md', (a) => answerToMarkdown(engine.articleAnswer(a, 'clinician'))),
  );
}
