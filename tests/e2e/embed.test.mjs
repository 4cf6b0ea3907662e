// Embedding on another origin, in a real browser: the demo host page on
// localhost embeds the app (127.0.0.1) twice. The frames follow the content
// height, a scan works inside, the result goes only to a named parent origin,
// forged messages resize nothing, bad settings are ignored, a sandboxed frame
// without storage still finishes, and kiosk mode leaves nothing behind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerByMouse, clickUntil, createSession, DIST, GOLDEN, ROOT, readResult, storageOf, useApp } from './harness.mjs';
import { embedIntegrity, serveHost } from '../support/host.mjs';

const app = useApp();
let host = null;
let hostUrl = '';
let appOrigin = '';

before(async () => {
  // The app's server starts in the harness's own hook; its origin is read
  // when a page is asked for.
  const origin = () => {
    appOrigin = new URL(app.url).origin;
    return appOrigin;
  };
  host = await serveHost(origin, 0, {
    '/other-origin': `<!doctype html><title>Other</title><iframe id="scan" data-sis-embed title="Scan"
      src="APP_ORIGIN/?embed=1&parentOrigin=https%3A%2F%2Fsomewhere-else.example"></iframe>
      <script src="APP_ORIGIN/sis-embed.js"></script>`,
    '/sandboxed': `<!doctype html><title>Sandboxed</title><iframe id="scan" data-sis-embed title="Scan"
      sandbox="allow-scripts allow-forms" style="width:100%;height:600px;border:0"
      src="APP_ORIGIN/?embed=1&parentOrigin=HOST_ORIGIN"></iframe>
      <script src="APP_ORIGIN/sis-embed.js"></script>`,
    '/bad-settings': `<!doctype html><title>Bad</title><iframe id="scan" data-sis-embed title="Scan"
      src="APP_ORIGIN/?embed=1&accent=javascript:alert(1)&lang=xx&kioskTimeout=${'9'.repeat(5000)}"></iframe>
      <script src="APP_ORIGIN/sis-embed.js"></script>`,
  });
  hostUrl = `http://localhost:${host.address().port}`;
});
after(() => host?.close());

/** A host page in a fresh context that records the messages it receives. */
async function openHost(path = '/', viewport = { width: 1280, height: 900 }) {
  const context = await app.browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') page.warnings.push(message.text());
  });
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.received = [];
    addEventListener('message', (event) => window.received.push({ origin: event.origin, data: event.data }));
  });
  await page.goto(hostUrl + path);
  return page;
}

/** The frame element's height and its content's height, once they agree. */
async function settledHeights(page, selector) {
  const frame = await (await page.$(selector)).contentFrame();
  await page.waitForFunction((s) => document.querySelector(s).style.height !== '', selector);
  let heights = null;
  for (let attempt = 0; attempt < 50; attempt++) {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const outer = await page.evaluate((s) => parseFloat(document.querySelector(s).style.height), selector);
    heights = { outer, content };
    if (Math.abs(outer - content) <= 1) return heights;
    await page.waitForTimeout(50);
  }
  return heights;
}

