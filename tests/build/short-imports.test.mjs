// Tests of the post-build step .ci/post-build/short-imports.mjs: the glue
// module's imports get short names in the wasm and the glue alike, and so
// do the exports the glue reaches only as properties.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortenImports, shortImports, shortName } from '../../.ci/post-build/short-imports.mjs';
import { sections } from '../../.ci/post-build/wasm.mjs';
import { listing, read, stagingDir } from './support.mjs';
import { describe, tinyWasm } from './wasm-builder.mjs';

/** The glue module of the app, named after its binary. */
const MODULE = './sis-app_bg.js';
/** The app's stem as Trunk names it (a hash without leading zeros, 15 digits here), and the team app's. */
const APP = 'sis-app-7e165d4cdaa554d';
const TEAM = 'sis-team-fedcba9876543210';
const CLOSURE = 'wasm_bindgen__convert__closures_____invoke__hd3186d47f4e832fe';

/** A wasm as wasm-bindgen and wasm-opt leave it, cut down to a few imports and exports. */
const WASM = tinyWasm({
  imports: [[MODULE, '__wbg_log_0123456789abcdef'], ['env', 'host'], [MODULE, '__wbg_now_fedcba9876543210']],
  functions: [[0], [2], [1]],
  table: true,
  memory: true,
  exports: [
    ['memory', 'memory', 0],
    ['main', 'function', 3],
    ['run', 'function', 4],
    ['__wbindgen_externrefs', 'table', 0],
    [CLOSURE, 'function', 4],
    [`${CLOSURE}_14`, 'function', 5],
    ['keep_me', 'function', 5],
  ],
  custom: [['name', [0x00]]],
});

/** Minified glue of that wasm, cut down. */
const GLUE = `let o;function R(){return{__proto__:null,"${MODULE}":{__proto__:null,__wbg_log_0123456789abcdef:function(e){console.log(e)},__wbg_now_fedcba9876543210:function(){return Date.now()}},env:{host:()=>0}}}` +
  `function F(e){return o=e.exports,o.main(),o.memory.buffer}function C(e){o.${CLOSURE}(e);o.${CLOSURE}_14(e);o.run();o.__wbindgen_externrefs.grow(1)}const $a=1,K={keep_me:o.keep_me};`;

/** The same glue as the step leaves it. */
const GLUE_SHORT = 'let o;function R(){return{__proto__:null,a:{__proto__:null,a:function(e){console.log(e)},b:function(){return Date.now()}},env:{host:()=>0}}}' +
  'function F(e){return o=e.exports,o.$b(),o.memory.buffer}function C(e){o.$c(e);o.$d(e);o.run();o.__wbindgen_externrefs.grow(1)}const $a=1,K={keep_me:o.keep_me};';

test('shortName counts a, …, z, A, …, Z, aa, ab, …', () => {
  const table = [[0, 'a'], [25, 'z'], [26, 'A'], [51, 'Z'], [52, 'aa'], [53, 'ab'], [103, 'aZ'], [104, 'ba'], [52 + 52 * 52, 'aaa']];
  for (const [index, name] of table) assert.equal(shortName(index), name, `shortName(${index})`);
});

test('shortenImports renames the glue module\'s imports, and the exports the glue reaches only as properties', () => {
  const { wasm, glue, renamed, renamedExports } = shortenImports(WASM, GLUE, MODULE);
  assert.equal(glue, GLUE_SHORT);
  assert.equal(renamed, 2);
  assert.equal(renamedExports, 3);
  assert.deepEqual(describe(wasm), {
    imports: ['a.a', 'env.host', 'a.b'],
    // The memory and the table (not functions), `run` (already short) and
    // `keep_me` (named in the glue other than as a property) keep their names;
    // `$a` is taken in the glue, so the first new name is `$b`.
    exports: ['memory:memory', '$b:function', 'run:function', '__wbindgen_externrefs:table', '$c:function', '$d:function', 'keep_me:function'],
  });
  // Every other section is as it was, the code and the custom section included.
  const others = (bytes) => sections(bytes).filter(({ id }) => id !== 2 && id !== 7).map(({ start, end }) => bytes.subarray(start, end));
  assert.deepEqual(others(wasm), others(WASM));
  assert.equal(others(WASM).length, 6);
});

