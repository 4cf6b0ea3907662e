// Tests of the post-build step .ci/post-build/hash-team-app.mjs: the
// on-demand team app's two files get content-hashed names, written into the
// loader in index.html (whose comment lines go), and into the glue's default
// URL. The page's own app, which Trunk names itself, is left as it is.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { APPS, appNames, dropLoaderComments, hashTeamApp, nameApp, TEAM_APP } from '../../.ci/post-build/hash-team-app.mjs';
import { fixture, listing, read, stagingDir } from './support.mjs';

const HTML = fixture('trunk-index.html');
const GLUE = 'r===void 0&&(r=new URL("sis-team_bg.wasm",import.meta.url));const e=R();export{Y as default};';
const NAMES = { js: 'sis-team-fedcba9876543210.js', wasm: 'sis-team-fedcba9876543210_bg.wasm' };
/** The page's own app as Trunk names it: a hash without leading zeros, so 15 digits here. */
const APP = 'sis-app-7e165d4cdaa554d';
const APP_GLUE = 'r===void 0&&(r=new URL("sis-app-7e165d4cdaa554d_bg.wasm",import.meta.url));export{Y as default};';

/** The loader of the fixture as the step leaves it: new names, no comment or blank lines. */
const LOADER = `const TEAM_APP = { js: 'sis-team-fedcba9876543210.js', wasm: 'sis-team-fedcba9876543210_bg.wasm', wasmIntegrity: '' };
const MAX_RETRIES = 5;
const QR_DECODER = { wasm: 'sis-qr.wasm', qrIntegrity: '' };
function load(files, attempts) {
  if (attempts > MAX_RETRIES) return Promise.reject(new Error('reload the page'));
  const url = (name) => new URL(name, document.baseURI).href;
  return Promise.all([
    import(attempts ? \`\${url(files.js)}?attempt=\${attempts}\` : url(files.js)),
    fetch(url(files.wasm), { integrity: files.wasmIntegrity }),
  ]);
}
addEventListener('TrunkApplicationStarted', () => {
  try {
    if (self === top) navigator.serviceWorker.register('sw.js').catch(() => {});
  } catch {}
}, { once: true });
globalThis.sisFull = {
  qrDecoder: () => fetch(new URL(QR_DECODER.wasm, document.baseURI).href, { integrity: QR_DECODER.qrIntegrity }),
  startTeam: (attempts) => load(TEAM_APP, attempts),
};`;

/** The fixture's loader script replaced by `loader`. */
function withLoader(loader) {
  const start = HTML.indexOf('<script type=module>') + '<script type=module>'.length;
  return HTML.slice(0, start) + loader + HTML.slice(HTML.indexOf('</script>', start));
}

/** What the step needs of a build: the team app as Trunk writes it, with the fixture's page. */
const BUILD = {
  'index.html': HTML,
  'sis-team.js': GLUE,
  'sis-team_bg.wasm': 'team wasm',
};

test('the step knows only the team app\'s two files, as Trunk writes them', () => {
  assert.deepEqual(APPS, [TEAM_APP]);
  assert.deepEqual(TEAM_APP, { prefix: 'sis-team', plain: { js: 'sis-team.js', wasm: 'sis-team_bg.wasm' } });
});

test('appNames names the team app\'s files by one hash of their contents', () => {
  const js = Buffer.from('glue');
  const wasm = Buffer.from([0, 0x61, 0x73, 0x6d]);
  const hash = createHash('sha256').update(Buffer.concat([js, wasm])).digest('hex').slice(0, 16);
  const names = { js: `sis-team-${hash}.js`, wasm: `sis-team-${hash}_bg.wasm` };
  assert.deepEqual(appNames(TEAM_APP, { js, wasm }), names);
  // A change to either file changes both names.
  for (const kind of ['js', 'wasm']) {
    const changed = appNames(TEAM_APP, { js, wasm, [kind]: Buffer.from('changed') });
    for (const name of Object.keys(names)) assert.notEqual(changed[name], names[name], `${kind} changed, ${name}`);
  }
});

test('nameApp writes the team app\'s names into the loader and its glue; dropLoaderComments drops the loader\'s comments', () => {
  const team = nameApp(TEAM_APP, HTML, GLUE, NAMES);
  assert.equal(team.glue, GLUE.replace('sis-team_bg.wasm', NAMES.wasm));
  assert.equal(dropLoaderComments(team.html), withLoader(LOADER));
  // Trunk's own loader of the app, its links and everything else are as they were.
  assert.equal(team.html.slice(team.html.indexOf('</script>')), HTML.slice(HTML.indexOf('</script>')));
  assert.ok(team.html.includes(`import init, * as bindings from './${APP}.js';`));
  // Double quotes, as a minified loader has them, do as well.
  const minified = HTML.replace(/'sis-team(\.js|_bg\.wasm)'/g, '"sis-team$1"');
  assert.equal(nameApp(TEAM_APP, minified, GLUE, NAMES).html, team.html.replace(/'(sis-team-fedcba9876543210(?:\.js|_bg\.wasm))'/g, '"$1"'));
});

