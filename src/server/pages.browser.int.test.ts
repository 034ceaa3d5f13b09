/*
 * The pages in a real browser (Debian chromium driven by playwright-core): a reader asks, reads, switches
 * reader and follows up; a reviewer signs in, filters the queue, reads statements beside their passages
 * and requests changes.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { tempEngine } from '../../test/helpers.ts';
import { startServer } from './index.ts';
import { addTestMember, testPassword } from '../../test/board.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = existsSync(executablePath)
  ? false
  : `no browser at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`;

test('a reader asks, reads the pending-review article, switches to the patient view and follows up', { skip }, async () => {
  const engine = await tempEngine();
  const server = await startServer(engine, 0);
  after(() => server.close());
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  after(() => browser.close());
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.fill('#home-q', 'How is tinea pedis treated?');
  await page.click('main form.ask button');
  await page.waitForURL(/\/articles\/management-of-tinea-pedis$/);
  assert.equal(await page.textContent('h1'), 'How is tinea pedis treated?');
  assert.equal(await page.textContent('.article-title'), 'Management of tinea pedis');
  assert.match((await page.textContent('.pending')) ?? '', /pending human review/);
  assert.equal(await page.textContent('ol.steps li[aria-current="step"]'), '● Submitted');
  assert.equal(await page.locator('ol.references li').count(), 2);

  await page.selectOption('#audience', 'patient');
  await page.click('form.audience button');
  await page.waitForURL(/audience=patient/);
  assert.match((await page.textContent('article')) ?? '', /Rub the antifungal cream on the itchy skin/);

  await page.fill('#follow', 'How is it diagnosed?');
  await page.click('.followup button');
  await page.waitForURL(/\/articles\//);
  assert.equal(await page.textContent('.article-title'), 'Diagnosis of tinea pedis');
  // The reader stays a patient (remembered); the clinician's view has the clinical detail.
  await page.goto(`${page.url().split('?')[0]}?audience=clinician`);
  assert.match((await page.textContent('article')) ?? '', /skin scrapings/);
});

test(
  'a reviewer signs in, filters the queue by specialty, reads each statement beside its passage and requests changes',
  { skip },
  async () => {
    const engine = await tempEngine();
    await addTestMember(engine.store, 'rita', ['reviewer'], { displayName: 'Dr Rita Ng', credentials: 'MD', specialty: 'Dermatology' });
    engine.ask('How is tinea pedis treated?');
    engine.ask('What is the dose of terbinafine?');
    const server = await startServer(engine, 0);
    after(() => server.close());
    const browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    after(() => browser.close());
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.port}/review`);
    await page.waitForURL(/\/login\?next=%2Freview$/);
    await page.fill('#name', 'rita');
    await page.fill('#password', testPassword);
    await page.click('form.stack button');
    await page.waitForURL(/\/review$/);
    assert.equal(await page.locator('table.queue tbody tr').count(), 2);
    await page.selectOption('#specialty', 'dermatology');
    await page.click('form.filters button');
    await page.waitForURL(/specialty=dermatology/);
    assert.equal(await page.locator('table.queue tbody tr').count(), 1);
    await page.click('table.queue a');
    await page.waitForURL(/\/review\/management-of-tinea-pedis$/);
    assert.ok((await page.locator('.pair mark').count()) > 0, 'cited passages are highlighted beside statements');
    await page.click('button[value="under_review"]');
    await page.waitForURL(/\/review\/management-of-tinea-pedis$/);
    await page.fill('#comment-changes_requested', 'Give the treatment duration for each option.');
    await page.click('button[value="changes_requested"]');
    await page.waitForURL(/\/review\/management-of-tinea-pedis$/);
    assert.match(
      (await page.textContent('ol.audit')) ?? '',
      /under_review → changes_requested · version 1 · “Give the treatment duration for each option\.”/,
    );
    await page.goto(`http://127.0.0.1:${server.port}/articles/management-of-tinea-pedis`);
    assert.equal(await page.textContent('ol.steps li[aria-current="step"]'), '● Changes requested');
    assert.deepEqual(errors, [], 'no CSP violations or script errors');
  },
);

test('an editor opens the edit page from the review page, changes a statement, saves a new version and resubmits', { skip }, async () => {
  const engine = await tempEngine();
  await addTestMember(engine.store, 'ed', ['editor'], { displayName: 'Ed Okafor' });
  const reviewer = await addTestMember(engine.store, 'rita', ['reviewer']);
  const { moveArticle } = await import('../articles/index.ts');
  const id = engine.ask('How is tinea pedis treated?').article!.id;
  moveArticle(engine.store, id, 'under_review', { member: reviewer, via: 'cli' });
  moveArticle(engine.store, id, 'changes_requested', { member: reviewer, via: 'cli' }, 'Say how long to treat.');
  const server = await startServer(engine, 0);
  after(() => server.close());
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  after(() => browser.close());
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`http://127.0.0.1:${server.port}/login?next=%2Freview%2Fmanagement-of-tinea-pedis`);
  await page.fill('#name', 'ed');
  await page.fill('#password', testPassword);
  await page.click('form.stack button');
  await page.waitForURL(/\/review\/management-of-tinea-pedis$/);
  await page.click('a.button');
  await page.waitForURL(/\/edit$/);
  const markdown = await page.inputValue('#content');
  assert.match(markdown, /^# Management of tinea pedis\n/);
  await page.fill('#content', markdown.replace(/^(- [^\n]*?)\.( \[\d+\])/m, '$1, for 1 to 4 weeks.$2'));
  await page.click('form.edit button');
  await page.waitForURL(/\/review\/management-of-tinea-pedis$/);
  assert.match((await page.textContent('ol.versions')) ?? '', /Version 2, .*edited by ed/);
  await page.click('button[value="submitted"]');
  await page.waitForURL(/\/review\/management-of-tinea-pedis$/);
  assert.equal(engine.store.getArticle(id)!.reviewState, 'submitted');
  assert.match(JSON.stringify(engine.store.getArticle(id)!.answer.sections), /for 1 to 4 weeks\./);
  assert.deepEqual(errors, [], 'no CSP violations or script errors');
});
