/*
 * Lexicon loader tests: malformed fixture files fail with file:line messages; good files load and
 * resolve ambiguous abbreviations by question context; the real library lexicon loads cleanly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MalformedInputError } from '../../errors.ts';
import { loadLexicon } from './load.ts';
import { loadVocabularyTables } from './tables.ts';

const header = 'term\texpansions\tcontext\n';

/** A fresh folder holding one fixture file; returns the folder and the file's path. */
function fixture(body: string | Buffer, name = 'fixture.tsv'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-lexicon-'));
  const file = join(dir, name);
  writeFileSync(file, typeof body === 'string' ? header + body : Buffer.concat([Buffer.from(header), body]));
  return { dir, file };
}

function failure(body: string | Buffer): { file: string; error: MalformedInputError } {
  const { dir, file } = fixture(body);
  try {
    loadLexicon(dir);
  } catch (error) {
    assert.ok(error instanceof MalformedInputError, String(error));
    return { file, error };
  }
  assert.fail('expected a MalformedInputError');
}

test('a line with the wrong number of columns is rejected with file and line', () => {
  const { file, error } = failure('MI\tmyocardial infarction\n# comment\nAF\tatrial fibrillation\tcardiology\textra\n');
  assert.equal(error.message, `Evidentia: expected 2 or 3 tab-separated columns (term, expansions, context), found 4 in ${file}:4`);
  assert.equal(error.line, 4);
  const single = failure('lonely term\n');
  assert.equal(
    single.error.message,
    `Evidentia: expected 2 or 3 tab-separated columns (term, expansions, context), found 1 in ${single.file}:2`,
  );
});

test('an empty term or an empty expansion is rejected', () => {
  const term = failure('MI\tmyocardial infarction\n \tatrial fibrillation\n');
  assert.equal(term.error.message, `Evidentia: term is empty in ${term.file}:3`);
  const expansion = failure('Tylenol\tparacetamol||acetaminophen\n');
  assert.equal(expansion.error.message, `Evidentia: expansion 2 of "Tylenol" is empty in ${expansion.file}:2`);
});

test('a duplicate identical line is rejected, naming the first occurrence', () => {
  const { file, error } = failure('MI\tmyocardial infarction\nAF\tatrial fibrillation\nMI\tmyocardial infarction\n');
  assert.equal(error.message, `Evidentia: duplicate of ${file}:2 in ${file}:4`);
});

