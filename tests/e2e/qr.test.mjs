// Replies by QR code in the room: a facilitator's session page reads the
// members' team replies from a camera. The camera is Chromium's fake device
// playing a Y4M video of QR codes (written by `cargo run --example
// qr_video`, tests/tools/qr_video.rs, into a temporary folder): three
// members' replies, one shown again, a result link and a foreign code. The
// count, the message per code, the stored replies and the team profile are
// checked, and that the only request after the load is the decoder's (this
// Chromium has no BarcodeDetector); then a camera refused (paste still
// works), leaving the page (the camera goes off), a platform BarcodeDetector
// (a stand-in: it reads the codes, and no decoder is fetched), a frame of
// another origin without allow="camera" (the page says so), and axe on the
// scanner in every language at 1280 and 375 px.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser.mjs';
import { serveHost } from '../support/host.mjs';
import { LANGS, ROOT, axe, chooseLanguage, createSession, linksOf, memberScan, openApp, pageAt, serviceWorkerReady, storageOf, useApp, watchPolicyViolations } from './harness.mjs';

const app = useApp();
const MEMBERS = [
  { role: 'employee', answers: '222222222222222222222222222221' },
  { role: 'manager', answers: '444444444444444444444444444441' },
  { role: 'director', answers: '555555555555555555555555555551' },
];
/** The decoder, the one file a scan may fetch after the load. */
const DECODER = /\/sis-qr-[0-9a-f]{16}\.wasm$/;

const made = { dir: '', video: '', storage: null, replies: [], own: '' };
const browsers = [];

