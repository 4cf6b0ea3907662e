// Privacy, proven in a real browser: after the initial load the app makes no
// request at all through every flow, never to another origin, sets no
// cookies, and the privacy page lists exactly the storage keys it writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GOLDEN, finishScan, openApp, shareLink, useApp } from './harness.mjs';

const app = useApp();
const MIXED = GOLDEN.cases.find((c) => c.name === 'mixed');
const CYCLE = GOLDEN.cases.find((c) => c.name === 'cycle');

/** Records every request of the page's context, with the phase it came in. */
function recordRequests(page) {
  const log = { phase: 'initial', requests: [] };
  page.context().on('request', (request) => log.requests.push({ phase: log.phase, url: request.url() }));
  return log;
}

test('after the initial load, no flow makes a request; none goes elsewhere; no cookies', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const log = recordRequests(page);
  await page.goto(app.url);
  // The initial load is over once the app is up and the network is quiet.
  await page.waitForSelector('#start');
  await page.waitForLoadState('networkidle');
  log.phase = 'flows';

  // Scan, result, share (copy, QR), every export, language switch, history.
  await finishScan(page, MIXED.answers, { role: 'manager' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#copy-link');
  await page.click('#toggle-qr');
  for (const id of ['#export-svg', '#export-png', '#export-json', '#export-csv']) {
    await Promise.all([page.waitForEvent('download'), page.click(id)]);
  }
  const link = await shareLink(page);
  await page.click('#lang-switch');
  await page.click('#result-start-over');
  await page.waitForSelector('.question-page[data-number="1"]');
  await page.keyboard.press('3');
  await page.click('#lang-switch');
  await page.click('#my-results');
  await page.waitForSelector('#history-table');
  // A shared link opened in the same tab: the fragment changes, no reload.
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await page.waitForSelector('.shared-frame');
  // Team session: set-up, invite, team view with pasted links, team link.
  await page.click('#team-session');
  await page.click('#create-invite');
  await page.click('#open-team-view');
  await page.fill('#paste-links', `${link}\n${link}`);
  await page.click('#read-links');
  await page.waitForSelector('#found-summary');
  await page.click('#privacy-link');
  await page.waitForSelector('#storage-keys');
  await page.waitForTimeout(300);

  const network = (r) => !r.url.startsWith('blob:') && !r.url.startsWith('data:');
  const after = log.requests.filter((r) => r.phase === 'flows' && network(r));
  assert.deepEqual(after, [], 'no request after the initial load');
  const own = new URL(app.url).origin;
  const initial = log.requests.filter(network);
  assert.ok(initial.length > 0, 'the initial load was seen');
  assert.deepEqual(initial.filter((r) => new URL(r.url).origin !== own), [], 'no request to another origin');
  assert.deepEqual(initial.filter((r) => new URL(r.url).search !== ''), [], 'no query strings');
  assert.deepEqual(await page.context().cookies(), [], 'no cookies');
  await page.context().close();
});

test('the privacy page lists exactly the storage keys the app writes', async () => {
  const page = await openApp(app);
  // Write every key: a finished scan (progress, history) and a language choice (settings).
  await finishScan(page, CYCLE.answers);
  await page.click('#lang-switch');
  const written = await page.evaluate(() => Object.keys(localStorage).sort());
  await page.click('#privacy-link');
  await page.waitForSelector('#storage-keys');
  const listed = await page.$$eval('#storage-keys [data-key]', (items) => items.map((item) => item.dataset.key).sort());
  assert.deepEqual(listed, written);
  assert.ok(listed.every((key) => key.startsWith('sis:')));
  // The page says it in both languages.
  assert.match(await page.textContent('#privacy-title'), /Privacy: what the scan keeps/);
  await page.click('#lang-switch');
  assert.match(await page.textContent('#privacy-title'), /Privacy: wat de scan bewaart/);
  await page.context().close();
});