test('invalid UTF-8 is rejected with the line of the bad bytes', () => {
  const { file, error } = failure(
    Buffer.concat([Buffer.from('MI\tmyocardial infarction\nanaemia\t'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
  );
  assert.equal(error.message, `Evidentia: text is not valid UTF-8 in ${file}:3`);
});

test('a missing header is rejected', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-lexicon-'));
  writeFileSync(join(dir, 'a.tsv'), 'MI\tmyocardial infarction\n');
  assert.throws(() => loadLexicon(dir), {
    message: `Evidentia: first line must be the header "term<TAB>expansions<TAB>context" in ${join(dir, 'a.tsv')}:1`,
  });
});

test('a good folder loads; ambiguous terms follow question cue words; short capitals match only as written', () => {
  const { dir } = fixture(
    [
      '# ambiguous: most common sense first',
      'MS\tmultiple sclerosis\tneurology relapse demyelinating',
      'MS\tmitral stenosis\tvalve murmur rheumatic',
      'water pill\tdiuretic',
      'Tylenol\tparacetamol|acetaminophen',
      '',
    ].join('\n'),
  );
  mkdirSync(join(dir, 'more'));
  writeFileSync(join(dir, 'more', 'spellings.tsv'), `${header}anaemia\tanemia\n`);
  const lexicon = loadLexicon(dir);
  assert.equal(lexicon.size, 5);
  assert.deepEqual(lexicon.expand('MS', 'MS relapse treatment'), ['multiple sclerosis']);
  assert.deepEqual(lexicon.expand('MS', 'murmur in MS with valves'), ['mitral stenosis']);
  assert.deepEqual(lexicon.expand('MS', 'what is MS'), ['multiple sclerosis']);
  assert.deepEqual(lexicon.expand('ms', 'a dose of 5 ms'), []);
  assert.deepEqual(lexicon.expand('TYLENOL'), ['paracetamol', 'acetaminophen']);
  assert.deepEqual(lexicon.reverse('anemia'), ['anaemia']);
  assert.deepEqual(
    lexicon.find('Can I take tylenol with my Water Pill for MS?').map((m) => [m.text, m.entry.expansions[0]]),
    [
      ['tylenol', 'paracetamol'],
      ['Water Pill', 'diuretic'],
      ['MS', 'multiple sclerosis'],
    ],
  );
});

test('the bundled library lexicon loads with at least 3,000 entries', () => {
  const dir = fileURLToPath(new URL('../../../library/lexicon', import.meta.url));
  const lexicon = loadLexicon(dir);
  assert.ok(lexicon.size >= 3000, `only ${lexicon.size} entries`);
  assert.deepEqual(lexicon.expand('MI'), ['myocardial infarction']);
  assert.ok(lexicon.expand('Ventolin').includes('salbutamol'));
});

test('a context cue of more than one word, or with an unknown role, is rejected with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-context-'));
  const file = join(dir, 'context-cues.tsv');
  writeFileSync(file, 'cue\trole\nknown\thistory\nno longer\tnegation\n');
  assert.throws(
    () => loadVocabularyTables(dir),
    (e: unknown) => e instanceof MalformedInputError && e.file === file && e.line === 3,
  );
  writeFileSync(file, 'cue\trole\nknown\tpast\n');
  assert.throws(
    () => loadVocabularyTables(dir),
    (e: unknown) => e instanceof MalformedInputError && e.line === 2 && /unknown value/.test(e.message),
  );
  writeFileSync(file, 'cue\trole\nHx\thistory\ndenies\tnegation\n');
  const { contextWords } = loadVocabularyTables(dir);
  assert.deepEqual([...contextWords.history], ['hx']);
  assert.deepEqual([...contextWords.negation], ['denies']);
});

test('a two-word lay phrase reads in either order and through lay words, but never across a comma', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evidentia-lexicon-'));
  writeFileSync(
    join(dir, 'lay-terms.tsv'),
    `${header}painful periods\tdysmenorrhoea\npain during sex\tdyspareunia\ncold sores\therpes labialis\n`,
  );
  writeFileSync(join(dir, 'lay-words.tsv'), `${header}hurts\tpain\n`);
  const lexicon = loadLexicon(dir);
  const found = (q: string) => lexicon.find(q).map((m) => m.entry.expansions[0]);
  assert.deepEqual(found('my periods are so painful'), ['dysmenorrhoea']);
  assert.deepEqual(found('it hurts during sex'), ['dyspareunia']);
  assert.deepEqual(found('periods, and it is painful to walk'), []);
  // "sore" is no lay word for pain here: the noun of "cold sores" keeps its meaning.
  assert.ok(!found('fingers hurt in the cold').includes('herpes labialis'));
});

test('a lay phrase written with an apostrophe is read when typed without one ("cant shut my eye")', () => {
  const { dir } = fixture("can't shut my eye\tincomplete eye closure\t\n", 'lay-terms.tsv');
  const found = loadLexicon(dir).find('woke up and i cant shut my eye properly');
  assert.deepEqual(
    found.map((m) => [m.text, m.entry.expansions[0]]),
    [['cant shut my eye', 'incomplete eye closure']],
  );
  // …and still as written.
  assert.equal(loadLexicon(dir).find("I can't shut my eye")[0]?.text, "can't shut my eye");
});

test('a word with "\'s" joined to it is read as the word: "the hair\'s broken off" is the hair broken off', () => {
  const { dir } = fixture('scaly patch on his head hair broken off\ttinea capitis\t\n', 'presentations.tsv');
  const found = loadLexicon(dir).find("a round scaly patch on his head where the hair's broken off");
  assert.deepEqual(
    found.map((m) => m.entry.expansions[0]),
    ['tinea capitis'],
  );
});

test('a lay phrase written without its apostrophe is read when typed with one ("can\'t straighten")', () => {
  const { dir } = fixture('tip droops and cant straighten the end joint\tmallet finger\t\n', 'presentations.tsv');
  const found = loadLexicon(dir).find("now the tip droops and he can't straighten the end joint");
  assert.deepEqual(
    found.map((m) => m.entry.expansions[0]),
    ['mallet finger'],
  );
});

