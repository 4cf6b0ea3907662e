// Prints the transfer size of the release build in dist/ by file: raw, gzip -9
// and brotli q11, split into the first page (index.html: the pre-rendered
// first screen and its script, with which a first visitor answers until the
// app arrives), the app (everything else index.html references, followed
// through static JS imports: sis-app-HASH.js and its wasm, which Trunk's
// loader fetches at once), files loaded on demand (sis-embed.js for host
// pages, the QR decoder, the share module, the stylesheet file for browsers without
// constructed stylesheets), on demand for the facilitator's pages (the team
// app sis-team-HASH.js + sis-team-HASH_bg.wasm, fetched only when such a
// page is opened), and offline/install (the service worker sw.js, which the
// loader registers once the app has started, and the web app manifest with
// its icons, which the browser fetches only to install the app), and the
// first page against the budget; then the whole first visit: exactly what a
// visitor's page and its service worker fetch, each file counted once: the
// page, the app, sw.js and every file the worker precaches (on a host with
// validators the worker's copies of files the page already has are 304s:
// tests/bench/whole-visit.mjs measures that on the wire). Not in it: what
// the worker lists as on demand (the QR decoder and the team app, fetched
// and cached on first use only), each printed on its own line. The app's
// texts come as one text pack per language (texts-TAG-HASH.txt), of which a
// visit fetches the one of the language shown: the whole visit counts the
// largest, and is printed for each language too.
// A benchmark that prints figures, not a test. Run after `trunk build --release`.
// Usage: node tests/bench/size.mjs [dist-dir]
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { extname, join, relative, dirname, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { TEAM_JS, TEAM_WASM, TEXT_PACK } from '../../.ci/post-build/names.mjs';

const BUDGET_BROTLI = 100 * 1024;
// Not the app although index.html names some of them (the manifest link):
// none of them is fetched before the page is up and its load event has
// passed, and the first page does not wait for any of them.
const OFFLINE_INSTALL = (path) => path === 'sw.js' || path === 'manifest.webmanifest' || path.startsWith('icons/');
// The team app: the app with the facilitator's pages, fetched only when
// one of those pages is opened (src/web/loader.js, startTeam).
const TEAM_APP = (path) => TEAM_JS.test(path) || TEAM_WASM.test(path);
const FACILITATOR = 'on demand (facilitator pages)';
const TEXTS = "the app's texts (one per language: a visit fetches the one shown)";
const dist = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'dist');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dist, path)];
  });
}

// The page and the app: what index.html references (href, src,
// module_or_path, imports), and what those JS files import statically.
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
  path === 'index.html' ? 'first page' : first.has(path) ? 'the app' : OFFLINE_INSTALL(path) ? 'offline/install' : TEAM_APP(path) ? FACILITATOR : TEXT_PACK.test(path) ? TEXTS : 'on demand';
for (const group of ['first page', 'the app', TEXTS, 'on demand', FACILITATOR, 'offline/install']) {
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
const firstPage = totals['first page'].brotli;
console.log(`the app, brotli: ${kib(totals['the app'].brotli).trim()} (fetched at once, in parallel with the first page's use)`);
console.log(`on demand, brotli: ${kib(totals['on demand'].brotli).trim()} (not part of a visit unless used)`);
console.log(`offline/install, brotli: ${kib(totals['offline/install'].brotli).trim()} (once the app has started, or only to install)`);
const verdict = firstPage <= BUDGET_BROTLI ? 'within' : 'OVER';
console.log(`first page, brotli: ${kib(firstPage).trim()} of a ${kib(BUDGET_BROTLI).trim()} budget (${verdict})`);

// The whole first visit: the page, the app, the worker and the files it
// precaches (index.html is "./"); not the files it lists as on demand.
const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
const build = JSON.parse(worker.match(/const BUILD = (\{[\s\S]*?\});/)[1]);
const cached = build.assets.map((name) => (name === './' ? 'index.html' : name));
const onDemand = build.onDemand ?? [];
const visit = new Set([...first, 'sw.js', ...cached]);
const packs = walk(dist).filter((path) => TEXT_PACK.test(path)).sort();
const largestPack = Math.max(0, ...packs.map((path) => sizes(path).brotli));
const visitBrotli = [...visit].reduce((sum, path) => sum + sizes(path).brotli, 0) + largestPack;
console.log(`whole first visit, brotli: ${kib(visitBrotli).trim()} (${visit.size + (packs.length ? 1 : 0)} files, each once, with the largest text pack; issue 14's goal 200.0 KiB)`);
for (const path of packs) {
  const tag = path.split('-')[1];
  console.log(`  in ${tag}: ${kib(visitBrotli - largestPack + sizes(path).brotli).trim()} (${path})`);
}
// The QR decoder: fetched only when a facilitator opens the camera in a
// browser without BarcodeDetector, then kept by the worker; not part of a visit.
for (const path of walk(dist).filter((name) => /^sis-qr-[0-9a-f]{16}\.wasm$/.test(name))) {
  console.log(`QR decoder on first use of the camera, brotli: ${kib(sizes(path).brotli).trim()} (${path}; not part of the visit)`);
}
// The share module: fetched the first time a sealed invite is opened or a
// QR code is shown, then kept by the worker; not part of a visit.
for (const path of walk(dist).filter((name) => /^sis-share-[0-9a-f]{16}\.wasm$/.test(name))) {
  console.log(`share module on first use (a sealed invite or a QR code), brotli: ${kib(sizes(path).brotli).trim()} (${path}; not part of the visit)`);
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