test('hosts load the host script with the integrity the README gives, and it sizes the frames', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const documented = readme.match(/sis-embed\.js" defer crossorigin="anonymous"\s+integrity="([^"]+)"/)?.[1];
  const shipped = `sha384-${createHash('sha384').update(readFileSync(join(DIST, 'sis-embed.js'))).digest('base64')}`;
  assert.equal(documented, shipped, 'the README snippet has the integrity of the shipped script');
  assert.equal(embedIntegrity(), shipped);
  // The demo host page uses it (cross-origin, with CORS): the script runs and sizes the frame.
  const page = await openHost();
  assert.equal(await page.getAttribute('script[src$="sis-embed.js"]', 'integrity'), shipped);
  await (await (await page.$('#scan-one')).contentFrame()).waitForSelector('#start');
  const { outer, content } = await settledHeights(page, '#scan-one');
  assert.ok(Math.abs(outer - content) <= 1, `sized: ${outer} vs ${content}`);
  await page.context().close();
});

test('the frame follows the content height on every page, and a scan works inside', async () => {
  const page = await openHost();
  const element = await page.$('#scan-one');
  const frame = await element.contentFrame();
  await frame.waitForSelector('#start');
  assert.equal(await frame.evaluate(() => document.documentElement.classList.contains('embedded')), true);
  assert.equal(await frame.locator('.site-header, .site-footer').count(), 0, 'no header or footer in a frame');
  const namesHost = new RegExp(`naar ${hostUrl.replace(/[.:/]/g, '\\$&')}`);
  assert.match(await frame.textContent('#embed-note'), namesHost);
  // The privacy card does not say "nothing is sent" where the result is:
  // the note says the link holds the answers.
  const privacyCard = await frame.textContent('section[aria-labelledby="privacy-title"]');
  assert.match(privacyCard, /Tot je klaar bent, verlaat niets deze browser/);
  assert.doesNotMatch(privacyCard, /er gaat niets naar een server/);
  assert.match(await frame.textContent('#embed-note'), /Die link bevat je antwoorden/);
  const intro = await settledHeights(page, '#scan-one');
  assert.ok(Math.abs(intro.outer - intro.content) <= 1, JSON.stringify(intro));

  await clickUntil(frame, '#start', '.question-page[data-number="1"]');
  const question = await settledHeights(page, '#scan-one');
  assert.ok(Math.abs(question.outer - question.content) <= 1, JSON.stringify(question));
  assert.ok(question.outer < intro.outer, `the frame shrinks: ${intro.outer} -> ${question.outer}`);

  const golden = GOLDEN.cases.find((c) => c.name === 'mixed');
  await answerByMouse(frame, golden.answers);
  await frame.waitForSelector('#show-result');
  // Right before the result is sent, the review page says where it goes.
  assert.match(await frame.textContent('#embed-note'), namesHost);
  const review = await settledHeights(page, '#scan-one');
  assert.ok(Math.abs(review.outer - review.content) <= 1, JSON.stringify(review));
  await clickUntil(frame, '#show-result', '#score-table');
  const result = await readResult(frame);
  assert.deepEqual(result.dimensions, golden.dimensions);
  const shown = await settledHeights(page, '#scan-one');
  assert.ok(Math.abs(shown.outer - shown.content) <= 1, JSON.stringify(shown));
  assert.ok(shown.outer > review.outer, `the frame grows: ${review.outer} -> ${shown.outer}`);

  // The named host gets the result once: scores and the link, no answers.
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === 'sociale-innovatie-scan:result'));
  const results = await page.evaluate(() => window.received.filter((m) => m.data?.type === 'sociale-innovatie-scan:result'));
  assert.equal(results.length, 1);
  assert.equal(results[0].origin, appOrigin);
  assert.equal(results[0].data.version, 1);
  assert.equal(results[0].data.link, await frame.inputValue('#share-link'));
  for (const [id, expected] of Object.entries(golden.dimensions)) {
    assert.equal(results[0].data.dimensions[id], expected.score, id);
  }
  assert.equal(results[0].data.answers, undefined);
  // Share and delete work inside the frame: the host allows clipboard-write.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await frame.click('#copy-link');
  await frame.waitForSelector('#copy-status:has-text("gekopieerd")');
  await frame.click('#delete-data');
  await frame.click('#delete-yes');
  await frame.waitForSelector('#start');

  // The second frame names no parent: a finished scan sends nothing.
  const second = await (await page.$('#scan-two')).contentFrame();
  await page.locator('#scan-two').scrollIntoViewIfNeeded();
  assert.match(await second.textContent('section[aria-labelledby="privacy-title"]'), /nothing is sent to a server/);
  await clickUntil(second, '#start', '.question-page[data-number="1"]');
  await answerByMouse(second, golden.answers);
  await clickUntil(second, '#show-result', '#score-table');
  await page.waitForTimeout(300);
  const all = await page.evaluate(() => window.received.filter((m) => m.data?.type === 'sociale-innovatie-scan:result'));
  assert.equal(all.length, 1, 'no result from the frame without parentOrigin');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a result goes nowhere when another origin is named, and forged messages resize nothing', async () => {
  const page = await openHost('/other-origin');
  const frame = await (await page.$('#scan')).contentFrame();
  await frame.waitForSelector('#start');
  await clickUntil(frame, '#start', '.question-page[data-number="1"]');
  await answerByMouse(frame, GOLDEN.cases.find((c) => c.name === 'cycle').answers);
  await clickUntil(frame, '#show-result', '#score-table');
  await page.waitForTimeout(300);
  assert.deepEqual(
    await page.evaluate(() => window.received.filter((m) => m.data?.type === 'sociale-innovatie-scan:result')),
    [],
  );
  // The host page forges a height message of the app's type: its source is
  // not the frame's window, so nothing changes.
  const before = await page.evaluate(() => document.querySelector('#scan').style.height);
  await page.evaluate(() => window.postMessage({ type: 'sociale-innovatie-scan:height', version: 1, height: 7 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelector('#scan').style.height), before);
  assert.notEqual(before, '7px');
  await page.context().close();
});

