import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLibraryFile } from './parse.ts';
import { checkLibrary, libraryStats } from './check.ts';
import { fixtureLibrary, tempDir } from '../../../test/helpers.ts';

const good = readFileSync(join(fixtureLibrary, 'topics', 'tinea-pedis.md'), 'utf8');
const today = new Date('2026-01-01T00:00:00Z');

test('a valid library file parses into sections, statements, qualifiers, lay text and attributes', () => {
  const { document, problems } = parseLibraryFile('topics/tinea-pedis.md', good, today);
  assert.deepEqual(problems, []);
  assert.ok(document);
  assert.equal(document.title, 'Tinea pedis');
  assert.deepEqual(document.aliases, ["athlete's foot", 'foot ringworm']);
  assert.deepEqual(document.sections.map((s) => s.heading), ['Overview', 'First-line treatment', 'Diagnosis', 'Common pitfalls and caveats']);
  const first = document.sections[1]!.statements[0]!;
  assert.equal(first.text, 'Apply terbinafine 1% cream twice daily for 1 week to the affected skin.');
  assert.deepEqual(first.citations, ['fixture-guideline', 'fixture-review']);
  assert.equal(first.strength, 'strong');
  assert.equal(first.evidence, 'high');
  assert.equal(first.lay, 'Rub the antifungal cream on the itchy skin twice a day for a week.');
  assert.equal(first.children.length, 1);
  assert.equal(document.sources.find((s) => s.id === 'fixture-review')?.journal, 'Journal of Test Fixtures');
});

/** Replace one line of the good fixture and return the problems, as "line: message". */
function problemsAfter(from: string, to: string): string[] {
  assert.ok(good.includes(from), `fixture contains ${from}`);
  return parseLibraryFile('topics/tinea-pedis.md', good.replace(from, to), today).problems.map((p) => `${p.line}: ${p.message}`);
}

test('an unknown citation key is reported with its line', () => {
  assert.deepEqual(problemsAfter('to the affected skin. [fixture-guideline; fixture-review]', 'to the affected skin. [fixture-guideline; efns-2021]'), [
    '24: unknown source key "efns-2021"',
  ]);
});

test('a statement without a citation is rejected', () => {
  assert.deepEqual(problemsAfter('dry carefully between the toes. [fixture-guideline]', 'dry carefully between the toes.'), [
    '28: statement has no citation (end it with [source-key])',
  ]);
});

test('an unknown source type and a source nobody cites are rejected', () => {
  const problems = problemsAfter('type: systematic-review', 'type: blog-post');
  assert.ok(problems.some((p) => /^15: source field "sources.fixture-review.type": unknown source type "blog-post"/.test(p)), problems.join('\n'));
  const uncited = parseLibraryFile('topics/tinea-pedis.md', good.replace('[fixture-guideline; fixture-review] {strength', '[fixture-guideline] {strength').replace('[fixture-review]\n- Apply', '[fixture-guideline]\n- Apply').replace('to affected skin. [fixture-review]', 'to affected skin. [fixture-guideline]'), today);
  assert.deepEqual(uncited.problems.map((p) => `${p.line}: ${p.message}`), ['14: source "fixture-review" is not cited by any statement']);
});

test('a missing front-matter field and a reviewed date in the future are rejected', () => {
  assert.deepEqual(problemsAfter('specialty: dermatology\n', ''), ['2: front-matter field "specialty": Invalid input: expected string, received undefined']);
  assert.deepEqual(problemsAfter('reviewed: 2025-01-15', 'reviewed: 2030-01-15'), ['7: reviewed date 2030-01-15 is in the future']);
});

test('a body line that is not a heading or bullet is rejected with its line', () => {
  const problems = problemsAfter('## Diagnosis', 'Diagnosis notes');
  assert.equal(problems[0], '30: line is not allowed in the body (use "## Heading", "- statement [key]" or "  - qualifier [key]")');
});

