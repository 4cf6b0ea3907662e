// Tests of the post-build step .ci/post-build/secure.mjs: integrity on every
// link to a file of the build and on the three apps' wasm and the full app's
// stylesheet, an import map with the modules' integrity, and the
// Content-Security-Policy with the hash of every inline script, in a meta
// element and in `_headers`.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loaderRetries, POLICY, secure, secureHtml } from '../../.ci/post-build/secure.mjs';
import { listing, read, stagingDir } from './support.mjs';

const FIRST = 'sis-first-97e165d4cdaa554d';
const FULL = 'sis-app-0123456789abcdef';
const TEAM = 'sis-team-fedcba9876543210';
/** The build's files in the folder's order, cut down to a few bytes each. */
const FILES = new Map([
  ['main-4bd3b7ece0a0689a.css', Buffer.from('body{margin:0}')],
  ['manifest.webmanifest', Buffer.from('{}')],
  [`${FULL}.css`, Buffer.from('p{margin:0}')],
  [`${FULL}.js`, Buffer.from('export default 1')],
  [`${FULL}_bg.wasm`, Buffer.from('\0asm full')],
  ['sis-embed.js', Buffer.from('embed')],
  [`${FIRST}.js`, Buffer.from('export default 2')],
  [`${FIRST}_bg.wasm`, Buffer.from('\0asm first')],
  [`${TEAM}.js`, Buffer.from('export default 3')],
  [`${TEAM}_bg.wasm`, Buffer.from('\0asm team')],
]);
/** The on-demand loader, Trunk's loader and the body's scripts as the steps before leave them, cut down. */
const FULL_LOADER = `const s={js:"${FULL}.js",wasm:"${FULL}_bg.wasm",css:"${FULL}.css",wasmIntegrity:"",cssIntegrity:""},m={js:"${TEAM}.js",wasm:"${TEAM}_bg.wasm",wasmIntegrity:""};`;
const TRUNK_LOADER = `import t from"./${FIRST}.js";await t({module_or_path:"./${FIRST}_bg.wasm"});`;
const HTML = `<!doctype html><html lang=nl><meta charset=utf-8><title>Scan</title><link href=manifest.webmanifest rel=manifest>` +
  `<script type=module>${FULL_LOADER}</script><script type=module>${TRUNK_LOADER}</script>` +
  `<link crossorigin href="./${FIRST}.js" integrity=sha384-stale rel=modulepreload>` +
  `<link as=fetch crossorigin href=./${FIRST}_bg.wasm integrity=sha384-stale rel=preload type=application/wasm>` +
  `<link href=./icons/icon-192.png rel=icon></head><body><script>adopt("body{margin:0}")</script><template><p>Hallo</p></template><script>pre()</script></body></html>`;

const sri = (algorithm, bytes) => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
const of = (name) => sri('sha384', FILES.get(name));

test('loaderRetries reads MAX_RETRIES of the full app\'s loader, and refuses a loader without one', () => {
  assert.equal(loaderRetries('const FULL_APP = {};\nconst MAX_RETRIES = 5;\n'), 5);
  assert.ok(loaderRetries(readFileSync(new URL('../../src/web/full_loader.js', import.meta.url), 'utf8')) > 0);
  for (const source of ['const RETRIES = 5;', 'const MAX_RETRIES = 0;', 'let MAX_RETRIES = 5;']) {
    assert.throws(() => loaderRetries(source), { message: 'secure: MAX_RETRIES not found in src/web/full_loader.js' }, source);
  }
});

