// Takes screenshots of every view in every language at 1280 px and 375 px,
// also in dark mode and with text at 200%, for people to look at (not a
// test). Needs a release build in dist/.
// Usage: node tests/tools/screenshots.mjs [out-dir]   (default tests/e2e/output/screens)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';
import { serveHost } from '../support/host.mjs';
import { DIST, LANGS, ROOT, GOLDEN, answerByKeyboard, answerByMouse } from '../e2e/harness.mjs';

const out = process.argv[2] ?? join(ROOT, 'tests/e2e/output/screens');
mkdirSync(out, { recursive: true });
const server = await serve(DIST, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const mixed = GOLDEN.cases.find((c) => c.name === 'mixed');
// Forty member links of one session with random answers and roles, from
// the team benchmark's generator.
const linksFile = join(tmpdir(), 'sis-screenshot-links.txt');
execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'team_native', '--', '--write', linksFile], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const teamLinks = readFileSync(linksFile, 'utf8').split('\n').slice(0, 40).join('\n');
// The last team reply made, for opening it in a browser without the session.
const lastReply = [''];
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } };

/**
 * The workshop view of the team profile on the page: each screen as the
 * window shows it (the view fills the window), then the print version
 * (every screen, one per page). `file` names a shot's file.
 */
async function workshopShots(page, file) {
  await page.click('#workshop-open');
  await page.waitForSelector('#workshop');
  const count = await page.locator('.workshop-screen').count();
  for (let k = 1; k <= count; k++) {
    if (k > 1) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => document.activeElement?.id === `workshop-screen-${n}-title`, k);
    const kind = await page.getAttribute(`.workshop-screen:nth-child(${k})`, 'data-screen');
    await page.screenshot({ path: file(`workshop-${k}-${kind}`) });
  }
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: file('workshop-print'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await page.waitForSelector('#workshop', { state: 'detached' });
}

