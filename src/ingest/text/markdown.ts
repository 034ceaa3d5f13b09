/*
 * Markdown section bodies to plain-text blocks: list items and paragraphs each become a block, sub-headings
 * are dropped; inline emphasis, code marks and link targets are removed.
 */
export function markdownToBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(inline(paragraph.join(' ')));
    paragraph = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') flush();
    else if (/^#{1,6}\s/.test(line))
      flush(); // sub-headings label a part of the section; they are not statements
    else if (/^([-*+]\s|\d+[.)]\s|>\s?)/.test(line)) {
      flush();
      paragraph.push(line.replace(/^([-*+]\s|\d+[.)]\s|>\s?)/, ''));
      flush();
    } else paragraph.push(line);
  }
  flush();
  return blocks.filter((b) => b.length > 0);
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}
