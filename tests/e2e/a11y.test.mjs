// Accessibility: axe-core finds no WCAG 2.x A/AA violations on any view, in
// every language, at desktop and phone width; every answer option has a
// name and the targets are at least 24 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GOLDEN, LANGS, answerByKeyboard, axe, openApp, useApp } from './harness.mjs';

const app = useApp();
const MIXED = GOLDEN.cases.find((c) => c.name === 'mixed');

for (const lang of LANGS) {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 812 }]) {
    test(`axe: every view, ${lang}, ${viewport.width} px`, async () => {
      const page = await openApp(app, { viewport, path: `?lang=${lang}` });
      await page.waitForSelector('#start');
      await axe(page, 'intro');
      await page.click('#start');
      await page.waitForSelector('.question-page');
      await axe(page, 'question');
      await answerByKeyboard(page, MIXED.answers);
      await page.waitForSelector('#show-result');
      await axe(page, 'review');
      await page.click('[data-role="employee"]');
      await axe(page, 'review with role');
      await page.click('#show-result');
      await page.waitForSelector('#score-table');
      // The score table fits without scrolling sideways, also on a phone.
      const table = await page.$eval('#score-table', (t) => [t.parentElement.scrollWidth, t.parentElement.clientWidth]);
      assert.ok(table[0] <= table[1], `the score table is ${table[0]} px in a box of ${table[1]} px`);
      await page.click('#toggle-qr');
      await page.waitForSelector('#qr-code svg');
      await axe(page, 'result with share panel');
      const link = await page.inputValue('#share-link');
      await page.click('#my-results');
      await page.waitForSelector('#history-table');
      await page.fill('#compare-link', link);
      await axe(page, 'my results');
      await page.click('#compare-button');
      await page.waitForSelector('#compare-table');
      await axe(page, 'compare');
      await page.goto(link);
      await page.waitForSelector('.shared-frame');
      await axe(page, 'shared result');
      await page.goto(`${app.url}#r=BROKEN`);
      await page.waitForSelector('#link-error');
      await axe(page, 'bad link');
      await page.click('#delete-data');
      await axe(page, 'delete confirmation');
      await page.click('#privacy-link');
      await page.waitForSelector('#storage-keys');
      await axe(page, 'privacy');
      await page.context().close();
    });
  }
}

test('prefers-reduced-motion: nothing animates or moves; without it the statement card does', async () => {
  /** The elements of the page that animate or have a transition. */
  const moving = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => {
          const style = getComputedStyle(element);
          return style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
        })
        .map((element) => element.className || element.tagName),
    );
  for (const reducedMotion of ['reduce', 'no-preference']) {
    const context = await app.browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.click('#start');
    await page.waitForSelector('.question-page');
    const found = await moving(page);
    if (reducedMotion === 'reduce') assert.deepEqual(found, [], 'nothing moves');
    else assert.ok(found.includes('question-card') && found.includes('progress-fill'), `the control moves: ${found}`);
    await context.close();
  }
});

test('answer options have names and targets of at least 24 px', async () => {
  const page = await openApp(app, { viewport: { width: 320, height: 640 } });
  await page.click('#start');
  const options = page.getByRole('radio');
  assert.equal(await options.count(), 6);
  for (const name of ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens', 'Weet ik niet']) {
    const box = await page.getByRole('radio', { name, exact: true }).boundingBox();
    assert.ok(box.width >= 24 && box.height >= 24, `${name}: ${box.width}x${box.height}`);
  }
  const group = page.getByRole('radiogroup');
  assert.match(await group.getAttribute('aria-labelledby'), /statement/);
  // No horizontal scrolling at 320 px.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  await page.context().close();
});

// Every view of a sealed team session, at both widths: the set-up, the
// session page (invite, counts, the confirmation), the member's invite and
// result with the team reply, the opened profile, the closed session, a
// reply opened elsewhere, and the view for result links of older sessions.
const WIDTHS = [{ width: 1280, height: 900 }, { width: 375, height: 812 }];

async function axeAtWidths(page, view) {
  for (const viewport of WIDTHS) {
    await page.setViewportSize(viewport);
    await axe(page, `${view}, ${viewport.width} px`);
  }
}

