// The two-binary load: the intro and the first statement need only the
// first-load files; the full app is fetched in the background right after
// the first page and shows the right result; when it cannot be fetched
// (offline) the first-load app says so in every language and keeps working;
// when the first-load app itself cannot be fetched, the page says so. The
// files the browser fetched for the first page keep the budget of the issue:
// at most 100 KiB brotli (tests/bench/size.mjs prints the figures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, GOLDEN, LANGS, answerByKeyboard, chooseLanguage, openApp, readResult, useApp } from './harness.mjs';

const app = useApp();

/** The files index.html links (the first load), by name. */
function firstLoadFiles() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const names = [...html.matchAll(/(?:href|src|from|module_or_path:)\s*=?\s*['"]?\.\/([^'"\s>]+)/g)]
    .map((m) => m[1]);
  return new Set(['', 'index.html', ...names]);
}

/** Collects the names of the files the page requests from the app's server. */
function recordRequests(page) {
  const requested = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(app.url).origin) requested.push(url.pathname.slice(1));
  });
  return requested;
}

const isFullApp = (name) => /^sis-app-[0-9a-f]{16}(_bg\.wasm|\.js|\.css)$/.test(name);

test('the intro and the first statement need only the first-load files', async () => {
  // Service workers blocked: after the first load the app's worker would
  // answer the reload from its cache, where routing cannot fail it.
  const page = await openApp(app, { serviceWorkers: 'block' });
  const requested = recordRequests(page);
  // The full app cannot be fetched at all: the first page and the first
  // statement still work.
  await page.context().route(/\/sis-app-[0-9a-f]{16}(_bg\.wasm|\.js|\.css)/, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await page.waitForSelector('#start');
  await page.click('#start');
  await page.waitForSelector('.question-page[data-number="1"]');
  await page.keyboard.press('4');
  await page.waitForSelector('.question-page[data-number="2"]');
  const first = firstLoadFiles();
  const needed = requested.filter((name) => !isFullApp(name));
  assert.ok(needed.length >= 3, `requests seen: ${requested}`);
  for (const name of needed) {
    assert.ok(first.has(name), `${name} is not a first-load file`);
  }
  // What they cost, as a host serving brotli sends them.
  const files = [...new Set(needed.map((name) => name || 'index.html'))];
  const brotli = files.reduce((sum, name) => {
    const body = readFileSync(join(DIST, name));
    return sum + brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }, 0);
  const figure = `${files.join(', ')}: ${(brotli / 1024).toFixed(1)} KiB brotli`;
  assert.ok(brotli <= 100 * 1024, `the first load is over the 100 KiB budget: ${figure}`);
  console.log(`first load as fetched: ${figure}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the full app is fetched once, in the background right after the first page, and shows the right result', async () => {
  const golden = GOLDEN.cases[0];
  const context = await app.browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  const requested = recordRequests(page);
  // Before anyone answers anything: the moment of the fetch tells nothing.
  const wasm = page.waitForRequest((request) => /sis-app-[0-9a-f]{16}_bg\.wasm$/.test(request.url()));
  await page.goto(app.url);
  await wasm;
  assert.equal(await page.locator('#start').count(), 1, 'still on the intro');
  await page.click('#start');
  await answerByKeyboard(page, golden.answers);
  // The review page is the full app's, with nothing to wait for.
  await page.waitForSelector('#show-result');
  await page.click('#show-result');
  const result = await readResult(page);
  assert.deepEqual(result.dimensions, golden.dimensions);
  assert.equal(result.index, golden.index);
  // Fetched once: the review started what the preload had fetched.
  assert.equal(requested.filter((name) => name.endsWith('_bg.wasm') && isFullApp(name)).length, 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('offline, the review says so in every language, keeps the first app working and retries', async () => {
  const golden = GOLDEN.cases[0];
  // Offline for the full app from the start, so its background fetch fails too.
  // Service workers blocked: the app's worker would otherwise fetch and
  // cache the full app itself, and answer the retries from its cache, out
  // of the route's reach (tests/e2e/offline.test.mjs covers real offline use).
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  const full = /\/sis-app-[0-9a-f]{16}(_bg\.wasm|\.js|\.css)(\?.*)?$/;
  await context.route(full, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(app.url);
  await page.click('#start');
  await page.waitForSelector('.question-page[data-number="1"]');
  await answerByKeyboard(page, golden.answers);
  await page.waitForSelector('#retry-loading');
  const texts = await page.$$eval('#loading-next p', (ps) => ps.map((p) => [p.lang, p.textContent]));
  assert.deepEqual(texts.map(([lang]) => lang), LANGS);
  assert.match(texts[0][1], /kon niet geladen worden/);
  assert.match(texts[1][1], /could not be loaded/);
  assert.match(texts[2][1], /konnte nicht geladen werden/);
  // The first-load app still works: back to the last statement, then on.
  await page.click('#loading-back');
  await page.waitForSelector('.question-page[data-number="30"]');
  // The language switch of the first-load app works too.
  await chooseLanguage(page, 'en');
  await page.waitForSelector('text=Statement 30 of 30');
  // The review tries again by itself, and fails again while offline.
  await page.click('#next');
  await page.waitForSelector('#retry-loading');
  // Back online, "Try again" loads the full app.
  await page.context().unroute(full);
  await page.click('#retry-loading');
  await page.waitForSelector('#show-result');
  await page.click('#show-result');
  const result = await readResult(page);
  assert.deepEqual(result.dimensions, golden.dimensions);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('when the first-load app cannot be fetched, the page says so in every language, not blank', async () => {
  const context = await app.browser.newContext();
  await context.route(/\/sis-first-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
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
