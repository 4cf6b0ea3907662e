// Tests of the post-build step .ci/post-build/hash-full-app.mjs: the full
// app's files get content-hashed names, written into the loader in
// index.html (whose comment lines go), and into the glue's default URL.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { fullAppNames, hashFullApp, nameFullApp, PLAIN } from '../../.ci/post-build/hash-full-app.mjs';
import { fixture, listing, read, stagingDir } from './support.mjs';

const HTML = fixture('trunk-index.html');
const GLUE = 'r===void 0&&(r=new URL("sis-app_bg.wasm",import.meta.url));const e=R();export{Y as default};';
const NAMES = { js: 'sis-app-0123456789abcdef.js', wasm: 'sis-app-0123456789abcdef_bg.wasm', css: 'sis-app-0123456789abcdef.css' };

/** The loader of the fixture as the step leaves it: new names, no comment or blank lines. */
const LOADER = `const FULL_APP = { js: 'sis-app-0123456789abcdef.js', wasm: 'sis-app-0123456789abcdef_bg.wasm', css: 'sis-app-0123456789abcdef.css', wasmIntegrity: '', cssIntegrity: '' };
const MAX_RETRIES = 5;
function load(attempts) {
  const url = (name) => new URL(name, document.baseURI).href;
  return Promise.all([
    import(attempts ? \`\${url(FULL_APP.js)}?attempt=\${attempts}\` : url(FULL_APP.js)),
    fetch(url(FULL_APP.wasm), { integrity: FULL_APP.wasmIntegrity }),
    fetch(url(FULL_APP.css), { integrity: FULL_APP.cssIntegrity }),
  ]);
}
globalThis.sisFull = { load };`;

test('fullAppNames names the three files by one hash of their contents', () => {
  const js = Buffer.from('glue');
  const wasm = Buffer.from([0, 0x61, 0x73, 0x6d]);
  const css = Buffer.from('p{margin:0}');
  const hash = createHash('sha256').update(Buffer.concat([js, wasm, css])).digest('hex').slice(0, 16);
  assert.deepEqual(fullAppNames(js, wasm, css), { js: `sis-app-${hash}.js`, wasm: `sis-app-${hash}_bg.wasm`, css: `sis-app-${hash}.css` });
  // A change to any one of the files changes every name.
  for (const changed of [[Buffer.from('glue2'), wasm, css], [js, Buffer.from([0]), css], [js, wasm, Buffer.from('p{}')]]) {
    assert.notEqual(fullAppNames(...changed).js, `sis-app-${hash}.js`);
  }
});

test('nameFullApp writes the names into the loader and the glue, and drops the loader\'s comments', () => {
  const { html, glue } = nameFullApp(HTML, GLUE, NAMES);
  const start = HTML.indexOf('<script type=module>') + '<script type=module>'.length;
  const end = HTML.indexOf('</script>', start);
  assert.equal(html, HTML.slice(0, start) + LOADER + HTML.slice(end));
  assert.equal(glue, GLUE.replace('sis-app_bg.wasm', NAMES.wasm));
  // Trunk's own loader and everything else are as they were.
  assert.ok(html.includes("import init, * as bindings from './sis-first-97e165d4cdaa554d.js';"));
});

test('nameFullApp refuses a page whose loader does not name each file exactly once', () => {
  // [what is wrong, index.html, message]
  const table = [
    ['the wasm is not named', HTML.replace("'sis-app_bg.wasm'", "'other.wasm'"), 'hash-full-app: expected "sis-app_bg.wasm" once in index.html\'s loader, found it 0 times'],
    ['the glue is named twice', HTML.replace('const MAX_RETRIES', "const AGAIN = 'sis-app.js';\nconst MAX_RETRIES"), 'hash-full-app: expected "sis-app.js" once in index.html\'s loader, found it 2 times'],
    ['the stylesheet is not named', HTML.replace("css: 'full.css'", 'css: FULL_CSS'), 'hash-full-app: expected "full.css" once in index.html\'s loader, found it 0 times'],
    ['the loader is not a module script', HTML.replace('<script type=module>// Fetches', '<script>// Fetches'), 'hash-full-app: no inline module script with FULL_APP in index.html'],
  ];
  for (const [what, html, message] of table) {
    assert.throws(() => nameFullApp(html, GLUE, NAMES), { message }, what);
  }
});

test('hashFullApp renames the files in the staging folder and writes index.html', () => {
  const dir = stagingDir({ 'index.html': HTML, [PLAIN.js]: GLUE, [PLAIN.wasm]: 'wasm', [PLAIN.css]: 'p{}', 'sis-embed.js': 'embed' });
  const names = hashFullApp(dir);
  assert.deepEqual(names, fullAppNames(Buffer.from(GLUE), Buffer.from('wasm'), Buffer.from('p{}')));
  assert.deepEqual(listing(dir), ['index.html', names.css, names.js, names.wasm, 'sis-embed.js'].sort());
  assert.equal(read(dir, names.js), GLUE.replace('sis-app_bg.wasm', names.wasm));
  assert.equal(read(dir, names.wasm), 'wasm');
  assert.equal(read(dir, 'index.html'), nameFullApp(HTML, GLUE, names).html);
});

test('hashFullApp refuses a build without one of the full app\'s files, and changes nothing', () => {
  for (const missing of [PLAIN.js, PLAIN.wasm, PLAIN.css, 'index.html']) {
    const files = { 'index.html': HTML, [PLAIN.js]: GLUE, [PLAIN.wasm]: 'wasm', [PLAIN.css]: 'p{}' };
    delete files[missing];
    const dir = stagingDir(files);
    assert.throws(() => hashFullApp(dir), { message: `hash-full-app: ${missing} is not in the build` });
    assert.deepEqual(listing(dir), Object.keys(files).sort());
  }
});
