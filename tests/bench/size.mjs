// Prints the transfer size of the release build in dist/ by file: raw, gzip -9
// and brotli q11, split into the first load (index.html and everything it
// references, followed through static JS imports), files loaded on demand
// (the full app sis-app-HASH.js + sis-app-HASH_bg.wasm, fetched in the
// background right after the first page, sis-embed.js for host pages, and
// the QR decoder), on demand for the facilitator's pages (the team app
// sis-team-HASH.js + sis-team-HASH_bg.wasm, fetched only when such a page is
// opened), and offline/install (the service worker sw.js, which the loader
// registers after the full app, and the web app manifest with its icons,
// which the browser fetches only to install the app and the service worker
// caches), and the first load against the budget; then the whole first
// visit: exactly what a visitor's page and its service worker fetch, each
// file counted once: the first load, the full app, sw.js and every file the
// worker precaches (on a host with validators the worker's copies of files
// the page already has are 304s: tests/bench/whole-visit.mjs measures that
// on the wire). Not in it: what the worker lists as on demand (the QR
// decoder and the team app, fetched and cached on first use only), each
// printed on its own line.
// A benchmark that prints figures, not a test. Run after `trunk build --release`.
// Usage: node tests/bench/size.mjs [dist-dir]
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { extname, join, relative, dirname, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { TEAM_JS, TEAM_WASM } from '../../.ci/post-build/names.mjs';

const BUDGET_BROTLI = 100 * 1024;
// Not first load although index.html names some of them (the manifest link):
// none of them is fetched before the page is up and its load event has
// passed, and the first page does not wait for any of them.
const OFFLINE_INSTALL = (path) => path === 'sw.js' || path === 'manifest.webmanifest' || path.startsWith('icons/');
// The team app: the full app with the facilitator's pages, fetched only when
// one of those pages is opened (src/web/full_loader.js, startTeam).
const TEAM_APP = (path) => TEAM_JS.test(path) || TEAM_WASM.test(path);
const FACILITATOR = 'on demand (facilitator pages)';
const dist = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'dist');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dist, path)];
  });
}

// First load: what index.html references (href, src, module_or_path, imports),
// and what those JS files import statically.
const first = new Set(['index.html']);
const queue = ['index.html'];
while (queue.length) {
  const file = queue.pop();
  const text = readFileSync(join(dist, file), 'utf8');
  const refs = [
    // quoted or (after minification) unquoted attribute values
    ...[...text.matchAll(/(?:href|src)=(?:"([^"#?]+)"|([^\s"'>#?]+))/g)].map((m) => [m[0], m[1] ?? m[2]]),
    ...text.matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/module_or_path:\s*['"]([^'"]+)['"]/g),
  ].map((m) => m[1]).filter((ref) => !/^[a-z]+:/.test(ref));
  for (const ref of refs) {
    const path = normalize(join(file.endsWith('.html') ? '' : dirname(file), ref));
    if (!first.has(path) && !OFFLINE_INSTALL(path) && existsSync(join(dist, path))) {
      first.add(path);
      if (/\.(js|html)$/.test(path)) queue.push(path);
    }
  }
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(10);
const sizes = (path) => {
  const body = readFileSync(join(dist, path));
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
};
const totals = {};
console.log(`${'file'.padEnd(62)}        raw       gzip     brotli`);
const groupOf = (path) =>
  first.has(path) ? 'first load' : OFFLINE_INSTALL(path) ? 'offline/install' : TEAM_APP(path) ? FACILITATOR : 'on demand';
for (const group of ['first load', 'on demand', FACILITATOR, 'offline/install']) {
  const total = (totals[group] = { raw: 0, gzip: 0, brotli: 0 });
  const files = walk(dist).filter((path) => groupOf(path) === group).sort();
  if (!files.length) continue;
  console.log(`-- ${group}`);
  for (const path of files) {
    const row = sizes(path);
    console.log(`${path.padEnd(62)} ${kib(row.raw)} ${kib(row.gzip)} ${kib(row.brotli)}`);
    for (const key of Object.keys(total)) total[key] += row[key];
  }
  console.log(`${`total ${group}`.padEnd(62)} ${kib(total.raw)} ${kib(total.gzip)} ${kib(total.brotli)}`);
}
const firstLoad = totals['first load'].brotli;
console.log(`on demand, brotli: ${kib(totals['on demand'].brotli).trim()} (not part of the first load)`);
console.log(`offline/install, brotli: ${kib(totals['offline/install'].brotli).trim()} (after the load event, or only to install)`);
const verdict = firstLoad <= BUDGET_BROTLI ? 'within' : 'OVER';
console.log(`first load, brotli: ${kib(firstLoad).trim()} of a ${kib(BUDGET_BROTLI).trim()} budget (${verdict})`);

// The whole first visit: the first load, the full app the loader fetches
// right after it, the worker and the files it precaches (index.html is
// "./"); not the files it lists as on demand.
const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
const build = JSON.parse(worker.match(/const BUILD = (\{[\s\S]*?\});/)[1]);
const cached = build.assets.map((name) => (name === './' ? 'index.html' : name));
const onDemand = build.onDemand ?? [];
const fullApp = walk(dist).filter((path) => /^sis-app-[0-9a-f]{16}(\.js|_bg\.wasm|\.css)$/.test(path));
const visit = new Set([...first, ...fullApp, 'sw.js', ...cached]);
const visitBrotli = [...visit].reduce((sum, path) => sum + sizes(path).brotli, 0);
console.log(`whole first visit, brotli: ${kib(visitBrotli).trim()} (${visit.size} files, each once; issue 14's goal 200.0 KiB)`);
// The QR decoder: fetched only when a facilitator opens the camera in a
// browser without BarcodeDetector, then kept by the worker; not part of a visit.
for (const path of walk(dist).filter((name) => /^sis-qr-[0-9a-f]{16}\.wasm$/.test(name))) {
  console.log(`QR decoder on first use of the camera, brotli: ${kib(sizes(path).brotli).trim()} (${path}; not part of the visit)`);
}
// The team app: fetched only when a facilitator's page is opened, then kept
// by the worker; not part of a visit.
const team = walk(dist).filter(TEAM_APP).sort();
if (team.length) {
  const teamBrotli = team.reduce((sum, path) => sum + sizes(path).brotli, 0);
  // Precached by mistake, it would be part of the visit: say so.
  const where = team.some((path) => visit.has(path))
    ? 'PART OF THE VISIT: precached by the worker'
    : team.every((path) => onDemand.includes(path))
      ? 'the worker caches it on first use; not part of the visit'
      : 'not part of the visit, and NOT listed on demand in sw.js';
  console.log(`${FACILITATOR}: the team app on first use, brotli: ${kib(teamBrotli).trim()} (${team.join(', ')}; ${where})`);
}
