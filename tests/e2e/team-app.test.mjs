// The team app (`sis-team`): the facilitator's pages live in a binary of
// their own, so that a visitor who only takes the scan never downloads them.
// A plain visit does not fetch it; the first facilitator page fetches it
// once, takes over the app's state (language, answers) and is cached
// by the service worker for offline use; offline before it was ever
// fetched, the page says so in the person's language and the scan goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerByKeyboard, chooseLanguage, openApp, pageAt, serviceWorkerReady, useApp } from './harness.mjs';

const app = useApp();

const TEAM_APP = /\/sis-team-[0-9a-f]+(\.js|_bg\.wasm)$/;

/** How many of `urls` (the worker's cache, see `serviceWorkerReady`) are the team app's files. */
const teamFiles = (urls) => urls.filter((url) => TEAM_APP.test(new URL(url).pathname)).length;

/** The paths of the team app's files the page's server was asked for. */
function teamRequests() {
  const served = [];
  const onServed = (request) => {
    const path = new URL(request.url, app.url).pathname;
    if (TEAM_APP.test(path)) served.push(path);
  };
  app.server.on('request', onServed);
  served.stop = () => app.server.off('request', onServed);
  return served;
}

/**
 * Records which apps the loader started (its `sisFullAppStarted` event); an
 * init script, so it runs in the page (as its own source text).
 */
function recordStarts() {
  globalThis.addEventListener('sisFullAppStarted', (event) => (globalThis.sisStarted ??= []).push(event.detail?.app));
}

/** Waits until the loader started `name` (`sis-app` or `sis-team`). */
async function started(page, name) {
  await page.waitForFunction((app) => globalThis.sisStarted?.includes(app), name);
}

test('a plain visit never fetches the team app; the first facilitator page fetches it once and takes over the state', async () => {
  const served = teamRequests();
  const page = await openApp(app, { init: recordStarts });
  await serviceWorkerReady(page);
  await page.waitForLoadState('networkidle');
  // A scan half done, in English.
  await chooseLanguage(page, 'en');
  await page.click('#start');
  await answerByKeyboard(page, '534');
  await page.waitForSelector('.question-page[data-number="4"]');
  assert.deepEqual([...served], [], 'nothing of the team app before a facilitator page');

  await page.click('#team-session');
  await page.waitForSelector('#create-invite');
  await started(page, 'sis-team');
  assert.match(await page.textContent('main h1'), /team session/i, 'the team set-up, in English');
  assert.equal(served.filter((path) => path.endsWith('.js')).length, 1, `its JavaScript once: ${served}`);
  assert.equal(served.filter((path) => path.endsWith('_bg.wasm')).length, 1, `its wasm once: ${served}`);
  // Back to the scan, which goes on where it was.
  await page.click('.brand');
  await page.click('#continue');
  await page.waitForSelector('.question-page[data-number="4"]');
  // The worker keeps the team app for offline use, once fetched.
  const { cached } = await serviceWorkerReady(page);
  assert.equal(teamFiles(cached), 2, `both team files cached: ${cached}`);
  served.stop();
  assert.deepEqual(page.errors, []);

  // A later visit with the network off: the facilitator's pages open from
  // the worker's cache.
  await page.context().setOffline(true);
  const later = await pageAt(page.context(), app.url);
  await later.click('#team-session');
  await later.waitForSelector('#create-invite');
  assert.deepEqual(later.errors, []);
  await page.context().close();
});

test('a facilitator who opens a team page at once on a first visit: the worker still keeps the team app', async () => {
  const page = await openApp(app);
  // Before the service worker controls the page: the team app's files go
  // past it, and the loader asks for them again once it does.
  await page.click('#team-session');
  await page.waitForSelector('#create-invite');
  await serviceWorkerReady(page);
  for (let tries = 0; teamFiles((await serviceWorkerReady(page)).cached) < 2; tries++) {
    assert.ok(tries < 100, 'the worker keeps both files of the team app');
    await page.waitForTimeout(100);
  }
  // The second request is read to its end: nothing stays open.
  await page.waitForLoadState('networkidle', { timeout: 5000 });
  await page.context().setOffline(true);
  const later = await pageAt(page.context(), app.url);
  await later.click('#team-session');
  await later.waitForSelector('#create-invite');
  assert.deepEqual([...page.errors, ...later.errors], []);
  await page.context().close();
});

test('without storage, the hand-over to the team app carries the answers and the language', async () => {
  const page = await openApp(app, {
    init: () => {
      globalThis.addEventListener('sisFullAppStarted', (event) => (globalThis.sisStarted ??= []).push(event.detail?.app));
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  });
  await page.waitForSelector('[data-notice="storage-unavailable"]');
  await chooseLanguage(page, 'de');
  await page.click('#start');
  await answerByKeyboard(page, '21');
  await page.waitForSelector('.question-page[data-number="3"]');
  await page.click('#team-session');
  await page.waitForSelector('#create-invite');
  await started(page, 'sis-team');
  assert.match(await page.textContent('main h1'), /Team/);
  // The notice about storage came along, once.
  assert.equal(await page.locator('[data-notice="storage-unavailable"]').count(), 1);
  await page.click('.brand');
  await page.click('#continue');
  await page.waitForSelector('.question-page[data-number="3"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('offline before the team app was ever fetched: a clear message in the page\'s language, the scan goes on, and trying again works', async () => {
  for (const [lang, message] of [
    ['nl', /De teampagina’s konden niet geladen worden/],
    ['de', /Die Teamseiten konnten nicht geladen werden/],
  ]) {
    const page = await openApp(app, { viewport: { width: 375, height: 800 }, init: recordStarts });
    await serviceWorkerReady(page);
    await page.waitForLoadState('networkidle');
    if (lang !== 'nl') await chooseLanguage(page, lang);
    // The app is there (the network is quiet);
    // the team app was not.
    await page.context().setOffline(true);
    await page.click('#team-session');
    await page.waitForSelector('#retry-loading');
    assert.match(await page.textContent('#loading-next'), message);
    // The message fits the phone's width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling: ${overflow}`);
    await page.click('#loading-back');
    await page.waitForSelector('#start');
    // Still offline, the same message; online again, trying again opens
    // the team set-up.
    await page.click('#team-session');
    await page.waitForSelector('#retry-loading');
    await page.context().setOffline(false);
    await page.click('#retry-loading');
    await page.waitForSelector('#create-invite');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
