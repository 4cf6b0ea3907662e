// Tests of the post-build step .ci/post-build/secure.mjs: integrity on every
// link to a file of the build and on both apps' wasm, an import map with the
// modules' integrity, and the Content-Security-Policy with the hash of every
// inline script, in a meta element and in `_headers`.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loaderRetries, POLICY, secure, secureHtml } from '../../.ci/post-build/secure.mjs';
import { listing, read, stagingDir } from './support.mjs';

// The apps' stems as content-names.mjs leaves them; the app's hash here has a leading zero.
const APP = 'sis-app-0123456789abcdef';
const TEAM = 'sis-team-fedcba9876543210';
/** The build's files in the folder's order, cut down to a few bytes each. */
const FILES = new Map([
  ['main-4bd3b7ece0a0689a.css', Buffer.from('body{margin:0}')],
  ['manifest.webmanifest', Buffer.from('{}')],
  [`${APP}.js`, Buffer.from('export default 1')],
  [`${APP}_bg.wasm`, Buffer.from('\0asm app')],
  ['sis-embed.js', Buffer.from('embed')],
  [`${TEAM}.js`, Buffer.from('export default 3')],
  [`${TEAM}_bg.wasm`, Buffer.from('\0asm team')],
]);
/** The on-demand loader, Trunk's loader and the body's scripts as the steps before leave them, cut down. */
const LOADER = `const m={js:"${TEAM}.js",wasm:"${TEAM}_bg.wasm",wasmIntegrity:""},u=5;function h(e){return fetch(e.wasm,{integrity:e.wasmIntegrity}).then(n=>n.default({module_or_path:e}))}`;
const TRUNK_LOADER = `import t from"./${APP}.js";await t({module_or_path:"./${APP}_bg.wasm"});`;
const HTML = `<!doctype html><html lang=nl><meta charset=utf-8><title>Scan</title><link href=manifest.webmanifest rel=manifest>` +
  `<script type=module>${LOADER}</script><script type=module>${TRUNK_LOADER}</script>` +
  `<link crossorigin href="./${APP}.js" integrity=sha384-stale rel=modulepreload>` +
  `<link as=fetch crossorigin href=./${APP}_bg.wasm integrity=sha384-stale rel=preload type=application/wasm>` +
  `<link href=./icons/icon-192.png rel=icon></head><body><script>adopt("body{margin:0}")</script><template><p>Hallo</p></template><script>pre()</script></body></html>`;

const sri = (algorithm, bytes) => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
const of = (name) => sri('sha384', FILES.get(name));

test('loaderRetries reads MAX_RETRIES of the on-demand loader, and refuses a loader without one', () => {
  assert.equal(loaderRetries('const TEAM_APP = {};\nconst MAX_RETRIES = 5;\n'), 5);
  assert.ok(loaderRetries(readFileSync(new URL('../../src/web/loader.js', import.meta.url), 'utf8')) > 0);
  for (const source of ['const RETRIES = 5;', 'const MAX_RETRIES = 0;', 'let MAX_RETRIES = 5;']) {
    assert.throws(() => loaderRetries(source), { message: 'secure: MAX_RETRIES not found in src/web/loader.js' }, source);
  }
});

