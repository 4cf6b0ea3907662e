// Privacy, proven in a real browser: after the initial load the app makes no
// request through every flow (but a language's texts, fetched when it is
// first chosen, and the facilitator's: the team app, fetched
// when a facilitator's page is first opened, and the QR decoder, fetched
// ahead on a collecting page), never to another origin, sets no
// cookies, and the privacy page lists exactly the storage keys it writes.
//
// Requests are counted twice: as the browser reports them (the context's
// `request` event, which Playwright also fires for the service worker's own
// fetches, its script and its cache filling included, on Chromium) and as
// the server sees them, which also catches what the browser does on its own
// (such as its check of sw.js for a new release on a later visit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN, ROOT, answerByKeyboard, chooseLanguage, finishScan, openApp, serviceWorkerReady, shareLink, useApp } from './harness.mjs';

const app = useApp();
const MIXED = GOLDEN.cases.find((c) => c.name === 'mixed');
const CYCLE = GOLDEN.cases.find((c) => c.name === 'cycle');
const TEAM_CODE = JSON.parse(readFileSync(join(ROOT, 'tests/data/team/aggregate-links-v1.json'), 'utf8')).links[0].code;

/**
 * Records every request of the page's context, with the phase it came in and
 * whether the service worker made it, and every request the app's server
 * receives (`served`); call `stop` when done.
 */
function recordRequests(page) {
  const log = { phase: 'initial', requests: [], served: [] };
  page.context().on('request', (request) =>
    log.requests.push({ phase: log.phase, url: request.url(), worker: request.serviceWorker() !== null }),
  );
  const onServed = (request) => log.served.push({ phase: log.phase, path: request.url });
  app.server.on('request', onServed);
  log.stop = () => app.server.off('request', onServed);
  return log;
}

/**
 * Creates a sealed session in this browser, opens its invite here and
 * takes the scan as its member, up to the result with the team reply.
 */
async function sealedSessionAndReply(page, minGroup) {
  await page.click('#team-session');
  await page.fill('#min-group', minGroup);
  await page.click('#create-invite');
  const invite = await page.inputValue('#invite-link');
  await page.evaluate((hash) => { location.hash = hash; }, new URL(invite).hash);
  await page.click('#start-team-scan');
  await page.waitForSelector('.question-page[data-number="1"]');
  await answerByKeyboard(page, CYCLE.answers);
  await page.click('#show-result');
  await page.waitForSelector('#team-reply-link');
}

/** Keeps a team round from a team link of an earlier version in "My team profiles". */
async function keepRoundFromLink(page) {
  await page.click('#team-session');
  await page.click('#open-rounds');
  await page.fill('#add-round-link', `${app.url}#g=${TEAM_CODE}`);
  await page.fill('#add-round-name', 'Zorg');
  await page.click('#add-round-submit');
  await page.waitForSelector('.team-rounds');
}

const network = (r) => !r.url.startsWith('blob:') && !r.url.startsWith('data:');

