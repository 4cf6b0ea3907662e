// Tests of the post-build step .ci/post-build/service-worker.mjs: sw.js is
// the worker's source with the build's files and a version (a hash over
// their names and contents) filled in, and without its comment lines.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildServiceWorker, serviceWorker, SOURCE } from '../../.ci/post-build/service-worker.mjs';
import { listing, read, stagingDir } from './support.mjs';

/** A stand-in for src/web/service_worker.js. */
const WORKER = `// The worker, a stand-in for src/web/service_worker.js.

// Filled in by the post-build step.
const BUILD = { version: 'unbuilt', assets: [] };
  // An indented comment.
self.addEventListener('fetch', () => {}); // A comment after code stays.
`;
/** A build: the files the worker caches (the page, the app, the manifest), and those it leaves out (the worker, the embed script, hosts' headers, the manifest's icons, dot files). */
const FILES = new Map([
  ['index.html', Buffer.from('<html>')],
  ['sis-app-1.js', Buffer.from('glue')],
  ['sis-app-1_bg.wasm', Buffer.from('\0asm app')],
  ['icons/icon-192.png', Buffer.from([0x89, 0x50])],
  ['manifest.webmanifest', Buffer.from('{}')],
  ['sw.js', Buffer.from('old worker')],
  ['sis-embed.js', Buffer.from('embed')],
  ['_headers', Buffer.from('/*')],
  ['.DS_Store', Buffer.from('x')],
]);

/** The version: 16 hex digits of a hash over each cached file's name, length and bytes, in name order. */
function version(files) {
  const hash = createHash('sha256');
  for (const name of ['index.html', 'manifest.webmanifest', 'sis-app-1.js', 'sis-app-1_bg.wasm']) {
    hash.update(`${name}\0${files.get(name).length}\0`).update(files.get(name));
  }
  return hash.digest('hex').slice(0, 16);
}

test('buildServiceWorker fills in the cached files and the version, and drops comment and blank lines', () => {
  const result = buildServiceWorker(FILES, WORKER);
  // The app is precached, its wasm included: without it, a visit offline shows nothing.
  const assets = ['./', 'manifest.webmanifest', 'sis-app-1.js', 'sis-app-1_bg.wasm'];
  assert.deepEqual(result.assets, assets);
  assert.equal(result.version, version(FILES));
  assert.equal(
    result.text,
    '// Sociale Innovatie Scan: the service worker, built from src/web/service_worker.js.\n' +
      `const BUILD = {\n  "version": "${version(FILES)}",\n  "assets": [\n    "./",\n    "manifest.webmanifest",\n    "sis-app-1.js",\n    "sis-app-1_bg.wasm"\n  ]\n};\n` +
      "self.addEventListener('fetch', () => {}); // A comment after code stays.\n",
  );
});

test('buildServiceWorker gives a new version for any change to a cached file, and only then', () => {
  const base = buildServiceWorker(FILES, WORKER).version;
  const rename = (files, from, to) => files.set(to, files.get(from)).delete(from);
  // [change, how to make it, whether the version changes]
  const table = [
    ['index.html changed', (files) => files.set('index.html', Buffer.from('<html lang=en>')), true],
    ['an icon changed (icons are not cached)', (files) => files.set('icons/icon-192.png', Buffer.from([0x89, 0x51])), false],
    ['a file renamed', (files) => rename(files, 'sis-app-1.js', 'sis-app-2.js'), true],
    ["the app's wasm changed", (files) => files.set('sis-app-1_bg.wasm', Buffer.from('\0asm app 2')), true],
    ['the embed script changed', (files) => files.set('sis-embed.js', Buffer.from('new embed')), false],
    ['sw.js changed', (files) => files.set('sw.js', Buffer.from('newer worker')), false],
    ['_headers changed', (files) => files.set('_headers', Buffer.from('/* changed')), false],
  ];
  for (const [what, change, changes] of table) {
    const files = new Map(FILES);
    change(files);
    assert.equal(buildServiceWorker(files, WORKER).version !== base, changes, what);
  }
});

