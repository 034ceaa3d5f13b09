/*
 * A small Markdown reader for the editorial policy (docs/editorial-policy.md): headings, paragraphs,
 * lists, emphasis, code and links, rendered as JSX so every character of text is escaped. Raw HTML in
 * the file is shown as text, never passed through, and only web, site and fragment links are kept —
 * the page needs no sanitiser and no Markdown dependency.
 */
import type { Child } from 'hono/jsx';

/** Links a policy page may carry: http(s), same-site paths and fragments (no javascript:, data:). */
const safeHref = /^(https?:\/\/|\/(?!\/)|#)/i;

/** Inline Markdown: **strong**, *em* or _em_, `code`, [text](href). */
export function inline(text: string): Child[] {
  const out: Child[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|(?<![\w])_(.+?)_(?![\w])|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(<strong>{inline(m[1])}</strong>);
    else if (m[2] !== undefined) out.push(<em>{inline(m[2])}</em>);
    else if (m[3] !== undefined) out.push(<em>{inline(m[3])}</em>);
    else if (m[4] !== undefined) out.push(<code>{m[4]}</code>);
    else if (safeHref.test(m[6]!)) out.push(<a href={m[6]}>{inline(m[5]!)}</a>);
    else out.push(...inline(m[5]!));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

/** Split Markdown into blocks; a list item's indented continuation lines join the item. */
export function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  let paragraph: string[] = [];
  let list: Extract<Block, { kind: 'list' }> | undefined;
  const flush = () => {
    if (paragraph.length > 0) out.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
    list = undefined;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,4})\s+(.+)$/.exec(line);
    const item = /^([-*]|\d+\.)\s+(.+)$/.exec(line);
    if (line === '') flush();
    else if (heading) {
      flush();
      out.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    } else if (item) {
      const ordered = /\d/.test(item[1]!);
      if (paragraph.length > 0 || !list || list.ordered !== ordered) {
        flush();
        list = { kind: 'list', ordered, items: [] };
        out.push(list);
      }
      list.items.push(item[2]!);
    } else if (list && raw.startsWith(' ')) list.items[list.items.length - 1] += ` ${line}`;
    else {
      list = undefined;
      paragraph.push(line);
    }
  }
  flush();
  return out;
}

export function PolicyMarkdown(props: { markdown: string }) {
  return (
    <>
      {blocks(props.markdown).map((b) => {
        if (b.kind === 'heading') {
          const Tag = (['h1', 'h2', 'h3', 'h4'] as const)[b.level - 1]!;
          return <Tag>{inline(b.text)}</Tag>;
        }
        if (b.kind === 'paragraph') return <p>{inline(b.text)}</p>;
        const items = b.items.map((i) => <li>{inline(i)}</li>);
        return b.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
      })}
    </>
  );
}
