// Tests of the post-build step .ci/post-build/hash-full-app.mjs: the
// on-demand apps' files (the full app's three, the team app's two) get
// content-hashed names, written into the loader in index.html (whose comment
// lines go), and into each glue's default URL.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { APPS, appNames, dropLoaderComments, FULL_APP, hashFullApp, nameApp, TEAM_APP } from '../../.ci/post-build/hash-full-app.mjs';
import { fixture, listing, read, stagingDir } from './support.mjs';

const HTML = fixture('trunk-index.html');
const GLUE = 'r===void 0&&(r=new URL("sis-app_bg.wasm",import.meta.url));const e=R();export{Y as default};';
const TEAM_GLUE = 'r===void 0&&(r=new URL("sis-team_bg.wasm",import.meta.url));const e=R();export{Y as default};';
const NAMES = { js: 'sis-app-0123456789abcdef.js', wasm: 'sis-app-0123456789abcdef_bg.wasm', css: 'sis-app-0123456789abcdef.css' };
const TEAM_NAMES = { js: 'sis-team-fedcba9876543210.js', wasm: 'sis-team-fedcba9876543210_bg.wasm' };

/** The loader of the fixture as the step leaves it: new names, no comment or blank lines. */
const LOADER = `const FULL_APP = { js: 'sis-app-0123456789abcdef.js', wasm: 'sis-app-0123456789abcdef_bg.wasm', css: 'sis-app-0123456789abcdef.css', wasmIntegrity: '', cssIntegrity: '' };
const TEAM_APP = { js: 'sis-team-fedcba9876543210.js', wasm: 'sis-team-fedcba9876543210_bg.wasm', wasmIntegrity: '' };
const MAX_RETRIES = 5;
function load(files, attempts) {
  const url = (name) => new URL(name, document.baseURI).href;
  return Promise.all([
    import(attempts ? \`\${url(files.js)}?attempt=\${attempts}\` : url(files.js)),
    fetch(url(files.wasm), { integrity: files.wasmIntegrity }),
    files.css && fetch(url(files.css), { integrity: files.cssIntegrity }),
  ]);
}
globalThis.sisFull = { start: (attempts) => load(FULL_APP, attempts), startTeam: (attempts) => load(TEAM_APP, attempts) };`;

/** The fixture's loader script replaced by `loader`. */
function withLoader(loader) {
  const start = HTML.indexOf('<script type=module>') + '<script type=module>'.length;
  return HTML.slice(0, start) + loader + HTML.slice(HTML.indexOf('</script>', start));
}

/** A whole build of both on-demand apps as Trunk writes them, with the fixture's page. */
const BUILD = {
  'index.html': HTML,
  'sis-app.js': GLUE,
  'sis-app_bg.wasm': 'wasm',
  'full.css': 'p{}',
  'sis-team.js': TEAM_GLUE,
  'sis-team_bg.wasm': 'team wasm',
};

test('the step knows the full app\'s three files and the team app\'s two, as Trunk writes them', () => {
  assert.deepEqual(APPS, [FULL_APP, TEAM_APP]);
  assert.deepEqual(FULL_APP, { prefix: 'sis-app', plain: { js: 'sis-app.js', wasm: 'sis-app_bg.wasm', css: 'full.css' } });
  assert.deepEqual(TEAM_APP, { prefix: 'sis-team', plain: { js: 'sis-team.js', wasm: 'sis-team_bg.wasm' } });
});

test('appNames names an app\'s files by one hash of their contents', () => {
  const js = Buffer.from('glue');
  const wasm = Buffer.from([0, 0x61, 0x73, 0x6d]);
  const css = Buffer.from('p{margin:0}');
  // [app, contents, names]
  const full = createHash('sha256').update(Buffer.concat([js, wasm, css])).digest('hex').slice(0, 16);
  const team = createHash('sha256').update(Buffer.concat([js, wasm])).digest('hex').slice(0, 16);
  const table = [
    [FULL_APP, { js, wasm, css }, { js: `sis-app-${full}.js`, wasm: `sis-app-${full}_bg.wasm`, css: `sis-app-${full}.css` }],
    [TEAM_APP, { js, wasm }, { js: `sis-team-${team}.js`, wasm: `sis-team-${team}_bg.wasm` }],
  ];
  for (const [app, contents, names] of table) {
    assert.deepEqual(appNames(app, contents), names, app.prefix);
    // A change to any one of the files changes every name.
    for (const kind of Object.keys(contents)) {
      const changed = appNames(app, { ...contents, [kind]: Buffer.from('changed') });
      for (const name of Object.keys(names)) assert.notEqual(changed[name], names[name], `${app.prefix}: ${kind} changed, ${name}`);
    }
  }
});

