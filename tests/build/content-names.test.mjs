// Tests of the post-build step .ci/post-build/content-names.mjs: each app's
// files (the first-load app's, the full app's, the team app's) get one name
// from a hash of all their final contents, written wherever the old name
// was (index.html, the glue; never into wasm).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { APPS, contentNames, renameApp } from '../../.ci/post-build/content-names.mjs';
import { listing, read, stagingDir } from './support.mjs';

const [FIRST, FULL, TEAM] = APPS;
const HTML = '<link href=./sis-first-97e165d4cdaa554d.js rel=modulepreload><script type=module>import init from "./sis-first-97e165d4cdaa554d.js";init({module_or_path:"./sis-first-97e165d4cdaa554d_bg.wasm"});' +
  "const FULL_APP={js:'sis-app-0123456789abcdef.js',wasm:'sis-app-0123456789abcdef_bg.wasm',css:'sis-app-0123456789abcdef.css'};" +
  "const TEAM_APP={js:'sis-team-fedcba9876543210.js',wasm:'sis-team-fedcba9876543210_bg.wasm'};</script>";
const FIRST_FILES = new Map([
  ['sis-first-97e165d4cdaa554d.js', Buffer.from('r=new URL("sis-first-97e165d4cdaa554d_bg.wasm",import.meta.url);')],
  // The wasm names its stem too (say, in a string): the bytes stay as they are.
  ['sis-first-97e165d4cdaa554d_bg.wasm', Buffer.from('\0asm sis-first-97e165d4cdaa554d')],
  ['sis-embed.js', Buffer.from('embed')],
]);
const FULL_FILES = new Map([
  ['sis-app-0123456789abcdef.js', Buffer.from('new URL("sis-app-0123456789abcdef_bg.wasm",import.meta.url)')],
  ['sis-app-0123456789abcdef_bg.wasm', Buffer.from('\0asm full')],
  ['sis-app-0123456789abcdef.css', Buffer.from('p{margin:0}')],
]);
// The team app: glue and wasm, no stylesheet.
const TEAM_FILES = new Map([
  ['sis-team-fedcba9876543210.js', Buffer.from('new URL("sis-team-fedcba9876543210_bg.wasm",import.meta.url)')],
  ['sis-team-fedcba9876543210_bg.wasm', Buffer.from('\0asm team')],
]);

/** The name the step gives: the prefix and 16 hex digits of one hash of the suffixes and contents, in name order. */
function expectedStem(prefix, parts) {
  const hash = createHash('sha256');
  for (const [suffix, bytes] of parts) hash.update(suffix).update(bytes);
  return `${prefix}-${hash.digest('hex').slice(0, 16)}`;
}

test('renameApp names the first-load app\'s files by their content and writes the name where the old one was', () => {
  const stem = expectedStem('sis-first', [['.js', FIRST_FILES.get('sis-first-97e165d4cdaa554d.js')], ['_bg.wasm', FIRST_FILES.get('sis-first-97e165d4cdaa554d_bg.wasm')]]);
  const { html, files, renamed } = renameApp(FIRST, FIRST_FILES, HTML);
  assert.equal(renamed, stem);
  assert.equal(html, HTML.replaceAll('sis-first-97e165d4cdaa554d', stem));
  assert.deepEqual([...files].map(([old, { name, bytes }]) => [old, name, bytes.toString()]), [
    ['sis-first-97e165d4cdaa554d.js', `${stem}.js`, `r=new URL("${stem}_bg.wasm",import.meta.url);`],
    ['sis-first-97e165d4cdaa554d_bg.wasm', `${stem}_bg.wasm`, '\0asm sis-first-97e165d4cdaa554d'],
  ]);
});

test('renameApp names the full app\'s three files by one hash', () => {
  const stem = expectedStem('sis-app', [...FULL_FILES].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, bytes]) => [name.slice('sis-app-0123456789abcdef'.length), bytes]));
  const { html, files } = renameApp(FULL, FULL_FILES, HTML);
  assert.equal(html, HTML.replaceAll('sis-app-0123456789abcdef', stem));
  assert.deepEqual([...files.values()].map(({ name }) => name), [`${stem}.css`, `${stem}.js`, `${stem}_bg.wasm`]);
  // A change to any one file changes the name of all three.
  for (const name of FULL_FILES.keys()) {
    const changed = new Map(FULL_FILES).set(name, Buffer.from('changed'));
    assert.notEqual(renameApp(FULL, changed, HTML).renamed, stem, name);
  }
});