for (const lang of LANGS) {
  for (const [device, viewport] of Object.entries(widths)) {
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    await context.addInitScript((l) => {
      if (!localStorage.getItem('sis:settings')) {
        localStorage.setItem('sis:settings', JSON.stringify({ version: 1, lang: l }));
      }
    }, lang);
    const page = await context.newPage();
    const shot = (name) => page.screenshot({ path: join(out, `${name}-${lang}-${device}.png`), fullPage: true });
    await page.goto(url);
    await page.waitForSelector('#start');
    await shot('intro');
    await page.click('#start');
    await page.waitForSelector('.question-page');
    await answerByKeyboard(page, mixed.answers.slice(0, 8));
    await page.mouse.move(0, 0);
    await shot('question');
    await answerByKeyboard(page, mixed.answers.slice(8));
    await page.waitForSelector('#show-result');
    await shot('review');
    await page.click('[data-role="manager"]');
    await shot('review-role');
    await page.click('#show-result');
    await page.waitForSelector('#score-table');
    await shot('result');
    await page.click('#toggle-qr');
    await page.waitForSelector('#qr-code svg');
    await page.locator('#share-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, `share-${lang}-${device}.png`) });
    const link = await page.inputValue('#share-link');
    // The action plan: two steps chosen (one with a date) and one's own.
    await page.locator('.plan-option input').nth(0).check();
    await page.fill('#plan-due-0', '2027-03-31');
    await page.locator('#plan-due-0').dispatchEvent('change');
    await page.locator('.plan-option input').nth(4).check();
    await page.fill('#plan-own-text', { nl: 'Koffie met de ondernemingsraad', en: 'Coffee with the works council', de: 'Kaffee mit dem Betriebsrat' }[lang]);
    await page.selectOption('#plan-own-focus', 'team');
    await page.click('#plan-own-add');
    await page.locator('#action-plan').screenshot({ path: join(out, `plan-${lang}-${device}.png`) });
    await page.click('#result-start-over');
    await page.waitForSelector('.question-page[data-number="1"]');
    await answerByKeyboard(page, GOLDEN.cases.find((c) => c.name === 'cycle').answers);
    await page.click('#show-result');
    await page.waitForSelector('#plan-last-time');
    await page.locator('#action-plan').screenshot({ path: join(out, `plan-last-time-${lang}-${device}.png`) });
    await page.click('#my-results');
    await page.waitForSelector('#history-table');
    await shot('history');
    await page.click('#compare-button');
    await page.waitForSelector('#compare-table');
    await shot('compare');
    await page.goto(link);
    await page.waitForSelector('.shared-frame');
    await shot('shared');
    await page.goto(`${url}#r=${link.split('#r=')[1].slice(0, 12)}`);
    await page.waitForSelector('#link-error');
    await shot('bad-link');
    await page.click('#delete-data');
    await shot('delete-confirm');
    await page.click('#delete-cancel');
    await page.click('#privacy-link');
    await page.waitForSelector('#storage-keys');
    await shot('privacy');
    // The facilitator's pages opened offline before the team app was ever
    // fetched: the message and its buttons.
    await context.setOffline(true);
    await page.click('#team-session');
    await page.waitForSelector('#retry-loading');
    await shot('team-load-failed');
    await context.setOffline(false);
    // Back to one's own scan: the result, as the scan is finished.
    await page.click('#loading-back');
    await page.waitForSelector('#loading-next', { state: 'detached' });
    // The sealed team session: the set-up, the session page with its
    // invite, the invite and the result with the team reply as a member
    // sees them, the counts after a paste, the confirmation, the opened
    // profile, the closed session, and a reply opened elsewhere.
    await page.goto(url);
    await page.click('#team-session');
    await page.fill('#team-label', 'Afdeling Zorg & Welzijn');
    await page.fill('#min-group', '3');
    await shot('team-setup');
    await page.click('#create-invite');
    await page.waitForSelector('#invite-link');
    await shot('team-session');
    const invite = await page.inputValue('#invite-link');
    const replies = [];
    for (let i = 0; i < 4; i++) {
      const member = await context.browser().newContext({ viewport, reducedMotion: 'reduce' });
      await member.addInitScript((l) => localStorage.setItem('sis:settings', JSON.stringify({ version: 1, lang: l })), lang);
      const memberPage = await member.newPage();
      await memberPage.goto(invite);
      await memberPage.waitForSelector('#invite-label');
      if (i === 0) await memberPage.screenshot({ path: join(out, `invite-${lang}-${device}.png`), fullPage: true });
      await memberPage.click('#start-team-scan');
      await answerByKeyboard(memberPage, mixed.answers.slice(i) + mixed.answers.slice(0, i));
      await memberPage.click(`[data-role="${['employee', 'manager', 'director', 'employee'][i]}"]`);
      await memberPage.click('#show-result');
      await memberPage.waitForSelector('#team-reply-link');
      if (i === 0) {
        await memberPage.click('#toggle-reply-qr');
        await memberPage.waitForSelector('#reply-qr svg');
        await memberPage.locator('#team-reply').screenshot({ path: join(out, `team-reply-${lang}-${device}.png`) });
      }
      replies.push(await memberPage.inputValue('#team-reply-link'));
      await member.close();
    }
    await page.fill('#paste-replies', `${replies.join('\n')}\n${replies[1]}\nkapot: ${replies[2].slice(0, -4)}`);
    await page.click('#read-replies');
    await page.waitForSelector('#reply-count-lines');
    await shot('team-session-counts');
    await page.click('#open-profile');
    await page.waitForSelector('#confirm-open');
    await shot('team-session-confirm');
    await page.click('#confirm-open-yes');
    await page.waitForSelector('#team-table');
    await shot('team-session-opened');
    await page.emulateMedia({ media: 'print' });
    await shot('team-print');
    await page.emulateMedia({ media: 'screen' });
    await page.click('#team-session');
    await page.waitForSelector('#your-sessions');
    await shot('team-setup-sessions');
    await page.click('#your-sessions button');
    await page.waitForSelector('#session-closed-note');
    await shot('team-session-closed');
    const teamLink = await page.inputValue('#team-link');
    // Result links of older, open sessions.
    await page.click('#team-session');
    await page.click('#team-view-any');
    await page.fill('#links-min-group', '3');
    await page.fill('#paste-links', `${teamLinks}\nkapot: https://scan.example/#r=BEzOtPY63C\n${replies[0]}`);
    await page.click('#read-links');
    await page.waitForSelector('#team-table');
    await shot('team-view');
    await workshopShots(page, (name) => join(out, `${name}-${lang}-${device}.png`));
    // Team rounds: this profile kept with its roles, the shared team link
    // kept as a later round, then a third round added on My team profiles.
    const keepRound = async (form, day) => {
      await page.fill(`#${form}-name`, 'Afdeling Zorg');
      await page.fill(`#${form}-day`, day);
      await page.click(`#${form}-submit`);
      await page.waitForSelector(`#${form}-status:not(:empty)`);
    };
    await keepRound('keep-round', '2026-03-02');
    await page.locator('#keep-round').screenshot({ path: join(out, `keep-round-${lang}-${device}.png`) });
    await page.goto(teamLink);
    await page.waitForSelector('#team-aggregate-table');
    await shot('team-shared');
    await keepRound('keep-round', '2026-06-01');
    await page.click('#keep-round-open');
    await page.waitForSelector('#team-0-compare-table');
    await shot('team-rounds');
    await page.fill('#add-round-link', teamLink);
    await keepRound('add-round', '2026-09-14');
    await page.waitForSelector('#team-0-trend-table');
    await shot('team-rounds-trend');
    await page.goto(replies[3]);
    await page.waitForSelector('#session-closed');
    await shot('reply-closed');
    lastReply[0] = replies[3];
    await context.close();
    // A reply opened in a browser that holds no session.
    const elsewhere = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    await elsewhere.addInitScript((l) => localStorage.setItem('sis:settings', JSON.stringify({ version: 1, lang: l })), lang);
    const other = await elsewhere.newPage();
    await other.goto(lastReply[0]);
    await other.waitForSelector('#reply-sealed');
    await other.screenshot({ path: join(out, `reply-elsewhere-${lang}-${device}.png`), fullPage: true });
    await elsewhere.close();
  }
}
// Dark mode (the result, with its chart) and text at 200% (the result and
// the statement), in every language at both widths.
for (const lang of LANGS) {
  for (const [device, viewport] of Object.entries(widths)) {
    for (const variant of ['dark', 'zoom200']) {
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce', colorScheme: variant === 'dark' ? 'dark' : 'light' });
      await context.addInitScript((l) => localStorage.setItem('sis:settings', JSON.stringify({ version: 1, lang: l })), lang);
      const page = await context.newPage();
      const shot = (name) => page.screenshot({ path: join(out, `${name}-${variant}-${lang}-${device}.png`), fullPage: true });
      await page.goto(url);
      await page.waitForSelector('#start');
      if (variant === 'zoom200') {
        await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      }
      await page.click('#start');
      await answerByKeyboard(page, mixed.answers.slice(0, 3));
      await page.mouse.move(0, 0);
      await shot('question');
      await answerByKeyboard(page, mixed.answers.slice(3));
      await page.click('#show-result');
      await page.waitForSelector('#score-table');
      await shot('result');
      await context.close();
    }
  }
}
// The demo host page on another origin, with its two embeds: the first one
// at the top, the second one scrolled into view, and the first one finished.
const host = await serveHost(new URL(url).origin, 0);
for (const [device, viewport] of Object.entries(widths)) {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  await page.goto(`http://localhost:${host.address().port}/`);
  const first = await (await page.$('#scan-one')).contentFrame();
  await first.waitForSelector('#start');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `embed-host-${device}.png`) });
  await page.locator('#scan-two').scrollIntoViewIfNeeded();
  const second = await (await page.$('#scan-two')).contentFrame();
  await second.waitForSelector('#start');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `embed-second-${device}.png`) });
  await page.locator('#scan-one').scrollIntoViewIfNeeded();
  await first.click('#start');
  await answerByMouse(first, mixed.answers);
  await first.click('#show-result');
  await first.waitForSelector('#score-table');
  await page.waitForTimeout(300);
  await page.locator('#scan-one').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, `embed-result-${device}.png`), fullPage: true });
  await page.close();
}
host.close();
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
