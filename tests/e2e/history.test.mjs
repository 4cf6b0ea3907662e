// My results, compare, trend, exports, import and print in a real browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN, ROOT, chooseLanguage, finishScan, openApp, readResult, shareLink, useApp } from './harness.mjs';

const app = useApp();
const byName = (name) => GOLDEN.cases.find((c) => c.name === name);
const OUTPUT = join(ROOT, 'tests/e2e/output');
mkdirSync(OUTPUT, { recursive: true });

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

test('finished scans are listed, opened, compared, trended and deleted', async () => {
  const page = await openApp(app);
  await finishScan(page, byName('cycle').answers);
  await page.click('.brand');
  await finishScan(page, byName('mixed').answers);
  await page.click('#my-results');
  await page.waitForSelector('#history-table');
  assert.equal(await page.locator('#history-table tbody tr').count(), 2);
  // Compare the two: overlaid chart with two series and a legend, differences with direction.
  await page.click('#compare-button');
  await page.waitForSelector('#compare-table');
  assert.equal(await page.locator('.chart-box svg polygon').count(), 2);
  assert.equal(await page.locator('.legend li').count(), 2);
  // The two are told apart, also when finished in the same minute (as here,
  // mostly): "(1)" and "(2)" then follow the same date and time.
  const names = await page.$$eval('.legend li', (items) => items.map((item) => item.textContent));
  assert.notEqual(names[0], names[1], `two names: ${names}`);
  const columns = await page.$$eval('#compare-table thead th[scope="col"]', (cells) => cells.map((cell) => cell.textContent));
  assert.ok(columns.includes(names[0]) && columns.includes(names[1]), `the table's columns: ${columns}`);
  const purpose = await page.textContent('#compare-table tr[data-dimension="purpose"] .difference');
  // cycle gives purpose 33, mixed 75.
  assert.match(purpose, /▲ \+42 hoger/);
  await page.click('#back-to-results');
  // A third result brings the trend.
  await page.click('.brand');
  await finishScan(page, byName('all-agree').answers);
  await page.click('#my-results');
  await page.waitForSelector('#trend-table');
  assert.match(await page.textContent('#trend-table tr[data-dimension="purpose"]'), /33 → 75 → \d+/);
  // Open the oldest, then delete one and all.
  await page.locator('.open-entry').last().click();
  await page.waitForSelector('#entry-title');
  assert.deepEqual((await readResult(page)).dimensions, byName('cycle').dimensions);
  await page.click('#back-to-results');
  await page.locator('.delete-entry').first().click();
  assert.equal(await page.locator('#history-table tbody tr').count(), 2);
  await page.click('#delete-all-results');
  await page.click('#delete-all-yes');
  await page.waitForSelector('#history-empty');
  await page.reload();
  await page.waitForSelector('#score-table');
  assert.equal(await page.locator('#my-results').count(), 0);
  await page.context().close();
});

test('compare my result with a pasted link, and a bad paste says why', async () => {
  const page = await openApp(app);
  await finishScan(page, byName('mixed').answers);
  const link = await shareLink(page);
  await page.click('#result-start-over');
  await page.waitForSelector('.question-page');
  await page.click('.brand');
  await page.click('#my-results');
  await page.fill('#compare-link', 'this is not a link');
  await page.click('#compare-button');
  await page.waitForSelector('#compare-error');
  await page.fill('#compare-link', `  ${link}\n`);
  await page.click('#compare-button');
  await page.waitForSelector('#compare-table');
  assert.match(await page.textContent('.legend'), /geplakte link/);
  assert.match(await page.textContent('#compare-table tr[data-dimension="team"] .difference'), /= 0 gelijk/);
  await page.context().close();
});

test('exports: SVG, PNG, JSON and CSV; the JSON imports again to the same result', async () => {
  const page = await openApp(app);
  const mixed = byName('mixed');
  await finishScan(page, mixed.answers, { role: 'director' });
  const svg = await download(page, '#export-svg');
  assert.equal(svg.name, 'sociale-innovatie-scan.svg');
  assert.match(svg.body.toString(), /^<svg [^>]*viewBox/);
  const png = await download(page, '#export-png');
  assert.deepEqual([...png.body.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  const json = await download(page, '#export-json');
  const record = JSON.parse(json.body.toString());
  assert.equal(record.format, 'sociale-innovatie-scan/result');
  assert.equal(record.version, 1);
  assert.equal(record.role, 'director');
  assert.equal(record.index, mixed.index);
  const csv = await download(page, '#export-csv');
  // UTF-8 with a byte order mark, so that spreadsheet programs read the texts right.
  assert.deepEqual([...csv.body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.deepEqual([png.name, json.name, csv.name], ['sociale-innovatie-scan.png', 'sociale-innovatie-scan.json', 'sociale-innovatie-scan.csv']);
  // The files are named in the page's language.
  await chooseLanguage(page, 'de');
  assert.equal((await download(page, '#export-svg')).name, 'scan-soziale-innovation.svg');
  await chooseLanguage(page, 'en');
  assert.equal((await download(page, '#export-csv')).name, 'social-innovation-scan.csv');
  await chooseLanguage(page, 'nl');
  const lines = csv.body.subarray(3).toString().trim().split('\r\n');
  assert.equal(lines[0], 'kind,id,text,answer,score,level');
  assert.equal(lines.length, 36);
  assert.match(lines[31], /^dimension,purpose,"?Purpose/);
  // Import in a fresh profile: the same result comes back.
  const file = join(OUTPUT, 'export.json');
  writeFileSync(file, json.body);
  const other = await openApp(app);
  await other.evaluate(() => 0);
  await other.click('#start');
  await other.click('.brand');
  // The history page is reachable once there is a result; here through import on an empty list.
  await finishScan(other, '..............................');
  await other.click('#my-results');
  await other.setInputFiles('#import-json', file);
  await other.waitForSelector('#history-message.card-ok');
  assert.equal(await other.locator('#history-table tbody tr').count(), 2);
  await other.locator('.open-entry').first().click();
  assert.deepEqual((await readResult(other)).dimensions, mixed.dimensions);
  // A foreign file says so.
  await other.click('#back-to-results');
  const foreign = join(OUTPUT, 'foreign.json');
  writeFileSync(foreign, '{"hello": "<b>world</b>"}');
  await other.setInputFiles('#import-json', foreign);
  await other.waitForSelector('#history-message.card-warning');
  assert.match(await other.textContent('#history-message'), /geen resultaat van de Sociale Innovatie Scan/);
  await other.context().close();
  await page.context().close();
});

test('printing the result gives at most two A4 pages without controls', async () => {
  const page = await openApp(app);
  await finishScan(page, byName('mixed').answers);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#copy-link').isVisible(), false);
  assert.equal(await page.locator('.site-header').isVisible(), false);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  writeFileSync(join(OUTPUT, 'result.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`printed result: ${pages} A4 pages`);
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  await page.context().close();
});