test('buildServiceWorker refuses a build without index.html, or a source without the placeholder once', () => {
  const noIndex = new Map(FILES);
  noIndex.delete('index.html');
  assert.throws(() => buildServiceWorker(noIndex, WORKER), { message: 'service-worker: no index.html in the build' });
  const placeholder = "const BUILD = { version: 'unbuilt', assets: [] };";
  for (const [source, found] of [[WORKER.replace(placeholder, 'const BUILD = {};'), 0], [WORKER + placeholder, 2]]) {
    assert.throws(() => buildServiceWorker(FILES, source), { message: `service-worker: expected the BUILD placeholder once in ${SOURCE}, found it ${found} times` });
  }
});

test('serviceWorker writes sw.js into the staging folder, the same again on its own output', () => {
  const dir = stagingDir(Object.fromEntries(FILES));
  const { version: written, assets } = serviceWorker(dir);
  const expected = buildServiceWorker(FILES, readFileSync(SOURCE, 'utf8'));
  assert.deepEqual({ version: written, assets }, { version: expected.version, assets: expected.assets });
  assert.equal(read(dir, 'sw.js'), expected.text);
  serviceWorker(dir);
  assert.equal(read(dir, 'sw.js'), expected.text);
});

test('serviceWorker refuses a build without index.html, and writes nothing', () => {
  const files = Object.fromEntries(FILES);
  delete files['index.html'];
  delete files['sw.js'];
  const dir = stagingDir(files);
  assert.throws(() => serviceWorker(dir), { message: 'service-worker: no index.html in the build' });
  assert.deepEqual(listing(dir), Object.keys(files).filter((name) => !name.includes('/')).concat('icons').sort());
});

test('buildServiceWorker lists the team app\'s files as cached on first use, not on install, and hashes them into the version', () => {
  const team = 'sis-team-fedcba9876543210';
  const files = new Map([...FILES, [`${team}.js`, Buffer.from('team glue')], [`${team}_bg.wasm`, Buffer.from('\0asm team')]]);
  const built = buildServiceWorker(files, WORKER);
  // Precached as before: the team app adds nothing to a first visit.
  assert.deepEqual(built.assets, ['./', 'manifest.webmanifest', 'sis-app-1.js', 'sis-app-1_bg.wasm']);
  assert.deepEqual(built.onDemand, [`${team}.js`, `${team}_bg.wasm`]);
  assert.match(built.text, new RegExp(`"onDemand": \\[\\n    "${team}\\.js",\\n    "${team}_bg\\.wasm"\\n  \\]`));
  assert.notEqual(built.version, version(FILES), 'the team app is part of the release');
  for (const name of [`${team}.js`, `${team}_bg.wasm`]) {
    const changed = new Map(files).set(name, Buffer.from('changed'));
    assert.notEqual(buildServiceWorker(changed, WORKER).version, built.version, name);
  }
  // Only the team app's content-named files are on demand: a plain or
  // other file of that prefix, or the app's files under a name of the same
  // shape, are precached like any other.
  const app = 'sis-app-fedcba9876543210';
  const other = new Map([...FILES, ['sis-team.js', Buffer.from('plain')], [`${team}.css`, Buffer.from('p{}')], [`${app}.js`, Buffer.from('glue')], [`${app}_bg.wasm`, Buffer.from('\0asm app')]]);
  assert.deepEqual(buildServiceWorker(other, WORKER).onDemand, []);
  assert.deepEqual(buildServiceWorker(other, WORKER).assets, ['./', 'manifest.webmanifest', 'sis-app-1.js', 'sis-app-1_bg.wasm', `${app}.js`, `${app}_bg.wasm`, `${team}.css`, 'sis-team.js']);
});

test('buildServiceWorker lists the stylesheet file as cached on first use: only a browser without constructed stylesheets fetches it', () => {
  const sheet = 'main-0123456789abcdef.css';
  const built = buildServiceWorker(new Map([...FILES, [sheet, Buffer.from('p{}')]]), WORKER);
  assert.deepEqual(built.assets, ['./', 'manifest.webmanifest', 'sis-app-1.js', 'sis-app-1_bg.wasm']);
  assert.deepEqual(built.onDemand, [sheet]);
  // Another stylesheet is not the page's: precached as any other file.
  const other = buildServiceWorker(new Map([...FILES, ['print.css', Buffer.from('p{}')]]), WORKER);
  assert.deepEqual(other.onDemand, []);
  assert.ok(other.assets.includes('print.css'));
});