test('secureHtml adds integrity everywhere, the import map and the policy with every inline script\'s hash', () => {
  const { html, headers, links, modules, inline } = secureHtml(HTML, FILES, 2);
  const importMap = JSON.stringify({
    integrity: {
      [`./${FIRST}.js`]: of(`${FIRST}.js`),
      [`./${FULL}.js`]: of(`${FULL}.js`),
      [`./${FULL}.js?attempt=1`]: of(`${FULL}.js`),
      [`./${FULL}.js?attempt=2`]: of(`${FULL}.js`),
      [`./${TEAM}.js`]: of(`${TEAM}.js`),
      [`./${TEAM}.js?attempt=1`]: of(`${TEAM}.js`),
      [`./${TEAM}.js?attempt=2`]: of(`${TEAM}.js`),
    },
  });
  const fullLoader = FULL_LOADER
    .replace(`_bg.wasm",css:"${FULL}.css",wasmIntegrity:""`, `_bg.wasm",css:"${FULL}.css",wasmIntegrity:"${of(`${FULL}_bg.wasm`)}"`)
    .replace('cssIntegrity:""', `cssIntegrity:"${of(`${FULL}.css`)}"`)
    .replace(`${TEAM}_bg.wasm",wasmIntegrity:""`, `${TEAM}_bg.wasm",wasmIntegrity:"${of(`${TEAM}_bg.wasm`)}"`);
  assert.ok(!fullLoader.includes('Integrity:""'), 'every integrity of the loader is filled in');
  const trunkLoader = TRUNK_LOADER.replace(`module_or_path:"./${FIRST}_bg.wasm"`, `module_or_path:fetch("./${FIRST}_bg.wasm",{integrity:"${of(`${FIRST}_bg.wasm`)}"})`);
  const hashes = [fullLoader, trunkLoader, 'adopt("body{margin:0}")', 'pre()', importMap].map((body) => `'${sri('sha256', body)}'`).join(' ');
  const policy = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hashes}; connect-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'`;
  assert.equal(
    html,
    `<!doctype html><html lang=nl><meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="${policy}"><script type="importmap">${importMap}</script><title>Scan</title><link href=manifest.webmanifest rel=manifest>` +
      `<script type=module>${fullLoader}</script><script type=module>${trunkLoader}</script>` +
      // The module preload gets the integrity of the file as served; the fetch preload none (browsers ignore it there).
      `<link integrity="${of(`${FIRST}.js`)}" crossorigin href="./${FIRST}.js" rel=modulepreload>` +
      `<link as=fetch crossorigin href=./${FIRST}_bg.wasm rel=preload type=application/wasm>` +
      `<link href=./icons/icon-192.png rel=icon></head><body><script>adopt("body{margin:0}")</script><template><p>Hallo</p></template><script>pre()</script></body></html>`,
  );
  assert.equal(
    headers,
    `# HTTP headers for this build of the Sociale Innovatie Scan (see README, "Privacy and security").\n/*\n  Content-Security-Policy: ${policy}\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n` +
      `# Host pages load the embed script with its integrity, which needs CORS (README, "Embedding").\n/sis-embed.js\n  Access-Control-Allow-Origin: *\n`,
  );
  assert.deepEqual({ links, modules, inline }, { links: 1, modules: 7, inline: 5 });
  assert.deepEqual(POLICY.map(([name]) => name), ['default-src', 'script-src', 'connect-src', 'style-src', 'img-src', 'worker-src', 'manifest-src', 'base-uri', 'form-action']);
});

