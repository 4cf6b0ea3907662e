// Post-build step: removes wasm exports the app never calls, and the code
// only they reached.
//
// Leptos's `csr` feature turns on server_fn's browser support, which brings
// wasm-streams along; its `#[wasm_bindgen]` classes (IntoUnderlyingSource,
// IntoUnderlyingByteSource, IntoUnderlyingSink) are exported, so no
// optimizer may drop them, and with them a share of the futures machinery:
// 1.1 KiB brotli of the first load. The app makes no streams, so nothing
// calls them. This step drops those exports and runs wasm-opt again with
// the app's own flags (index.html), which removes the code that only they
// reached. The glue keeps its (unused) classes. Release builds only.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_WASM, FULL_WASM } from './names.mjs';
import { exportSection, readExports } from './wasm.mjs';

/** Exports no part of the app calls (wasm-streams' classes). */
export const UNUSED_EXPORT = /^(__wbg_)?intounderlying(bytesource|source|sink)_/;

/** `wasm` without the exports whose names match `unused`, and their names. */
export function withoutExports(wasm, unused) {
  const { section, entries } = readExports(wasm, 'drop-unused-exports');
  const kept = entries.filter(({ name }) => !unused.test(name));
  return {
    wasm: Buffer.concat([wasm.subarray(0, section.start), exportSection(kept), wasm.subarray(section.end)]),
    dropped: entries.filter(({ name }) => unused.test(name)).map(({ name }) => name),
  };
}

/** The wasm-opt options Trunk used for the binary `bin`, read from index.html. */
function wasmOptArgs(root, bin) {
  const source = readFileSync(join(root, 'index.html'), 'utf8');
  const link = source.match(new RegExp(`<link[^>]*data-bin="${bin}"[^>]*>`))?.[0];
  const level = link?.match(/data-wasm-opt="([^"]+)"/)?.[1];
  if (!level) throw new Error(`drop-unused-exports: no data-wasm-opt for ${bin} in index.html`);
  const params = link.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '';
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/** Drops the unused exports of both apps' wasm in the staging folder `dir`. */
export function dropUnusedExports(dir) {
  const root = join(import.meta.dirname, '..', '..');
  const wasmOpt = join(root, 'node_modules', '.bin', 'wasm-opt');
  if (!existsSync(wasmOpt)) throw new Error(`drop-unused-exports: ${wasmOpt} is missing (npm ci installs binaryen)`);
  for (const [pattern, bin] of [[FIRST_WASM, 'sis-first'], [FULL_WASM, 'sis-app']]) {
    const name = readdirSync(dir).find((file) => pattern.test(file));
    if (!name) throw new Error(`drop-unused-exports: no file matches ${pattern}`);
    const path = join(dir, name);
    const before = readFileSync(path);
    const { wasm, dropped } = withoutExports(before, UNUSED_EXPORT);
    if (dropped.length === 0) {
      console.log(`drop-unused-exports: ${bin}: nothing to drop`);
      continue;
    }
    writeFileSync(path, wasm);
    execFileSync(wasmOpt, [...wasmOptArgs(root, bin), path, '-o', path], { stdio: ['ignore', 'inherit', 'inherit'] });
    console.log(`drop-unused-exports: ${bin}: ${dropped.length} exports dropped, ${before.length} -> ${readFileSync(path).length} bytes`);
  }
}
