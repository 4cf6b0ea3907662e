// Tests of the post-build step .ci/post-build/prerender.mjs: the script of
// the pre-rendered first screen is minified (release builds), and the
// generator's markup goes to the end of the body as written, and the app's
// preload links and module script go after it. (The markup
// itself is the app's components rendered natively,
// src/ui/prerender.rs; tests/e2e/prerender.test.mjs checks it against the
// app's own DOM, and first-visit-rules.test.mjs the
// script's rules against the core's.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchesAfterFirstScreen, insertPrerender, minifyPrerenderScript } from '../../.ci/post-build/prerender.mjs';
import { fixture } from './support.mjs';

/** The generator's output, cut down: a template (with `$` patterns in its text) and the script. */
const MARKUP = '<template id="sis-pre-nl"><h1>Hallo $& wereld $\'</h1></template><script>(function(KEYS,SETTINGS){\n// Shows the template.\nvar d = document, shown = null;\nif (KEYS.length > 0) { shown = d.getElementById("sis-pre-nl"); }\n})(["sis:progress"],{"sis:settings":1})</script>\n';
const MINIFIED = '<template id="sis-pre-nl"><h1>Hallo $& wereld $\'</h1></template><script>(function(s,t){var n=document,e=null;s.length>0&&(e=n.getElementById("sis-pre-nl"))})(["sis:progress"],{"sis:settings":1});</script>\n';

test('minifyPrerenderScript minifies the script and leaves the templates as they are', () => {
  assert.equal(minifyPrerenderScript(MARKUP), MINIFIED);
});

test('minifyPrerenderScript refuses markup without a script', () => {
  assert.throws(() => minifyPrerenderScript('<template id="sis-pre-nl"></template>'), { message: "prerender: no <script> in sis-prerender's output" });
});

test('insertPrerender puts the markup, as written, at the end of the body', () => {
  const html = fixture('trunk-index.html');
  const at = html.indexOf('</body>');
  assert.equal(insertPrerender(html, MINIFIED), html.slice(0, at) + MINIFIED + html.slice(at));
});

test('insertPrerender refuses a page without </body>', () => {
  assert.throws(() => insertPrerender('<html><body>', MINIFIED), { message: 'prerender: no </body> in index.html' });
});

test("fetchesAfterFirstScreen moves the app's preload links and module script after the first screen, in order", () => {
  const html = insertPrerender(fixture('trunk-index.html'), MINIFIED);
  const moved = fetchesAfterFirstScreen(html);
  const head = moved.slice(0, moved.indexOf('</head>'));
  assert.doesNotMatch(head, /modulepreload|rel=preload|sis-app-/, 'nothing of the app is fetched from the head');
  assert.match(head, /globalThis\.sisFull/, "the loader stays in the head, before the app's script");
  const at = (part) => moved.indexOf(part);
  const order = [MINIFIED, 'rel=modulepreload>', 'rel=preload type=application/wasm>', "import init, * as bindings from './sis-app-7e165d4cdaa554d.js'", '</body>'];
  assert.deepEqual(order.map(at).toSorted((a, b) => a - b), order.map(at));
  assert.ok(order.every((part) => at(part) >= 0));
  // Nothing lost and nothing doubled: the same characters, rearranged.
  assert.equal(moved.length, html.length);
  assert.equal([...moved].sort().join(''), [...html].sort().join(''));
});

test('fetchesAfterFirstScreen refuses a page without exactly one of each', () => {
  const html = insertPrerender(fixture('trunk-index.html'), MINIFIED);
  const noPreload = html.replace(/<link as=fetch[^>]*>/, '');
  assert.throws(() => fetchesAfterFirstScreen(noPreload), { message: 'prerender: expected one modulepreload and one preload link, found 1 and 0' });
  const noStart = html.replace(/<script type=module>\nimport init[\s\S]*?<\/script>/, '');
  assert.throws(() => fetchesAfterFirstScreen(noStart), { message: /expected one module script that imports \.\/sis-app-7e165d4cdaa554d\.js, found 0/ });
});

test("fetchesAfterFirstScreen reads a debug build's quoted attributes and leaves look-alikes alone", () => {
  const html = '<!doctype html><html><head><link data-rel=preload href=./x.css rel=stylesheet>' +
    '<script type="module">globalThis.loader = 1;</script>' +
    '<script type="module">\nimport init, * as bindings from \'./sis-app-1.js\';\nawait init({ module_or_path: \'./sis-app-1_bg.wasm\' });\n</script>' +
    '<link rel="modulepreload" href="./sis-app-1.js" crossorigin="anonymous">' +
    '<link rel="preload" href="./sis-app-1_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">' +
    '</head><body><script>pre()</script></body></html>';
  const moved = fetchesAfterFirstScreen(html);
  assert.equal(moved,
    '<!doctype html><html><head><link data-rel=preload href=./x.css rel=stylesheet>' +
    '<script type="module">globalThis.loader = 1;</script></head><body><script>pre()</script>' +
    '<link rel="modulepreload" href="./sis-app-1.js" crossorigin="anonymous">' +
    '<link rel="preload" href="./sis-app-1_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">' +
    '<script type="module">\nimport init, * as bindings from \'./sis-app-1.js\';\nawait init({ module_or_path: \'./sis-app-1_bg.wasm\' });\n</script>' +
    '</body></html>');
});
