// Keyboard alone, with a visible focus, through the whole flow (a sealed
// team session and the team view included), and targets of at least 24 by 24 px on every view.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { GOLDEN, answerByKeyboard, openApp, useApp } from './harness.mjs';

const app = useApp();
const MIXED = GOLDEN.cases.find((c) => c.name === 'mixed');

/** Presses Tab until the element matching `selector` has focus; fails after `limit` presses. */
async function tabTo(page, selector, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`${selector} not reached by Tab`);
}

/** The focused element shows a focus indicator of at least 2 px. */
async function assertVisibleFocus(page) {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  assert.notEqual(outline.style, 'none', 'the focus is visible');
  assert.ok(outline.width >= 2, `focus outline ${outline.width}px`);
}

/** Every visible button, link, input and select is at least 24 by 24 px. */
async function assertTargetSizes(page, view) {
  const small = await page.evaluate(() => [...document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, [role=radio]')]
    .filter((e) => e.getClientRects().length > 0 && !e.classList.contains('visually-hidden') && !e.closest('.visually-hidden'))
    .map((e) => ({ id: e.id || e.className || e.tagName, box: e.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(({ id, box }) => `${id} ${Math.round(box.width)}x${Math.round(box.height)}`));
  assert.deepEqual(small, [], `${view}: ${small.join(', ')}`);
}

test('the whole flow by keyboard alone, with a visible focus, team view included', async () => {
  const page = await openApp(app);
  await assertTargetSizes(page, 'intro');
  await tabTo(page, '#start');
  await assertVisibleFocus(page);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.question-page[data-number="1"]');
  await assertTargetSizes(page, 'question');
  await answerByKeyboard(page, MIXED.answers);
  await page.waitForSelector('#show-result');
  await assertTargetSizes(page, 'review');
  // The role question is one radio group: Tab enters it, arrows choose.
  await tabTo(page, '[data-role]');
  await assertVisibleFocus(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-role="employee"][aria-checked="true"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-role="manager"][aria-checked="true"]');
  // The focus moves with the choice, as in any radio group.
  await page.waitForFunction(() => document.activeElement?.dataset.role === 'manager');
  await tabTo(page, '#show-result');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#score-table');
  await assertTargetSizes(page, 'result');
  await tabTo(page, '#copy-link', 120);
  await assertVisibleFocus(page);

  // The facilitator's side: set-up, invite, team view, read, all by keys.
  const link = await page.inputValue('#share-link');
  await tabTo(page, '#team-session', 200);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#team-label');
  await assertTargetSizes(page, 'team set-up');
  await tabTo(page, '#min-group');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await tabTo(page, '#create-invite');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#invite-link');
  await assertTargetSizes(page, 'sealed session');
  // Three members reply (by mouse, elsewhere); the facilitator reads their
  // replies and opens the team profile by keys, through the confirmation.
  const invite = await page.inputValue('#invite-link');
  const replies = [];
  for (let i = 0; i < 3; i++) {
    const member = await openApp(app, { path: new URL(invite).hash });
    await member.click('#start-team-scan');
    await answerByKeyboard(member, MIXED.answers.slice(i) + MIXED.answers.slice(0, i));
    await member.click('#show-result');
    await tabTo(member, '#copy-team-reply-link', 200);
    await assertVisibleFocus(member);
    replies.push(await member.inputValue('#team-reply-link'));
    await member.context().close();
  }
  await tabTo(page, '#paste-replies', 80);
  await assertVisibleFocus(page);
  await page.keyboard.insertText(replies.join('\n'));
  await tabTo(page, '#read-replies');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#replies-counted');
  await tabTo(page, '#open-profile');
  await assertVisibleFocus(page);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#confirm-open');
  await page.waitForFunction(() => document.activeElement?.id === 'confirm-open-title');
  await tabTo(page, '#confirm-open-yes');
  await assertVisibleFocus(page);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#team-table');
  await assertTargetSizes(page, 'opened team profile');
  // Result links of an older, open session, by keys too.
  await tabTo(page, '#team-session', 300);
  await page.keyboard.press('Enter');
  // The new page moves the focus to its title; Tab on from there.
  await page.waitForFunction(() => document.activeElement?.id === 'team-setup-title');
  await tabTo(page, '#team-view-any', 80);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#paste-links');
  await tabTo(page, '#paste-links');
  await assertVisibleFocus(page);
  const golden = JSON.parse(readFileSync(new URL('../data/links-v1.json', import.meta.url), 'utf8'));
  await page.keyboard.insertText([link, ...golden.links.map((l) => `https://x.example/#${l.fragment}`)].join('\n'));
  await tabTo(page, '#read-links');
  await assertVisibleFocus(page);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#found-summary');
  await page.waitForSelector('#team-table');
  await assertTargetSizes(page, 'team view');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 812 }]) {
  test(`text at 200%: every main view still fits without sideways scrolling, ${viewport.width} px`, async () => {
    const page = await openApp(app, { viewport });
    // Text zoom: the root font size doubles, and the layout (in rem) with it.
    // Set through the CSSOM: the CSP refuses a style element, as it should.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    const fits = async (view) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${view} at ${viewport.width} px: ${overflow}px too wide`);
    };
    await page.waitForSelector('#start');
    await fits('intro');
    await page.click('#start');
    await page.waitForSelector('.question-page');
    await fits('question');
    await answerByKeyboard(page, MIXED.answers);
    await fits('review');
    await page.click('#show-result');
    await page.waitForSelector('#score-table');
    await fits('result');
    await page.click('#privacy-link');
    await fits('privacy');
    await page.context().close();
  });
}
