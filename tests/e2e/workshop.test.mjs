// The workshop view of a team profile in a real browser: opened from the
// team profile of pasted result links (and of an opened sealed session),
// walked by every key it knows, each screen's content checked against what
// the team view on the same page shows, Tab kept inside, Escape back to the
// button; role groups that are too small or withheld only as counts; the
// print version (every screen on a page of its own, no controls); axe in
// every language at 1280 and 375 px; no request and no CSP violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS, axe, crc24, createSession, memberScan, openApp, useApp } from './harness.mjs';

const app = useApp();

/**
 * A result link of format 1 for raw answers (one digit per statement: 1-5,
 * 0 for none) and a role number (1 employee, 2 manager, 3 director), as the
 * app writes it (README, "Result links").
 */
function resultLink(answers, role) {
  let payload = 1n; // Format 1, six bits.
  payload = (payload << 4n) | 1n; // Questionnaire version 1.
  payload = (payload << 3n) | BigInt(role);
  let number = 0n;
  for (const digit of answers) number = number * 6n + BigInt(digit);
  payload = ((payload << 78n) | number) << 5n; // The answers, then five reserved bits.
  const bytes = [];
  for (let i = 11; i >= 0; i--) bytes.push(Number((payload >> BigInt(8 * i)) & 255n));
  const crc = crc24(bytes);
  return `https://scan.example/#r=${Buffer.from([...bytes, crc >> 16, (crc >> 8) & 255, crc & 255]).toString('base64url')}`;
}

/** Raw answers around a level, a little different per member and statement. */
function answersAround(level, member) {
  return Array.from({ length: 30 }, (_, item) => Math.min(5, Math.max(1, level + (((item * 7 + member * 3) % 5) === 0 ? 1 : 0) - ((item + member) % 4 === 0 ? 1 : 0)))).join('');
}

/**
 * Five employees and five managers who see things differently, and as many
 * directors and others (role 4) as asked for.
 */
function teamLinks({ directors = 0, others = 0 } = {}) {
  const links = [];
  for (let m = 0; m < 5; m++) links.push(resultLink(answersAround(2, m), 1));
  for (let m = 0; m < 5; m++) links.push(resultLink(answersAround(4, m), 2));
  for (let m = 0; m < directors; m++) links.push(resultLink(answersAround(3, m), 3));
  for (let m = 0; m < others; m++) links.push(resultLink(answersAround(3, m + 2), 4));
  return links;
}

/** Opens the team view of result links and reads `links` with a minimum of five. */
async function teamView(page, links) {
  await page.click('#team-session');
  await page.click('#team-view-any');
  await page.fill('#links-min-group', '5');
  await page.fill('#paste-links', links.join('\n'));
  await page.click('#read-links');
  await page.waitForFunction((n) => document.querySelector('.team-profile > .figures [data-figure="n"] dd')?.textContent === String(n), links.length);
}

/** The kinds of the screens, and which one is shown. */
function screens(page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('#workshop .workshop-screen')];
    return {
      kinds: all.map((s) => s.dataset.screen),
      shown: all.filter((s) => !s.hidden && s.getBoundingClientRect().height > 0).map((s) => s.dataset.screen),
      position: document.querySelector('#workshop-position')?.textContent,
      focus: document.activeElement?.id,
    };
  });
}

/** The texts of the elements matching `selector`, trimmed. */
function texts(page, selector) {
  return page.$$eval(selector, (elements) => elements.map((e) => e.textContent.trim()));
}

const KINDS = ['profile', 'roles', 'agrees-least', 'agrees-most', 'themes'];