test('invalid settings are ignored with a warning, and the scan works as usual', async () => {
  const page = await openHost('/bad-settings');
  const frame = await (await page.$('#scan')).contentFrame();
  await frame.waitForSelector('#start');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'nl');
  const accent = await frame.evaluate(() => getComputedStyle(document.querySelector('#start')).backgroundColor);
  assert.equal(accent, 'rgb(14, 107, 100)', 'the default accent stays');
  assert.ok(page.warnings.some((w) => /accent/.test(w)), page.warnings.join('\n'));
  assert.ok(page.warnings.some((w) => /lang/.test(w)));
  assert.ok(page.warnings.some((w) => /longer than/.test(w)));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a sandboxed frame without storage still finishes a scan, and sends the result', async () => {
  const page = await openHost('/sandboxed');
  const frame = await (await page.$('#scan')).contentFrame();
  await frame.waitForSelector('#start');
  await frame.waitForSelector('[data-notice="storage-unavailable"]');
  // The first load's styles apply in an opaque origin (they are part of the page).
  assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim()), '#0e6b64');
  await clickUntil(frame, '#start', '.question-page[data-number="1"]');
  const golden = GOLDEN.cases.find((c) => c.name === 'mixed');
  await answerByMouse(frame, golden.answers);
  await clickUntil(frame, '#show-result', '#score-table');
  assert.deepEqual((await readResult(frame)).dimensions, golden.dimensions);
  // So do the full app's, which an opaque origin must fetch with CORS for their integrity.
  assert.equal(await frame.$eval('.profile-grid', (grid) => getComputedStyle(grid).display), 'grid');
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === 'sociale-innovatie-scan:result'));
  const origin = await page.evaluate(() => window.received.find((m) => m.data?.type === 'sociale-innovatie-scan:result').origin);
  assert.equal(origin, 'null', 'a sandboxed frame has an opaque origin');
  // The host script sizes a sandboxed frame too.
  const { outer, content } = await settledHeights(page, '#scan');
  assert.ok(Math.abs(outer - content) <= 1, `${outer} vs ${content}`);
  await page.context().close();
});

test('kiosk mode: "next person" and inactivity leave nothing of the last respondent', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  await page.clock.install();
  await page.goto(`${app.url}?kiosk=1&kioskTimeout=30`);
  const sisKeys = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sis:')));

  // One respondent finishes; the next person button wipes everything.
  await page.click('#start');
  await answerByMouse(page, GOLDEN.cases.find((c) => c.name === 'mixed').answers);
  await page.click('#show-result');
  await page.waitForSelector('#score-table');
  assert.ok((await sisKeys()).length > 0, 'the scan was stored while it ran');
  await page.click('#next-person');
  await page.waitForSelector('#start');
  assert.deepEqual(await sisKeys(), []);
  assert.equal(await page.locator('#my-results, #score-table, #continue, [data-notice="deleted"]').count(), 0);

  // The next one walks away halfway: after 30 seconds without input it is wiped.
  await page.click('#start');
  await answerByMouse(page, '123');
  await page.clock.fastForward(20_000);
  assert.equal(await page.locator('.question-page').count(), 1, 'still there after 20 seconds');
  await page.clock.fastForward(11_000);
  await page.waitForSelector('#start');
  assert.deepEqual(await sisKeys(), []);
  assert.equal(await page.locator('#continue').count(), 0, 'nothing to continue');
  await context.close();

  // Without kiosk mode, a pause loses nothing.
  const plain = await app.browser.newContext();
  const other = await plain.newPage();
  await other.clock.install();
  await other.goto(app.url);
  await other.click('#start');
  await answerByMouse(other, '123');
  await other.clock.fastForward(600_000);
  assert.equal(await other.locator('.question-page[data-number="4"]').count(), 1);
  await plain.close();
});

