// Tests of the post-build step .ci/post-build/inline-css.mjs: the link to
// the page's one stylesheet (style/main.css) leaves the page, and the sheet
// comes into the first script of the body (src/web/first_styles.js), with
// its file's URL and integrity for the fallback.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FIRST_STYLES, inlineCss, inlineStylesheet, stylesheetLink } from '../../.ci/post-build/inline-css.mjs';
import { fixture, listing, read, stagingDir } from './support.mjs';

const HTML = fixture('trunk-index.html');
const LINK = '<link href=./main-4bd3b7ece0a0689a.css integrity=sha384-aivFe/0534YKbDDgJ347sCLjZ3q8kStSiXKCpqLxV86hKBUhMWk8GEGb3c4tnQRg rel=stylesheet>';
/** A stand-in for src/web/first_styles.js. */
const SOURCE = '// Applies the styles.\nfunction adopt(css, file, integrity) {\n  document.title = css + file + integrity;\n}\nadopt(CSS, FILE, INTEGRITY);\n';
const PAGE = '<head><link href=./main-1.css rel=stylesheet></head><body><p>x</p></body>';
const SHEET = { link: '<link href=./main-1.css rel=stylesheet>', name: 'main-1.css', bytes: Buffer.from('p{color:red}\n') };
const INTEGRITY = `sha384-${createHash('sha384').update('p{color:red}\n').digest('base64')}`;

test('stylesheetLink finds the one stylesheet link and its local file', () => {
  assert.deepEqual(stylesheetLink(HTML), { link: LINK, name: 'main-4bd3b7ece0a0689a.css' });
  assert.deepEqual(stylesheetLink('<link rel="stylesheet" href="./style/a b.css">'), { link: '<link rel="stylesheet" href="./style/a b.css">', name: 'style/a b.css' });
});

test('stylesheetLink refuses a page without exactly one local stylesheet link', () => {
  // [index.html, message]
  const table = [
    [HTML.replace(LINK, ''), 'inline-css: expected one stylesheet link in index.html, found 0'],
    [HTML.replace(LINK, LINK + LINK), 'inline-css: expected one stylesheet link in index.html, found 2'],
    ['<link href=https://example.org/a.css rel=stylesheet>', 'inline-css: no local href in <link href=https://example.org/a.css rel=stylesheet>'],
  ];
  for (const [html, message] of table) assert.throws(() => stylesheetLink(html), { message });
});

test('inlineStylesheet moves the sheet into the first script of the body, minified in release builds', () => {
  assert.equal(
    inlineStylesheet(PAGE, SHEET, SOURCE, true),
    `<head></head><body><script>(function(i,s,t){function n(_,e,o){document.title=_+e+o}n(i,s,t)})("p{color:red}","./main-1.css","${INTEGRITY}");</script><p>x</p></body>`,
  );
  assert.equal(
    inlineStylesheet(PAGE, SHEET, SOURCE, false),
    '<head></head><body><script>(function(CSS, FILE, INTEGRITY) {\n  function adopt(css, file, integrity) {\n    document.title = css + file + integrity;\n  }\n  adopt(CSS, FILE, INTEGRITY);\n' +
      `})("p{color:red}", "./main-1.css", "${INTEGRITY}");</script><p>x</p></body>`,
  );
});

test('inlineStylesheet writes any sheet as a JSON string that cannot end the script', () => {
  const css = 'a::after{content:"</script><script>$& $1"}';
  const html = inlineStylesheet(PAGE, { ...SHEET, bytes: Buffer.from(css) }, SOURCE, true);
  const script = html.match(/<body><script>([\s\S]*)<\/script><p>/)[1];
  assert.ok(!/<\/script/i.test(script), script);
  assert.ok(script.includes(JSON.stringify(css).replace('</script', '<\\/script')), script);
});

test('inlineStylesheet refuses a page without <body>, or a script that names a placeholder itself', () => {
  assert.throws(() => inlineStylesheet('<link href=./main-1.css rel=stylesheet>', SHEET, SOURCE, true), { message: 'inline-css: no <body> in index.html' });
  assert.throws(() => inlineStylesheet(PAGE, SHEET, `${SOURCE}globalThis.name = "__sisCss";`, true), { message: 'inline-css: __sisCss is not once in the script' });
});

test('inlineCss moves the styles of the staging folder into the page, and keeps the file', () => {
  const css = 'body{margin:0}';
  const dir = stagingDir({ 'index.html': HTML, 'main-4bd3b7ece0a0689a.css': css });
  inlineCss(dir, true);
  const expected = inlineStylesheet(HTML, { link: LINK, name: 'main-4bd3b7ece0a0689a.css', bytes: Buffer.from(css) }, readFileSync(FIRST_STYLES, 'utf8'), true);
  assert.equal(read(dir, 'index.html'), expected);
  assert.ok(expected.includes('<body><script>') && !expected.includes('rel=stylesheet'));
  assert.deepEqual(listing(dir), ['index.html', 'main-4bd3b7ece0a0689a.css']);
});

test('inlineCss refuses a build without the linked stylesheet, and changes nothing', () => {
  const dir = stagingDir({ 'index.html': HTML });
  assert.throws(() => inlineCss(dir, true), { message: 'inline-css: main-4bd3b7ece0a0689a.css is not in the build' });
  assert.equal(read(dir, 'index.html'), HTML);
});
