// The whole first visit on the wire: every byte the page and its service
// worker fetch, counted by a proxy between a fresh headless Chromium and the
// host, from the navigation until the service worker is active and no
// request has followed for 2 s. Prints each response (path, status, body
// bytes as sent) and the total, for two hosts serving dist/ brotli-compressed:
// a static host with ETags (the worker's copies are revalidated: 304s), and
// one without validators (the worker fetches every file again). With
// --upstream URL it counts a running server instead (for example `trunk
// serve`, started by .ci/serve). A benchmark that prints figures, not a test.
// Needs a release build in dist/.
// Usage: node tests/bench/whole-visit.mjs [--upstream http://127.0.0.1:8080/]
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';
import { bytesOf, firstVisit, sentAgain } from '../support/visit.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function report(title, log) {
  console.log(`-- ${title}`);
  for (const entry of log) console.log(`  ${String(entry.status).padEnd(4)} ${kib(entry.bytes).padStart(10)}  ${entry.path}`);
  const again = sentAgain(log);
  console.log(`  whole first visit: ${kib(bytesOf(log))} in ${log.length} responses; sent twice: ${kib(bytesOf(again))} (${again.length} files)`);
}

const browser = await launch();
try {
  if (option('--upstream')) {
    report(`as ${option('--upstream')} serves it`, await firstVisit(browser, option('--upstream')));
  } else {
    for (const [title, options] of [
      ['static host with ETags, brotli (the worker revalidates: 304s)', { brotli: true, validators: true }],
      ['static host without validators, brotli (the worker fetches again)', { brotli: true }],
    ]) {
      const host = await serve(DIST, 0, '127.0.0.1', options);
      report(title, await firstVisit(browser, `http://127.0.0.1:${host.address().port}/`));
      host.close();
    }
  }
} finally {
  await browser.close();
}
