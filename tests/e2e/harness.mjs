// Shared helpers of the browser tests: a server for the release build in
// dist/, a fresh Chromium page per test, and ways to answer the scan.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');

/** The golden scoring cases the native tests pin (tests/data/scoring-v1.json). */
export const GOLDEN = JSON.parse(readFileSync(join(ROOT, 'tests/data/scoring-v1.json'), 'utf8'));

/**
 * The tags of the languages the app speaks, the default first, read from the
 * one list in the core (`languages!` in src/core/i18n/mod.rs), so that every
 * test that runs per language runs in each of them.
 */
export const LANGS = [...readFileSync(join(ROOT, 'src/core/i18n/mod.rs'), 'utf8')
  .split('\nlanguages! {')[1].split('\n}')[0].matchAll(/=> \w+, "([a-z]+)", "/g)].map((m) => m[1]);

/** axe-core's source, evaluated through the DevTools protocol, which the
 * page's CSP does not govern (a script tag would be refused, as it should be). */
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** The WCAG rule sets the app meets. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page and fails with every violation, named by `view`. */
export async function axe(page, view) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  const violations = result.violations.map((v) => `${view}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`);
  assert.deepEqual(violations, [], violations.join('\n'));
}

/** The dimension ids in model order. */
export const DIMENSIONS = ['purpose', 'society', 'organisation', 'team', 'individual'];

/**
 * Starts one server and one browser for the calling test file, and returns
 * an object whose `url` and `browser` are set once `before` has run.
 */
export function useApp() {
  const app = { url: '', browser: null, server: null, cspViolations: [] };
  before(async () => {
    app.server = await serve(DIST, 0);
    app.url = `http://127.0.0.1:${app.server.address().port}/`;
    app.browser = watchPolicyViolations(await launch(), app.cspViolations);
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
    // Every flow of every browser test ran under the app's CSP: none may
    // have been refused anything.
    assert.deepEqual(app.cspViolations, [], 'Content-Security-Policy violations');
  });
  return app;
}

/**
 * Makes every context of `browser` a Dutch one (unless the test names its
 * own `locale`) and report each `securitypolicyviolation`
 * event of any page or frame into `violations`, and returns the browser.
 * The init script runs before the app's scripts, so the first load counts.
 */
export function watchPolicyViolations(browser, violations) {
  const newContext = browser.newContext.bind(browser);
  // A Dutch browser, unless a test says otherwise: the app starts in the
  // browser's preferred language, and the tests expect the default.
  browser.newContext = async (options = {}) => {
    const context = await newContext({ locale: 'nl-NL', ...options });
    await context.exposeBinding('__sisPolicyViolation', ({ frame }, violation) => {
      violations.push({ url: frame.url(), ...violation });
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const { effectiveDirective, blockedURI, sourceFile, lineNumber, sample } = event;
        window.__sisPolicyViolation?.({ effectiveDirective, blockedURI, sourceFile, lineNumber, sample });
      });
    });
    return context;
  };
  return browser;
}

/**
 * A new page in a fresh browser context (empty storage). `init` is a
 * function run in the page before the app's scripts; `errors` collects
 * uncaught page errors so tests can assert there were none. The app's
 * service worker is allowed, as in a real browser; a test that routes
 * requests passes `serviceWorkers: 'block'`, since Playwright cannot route
 * what a service worker answers from its cache.
 */
export async function openApp(
  app,
  { viewport = { width: 1280, height: 900 }, init, initArg, path = '', colorScheme = 'light', serviceWorkers = 'allow' } = {},
) {
  const context = await app.browser.newContext({ viewport, reducedMotion: 'reduce', colorScheme, serviceWorkers });
  if (init) await context.addInitScript(init, initArg);
  return pageAt(context, app.url + path);
}

/**
 * A new page in `context` set up as every test's page is: a default
 * timeout, and its uncaught errors in `errors`; it opens `url` and waits
 * for the app.
 */
export async function pageAt(context, url, { timeout = 10000 } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('main#main');
  return page;
}

/**
 * From the app's first page, a facilitator creates a sealed session, with
 * a label and a minimum group size when given; returns its invite link.
 */
