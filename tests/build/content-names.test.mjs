// Tests of the post-build step .ci/post-build/content-names.mjs: each app's
// files (the app's, named by Trunk, and the team app's, named by
// hash-team-app) get one name from a hash of all their final contents,
// written wherever the old name was (index.html, the glue; never into wasm).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { APPS, contentNames, renameApp } from '../../.ci/post-build/content-names.mjs';
import { listing, read, stagingDir } from './support.mjs';

const [APP, TEAM] = APPS;
/** The app's stem as Trunk names it: its hash without leading zeros, so 15 digits here. */
const STEM = 'sis-app-7e165d4cdaa554d';
const HTML = `<link href=./${STEM}.js rel=modulepreload><script type=module>import init from "./${STEM}.js";init({module_or_path:"./${STEM}_bg.wasm"});` +
  "const TEAM_APP={js:'sis-team-fedcba9876543210.js',wasm:'sis-team-fedcba9876543210_bg.wasm'};</script>";
const APP_FILES = new Map([
  [`${STEM}.js`, Buffer.from(`r=new URL("${STEM}_bg.wasm",import.meta.url);`)],
  // The wasm names its stem too (say, in a string): the bytes stay as they are.
  [`${STEM}_bg.wasm`, Buffer.from(`\0asm ${STEM}`)],
  ['sis-embed.js', Buffer.from('embed')],
]);
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

test('renameApp names the app\'s files by one hash of their content and writes the name where Trunk\'s was', () => {
  const stem = expectedStem('sis-app', [['.js', APP_FILES.get(`${STEM}.js`)], ['_bg.wasm', APP_FILES.get(`${STEM}_bg.wasm`)]]);
  const { html, files, renamed } = renameApp(APP, APP_FILES, HTML);
  assert.equal(renamed, stem);
  assert.match(renamed, /^sis-app-[0-9a-f]{16}$/);
  assert.equal(html, HTML.replaceAll(STEM, stem));
  assert.deepEqual([...files].map(([old, { name, bytes }]) => [old, name, bytes.toString()]), [
    [`${STEM}.js`, `${stem}.js`, `r=new URL("${stem}_bg.wasm",import.meta.url);`],
    [`${STEM}_bg.wasm`, `${stem}_bg.wasm`, `\0asm ${STEM}`],
  ]);
  // A change to either file changes the name of both.
  for (const name of [`${STEM}.js`, `${STEM}_bg.wasm`]) {
    const changed = new Map(APP_FILES).set(name, Buffer.from('changed'));
    assert.notEqual(renameApp(APP, changed, HTML).renamed, stem, name);
  }
});

test('renameApp names the team app\'s two files by one hash, apart from the app', () => {
  const stem = expectedStem('sis-team', [['.js', TEAM_FILES.get('sis-team-fedcba9876543210.js')], ['_bg.wasm', TEAM_FILES.get('sis-team-fedcba9876543210_bg.wasm')]]);
  // The app's files among them are not the team app's.
  const { html, files, renamed } = renameApp(TEAM, new Map([...APP_FILES, ...TEAM_FILES]), HTML);
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
  // Nor are the team app's files the app's.
  assert.deepEqual([...renameApp(APP, new Map([...APP_FILES, ...TEAM_FILES]), HTML).files.keys()], [`${STEM}.js`, `${STEM}_bg.wasm`]);
});

test('renameApp leaves files that already have their content\'s name as they are', () => {
  // Contents that do not name their stem keep their name on a second run.
  const files = new Map([['sis-app-1.js', Buffer.from('glue')], ['sis-app-1_bg.wasm', Buffer.from('wasm')]]);
  const first = renameApp(APP, files, 'sis-app-1.js');
  const again = renameApp(APP, new Map([...first.files.values()].map(({ name, bytes }) => [name, bytes])), first.html);
  assert.equal(again.renamed, again.stem);
  assert.equal(again.html, first.html);
  assert.deepEqual([...again.files].map(([old, { name }]) => [old, name]), [...first.files.values()].map(({ name }) => [name, name]));
});

