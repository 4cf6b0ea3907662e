// Tests of the wasm-opt options in index.html that do what a post-build step
// once did: `--remove-exports` drops the exports of wasm-streams' classes
// (IntoUnderlyingSource, IntoUnderlyingByteSource, IntoUnderlyingSink), which
// Leptos brings along and nothing calls, and `--converge` runs -Oz again, which
// removes the code only they reached. Each app's options run here as Trunk
// runs them (src/pipelines/rust/mod.rs of trunk 0.21.14:
// `wasm-opt --output=OUT -O<level> IN <data-wasm-opt-params>`), with the
// wasm-opt of the npm package binaryen, on a tiny module.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { describe, tinyWasm } from './wasm-builder.mjs';
import { stagingDir } from './support.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const WASM_OPT = join(ROOT, 'node_modules', '.bin', 'wasm-opt');

/** Each Rust app of index.html: its binary, wasm-opt level and parameters, split as Trunk splits them. */
const APPS = [...readFileSync(join(ROOT, 'index.html'), 'utf8').matchAll(/<link data-trunk rel="rust"[^>]*>/g)].map(([link]) => ({
  bin: link.match(/data-bin="([^"]+)"/)?.[1],
  level: link.match(/data-wasm-opt="([^"]+)"/)?.[1],
  params: (link.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean),
}));

/**
 * A module as wasm-bindgen leaves it, cut down: `main` calls an import of
 * the glue, and the exports of a wasm-streams class call another import,
 * which only they reach.
 */
const MODULE = './sis-app_bg.js';
const WASM = tinyWasm({
  imports: [[MODULE, '__wbg_log_0123456789abcdef'], [MODULE, '__wbg_enqueue_0123456789abcdef']],
  functions: [[0], [1], [1], [1]],
  memory: true,
  exports: [
    ['memory', 'memory', 0],
    ['main', 'function', 2],
    ['__wbg_intounderlyingsink_free', 'function', 3],
    ['intounderlyingsink_write', 'function', 4],
    ['intounderlyingbytesource_pull', 'function', 5],
    ['__wbindgen_start', 'function', 2],
  ],
});

test('index.html has the two apps, with a wasm-opt level, and the team app has the app\'s options', () => {
  assert.deepEqual(APPS.map(({ bin }) => bin), ['sis-app', 'sis-team']);
  for (const { bin, level } of APPS) assert.equal(level, 'z', bin);
  // The team app is the app with more pages: what shrinks one shrinks the other.
  const [app, team] = APPS;
  assert.ok(app.params.length > 0, 'the app has wasm-opt parameters');
  assert.deepEqual(team.params, app.params);
});

for (const { bin, level, params } of APPS) {
  test(`${bin}: wasm-opt drops wasm-streams' exports and the code only they reached`, () => {
    // Without converge, -Oz (Trunk's first argument) would run before the exports go, and keep their code.
    assert.ok(params.includes('--converge'), `${bin}: --converge in data-wasm-opt-params`);
    assert.ok(params.includes('--remove-exports=intounderlying*,__wbg_intounderlying*'), `${bin}: --remove-exports in data-wasm-opt-params`);
    const dir = stagingDir({ 'in.wasm': WASM });
    execFileSync(WASM_OPT, [`--output=${join(dir, 'out.wasm')}`, `-O${level}`, join(dir, 'in.wasm'), ...params], { stdio: ['ignore', 'ignore', 'inherit'] });
    assert.deepEqual(describe(readFileSync(join(dir, 'out.wasm'))), {
      imports: [`${MODULE}.__wbg_log_0123456789abcdef`],
      exports: ['memory:memory', 'main:function', '__wbindgen_start:function'],
    });
  });
}