test('secureHtml refuses a build or page without a place or file that gets an integrity', () => {
  const without = (name) => new Map([...FILES].filter(([key]) => key !== name));
  // [what is wrong, index.html, files, message]
  const table = [
    ['no first-load wasm', HTML, without(`${FIRST}_bg.wasm`), 'secure: the wasm of sis-first must be in the build'],
    ['no full app wasm', HTML, without(`${FULL}_bg.wasm`), 'secure: the wasm of sis-app must be in the build'],
    ['no team app wasm', HTML, without(`${TEAM}_bg.wasm`), 'secure: the wasm of sis-team must be in the build'],
    ["no full app's stylesheet", HTML, without(`${FULL}.css`), "secure: the full app's stylesheet must be in the build"],
    ['no full app glue', HTML, without(`${FULL}.js`), 'secure: the JavaScript of sis-app must be in the build'],
    ['no first-load glue', HTML, without(`${FIRST}.js`), 'secure: the JavaScript of sis-first must be in the build'],
    ['no team app glue', HTML, without(`${TEAM}.js`), 'secure: the JavaScript of sis-team must be in the build'],
    ["Trunk's loader names another wasm", HTML.replace(`"./${FIRST}_bg.wasm"}`, '"./other_bg.wasm"}'), FILES, "secure: expected Trunk's wasm URL once in index.html, found it 0 times"],
    ["no full app's wasmIntegrity", HTML.replace('css:"sis-app-0123456789abcdef.css",wasmIntegrity:"",', 'css:"sis-app-0123456789abcdef.css",'), FILES, `secure: expected the wasmIntegrity of ${FULL}_bg.wasm in the loader once in index.html, found it 0 times`],
    ["no team app's wasmIntegrity", HTML.replace(`${TEAM}_bg.wasm",wasmIntegrity:""`, `${TEAM}_bg.wasm"`), FILES, `secure: expected the wasmIntegrity of ${TEAM}_bg.wasm in the loader once in index.html, found it 0 times`],
    // The team app's wasm named in the full app's object: its integrity has no place of its own.
    ['the loader does not name the team wasm', HTML.replace(`wasm:"${TEAM}_bg.wasm"`, 'wasm:"other_bg.wasm"'), FILES, `secure: expected the wasmIntegrity of ${TEAM}_bg.wasm in the loader once in index.html, found it 0 times`],
    ['the team wasm named twice', HTML.replace('</script>', `const t={wasm:"${TEAM}_bg.wasm",wasmIntegrity:""};</script>`), FILES, `secure: expected the wasmIntegrity of ${TEAM}_bg.wasm in the loader once in index.html, found it 2 times`],
    ['cssIntegrity twice', HTML.replace('cssIntegrity:""', 'cssIntegrity:"",cssIntegrity:""'), FILES, "secure: expected the full app loader's cssIntegrity once in index.html, found it 2 times"],
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
  const attempts = loaderRetries(readFileSync(new URL('../../src/web/full_loader.js', import.meta.url), 'utf8'));
  const expected = secureHtml(HTML, new Map([...FILES, ['index.html', Buffer.from(HTML)]]), attempts);
  assert.equal(read(dir, 'index.html'), expected.html);
  assert.equal(read(dir, '_headers'), expected.headers);
});

test('secure refuses a build without the full app\'s or the team app\'s wasm, and changes nothing', () => {
  for (const [missing, bin] of [[`${FULL}_bg.wasm`, 'sis-app'], [`${TEAM}_bg.wasm`, 'sis-team']]) {
    const files = { 'index.html': HTML, ...Object.fromEntries(FILES) };
    delete files[missing];
    const dir = stagingDir(files);
    assert.throws(() => secure(dir), { message: `secure: the wasm of ${bin} must be in the build` }, missing);
    assert.deepEqual(listing(dir), Object.keys(files).sort());
    assert.equal(read(dir, 'index.html'), HTML);
  }
});

test('secureHtml gives each on-demand app\'s wasm its own integrity, wherever its object stands in the loader', () => {
  // The team app's object first, with spaces and single quotes as in a debug build.
  const loader = `const TEAM_APP = { js: '${TEAM}.js', wasm: '${TEAM}_bg.wasm', wasmIntegrity: '' };` +
    `const FULL_APP = { js: '${FULL}.js', wasm: '${FULL}_bg.wasm', css: '${FULL}.css', wasmIntegrity: '', cssIntegrity: '' };`;
  const { html } = secureHtml(HTML.replace(FULL_LOADER, loader), FILES, 1);
  assert.ok(html.includes(`{ js: '${TEAM}.js', wasm: '${TEAM}_bg.wasm', wasmIntegrity: "${of(`${TEAM}_bg.wasm`)}" }`), html);
  assert.ok(html.includes(`{ js: '${FULL}.js', wasm: '${FULL}_bg.wasm', css: '${FULL}.css', wasmIntegrity: "${of(`${FULL}_bg.wasm`)}", cssIntegrity:"${of(`${FULL}.css`)}" }`), html);
  assert.notEqual(of(`${TEAM}_bg.wasm`), of(`${FULL}_bg.wasm`));
});