for (const lang of LANGS) {
  test(`axe: team set-up, sealed session, invite, reply and team views, ${lang}, 1280 and 375 px`, async () => {
    const page = await openApp(app, { path: `?lang=${lang}` });
    await page.click('#team-session');
    await page.fill('#team-label', 'Team <i>A</i>');
    await page.fill('#min-group', '3');
    await axeAtWidths(page, 'team set-up');
    await page.click('#create-invite');
    await page.waitForSelector('#invite-link');
    await axeAtWidths(page, 'session, collecting');
    const invite = await page.inputValue('#invite-link');
    const replies = [];
    for (let i = 0; i < 3; i++) {
      const member = await openApp(app, { path: `?lang=${lang}${new URL(invite).hash}` });
      await member.waitForSelector('#start-team-scan');
      if (i === 0) await axeAtWidths(member, 'sealed invite');
      await member.click('#start-team-scan');
      await answerByKeyboard(member, MIXED.answers.slice(i) + MIXED.answers.slice(0, i));
      await member.click(`[data-role="${i % 2 ? 'manager' : 'employee'}"]`);
      await member.click('#show-result');
      await member.waitForSelector('#team-reply-link');
      if (i === 0) {
        await member.click('#toggle-reply-qr');
        await member.waitForSelector('#reply-qr svg');
        await axeAtWidths(member, 'result with team reply');
      }
      replies.push(await member.inputValue('#team-reply-link'));
      await member.context().close();
    }
    await page.fill('#paste-replies', `${replies.join('\n')}\nbroken #s=ABC\n${replies[0]}`);
    await page.click('#read-replies');
    await page.waitForSelector('#reply-count-lines');
    await axeAtWidths(page, 'session with counts');
    await page.click('#open-profile');
    await page.waitForSelector('#confirm-open');
    await axeAtWidths(page, 'confirm opening');
    await page.click('#confirm-open-yes');
    await page.waitForSelector('#team-table');
    await axeAtWidths(page, 'opened team profile');
    await page.click('#team-session');
    await page.waitForSelector('#your-sessions');
    await axeAtWidths(page, 'team set-up with sessions');
    await page.click('#your-sessions button');
    await page.fill('#paste-replies', replies[0]);
    await page.click('#read-replies');
    await page.waitForSelector('#session-closed-note');
    await axeAtWidths(page, 'closed session');
    await page.click('#team-session');
    await page.click('#team-view-any');
    await page.fill('#paste-links', replies.join('\n'));
    await page.click('#read-links');
    await page.waitForSelector('#sealed-replies-here');
    await axeAtWidths(page, 'result links view with sealed replies');
    await page.context().close();

    const elsewhere = await openApp(app, { path: `?lang=${lang}${new URL(replies[1]).hash}` });
    await elsewhere.waitForSelector('#reply-sealed');
    await axeAtWidths(elsewhere, 'reply opened elsewhere');
    await elsewhere.goto(`${app.url}?lang=${lang}#s=broken`);
    await elsewhere.waitForSelector('#reply-error');
    await axeAtWidths(elsewhere, 'broken reply');
    await elsewhere.context().close();
  });
}

// Embedded and kiosk views, with a host's light accent colour (made readable
// by the app): the same rules hold.
for (const lang of LANGS) {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 812 }]) {
    test(`axe: embedded kiosk views, ${lang}, ${viewport.width} px`, async () => {
      const path = `?lang=${lang}&embed=1&kiosk=1&accent=%23ffcc00&parentOrigin=https%3A%2F%2Fhost.example`;
      const page = await openApp(app, { viewport, path });
      await page.waitForSelector('#embed-note');
      await axe(page, 'embedded intro');
      await page.click('#start');
      await page.waitForSelector('.question-page');
      await axe(page, 'embedded question');
      await answerByKeyboard(page, MIXED.answers);
      await page.click('#show-result');
      await page.waitForSelector('#next-person');
      await axe(page, 'embedded kiosk result');
      await page.click('#delete-data');
      await axe(page, 'embedded delete confirmation');
      await page.context().close();
    });
  }
}

// Dark mode (prefers-color-scheme: dark): the same rules on the main views,
// the compare chart and the team view included.
test('axe: dark mode, every language', async () => {
  for (const lang of LANGS) {
    const page = await openApp(app, { path: `?lang=${lang}`, colorScheme: 'dark' });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(18, 24, 32)');
    await axe(page, 'dark intro');
    await page.click('#start');
    await page.waitForSelector('.question-page');
    await axe(page, 'dark question');
    await answerByKeyboard(page, MIXED.answers);
    await page.click('#show-result');
    await page.waitForSelector('#score-table');
    await page.click('#toggle-qr');
    await page.waitForSelector('#qr-code svg');
    await axe(page, 'dark result');
    const link = await page.inputValue('#share-link');
    await page.click('#my-results');
    await page.fill('#compare-link', link);
    await page.click('#compare-button');
    await page.waitForSelector('#compare-table');
    await axe(page, 'dark compare');
    await page.click('#privacy-link');
    await axe(page, 'dark privacy');
    await page.click('#team-session');
    await page.click('#create-invite');
    await axe(page, 'dark team set-up');
    await page.context().close();
  }
});