test('library check finds clashing aliases, duplicate ids and invalid UTF-8 across files', () => {
  const root = tempDir();
  mkdirSync(join(root, 'topics'));
  writeFileSync(join(root, 'topics', 'tinea-pedis.md'), good);
  writeFileSync(join(root, 'topics', 'tinea-corporis.md'), good.replace('id: tinea-pedis', 'id: tinea-corporis').replace('title: Tinea pedis', 'title: Tinea corporis'));
  writeFileSync(join(root, 'topics', 'broken.md'), Buffer.concat([Buffer.from('---\nid: broken\n'), Buffer.from([0xff, 0xfe]), Buffer.from('\n---\n')]));
  const messages = checkLibrary(root, [], today).problems.map((p) => `${p.file.replace(root, '')}:${p.line}: ${p.message}`);
  assert.ok(messages.includes('/topics/broken.md:3: text is not valid UTF-8'), messages.join('\n'));
  assert.ok(messages.includes(`/topics/tinea-pedis.md:5: alias "athlete's foot" is also a name of ${join(root, 'topics', 'tinea-corporis.md')} (its alias)`), messages.join('\n'));
});

test('broader names, ingredients and excludes are read onto the document, and left off when absent', () => {
  const text = good.replace('aliases: [athlete\'s foot, foot ringworm]', 'aliases: [athlete\'s foot, foot ringworm]\nbroader: [tinea, ringworm]\nexcludes: [tinea capitis, tinea unguium]');
  const { document, problems } = parseLibraryFile('topics/tinea-pedis.md', text, today);
  assert.deepEqual(problems, []);
  assert.deepEqual(document?.broader, ['tinea', 'ringworm']);
  assert.deepEqual(document?.excludes, ['tinea capitis', 'tinea unguium']);
  assert.equal(document?.ingredients, undefined);
  const plain = parseLibraryFile('topics/tinea-pedis.md', good, today).document!;
  assert.ok(!('broader' in plain) && !('excludes' in plain) && !('ingredients' in plain));
});

test('ingredients only on drugs, broader only on topics, names not lists, nothing excluded that the file is named', () => {
  assert.deepEqual(problemsAfter('specialty: dermatology', 'ingredients: [terbinafine]\nspecialty: dermatology'), [
    '6: ingredients is only for drugs (the components of a combination product)',
  ]);
  assert.deepEqual(problemsAfter('specialty: dermatology', 'broader: ringworm\nspecialty: dermatology'), [
    '6: front-matter field "broader": Invalid input: expected array, received string',
  ]);
  assert.deepEqual(problemsAfter('specialty: dermatology', 'excludes:\n  - tinea capitis\n  - Foot  Ringworm\n  - tinea pedis\nspecialty: dermatology'), [
    '8: excludes "Foot  Ringworm", which is a name of this file',
    '9: excludes "tinea pedis", which is a name of this file',
  ]);
  assert.deepEqual(problemsAfter('specialty: dermatology', 'broader: [ringworm, foot ringworm]\nspecialty: dermatology'), [
    '6: "foot ringworm" is listed in both aliases and broader',
  ]);
  const drug = readFileSync(join(fixtureLibrary, 'drugs', 'terbinafine.md'), 'utf8');
  const parsed = parseLibraryFile('drugs/terbinafine.md', drug.replace('aliases: [Lamisil]', 'aliases: [Lamisil]\nbroader: [antifungal]'), today);
  assert.deepEqual(parsed.problems.filter((p) => p.severity === 'error').map((p) => `${p.line}: ${p.message}`), ['6: broader is only for topics']);
});