test('a mixed-case abbreviation that spells a word ("AChE") matches only as written, not "an ache in my knee"', () => {
  const { dir } = fixture('AChE\tacetylcholinesterase\nHbA1c\tglycated haemoglobin\n', 'abbreviations.tsv');
  const lexicon = loadLexicon(dir);
  assert.deepEqual(
    lexicon.find('an ache in my knee, the pain aches').map((m) => m.entry.term),
    [],
  );
  assert.deepEqual(
    lexicon.find('on AChE inhibitors, hba1c 58').map((m) => m.entry.term),
    ['AChE', 'HbA1c'],
  );
});

test('a lay description of three words or more holds in any order with a few words among them, within one sentence', () => {
  const { dir } = fixture('creepy crawly feeling in legs\trestless legs syndrome\nloin to groin pain\trenal colic\n', 'lay-terms.tsv');
  const lexicon = loadLexicon(dir);
  const found = (q: string) => lexicon.find(q).map((m) => m.entry.expansions[0]);
  assert.deepEqual(found('my legs get this horrible creepy-crawly feeling at night'), ['restless legs syndrome']);
  assert.deepEqual(found('sudden L loin-to-groin pain'), ['renal colic']);
  // (Across the commas of a list, but not past the end of a sentence, nor past a word that turns it round.)
  assert.deepEqual(found('aching legs, creepy crawly feeling at night'), ['restless legs syndrome']);
  assert.deepEqual(found('my legs are heavy, tired and sore, a creepy crawly feeling'), []);
  assert.deepEqual(found('my legs ache. a creepy crawly feeling in my arms'), []);
  assert.deepEqual(found('legs feel fine, not creepy or crawly'), []);
});

test('a silent e goes with the ending: "hands shake when writing" holds in "my hands are shaking when I write"', () => {
  const { dir } = fixture('hands shake when writing\tessential tremor\n', 'presentations.tsv');
  const lexicon = loadLexicon(dir);
  const found = (q: string) => lexicon.find(q).map((m) => m.entry.expansions[0]);
  assert.deepEqual(found('my hands are shaking when I write'), ['essential tremor']);
  assert.deepEqual(found('my hands shake when writing'), ['essential tremor']);
  // (Another word with an ending is still another word: "wrapping" is no "writing".)
  assert.deepEqual(found('hands shake when wrapping'), []);
});

test('nothing is read loosely just after a word that turns it round: "I dont have fits" is no "having fits"', () => {
  const { dir } = fixture('having fits\tseizures\n', 'lay-terms.tsv');
  const lexicon = loadLexicon(dir);
  const found = (q: string) => lexicon.find(q).map((m) => m.entry.expansions[0]);
  assert.deepEqual(found('i dont have fits, so why carbamazepine?'), []);
  assert.deepEqual(found('he is having fits at night'), ['seizures']);
});

test('a presentation word the question implies of its patient is said: "focal crackles in a child" holds for "3yo … focal crackles" given "child"', () => {
  const { dir } = fixture('focal crackles in a child\tpneumonia in children\n', 'presentations.tsv');
  const lexicon = loadLexicon(dir);
  const found = (q: string, implied: string[] = []) => lexicon.find(q, true, implied).map((m) => m.entry.expansions[0]);
  assert.deepEqual(found('3yo, cough, focal crackles R base', ['children', 'child']), ['pneumonia in children']);
  // (Not without the implied word, and never one the question does not imply.)
  assert.deepEqual(found('3yo, cough, focal crackles R base'), []);
  assert.deepEqual(found('cough, focal crackles R base', ['older']), []);
});

test('a Greek plural is read as its singular ("keratoses" is "keratosis"), but "closes" is no "closis"', () => {
  const { dir } = fixture('stuck on brown keratosis\tseborrhoeic keratosis\nthroat closes up\tanaphylaxis\n', 'presentations.tsv');
  const lexicon = loadLexicon(dir);
  const found = (q: string) => lexicon.find(q).map((m) => m.entry.expansions[0]);
  assert.deepEqual(found('brown stuck-on keratoses on her back'), ['seborrhoeic keratosis']);
  assert.deepEqual(found('my throat closes up after prawns'), ['anaphylaxis']);
});