test('the workshop view by keyboard: five screens, the team view\'s findings with a prompt each, every key, Tab inside, Escape back', async () => {
  const page = await openApp(app);
  await teamView(page, teamLinks());
  assert.equal(await page.locator('#workshop').count(), 0);
  assert.equal(await page.textContent('#workshop-open'), 'Workshopweergave');
  await page.focus('#workshop-open');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#workshop[role="dialog"][aria-modal="true"]');
  await page.waitForFunction(() => document.activeElement?.id === 'workshop-screen-1-title');
  let state = await screens(page);
  assert.deepEqual(state.kinds, KINDS);
  assert.deepEqual(state.shown, ['profile']);
  assert.equal(state.position, 'Scherm 1 van 5');
  // The dialog is named by its title and covers the whole window.
  assert.equal(await page.getAttribute('#workshop', 'aria-labelledby'), 'workshop-title');
  const box = await page.locator('#workshop').boundingBox();
  assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 1280, 900]);

  // Each screen shows what the team view shows, and nothing of one person.
  const figure = (scope, id) => page.textContent(`${scope} [data-figure="${id}"] dd`);
  for (const id of ['n', 'index', 'coherence']) {
    assert.equal(await figure('#workshop', id), await figure('.team-profile > .figures', id), id);
  }
  assert.equal(await figure('#workshop', 'n'), '10');
  assert.deepEqual(await texts(page, '#workshop-means td'), await texts(page, '#team-table td.score-cell'));
  assert.equal(await page.locator('#workshop [data-screen="profile"] svg title').count(), 1);
  assert.deepEqual(await texts(page, '#workshop-roles-table th[scope="col"]'), await texts(page, '#perception-table th[scope="col"]'));
  assert.deepEqual(await texts(page, '#workshop-roles-table td'), await texts(page, '#perception-table td'));
  assert.equal(await page.textContent('#workshop-largest-gap'), await page.textContent('#largest-gap'));
  assert.deepEqual(await texts(page, '#workshop [data-screen="roles"] .workshop-roles li'), await texts(page, '.team-profile > section .role-counts li'));
  assert.deepEqual(await texts(page, '#workshop [data-screen="agrees-least"] li'), await texts(page, '#most-disagreed li'));
  assert.deepEqual(await texts(page, '#workshop [data-screen="agrees-most"] li'), await texts(page, '#most-agreed li'));
  // The themes with a score, highest first.
  const teamThemes = await page.$$eval('#team-theme-table tr[data-theme]', (rows) =>
    rows.map((row) => [row.dataset.theme, row.querySelector('td').textContent.trim()]).filter(([, score]) => /^\d+$/.test(score)));
  const workshopThemes = await page.$$eval('.workshop-themes li', (items) =>
    items.map((item) => [item.dataset.id, item.querySelector('.workshop-score').textContent.trim()]));
  assert.equal(workshopThemes.length, 13);
  assert.deepEqual([...workshopThemes].sort(), [...teamThemes].sort());
  assert.deepEqual(workshopThemes.map(([, s]) => Number(s)), workshopThemes.map(([, s]) => Number(s)).sort((a, b) => b - a));
  // No dot per person: the workshop draws no strip.
  assert.equal(await page.locator('#workshop .strip').count(), 0);
  // A prompt on every screen, each its own; the role screen's names the
  // largest gap, as the team view's discussion text does.
  const prompts = await texts(page, '#workshop .workshop-prompt-text');
  assert.equal(prompts.length, 5);
  assert.equal(new Set(prompts).size, 5);
  assert.match(prompts[0], /^Het team scoort het hoogst op .* en het laagst op /);
  assert.equal(prompts[1], await page.textContent('#largest-gap + p'));
  assert.match(prompts[1], /zien Teamleider of manager en Medewerker het verschillend/);

  // Every key: next (ArrowRight, PageDown, Space), previous (ArrowLeft,
  // PageUp), first and last (Home, End); at either end nothing moves. From
  // the screen the focus follows to the new screen's title.
  const steps = [
    ['ArrowRight', 2], ['PageDown', 3], ['Space', 4], ['ArrowLeft', 3], ['PageUp', 2],
    ['End', 5], ['ArrowRight', 5], ['Space', 5], ['Home', 1], ['ArrowLeft', 1], ['PageUp', 1],
  ];
  for (const [key, expected] of steps) {
    await page.keyboard.press(key);
    await page.waitForFunction((n) => document.activeElement?.id === `workshop-screen-${n}-title`, expected);
    state = await screens(page);
    assert.deepEqual(state.shown, [KINDS[expected - 1]], key);
    assert.equal(state.position, `Scherm ${expected} van 5`, key);
  }
  assert.equal(await page.getAttribute('#workshop-previous', 'aria-disabled'), 'true');
  assert.equal(await page.getAttribute('#workshop-next', 'aria-disabled'), 'false');

  // The buttons: the focus stays on the button pressed; Space and Enter on a
  // button are the button's own (previous stays previous).
  await page.click('#workshop-next');
  await page.click('#workshop-next');
  state = await screens(page);
  assert.deepEqual([state.shown, state.focus], [['agrees-least'], 'workshop-next']);
  await page.focus('#workshop-previous');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  state = await screens(page);
  assert.deepEqual([state.shown, state.focus], [['profile'], 'workshop-previous']);
  // Arrows still move from a button, and leave the focus there.
  await page.keyboard.press('ArrowRight');
  state = await screens(page);
  assert.deepEqual([state.shown, state.focus], [['roles'], 'workshop-previous']);

  // Tab goes round within the dialog: after the last control the first.
  await page.focus('#workshop-next');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'workshop-print');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'workshop-next');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.querySelector('#workshop').contains(document.activeElement)), `Tab ${i}`);
  }

  // Escape leaves, and the focus is back on the button that opened it.
  await page.keyboard.press('Escape');
  await page.waitForSelector('#workshop', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'workshop-open');
  // Opened again, it starts at the first screen; Close leaves as Escape does.
  await page.click('#workshop-open');
  await page.waitForFunction(() => document.activeElement?.id === 'workshop-screen-1-title');
  assert.deepEqual((await screens(page)).shown, ['profile']);
  await page.click('#workshop-close');
  await page.waitForSelector('#workshop', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'workshop-open');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('fewer than two role groups shown: the role screen says so and shows the groups as counts only', async () => {
  const page = await openApp(app);
  // Five employees, five managers and two directors with a minimum of five:
  // the directors are too few, and showing both other groups would give
  // them away by subtraction, so one of those is withheld too.
  await teamView(page, teamLinks({ directors: 2 }));
  await page.click('#workshop-open');
  await page.waitForSelector('#workshop');
  assert.deepEqual((await screens(page)).kinds, ['profile', 'roles-needs-two', 'agrees-least', 'agrees-most', 'themes']);
  const screen = '#workshop [data-screen="roles-needs-two"]';
  await page.keyboard.press('ArrowRight');
  assert.match(await page.textContent(screen), /nog geen twee rollen met genoeg deelnemers/);
  assert.deepEqual(await texts(page, `${screen} .workshop-roles li`), await texts(page, '.team-profile > section .role-counts li'));
  assert.match(await page.textContent(`${screen} [data-id="director"]`), /te weinig \(2\)/);
  assert.match(await page.textContent(`${screen} [data-id="manager"]`), /niet apart getoond/);
  assert.equal(await page.locator(`${screen} table, ${screen} svg, #workshop-largest-gap`).count(), 0);
  assert.match(await page.textContent(`${screen} .workshop-prompt-text`), /^Vraag in de zaal/);
  await page.context().close();
});