test('shortenImports never gives an import the name of a keyword', () => {
  // 490 imports: their short names run past "do" (number 222), "if" (473) and "in" (481).
  const names = Array.from({ length: 490 }, (_, i) => `__wbg_f${i}_${String(i).padStart(16, '0')}`);
  const wasm = tinyWasm({ imports: names.map((name) => [MODULE, name]), functions: [[]], exports: [['main', 'function', 490]] });
  const glue = `({"${MODULE}":{${names.map((name) => `${name}:()=>0`).join(',')}}})`;
  const result = shortenImports(wasm, glue, MODULE);
  assert.deepEqual([222, 473, 481].map(shortName), ['do', 'if', 'in']);
  const expected = Array.from({ length: 493 }, (_, i) => shortName(i)).filter((name) => !['do', 'if', 'in'].includes(name));
  assert.deepEqual(describe(result.wasm).imports, expected.map((name) => `a.${name}`));
  assert.equal(result.glue, `({a:{${expected.map((name) => `${name}:()=>0`).join(',')}}})`);
});

test('shortenImports keeps imports of every kind from other modules as they are', () => {
  const wasm = tinyWasm({
    imports: [['env', 't', 'table'], ['env', 'm', 'memory'], ['env', 'g', 'global'], [MODULE, '__wbg_f_0123456789abcdef']],
    functions: [[0]],
    exports: [['main', 'function', 1]],
  });
  const result = shortenImports(wasm, `({"${MODULE}":{__wbg_f_0123456789abcdef(){}}})`, MODULE);
  assert.deepEqual(describe(result.wasm).imports, ['env.t', 'env.m', 'env.g', 'a.a']);
  assert.equal(result.glue, '({a:{a(){}}})');
});

test('shortenImports refuses what it cannot rename for certain', () => {
  // [what is wrong, wasm, glue, message]
  const table = [
    ['no import section', tinyWasm({ functions: [[]], exports: [['main', 'function', 0]] }), GLUE, 'short-imports: the wasm has no import section'],
    ['no export section', tinyWasm({ imports: [[MODULE, '__wbg_log_0123456789abcdef']] }), GLUE, 'short-imports: the wasm has no export section'],
    ['the module is not in the glue', WASM, GLUE.replace(`"${MODULE}":`, 'wbg:'), `short-imports: "${MODULE}": is not once in the glue`],
    ['the module is twice in the glue', WASM, `${GLUE}const M={"${MODULE}":1};`, `short-imports: "${MODULE}": is not once in the glue`],
    ['an import is not in the glue', WASM, GLUE.replace('__wbg_now_fedcba9876543210:', 'now:'), 'short-imports: __wbg_now_fedcba9876543210 is not once in the glue'],
    ['an import is twice in the glue', WASM, `${GLUE}o.__wbg_log_0123456789abcdef;`, 'short-imports: __wbg_log_0123456789abcdef is not once in the glue'],
  ];
  for (const [what, wasm, glue, message] of table) {
    assert.throws(() => shortenImports(wasm, glue, MODULE), { message }, what);
  }
});

test('shortenImports refuses an import of a kind it does not know', () => {
  const wasm = tinyWasm({ imports: [[MODULE, 'f']], functions: [[]], exports: [['main', 'function', 1]] });
  // The kind byte follows the import's two names; 5 is no kind of import.
  const kindAt = wasm.indexOf(Buffer.from(`${MODULE}\x01f`)) + MODULE.length + 2;
  wasm[kindAt] = 5;
  assert.throws(() => shortenImports(wasm, `({"${MODULE}":{f(){}}})`, MODULE), { message: 'short-imports: unknown import kind 5' });
});

