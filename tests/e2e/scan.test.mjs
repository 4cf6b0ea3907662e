// The whole scan in a real browser: keyboard and mouse, every golden scoring
// case, reload and resume, language switch, and delete my data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GOLDEN, answerByKeyboard, answerByMouse, chooseLanguage, openApp, pageAt, readResult, storageOf, useApp } from './harness.mjs';

const app = useApp();

function expected(caseData) {
  const { dimensions, themes, index, coherence, strongest, weakest } = caseData;
  return { dimensions, themes, index, coherence, strongest, weakest };
}

async function startScan(page) {
  await page.click('#start');
  await page.waitForSelector('.question-page[data-item="purpose-1"]');
}

test('every golden case, answered by keyboard, shows the core\'s numbers', async () => {
  for (const golden of GOLDEN.cases) {
    const page = await openApp(app);
    await startScan(page);
    await answerByKeyboard(page, golden.answers);
    await page.waitForSelector('#show-result');
    await page.keyboard.press('Tab'); // Focus is on the review heading; nothing breaks.
    await page.click('#show-result');
    assert.deepEqual(await readResult(page), expected(golden), golden.name);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('a full scan by mouse in English gives the golden result', async () => {
  const golden = GOLDEN.cases.find((c) => c.name === 'cycle');
  const page = await openApp(app);
  await chooseLanguage(page, 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('#start');
  await page.waitForSelector('text=Statement 1 of 30');
  await answerByMouse(page, golden.answers);
  await page.click('#show-result');
  await page.waitForSelector('h1:has-text("Your result")');
  assert.deepEqual(await readResult(page), expected(golden));
  // The radar chart is an SVG with an accessible name, labelled in English.
  const svg = await page.locator('.chart-box svg');
  assert.equal(await svg.getAttribute('role'), 'img');
  assert.match(await svg.textContent(), /Society/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// German, from the address or the menu: the scan runs as in the other
// languages.
for (const [how, path] of [['lang=de', '?lang=de'], ['the language menu', '']]) {
  test(`a full scan in German (${how}) gives the golden result, with no empty text`, async () => {
    const golden = GOLDEN.cases.find((c) => c.name === 'cycle');
    const page = await openApp(app, { path });
    if (!path) await chooseLanguage(page, 'de');
    await page.waitForSelector('#start:has-text("Scan starten")');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.getAttribute('#lang-de', 'aria-pressed'), 'true');
    await page.click('#start');
    await page.waitForSelector('text=Aussage 1 von 30');
    // Every button and heading says something.
    const empty = await page.$$eval('button, h1, h2, label, p', (nodes) => nodes.filter((n) => !n.textContent.trim() && !n.getAttribute('aria-label')).map((n) => n.outerHTML));
    assert.deepEqual(empty, []);
    await answerByMouse(page, golden.answers);
    await page.click('#show-result');
    await page.waitForSelector('h1:has-text("Dein Ergebnis")');
    assert.deepEqual(await readResult(page), expected(golden));
    assert.match(await page.locator('.chart-box svg').textContent(), /Gesellschaft/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('keys: arrows choose without moving on, Enter moves on, Back goes back', async () => {
  const page = await openApp(app);
  await startScan(page);
  const group = page.locator('[role=radiogroup]');
  assert.match(await group.getAttribute('aria-labelledby'), /statement/);
  // Focus is on the first option of the first statement.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.answer), '1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getAttribute('[aria-checked="true"]', 'data-answer'), '2');
  assert.equal(await page.getAttribute('.question-page', 'data-item'), 'purpose-1');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.answer), '2');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.question-page[data-item="purpose-2"]');
  await page.keyboard.press('4');
  await page.waitForSelector('.question-page[data-item="purpose-3"]');
  await page.click('#back');
  await page.waitForSelector('.question-page[data-item="purpose-2"]');
  assert.equal(await page.getAttribute('[aria-checked="true"]', 'data-answer'), '4');
  assert.equal(await page.textContent('#next'), 'Volgende');
  await page.click('#next');
  await page.waitForSelector('.question-page[data-item="purpose-3"]');
  assert.equal(await page.textContent('#next'), 'Overslaan');
  assert.match(await page.textContent('.progress-text'), /Stelling 3 van 30/);
  await page.context().close();
});

test('a reload in the middle resumes at the same statement with the answers', async () => {
  const page = await openApp(app);
  await startScan(page);
  await answerByKeyboard(page, '5432105432');
  await page.waitForSelector('.question-page[data-item="society-5"]');
  await page.reload();
  await page.waitForSelector('.question-page[data-item="society-5"]');
  await page.click('#back');
  await page.waitForSelector('.question-page[data-item="society-4"]');
  assert.equal(await page.getAttribute('[aria-checked="true"]', 'data-answer'), '2');
  // Via the intro: continue where you were.
  await page.click('.brand');
  await page.waitForSelector('#continue');
  assert.match(await page.textContent('.resume-info'), /10 van de 30/);
  await page.click('#continue');
  await page.waitForSelector('.question-page[data-item="society-5"]');
  // Start over clears the answers.
  await page.click('.brand');
  await page.click('#start-over');
  await page.waitForSelector('.question-page[data-item="purpose-1"]');
  assert.equal(await page.locator('[aria-checked="true"]').count(), 0);
  await page.context().close();
});

test('the language switch changes every text, the lang attribute, and is remembered', async () => {
  const page = await openApp(app);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.match(await page.textContent('h1'), /sociaal innovatief/);
  await chooseLanguage(page, 'en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('h1'), /socially innovative/);
  assert.equal(await page.title(), 'Social Innovation Scan');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lang-en');
  await page.click('#start');
  await page.waitForSelector('text=Strongly disagree');
  await page.reload();
  await page.waitForSelector('text=Strongly disagree');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await chooseLanguage(page, 'nl');
  await page.waitForSelector('text=Helemaal oneens');
  assert.equal(await page.title(), 'Sociale Innovatie Scan');
  await page.context().close();
});

test('delete my data removes every key of the app, after one confirmation', async () => {
  const page = await openApp(app, { init: () => localStorage.setItem('other-app', 'keep me') });
  await startScan(page);
  await answerByKeyboard(page, '123');
  await chooseLanguage(page, 'en');
  const before = await storageOf(page);
  assert.ok(before['sis:progress'] && before['sis:settings']);
  await page.click('#delete-data');
  await page.waitForSelector('#delete-yes');
  // The confirmation takes the focus on its safe answer; cancelling gives
  // it back to "delete my data".
  await page.waitForFunction(() => document.activeElement?.id === 'delete-cancel');
  // Cancel keeps everything.
  await page.click('#delete-cancel');
  await page.waitForFunction(() => document.activeElement?.id === 'delete-data');
  assert.deepEqual(await storageOf(page), before);
  // Escape closes it as Cancel does.
  await page.click('#delete-data');
  await page.waitForFunction(() => document.activeElement?.id === 'delete-cancel');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'delete-data');
  assert.equal(await page.locator('#delete-yes').count(), 0);
  assert.deepEqual(await storageOf(page), before);
  await page.click('#delete-data');
  await page.click('#delete-yes');
  await page.waitForSelector('[data-notice="deleted"]');
  assert.deepEqual(await storageOf(page), { 'other-app': 'keep me' });
  await page.waitForSelector('#start');
  await page.reload();
  await page.waitForSelector('#start');
  await page.context().close();
});

test('the progress bar fills by the share reached, moved by a transform that needs no layout', async () => {
  const page = await openApp(app);
  await startScan(page);
  /** The filled share of the bar, as painted: the fill's part inside the bar. */
  const filled = () =>
    page.evaluate(() => {
      const bar = document.querySelector('.progress-bar').getBoundingClientRect();
      const fill = document.querySelector('.progress-fill').getBoundingClientRect();
      return (Math.min(fill.right, bar.right) - bar.left) / bar.width;
    });
  for (let number = 1; number <= 30; number++) {
    await page.waitForSelector(`.question-page[data-number="${number}"]`);
    if ([1, 2, 16, 30].includes(number)) {
      const expected = Math.floor((number * 100) / 30) / 100;
      const share = await filled();
      assert.ok(Math.abs(share - expected) < 0.005, `statement ${number}: filled ${share}, expected ${expected}`);
    }
    await page.keyboard.press('3');
  }
  await page.context().close();
  // Without reduced motion the fill moves, and only by its transform: a
  // transition of its width would lay the page out in every frame.
  const context = await app.browser.newContext({ reducedMotion: 'no-preference' });
  const moving = await context.newPage();
  await moving.goto(`${app.url}?intro=0`);
  await moving.waitForSelector('.question-page[data-number="1"] .progress-fill');
  assert.equal(await moving.evaluate(() => getComputedStyle(document.querySelector('.progress-fill')).transitionProperty), 'transform');
  await context.close();
});

test('on a touch screen, the option under the finger on the next statement does not look chosen', async () => {
  const context = await app.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
  const page = await pageAt(context, `${app.url}?intro=0&lang=en`);
  await page.waitForSelector('#q0-opt4');
  await page.tap('#q0-opt4');
  await page.waitForSelector('#q1-opt4');
  const look = (id) => page.$eval(id, (e) => `${getComputedStyle(e).backgroundColor} ${getComputedStyle(e).borderColor}`);
  // The tapped spot keeps :hover on a touch screen; it must not paint.
  assert.equal(await page.$eval('#q1-opt4', (e) => e.matches(':hover')), true);
  assert.equal(await look('#q1-opt4'), await look('#q1-opt3'));
  assert.equal(await page.$eval('#q1-opt4', (e) => e.getAttribute('aria-checked')), 'false');
  await context.close();
});
