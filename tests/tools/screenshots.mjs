// Takes screenshots of every view in both languages at 1280 px and 375 px,
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
import { DIST, ROOT, GOLDEN, answerByKeyboard, answerByMouse } from '../e2e/harness.mjs';

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
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } };

for (const lang of ['nl', 'en']) {
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
    await page.locator('#share-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, `share-${lang}-${device}.png`) });
    const link = await page.inputValue('#share-link');
    await page.click('#result-start-over');
    await page.waitForSelector('.question-page[data-number="1"]');
    await answerByKeyboard(page, GOLDEN.cases.find((c) => c.name === 'cycle').answers);
    await page.click('#show-result');
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
    // The team views: set-up with an invite, the invite as a member sees
    // it, the team view with forty links, and the shared team profile.
    await page.goto(url);
    await page.click('#team-session');
    await page.fill('#team-label', 'Afdeling Zorg & Welzijn');
    await page.click('#create-invite');
    await page.waitForSelector('#invite-link');
    await shot('team-setup');
    const invite = await page.inputValue('#invite-link');
    await page.click('#team-view-any');
    await page.fill('#paste-links', `${teamLinks}\nkapot: https://scan.example/#r=BEzOtPY63C`);
    await page.click('#read-links');
    await page.waitForSelector('#team-table');
    await shot('team-view');
    const teamLink = await page.inputValue('#team-link');
    await page.emulateMedia({ media: 'print' });
    await shot('team-print');
    await page.emulateMedia({ media: 'screen' });
    await page.goto(invite);
    await page.waitForSelector('#invite-label');
    await shot('invite');
    await page.goto(teamLink);
    await page.waitForSelector('#team-aggregate-table');
    await shot('team-shared');
    await context.close();
  }
}
// Dark mode (the result, with its chart) and text at 200% (the result and
// the statement), in both languages at both widths.
for (const lang of ['nl', 'en']) {
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
