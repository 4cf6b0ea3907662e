// How soon statement 2 can be answered after a fast answer to statement 1,
// on a throttled first visit: fresh browser context per run, CPU slowed down
// and the network shaped like the peer harness's slow4g (150 ms round trip,
// 1600 kbit/s down, 750 up). Statement 1 is clicked the moment its first
// option shows (on the pre-rendered screen, before any wasm has arrived);
// the figures are the times from that click until statement 2's options are
// on screen and take a click, and until its text is there too. Prints medians, once with the files sent as they
// are (as the peer harness serves them) and once brotli-compressed (as a
// production host serves them). A benchmark that prints figures, not a test.
// Needs a release build in dist/.
// Usage: node tests/bench/statement-two.mjs [--runs 5] [--cpu-throttle 4] [--dist DIR]
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';

const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', '5'));
const cpu = Number(option('--cpu-throttle', '4'));
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1600 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const DIST = option('--dist', join(import.meta.dirname, '..', '..', 'dist'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One fresh visit: ms from navigation to statement 1, and from its answer to statement 2. */
async function visit(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const first = page.locator('.question-page[data-number="1"] [data-answer="4"]');
  await first.waitFor({ state: 'visible', timeout: 60000 });
  const firstShown = Date.now() - start;
  const answered = Date.now();
  await first.click({ timeout: 60000 });
  // Clickable: trial clicks check visibility, stability and that nothing covers it.
  await page.locator('.question-page[data-number="2"] [data-answer="4"]').click({ trial: true, timeout: 60000 });
  const secondAfterAnswer = Date.now() - answered;
  // Readable: its text is there too (it comes with the text pack, which the
  // loader fetches at once; the pre-rendered screen draws it when it comes).
  await page.waitForFunction(() => document.querySelector('.question-page[data-number="2"] #statement')?.textContent.trim(), null, { timeout: 60000, polling: 10 });
  const secondReadable = Date.now() - answered;
  // When the app's wasm had arrived, after navigation: until then the
  // pre-rendered screen answers.
  const appArrived = await page.evaluate(async () => {
    for (;;) {
      const entry = performance.getEntriesByType('resource').find((e) => /sis-app-[0-9a-f]+_bg\.wasm$/.test(e.name));
      if (entry && entry.responseEnd > 0) return Math.round(entry.responseEnd);
      await new Promise((wait) => setTimeout(wait, 100));
    }
  });
  await context.close();
  return { firstShown, secondAfterAnswer, secondReadable, appArrived };
}

const browser = await launch();
try {
  console.log(`slow4g (150 ms, 1600/750 kbit/s), CPU ${cpu}x slower, median of ${runs} fresh visits:`);
  for (const brotli of [false, true]) {
    const server = await serve(DIST, 0, '127.0.0.1', { brotli });
    const url = `http://127.0.0.1:${server.address().port}/?intro=0&lang=en`;
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await visit(browser, url));
    server.close();
    const label = brotli ? 'brotli-compressed' : 'sent as they are';
    console.log(`  files ${label.padEnd(18)}: statement 1 on screen ${median(results.map((r) => r.firstShown))} ms; statement 2 clickable ${median(results.map((r) => r.secondAfterAnswer))} ms and readable ${median(results.map((r) => r.secondReadable))} ms after answering statement 1 (goal < 1000 ms); the app's wasm arrived ${median(results.map((r) => r.appArrived))} ms after navigation`);
  }
} finally {
  await browser.close();
}
