/* The pages in a real browser (Debian chromium driven by playwright-core): ask, read, switch reader, follow up. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { tempEngine } from '../../test/helpers.ts';
import { startServer } from './index.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = existsSync(executablePath) ? false : `no browser at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`;

test('a reader asks, reads the pending-review article, switches to the patient view and follows up', { skip }, async () => {
  const engine = await tempEngine();
  const server = await startServer(engine, 0);
  after(() => server.close());
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  after(() => browser.close());
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.fill('#home-q', 'How is tinea pedis treated?');
  await page.click('main form.ask button');
  await page.waitForURL(/\/articles\/how-is-tinea-pedis-treated$/);
  assert.equal(await page.textContent('h1'), 'Management of tinea pedis');
  assert.match((await page.textContent('.pending')) ?? '', /pending human review/);
  assert.equal(await page.textContent('ol.steps li[aria-current="step"]'), 'Submitted');
  assert.equal(await page.locator('ol.references li').count(), 2);

  await page.selectOption('#audience', 'patient');
  await page.click('form.audience button');
  await page.waitForURL(/audience=patient/);
  assert.match((await page.textContent('article')) ?? '', /Rub the antifungal cream on the itchy skin/);

  await page.fill('#follow', 'How is it diagnosed?');
  await page.click('.followup button');
  await page.waitForURL(/\/articles\//);
  assert.equal(await page.textContent('h1'), 'Diagnosis of tinea pedis');
  assert.match((await page.textContent('article')) ?? '', /skin scrapings/);
});
