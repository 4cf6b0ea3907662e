// The personal action plan on one's own result (issue 15, part 1): up to
// three next steps from the advice for the weakest dimensions and themes or
// in one's own words, each with a date; kept over a reload; at the next scan
// the result says what was chosen and how its dimension or theme moved; in
// My results; never in a link; gone with "delete my data" and with its
// history entry; stored faults get the usual notices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GOLDEN, LANGS, answerByKeyboard, axe, finishScan, openApp, readResult, shareLink, storageOf, useApp } from './harness.mjs';

const app = useApp();
const MIXED = GOLDEN.cases.find((c) => c.name === 'mixed');
// The same scan with every "strongly disagree" turned into "agree": the
// second result of the flow, so that scores move.
const LATER = MIXED.answers.replace(/1/g, '4');

/** What the chosen steps show, in order: their texts. */
const chosenSteps = (page) => page.$$eval('.plan-steps .plan-step-text', (items) => items.map((item) => item.textContent));

/** From anywhere in the app: home, a new scan with `answers`, its result. */
async function scanAgain(page, answers) {
  await page.click('.brand');
  await page.locator('#result-start-over, #start-over, #start').first().click();
  await page.waitForSelector('.question-page[data-number="1"]');
  await answerByKeyboard(page, answers);
  await page.click('#show-result');
  await page.waitForSelector('#score-table');
}

/** Gives the chosen step at `position` a "by when" date (as a date field's change). */
async function setDue(page, position, day) {
  await page.fill(`#plan-due-${position}`, day);
  await page.locator(`#plan-due-${position}`).dispatchEvent('change');
}

/** Opens the oldest scan in My results, with its plan. */
async function openOldestScan(page) {
  await page.click('#my-results');
  await page.waitForSelector('#history-table');
  await page.locator('.open-entry').last().click();
  await page.waitForSelector('#plan-summary');
}

/** The score of a dimension on the result page, from the score table. */
async function scoreOf(page, dimension) {
  return (await readResult(page)).dimensions[dimension].score;
}