export async function createSession(page, { label, min } = {}) {
  await page.click('#team-session');
  if (label !== undefined) await page.fill('#team-label', label);
  if (min !== undefined) await page.fill('#min-group', String(min));
  await page.click('#create-invite');
  await page.waitForSelector('#invite-link');
  return page.inputValue('#invite-link');
}

/**
 * A member takes the scan from a sealed `invite` in a fresh context, with
 * raw answers and a role (none when not given); `atInvite(page)` runs on
 * the invite before the scan starts. Returns the member's page at the
 * result, its sealed reply shown (see `linksOf`).
 */
export async function memberScan(app, invite, { role, answers }, { atInvite } = {}) {
  const page = await openApp(app, { path: new URL(invite).hash });
  if (atInvite) await atInvite(page);
  await page.click('#start-team-scan');
  await page.waitForSelector('[data-notice="team"]');
  await answerByKeyboard(page, answers);
  if (role) await page.click(`[data-role="${role}"]`);
  await page.click('#show-result');
  await page.waitForSelector('#team-reply-link');
  return page;
}

/** A member's own result link and sealed team reply, from the result page. */
export async function linksOf(page) {
  return { own: await page.inputValue('#share-link'), reply: await page.inputValue('#team-reply-link') };
}

/** Presses the keys for a raw answer notation: 1-5, 0 don't know, '.' skip (Enter). */
export async function answerByKeyboard(page, answers) {
  for (let i = 0; i < answers.length; i++) {
    await page.waitForSelector('.question-page[data-item]');
    const current = await page.getAttribute('.question-page', 'data-item');
    const symbol = answers[i];
    if (symbol === '.') {
      await page.focus('.options [tabindex="0"]');
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press(symbol);
    }
    // Wait until the next statement (or the review) is on screen.
    await page.waitForFunction(
      (previous) => document.querySelector('.question-page')?.dataset.item !== previous,
      current,
      // By timer, not animation frame: a frame scrolled out of view gets no
      // animation frames, and would wait forever.
      { polling: 50 },
    );
  }
}

/** Clicks the options for a raw answer notation; '.' clicks Skip. */
export async function answerByMouse(page, answers) {
  for (let i = 0; i < answers.length; i++) {
    const symbol = answers[i];
    const current = await page.getAttribute('.question-page', 'data-item');
    const target = symbol === '.' ? '#next' : `.options [data-answer="${symbol}"]`;
    const moved = () =>
      page.waitForFunction(
        (previous) => document.querySelector('.question-page')?.dataset.item !== previous,
        current,
        // By timer, not animation frame: a frame scrolled out of view gets no
        // animation frames, and would wait forever.
        { polling: 50, timeout: 4000 },
      );
    await page.click(target);
    try {
      await moved();
    } catch {
      // Seen only in a frame under load: the click never reached the app
      // (the option is not chosen). Once more; an option that was chosen
      // without moving on is a real failure, reported with the page's state.
      const state = await page.evaluate(() => ({
        item: document.querySelector('.question-page')?.dataset.item,
        checked: document.querySelector('.options [aria-checked="true"]')?.dataset.answer ?? null,
        active: document.activeElement?.id,
      }));
      if (state.checked !== null) throw new Error(`answer ${symbol} at item ${current} did not move on: ${JSON.stringify(state)}`);
      console.error(`answerByMouse: a lost click at item ${current}, clicked again (${JSON.stringify(state)})`);
      await page.click(target);
      await moved();
    }
  }
}

/**
 * Clicks `target` and waits until `ready` is on the page. In a frame under
 * load a click is sometimes lost (seen in CI: the frame's page never got
 * it, and `target` is still there): then it clicks once more, says so, and
 * waits again; a second loss is a failure.
 */
export async function clickUntil(page, target, ready) {
  await page.click(target);
  try {
    await page.waitForSelector(ready, { timeout: 4000 });
  } catch {
    if ((await page.locator(target).count()) === 0) throw new Error(`${target} went, but ${ready} did not come`);
    console.error(`clickUntil: a lost click on ${target}, clicked again`);
    await page.click(target);
    await page.waitForSelector(ready);
  }
}

