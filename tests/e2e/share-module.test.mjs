// The share module (src/share-module/, `sis-share`): the app's wasm carries
// neither HPKE nor a QR encoder, and fetches this module the first time a QR
// code is shown or a sealed invite is opened. These tests hold it back
// (service workers blocked, so that the route sees every fetch) and check
// what a person then sees: a clear message in their language, a way to try
// again, and the app going on; and that a tampered module is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerByKeyboard, crc24, createSession, openApp, pageAt, useApp } from './harness.mjs';

const app = useApp();
const MODULE = /\/sis-share-[0-9a-f]{16}\.wasm$/;

/** A context whose share module fails while `blocked.now` is true. */
async function contextWithModule(blocked, { tamper = false } = {}) {
  const context = await app.browser.newContext({ serviceWorkers: 'block', reducedMotion: 'reduce' });
  context.fetched = 0;
  await context.route(MODULE, async (route) => {
    context.fetched += 1;
    if (blocked.now) return route.abort('internetdisconnected');
    if (!tamper) return route.continue();
    const response = await route.fetch();
    const body = await response.body();
    return route.fulfill({ response, body: Buffer.concat([body, Buffer.from([0])]) });
  });
  return context;
}

/** The id of the element that has the focus. */
const focused = (page) => page.evaluate(() => document.activeElement?.id);

test('a plain scan fetches no share module until a QR code is shown; offline the box says so, and Try again draws it', async () => {
  const blocked = { now: true };
  const context = await contextWithModule(blocked);
  const page = await pageAt(context, app.url);
  await page.click('#start');
  await answerByKeyboard(page, '333333333333333333333333333333');
  await page.click('#show-result');
  await page.waitForSelector('#share-link');
  assert.equal(context.fetched, 0, 'the result page alone fetched no share module');
  await page.click('#toggle-qr');
  await page.waitForSelector('#qr-code [role="alert"]');
  assert.match(await page.textContent('#qr-code'), /QR-code kon niet worden gemaakt.*De link hierboven werkt gewoon/s);
  assert.ok((await page.inputValue('#share-link')).includes('#r='), 'the link is still there');
  blocked.now = false;
  await page.click('#qr-code button');
  await page.waitForSelector('#qr-code svg');
  // The button went with the message; the focus stayed in the box.
  assert.equal(await focused(page), 'qr-code');
  // Hidden and shown again, it draws again (the module is here now).
  await page.click('#toggle-qr');
  await page.click('#toggle-qr');
  await page.waitForSelector('#qr-code svg');
  assert.match(await page.textContent('#qr-code svg title'), /QR-code van de link/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a sealed invite waits for its key check; offline it says so in the page language, and Try again opens it', async () => {
  const facilitator = await openApp(app);
  const invite = await createSession(facilitator, { label: 'Zorgteam' });
  await facilitator.context().close();
  const blocked = { now: true };
  const context = await contextWithModule(blocked);
  await context.addInitScript(() => localStorage.setItem('sis:settings', '{"version":1,"lang":"de"}'));
  const page = await pageAt(context, app.url + new URL(invite).hash);
  await page.waitForSelector('#invite-check-failed');
  assert.match(await page.textContent('#invite-check-failed'), /Einladung konnte nicht geprüft werden/);
  assert.equal(await page.locator('#start-team-scan').count(), 0, 'no start before the key is checked');
  blocked.now = false;
  await page.click('#retry-invite-check');
  await page.waitForSelector('#invite-label');
  assert.equal(await focused(page), 'invite-title', 'the focus went to the page title, not lost');
  assert.match(await page.textContent('#invite-label'), /Zorgteam/);
  await page.click('#start-team-scan');
  await answerByKeyboard(page, '444444444444444444444444444444');
  await page.click('#show-result');
  await page.waitForSelector('#team-reply-link');
  assert.match(await page.inputValue('#team-reply-link'), /#s=[A-Za-z0-9_-]{111}$/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an invite with a key no reply can be sealed to is refused by the share module too', async () => {
  // An all-zero key: a low-order point, which HPKE refuses.
  const body = [2, 0, 0, 0, 42, 5, ...new Array(32).fill(0), 0, 1, 84];
  const crc = crc24(body);
  const code = Buffer.from([...body, crc >> 16, (crc >> 8) & 255, crc & 255]).toString('base64url');
  const context = await contextWithModule({ now: false });
  const page = await pageAt(context, `${app.url}#i=${code}`);
  await page.waitForSelector('#invite-error');
  assert.ok(context.fetched >= 1, 'the share module checked the key');
  assert.equal(await page.locator('#start-team-scan').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a tampered share module is refused: no QR code from it, and the page says so', async () => {
  const context = await contextWithModule({ now: false }, { tamper: true });
  const page = await pageAt(context, app.url);
  const console = [];
  page.on('console', (message) => console.push(message.text()));
  await page.click('#start');
  await answerByKeyboard(page, '222222222222222222222222222222');
  await page.click('#show-result');
  await page.click('#toggle-qr');
  await page.waitForSelector('#qr-code [role="alert"]');
  assert.equal(await page.locator('#qr-code svg').count(), 0);
  assert.ok(console.some((text) => /integrity/i.test(text)), `an integrity error was logged: ${console.join(' | ')}`);
  await context.close();
});

test('a reply that cannot be sealed for want of the module says so, and Try again seals it', async () => {
  const facilitator = await openApp(app);
  const invite = await createSession(facilitator, { label: 'Buurtteam' });
  await facilitator.context().close();
  const blocked = { now: false };
  const context = await contextWithModule(blocked);
  const page = await pageAt(context, app.url + new URL(invite).hash);
  await page.waitForSelector('#invite-label');
  await page.click('#start-team-scan');
  await answerByKeyboard(page, '545454545454545454545454545454');
  await page.click('#show-result');
  await page.waitForSelector('#team-reply-link');
  // The own link's note points up to the team reply, which comes first.
  assert.match(await page.textContent('#team-note'), /teamantwoord hierboven/);
  assert.ok(await page.evaluate(() => document.getElementById('team-reply').compareDocumentPosition(document.getElementById('team-note')) & Node.DOCUMENT_POSITION_FOLLOWING));
  // The module went with the page: the result page reloaded, with the
  // module out of reach, must fetch it again, and cannot.
  blocked.now = true;
  await page.reload();
  await page.waitForSelector('#team-reply-load-failed');
  assert.match(await page.textContent('#team-reply-load-failed'), /teamantwoord kon niet worden verzegeld/);
  assert.match(await page.textContent('#team-reply h2'), /Je teamantwoord/, 'the panel keeps its heading');
  blocked.now = false;
  await page.click('#retry-team-reply');
  await page.waitForSelector('#team-reply-link');
  assert.equal(await focused(page), 'team-reply-title', "the focus went to the panel's heading, not lost");
  assert.match(await page.inputValue('#team-reply-link'), /#s=[A-Za-z0-9_-]{111}$/);
  assert.deepEqual(page.errors, []);
  await context.close();
});
