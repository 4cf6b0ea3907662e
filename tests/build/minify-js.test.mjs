// Tests of the post-build step .ci/post-build/minify-js.mjs: esbuild
// minifies wasm-bindgen's glue of the three apps (whose `export { … as
// default }` Trunk's minifier refuses), the inline module scripts of
// index.html and the full app's stylesheet.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyInlineModules, minifyJs, minifyModule, minifyStylesheet } from '../../.ci/post-build/minify-js.mjs';
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

const CSS = '/* Views of the full app. */\n.result  {\n  margin: 0px 0 0 0;\n  color: #ffffff;\n}\n';
const CSS_MINIFIED = '.result{margin:0;color:#fff}\n';

/** The two inline module scripts of the fixture, minified. */
const FULL_LOADER = 'const c={js:"sis-app.js",wasm:"sis-app_bg.wasm",css:"full.css",wasmIntegrity:"",cssIntegrity:""},m={js:"sis-team.js",wasm:"sis-team_bg.wasm",wasmIntegrity:""},e=5;function n(s,a){const t=r=>new URL(r,document.baseURI).href;return Promise.all([a?import(`${t(s.js)}?attempt=${a}`):import(t(s.js)),fetch(t(s.wasm),{integrity:s.wasmIntegrity}),s.css&&fetch(t(s.css),{integrity:s.cssIntegrity})])}globalThis.sisFull={start:s=>n(c,s),startTeam:s=>n(m,s)};';
const TRUNK_LOADER = 'import t,*as i from"./sis-first-97e165d4cdaa554d.js";const a=await t({module_or_path:"./sis-first-97e165d4cdaa554d_bg.wasm"});window.wasmBindings=i,dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm:a}}));';

test('minifyModule minifies the glue, `export { … as default }` included', () => {
  assert.equal(minifyModule(GLUE), GLUE_MINIFIED);
});

test('minifyStylesheet minifies a stylesheet', () => {
  assert.equal(minifyStylesheet(CSS), CSS_MINIFIED);
});

test('minifyInlineModules minifies every inline module script and nothing else', () => {
  const { html, scripts, before, after } = minifyInlineModules(HTML);
  const bodies = [...HTML.matchAll(/<script type=module>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  let expected = HTML;
  for (const [body, minified] of [[bodies[0], FULL_LOADER], [bodies[1], TRUNK_LOADER]]) expected = expected.replace(body, () => minified);
  assert.equal(html, expected);
  assert.equal(scripts, 2);
  assert.equal(before, bodies[0].length + bodies[1].length);
  assert.equal(after, FULL_LOADER.length + TRUNK_LOADER.length);
  // Quoted attributes (a page Trunk did not minify) are found as well.
  assert.equal(minifyInlineModules('<script type="module">let a = 1;\nexport { a };</script>').html, '<script type="module">let e=1;export{e as a};</script>');
});

test('minifyInlineModules refuses a page without an inline module script', () => {
  for (const html of ['<html><body></body></html>', '<script>classic();</script><script type=module src=./a.js></script>']) {
    assert.throws(() => minifyInlineModules(html), { message: 'minify-js: no inline module script in index.html' }, html);
  }
});

test('minifyJs minifies the glue of every app, the page and the full app\'s stylesheet in the staging folder', () => {
  const dir = stagingDir({
    'index.html': HTML,
    'sis-first-97e165d4cdaa554d.js': GLUE,
    'sis-app-0123456789abcdef.js': GLUE,
    'sis-app-0123456789abcdef.css': CSS,
    'sis-team-fedcba9876543210.js': GLUE,
    'main-4bd3b7ece0a0689a.css': CSS,
    'sis-embed.js': GLUE,
  });
  minifyJs(dir);
  assert.equal(read(dir, 'sis-first-97e165d4cdaa554d.js'), GLUE_MINIFIED);
  assert.equal(read(dir, 'sis-app-0123456789abcdef.js'), GLUE_MINIFIED);
  assert.equal(read(dir, 'sis-team-fedcba9876543210.js'), GLUE_MINIFIED);
  assert.equal(read(dir, 'sis-app-0123456789abcdef.css'), CSS_MINIFIED);
  assert.equal(read(dir, 'index.html'), minifyInlineModules(HTML).html);
  // Trunk minifies main.css itself; the embed script is shipped as written.
  assert.equal(read(dir, 'main-4bd3b7ece0a0689a.css'), CSS);
  assert.equal(read(dir, 'sis-embed.js'), GLUE);
});

test('minifyJs refuses a build without the glue of every app, with two of one, or without the full app\'s stylesheet, and changes nothing', () => {
  const complete = {
    'index.html': HTML,
    'sis-first-97e165d4cdaa554d.js': GLUE,
    'sis-app-0123456789abcdef.js': GLUE,
    'sis-app-0123456789abcdef.css': CSS,
    'sis-team-fedcba9876543210.js': GLUE,
  };
  const among = (...left) => Object.keys(complete).filter((name) => !left.includes(name)).sort().join(', ');
  // [file left out or added, message]
  const table = [
    [{ 'sis-first-97e165d4cdaa554d.js': null }, `minify-js: expected the glue of sis-first, found none among ${among('sis-first-97e165d4cdaa554d.js')}`],
    [{ 'sis-app-0123456789abcdef.js': null }, `minify-js: expected the glue of sis-app, found none among ${among('sis-app-0123456789abcdef.js')}`],
    [{ 'sis-team-fedcba9876543210.js': null }, `minify-js: expected the glue of sis-team, found none among ${among('sis-team-fedcba9876543210.js')}`],
    [{ 'sis-team-0123456789abcdef.js': GLUE }, `minify-js: expected the glue of sis-team, found sis-team-0123456789abcdef.js, sis-team-fedcba9876543210.js among ${[...Object.keys(complete), 'sis-team-0123456789abcdef.js'].sort().join(', ')}`],
    [{ 'sis-app-0123456789abcdef.css': null }, "minify-js: expected the full app's stylesheet, found 0"],
  ];
  for (const [change, message] of table) {
    const files = { ...complete, ...change };
    for (const [name, content] of Object.entries(change)) if (content === null) delete files[name];
    const dir = stagingDir(files);
    assert.throws(() => minifyJs(dir), { message }, Object.keys(change)[0]);
    assert.deepEqual(listing(dir), Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) assert.equal(read(dir, name), content, name);
  }
});