/** Reads the result page into the shape of a golden case. */
export async function readResult(page) {
  await page.waitForSelector('#score-table');
  return page.evaluate((dimensions) => {
    const number = (text) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);
    const result = { dimensions: {}, themes: {} };
    for (const id of dimensions) {
      const cells = document.querySelectorAll(`#score-table tr[data-dimension="${id}"] td`);
      const level = cells[1].textContent.match(/^(\d)\./);
      result.dimensions[id] = {
        score: number(cells[0].textContent),
        level: level ? Number(level[1]) : null,
        scored: Number(cells[2].textContent.match(/^\d+/)[0]),
      };
    }
    for (const row of document.querySelectorAll('#theme-table tr[data-theme]')) {
      result.themes[row.dataset.theme] = number(row.querySelector('td').textContent);
    }
    const figure = (id) => document.querySelector(`[data-figure="${id}"] dd`).dataset.value;
    const extreme = (id) => figure(id) || null;
    result.index = number(figure('index'));
    result.coherence = number(figure('coherence'));
    result.strongest = extreme('strongest');
    result.weakest = extreme('weakest');
    return result;
  }, DIMENSIONS);
}

/** Chooses a language in the language menu. */
export async function chooseLanguage(page, tag) {
  await page.click(`#lang-${tag}`);
  // A language shown for the first time comes once its texts are fetched.
  await page.waitForFunction((lang) => document.documentElement.lang === lang, tag);
}

/** The keys of localStorage and their values. */
export function storageOf(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** Takes the whole scan from the intro with the given raw answers and shows the result. */
export async function finishScan(page, answers, { role } = {}) {
  const start = page.locator('#start, #start-over').first();
  await start.click();
  await page.waitForSelector('.question-page[data-number="1"]');
  await answerByKeyboard(page, answers);
  await page.waitForSelector('#show-result');
  if (role) await page.click(`[data-role="${role}"]`);
  await page.click('#show-result');
  await page.waitForSelector('#score-table');
}

/** The result link shown in the share panel. */
export function shareLink(page) {
  return page.inputValue('#share-link');
}

/**
 * Waits until the app's service worker is installed, active and controls the
 * page, and returns the names of the caches and the URLs in the app's cache.
 */
export async function serviceWorkerReady(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
    const names = await caches.keys();
    const own = names.filter((name) => name.startsWith(`sociale-innovatie-scan:${registration.scope}:`));
    const cached = own.length === 1 ? (await (await caches.open(own[0])).keys()).map((request) => request.url) : [];
    return { scope: registration.scope, names, cached: cached.sort() };
  });
}

/** CRC-24/OpenPGP (as the app's links use), to craft links and invites. */
export function crc24(bytes) {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/**
 * A result code of a later format (2), as a later version would write it:
 * the first character `C`, the fields of `code`, and a check that fits.
 * Only such a code is "made by a newer version"; `C` and the old check is
 * a damaged link.
 */
export function laterResultCode(code) {
  const bytes = Buffer.from(code, 'base64url').subarray(0, 12);
  bytes[0] = (2 << 2) | (bytes[0] & 3);
  const crc = crc24(bytes);
  return Buffer.from([...bytes, crc >> 16, (crc >> 8) & 255, crc & 255]).toString('base64url');
}

/** The role numbers of result links (format 1). */
const LINK_ROLES = { employee: 1, manager: 2, director: 3, other: 4, 'rather-not-say': 5 };

/**
 * A result code of format 1, as the app writes it, for crafting many
 * different results in a test: `answers` has one symbol per item, 1-5 or
 * `.` for none; `role` is a role's id or undefined.
 */
export function resultCode(answers, role) {
  let number = 0n;
  for (const symbol of answers) number = number * 6n + BigInt(symbol === '.' ? 0 : Number(symbol));
  const head = (1n << 90n) | (1n << 86n) | (BigInt(role ? LINK_ROLES[role] : 0) << 83n) | (number << 5n);
  const bytes = [];
  for (let shift = 88n; shift >= 0n; shift -= 8n) bytes.push(Number((head >> shift) & 255n));
  const crc = crc24(bytes);
  return Buffer.from([...bytes, crc >> 16, (crc >> 8) & 255, crc & 255]).toString('base64url');
}