test('nameApp refuses a page whose loader does not name each of the team app\'s files exactly once', () => {
  // [what is wrong, index.html, message]
  const table = [
    ['the wasm is not named', HTML.replace("'sis-team_bg.wasm'", "'other.wasm'"), 'hash-team-app: expected "sis-team_bg.wasm" once in index.html\'s loader, found it 0 times'],
    ['the glue is named twice', HTML.replace('const MAX_RETRIES', "const AGAIN = 'sis-team.js';\nconst MAX_RETRIES"), 'hash-team-app: expected "sis-team.js" once in index.html\'s loader, found it 2 times'],
    ['the team app is not in the loader', HTML.replace(/\nconst TEAM_APP = [^\n]*/, ''), 'hash-team-app: expected "sis-team.js" once in index.html\'s loader, found it 0 times'],
    ['the wasm is named twice', HTML.replace('const MAX_RETRIES', "const AGAIN = 'sis-team_bg.wasm';\nconst MAX_RETRIES"), 'hash-team-app: expected "sis-team_bg.wasm" once in index.html\'s loader, found it 2 times'],
    ['the wasm is not quoted', HTML.replace("'sis-team_bg.wasm'", 'sis-team_bg.wasm'), 'hash-team-app: expected "sis-team_bg.wasm" once in index.html\'s loader, found it 0 times'],
    ['the glue\'s quotes do not match', HTML.replace("'sis-team.js'", '\'sis-team.js"'), 'hash-team-app: expected "sis-team.js" once in index.html\'s loader, found it 0 times'],
  ];
  for (const [what, html, message] of table) {
    assert.throws(() => nameApp(TEAM_APP, html, GLUE, NAMES), { message }, what);
  }
  // No inline module script names TEAM_APP: a classic script, or a loader of another shape.
  for (const html of [HTML.replace('<script type=module>// Fetches', '<script>// Fetches'), HTML.replaceAll('TEAM_APP', 'FULL_APP')]) {
    assert.throws(() => dropLoaderComments(html), { message: 'hash-team-app: no inline module script with TEAM_APP in index.html' });
  }
});

test('hashTeamApp renames the team app\'s files in the staging folder and writes index.html, and leaves the app\'s as they are', () => {
  const dir = stagingDir({ ...BUILD, [`${APP}.js`]: APP_GLUE, [`${APP}_bg.wasm`]: 'wasm', 'sis-embed.js': 'embed' });
  const [team, ...others] = hashTeamApp(dir);
  assert.deepEqual(others, []);
  assert.deepEqual(team, appNames(TEAM_APP, { js: Buffer.from(GLUE), wasm: Buffer.from('team wasm') }));
  assert.deepEqual(listing(dir), ['index.html', `${APP}.js`, `${APP}_bg.wasm`, team.js, team.wasm, 'sis-embed.js'].sort());
  assert.equal(read(dir, team.js), GLUE.replace('sis-team_bg.wasm', team.wasm));
  assert.equal(read(dir, team.wasm), 'team wasm');
  assert.equal(read(dir, `${APP}.js`), APP_GLUE);
  assert.equal(read(dir, `${APP}_bg.wasm`), 'wasm');
  assert.equal(read(dir, 'index.html'), dropLoaderComments(nameApp(TEAM_APP, HTML, GLUE, team).html));
});

test('hashTeamApp refuses a build without one of the team app\'s files or the page, and changes nothing', () => {
  for (const missing of Object.keys(BUILD)) {
    const files = { ...BUILD };
    delete files[missing];
    const dir = stagingDir(files);
    assert.throws(() => hashTeamApp(dir), { message: `hash-team-app: ${missing} is not in the build` }, missing);
    assert.deepEqual(listing(dir), Object.keys(files).sort());
  }
});

test('hashTeamApp refuses a page whose loader does not name the team app, and changes nothing', () => {
  const html = HTML.replace(/\nconst TEAM_APP = [^\n]*/, '');
  const dir = stagingDir({ ...BUILD, 'index.html': html });
  assert.throws(() => hashTeamApp(dir), { message: 'hash-team-app: expected "sis-team.js" once in index.html\'s loader, found it 0 times' });
  assert.deepEqual(listing(dir), Object.keys(BUILD).sort());
  assert.equal(read(dir, 'index.html'), html);
});

test('hashTeamApp refuses a page without the loader, and changes nothing', () => {
  // The names are written, but no inline module script names TEAM_APP to drop its comments from.
  const html = HTML.replaceAll('TEAM_APP', 'TEAM');
  const dir = stagingDir({ ...BUILD, 'index.html': html });
  assert.throws(() => hashTeamApp(dir), { message: 'hash-team-app: no inline module script with TEAM_APP in index.html' });
  assert.deepEqual(listing(dir), Object.keys(BUILD).sort());
  assert.equal(read(dir, 'index.html'), html);
});