test('secureHtml adds integrity everywhere, the import map and the policy with every inline script\'s hash', () => {
  const { html, headers, links, modules, inline } = secureHtml(HTML, FILES, 2);
  // Trunk's loader imports the app once; the on-demand loader imports the team app, and again on a retry.
  const importMap = JSON.stringify({
    integrity: {
      [`./${APP}.js`]: of(`${APP}.js`),
      [`./${TEAM}.js`]: of(`${TEAM}.js`),
      [`./${TEAM}.js?attempt=1`]: of(`${TEAM}.js`),
      [`./${TEAM}.js?attempt=2`]: of(`${TEAM}.js`),
    },
  });
  const loader = LOADER.replace(`${TEAM}_bg.wasm",wasmIntegrity:""`, `${TEAM}_bg.wasm",wasmIntegrity:"${of(`${TEAM}_bg.wasm`)}"`);
  assert.ok(!loader.includes('Integrity:""'), 'every integrity of the loader is filled in');
  const trunkLoader = TRUNK_LOADER.replace(`module_or_path:"./${APP}_bg.wasm"`, `module_or_path:fetch("./${APP}_bg.wasm",{integrity:"${of(`${APP}_bg.wasm`)}"})`);
  const hashes = [loader, trunkLoader, 'adopt("body{margin:0}")', 'pre()', importMap].map((body) => `'${sri('sha256', body)}'`).join(' ');
  const policy = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hashes}; connect-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'`;
  assert.equal(
    html,
    `<!doctype html><html lang=nl><meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="${policy}"><script type="importmap">${importMap}</script><title>Scan</title><link href=manifest.webmanifest rel=manifest>` +
      // The on-demand loader passes the team app's compiled module on: that module_or_path is no URL and stays.
      `<script type=module>${loader}</script><script type=module>${trunkLoader}</script>` +
      // The module preload gets the integrity of the file as served; the fetch preload none (browsers ignore it there).
      `<link integrity="${of(`${APP}.js`)}" crossorigin href="./${APP}.js" rel=modulepreload>` +
      `<link as=fetch crossorigin href=./${APP}_bg.wasm rel=preload type=application/wasm>` +
      `<link href=./icons/icon-192.png rel=icon></head><body><script>adopt("body{margin:0}")</script><template><p>Hallo</p></template><script>pre()</script></body></html>`,
  );
  assert.equal(
    headers,
    `# HTTP headers for this build of the Sociale Innovatie Scan (see README, "Privacy and security").\n/*\n  Content-Security-Policy: ${policy}\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n` +
      `# Host pages load the embed script with its integrity, which needs CORS (README, "Embedding").\n/sis-embed.js\n  Access-Control-Allow-Origin: *\n`,
  );
  assert.deepEqual({ links, modules, inline }, { links: 1, modules: 4, inline: 5 });
  assert.deepEqual(POLICY.map(([name]) => name), ['default-src', 'script-src', 'connect-src', 'style-src', 'img-src', 'worker-src', 'manifest-src', 'base-uri', 'form-action']);
});

test('secureHtml refuses a build or page without a place or file that gets an integrity', () => {
  const without = (name) => new Map([...FILES].filter(([key]) => key !== name));
  // [what is wrong, index.html, files, message]
  const table = [
    ['no app wasm', HTML, without(`${APP}_bg.wasm`), 'secure: the wasm of sis-app must be in the build'],
    ['no team app wasm', HTML, without(`${TEAM}_bg.wasm`), 'secure: the wasm of sis-team must be in the build'],
    ['no app glue', HTML, without(`${APP}.js`), 'secure: the JavaScript of sis-app must be in the build'],
    ['no team app glue', HTML, without(`${TEAM}.js`), 'secure: the JavaScript of sis-team must be in the build'],
    ["Trunk's loader names another wasm", HTML.replace(`"./${APP}_bg.wasm"}`, '"./other_bg.wasm"}'), FILES, "secure: expected Trunk's wasm URL once in index.html, found it 0 times"],
    ["Trunk's loader names the app's wasm twice", HTML.replace('</script>', `await t({module_or_path:"./${APP}_bg.wasm"});</script>`), FILES, "secure: expected Trunk's wasm URL once in index.html, found it 2 times"],
    ["no team app's wasmIntegrity", HTML.replace(`${TEAM}_bg.wasm",wasmIntegrity:""`, `${TEAM}_bg.wasm"`), FILES, `secure: expected the wasmIntegrity of ${TEAM}_bg.wasm in the loader once in index.html, found it 0 times`],
    ['the loader does not name the team wasm', HTML.replace(`wasm:"${TEAM}_bg.wasm"`, 'wasm:"other_bg.wasm"'), FILES, `secure: expected the wasmIntegrity of ${TEAM}_bg.wasm in the loader once in index.html, found it 0 times`],
    // The team app's wasm in one object, a wasmIntegrity in the next: that integrity is not the team app's to fill in.
    ["the team wasm's object has no wasmIntegrity of its own", HTML.replace(`${TEAM}_bg.wasm",wasmIntegrity:""}`, `${TEAM}_bg.wasm"},o={wasmIntegrity:""}`), FILES, `secure: expected the wasmIntegrity of ${TEAM}_bg.wasm in the loader once in index.html, found it 0 times`],
    ['the team wasm named twice', HTML.replace('</script>', `const t={wasm:"${TEAM}_bg.wasm",wasmIntegrity:""};</script>`), FILES, `secure: expected the wasmIntegrity of ${TEAM}_bg.wasm in the loader once in index.html, found it 2 times`],
    ['no charset meta', HTML.replace('<meta charset=utf-8>', ''), FILES, 'secure: expected the charset meta once in index.html, found it 0 times'],
    ['an empty script', HTML.replace('<script>pre()</script>', '<script></script>'), FILES, 'secure: a script without inline text'],
  ];
  for (const [what, html, files, message] of table) {
    assert.throws(() => secureHtml(html, files, 2), { message }, what);
  }
});