for (const lang of LANGS) {
  test(`${lang}: choose three steps, reload, scan again, and see last time's steps with how they moved`, async () => {
    const page = await openApp(app, { path: `?lang=${lang}` });
    await finishScan(page, MIXED.answers);
    const linkBefore = await shareLink(page);
    assert.equal(await page.locator('#plan-none').count(), 1, 'no steps yet');
    const options = page.locator('.plan-option input');
    // The two weakest dimensions' actions (three each) and two themes'.
    assert.equal(await options.count(), 8);
    const firstAction = await options.nth(0).getAttribute('data-action');
    const firstDimension = firstAction.replace(/-\d$/, '');
    const firstText = (await page.locator('.plan-option label').nth(0).innerText()).split('\n')[0].trim();
    await options.nth(0).check();
    await options.nth(3).check();
    await setDue(page, 0, '2027-03-31');
    // One's own words, as text: markup stays text.
    await page.fill('#plan-own-text', '  <b>Coffee</b> with the works council  ');
    await page.selectOption('#plan-own-focus', 'team');
    await page.click('#plan-own-add');
    assert.deepEqual((await chosenSteps(page)).slice(2), ['<b>Coffee</b> with the works council']);
    assert.equal(await page.locator('.plan-steps b').count(), 0);
    // Three chosen: the other options wait, and so does one's own.
    assert.equal(await page.locator('.plan-option input:disabled').count(), 6);
    assert.ok((await page.textContent('#plan-full')).includes('3'));
    await page.fill('#plan-own-text', 'A fourth step');
    await page.click('#plan-own-add');
    assert.ok((await page.textContent('#plan-own-error')).length > 0, 'a fourth step is refused with a message');
    assert.equal((await chosenSteps(page)).length, 3);
    // An empty step of one's own says so.
    await page.locator('.plan-remove').nth(2).click();
    await page.fill('#plan-own-text', '   ');
    await page.click('#plan-own-add');
    assert.ok((await page.textContent('#plan-own-error')).length > 0, 'an empty step is refused with a message');
    await page.fill('#plan-own-text', 'Coffee with the works council');
    await page.selectOption('#plan-own-focus', 'team');
    await page.click('#plan-own-add');
    assert.equal(await page.textContent('#plan-own-error'), '');

    // Never in a link: the result link is what it was. In the JSON download.
    assert.equal(await shareLink(page), linkBefore);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(exported.plan.map((step) => step.action ?? step.own), [firstAction, await options.nth(3).getAttribute('data-action'), 'Coffee with the works council']);
    assert.equal(exported.plan[0].due, '2027-03-31');
    assert.equal(exported.plan[2].focus, 'team');
    const steps = await chosenSteps(page);
    assert.equal(steps[0], firstText);
    const due = await page.textContent('.plan-step-details');
    assert.match(due, /2027/);

    // Kept over a reload.
    await page.reload();
    await page.waitForSelector('#score-table');
    assert.deepEqual(await chosenSteps(page), steps);
    assert.equal(await page.inputValue('#plan-due-0'), '2027-03-31');
    assert.equal(await page.locator('.plan-option input:checked').count(), 2);
    const before = await scoreOf(page, firstDimension);
    const teamBefore = await scoreOf(page, 'team');

    // The next scan: last time's steps, with how each one's focus moved.
    await page.click('#result-start-over');
    await page.waitForSelector('.question-page[data-number="1"]');
    await answerByKeyboard(page, LATER);
    await page.click('#show-result');
    await page.waitForSelector('#plan-last-time');
    const after = await scoreOf(page, firstDimension);
    const teamAfter = await scoreOf(page, 'team');
    assert.notEqual(before, after, 'the scores moved');
    const moves = await page.$$eval('#plan-last-time li', (items) => items.map((item) => item.innerText));
    assert.equal(moves.length, 3);
    assert.ok(moves[0].startsWith(firstText), moves[0]);
    assert.ok(moves[0].includes(String(before)) && moves[0].includes(String(after)), moves[0]);
    assert.ok(moves[2].startsWith('Coffee with the works council') && moves[2].includes(String(teamAfter)), moves[2]);
    if (teamBefore !== teamAfter) assert.ok(moves[2].includes(String(teamBefore)), moves[2]);
    // This scan has no steps of its own yet.
    assert.equal(await page.locator('#plan-none').count(), 1);

    // My results shows the first scan's steps.
    await openOldestScan(page);
    assert.deepEqual(await chosenSteps(page), steps);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('deleting a history entry deletes its steps, and "delete my data" deletes them all', async () => {
  const page = await openApp(app, { path: '?lang=en' });
  await finishScan(page, MIXED.answers);
  await page.locator('.plan-option input').first().check();
  assert.ok((await storageOf(page))['sis:plans'].includes('"steps":[{'));
  await page.click('#my-results');
  await page.waitForSelector('#history-table');
  await page.locator('.delete-entry').first().click();
  assert.equal(JSON.parse((await storageOf(page))['sis:plans']).steps.length, 0);

  await scanAgain(page, MIXED.answers);
  await page.locator('.plan-option input').nth(1).check();
  await page.click('#delete-data');
  await page.click('#delete-yes');
  assert.equal((await storageOf(page))['sis:plans'], undefined);
  await finishScan(page, MIXED.answers);
  assert.equal(await page.locator('#plan-none').count(), 1, 'nothing chosen is left in memory either');
  await page.context().close();
});

test('stored plans: unreadable ones get a notice and are set aside, a newer version is left alone', async () => {
  for (const [stored, notice, kept] of [
    ['{"version":1,"steps":[', 'stored-corrupt', false],
    ['{"version":9,"steps":[]}', 'stored-newer', true],
  ]) {
    const page = await openApp(app, {
      path: '?lang=en',
      init: (text) => { if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('sis:plans', text); } },
      initArg: stored,
    });
    // The plans are the full app's: it reads them, and tells, when it takes
    // over for the result.
    await finishScan(page, MIXED.answers);
    await page.waitForSelector(`[data-notice="${notice}"]`);
    await page.locator('.plan-option input').first().check();
    const now = (await storageOf(page))['sis:plans'];
    if (kept) assert.equal(now, stored, 'a newer version\'s plans are not overwritten');
    else assert.match(now, /"steps":\[\{/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('a result without scores offers no actions, and one\'s own step can still be written', async () => {
  const page = await openApp(app);
  await finishScan(page, GOLDEN.cases.find((c) => c.name === 'all-dont-know').answers);
  await page.waitForSelector('#action-plan');
  assert.equal(await page.locator('.plan-options').count(), 0, 'no empty list of options');
  await page.fill('#plan-own-text', 'Vraag wat het team nodig heeft');
  await page.click('#plan-own-add');
  assert.deepEqual(await chosenSteps(page), ['Vraag wat het team nodig heeft']);
  await page.context().close();
});

test('the plan prints without its controls, with the steps and dates', async () => {
  const page = await openApp(app, { path: '?lang=nl' });
  await finishScan(page, MIXED.answers);
  await page.locator('.plan-option input').first().check();
  await setDue(page, 0, '2027-01-15');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.plan-steps .plan-step-text').first().isVisible());
  assert.match(await page.locator('.plan-step-details').first().innerText(), /15 jan\. 2027/);
  for (const hidden of ['.plan-options', '.plan-own', '.plan-step-controls']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, hidden);
  }
  await page.context().close();
});

for (const lang of LANGS) {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 812 }]) {
    test(`axe: the action plan, last time's steps and My results' plan, ${lang}, ${viewport.width} px`, async () => {
      const page = await openApp(app, { viewport, path: `?lang=${lang}` });
      await finishScan(page, MIXED.answers);
      await axe(page, 'result with an empty plan');
      await page.locator('.plan-option input').nth(0).check();
      await setDue(page, 0, '2027-03-31');
      await page.locator('.plan-option input').nth(4).check();
      await page.click('#plan-own-add');
      await page.waitForSelector('#plan-own-error:not(:empty)');
      await axe(page, 'plan with two steps and an error');
      await page.fill('#plan-own-text', 'Ask the team');
      await page.click('#plan-own-add');
      await axe(page, 'full plan');
      await scanAgain(page, LATER);
      await page.waitForSelector('#plan-last-time');
      await axe(page, 'result with last time\'s steps');
      await openOldestScan(page);
      await axe(page, 'history entry with its plan');
      await page.context().close();
    });
  }
}
