// Takes screenshots of every view in both languages at 1280 px and 375 px,
// for people to look at (not a test). Needs a release build in dist/.
// Usage: node tests/tools/screenshots.mjs [out-dir]   (default tests/e2e/output/screens)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';
import { DIST, ROOT, GOLDEN, answerByKeyboard } from '../e2e/harness.mjs';

const out = process.argv[2] ?? join(ROOT, 'tests/e2e/output/screens');
mkdirSync(out, { recursive: true });
const server = await serve(DIST, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const mixed = GOLDEN.cases.find((c) => c.name === 'mixed');
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } };

for (const lang of ['nl', 'en']) {
  for (const [device, viewport] of Object.entries(widths)) {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    await context.addInitScript((l) => {
      if (!localStorage.getItem('sis:settings')) {
        localStorage.setItem('sis:settings', JSON.stringify({ version: 1, lang: l }));
      }
    }, lang);
    const page = await context.newPage();
    const shot = (name) => page.screenshot({ path: join(out, `${name}-${lang}-${device}.png`), fullPage: true });
    await page.goto(url);
    await page.waitForSelector('#start');
    await shot('intro');
    await page.click('#start');
    await page.waitForSelector('.question-page');
    await answerByKeyboard(page, mixed.answers.slice(0, 8));
    await page.mouse.move(0, 0);
    await shot('question');
    await answerByKeyboard(page, mixed.answers.slice(8));
    await page.waitForSelector('#show-result');
    await shot('review');
    await page.click('[data-role="manager"]');
    await shot('review-role');
    await page.click('#show-result');
    await page.waitForSelector('#score-table');
    await shot('result');
    await page.click('#toggle-qr');
    await page.locator('#share-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, `share-${lang}-${device}.png`) });
    const link = await page.inputValue('#share-link');
    await page.click('#result-start-over');
    await page.waitForSelector('.question-page[data-number="1"]');
    await answerByKeyboard(page, GOLDEN.cases.find((c) => c.name === 'cycle').answers);
    await page.click('#show-result');
    await page.click('#my-results');
    await page.waitForSelector('#history-table');
    await shot('history');
    await page.click('#compare-button');
    await page.waitForSelector('#compare-table');
    await shot('compare');
    await page.goto(link);
    await page.waitForSelector('.shared-frame');
    await shot('shared');
    await page.goto(`${url}#r=${link.split('#r=')[1].slice(0, 12)}`);
    await page.waitForSelector('#link-error');
    await shot('bad-link');
    await page.click('#delete-data');
    await shot('delete-confirm');
    await context.close();
  }
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