test('secure writes index.html and _headers of the staging folder', () => {
  const dir = stagingDir({ 'index.html': HTML, ...Object.fromEntries(FILES), 'icons/icon-192.png': 'png' });
  secure(dir);
  const attempts = loaderRetries(readFileSync(new URL('../../src/web/loader.js', import.meta.url), 'utf8'));
  const expected = secureHtml(HTML, new Map([...FILES, ['index.html', Buffer.from(HTML)]]), attempts);
  assert.equal(read(dir, 'index.html'), expected.html);
  assert.equal(read(dir, '_headers'), expected.headers);
});

test('secure refuses a build without the app\'s or the team app\'s wasm, and changes nothing', () => {
  for (const [missing, bin] of [[`${APP}_bg.wasm`, 'sis-app'], [`${TEAM}_bg.wasm`, 'sis-team']]) {
    const files = { 'index.html': HTML, ...Object.fromEntries(FILES) };
    delete files[missing];
    const dir = stagingDir(files);
    assert.throws(() => secure(dir), { message: `secure: the wasm of ${bin} must be in the build` }, missing);
    assert.deepEqual(listing(dir), Object.keys(files).sort());
    assert.equal(read(dir, 'index.html'), HTML);
  }
});

test('secureHtml gives each wasm its own integrity, wherever the team app\'s object stands in a debug build\'s loader', () => {
  // The team app's object after the decoder's, with spaces and single quotes as in a debug build.
  const loader = "const QR_DECODER = { wasm: 'sis-qr.wasm', qrIntegrity: '' };" +
    `const TEAM_APP = { js: '${TEAM}.js', wasm: '${TEAM}_bg.wasm', wasmIntegrity: '' };const MAX_RETRIES = 5;`;
  const trunkLoader = `import init from './${APP}.js';const wasm = await init({ module_or_path: './${APP}_bg.wasm' });`;
  const { html } = secureHtml(HTML.replace(LOADER, loader).replace(TRUNK_LOADER, trunkLoader), FILES, 1);
  assert.ok(html.includes(`{ js: '${TEAM}.js', wasm: '${TEAM}_bg.wasm', wasmIntegrity: "${of(`${TEAM}_bg.wasm`)}" }`), html);
  assert.ok(html.includes(`init({ module_or_path:fetch("./${APP}_bg.wasm",{integrity:"${of(`${APP}_bg.wasm`)}"}) })`), html);
  // Without the decoder in the build, its integrity stays empty.
  assert.ok(html.includes("{ wasm: 'sis-qr.wasm', qrIntegrity: '' }"), html);
  assert.notEqual(of(`${TEAM}_bg.wasm`), of(`${APP}_bg.wasm`));
});
