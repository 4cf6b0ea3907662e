import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';
import { DIST, GOLDEN, finishScan } from '../e2e/harness.mjs';
const server = await serve(DIST, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const mixed = GOLDEN.cases.find((c) => c.name === 'mixed');
for (const [device, viewport] of Object.entries({ desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } })) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('ERR', e.message));
  await page.goto(url + '?lang=' + (process.argv[2] ?? 'nl'));
  await finishScan(page, mixed.answers);
  await page.locator('#action-plan').screenshot({ path: `/tmp/plan-empty-${device}.png` });
  const boxes = page.locator('.plan-option input');
  await boxes.nth(0).check();
  await boxes.nth(4).check();
  await page.fill('#plan-due-0', '2027-03-31');
  await page.locator('#plan-due-0').dispatchEvent('change');
  await page.fill('#plan-own-text', 'Koffie met de ondernemingsraad over vertrouwen');
  await page.selectOption('#plan-own-focus', 'team');
  await page.click('#plan-own-add');
  await page.locator('#action-plan').screenshot({ path: `/tmp/plan-full-${device}.png` });
  console.log(await page.evaluate(() => localStorage.getItem('sis:plans')));
  // A second scan.
  await page.click('#result-start-over');
  await page.waitForSelector('.question-page[data-number="1"]');
  const { answerByKeyboard } = await import('../e2e/harness.mjs');
  await answerByKeyboard(page, mixed.answers.replace(/1/g, '4'));
  await page.click('#show-result');
  await page.waitForSelector('#score-table');
  await page.locator('#action-plan').screenshot({ path: `/tmp/plan-second-${device}.png` });
  await context.close();
}
await browser.close(); server.close();
