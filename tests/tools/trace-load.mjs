// Records a Chromium performance trace of one fresh load of the first
// question, as the peer harness measures it (a new profile, loopback), and
// prints the renderer main thread's work from navigation until the first
// question is clickable and a little after: each top-level task with its
// biggest children, in time order. A tool for finding what delays the first
// question, not a test.
// Usage: node tests/tools/trace-load.mjs [--dist DIR] [--runs 3] [--until-ms 200]
import { resolve, join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';

const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const ROOT = resolve(import.meta.dirname, '..', '..');
const server = await serve(resolve(option('--dist', join(ROOT, 'dist'))), 0);
const untilMs = Number(option('--until-ms', '200'));
const READY = '.question-page[data-number="1"] [data-answer="1"]';

for (let run = 0; run < Number(option('--runs', '3')); run++) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript((selector) => {
      window.__fqi = null;
      const check = () => {
        const el = document.querySelector(selector);
        if (window.__fqi === null && el && el.getBoundingClientRect().width > 0) {
          window.__fqi = performance.now();
          performance.mark('fqi');
        }
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
    }, READY);
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const finished = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', {
      categories: process.env.TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading,v8.execute,blink',
      transferMode: 'ReportEvents',
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/?intro=0&lang=en`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const fqi = await page.evaluate(() => window.__fqi);
    const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType('navigation')[0]));
    await cdp.send('Tracing.end');
    await finished;
    const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts
      ?? events.find((e) => e.name === 'navigationStart')?.ts;
    const mark = events.find((e) => e.name === 'fqi');
    const { responseEnd, domInteractive, domContentLoadedEventStart } = JSON.parse(nav);
    console.log(`run ${run + 1}: fqi ${fqi?.toFixed(1)} ms (trace mark ${mark ? ((mark.ts - start) / 1000).toFixed(1) : '?'}), responseEnd ${responseEnd.toFixed(1)}, domInteractive ${domInteractive.toFixed(1)}, DCL ${domContentLoadedEventStart.toFixed(1)}`);
    // The renderer main thread: the thread that ran ParseHTML.
    const parse = events.find((e) => e.name === 'ParseHTML');
    const main = events.filter((e) => e.pid === parse?.pid && e.tid === parse?.tid && e.ph === 'X' && e.dur);
    const tasks = main.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
    for (const task of tasks) {
      const at = (task.ts - start) / 1000;
      if (at < -5 || at > untilMs || task.dur < 300) continue;
      const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur >= 500 && e.name !== 'RunTask');
      const top = inside.sort((a, b) => b.dur - a.dur).slice(0, 5)
        .map((e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop().slice(0, 24)})` : ''} ${(e.dur / 1000).toFixed(1)}`);
      console.log(`  ${at.toFixed(1).padStart(6)} +${(task.dur / 1000).toFixed(1).padStart(5)}  ${top.join(', ')}`);
      if (process.argv.includes('--tree') && (task.ts - start) / 1000 < (fqi ?? 0) + 1) {
        // Every event inside the task of at least 0.2 ms, indented by depth.
        const stack = [];
        for (const e of main.filter((x) => x !== task && x.ts >= task.ts && x.ts + x.dur <= task.ts + task.dur && x.dur >= 200).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
          while (stack.length && stack.at(-1).ts + stack.at(-1).dur < e.ts + e.dur) stack.pop();
          stack.push(e);
          const url = e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.url ?? (e.name.includes('requestResource') ? JSON.stringify(e.args).slice(0, 120) : '');
          console.log(`${'  '.repeat(stack.length + 3)}${((e.ts - start) / 1000).toFixed(1)} ${e.name} ${(e.dur / 1000).toFixed(1)}${url ? ` ${url.split('/').pop().slice(0, 30)}` : ''}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
}
server.close();
