/* The editorial policy's Markdown reader: the subset it renders, and that nothing in the file becomes live HTML. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PolicyMarkdown } from './policy-markdown.tsx';

const render = async (markdown: string) => (await PolicyMarkdown({ markdown }))!.toString();

test('headings, paragraphs, lists, emphasis, code and links render as HTML', async () => {
  const html = await render(
    '# Policy\n\nFirst line\nsecond line.\n\n## Review\n\n- **Submitted**, then\n  claimed\n- *Approved* and `audited`\n\n1. one\n2. [two](/review)\n',
  );
  assert.equal(
    html,
    '<h1>Policy</h1><p>First line second line.</p><h2>Review</h2><ul><li><strong>Submitted</strong>, then claimed</li><li><em>Approved</em> and <code>audited</code></li></ul><ol><li>one</li><li><a href="/review">two</a></li></ol>',
  );
});

test('raw HTML and script in the policy file are shown as text, and unsafe links lose their href', async () => {
  const html = await render(
    '<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) [ok](https://example.org/a?b=1&c="2")',
  );
  assert.ok(!html.includes('<script>') && !html.includes('<img'), html);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('click') && !html.includes('javascript:'), 'the unsafe link is text');
  assert.ok(html.includes('<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;">ok</a>'));
});