test('print in the workshop view: every screen on a page of its own, without the controls or the rest of the page', async () => {
  const page = await openApp(app);
  await teamView(page, teamLinks());
  // Printed without the workshop view, the team profile prints as before.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('#team-table'));
  assert.ok(!(await page.isVisible('#workshop-open')));
  await page.emulateMedia({ media: 'screen' });
  await page.click('#workshop-open');
  await page.waitForSelector('#workshop');
  await page.keyboard.press('ArrowRight');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const screens = [...document.querySelectorAll('.workshop-screen')];
    return {
      screens: screens.filter(visible).map((s) => s.dataset.screen),
      breaks: screens.map((s) => getComputedStyle(s).breakAfter),
      numbers: screens.map((s) => visible(s.querySelector('.workshop-page-number')) && s.querySelector('.workshop-page-number').textContent),
      prompts: screens.filter((s) => visible(s.querySelector('.workshop-prompt'))).length,
      controls: [...document.querySelectorAll('#workshop button, .workshop-bar, #workshop-keys')].filter(visible).length,
      rest: ['#team-table', '#perception-table', '.site-header', '.site-footer', '#paste-links', '#workshop-open'].filter((s) => document.querySelector(s) && visible(document.querySelector(s))),
    };
  });
  assert.deepEqual(printed.screens, KINDS);
  assert.deepEqual(printed.breaks, ['page', 'page', 'page', 'page', 'auto']);
  assert.deepEqual(printed.numbers, [1, 2, 3, 4, 5].map((k) => `Scherm ${k} van 5`));
  assert.equal(printed.prompts, 5);
  assert.equal(printed.controls, 0);
  assert.deepEqual(printed.rest, []);
  // The PDF Chromium prints has one page per screen.
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  assert.equal(pdf.match(/\/Type\s*\/Page(?!s)/g).length, 5);
  // Back on screen, one screen again, where it was.
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual((await screens(page)).shown, ['roles']);
  await page.context().close();
});

