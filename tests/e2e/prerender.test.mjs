// The pre-rendered first screen (src/ui/prerender.rs, src/web/prerender.js): on
// a plain first visit index.html shows the first view before the wasm
// arrives. Its markup must be the app's own for that view, nothing may move
// when the app takes over, and what the person did in it counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, chooseLanguage, storageOf, useApp } from './harness.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const app = useApp();

/**
 * Opens `path` with the first-load wasm held back until `release()`;
 * `options` are the browser context's (such as its `locale`).
 */
async function openHeld(path, init, options = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...options });
  if (init) await context.addInitScript(init);
  let release;
  const released = new Promise((ok) => { release = ok; });
  await context.route(/\/sis-app-[0-9a-f]+_bg\.wasm/, async (route) => { await released; await route.continue(); });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(app.url + path, { waitUntil: 'domcontentloaded' });
  return { page, release };
}

/** The app's part of the body as a normalized tree: sorted attributes, no comments or empty text. */
function snapshot(page) {
  return page.evaluate(() => {
    const walk = (node) => {
      if (node.nodeType === 3) return node.data;
      if (node.nodeType !== 1) return '';
      const attrs = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
      return `<${node.localName} ${attrs}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
    };
    return [...document.body.children]
      .filter((e) => !['SCRIPT', 'NOSCRIPT', 'TEMPLATE'].includes(e.tagName))
      .map(walk).join('\n');
  });
}

/** The box of every element of the app's part, in document order. */
function boxes(page) {
  return page.evaluate(() => [...document.querySelectorAll('body > :not(script, noscript, template), body > :not(script, noscript, template) *')]
    .map((e) => { const r = e.getBoundingClientRect(); return `${e.tagName}#${e.id} ${r.x},${r.y},${r.width},${r.height}`; }));
}

async function takenOver(page) {
  await page.evaluate(() => { window.__staticMain = document.querySelector('main'); });
  return () => page.waitForFunction(() => document.querySelector('main') && document.querySelector('main') !== window.__staticMain);
}

for (const [path, view, lang] of [
  ['', '#start', 'nl'], ['?lang=en', '#start', 'en'],
  ['?intro=0', '#q0-opt0', 'nl'], ['?intro=0&lang=en', '#q0-opt0', 'en'],
]) {
  test(`the pre-rendered first screen of "${path}" is the app's, and nothing moves at the take-over`, async () => {
    const { page, release } = await openHeld(path);
    await page.waitForSelector(view);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    const before = await snapshot(page);
    const boxesBefore = await boxes(page);
    // The static screen alone passes axe (as a11y.test.mjs, through the DevTools protocol).
    await page.evaluate(AXE);
    const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    assert.deepEqual(result.violations.map((v) => `${v.id} ${v.nodes[0]?.target}`), []);
    // SHOTS=<dir> keeps screenshots just before and after the take-over.
    const shot = (when) => process.env.SHOTS && page.screenshot({ path: join(process.env.SHOTS, `${lang}-${view.slice(1)}-${when}.png`) });
    await shot('before');
    const done = await takenOver(page);
    release();
    await done();
    await page.waitForTimeout(100);
    await shot('after');
    assert.equal(await snapshot(page), before);
    assert.deepEqual(await boxes(page), boxesBefore);
    // Once the app has taken over, still one page: nothing of the
    // pre-rendered screen is left behind.
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => [...document.body.children].filter((e) => !['SCRIPT', 'NOSCRIPT', 'TEMPLATE'].includes(e.tagName)).map((e) => e.localName)), ['a', 'header', 'main', 'footer']);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

for (const [what, path, init] of [
  ['stored progress', '', () => localStorage.setItem('sis:progress', '{"version":1}')],
  ['a history', '', () => localStorage.setItem('sis:history', '[]')],
  ['an embed', '?embed=1', null],
  ['a link', '#r=abc', null],
  ['another setting', '?intro=0&kiosk=1', null],
]) {
  test(`no pre-rendered screen with ${what}`, async () => {
    const { page, release } = await openHeld(path, init);
    await page.waitForLoadState('domcontentloaded');
    assert.deepEqual(await page.evaluate(() => [document.querySelector('main') === null, typeof window.sisPre]), [true, 'undefined']);
    release();
    await page.context().close();
  });
}

test('a stored language alone still gets the pre-rendered screen, in that language', async () => {
  const { page, release } = await openHeld('', () => localStorage.setItem('sis:settings', '{"version":1,"lang":"en"}'));
  await page.waitForSelector('#start');
  assert.equal(await page.textContent('#start'), 'Start the scan');
  release();
  await page.context().close();
});

// The start language (i18n::start_lang): lang= in the address, else the
// stored choice, else the browser's preferred language the app speaks. A
// language the first load does not carry (German) has no pre-rendered
// screen: the first-load app hands over to the full app in it.
for (const [name, path, stored, locale, lang, start, prerendered] of [
  ['a browser that prefers German', '', null, 'de-DE', 'de', 'Scan starten', false],
  ['lang=de', '?lang=de', null, 'nl-NL', 'de', 'Scan starten', false],
  ['a browser that prefers French', '', null, 'fr-FR', 'nl', 'Start de scan', true],
  ['a stored choice over the browser', '', 'en', 'de-AT', 'en', 'Start the scan', true],
  ['lang= over the browser', '?lang=nl', null, 'de-DE', 'nl', 'Start de scan', true],
]) {
  test(`the first screen's language: ${name}`, async () => {
    const init = stored ? `localStorage.setItem('sis:settings', '{"version":1,"lang":"${stored}"}')` : null;
    const { page, release } = await openHeld(path, init, { locale });
    await page.waitForLoadState('domcontentloaded');
    if (prerendered) {
      await page.waitForSelector('#start');
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.textContent('#start'), start);
    } else {
      assert.equal(await page.locator('main').count(), 0, 'no pre-rendered screen');
    }
    const done = prerendered ? await takenOver(page) : () => page.waitForSelector('main');
    release();
    await done();
    await page.waitForSelector(`#start:has-text("${start}")`, { timeout: 20000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.getAttribute(`#lang-${lang}`, 'aria-pressed'), 'true');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('choosing German in the pre-rendered screen: nothing chosen counts, and the full app comes in German', async () => {
  const { page, release } = await openHeld('?intro=0&lang=en');
  await page.click('#q0-opt2');
  await chooseLanguage(page, 'de');
  assert.equal(await page.getAttribute('#lang-de', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('#q0-opt2', 'aria-checked'), 'false');
  // The screen takes no more clicks: the full app is the German one.
  await page.click('#q0-opt3');
  assert.equal(await page.getAttribute('#q0-opt3', 'aria-checked'), 'false');
  const done = await takenOver(page);
  release();
  await done();
  await page.waitForSelector('text=Aussage 1 von 30', { timeout: 20000 });
  const progress = (await storageOf(page))['sis:progress'];
  assert.equal(progress ? JSON.parse(progress).answers['purpose-1'] : undefined, undefined);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an answer given in the pre-rendered statement is the answer given', async () => {
  const { page, release } = await openHeld('?intro=0&lang=en');
  await page.click('#q0-opt2');
  assert.equal(await page.getAttribute('#q0-opt2', 'aria-checked'), 'true');
  const done = await takenOver(page);
  release();
  await done();
  await page.waitForSelector('.question-page[data-number="2"]');
  const progress = JSON.parse((await storageOf(page))['sis:progress']);
  assert.equal(progress.answers['purpose-1'], 3);
  await page.waitForFunction(() => document.activeElement?.id === 'q1-opt0');
  await page.context().close();
});

// What was chosen and then left (Back, the language switch) does not count:
// the app shows what the pre-rendered screen showed last.
for (const [name, steps, view] of [
  ['an answer, then Back', ['#q0-opt2', '#back'], '#start'],
  ['an answer, then the language menu', ['#q0-opt2', 'nl'], '.question-page[data-number="1"]'],
  ['an answer, Back, then Start', ['#q0-opt2', '#back', '#start'], '.question-page[data-number="1"]'],
]) {
  test(`${name} in the pre-rendered screen: no answer is kept`, async () => {
    const { page, release } = await openHeld('?intro=0&lang=en');
    // A step is a selector to click or a language to choose.
    for (const step of steps) await (step.startsWith('#') ? page.click(step) : chooseLanguage(page, step));
    const done = await takenOver(page);
    release();
    await done();
    await page.waitForSelector(view);
    const progress = (await storageOf(page))['sis:progress'];
    assert.equal(progress ? JSON.parse(progress).answers['purpose-1'] : undefined, undefined);
    assert.equal(await page.locator('.question-page[data-number="2"]').count(), 0);
    await page.context().close();
  });
}

test('start and the language switch in the pre-rendered intro count', async () => {
  const { page, release } = await openHeld('');
  await chooseLanguage(page, 'en');
  assert.equal(await page.textContent('#start'), 'Start the scan');
  await page.click('#start');
  await page.waitForSelector('#q0-opt0');
  const done = await takenOver(page);
  release();
  await done();
  await page.waitForSelector('.question-page[data-number="1"]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await page.textContent('#statement'), /[a-z]/);
  const stored = await storageOf(page);
  assert.match(stored['sis:settings'], /"en"/);
  await page.context().close();
});
