/*
 * The reader's page in a real browser (Debian chromium via playwright-core) on the bundled library, at
 * 390 px with JavaScript off: the seed question asked from the home page is the heading, its bottom line
 * is on the first screen, a citation opens its reference and comes back, the patient view is plain, a
 * follow-up is answered in context and threaded, references export as RIS; then axe-core (JavaScript on)
 * finds no serious or critical violation on home, article, patient article, abstention and library.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { bundledLibrary, tempEngine } from '../../test/helpers.ts';
import { startServer } from './index.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = existsSync(executablePath)
  ? false
  : `no browser at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`;
const seed = 'What is the management approach for Amyotrophic Lateral Sclerosis (ALS)?';
const phone = { width: 390, height: 844 };

test(
  'a reader on a phone asks the seed question, reads the answer first, opens a citation, switches to patient, follows up in context and exports RIS',
  { skip },
  async () => {
    const engine = await tempEngine(bundledLibrary);
    const server = await startServer(engine, 0);
    after(() => server.close());
    const browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    after(() => browser.close());
    const base = `http://127.0.0.1:${server.port}`;
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.fill('#home-q', seed);
    await page.click('main form.ask button');
    await page.waitForURL(/\/articles\/management-of-amyotrophic-lateral-sclerosis-als$/);
    assert.equal(await page.textContent('h1'), seed);
    const bottom = (await page.locator('#bottom-line').boundingBox())!;
    console.log(`bottom line at 390×844: top ${Math.round(bottom.y)} px, bottom ${Math.round(bottom.y + bottom.height)} px`);
    assert.ok(bottom.y + bottom.height <= phone.height, 'the whole bottom line is on the first screen');
    assert.ok((await page.locator('nav.contents li').count()) > 5, 'a table of contents');
    assert.ok((await page.locator('ol.pitfalls li').count()) > 3, 'numbered pitfalls');
    assert.ok((await page.locator('li.group strong.lead-in').count()) > 0, 'statements grouped under lead-ins');

    // Keyboard: the skip link reaches the follow-up box.
    let presses = 0;
    while (presses < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Skip to the follow-up question') {
      await page.keyboard.press('Tab');
      presses++;
    }
    await page.keyboard.press('Enter');
    console.log(`Tab presses to the follow-up box: ${presses} (then Enter)`);
    assert.ok(presses <= 3);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'follow');

    const cite = page.locator('section[aria-labelledby="s2-disease-modifying-therapy"] a.cite').first();
    const size = (await cite.boundingBox())!;
    assert.ok(size.width >= 24 && size.height >= 24, `tap target ${size.width}×${size.height}`);
    const target = (await cite.getAttribute('href'))!;
    const citeId = (await cite.getAttribute('id'))!;
    await cite.click();
    await page.waitForURL(new RegExp(`${target}$`));
    assert.ok(await page.locator(`${target} a.back[href="#${citeId}"]`).isVisible(), 'the reference links back to where it is cited');
    assert.ok((await page.locator('ol.references a[href^="https://pubmed.ncbi.nlm.nih.gov/"]').count()) > 0, 'PMIDs link out');
    assert.ok((await page.locator('ol.references a[href^="https://doi.org/"]').count()) > 0, 'DOIs link out');
    assert.ok((await page.locator('ol.references .older').count()) > 0, 'older sources are marked');

    await page.selectOption('#audience', 'patient');
    await page.click('form.audience button');
    await page.waitForURL(/audience=patient/);
    const plain = (await page.textContent('article'))!;
    assert.match(plain, /Riluzole is a tablet taken twice a day/);
    assert.doesNotMatch(plain.split('References')[0]!, /\b\d+ ?mg\b/, 'no doses with units before the references');
    assert.match(plain, /Questions to ask your care team/);

    await page.fill('#follow', 'What about tofersen?');
    await page.click('.followup button');
    await page.waitForURL(/\/articles\/tofersen-in/);
    assert.equal(await page.textContent('h1'), 'What about tofersen?');
    assert.equal(await page.textContent('.answering'), 'Answering: Tofersen in amyotrophic lateral sclerosis (ALS)');
    assert.equal(await page.inputValue('#audience'), 'patient', "the reader's choice is remembered");

    await page.goto(`${base}/articles/management-of-amyotrophic-lateral-sclerosis-als?audience=clinician`);
    assert.match((await page.textContent('ol.thread'))!, /Tofersen in amyotrophic lateral sclerosis/);
    const ris = await page.request.get(`${base}${await page.getAttribute('.exports a[href$=".ris"]', 'href')}`);
    assert.match(await ris.text(), /^TY {2}- RPRT\r\nTI {2}- /);

    // Accessibility, with JavaScript on for axe only (CSP bypassed to inject it; the pages run no script).
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const checker = await (await browser.newContext({ viewport: phone, bypassCSP: true })).newPage();
    for (const path of [
      '/',
      '/articles/management-of-amyotrophic-lateral-sclerosis-als',
      '/articles/management-of-amyotrophic-lateral-sclerosis-als?audience=patient',
      `/ask?q=${encodeURIComponent('What is the treatment of Gaucher disease type 1?')}`,
      '/library',
    ]) {
      await checker.goto(`${base}${path}`);
      await checker.evaluate(axeSource);
      const violations = (await checker.evaluate(async () => {
        const result = await (
          globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
        ).axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      })) as { id: string; impact: string }[];
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(serious, [], `${path}: ${JSON.stringify(violations)}`);
    }
    await checker.goto(`${base}/ask?q=${encodeURIComponent('What is the treatment of Gaucher disease type 1?')}`);
    const notice = (await checker.textContent('main'))!;
    assert.doesNotMatch(notice, /searched its sources for/, 'no internal search string');
    assert.match(notice, /What you can do next/);
  },
);