test('renameApp refuses files that are not one whole app, or a page that does not name them', () => {
  const js = Buffer.from('glue');
  // [what is wrong, app, files, message]
  const table = [
    ['no files', APP, new Map(), 'content-names: expected 2 files of one sis-app build, found none'],
    ['no wasm', APP, new Map([['sis-app-ab.js', js]]), 'content-names: expected 2 files of one sis-app build, found sis-app-ab.js'],
    ['two builds', APP, new Map([['sis-app-ab.js', js], ['sis-app-cd_bg.wasm', js]]), 'content-names: expected 2 files of one sis-app build, found sis-app-ab.js, sis-app-cd_bg.wasm'],
    // Trunk's hash and the same with a leading zero: two stems, so two builds.
    ['two builds, one hash a digit longer', APP, new Map([[`${STEM}.js`, js], ['sis-app-07e165d4cdaa554d_bg.wasm', js]]), `content-names: expected 2 files of one sis-app build, found sis-app-07e165d4cdaa554d_bg.wasm, ${STEM}.js`],
    ['three files of the app', APP, new Map([...APP_FILES, ['sis-app-0123456789abcdef.js', js]]), `content-names: expected 2 files of one sis-app build, found sis-app-0123456789abcdef.js, ${STEM}.js, ${STEM}_bg.wasm`],
    ['no team wasm', TEAM, new Map([...TEAM_FILES].filter(([name]) => !name.endsWith('.wasm'))), 'content-names: expected 2 files of one sis-team build, found sis-team-fedcba9876543210.js'],
    ['two team builds', TEAM, new Map([...TEAM_FILES, ['sis-team-0123456789abcdef.js', Buffer.from('glue')]]), 'content-names: expected 2 files of one sis-team build, found sis-team-0123456789abcdef.js, sis-team-fedcba9876543210.js, sis-team-fedcba9876543210_bg.wasm'],
    // hash-team-app names the team app by 16 digits; a shorter hash is not its.
    ['a short team hash', TEAM, new Map([...TEAM_FILES].map(([name, bytes]) => [name.replace('fedcba9876543210', 'fedcba987654321'), bytes])), 'content-names: expected 2 files of one sis-team build, found none'],
  ];
  for (const [what, app, files, message] of table) {
    assert.throws(() => renameApp(app, files, HTML), { message }, what);
  }
  assert.throws(() => renameApp(APP, APP_FILES, '<html></html>'), { message: `content-names: index.html does not name ${STEM}` });
});

test('contentNames renames every app in the staging folder', () => {
  const dir = stagingDir({ 'index.html': HTML, ...Object.fromEntries(APP_FILES), ...Object.fromEntries(TEAM_FILES) });
  contentNames(dir);
  const app = renameApp(APP, APP_FILES, HTML);
  const team = renameApp(TEAM, TEAM_FILES, app.html);
  assert.equal(read(dir, 'index.html'), team.html);
  const expected = [...app.files.values(), ...team.files.values()];
  assert.deepEqual(listing(dir), ['index.html', 'sis-embed.js', ...expected.map(({ name }) => name)].sort());
  for (const { name, bytes } of expected) assert.equal(read(dir, name), bytes.toString(), name);
});

test('contentNames refuses a build without an app\'s file, and changes nothing', () => {
  for (const missing of [`${STEM}.js`, `${STEM}_bg.wasm`, 'sis-team-fedcba9876543210.js', 'sis-team-fedcba9876543210_bg.wasm']) {
    const files = { 'index.html': HTML, ...Object.fromEntries(APP_FILES), ...Object.fromEntries(TEAM_FILES) };
    delete files[missing];
    const dir = stagingDir(files);
    assert.throws(() => contentNames(dir), { message: /^content-names: expected 2 files of one sis-(app|team) build, found / }, missing);
    assert.deepEqual(listing(dir), Object.keys(files).sort());
    assert.equal(read(dir, 'index.html'), HTML);
  }
});