test('kiosk mode with a team invite: every next person starts from the invite, with a reply of their own', async () => {
  // The facilitator's browser is another one: a kiosk's wipe would take its key.
  const facilitator = await app.browser.newContext();
  const setup = await facilitator.newPage();
  await setup.goto(app.url);
  const code = new URL(await createSession(setup, { label: 'Kiosk team' })).hash.replace('#i=', '');
  await facilitator.close();

  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  await page.clock.install();
  await page.goto(`${app.url}?kiosk=1&kioskTimeout=30&invite=${code}`);
  const sisKeys = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sis:')));
  const historyLength = () => page.evaluate(() => window.history.length);
  const entriesAtStart = await historyLength();
  const answers = GOLDEN.cases.find((c) => c.name === 'mixed').answers;
  // One person at the kiosk: the invite, the scan, and the result with a
  // team reply; returns the reply and its reply id.
  const person = async () => {
    await page.waitForSelector('#invite-label');
    assert.match(await page.textContent('#invite-label'), /Kiosk team/);
    assert.equal(await page.locator('#start').count(), 0, 'not the plain intro');
    await page.click('#start-team-scan');
    await page.waitForSelector('[data-notice="team"]');
    await answerByMouse(page, answers);
    await page.click('#show-result');
    await page.waitForSelector('#team-reply-link');
    const memberships = JSON.parse((await storageOf(page))['sis:team-replies']).sessions;
    assert.equal(memberships.length, 1);
    return { reply: await page.inputValue('#team-reply-link'), id: memberships[0].reply };
  };
  // After a wipe: the same invite again, nothing of the last person.
  const wiped = async () => {
    await page.waitForSelector('#invite-label');
    assert.deepEqual(await sisKeys(), []);
    assert.equal(await page.locator('#my-results, #score-table, #continue, #team-reply-link, [data-notice="deleted"]').count(), 0);
    assert.equal(await historyLength(), entriesAtStart, 'no history entries');
  };

  const first = await person();
  await page.click('#next-person');
  await wiped();
  const second = await person();
  assert.notEqual(second.id, first.id, 'a fresh reply id');
  assert.notEqual(second.reply, first.reply);

  // The next one walks away halfway: after 30 seconds without input, the
  // kiosk returns to the invite.
  await page.click('#next-person');
  await wiped();
  await page.click('#start-team-scan');
  await answerByMouse(page, '123');
  await page.clock.fastForward(31_000);
  await wiped();
  // An idle kiosk on the invite stays there, and the next person replies too.
  await page.clock.fastForward(61_000);
  await wiped();
  const fourth = await person();
  assert.ok(![first.id, second.id].includes(fourth.id), 'a fresh reply id after the timeout');
  assert.ok(![first.reply, second.reply].includes(fourth.reply));

  // Person four leaves the result for the timeout, which returns to the invite.
  await page.clock.fastForward(31_000);
  await wiped();
  await context.close();
});

test('a team invite can come in the query string of an embed', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await page.click('#team-session');
  await page.fill('#team-label', 'Team <Noord>');
  await page.click('#create-invite');
  const code = new URL(await page.inputValue('#invite-link')).hash.replace('#i=', '');
  await page.goto(`${app.url}?embed=1&invite=${code}`);
  await page.waitForSelector('#invite-label');
  assert.match(await page.textContent('#invite-label'), /Team <Noord>/);
  await page.click('#start-team-scan');
  await page.waitForSelector('[data-notice="team"]');
  await context.close();
});
