// The pre-rendered first screen (src/ui/prerender.rs, src/web/prerender.js): on
// a plain first visit index.html shows the first view before the wasm
// arrives. Its markup must be the app's own for that view, nothing may move
// when the app takes over, and what the person did in it counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, axe, chooseLanguage, storageOf, useApp } from './harness.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const app = useApp();

/**
 * Opens `path` with the app's wasm held back until `release()`, so that the
 * pre-rendered screen is all there is. `options` are the browser context's
 * (such as its `locale`).
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

/**
 * The body's elements that show nothing: the page's scripts and templates,
 * and the app's preload links, which come after the first screen.
 */
const UNSHOWN = ['link', 'script', 'noscript', 'template'];

/** The app's part of the body as a normalized tree: sorted attributes, no comments or empty text. */
async function snapshot(page) {
  // A statement's text comes with the text pack: wait until it is drawn.
  await page.waitForFunction(() => !document.getElementById('statement') || document.getElementById('statement').textContent.trim());
  return page.evaluate((unshown) => {
    const walk = (node) => {
      if (node.nodeType === 3) return node.data;
      if (node.nodeType !== 1) return '';
      const attrs = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
      return `<${node.localName} ${attrs}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
    };
    return [...document.body.children]
      .filter((e) => !unshown.includes(e.localName))
      .map(walk).join('\n');
  }, UNSHOWN);
}

/** The box of every element of the app's part, in document order. */
function boxes(page) {
  const shown = `body > :not(${UNSHOWN.join(', ')})`;
  return page.evaluate((shown) => [...document.querySelectorAll(`${shown}, ${shown} *`)]
    .map((e) => { const r = e.getBoundingClientRect(); return `${e.tagName}#${e.id} ${r.x},${r.y},${r.width},${r.height}`; }), shown);
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
    assert.deepEqual(await page.evaluate((unshown) => [...document.body.children].filter((e) => !unshown.includes(e.localName)).map((e) => e.localName), UNSHOWN), ['a', 'header', 'main', 'footer']);
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
// stored choice, else the browser's preferred language the app speaks. Every
// language is pre-rendered, German too.
for (const [name, path, stored, locale, lang, start, prerendered] of [
  ['a browser that prefers German', '', null, 'de-DE', 'de', 'Scan starten', true],
  ['lang=de', '?lang=de', null, 'nl-NL', 'de', 'Scan starten', true],
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

/** The statement on screen: its number and its options' state. */
function statementOf(page) {
  return page.evaluate(() => {
    const question = document.querySelector('.question-page');
    if (!question) return null;
    const options = [...question.querySelectorAll('[role=radio]')];
    return {
      number: question.getAttribute('data-number'),
      checked: options.filter((o) => o.getAttribute('aria-checked') === 'true').map((o) => o.id),
      focusable: options.filter((o) => o.getAttribute('tabindex') === '0').map((o) => o.id),
      focus: document.activeElement?.id ?? '',
      next: document.querySelector('#next')?.textContent,
    };
  });
}

/** The stored answers by item id, once the app has saved them. */
async function storedAnswers(page) {
  await page.waitForFunction(() => localStorage.getItem('sis:progress'), null, { timeout: 20000 });
  return JSON.parse((await storageOf(page))['sis:progress']).answers;
}

// The whole statement page before the app arrives: every way of answering
// that QuestionPage has, Back showing the saved answer, and the language
// switch mid-way keeping every answer; then the app shows the same statement
// with the same answers.
test('every statement can be answered in the pre-rendered screen, and the app keeps it all', async () => {
  const { page, release } = await openHeld('?lang=en');
  await page.click('#start');
  await page.waitForFunction(() => document.activeElement?.id === 'q0-opt0');
  // 1: a click saves and moves on; focus goes to the next statement's first option.
  await page.click('#q0-opt2');
  assert.deepEqual(await statementOf(page), { number: '2', checked: [], focusable: ['q1-opt0'], focus: 'q1-opt0', next: 'Skip' });
  assert.match(await page.textContent('#progress-count'), /^Statement 2 of \d+$/);
  // 2: a number key saves and moves on.
  await page.keyboard.press('5');
  assert.deepEqual(await statementOf(page), { number: '3', checked: [], focusable: ['q2-opt0'], focus: 'q2-opt0', next: 'Skip' });
  // 3: arrows choose without moving on (wrapping, focus following), Enter moves on.
  await page.keyboard.press('ArrowLeft');
  assert.deepEqual(await statementOf(page), { number: '3', checked: ['q2-opt5'], focusable: ['q2-opt5'], focus: 'q2-opt5', next: 'Next' });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await statementOf(page), { number: '3', checked: ['q2-opt1'], focusable: ['q2-opt1'], focus: 'q2-opt1', next: 'Next' });
  // Keys with a modifier are not the statement's.
  await page.keyboard.press('Control+4');
  assert.equal((await statementOf(page)).number, '3');
  await page.keyboard.press('Enter');
  // 4: "don't know" by its key.
  assert.equal((await statementOf(page)).number, '4');
  await page.keyboard.press('0');
  assert.equal((await statementOf(page)).number, '5');
  // Skip moves on without an answer; Back shows the saved answers.
  await page.click('#next');
  assert.equal((await statementOf(page)).number, '6');
  for (const [number, checked] of [['5', []], ['4', ['q3-opt5']], ['3', ['q2-opt1']]]) {
    await page.click('#back');
    const shown = await statementOf(page);
    assert.deepEqual([shown.number, shown.checked], [number, checked]);
    assert.equal(shown.focus, checked[0] ?? `q${number - 1}-opt0`);
  }
  // The language switch redraws statement 3 in German, its answer kept,
  // focus staying on the menu.
  await chooseLanguage(page, 'de');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.match(await page.textContent('#progress-count'), /^Aussage 3 von \d+$/);
  assert.deepEqual(await statementOf(page), { number: '3', checked: ['q2-opt1'], focusable: ['q2-opt1'], focus: 'lang-de', next: 'Weiter' });
  await page.click('#back');
  await page.click('#back');
  assert.deepEqual((await statementOf(page)).checked, ['q0-opt2']);
  // Back from the first statement is the intro, which offers to continue
  // at the first statement without an answer (5, skipped), as the app's.
  await page.click('#back');
  assert.equal(await page.textContent('.resume-info'), 'Du hast bereits 4 von 30 Aussagen beantwortet.');
  assert.equal(await page.locator('#start').count(), 0);
  await page.click('#continue');
  assert.deepEqual(await statementOf(page), { number: '5', checked: [], focusable: ['q4-opt0'], focus: 'q4-opt0', next: 'Überspringen' });
  await page.click('#back');
  assert.equal((await statementOf(page)).number, '4');
  const done = await takenOver(page);
  release();
  await done();
  await page.waitForSelector('.question-page[data-number="4"]', { timeout: 20000 });
  await page.waitForSelector('#q3-opt5[aria-checked="true"]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.deepEqual(Object.entries(await storedAnswers(page)).sort(), [['purpose-1', 3], ['purpose-2', 5], ['purpose-3', 2], ['purpose-4', 0]]);
  // Back in the app shows the answer given before it arrived.
  await page.click('#back');
  await page.waitForSelector('#q2-opt1[aria-checked="true"]');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// flow::key_action and QuestionPage's from_question: Enter and arrows belong
// to the statement only from its options (or from no control); from another
// button they are the browser's (Enter presses that button), while a number
// key answers from anywhere.
test('keys on the pre-rendered statement count from where the app counts them', async () => {
  const { page, release } = await openHeld('?intro=0&lang=en');
  await page.keyboard.press('3');
  assert.equal((await statementOf(page)).number, '2');
  await page.focus('#back');
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await statementOf(page), { number: '2', checked: [], focusable: ['q1-opt0'], focus: 'back', next: 'Skip' });
  await page.keyboard.press('Enter');
  assert.deepEqual(await statementOf(page), { number: '1', checked: ['q0-opt2'], focusable: ['q0-opt2'], focus: 'q0-opt2', next: 'Next' });
  await page.focus('#lang-nl');
  await page.keyboard.press('4');
  assert.equal((await statementOf(page)).number, '2');
  await page.keyboard.press('Alt+5');
  await page.keyboard.press('Meta+5');
  assert.equal((await statementOf(page)).number, '2');
  const done = await takenOver(page);
  release();
  await done();
  await page.waitForSelector('.question-page[data-number="2"]', { timeout: 20000 });
  assert.deepEqual(await storedAnswers(page), { 'purpose-1': 4 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Statement k, held on screen, is the app's QuestionPage for k: the same DOM
// (ids, data-item, progress texts and bar, Next) and the same boxes, and it
// passes axe.
for (const lang of ['nl', 'en']) {
  test(`statement 3 of the pre-rendered screen in ${lang} is the app's, and nothing moves at the take-over`, async () => {
    const { page, release } = await openHeld(`?intro=0&lang=${lang}`);
    await page.waitForSelector('#q0-opt0');
    await page.keyboard.press('4');
    await page.click('#q1-opt0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('#q2-opt2[aria-checked="true"]');
    const before = await snapshot(page);
    const boxesBefore = await boxes(page);
    await axe(page, `pre-rendered statement 3 (${lang})`);
    const done = await takenOver(page);
    release();
    await done();
    await page.waitForTimeout(100);
    assert.equal(await snapshot(page), before);
    assert.deepEqual(await boxes(page), boxesBefore);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q2-opt2');
    assert.deepEqual(Object.entries(await storedAnswers(page)).sort(), [['purpose-1', 4], ['purpose-2', 1], ['purpose-3', 3]]);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('statement 3 pre-rendered in German is the app\'s German statement 3', async () => {
  const { page, release } = await openHeld('?intro=0&lang=de');
  await page.waitForSelector('#q0-opt0');
  await page.keyboard.press('2');
  await page.keyboard.press('0');
  await page.waitForSelector('.question-page[data-number="3"]');
  assert.match(await page.textContent('#progress-count'), /^Aussage 3 von \d+$/);
  const before = await snapshot(page);
  await axe(page, 'pre-rendered statement 3 (de)');
  release();
  await page.waitForFunction(() => !window.sisPre, null, { timeout: 20000 });
  await page.waitForSelector('.question-page[data-number="3"]', { timeout: 20000 });
  await page.waitForTimeout(300);
  assert.equal(await snapshot(page), before);
  assert.deepEqual(Object.entries(await storedAnswers(page)).sort(), [['purpose-1', 2], ['purpose-2', 0]]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('past the last statement the screen waits for the app\'s review, and takes no more answers', async () => {
  const { page, release } = await openHeld('?intro=0&lang=en');
  await page.waitForSelector('#q0-opt0');
  const count = Number(await page.getAttribute('[role=progressbar]', 'aria-valuemax'));
  for (let i = 0; i < count; i++) await page.keyboard.press(String(i % 6));
  // The last statement stays, its answer shown, with the loading line.
  const last = await statementOf(page);
  assert.deepEqual([last.number, last.checked], [String(count), [`q${count - 1}-opt${(count - 1) % 6 === 0 ? 5 : (count - 1) % 6 - 1}`]]);
  assert.equal(await page.textContent('.keyboard-hint'), 'One moment, the rest of the scan is loading…');
  await page.keyboard.press('3');
  await page.click('#back');
  // (The click focused Back, and nothing else happened.)
  assert.deepEqual({ ...await statementOf(page), focus: last.focus }, last);
  // The language menu still redraws it.
  await chooseLanguage(page, 'nl');
  assert.equal(await page.textContent('.keyboard-hint'), 'Even geduld, de rest van de scan wordt geladen…');
  release();
  await page.waitForSelector('#show-result', { timeout: 20000 });
  const answers = await storedAnswers(page);
  assert.equal(Object.keys(answers).length, count);
  assert.equal(answers['purpose-1'], 0);
  assert.equal(answers['purpose-2'], 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an answer given in the pre-rendered statement is the answer given', async () => {
  const { page, release } = await openHeld('?intro=0&lang=en');
  await page.click('#q0-opt2');
  await page.waitForSelector('.question-page[data-number="2"]');
  const done = await takenOver(page);
  release();
  await done();
  await page.waitForSelector('.question-page[data-number="2"]');
  assert.equal((await storedAnswers(page))['purpose-1'], 3);
  await page.waitForFunction(() => document.activeElement?.id === 'q1-opt0');
  await page.context().close();
});

// An answer is kept whatever follows (Back, the language switch, Start from
// the intro), as in the app: the app shows what the pre-rendered screen
// showed last.
for (const [name, steps, view] of [
  ['an answer, then Back twice', ['#q0-opt2', '#back', '#back'], '#continue'],
  ['an answer, then the language menu', ['#q0-opt2', 'nl'], '.question-page[data-number="2"]'],
  ['an answer, Back twice, then Continue', ['#q0-opt2', '#back', '#back', '#continue'], '.question-page[data-number="2"]'],
]) {
  test(`${name} in the pre-rendered screen: the answer is kept`, async () => {
    const { page, release } = await openHeld('?intro=0&lang=en');
    // A step is a selector to click or a language to choose.
    for (const step of steps) await (step.startsWith('#') ? page.click(step) : chooseLanguage(page, step));
    const done = await takenOver(page);
    release();
    await done();
    await page.waitForSelector(view, { timeout: 20000 });
    assert.equal((await storedAnswers(page))['purpose-1'], 3);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the pre-rendered intro after answers is the app\'s, with Continue and Start over', async () => {
  const { page, release } = await openHeld('?intro=0&lang=nl');
  await page.keyboard.press('4');
  await page.keyboard.press('2');
  await page.click('#back');
  await page.click('#back');
  await page.click('#back');
  assert.equal(await page.textContent('.resume-info'), 'Je hebt al 2 van de 30 stellingen beantwoord.');
  const before = await snapshot(page);
  const boxesBefore = await boxes(page);
  await axe(page, 'pre-rendered intro with answers (nl)');
  const done = await takenOver(page);
  release();
  await done();
  await page.waitForTimeout(100);
  assert.equal(await snapshot(page), before);
  assert.deepEqual(await boxes(page), boxesBefore);
  assert.deepEqual(Object.entries(await storedAnswers(page)).sort(), [['purpose-1', 4], ['purpose-2', 2]]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Start over in the pre-rendered intro forgets the answers given there', async () => {
  const { page, release } = await openHeld('?intro=0&lang=en');
  await page.keyboard.press('4');
  await page.click('#back');
  await page.click('#back');
  await page.click('#start-over');
  assert.deepEqual(await statementOf(page), { number: '1', checked: [], focusable: ['q0-opt0'], focus: 'q0-opt0', next: 'Skip' });
  const done = await takenOver(page);
  release();
  await done();
  await page.waitForSelector('.question-page[data-number="1"]', { timeout: 20000 });
  assert.equal(await page.locator('[role=radio][aria-checked="true"]').count(), 0);
  const progress = (await storageOf(page))['sis:progress'];
  assert.equal(progress ? JSON.parse(progress).answers['purpose-1'] : undefined, undefined);
  await page.context().close();
});

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

test('the pre-rendered statements from the second on come with the text pack: empty until it is here, then drawn in place', async () => {
  // The pack of the language shown held back (the app waits for it too).
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  let release;
  const released = new Promise((ok) => { release = ok; });
  await context.route(/\/texts-en-[0-9a-f]{16}\.txt$/, async (route) => { await released; await route.continue(); });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(`${app.url}?intro=0&lang=en`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#q0-opt0');
  const first = await page.textContent('#statement');
  assert.ok(first.trim().length > 10, 'statement 1 is in its template');
  await page.keyboard.press('4');
  await page.waitForSelector('.question-page[data-number="2"]');
  assert.equal((await page.textContent('#statement')).trim(), '', 'statement 2 waits for the pack');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q1-opt0', 'the options work meanwhile');
  release();
  await page.waitForFunction(() => document.getElementById('statement').textContent.trim());
  const second = await page.textContent('#statement');
  assert.notEqual(second, first);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q1-opt0', 'the focus stays where it was');
  // The app takes over with the same statement.
  await page.waitForFunction(() => !window.sisPre, null, { timeout: 20000 });
  await page.waitForSelector('.question-page[data-number="2"]');
  assert.equal(await page.textContent('#statement'), second);
  assert.deepEqual(page.errors, []);
  await context.close();
});
