// The whole first visit on the wire: every byte the page and its service
// worker fetch, counted by a proxy between a fresh headless Chromium and the
// host, from the navigation until the service worker is active and no
// request has followed for 2 s. Prints each response (path, status, body
// bytes as sent) and the total, for two hosts serving dist/ brotli-compressed:
// a static host with ETags (the worker's copies are revalidated: 304s), and
// one without validators (the worker fetches every file again). With
// --upstream URL it counts a running server instead (for example `trunk
// serve`, started by .ci/serve). The team app (the facilitator's pages) is
// on demand: a first visit does not fetch it, and it is printed apart, with
// its size in dist/, as "on demand (facilitator pages)"; should the visit
// fetch it, the report says so. A benchmark that prints figures, not a test.
// Needs a release build in dist/.
// Usage: node tests/bench/whole-visit.mjs [--upstream http://127.0.0.1:8080/]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { TEAM_JS, TEAM_WASM } from '../../.ci/post-build/names.mjs';
import { serve } from '../support/serve.mjs';
import { launch } from '../support/browser.mjs';
import { bytesOf, firstVisit, sentAgain } from '../support/visit.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Whether `path` (of a request) is a file of the team app. */
const isTeamApp = (path) => {
  const name = path.split('?')[0].split('/').pop();
  return TEAM_JS.test(name) || TEAM_WASM.test(name);
};

function report(title, log) {
  console.log(`-- ${title}`);
  for (const entry of log) console.log(`  ${String(entry.status).padEnd(4)} ${kib(entry.bytes).padStart(10)}  ${entry.path}`);
  const again = sentAgain(log);
  console.log(`  whole first visit: ${kib(bytesOf(log))} in ${log.length} responses; sent twice: ${kib(bytesOf(again))} (${again.length} files)`);
  const team = log.filter((entry) => isTeamApp(entry.path));
  if (team.length) console.log(`  NOTE: the visit fetched the team app, which is on demand: ${team.map((entry) => entry.path).join(', ')}`);
}

/** The team app's files in dist/ and their size as a host sends them with brotli. */
function teamApp() {
  const files = readdirSync(DIST).filter(isTeamApp).sort();
  const brotli = files.reduce((sum, name) => {
    const body = readFileSync(join(DIST, name));
    return sum + brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }, 0);
  return { files, brotli };
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
  const team = teamApp();
  if (team.files.length) {
    console.log(`-- on demand (facilitator pages), not part of the whole first visit`);
    console.log(`  the team app in dist/, brotli: ${kib(team.brotli)} (${team.files.join(', ')}), fetched when a facilitator's page is opened`);
  }
} finally {
  await browser.close();
}