test('library check: a name belongs to one file whatever its role, and excluding another file\'s name is fine', () => {
  const root = tempDir();
  mkdirSync(join(root, 'topics'));
  mkdirSync(join(root, 'drugs'));
  writeFileSync(join(root, 'topics', 'tinea-pedis.md'), good.replace('aliases: [athlete\'s foot, foot ringworm]', 'aliases: [athlete\'s foot, foot ringworm]\nbroader: [Ringworm]\nexcludes: [terbinafine]'));
  const drug = readFileSync(join(fixtureLibrary, 'drugs', 'terbinafine.md'), 'utf8');
  writeFileSync(join(root, 'drugs', 'terbinafine.md'), drug.replace('aliases: [Lamisil]', 'aliases: [Lamisil]\ningredients:\n  - naftifine\n  - ringworm'));
  const messages = checkLibrary(root, [], today).problems.filter((p) => p.severity === 'error').map((p) => `${p.file.replace(root, '')}:${p.line}: ${p.message}`);
  assert.deepEqual(messages, [`/topics/tinea-pedis.md:6: broader name "Ringworm" is also a name of ${join(root, 'drugs', 'terbinafine.md')} (its ingredient)`]);
});

test('library check rejects names that are common words, bare qualifiers or short lower-case words, but not acronyms', () => {
  const root = tempDir();
  mkdirSync(join(root, 'topics'));
  mkdirSync(join(root, 'lexicon'));
  writeFileSync(join(root, 'lexicon', 'common-words.txt'), '# everyday words\nfeet\ncap # a hat\n');
  writeFileSync(join(root, 'topics', 'tinea-pedis.md'), good.replace('aliases: [athlete\'s foot, foot ringworm]', 'aliases: [athlete\'s foot, Feet, CAP, Chronic, tp, flu, foot ringworm]\nbroader: [ftp]'));
  const messages = checkLibrary(root, [], today).problems.filter((p) => p.severity === 'error').map((p) => `${p.line}: ${p.message}`);
  assert.deepEqual(messages, [
    '5: alias "Feet" is a common English word (library/lexicon/common-words.txt); write the condition or drug it names',
    '5: alias "Chronic" is a bare qualifier; write the condition or drug it names',
    '5: alias "tp" is a short lower-case word; write the condition or drug it names',
    '6: broader name "ftp" is a short lower-case word; write the condition or drug it names',
  ]);
  // Without the word list, only qualifiers and short words are caught.
  const bare = tempDir();
  mkdirSync(join(bare, 'topics'));
  writeFileSync(join(bare, 'topics', 'tinea-pedis.md'), good.replace('foot ringworm]', 'foot ringworm, feet]'));
  assert.deepEqual(checkLibrary(bare, [], today).problems.filter((p) => p.severity === 'error'), []);
});

test('library check rejects an alias that is an ambiguous abbreviation\'s second sense, and keeps its first', () => {
  const root = tempDir();
  mkdirSync(join(root, 'topics'));
  mkdirSync(join(root, 'lexicon'));
  writeFileSync(
    join(root, 'lexicon', 'abbreviations.tsv'),
    'term\texpansions\tcontext\nAF\tathlete\'s foot\tfoot itch\nAF\tatrial fibrillation\theart\nTP\ttreponema pallidum\tsyphilis\nTP\ttinea pedis\tfoot\n',
  );
  writeFileSync(join(root, 'topics', 'tinea-pedis.md'), good.replace("aliases: [athlete's foot, foot ringworm]", "aliases: [athlete's foot, foot ringworm, AF, TP]"));
  const messages = checkLibrary(root, [], today).problems.filter((p) => p.severity === 'error').map((p) => `${p.line}: ${p.message}`);
  assert.deepEqual(messages, [
    '5: alias "TP" has 2 senses in library/lexicon/abbreviations.tsv; leave it to the lexicon, whose cue words choose between them',
  ]);
});

test('library stats count topics, drugs, statements (qualifiers included) and sources', () => {
  const stats = libraryStats(checkLibrary(fixtureLibrary, [], today).documents);
  assert.deepEqual(stats, { topics: 1, drugs: 2, statements: 11, sources: 4, locatorCoverage: { 'drug-label': 0, guideline: 0, 'systematic-review': 0 } });
});