test('renameApp names the team app\'s two files by one hash, apart from the full app', () => {
  const stem = expectedStem('sis-team', [['.js', TEAM_FILES.get('sis-team-fedcba9876543210.js')], ['_bg.wasm', TEAM_FILES.get('sis-team-fedcba9876543210_bg.wasm')]]);
  // The full app's files among them are not the team app's.
  const { html, files, renamed } = renameApp(TEAM, new Map([...FULL_FILES, ...TEAM_FILES]), HTML);
  assert.equal(renamed, stem);
  assert.equal(html, HTML.replaceAll('sis-team-fedcba9876543210', stem));
  assert.deepEqual([...files].map(([old, { name, bytes }]) => [old, name, bytes.toString()]), [
    ['sis-team-fedcba9876543210.js', `${stem}.js`, `new URL("${stem}_bg.wasm",import.meta.url)`],
    ['sis-team-fedcba9876543210_bg.wasm', `${stem}_bg.wasm`, '\0asm team'],
  ]);
  for (const name of TEAM_FILES.keys()) {
    const changed = new Map(TEAM_FILES).set(name, Buffer.from('changed'));
    assert.notEqual(renameApp(TEAM, changed, HTML).renamed, stem, name);
  }
});

test('renameApp leaves files that already have their content\'s name as they are', () => {
  // Contents that do not name their stem keep their name on a second run.
  const files = new Map([['sis-first-1.js', Buffer.from('glue')], ['sis-first-1_bg.wasm', Buffer.from('wasm')]]);
  const first = renameApp(FIRST, files, 'sis-first-1.js');
  const again = renameApp(FIRST, new Map([...first.files.values()].map(({ name, bytes }) => [name, bytes])), first.html);
  assert.equal(again.renamed, again.stem);
  assert.equal(again.html, first.html);
  assert.deepEqual([...again.files].map(([old, { name }]) => [old, name]), [...first.files.values()].map(({ name }) => [name, name]));
});

test('renameApp refuses files that are not one whole app, or a page that does not name them', () => {
  const js = Buffer.from('glue');
  // [what is wrong, app, files, message]
  const table = [
    ['no files', FIRST, new Map(), 'content-names: expected 2 files of one sis-first build, found none'],
    ['no wasm', FIRST, new Map([['sis-first-ab.js', js]]), 'content-names: expected 2 files of one sis-first build, found sis-first-ab.js'],
    ['two builds', FIRST, new Map([['sis-first-ab.js', js], ['sis-first-cd_bg.wasm', js]]), 'content-names: expected 2 files of one sis-first build, found sis-first-ab.js, sis-first-cd_bg.wasm'],
    ['no stylesheet', FULL, new Map([...FULL_FILES].filter(([name]) => !name.endsWith('.css'))), 'content-names: expected 3 files of one sis-app build, found sis-app-0123456789abcdef.js, sis-app-0123456789abcdef_bg.wasm'],
    ['a short hash', FULL, new Map([...FULL_FILES].map(([name, bytes]) => [name.replace('0123456789abcdef', '0123'), bytes])), 'content-names: expected 3 files of one sis-app build, found none'],
    ['no team wasm', TEAM, new Map([...TEAM_FILES].filter(([name]) => !name.endsWith('.wasm'))), 'content-names: expected 2 files of one sis-team build, found sis-team-fedcba9876543210.js'],
    ['two team builds', TEAM, new Map([...TEAM_FILES, ['sis-team-0123456789abcdef.js', Buffer.from('glue')]]), 'content-names: expected 2 files of one sis-team build, found sis-team-0123456789abcdef.js, sis-team-fedcba9876543210.js, sis-team-fedcba9876543210_bg.wasm'],
  ];
  for (const [what, app, files, message] of table) {
    assert.throws(() => renameApp(app, files, HTML), { message }, what);
  }
  assert.throws(() => renameApp(FIRST, FIRST_FILES, '<html></html>'), { message: 'content-names: index.html does not name sis-first-97e165d4cdaa554d' });
});

test('contentNames renames every app in the staging folder', () => {
  const dir = stagingDir({ 'index.html': HTML, ...Object.fromEntries(FIRST_FILES), ...Object.fromEntries(FULL_FILES), ...Object.fromEntries(TEAM_FILES) });
  contentNames(dir);
  const first = renameApp(FIRST, FIRST_FILES, HTML);
  const full = renameApp(FULL, FULL_FILES, first.html);
  const team = renameApp(TEAM, TEAM_FILES, full.html);
  assert.equal(read(dir, 'index.html'), team.html);
  const expected = [...first.files.values(), ...full.files.values(), ...team.files.values()];
  assert.deepEqual(listing(dir), ['index.html', 'sis-embed.js', ...expected.map(({ name }) => name)].sort());
  for (const { name, bytes } of expected) assert.equal(read(dir, name), bytes.toString(), name);
});

test('contentNames refuses a build without an app\'s file, and changes nothing', () => {
  for (const missing of ['sis-first-97e165d4cdaa554d_bg.wasm', 'sis-app-0123456789abcdef.css', 'sis-team-fedcba9876543210.js', 'sis-team-fedcba9876543210_bg.wasm']) {
    const files = { 'index.html': HTML, ...Object.fromEntries(FIRST_FILES), ...Object.fromEntries(FULL_FILES), ...Object.fromEntries(TEAM_FILES) };
    delete files[missing];
    const dir = stagingDir(files);
    assert.throws(() => contentNames(dir), { message: /^content-names: expected [23] files of one sis-(first|app|team) build, found / }, missing);
    assert.deepEqual(listing(dir), Object.keys(files).sort());
    assert.equal(read(dir, 'index.html'), HTML);
  }
});
