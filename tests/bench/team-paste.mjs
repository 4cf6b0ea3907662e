// Browser benchmark of the team view: paste 10,000 result links and read
// them (find, decode, validate, de-duplicate, aggregate, render), in headless
// Chromium on the release build. Prints the time from the click to the
// summary, the longest main-thread task, and JS heap and wasm memory after.
// A benchmark that prints figures, not a test. Needs `trunk build --release`.
// Usage: node tests/bench/team-paste.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const file = join(tmpdir(), 'sis-team-links.txt');
execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'team_native', '--', '--write', file], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
});
const text = readFileSync(file, 'utf8');
const server = await serve(process.env.DIST ?? join(ROOT, 'dist'), 0);
const browser = await launch();
const times = [];
let longest = 0;
let memory = null;
const computes = [];
for (let run = 0; run < 5; run++) {
  const page = await browser.newPage();
  // Keep the wasm exports of the app that shows the team view, to read the
  // size of its wasm memory afterwards: the team app (sis-team), which the
  // app hands over to for the facilitator's pages. The loader announces the
  // team app when it starts it.
  await page.addInitScript(() => {
    addEventListener('sisFullAppStarted', (event) => {
      window.__wasm = event.detail.wasm;
      window.__wasmApp = event.detail.app;
    });
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.click('#team-session');
  await page.click('#team-view-any');
  // Set the text the way a paste does: one input event.
  await page.evaluate((value) => {
    const area = document.querySelector('#paste-links');
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const ms = await page.evaluate(() => new Promise((done) => {
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (document.querySelector('#team-table')) {
        observer.disconnect();
        done(performance.now() - start);
      }
    }).observe(document.body, { subtree: true, childList: true });
    document.querySelector('#read-links').click();
  }));
  times.push(ms);
  await page.waitForTimeout(100);
  // The app marks its own work (User Timing): reading a piece of text per
  // task, then the analysis; the rest of the time is rendering and waiting.
  computes.push(await page.evaluate(() => {
    const of = (name) => performance.getEntriesByName(name, 'measure').map((m) => m.duration);
    const read = of('sis:team:read');
    const analyse = of('sis:team:analyse');
    const sum = (list) => list.reduce((a, b) => a + b, 0);
    return { read: sum(read), pieces: read.length, longestPiece: Math.max(...read), analyse: sum(analyse) };
  }));
  longest = Math.max(longest, await page.evaluate(() => window.__longest));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  memory = {
    jsHeapKiB: Math.round(heap.usedSize / 1024),
    wasmKiB: await page.evaluate(() => Math.round(window.__wasm.memory.buffer.byteLength / 1024)),
    wasmApp: await page.evaluate(() => window.__wasmApp),
    summary: await page.textContent('#found-summary'),
  };
  await page.close();
}
times.sort((a, b) => a - b);
// The Long Tasks API reports only tasks over 50 ms.
const tasks = longest > 0 ? `longest main-thread task ${longest.toFixed(0)} ms` : 'no main-thread task over 50 ms';
console.log(`team view, 10,000 links in Chromium: click to team table median ${times[2].toFixed(1)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}); ${tasks}`);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const compute = computes.map((c) => c.read + c.analyse);
console.log(
  `work in wasm (decode, validate, de-duplicate, aggregate): median ${median(compute).toFixed(1)} ms ` +
  `(runs ${compute.map((t) => t.toFixed(0)).join(', ')}): reading ${median(computes.map((c) => c.read)).toFixed(1)} ms ` +
  `in ${computes[0].pieces} tasks (longest ${median(computes.map((c) => c.longestPiece)).toFixed(1)} ms), ` +
  `analysis ${median(computes.map((c) => c.analyse)).toFixed(1)} ms`,
);
console.log(`after aggregating: JS heap ${memory.jsHeapKiB} KiB, wasm memory ${memory.wasmKiB} KiB (${memory.wasmApp}, the app that showed the team view); ${memory.summary}`);
await browser.close();
server.close();
