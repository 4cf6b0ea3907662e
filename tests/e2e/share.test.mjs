// Result links in a real browser: copy, QR, opening on another profile,
// every kind of bad link, and the promise that a shared result never touches
// the visitor's own answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN, ROOT, chooseLanguage, crc24, finishScan, laterResultCode, openApp, readResult, shareLink, storageOf, useApp } from './harness.mjs';

const app = useApp();
const MIXED = GOLDEN.cases.find((c) => c.name === 'mixed');
const LINKS = JSON.parse(readFileSync(join(ROOT, 'tests/data/links-v1.json'), 'utf8'));

function expected(golden) {
  const { dimensions, themes, index, coherence, strongest, weakest } = golden;
  return { dimensions, themes, index, coherence, strongest, weakest };
}

test('a finished scan gives a copyable link with a QR code that opens elsewhere with the same numbers', async () => {
  const page = await openApp(app);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await finishScan(page, MIXED.answers, { role: 'manager' });
  const link = await shareLink(page);
  const url = new URL(link);
  assert.equal(url.search, '', 'nothing in the query string');
  const code = url.hash.replace('#r=', '');
  console.log(`result link code: ${code} (${code.length} characters)`);
  assert.ok(code.length <= 20);
  await page.click('#copy-link');
  await page.waitForSelector('#copy-status:has-text("gekopieerd")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await page.click('#toggle-qr');
  // The QR code comes with the share module, fetched on this first use.
  await page.waitForSelector('#qr-code svg[role="img"]');
  assert.equal(await page.locator('#qr-code svg[role="img"]').count(), 1);

  // Another browser profile (a fresh context) opens the link.
  const other = await openApp(app, { path: url.hash });
  await other.waitForSelector('.shared-frame');
  assert.match(await other.textContent('.shared-frame'), /Teamleider of manager/);
  assert.deepEqual(await readResult(other), expected(MIXED));
  assert.deepEqual(await storageOf(other), {}, 'viewing a link stores nothing');
  await other.click('#take-scan');
  await other.waitForSelector('#start');
  assert.equal(new URL(other.url()).hash, '');
  await other.context().close();
  await page.context().close();
});

test('opening a link never overwrites one\'s own progress', async () => {
  const page = await openApp(app);
  await page.click('#start');
  await page.keyboard.press('4');
  await page.keyboard.press('2');
  const before = (await storageOf(page))['sis:progress'];
  await page.goto(app.url + '#r=' + LINKS.links[0].code);
  await page.waitForSelector('.shared-frame');
  await page.reload();
  await page.waitForSelector('.shared-frame');
  assert.equal((await storageOf(page))['sis:progress'], before);
  await page.click('#take-scan');
  await page.waitForSelector('.question-page[data-number="3"]');
  await page.context().close();
});

test('every published link still shows its numbers', async () => {
  const page = await openApp(app);
  for (const link of LINKS.links) {
    await page.goto(`${app.url}#${link.fragment}`);
    await page.waitForSelector('.shared-frame');
    const result = await readResult(page);
    const scores = Object.fromEntries(Object.entries(result.dimensions).map(([id, d]) => [id, d.score]));
    assert.deepEqual(scores, link.dimensions, link.name);
    assert.equal(result.index, link.index, link.name);
  }
  await page.context().close();
});

test('bad links say what is wrong, in the user\'s language, and offer a way on', async () => {
  const good = LINKS.links[0].code;
  const changed = good.slice(0, 7) + (good[7] === 'A' ? 'B' : 'A') + good.slice(8);
  const cases = [
    ['truncated', `#r=${good.slice(0, 12)}`, 'incomplete'],
    ['extended', `#r=${good}xyz`, 'too-long'],
    ['one character changed', `#r=${changed}`, 'damaged'],
    ['outside the alphabet', `#r=${good.slice(0, 10)}*${good.slice(11)}`, 'invalid-character'],
    ['empty', '#r=', 'incomplete'],
    ['newer version', `#r=${laterResultCode(good)}`, 'newer-version'],
    // A damaged first character is damage, not a newer version.
    ['first character changed', `#r=C${good.slice(1)}`, 'damaged'],
    ['lower-cased', `#r=${good.toLowerCase()}`, 'damaged'],
    ['first two characters swapped', `#r=${good[1]}${good[0]}${good.slice(2)}`, 'damaged'],
    ['100 KB of garbage', `#r=${'x'.repeat(100_000)}`, 'not-a-result-link'],
    ['html', '#r=<img src=x onerror="window.__pwned=1">', 'not-a-result-link'],
    ['script', '#r=<script>window.__pwned=1</script>', 'not-a-result-link'],
  ];
  const page = await openApp(app);
  for (const [name, fragment, error] of cases) {
    await page.goto(app.url + fragment);
    await page.waitForSelector('#link-error');
    assert.equal(await page.getAttribute('#link-error', 'data-error'), error, name);
    assert.ok((await page.textContent('#link-error')).length > 20, name);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, name);
    assert.equal(await page.locator('main img, main script').count(), 0, name);
  }
  // English too, and the way on works.
  await chooseLanguage(page, 'en');
  await page.waitForSelector('text=This link does not work');
  await page.click('#take-scan');
  await page.waitForSelector('#start');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** A team invite of format 1 (an open session of an earlier version). */
function openInvite(label) {
  const body = [1, 0, 0, 0, 42, 5, ...Buffer.from(label)];
  const crc = crc24(body);
  return Buffer.from([...body, crc >> 16, (crc >> 8) & 255, crc & 255]).toString('base64url');
}

test('harmless noise around a link is tolerated alike by every kind of link in the address', async () => {
  const { code } = LINKS.links[1];
  const team = JSON.parse(readFileSync(join(ROOT, 'tests/data/team/aggregate-links-v1.json'), 'utf8')).links[0].code;
  const invite = openInvite('Team Noise');
  // Every kind, every tolerance of the one rule (core::links::link_reader).
  const kinds = [
    ['r', code, '.shared-frame'],
    ['i', invite, '#invite-label'],
    ['g', team, '#team-aggregate-table'],
  ];
  const noises = [
    ['spaces', (k, c) => `#${k}=%20${c.slice(0, 10)}%20${c.slice(10)}%20`],
    ['a line break', (k, c) => `#${k}=${c.slice(0, 10)}%0A${c.slice(10)}`],
    ['an escaped =', (k, c) => `#${k}%3D${c}`],
    ['a parameter after', (k, c) => `#${k}=${c}&x=1`],
    ['a query glued after', (k, c) => `#${k}=${c}?utm_source=x`],
  ];
  const page = await openApp(app);
  for (const [key, linkCode, selector] of kinds) {
    for (const [name, fragmentOf] of noises) {
      // A fresh load each time, as a link opened from a message.
      await page.goto('about:blank');
      await page.goto(app.url + fragmentOf(key, linkCode));
      await page.waitForSelector(selector, { timeout: 5000 }).catch(() => {
        throw new Error(`#${key}, ${name}: ${selector} did not show`);
      });
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the screen follows the address: Back after opening a shared link shows one\'s own result again', async () => {
  const page = await openApp(app);
  await finishScan(page, MIXED.answers, { role: 'manager' });
  const own = await readResult(page);
  // Someone else's link, pasted into the address bar of this tab.
  const other = LINKS.links[0];
  await page.goto(`${app.url}#${other.fragment}`);
  await page.waitForSelector('.shared-frame');
  assert.equal((await readResult(page)).index, other.index);
  // Back: the address has no link any more, so neither has the screen.
  await page.goBack();
  await page.waitForFunction(() => location.hash === '');
  await page.waitForSelector('.shared-frame', { state: 'detached', timeout: 5000 });
  assert.deepEqual(await readResult(page), own);
  // Forward: the link is in the address again, and on the screen.
  await page.goForward();
  await page.waitForSelector('.shared-frame');
  assert.equal((await readResult(page)).index, other.index);
  // The skip link's #main is a place on the page, not a screen.
  await page.focus('.skip-link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#main');
  assert.equal(await page.locator('.shared-frame').count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