test('after the initial load, no flow makes a request; none goes elsewhere; no cookies', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const log = recordRequests(page);
  await page.goto(app.url);
  // The initial load is over once the app is up, the service worker (which
  // the loader registers once the app has started) has filled its
  // cache and is active, and the network is quiet.
  await page.waitForSelector('#start');
  await serviceWorkerReady(page);
  await page.waitForLoadState('networkidle');
  log.phase = 'flows';

  // Scan, result, share (copy, QR), every export, language switch, history.
  await finishScan(page, MIXED.answers, { role: 'manager' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#copy-link');
  await page.click('#toggle-qr');
  await page.waitForSelector('#qr-code svg');
  for (const id of ['#export-svg', '#export-png', '#export-json', '#export-csv']) {
    await Promise.all([page.waitForEvent('download'), page.click(id)]);
  }
  const link = await shareLink(page);
  await chooseLanguage(page, 'en');
  await page.click('#result-start-over');
  await page.waitForSelector('.question-page[data-number="1"]');
  await page.keyboard.press('3');
  await chooseLanguage(page, 'nl');
  await page.click('#my-results');
  await page.waitForSelector('#history-table');
  // A shared link opened in the same tab: the fragment changes, no reload.
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await page.waitForSelector('.shared-frame');
  // Sealed team session: set-up, invite, the member's side with its sealed
  // reply (the same browser here), collecting, opening; then the team view
  // of result links.
  await sealedSessionAndReply(page, '3');
  await page.click('#toggle-reply-qr');
  await page.waitForSelector('#reply-qr svg');
  const reply = await page.inputValue('#team-reply-link');
  await page.click('#team-session');
  await page.click('#your-sessions button');
  await page.fill('#paste-replies', reply);
  await page.click('#read-replies');
  await page.waitForSelector('#replies-counted');
  await page.click('#team-session');
  await page.click('#team-view-any');
  await page.fill('#paste-links', `${link}\n${link}`);
  await page.click('#read-links');
  await page.waitForSelector('#found-summary');
  await keepRoundFromLink(page);
  await page.click('#privacy-link');
  await page.waitForSelector('#storage-keys');
  await page.waitForTimeout(300);

  log.stop();
  // Requests allowed after the initial load, each from the same origin and
  // sent by the server at most once: the text pack of a language chosen for
  // the first time (a file named by its content, with no query: it carries
  // nothing of the person); the share module, fetched when a QR code is
  // first shown or a sealed invite is opened (it seals replies and draws QR
  // codes; what it is given stays in the page); the team app (its
  // JavaScript and wasm), fetched when a facilitator's page is first opened,
  // so that not every visitor downloads it; and the QR decoder, which a facilitator's
  // collecting page fetches ahead (where the browser has no
  // BarcodeDetector), so that replies can be read by camera in a room
  // without network. The page and the worker (which keeps them for offline
  // use) may each see them.
  const path = (url) => new URL(url, app.url).pathname;
  const decoder = (url) => /\/sis-qr-[0-9a-f]+\.wasm$/.test(path(url));
  const teamApp = (url) => /\/sis-team-[0-9a-f]+(\.js|_bg\.wasm)$/.test(path(url));
  const textPack = (url) => /\/texts-[a-z]+-[0-9a-f]{16}\.txt$/.test(path(url)) && !new URL(url, app.url).search;
  const shareModule = (url) => /\/sis-share-[0-9a-f]{16}\.wasm$/.test(path(url)) && !new URL(url, app.url).search;
  const onDemand = (url) => decoder(url) || shareModule(url) || teamApp(url) || textPack(url);
  const after = log.requests.filter((r) => r.phase === 'flows' && network(r));
  assert.deepEqual(after.filter((r) => !onDemand(r.url)), [], 'no request after the initial load but a text pack, the share module, the team app and the QR decoder');
  assert.ok(after.some((r) => /\/texts-en-/.test(path(r.url))), 'choosing English the first time fetched its texts');
  assert.ok(after.some((r) => decoder(r.url)), 'the collecting page fetched the QR decoder ahead');
  assert.ok(after.some((r) => shareModule(r.url)), 'showing the QR code fetched the share module');
  assert.ok(after.some((r) => teamApp(r.url) && r.url.endsWith('.js')) && after.some((r) => teamApp(r.url) && r.url.endsWith('.wasm')), 'the team app was fetched when a facilitator page opened');
  const served = log.served.filter((r) => r.phase === 'flows');
  assert.deepEqual(served.filter((r) => !onDemand(r.path)), [], 'the server saw no request after the initial load but a text pack, the share module, the team app and the QR decoder');
  const paths = served.map((r) => path(r.path));
  assert.equal(new Set(paths).size, paths.length, `each was sent at most once: ${JSON.stringify(paths)}`);
  assert.ok(paths.length <= 5, `at most the English texts, the share module, the team app's two files and the decoder: ${JSON.stringify(paths)}`);
  const own = new URL(app.url).origin;
  const initial = log.requests.filter(network);
  assert.ok(initial.length > 0, 'the initial load was seen');
  // The service worker's fetches are seen and counted: its script, then the
  // whole build for its cache, all in the initial load.
  const worker = initial.filter((r) => r.worker).map((r) => new URL(r.url).pathname);
  assert.ok(worker.includes('/sw.js') && worker.includes('/') && worker.some((path) => path.endsWith('_bg.wasm')), `worker: ${worker}`);
  assert.deepEqual(initial.filter((r) => new URL(r.url).origin !== own), [], 'no request to another origin');
  assert.deepEqual(initial.filter((r) => new URL(r.url).search !== ''), [], 'no query strings');
  assert.deepEqual(await page.context().cookies(), [], 'no cookies');
  await page.context().close();
});

test('the privacy page lists exactly the storage keys the app writes', async () => {
  const page = await openApp(app);
  // Write every key: a team session created here (team sessions), joined
  // here as a member (team replies), a finished scan (progress, history)
  // with a next step chosen (plans), a team round kept from a team link
  // (team rounds) and a language choice (settings).
  await sealedSessionAndReply(page, '5');
  await page.locator('.plan-option input').first().check();
  await keepRoundFromLink(page);
  await chooseLanguage(page, 'en');
  const written = await page.evaluate(() => Object.keys(localStorage).sort());
  await page.click('#privacy-link');
  await page.waitForSelector('#storage-keys');
  const listed = await page.$$eval('#storage-keys [data-key]', (items) => items.map((item) => item.dataset.key).sort());
  assert.deepEqual(listed, written);
  assert.ok(listed.every((key) => key.startsWith('sis:')));
  // The page says it in more than one language.
  assert.match(await page.textContent('#privacy-title'), /Privacy: what the scan keeps/);
  await chooseLanguage(page, 'nl');
  assert.match(await page.textContent('#privacy-title'), /Privacy: wat de scan bewaart/);
  await page.context().close();
});

test('a later visit: served by the service worker, then only the browser\'s check of sw.js, then no request', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  await page.goto(app.url);
  await page.waitForSelector('#start');
  await serviceWorkerReady(page);
  // English shown once on the first visit: the worker keeps its texts.
  await chooseLanguage(page, 'en');
  await chooseLanguage(page, 'nl');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);

  const log = recordRequests(page);
  await page.reload();
  await page.waitForSelector('#start');
  await page.waitForLoadState('networkidle');
  // A visit to a page the worker controls makes the browser check sw.js for
  // a new release: Chromium does it a few seconds after the navigation, a
  // moment set by the visit alone, and the request carries nothing. It
  // belongs to the initial load of a later visit.
  const start = Date.now();
  while (!log.served.some((r) => r.path === '/sw.js') && Date.now() - start < 10000) await page.waitForTimeout(100);
  await page.waitForTimeout(300);
  log.phase = 'flows';

  await finishScan(page, CYCLE.answers);
  await chooseLanguage(page, 'en');
  await page.click('#my-results');
  await page.waitForSelector('#history-table');
  await page.waitForTimeout(300);
  log.stop();

  const own = new URL(app.url).origin;
  // English, shown on the first visit, comes from the worker's cache: the
  // page asks for its texts, the server sees nothing.
  const englishTexts = (r) => /\/texts-en-[0-9a-f]{16}\.txt$/.test(new URL(r.url).pathname);
  assert.deepEqual(log.requests.filter((r) => r.phase === 'flows' && network(r) && !englishTexts(r)), [], 'no request after the initial load');
  assert.deepEqual(log.served.filter((r) => r.phase === 'flows'), [], 'the server saw no request after the initial load');
  assert.deepEqual(log.requests.filter((r) => network(r) && new URL(r.url).origin !== own), [], 'no request to another origin');
  // The visit itself: the page from the network (pages go to the network
  // first), its files from the worker's cache, and the check of sw.js.
  const served = log.served.map((r) => r.path);
  assert.deepEqual(served.filter((path) => path !== '/sw.js'), ['/'], `served: ${served}`);
  await context.close();
});
