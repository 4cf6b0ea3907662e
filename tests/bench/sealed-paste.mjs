// Browser benchmark of a sealed team session: 10,000 sealed replies pasted
// into the facilitator's session page and opened in memory (find, check,
// decrypt, de-duplicate), then the team profile opened from them, in
// headless Chromium on the release build. Prints the time from the click to
// the counts, the work in wasm (User Timing marks of the app), the longest
// main-thread task, and the time to open the profile. A benchmark that
// prints figures, not a test. Needs `trunk build --release`.
// Usage: node tests/bench/sealed-paste.mjs [REPLIES]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const count = Number(process.argv[2] ?? 10_000);
const file = join(tmpdir(), 'sis-sealed-replies.json');
execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'sealed_native', '--', '--write', file], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
});
const bench = JSON.parse(readFileSync(file, 'utf8'));
const text = bench.text.split('\n').slice(0, count).join('\n');
// The facilitator's browser holds the session with its private key.
const sessions = JSON.stringify({
  version: 1,
  sessions: [{ id: bench.team, label: 'bench', min: 5, created: 0, secret: bench.secret, replies: [] }],
});
const server = await serve(process.env.DIST ?? join(ROOT, 'dist'), 0);
const browser = await launch();
const runs = [];
for (let run = 0; run < 3; run++) {
  const page = await browser.newPage();
  await page.addInitScript((value) => {
    if (!localStorage.getItem('sis:team-sessions')) localStorage.setItem('sis:team-sessions', value);
  }, sessions);
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.click('#team-session');
  await page.click('#your-sessions button');
  await page.waitForSelector('#paste-replies');
  await page.evaluate((value) => {
    const area = document.querySelector('#paste-replies');
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
    performance.clearMeasures();
  }, text);
  const clickToCounts = await page.evaluate((n) => new Promise((done) => {
    const start = performance.now();
    const expected = `: ${n}.`;
    new MutationObserver((_, observer) => {
      if (document.querySelector('#replies-counted')?.textContent.includes(expected)) {
        observer.disconnect();
        done(performance.now() - start);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    document.querySelector('#read-replies').click();
  }), count);
  const work = await page.evaluate(() => {
    const open = performance.getEntriesByName('sis:sealed:open', 'measure').map((m) => m.duration);
    return { open: open.reduce((a, b) => a + b, 0), pieces: open.length, longestPiece: Math.max(...open) };
  });
  await page.click('#open-profile');
  await page.click('#confirm-open-yes');
  await page.waitForSelector('#team-table');
  const profile = await page.evaluate(() => performance.getEntriesByName('sis:sealed:profile', 'measure')[0].duration);
  const longest = await page.evaluate(() => window.__longest);
  runs.push({ clickToCounts, ...work, profile, longest });
  await page.context().close();
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const f = (ms) => ms.toFixed(1);
console.log(`sealed session, ${count} replies of ${bench.text.split('\n')[0].length} characters in Chromium (median of ${runs.length}):`);
console.log(`  click to counts ${f(median(runs.map((r) => r.clickToCounts)))} ms (runs ${runs.map((r) => r.clickToCounts.toFixed(0)).join(', ')})`);
console.log(`  opening in wasm ${f(median(runs.map((r) => r.open)))} ms in ${runs[0].pieces} tasks, ${f(median(runs.map((r) => r.open)) / count * 1000)} µs per reply; longest piece ${f(median(runs.map((r) => r.longestPiece)))} ms`);
console.log(`  the team profile from them ${f(median(runs.map((r) => r.profile)))} ms`);
const longest = Math.max(...runs.map((r) => r.longest));
console.log(`  ${longest > 0 ? `longest main-thread task ${longest.toFixed(0)} ms` : 'no main-thread task over 50 ms'}`);
await browser.close();
server.close();
