// Cargo.toml lists web-sys's features twice: for the browser (wasm32) and,
// optional, natively for the pre-rendered first screen, where the browser
// code compiles but never runs. Cargo has no way to share one list between
// the two target tables (a dependency is optional in one and not in the
// other), so this test keeps the two lists the same.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const MANIFEST = readFileSync(join(import.meta.dirname, '..', '..', 'Cargo.toml'), 'utf8');

/** The features of every web-sys declaration of the manifest, sorted. */
function webSysFeatures(manifest) {
  return [...manifest.matchAll(/^web-sys = \{[^\n]*features = \[([^\]]*)\]/gm)]
    .map((m) => [...m[1].matchAll(/"([^"]+)"/g)].map((f) => f[1]).sort());
}

test('both web-sys declarations of Cargo.toml enable the same features', () => {
  const [browser, native, ...more] = webSysFeatures(MANIFEST);
  assert.equal(more.length, 0, 'two declarations');
  assert.ok(browser.length > 10, 'the browser list read');
  assert.deepEqual(native, browser);
});

test('a feature missing from one list is found', () => {
  const changed = MANIFEST.replace('"Url", "Window",', '"Window",');
  const [browser, native] = webSysFeatures(changed);
  assert.notDeepEqual(native, browser);
});
