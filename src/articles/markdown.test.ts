/* The edit page's Markdown: every field of an article round-trips, and refusals name the line and the fix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToMarkdown, markdownToArticle } from './markdown.ts';
import type { ArticleEdit } from './edit.ts';

const content: ArticleEdit = {
  version: 3,
  title: 'Management of tinea pedis',
  question: 'What is the management of tinea pedis?',
  summary: 'Topical antifungals first.',
  laySummary: 'Use an antifungal cream.',
  closing: 'Review if no better in 2 weeks.',
  sections: [
    {
      heading: 'Treatment',
      statements: [
        {
          text: 'Apply terbinafine 1% cream twice daily for 1 week.',
          citations: [1, 2],
          lay: 'Rub the cream on twice a day.',
          children: [{ text: 'In moccasin-type disease, oral terbinafine.', citations: [2], status: 'superseded' }],
        },
        { text: 'Dosing — Clotrimazole 1% cream.', subject: 'Clotrimazole', citations: [2] },
      ],
    },
  ],
  references: [
    { n: 1, type: 'guideline', title: 'Fungal skin infection | foot', source: 'NICE', year: 2021, url: 'https://example.org/cks' },
    { n: 2, type: 'drug-label', title: 'Terbinafine label', source: '', year: null, pmid: '12345', doi: '10.1000/x' },
  ],
};

test('an article round-trips through the edit page Markdown unchanged', () => {
  const { version: _v, ...fields } = content;
  const markdown = articleToMarkdown(fields);
  assert.match(markdown, /^# Management of tinea pedis\nQuestion: What is the management of tinea pedis\?\nSummary: /);
  assert.match(
    markdown,
    /\n- Apply terbinafine 1% cream twice daily for 1 week\. \[1\]\[2\]\n {2}Lay: Rub the cream on twice a day\.\n {2}- In moccasin/,
  );
  assert.deepEqual(markdownToArticle(markdown, 3), content);
});

test('references are labels: deleting one and citing the rest renumbers them in order of first use', () => {
  const markdown = [
    '# Terbinafine: dosing',
    'Summary: Once daily.',
    '## Dosing',
    '- 250 mg once daily. [7]',
    '- For 6 weeks. [3][7]',
    '## References',
    '[3] Second source',
    '    Type: review',
    '[7] First source',
    '    Type: guideline',
    '    Year: 2020',
  ].join('\n');
  const edit = markdownToArticle(markdown, 1);
  assert.deepEqual(
    edit.sections[0]!.statements.map((s) => s.citations),
    [[1], [2, 1]],
  );
  assert.deepEqual(
    edit.references.map((r) => [r.n, r.title, r.year]),
    [
      [1, 'First source', 2020],
      [2, 'Second source', null],
    ],
  );
});

test('a citation that names no listed reference is refused with its line and what to do', () => {
  const markdown = '# T\nSummary: S\n## A\n- One [1]\n- Two [4]\n## References\n[1] R\n    Type: guideline\n';
  assert.throws(
    () => markdownToArticle(markdown, 1),
    (err: Error & { status?: number }) => {
      assert.equal(err.status, 422);
      assert.equal(
        err.message,
        'Evidentia: line 5 of the article: citation [4] in "Two" does not resolve to a reference (listed: [1]); add the reference or correct the number',
      );
      return true;
    },
  );
});

test('a statement without a citation, an uncited reference, a bad type and stray lines are refused by line', () => {
  const cases: [string, RegExp][] = [
    [
      '# T\nSummary: S\n## A\n- No citation here\n## References\n[1] R\n    Type: guideline',
      /line 4 of the article: the statement "No citation here" has no citation; end it with/,
    ],
    [
      '# T\nSummary: S\n## A\n- One [1]\n## References\n[1] R\n    Type: guideline\n[2] Unused\n    Type: rct',
      /line 8 of the article: reference \[2\] is not cited by any statement; cite it or remove it/,
    ],
    ['# T\nSummary: S\n## A\n- One [1]\n## References\n[1] R\n    Type: blog', /the article's reference 1, type is not valid/],
    ['# T\nSummary: S\nWhatever\n## A\n- One [1]\n## References\n[1] R\n    Type: rct', /line 3 of the article: before the first section/],
    [
      '# T\nSummary: S\n## A\n- One [1]\n    - Too deep [1]\n## References\n[1] R\n    Type: rct',
      /line 5 of the article: this qualifier is indented 2 level\(s\)/,
    ],
    ['# T\nSummary: S\n## A\n- One [1]', /the reference list is missing/],
    ['Summary: S\n## A\n- One [1]\n## References\n[1] R\n    Type: rct', /needs a title on its first line/],
  ];
  for (const [markdown, message] of cases) assert.throws(() => markdownToArticle(markdown, 1), message);
});
