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
  assert.equal(await page.locator('.lang-option[aria-busy]').count(), 0, 'switched: no language on its way');
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

test('a language comes once its texts are here, and only if it is still the last one chosen', async () => {
  const page = await openApp(app);
  // German's texts held back: the page stays Dutch until they arrive.
  let release;
  const held = new Promise((done) => { release = done; });
  await page.context().route(/\/texts-de-[0-9a-f]{16}\.txt$/, async (route) => { await held; await route.continue(); });
  await page.click('#lang-de');
  await page.waitForTimeout(300);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl', 'still Dutch while German loads');
  // Meanwhile the menu shows German on its way.
  assert.equal(await page.getAttribute('#lang-de', 'aria-busy'), 'true');
  assert.equal(await page.getAttribute('#lang-nl', 'aria-pressed'), 'true');
  // English chosen meanwhile (its texts never come here): only English is on its way.
  await page.context().route(/\/texts-en-[0-9a-f]{16}\.txt$/, () => {});
  await page.click('#lang-en');
  assert.deepEqual(await page.locator('[aria-busy="true"]').evaluateAll((all) => all.map((e) => e.id)), ['lang-en']);
  // Dutch chosen again before German arrives: German must not come after all.
  await page.click('#lang-nl');
  assert.equal(await page.locator('[aria-busy="true"]').count(), 0, 'nothing is on its way any more');
  release();
  await page.waitForResponse(/\/texts-de-/);
  await page.waitForTimeout(300);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl', 'the last choice counts');
  assert.match(await page.textContent('h1'), /sociaal innovatief/);
  // Chosen again, German comes at once from the texts already here.
  await chooseLanguage(page, 'de');
  assert.match(await page.textContent('h1'), /sozial innovativ/);
  assert.equal(await page.locator('#lang-de[aria-busy]').count(), 0);
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

test('an answer changes the statement page in place: the next statement, its progress, and the focus on its chosen or first option', async () => {
  const page = await openApp(app, { path: '?intro=0&lang=en' });
  // The app, not the pre-rendered screen, which it has taken over.
  await page.waitForFunction(() => !window.sisPre && document.activeElement?.id === 'q0-opt0');
  await page.evaluate(() => {
    window.firstPage = document.querySelector('.question-page');
    window.firstStatement = document.getElementById('statement');
  });
  /** What a statement shows that the next one changes, and where the focus is. */
  const shown = () => page.evaluate(() => {
    const statementPage = document.querySelector('.question-page');
    const bar = document.querySelector('[role=progressbar]');
    const options = [...document.querySelectorAll('.options [role=radio]')];
    return {
      samePage: statementPage === window.firstPage,
      item: statementPage.dataset.item,
      number: statementPage.dataset.number,
      count: document.getElementById('progress-count').textContent,
      valueNow: bar.getAttribute('aria-valuenow'),
      valueText: bar.getAttribute('aria-valuetext'),
      statement: document.getElementById('statement').textContent,
      ids: options.map((o) => o.id).join(' '),
      checked: options.filter((o) => o.getAttribute('aria-checked') === 'true').map((o) => o.dataset.answer).join(''),
      tabStops: options.filter((o) => o.tabIndex === 0).map((o) => o.dataset.answer).join(''),
      next: document.getElementById('next').textContent,
      focus: document.activeElement?.id,
    };
  });
  /** Waits until statement `number` has the focus on the option `focus`. */
  const at = (number, focus) => page.waitForFunction(
    ([n, f]) => document.querySelector('.question-page')?.dataset.number === String(n) && document.activeElement?.id === f,
    [number, focus],
    { polling: 50 },
  );
  const ids = (index) => [0, 1, 2, 3, 4, 5].map((position) => `q${index}-opt${position}`).join(' ');
  const first = await shown();
  assert.deepEqual(first, {
    samePage: true, item: 'purpose-1', number: '1', count: 'Statement 1 of 30', valueNow: '1', valueText: 'Statement 1 of 30',
    statement: first.statement, ids: ids(0), checked: '', tabStops: '1', next: 'Skip', focus: 'q0-opt0',
  });
  // What an answer writes to the options and the buttons under them: only
  // what differs (a page rendered again sets every attribute anew).
  await page.evaluate(() => {
    window.writes = [];
    new MutationObserver((records) => window.writes.push(...records.map((r) => `${r.type} ${r.attributeName ?? ''} ${r.target.id || r.target.className || r.target.nodeName}`)))
      .observe(document.querySelector('.options'), { subtree: true, attributes: true, childList: true, characterData: true });
    new MutationObserver((records) => window.writes.push(...records.map((r) => `${r.type} ${r.attributeName ?? ''} ${r.target.id || r.target.nodeName}`)))
      .observe(document.querySelector('.question-nav'), { subtree: true, attributes: true, childList: true, characterData: true });
  });
  // A click answers and moves on: the same page shows statement 2, focus on its first option.
  await page.click('#q0-opt3');
  await at(2, 'q1-opt0');
  assert.deepEqual((await page.evaluate(() => window.writes)).sort(), [0, 1, 2, 3, 4, 5].map((position) => `attributes id q1-opt${position}`));
  const second = await shown();
  // The focus stays in the same radio group, where a screen reader does not
  // read the group's name again: the statement itself is a live region, the
  // same element with its text changed, so the new statement is read out.
  assert.deepEqual(
    await page.evaluate(() => {
      const statement = document.getElementById('statement');
      return [statement === window.firstStatement, statement.getAttribute('aria-live'), statement.getAttribute('aria-atomic')];
    }),
    [true, 'polite', 'true'],
  );
  assert.deepEqual(second, {
    samePage: true, item: 'purpose-2', number: '2', count: 'Statement 2 of 30', valueNow: '2', valueText: 'Statement 2 of 30',
    statement: second.statement, ids: ids(1), checked: '', tabStops: '1', next: 'Skip', focus: 'q1-opt0',
  });
  assert.notEqual(second.statement, first.statement);
  assert.ok(second.statement.length > 20, second.statement);
  // A number key does the same.
  await page.keyboard.press('2');
  await at(3, 'q2-opt0');
  // Back: statement 2 with its answer chosen, and the focus on it.
  await page.click('#back');
  await at(2, 'q1-opt1');
  assert.deepEqual(await shown(), { ...second, checked: '2', tabStops: '2', next: 'Next', focus: 'q1-opt1' });
  // Arrows choose in place; Enter moves on.
  await page.keyboard.press('ArrowDown');
  await at(2, 'q1-opt2');
  assert.equal((await shown()).checked, '3');
  await page.keyboard.press('Enter');
  await at(3, 'q2-opt0');
  // Statement 1, answered earlier, has its answer.
  await page.click('#back');
  await page.click('#back');
  await at(1, 'q0-opt3');
  const again = await shown();
  assert.deepEqual(again, { ...first, checked: '4', tabStops: '4', next: 'Next', focus: 'q0-opt3' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
