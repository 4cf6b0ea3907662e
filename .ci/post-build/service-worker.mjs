// Post-build step: writes the service worker, `sw.js`, for offline use.
//
// It must be the last step: it lists the files of the staging folder as they
// will be shipped (names and contents final, index.html included) and fills
// them into the source `src/web/service_worker.js`, with a version that is a
// hash over all their names and contents. So every change to any shipped
// file gives a new sw.js, which the browser installs in place of the old one
// (see the source for what the worker does). Running it again on its own
// output gives the same sw.js, so it can also turn a copied build into a
// release of its own (the offline tests do).
//
// Options checked (trunk 0.21.14): Trunk writes no service worker and has
// no option that lists or hashes the build's files for one.
//
// `buildServiceWorker` is the transformation (names, bytes and the source in,
// the text of sw.js out); `serviceWorker` reads and writes the staging folder.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { QR_WASM, SHARE_WASM, TEAM_JS, TEAM_WASM, TEXT_PACK } from './names.mjs';

export const SOURCE = join(import.meta.dirname, '..', '..', 'src', 'web', 'service_worker.js');
const OUTPUT = 'sw.js';
// Not cached: the worker itself, the host page's script for embedding (it
// runs on other sites, never in the app's own pages), and `_headers`, the
// hosts' header file (secure.mjs), which hosts that read it do not serve.
const LEFT_OUT = new Set([OUTPUT, 'sis-embed.js', '_headers']);
// Nor the manifest's icons: no page of the app shows them; the browser
// fetches them itself to install the app, and an installed app keeps its own
// copies. Caching them cost every first visit 10.8 KiB (tests/bench/whole-visit.mjs).
const ICONS = 'icons/';
// Cached only when first fetched, not on install: the QR decoder, which
// only a facilitator scanning replies on a browser without BarcodeDetector
// needs, and the team app (its JavaScript and wasm), which only a
// facilitator's pages need. Precaching them would cost every first visit
// the decoder's 15 KiB brotli and the whole team app, more than the app
// itself (README, "Measuring"); cached on their first use, they work
// offline from then on. And the stylesheet's file, which only a browser
// without constructed stylesheets asks for (every other one applies the copy
// inside index.html, inline-css.mjs): precaching it cost every first visit
// 4.9 KiB brotli for nothing. And the share module, which seals a member's
// team reply and draws QR codes: only members of sealed sessions and people
// who show a QR code need it.
const STYLESHEET = /^main-[0-9a-f]+\.css$/;
// And the text packs: a visitor needs the pack of the language shown, which
// the app fetches; precaching every language cost every first visit the
// others' 20 KiB brotli. A language once shown works offline from then on;
// one never shown cannot be chosen offline (the app says so).
const ON_DEMAND = (name) =>
  QR_WASM.test(name) || SHARE_WASM.test(name) || TEAM_JS.test(name) || TEAM_WASM.test(name) || STYLESHEET.test(name) || TEXT_PACK.test(name);
const PLACEHOLDER = "const BUILD = { version: 'unbuilt', assets: [] };";

/** Every file below `dir`, as a path relative to `top` with forward slashes. */
function walk(dir, top = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, top) : [relative(top, path).split(sep).join('/')];
  });
}

/**
 * The text of sw.js, its version and the cached names, from `files` (the
 * build's files: relative path to bytes) and the worker's `source`. Fails
 * without index.html, or unless the source has the BUILD placeholder once.
 */
export function buildServiceWorker(files, source) {
  const names = [...files.keys()]
    .filter((name) => !LEFT_OUT.has(name) && !name.startsWith(ICONS) && !name.startsWith('.'))
    .sort();
  if (!names.includes('index.html')) throw new Error('service-worker: no index.html in the build');

  const hash = createHash('sha256');
  for (const name of names) {
    const body = files.get(name);
    // Name and length first, so no two different builds give the same stream.
    hash.update(`${name}\0${body.length}\0`).update(body);
  }
  const version = hash.digest('hex').slice(0, 16);
  // index.html is cached under the folder's own URL, which is what a visit
  // loads and what every static host serves.
  const assets = names.filter((name) => !ON_DEMAND(name)).map((name) => (name === 'index.html' ? './' : name));
  const onDemand = names.filter(ON_DEMAND);

  const found = source.split(PLACEHOLDER).length - 1;
  if (found !== 1) throw new Error(`service-worker: expected the BUILD placeholder once in ${SOURCE}, found it ${found} times`);
  const build = `const BUILD = ${JSON.stringify(onDemand.length ? { version, assets, onDemand } : { version, assets }, null, 2)};`;
  // The comments are for readers of the source: whole-line comments and
  // blank lines are dropped from the shipped file, behind a line that says
  // where the source is.
  const code = source
    .replace(PLACEHOLDER, () => build)
    .split('\n')
    .filter((line) => !/^\s*(\/\/.*)?$/.test(line))
    .join('\n');
  return { text: `// Sociale Innovatie Scan: the service worker, built from src/web/service_worker.js.\n${code}\n`, version, assets, onDemand };
}

/** Writes sw.js into the staging folder `dir`; returns its version and the cached names. */
export function serviceWorker(dir) {
  const files = new Map();
  for (const name of walk(dir)) {
    if (!LEFT_OUT.has(name) && !name.startsWith('.')) files.set(name, readFileSync(join(dir, name)));
  }
  const { text, version, assets, onDemand } = buildServiceWorker(files, readFileSync(SOURCE, 'utf8'));
  writeFileSync(join(dir, OUTPUT), text);
  console.log(`service-worker: ${OUTPUT} version ${version}, ${assets.length} files cached, ${onDemand.length} on first use`);
  return { version, assets };
}
