/*
 * An article's editable content as Markdown, and back: what an editor changes in the edit page's one
 * text box. Every field of an edit round-trips (title, canonical question, summaries, closing, sections,
 * statements with their qualifiers, subjects, plain-language wording and status, references), so saving
 * an untouched page changes nothing. Reference numbers in the text are labels: citations must name a
 * listed reference and every reference must be cited, then both are renumbered in order of first use,
 * as every answer's references are.
 *
 *   # Management of tinea pedis
 *   Question: What is the management of tinea pedis?
 *   Summary: Topical antifungals first; …
 *
 *   ## Treatment
 *   - Apply terbinafine 1% cream twice daily for 1 week. [1][2]
 *     Lay: Rub the antifungal cream on the itchy skin twice a day.
 *     - In moccasin-type disease, oral terbinafine. [2]
 *
 *   ## References
 *   [1] Fungal skin infection of the foot
 *       Type: guideline
 *       Source: NICE
 *       Year: 2021
 *       Locators: §1.2.3; table 2
 */
import { EvidentiaError } from '../errors.ts';
import { articleEditSchema } from './edit.ts';
import type { ArticleEdit } from './edit.ts';
import type { AnswerReference, AnswerStatement } from '../answer/index.ts';

/** The heading that starts the reference list; it is always the last section of the text. */
export const referencesHeading = '## References';

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** An edit (the current content of an article) as the edit page's Markdown. */
export function articleToMarkdown(edit: Omit<ArticleEdit, 'version'>): string {
  const lines = [`# ${oneLine(edit.title)}`];
  if (edit.question) lines.push(`Question: ${oneLine(edit.question)}`);
  lines.push(`Summary: ${oneLine(edit.summary)}`);
  if (edit.laySummary) lines.push(`Lay summary: ${oneLine(edit.laySummary)}`);
  if (edit.closing) lines.push(`Closing: ${oneLine(edit.closing)}`);
  const statement = (s: AnswerStatement, depth: number) => {
    const pad = '  '.repeat(depth);
    lines.push(`${pad}- ${oneLine(s.text)} ${s.citations.map((n) => `[${n}]`).join('')}`);
    if (s.subject) lines.push(`${pad}  Subject: ${oneLine(s.subject)}`);
    if (s.lay) lines.push(`${pad}  Lay: ${oneLine(s.lay)}`);
    if (s.status) lines.push(`${pad}  Status: ${s.status}`);
    for (const child of s.children ?? []) statement(child, depth + 1);
  };
  for (const section of edit.sections) {
    lines.push('', `## ${oneLine(section.heading)}`);
    for (const s of section.statements) statement(s, 0);
  }
  lines.push('', referencesHeading);
  for (const r of edit.references) {
    lines.push(`[${r.n}] ${oneLine(r.title)}`, `    Type: ${r.type}`);
    if (r.source) lines.push(`    Source: ${oneLine(r.source)}`);
    if (r.year !== null) lines.push(`    Year: ${r.year}`);
    if (r.pmid) lines.push(`    PMID: ${r.pmid}`);
    if (r.doi) lines.push(`    DOI: ${r.doi}`);
    if (r.url) lines.push(`    URL: ${r.url}`);
    if (r.revised) lines.push(`    Revised: ${r.revised}`);
    if (r.locators?.length) lines.push(`    Locators: ${r.locators.map(oneLine).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A statement as written, with the line it is on and its citation labels (not yet renumbered). */
interface DraftStatement {
  line: number;
  text: string;
  labels: number[];
  subject?: string;
  lay?: string;
  status?: string;
  children: DraftStatement[];
}

interface DraftReference {
  line: number;
  label: number;
  fields: Record<string, string>;
}

function refuse(line: number, problem: string): never {
  throw new EvidentiaError('MALFORMED_INPUT', `line ${line} of the article: ${problem}`);
}

const headerKeys: Record<string, 'question' | 'summary' | 'laySummary' | 'closing'> = {
  question: 'question',
  summary: 'summary',
  'lay summary': 'laySummary',
  closing: 'closing',
};
const statementKeys = new Set(['subject', 'lay', 'status']);
const referenceKeys = new Set(['type', 'source', 'year', 'pmid', 'doi', 'url', 'revised', 'locators']);

/**
 * Read the edit page's Markdown as an edit of `version`. Refuses (422) with the line and what to do:
 * a statement without a citation, a citation naming no listed reference, a reference nobody cites.
 */
export function markdownToArticle(markdown: string, version: number): ArticleEdit {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const header: Record<string, string> = {};
  let title: string | undefined;
  const sections: { heading: string; line: number; statements: DraftStatement[] }[] = [];
  const references: DraftReference[] = [];
  const lastReferences = lines.map((l) => l.trimEnd()).lastIndexOf(referencesHeading);
  // The open statements by depth: a qualifier belongs to the statement one level up.
  let open: DraftStatement[] = [];
  let reference: DraftReference | undefined;

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trimEnd();
    if (line.trim() === '') return;
    if (line.includes('\t')) refuse(n, 'indent with spaces, not tabs');
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (i === lastReferences) {
      open = [];
      return;
    }
    if (lastReferences >= 0 && i > lastReferences) {
      const start = /^\[(\d+)\]\s+(.+)$/.exec(body);
      if (indent === 0 && start) {
        reference = { line: n, label: Number(start[1]), fields: { title: start[2]!.trim() } };
        if (references.some((r) => r.label === reference!.label)) refuse(n, `reference [${reference.label}] is listed twice`);
        references.push(reference);
        return;
      }
      const field = /^([A-Za-z]+):\s*(.*)$/.exec(body);
      const key = field?.[1]!.toLowerCase();
      if (!reference || indent === 0 || !field || !referenceKeys.has(key!)) {
        refuse(
          n,
          'a reference starts "[n] Title" and continues with indented lines "Type:", "Source:", "Year:", "PMID:", "DOI:", "URL:", "Revised:" or "Locators:"',
        );
      }
      reference.fields[key!] = field[2]!.trim();
      return;
    }
    if (indent === 0 && body.startsWith('## ')) {
      sections.push({ heading: body.slice(3).trim(), line: n, statements: [] });
      open = [];
      return;
    }
    if (indent === 0 && body.startsWith('# ')) {
      if (title !== undefined || sections.length > 0) refuse(n, 'the title ("# …") comes once, on the first line');
      title = body.slice(2).trim();
      return;
    }
    const section = sections.at(-1);
    if (!section) {
      const field = /^([A-Za-z ]+?):\s*(.*)$/.exec(body);
      const key = field ? headerKeys[field[1]!.toLowerCase()] : undefined;
      if (indent > 0 || !key)
        refuse(
          n,
          'before the first section ("## Heading") come only "# Title", "Question:", "Summary:", "Lay summary:" and "Closing:" lines',
        );
      header[key] = field![2]!.trim();
      return;
    }
    if (indent % 2 !== 0) refuse(n, 'indent by two spaces for each level');
    const depth = indent / 2;
    if (body.startsWith('- ')) {
      const statement = parseStatement(body.slice(2), n);
      if (depth === 0) section.statements.push(statement);
      else {
        const parent = open[depth - 1];
        if (!parent) refuse(n, `this qualifier is indented ${depth} level(s) but no statement above it is one level less`);
        parent.children.push(statement);
      }
      open = [...open.slice(0, depth), statement];
      return;
    }
    const field = /^([A-Za-z]+):\s*(.*)$/.exec(body);
    const key = field?.[1]!.toLowerCase();
    const owner = depth > 0 ? open[depth - 1] : undefined;
    if (!field || !statementKeys.has(key!) || !owner) {
      refuse(
        n,
        'in a section, each statement is a line "- text [n]"; under it, indented, come "Subject:", "Lay:" or "Status:" lines and qualifiers "- text [n]"',
      );
    }
    (owner as unknown as Record<string, string>)[key!] = field[2]!.trim();
  });

  if (title === undefined) refuse(1, 'the article needs a title on its first line: "# Title"');
  if (lastReferences < 0)
    refuse(lines.length, `the reference list is missing: end the article with "${referencesHeading}" and the references`);
  return renumber({ title, header, sections, references, version });
}

function parseStatement(text: string, line: number): DraftStatement {
  const marks = /((?:\s*\[\d+\])+)\s*$/.exec(text);
  if (!marks) refuse(line, `the statement "${text.slice(0, 60)}" has no citation; end it with the number of its reference, e.g. [1]`);
  const labels = [...marks[1]!.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  return { line, text: text.slice(0, marks.index).trim(), labels, children: [] };
}

/** Resolve citation labels against the listed references, then number references in order of first use. */
function renumber(draft: {
  title: string;
  header: Record<string, string>;
  sections: { heading: string; line: number; statements: DraftStatement[] }[];
  references: DraftReference[];
  version: number;
}): ArticleEdit {
  const byLabel = new Map(draft.references.map((r) => [r.label, r]));
  const order = new Map<number, number>();
  const listed = draft.references.map((r) => `[${r.label}]`).join(', ') || 'none';
  const cite = (s: DraftStatement): AnswerStatement => {
    const citations = s.labels.map((label) => {
      if (!byLabel.has(label))
        refuse(
          s.line,
          `citation [${label}] in "${s.text.slice(0, 60)}" does not resolve to a reference (listed: ${listed}); add the reference or correct the number`,
        );
      if (!order.has(label)) order.set(label, order.size + 1);
      return order.get(label)!;
    });
    return {
      text: s.text,
      citations: [...new Set(citations)],
      ...(s.subject ? { subject: s.subject } : {}),
      ...(s.lay ? { lay: s.lay } : {}),
      ...(s.status ? { status: s.status as NonNullable<AnswerStatement['status']> } : {}),
      ...(s.children.length > 0 ? { children: s.children.map(cite) } : {}),
    };
  };
  const sections = draft.sections.map((sec) => {
    if (sec.statements.length === 0)
      refuse(sec.line, `section "${sec.heading}" has no statements; add "- text [n]" lines or remove the heading`);
    return { heading: sec.heading, statements: sec.statements.map(cite) };
  });
  const uncited = draft.references.filter((r) => !order.has(r.label));
  if (uncited.length > 0) {
    refuse(
      uncited[0]!.line,
      `reference ${uncited.map((r) => `[${r.label}]`).join(', ')} is not cited by any statement; cite it or remove it`,
    );
  }
  const references: AnswerReference[] = [...order].map(([label, n]) => {
    const r = byLabel.get(label)!;
    const f = r.fields;
    if (f.year !== undefined && !/^\d{4}$/.test(f.year))
      refuse(r.line, `reference [${label}] has year "${f.year.slice(0, 20)}"; write four digits, or leave the Year line out`);
    return {
      n,
      type: (f.type ?? '') as AnswerReference['type'],
      title: f.title!,
      source: f.source ?? '',
      year: f.year ? Number(f.year) : null,
      ...(f.pmid ? { pmid: f.pmid } : {}),
      ...(f.doi ? { doi: f.doi } : {}),
      ...(f.url ? { url: f.url } : {}),
      ...(f.revised ? { revised: f.revised } : {}),
      ...(f.locators
        ? {
            locators: [
              ...new Set(
                f.locators
                  .split(';')
                  .map((l) => l.trim())
                  .filter(Boolean),
              ),
            ],
          }
        : {}),
    };
  });
  const parsed = articleEditSchema.safeParse({
    version: draft.version,
    title: draft.title,
    ...(draft.header.question ? { question: draft.header.question } : {}),
    summary: draft.header.summary ?? '',
    ...(draft.header.laySummary ? { laySummary: draft.header.laySummary } : {}),
    ...(draft.header.closing ? { closing: draft.header.closing } : {}),
    sections,
    references: references.sort((a, b) => a.n - b.n),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EvidentiaError('MALFORMED_INPUT', `the article's ${describePath(issue.path)} is not valid: ${issue.message}`);
  }
  return parsed.data;
}

/** A schema path in the editor's words: "sections.1.statements.0.status" → "section 2, statement 1: status". */
function describePath(path: PropertyKey[]): string {
  const words: Record<string, string> = { sections: 'section', statements: 'statement', children: 'qualifier', references: 'reference' };
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    if (words[key] && typeof next === 'number') {
      parts.push(`${words[key]} ${next + 1}`);
      i++;
    } else parts.push(key === 'laySummary' ? 'lay summary' : key);
  }
  return parts.join(', ') || 'content';
}
