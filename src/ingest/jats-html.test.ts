import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJatsFile } from './jats.ts';
import { readHtmlFile } from './html-page.ts';
import { ingestPaths } from './run.ts';
import { openSqliteStore } from '../store/index.ts';
import { fixtures, tempDir } from '../../test/helpers.ts';
import type { ClinicalDocument } from '../types.ts';

async function only(reader: AsyncGenerator<import('./types.ts').IngestEvent>): Promise<ClinicalDocument> {
  const all = [];
  for await (const e of reader) all.push(e);
  assert.equal(all.length, 1);
  assert.equal(all[0]!.kind, 'document');
  return (all[0] as { document: ClinicalDocument }).document;
}

test('a JATS article gives front matter, abstract, body sections with headings and tables as text, no references', async () => {
  const doc = await only(readJatsFile(join(fixtures, 'jats', 'article.xml')));
  assert.equal(doc.id, 'pmid-90000010');
  assert.deepEqual(doc.sources[0], {
    id: 'pmid-90000010',
    type: 'review',
    title: 'Managing chilblains in primary care: a narrative review',
    year: 2022,
    journal: 'Fixture Reviews',
    pmid: '90000010',
    doi: '10.9999/fixrev.2022.010',
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9000010/',
    authors: ['García Lucía', 'Okafor Chidi'],
  });
  assert.deepEqual(doc.mesh, ['pernio', 'cold injury']);
  assert.deepEqual(
    doc.sections.map((s) => [s.heading, s.statements.map((st) => st.text)]),
    [
      ['Abstract', ['Chilblains are painful inflammatory lesions after cold exposure; most resolve within 3 weeks.']],
      ['Treatment', ['Keep the skin warm and dry. Nifedipine 20 mg three times daily may help severe cases.']],
      ['Treatment: Dosing table', ['Drug options Drug | Dose Nifedipine | 20 mg \u00d7 3 daily']],
    ],
  );
  assert.doesNotMatch(JSON.stringify(doc), /Old reference/);
});

test('an HTML guideline page: title and organisation from the page, lists as statements, boilerplate dropped', async () => {
  const doc = await only(readHtmlFile(join(fixtures, 'html', 'chilblains-guideline.html')));
  assert.equal(doc.id, 'html-chilblains-guideline');
  assert.deepEqual(doc.sources[0], {
    id: 'html-chilblains-guideline',
    type: 'guideline',
    title: 'Chilblains: assessment and management',
    year: 2023,
    organization: 'Fixture College of Dermatology',
  });
  assert.deepEqual(
    doc.sections.map((s) => [s.heading, s.statements.map((st) => st.text)]),
    [
      ['Overview', ['This guideline covers adults with chilblains.']],
      [
        'Recommendations',
        ['Advise keeping the hands and feet warm and avoiding rapid rewarming.', 'Consider nifedipine for severe or recurrent chilblains.'],
      ],
      ['Referral', ['Refer to dermatology if lesions persist beyond 3 weeks. Check for lupus if lesions are atypical.']],
    ],
  );
  assert.doesNotMatch(JSON.stringify(doc), /newsletter|Copyright|tracking|All guidelines/);
});

test('a folder of mixed formats is detected file by file', async () => {
  const store = openSqliteStore(join(tempDir(), 'e.db'));
  const summary = await ingestPaths(store, [join(fixtures, 'jats'), join(fixtures, 'html'), join(fixtures, 'pubmed', 'citations.xml')]);
  assert.equal(summary.added, 5);
  store.close();
});

test('an XML file that is neither PubMed nor JATS is refused by name', async () => {
  const dir = tempDir();
  const file = join(dir, 'other.xml');
  writeFileSync(file, '<?xml version="1.0"?><catalog><book/></catalog>');
  const store = openSqliteStore(join(dir, 'e.db'));
  await assert.rejects(ingestPaths(store, [file]), /Evidentia: cannot tell the format of .*other\.xml/);
  store.close();
});