for (const lang of LANGS) {
  test(`axe: every screen of the workshop view, ${lang}, 1280 and 375 px; each prompt on screen without scrolling`, async () => {
    const page = await openApp(app, { path: `?lang=${lang}` });
    // Four roles shown side by side: the widest table of the role screen.
    await teamView(page, teamLinks({ directors: 5, others: 5 }));
    assert.equal(await page.locator('#perception-table thead th').count(), 5);
    // A phone as small as they come (375 by 667): the screens are taller
    // than the window there.
    for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 667 }]) {
      await page.setViewportSize(viewport);
      await page.click('#workshop-open');
      await page.waitForSelector('#workshop');
      for (let k = 1; k <= 5; k++) {
        if (k > 1) await page.keyboard.press('ArrowRight');
        await page.waitForFunction((n) => document.activeElement?.id === `workshop-screen-${n}-title`, k);
        await axe(page, `workshop screen ${k}, ${viewport.width} px`);
        // Nothing is wider than the window.
        assert.ok(await page.evaluate(() => document.querySelector('.workshop-screens').scrollWidth <= window.innerWidth), `screen ${k} fits ${viewport.width} px`);
        // The prompt is seen without scrolling: its box within the window,
        // and within the part of it between the bars, nothing scrolled.
        assert.equal(await page.evaluate(() => document.querySelector('.workshop-screens').scrollTop), 0);
        const prompt = await page.locator(`#workshop .workshop-screen:nth-child(${k}) .workshop-prompt`).boundingBox();
        const shown = await page.locator('.workshop-screens').boundingBox();
        const where = `screen ${k} at ${viewport.width} by ${viewport.height}: prompt ${prompt.y}-${prompt.y + prompt.height}, shown ${shown.y}-${shown.y + shown.height}`;
        assert.ok(prompt.y >= 0 && prompt.y + prompt.height <= viewport.height, where);
        assert.ok(prompt.y >= shown.y && prompt.y + prompt.height <= shown.y + shown.height, where);
      }
      await page.keyboard.press('Escape');
      await page.waitForSelector('#workshop', { state: 'detached' });
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('no request from opening, walking, printing and closing the workshop view', async () => {
  const page = await openApp(app);
  await teamView(page, teamLinks());
  await page.waitForLoadState('networkidle');
  const requests = [];
  page.context().on('request', (request) => requests.push(request.url()));
  const served = [];
  const onServed = (request) => served.push(request.url);
  app.server.on('request', onServed);
  await page.click('#workshop-open');
  await page.waitForSelector('#workshop');
  for (const key of ['End', 'Home', 'ArrowRight', 'PageDown']) await page.keyboard.press(key);
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await page.waitForSelector('#workshop', { state: 'detached' });
  await page.waitForTimeout(300);
  app.server.off('request', onServed);
  assert.deepEqual(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:')), []);
  assert.deepEqual(served, []);
  await page.context().close();
});

test('the workshop view of an opened sealed session', async () => {
  const facilitator = await openApp(app);
  const invite = await createSession(facilitator, { min: 3 });
  const replies = [];
  for (const [role, level] of [['employee', 2], ['employee', 3], ['manager', 4]]) {
    const member = await memberScan(app, invite, { role, answers: answersAround(level, replies.length) });
    replies.push(await member.inputValue('#team-reply-link'));
    await member.context().close();
  }
  await facilitator.fill('#paste-replies', replies.join('\n'));
  await facilitator.click('#read-replies');
  await facilitator.click('#open-profile');
  await facilitator.click('#confirm-open-yes');
  await facilitator.waitForSelector('#team-table');
  await facilitator.click('#workshop-open');
  await facilitator.waitForSelector('#workshop');
  // Two employees and one manager, at a minimum of three: no role shown.
  assert.deepEqual((await screens(facilitator)).kinds, ['profile', 'roles-needs-two', 'agrees-least', 'agrees-most', 'themes']);
  assert.equal(await facilitator.textContent('#workshop [data-figure="n"] dd'), '3');
  await facilitator.keyboard.press('Escape');
  await facilitator.waitForSelector('#workshop', { state: 'detached' });
  assert.equal(await facilitator.evaluate(() => document.activeElement.id), 'workshop-open');
  assert.deepEqual(facilitator.errors, []);
  await facilitator.context().close();
});