/** A Chromium whose camera plays `video`; `allow` grants it without asking. */
async function cameraBrowser(video, { allow = true } = {}) {
  const args = [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`];
  if (allow) args.push('--use-fake-ui-for-media-stream');
  const browser = watchPolicyViolations(await chromium.launch({ executablePath: CHROMIUM, headless: true, args }), app.cspViolations);
  browsers.push(browser);
  return browser;
}

/**
 * The facilitator's session page in `browser`, with the facilitator's
 * storage; records the page's camera streams (window.sisStreams) and every
 * message the scanner shows (window.sisMessages).
 */
async function sessionPage(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  await context.addInitScript((storage) => {
    if (!localStorage.getItem('sis:team-sessions')) for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
    window.sisStreams = [];
    const open = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);
    if (open) navigator.mediaDevices.getUserMedia = (constraints) => open(constraints).then((stream) => (window.sisStreams.push(stream), stream));
    window.sisMessages = [];
    new MutationObserver(() => {
      const said = document.querySelector('#scan-message p');
      if (said && said.dataset.code !== window.sisLast) {
        window.sisLast = said.dataset.code;
        window.sisMessages.push(said.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, made.storage);
  const page = await pageAt(context, app.url, { timeout: 20000 });
  await page.click('#team-session');
  await page.click('.session-item button');
  await page.waitForSelector('#scan-start');
  return page;
}

/** Once, in the first test (after the harness's browser is up): the session, the replies, the video. */
let making = null;
const setUp = () => (making ??= makeSession());

async function makeSession() {
  // A session with a minimum of three, and three members' replies.
  const facilitator = await openApp(app);
  const invite = await createSession(facilitator, { label: 'Zaal 2', min: 3 });
  for (const member of MEMBERS) {
    const page = await memberScan(app, invite, member);
    const { own, reply } = await linksOf(page);
    made.replies.push(reply);
    made.own = own;
    await page.context().close();
  }
  made.storage = Object.fromEntries(Object.entries(await storageOf(facilitator)).filter(([key]) => key.startsWith('sis:')));
  await facilitator.context().close();
  // The video: replies 1 and 2, reply 1 again, a result link, a foreign
  // code, reply 3; each held a second, half a second of grey between.
  made.dir = mkdtempSync(join(tmpdir(), 'sis-qr-'));
  made.video = join(made.dir, 'replies.y4m');
  const [one, two, three] = made.replies;
  execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'qr_video', '--', made.video, one, two, one, made.own, 'https://example.org/menu', three], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

after(async () => {
  for (const browser of browsers) await browser.close();
  if (made.dir) rmSync(made.dir, { recursive: true, force: true });
});

test('replies read by camera count as pasted ones, one message per code; the decoder is the only request', async () => {
  await setUp();
  const page = await sessionPage(await cameraBrowser(made.video));
  await serviceWorkerReady(page);
  await page.waitForTimeout(500);
  // The collecting page fetched the decoder ahead, and the worker keeps it:
  // the camera needs no network in the room.
  for (let tries = 0; !(await serviceWorkerReady(page)).cached.some((url) => DECODER.test(url)); tries++) {
    assert.ok(tries < 100, 'the worker keeps the decoder fetched ahead');
    await page.waitForTimeout(100);
  }
  const requests = [];
  page.context().on('request', (request) => requests.push(request.url()));
  assert.equal(await page.$('#scan-count'), null, 'no count before the camera starts');
  await page.click('#scan-start');
  await page.waitForSelector('#scan-stop');
  await page.waitForFunction(() => document.querySelector('#scan-count').textContent === 'Gelezen met de camera: 3', null, { timeout: 60000 });
  // Until the video has played once more: every code shown again.
  await page.waitForFunction(() => window.sisMessages.filter((said) => said.startsWith('Al geteld')).length >= 4, null, { timeout: 60000 });
  const messages = await page.evaluate(() => window.sisMessages);
  const first = messages.slice(0, 6);
  assert.deepEqual(first, [
    'Antwoord geteld. Antwoorden geteld: 1.',
    'Antwoord geteld. Antwoorden geteld: 2.',
    'Al geteld: dit antwoord is eerder gelezen.',
    'Niet geteld. Resultaatlinks, geen teamantwoorden, dus niet gelezen: 1',
    'Deze QR-code bevat geen teamantwoord.',
    'Antwoord geteld. Antwoorden geteld: 3.',
  ], messages.join('\n'));
  assert.ok(messages.slice(6).every((said) => !said.startsWith('Antwoord geteld')), 'the loop counts nobody twice');
  assert.match(await page.getAttribute('#scan-message', 'aria-live'), /assertive|polite/);
  // The counts are the session's own, and the replies are stored sealed.
  assert.match(await page.textContent('#replies-counted'), /^Antwoorden geteld: 3\. Genoeg/);
  assert.match(await page.textContent('[data-count="result-links"]'), /: [1-9]$/);
  const stored = JSON.parse((await storageOf(page))['sis:team-sessions']).sessions[0];
  assert.deepEqual([...stored.replies].sort(), made.replies.map((reply) => reply.split('#s=')[1]).sort());
  // Nothing was fetched while scanning: the decoder was fetched ahead.
  assert.ok(requests.every((url) => DECODER.test(url)), requests.join('\n'));
  const { cached } = await serviceWorkerReady(page);
  assert.ok(cached.some((url) => DECODER.test(url)), 'the worker keeps the decoder');
  // Stop: the camera is off.
  await page.click('#scan-stop');
  await page.waitForSelector('#scan-start');
  assert.deepEqual(await page.evaluate(() => window.sisStreams.flatMap((s) => s.getTracks().map((t) => t.readyState))), ['ended']);
  assert.equal(await page.evaluate(() => document.querySelector('#scan-video').srcObject), null);
  // The profile opens from the replies read.
  await page.click('#open-profile');
  await page.click('#confirm-open-yes');
  await page.waitForSelector('#opened-now-note');
  assert.match(await page.innerText('main'), /3/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('leaving the page turns the camera off', async () => {
  await setUp();
  const page = await sessionPage(await cameraBrowser(made.video));
  await serviceWorkerReady(page);
  await page.click('#scan-start');
  await page.waitForFunction(() => document.querySelector('#scan-status').textContent.startsWith('De camera staat aan'), null, { timeout: 30000 });
  // To the session list, within the app (the footer's team session link).
  await page.click('#team-session');
  await page.waitForFunction(() => !document.querySelector('#scanner'));
  assert.deepEqual(await page.evaluate(() => window.sisStreams.flatMap((s) => s.getTracks().map((t) => t.readyState))), ['ended']);
  await page.context().close();
});

test('a refused camera says so, and pasting still works', async () => {
  await setUp();
  const page = await sessionPage(await cameraBrowser(made.video, { allow: false }));
  await page.click('#scan-start');
  await page.waitForSelector('#scan-status.card-warning');
  assert.match(await page.textContent('#scan-status'), /^De camera mag niet worden gebruikt: de toegang is geweigerd\. Plakken en bestanden werken gewoon/);
  assert.equal(await page.isVisible('#scan-video'), false);
  await page.fill('#paste-replies', made.replies.join('\n'));
  await page.click('#read-replies');
  await page.waitForFunction(() => /^Antwoorden geteld: 3\./.test(document.querySelector('#replies-counted')?.textContent ?? ''));
  await page.context().close();
});

test('where the platform has a BarcodeDetector it reads the codes, and no decoder is fetched', async () => {
  await setUp();
  const browser = await cameraBrowser(made.video);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  // A platform detector that sees each reply for five reads, then nothing
  // for five: three showings, the first again at the end.
  await context.addInitScript(({ storage, replies }) => {
    if (!localStorage.getItem('sis:team-sessions')) for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
    const shown = [replies[0], null, replies[1], null, replies[0], null, replies[2], null];
    let reads = 0;
    window.BarcodeDetector = class {
      static async getSupportedFormats() { return ['qr_code', 'ean_13']; }
      constructor(options) { window.sisFormats = options?.formats; }
      async detect() {
        const text = shown[Math.floor(reads++ / 5)] ?? null;
        return text ? [{ rawValue: text, format: 'qr_code' }] : [];
      }
    };
  }, { storage: made.storage, replies: made.replies });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  const requests = [];
  await page.goto(app.url);
  await page.click('#team-session');
  await page.click('.session-item button');
  await page.waitForSelector('#scan-start');
  page.context().on('request', (request) => requests.push(request.url()));
  await page.click('#scan-start');
  await page.waitForFunction(() => document.querySelector('#scan-count')?.textContent === 'Gelezen met de camera: 3', null, { timeout: 30000 });
  assert.deepEqual(await page.evaluate(() => window.sisFormats), ['qr_code']);
  assert.match(await page.textContent('#replies-counted'), /^Antwoorden geteld: 3\./);
  assert.deepEqual(requests.filter((url) => DECODER.test(url)), [], 'no decoder where the platform reads QR codes');
  await page.click('#scan-stop');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('inside a frame of another origin without allow="camera", the page says what the frame needs', async () => {
  await setUp();
  // A host page on another origin (localhost) that frames the app with its
  // own header and footer (embed=0), so the facilitator's pages are reached
  // as on a page of its own; the frame has no allow="camera".
  const host = await serveHost(new URL(app.url).origin, 0, {
    '/framed': '<!doctype html><title>Host</title><iframe title="Scan" src="APP_ORIGIN/?embed=0" style="width:1200px;height:850px;border:0"></iframe>',
  });
  try {
    const browser = await cameraBrowser(made.video);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`http://localhost:${host.address().port}/framed`);
    // A session set up in the frame: its collecting page.
    const frame = page.frameLocator('iframe');
    await frame.locator('#team-session').click();
    await frame.locator('#create-invite').click();
    await frame.locator('#scan-start').click();
    await frame.locator('#scan-status.card-warning').waitFor();
    assert.match(await frame.locator('#scan-status').textContent(), /^Deze pagina is ingesloten in een andere: de camera werkt alleen als het iframe allow="camera" heeft\. Plakken en bestanden werken gewoon\.$/);
    assert.equal(await frame.locator('#scan-video').isVisible(), false);
    await context.close();
  } finally {
    host.close();
  }
});

test('the scanner view has no axe violations in any language at 1280 and 375 px', async () => {
  await setUp();
  const browser = await cameraBrowser(made.video);
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
    const page = await sessionPage(browser, viewport);
    await page.click('#scan-start');
    await page.waitForFunction(() => window.sisMessages.length > 0, null, { timeout: 30000 });
    for (const lang of LANGS) {
      await chooseLanguage(page, lang);
      await page.waitForSelector('#scanner');
      if (!(await page.isVisible('#scan-stop'))) await page.click('#scan-start');
      await page.waitForSelector('#scan-video:not([hidden])');
      await axe(page, `scanner ${lang} ${viewport.width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang} at ${viewport.width}: ${overflow} px too wide`);
    }
    await page.context().close();
  }
});