test('nameApp writes each app\'s names into the loader and its glue; dropLoaderComments drops the loader\'s comments', () => {
  const full = nameApp(FULL_APP, HTML, GLUE, NAMES);
  assert.equal(full.glue, GLUE.replace('sis-app_bg.wasm', NAMES.wasm));
  const team = nameApp(TEAM_APP, full.html, TEAM_GLUE, TEAM_NAMES);
  assert.equal(team.glue, TEAM_GLUE.replace('sis-team_bg.wasm', TEAM_NAMES.wasm));
  // The team app's names are not written into the full app's glue, nor the other way round.
  assert.ok(!full.glue.includes('sis-team') && !team.glue.includes('sis-app'));
  assert.equal(dropLoaderComments(team.html), withLoader(LOADER));
  // Trunk's own loader and everything else are as they were.
  assert.ok(team.html.includes("import init, * as bindings from './sis-first-97e165d4cdaa554d.js';"));
});

test('nameApp refuses a page whose loader does not name each of an app\'s files exactly once', () => {
  // [what is wrong, app, index.html, message]
  const table = [
    ['the wasm is not named', FULL_APP, HTML.replace("'sis-app_bg.wasm'", "'other.wasm'"), 'hash-full-app: expected "sis-app_bg.wasm" once in index.html\'s loader, found it 0 times'],
    ['the glue is named twice', FULL_APP, HTML.replace('const MAX_RETRIES', "const AGAIN = 'sis-app.js';\nconst MAX_RETRIES"), 'hash-full-app: expected "sis-app.js" once in index.html\'s loader, found it 2 times'],
    ['the stylesheet is not named', FULL_APP, HTML.replace("css: 'full.css'", 'css: FULL_CSS'), 'hash-full-app: expected "full.css" once in index.html\'s loader, found it 0 times'],
    ['the team app is not in the loader', TEAM_APP, HTML.replace(/\nconst TEAM_APP = [^\n]*/, ''), 'hash-full-app: expected "sis-team.js" once in index.html\'s loader, found it 0 times'],
    ['the team app\'s wasm is named twice', TEAM_APP, HTML.replace('const MAX_RETRIES', "const AGAIN = 'sis-team_bg.wasm';\nconst MAX_RETRIES"), 'hash-full-app: expected "sis-team_bg.wasm" once in index.html\'s loader, found it 2 times'],
    ['the team app\'s wasm is not quoted', TEAM_APP, HTML.replace("'sis-team_bg.wasm'", 'sis-team_bg.wasm'), 'hash-full-app: expected "sis-team_bg.wasm" once in index.html\'s loader, found it 0 times'],
  ];
  for (const [what, app, html, message] of table) {
    assert.throws(() => nameApp(app, html, GLUE, app === FULL_APP ? NAMES : TEAM_NAMES), { message }, what);
  }
  assert.throws(() => dropLoaderComments(HTML.replace('<script type=module>// Fetches', '<script>// Fetches')), { message: 'hash-full-app: no inline module script with FULL_APP in index.html' });
});

test('hashFullApp renames both apps\' files in the staging folder and writes index.html', () => {
  const dir = stagingDir({ ...BUILD, 'sis-embed.js': 'embed' });
  const [full, team] = hashFullApp(dir);
  assert.deepEqual(full, appNames(FULL_APP, { js: Buffer.from(GLUE), wasm: Buffer.from('wasm'), css: Buffer.from('p{}') }));
  assert.deepEqual(team, appNames(TEAM_APP, { js: Buffer.from(TEAM_GLUE), wasm: Buffer.from('team wasm') }));
  assert.deepEqual(listing(dir), ['index.html', full.css, full.js, full.wasm, team.js, team.wasm, 'sis-embed.js'].sort());
  assert.equal(read(dir, full.js), GLUE.replace('sis-app_bg.wasm', full.wasm));
  assert.equal(read(dir, full.wasm), 'wasm');
  assert.equal(read(dir, team.js), TEAM_GLUE.replace('sis-team_bg.wasm', team.wasm));
  assert.equal(read(dir, team.wasm), 'team wasm');
  const html = dropLoaderComments(nameApp(TEAM_APP, nameApp(FULL_APP, HTML, GLUE, full).html, TEAM_GLUE, team).html);
  assert.equal(read(dir, 'index.html'), html);
});

test('hashFullApp refuses a build without one of the apps\' files, and changes nothing', () => {
  for (const missing of Object.keys(BUILD)) {
    const files = { ...BUILD };
    delete files[missing];
    const dir = stagingDir(files);
    assert.throws(() => hashFullApp(dir), { message: `hash-full-app: ${missing} is not in the build` }, missing);
    assert.deepEqual(listing(dir), Object.keys(files).sort());
  }
});

test('hashFullApp refuses a page whose loader does not name the team app, and changes nothing', () => {
  const html = HTML.replace(/\nconst TEAM_APP = [^\n]*/, '');
  const dir = stagingDir({ ...BUILD, 'index.html': html });
  assert.throws(() => hashFullApp(dir), { message: 'hash-full-app: expected "sis-team.js" once in index.html\'s loader, found it 0 times' });
  assert.deepEqual(listing(dir), Object.keys(BUILD).sort());
  assert.equal(read(dir, 'index.html'), html);
});
