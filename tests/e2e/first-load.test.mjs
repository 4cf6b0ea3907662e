// The load of a first visit: index.html alone shows the first screen (the
// pre-rendered screen, src/web/prerender.js) and takes answers while the
// app is still on its way; the app is fetched once, at once, and takes over
// with the right result at the end; when the app itself cannot be fetched,
// the page says so. What the page needs before the first screen is usable
// keeps the budget of the issue: at most 100 KiB brotli
// (tests/bench/size.mjs prints the figures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, GOLDEN, LANGS, answerByKeyboard, readResult, useApp } from './harness.mjs';

const app = useApp();

/** Collects the names of the files the page requests from the app's server. */
function recordRequests(page) {
  const requested = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(app.url).origin) requested.push(url.pathname.slice(1));
  });
  return requested;
}

// The app's files: its JavaScript and wasm, and the text pack of the
// language shown (Dutch here), which the loader fetches while the wasm loads.
const isApp = (name) => /^sis-app-[0-9a-f]+(_bg\.wasm|\.js)$/.test(name) || /^texts-nl-[0-9a-f]{16}\.txt$/.test(name);

test('the first page needs only index.html: it takes answers while the app is held back, and the app keeps them', async () => {
  // Service workers blocked: the route below must see the app's files.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  let release;
  const released = new Promise((ok) => { release = ok; });
  await context.route(/\/sis-app-[0-9a-f]+_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  const requested = recordRequests(page);
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await page.click('#start');
  // Five statements answered before the app is there.
  for (const [number, key] of [[1, '4'], [2, '5'], [3, '0'], [4, '2'], [5, '3']]) {
    await page.waitForSelector(`.question-page[data-number="${number}"]`);
    await page.keyboard.press(key);
  }
  await page.waitForSelector('.question-page[data-number="6"]');
  assert.equal(await page.evaluate(() => typeof window.sisPre), 'object', 'still the pre-rendered screen');
  // Everything the page asked for so far is index.html or the app on its way.
  const needed = [...new Set(requested.map((name) => name || 'index.html'))];
  assert.deepEqual(needed.filter((name) => name !== 'index.html' && !isApp(name)), [], `requests seen: ${requested}`);
  // What the first screen cost, as a host serving brotli sends it.
  const body = readFileSync(join(DIST, 'index.html'));
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const figure = `index.html: ${(brotli / 1024).toFixed(1)} KiB brotli`;
  assert.ok(brotli <= 100 * 1024, `the first page is over the 100 KiB budget: ${figure}`);
  console.log(`first page as fetched: ${figure}`);
  // The app arrives and carries on where the person is, with every answer.
  release();
  await page.waitForFunction(() => window.sisPre === undefined);
  await page.waitForSelector('.question-page[data-number="6"]');
  await page.click('#back');
  await page.waitForSelector('.question-page[data-number="5"]');
  assert.equal(await page.getAttribute('[data-answer="3"]', 'aria-checked'), 'true', 'the answer to statement 5 came along');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the app is fetched once, at once, and shows the right result', async () => {
  const golden = GOLDEN.cases[0];
  const context = await app.browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  const requested = recordRequests(page);
  // Before anyone answers anything: the moment of the fetch tells nothing.
  const wasm = page.waitForRequest((request) => /sis-app-[0-9a-f]+_bg\.wasm$/.test(request.url()));
  await page.goto(app.url);
  await wasm;
  assert.equal(await page.locator('#start').count(), 1, 'still on the intro');
  await page.click('#start');
  await answerByKeyboard(page, golden.answers);
  await page.waitForSelector('#show-result');
  await page.click('#show-result');
  const result = await readResult(page);
  assert.deepEqual(result.dimensions, golden.dimensions);
  assert.equal(result.index, golden.index);
  // Fetched once: the preload and the loader share one request.
  assert.equal(requested.filter((name) => name.endsWith('_bg.wasm') && isApp(name)).length, 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('when the app cannot be fetched, the page says so in every language, not blank', async () => {
  const context = await app.browser.newContext();
  await context.route(/\/sis-app-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForSelector('#load-failed');
  const texts = await page.$$eval('#load-failed p', (ps) => ps.map((p) => [p.lang, p.textContent]));
  assert.deepEqual(texts.map(([lang]) => lang), LANGS);
  assert.match(texts[0][1], /kon niet geladen worden/);
  assert.match(texts[1][1], /could not be loaded/);
  assert.match(texts[2][1], /konnte nicht geladen werden/);
  assert.equal(await page.locator('main').count(), 1, 'one message, no app');
  await context.close();
});
