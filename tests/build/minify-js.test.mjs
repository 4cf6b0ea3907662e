// Tests of the post-build step .ci/post-build/minify-js.mjs: esbuild
// minifies wasm-bindgen's glue of the two apps (whose `export { … as
// default }` Trunk's minifier refuses) and the inline module scripts of
// index.html, and leaves every stylesheet to Trunk.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyInlineModules, minifyJs, minifyModule } from '../../.ci/post-build/minify-js.mjs';
import { fixture, listing, read, stagingDir } from './support.mjs';

const HTML = fixture('trunk-index.html');

/** The end of wasm-bindgen's glue, cut down. */
const GLUE = `/*! A legal comment, which goes too. */
let wasm;
/** Starts. */
function __wbg_init(module) {
    wasm = module;
    return wasm;
}
function initSync(module) {
    return __wbg_init(module);
}
export { initSync, __wbg_init as default };
`;
const GLUE_MINIFIED = 'let t;function i(n){return t=n,t}function e(n){return i(n)}export{i as default,e as initSync};\n';

/** A stylesheet as written, which the step does not minify (Trunk minifies main.css itself). */
const CSS = '/* Views of the app. */\n.result  {\n  margin: 0px 0 0 0;\n  color: #ffffff;\n}\n';

/** The two inline module scripts of the fixture, minified: the on-demand loader and Trunk's loader of the app. */
const LOADER = 'const n={js:"sis-team.js",wasm:"sis-team_bg.wasm",wasmIntegrity:""},i=5,s={wasm:"sis-qr.wasm",qrIntegrity:""};function o(e,t){if(t>i)return Promise.reject(new Error("reload the page"));const r=a=>new URL(a,document.baseURI).href;return Promise.all([t?import(`${r(e.js)}?attempt=${t}`):import(r(e.js)),fetch(r(e.wasm),{integrity:e.wasmIntegrity})])}addEventListener("TrunkApplicationStarted",()=>{try{self===top&&navigator.serviceWorker.register("sw.js").catch(()=>{})}catch{}},{once:!0}),globalThis.sisFull={qrDecoder:()=>fetch(new URL(s.wasm,document.baseURI).href,{integrity:s.qrIntegrity}),startTeam:e=>o(n,e)};';
const TRUNK_LOADER = 'import i,*as a from"./sis-app-7e165d4cdaa554d.js";const t=await i({module_or_path:"./sis-app-7e165d4cdaa554d_bg.wasm"});window.wasmBindings=a,dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm:t}}));';
/** The app's glue as Trunk names it (a hash without leading zeros, 15 digits here), and the team app's as hash-team-app names it. */
const APP_JS = 'sis-app-7e165d4cdaa554d.js';
const TEAM_JS = 'sis-team-fedcba9876543210.js';

test('minifyModule minifies the glue, `export { … as default }` included', () => {
  assert.equal(minifyModule(GLUE), GLUE_MINIFIED);
});

test('minifyInlineModules minifies every inline module script and nothing else', () => {
  const { html, scripts, before, after } = minifyInlineModules(HTML);
  const bodies = [...HTML.matchAll(/<script type=module>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  let expected = HTML;
  for (const [body, minified] of [[bodies[0], LOADER], [bodies[1], TRUNK_LOADER]]) expected = expected.replace(body, () => minified);
  assert.equal(html, expected);
  assert.equal(scripts, 2);
  assert.equal(before, bodies[0].length + bodies[1].length);
  assert.equal(after, LOADER.length + TRUNK_LOADER.length);
  // Quoted attributes (a page Trunk did not minify) are found as well.
  assert.equal(minifyInlineModules('<script type="module">let a = 1;\nexport { a };</script>').html, '<script type="module">let e=1;export{e as a};</script>');
});

test('minifyInlineModules refuses a page without an inline module script', () => {
  for (const html of ['<html><body></body></html>', '<script>classic();</script><script type=module src=./a.js></script>']) {
    assert.throws(() => minifyInlineModules(html), { message: 'minify-js: no inline module script in index.html' }, html);
  }
});

test('minifyJs minifies the glue of both apps and the page in the staging folder, and no stylesheet', () => {
  const dir = stagingDir({
    'index.html': HTML,
    [APP_JS]: GLUE,
    [TEAM_JS]: GLUE,
    'main-4bd3b7ece0a0689a.css': CSS,
    'sis-embed.js': GLUE,
  });
  minifyJs(dir);
  assert.equal(read(dir, APP_JS), GLUE_MINIFIED);
  assert.equal(read(dir, TEAM_JS), GLUE_MINIFIED);
  assert.equal(read(dir, 'index.html'), minifyInlineModules(HTML).html);
  // Trunk minifies main.css itself; the embed script is shipped as written.
  assert.equal(read(dir, 'main-4bd3b7ece0a0689a.css'), CSS);
  assert.equal(read(dir, 'sis-embed.js'), GLUE);
});

test('minifyJs refuses a build without the glue of every app, or with two of one, and changes nothing', () => {
  const complete = {
    'index.html': HTML,
    [APP_JS]: GLUE,
    [TEAM_JS]: GLUE,
  };
  // The folder's files as the message lists them.
  const among = (...names) => names.sort().join(', ');
  // [file left out or added, message]
  const table = [
    [{ [APP_JS]: null }, `minify-js: expected the glue of sis-app, found none among ${among('index.html', TEAM_JS)}`],
    [{ [TEAM_JS]: null }, `minify-js: expected the glue of sis-team, found none among ${among('index.html', APP_JS)}`],
    // The app's glue under a plain name, as Trunk writes a data-type="worker" app: not the page's app.
    [{ [APP_JS]: null, 'sis-app.js': GLUE }, `minify-js: expected the glue of sis-app, found none among ${among('index.html', 'sis-app.js', TEAM_JS)}`],
    // Two builds of the app, their hashes of different lengths.
    [{ 'sis-app-0123456789abcdef.js': GLUE }, `minify-js: expected the glue of sis-app, found sis-app-0123456789abcdef.js, ${APP_JS} among ${among('index.html', 'sis-app-0123456789abcdef.js', APP_JS, TEAM_JS)}`],
    [{ 'sis-team-0123456789abcdef.js': GLUE }, `minify-js: expected the glue of sis-team, found sis-team-0123456789abcdef.js, ${TEAM_JS} among ${among('index.html', APP_JS, 'sis-team-0123456789abcdef.js', TEAM_JS)}`],
  ];
  for (const [change, message] of table) {
    const files = { ...complete, ...change };
    for (const [name, content] of Object.entries(change)) if (content === null) delete files[name];
    const dir = stagingDir(files);
    assert.throws(() => minifyJs(dir), { message }, Object.keys(change).join(', '));
    assert.deepEqual(listing(dir), Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) assert.equal(read(dir, name), content, name);
  }
});