test('shortImports shortens both apps in the staging folder, each with its own glue module', () => {
  const teamWasm = tinyWasm({ imports: [['./sis-team_bg.js', '__wbg_y_0123456789abcdef'], ['./sis-team_bg.js', '__wbg_z_0123456789abcdef']], functions: [[0]], exports: [['__wbindgen_start', 'function', 2]] });
  const teamGlue = '({"./sis-team_bg.js":{__wbg_y_0123456789abcdef(){},__wbg_z_0123456789abcdef(){}}});o.__wbindgen_start();';
  const dir = stagingDir({
    [`${APP}.js`]: GLUE,
    [`${APP}_bg.wasm`]: WASM,
    [`${TEAM}.js`]: teamGlue,
    [`${TEAM}_bg.wasm`]: teamWasm,
  });
  shortImports(dir);
  assert.equal(read(dir, `${APP}.js`), GLUE_SHORT);
  assert.deepEqual(describe(Buffer.from(read(dir, `${APP}_bg.wasm`), 'latin1')), {
    imports: ['a.a', 'env.host', 'a.b'],
    exports: ['memory:memory', '$b:function', 'run:function', '__wbindgen_externrefs:table', '$c:function', '$d:function', 'keep_me:function'],
  });
  assert.equal(read(dir, `${TEAM}.js`), '({a:{a(){},b(){}}});o.$a();');
  assert.deepEqual(describe(Buffer.from(read(dir, `${TEAM}_bg.wasm`), 'latin1')), { imports: ['a.a', 'a.b'], exports: ['$a:function'] });
});

test('shortImports refuses a build without an app\'s glue or wasm, or an app whose glue module has another name, and changes nothing', () => {
  const teamImports = [['./sis-team_bg.js', '__wbg_log_0123456789abcdef'], ['./sis-team_bg.js', '__wbg_now_fedcba9876543210']];
  const complete = {
    [`${APP}.js`]: GLUE,
    [`${APP}_bg.wasm`]: WASM,
    [`${TEAM}.js`]: GLUE.replaceAll(MODULE, './sis-team_bg.js'),
    [`${TEAM}_bg.wasm`]: tinyWasm({ imports: teamImports, functions: [[]], exports: [['main', 'function', 2]] }),
  };
  // [what is wrong, files left out or changed, message]
  const table = [
    ['no app glue', { [`${APP}.js`]: null }, 'short-imports: no file matches /^sis-app-[0-9a-f]+\\.js$/'],
    ['no team app glue', { [`${TEAM}.js`]: null }, 'short-imports: no file matches /^sis-team-[0-9a-f]{16}\\.js$/'],
    ['no app wasm', { [`${APP}_bg.wasm`]: null }, `short-imports: ${APP}_bg.wasm is not in the build`],
    ['no team app wasm', { [`${TEAM}_bg.wasm`]: null }, `short-imports: ${TEAM}_bg.wasm is not in the build`],
    // The app's wasm under another hash than its glue: not one build.
    ["the app's wasm of another build", { [`${APP}_bg.wasm`]: null, 'sis-app-97e165d4cdaa554d_bg.wasm': WASM }, `short-imports: ${APP}_bg.wasm is not in the build`],
    // The app's glue names the module of the first-load app there once was: not the app's own build.
    ['the app glue names sis-first_bg.js', { [`${APP}.js`]: GLUE.replaceAll(MODULE, './sis-first_bg.js') }, `short-imports: "${MODULE}": is not once in the glue`],
    // The team app's glue names the app's module: not the team app's own build.
    ['the team glue names sis-app_bg.js', { [`${TEAM}.js`]: GLUE }, 'short-imports: "./sis-team_bg.js": is not once in the glue'],
  ];
  for (const [what, change, message] of table) {
    const files = { ...complete, ...change };
    for (const [name, content] of Object.entries(change)) if (content === null) delete files[name];
    const dir = stagingDir(files);
    assert.throws(() => shortImports(dir), { message }, what);
    assert.deepEqual(listing(dir), Object.keys(files).sort());
    for (const [name, content] of Object.entries(files)) assert.equal(read(dir, name), Buffer.from(content).toString('utf8'), name);
  }
});
