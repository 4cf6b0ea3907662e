// Records a Chromium performance trace of the click-through (all statements
// answered by clicks, as the peer harness does) at a CPU slowdown, and prints
// where the layout and style time goes: per event, with the JavaScript frame
// that forced or scheduled it. A tool for finding layout work, not a test.
// Usage: node tests/tools/trace-clicks.mjs [--cpu-throttle 4] [--out trace.json]
//        [--reduced-motion] [--css 'extra rules, to try a change']
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';

const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const throttle = Number(option('--cpu-throttle', '4'));
const server = await serve(join(import.meta.dirname, '..', '..', 'dist'), 0);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: Boolean(option('--css')) });
  if (process.argv.includes('--reduced-motion')) await page.emulateMedia({ reducedMotion: 'reduce' });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://127.0.0.1:${server.address().port}/?intro=0&lang=en`);
  await page.locator('.question-page[data-number="1"] [data-answer="1"]').waitFor();
  await page.waitForTimeout(1500);
  if (option('--css')) await page.addStyleTag({ content: option('--css') });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  for (let i = 1; i <= 30; i++) {
    await page.locator(`.question-page[data-number="${i}"] [data-answer="${((i - 1) % 5) + 1}"]`).click();
  }
  await page.locator('#show-result').click();
  await page.locator('#score-table').waitFor();
  await cdp.send('Tracing.end');
  await finished;
  if (option('--out')) writeFileSync(option('--out'), JSON.stringify(events));
  const summary = new Map();
  const add = (key, ms) => {
    const row = summary.get(key) ?? { count: 0, ms: 0 };
    row.count += 1;
    row.ms += ms;
    summary.set(key, row);
  };
  const frameOf = (event) => {
    const stack = event.args?.beginData?.stackTrace ?? event.args?.data?.stackTrace;
    return stack?.length ? stack.slice(0, 3).map((f) => `${f.functionName || '(anonymous)'}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`).join(' < ') : '(no script)';
  };
  for (const event of events) {
    if (event.ph !== 'X' || !event.dur) continue;
    if (['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'ParseHTML', 'HitTest'].includes(event.name)) {
      const detail = event.name === 'Layout' || event.name === 'UpdateLayoutTree' ? ` <- ${frameOf(event)}` : event.name === 'EventDispatch' ? ` ${event.args?.data?.type}` : '';
      add(`${event.name}${detail}`, event.dur / 1000);
    }
  }
  const task = events.filter((e) => e.name === 'RunTask' && e.ph === 'X').reduce((sum, e) => sum + e.dur / 1000, 0);
  console.log(`throttle ${throttle}x: RunTask total ${task.toFixed(1)} ms`);
  for (const [key, row] of [...summary].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40)) {
    console.log(`${row.ms.toFixed(1).padStart(9)} ms ${String(row.count).padStart(5)}x  ${key}`);
  }
} finally {
  await browser.close();
  server.close();
}
