// Trunk pre-build hook: builds the on-demand wasm modules without imports
// into Trunk's staging folder: the QR decoder (the package `src/qr-decoder/`,
// binary `sis-qr`) as `sis-qr.wasm` and the share module (the package
// `src/share-module/`, binary `sis-share`) as `sis-share.wasm`; the
// post-build step `modules.mjs` then names each by its content and writes
// that name into the on-demand loader (src/web/loader.js).
//
// Options checked (trunk 0.21.14): a `<link data-trunk rel="rust">` always
// runs wasm-bindgen on its binary, and wasm-bindgen 0.2.130 refuses a module
// that does not use it ("failed to find intrinsics to enable `clone_ref`");
// a binary that does use it (or links this app's library) brings its glue
// and imports, which the decoder has no need of (it takes bytes and gives
// text). So cargo builds it here, with the profile of the build (the
// workspace's release profile: opt-level "z", LTO, panic "abort"), and
// wasm-opt -Oz finishes it in release builds, as Trunk does for the apps.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('pre-build: TRUNK_STAGING_DIR is not set (run as a Trunk hook)');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';
const root = join(import.meta.dirname, '..');
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`pre-build: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
};
// Offline and locked, as Trunk.toml's `offline = true` builds the apps.
const modules = ['sis-qr', 'sis-share'];
run('cargo', ['build', '--offline', '--locked', ...modules.flatMap((name) => ['--package', name]), '--target', 'wasm32-unknown-unknown', ...(release ? ['--release'] : [])]);
// Where cargo put them: its target folder, which CARGO_TARGET_DIR or a
// config may move (a worktree sharing another's, say).
const target = JSON.parse(execFileSync('cargo', ['metadata', '--offline', '--format-version', '1', '--no-deps'], { cwd: root, encoding: 'utf8' })).target_directory;
for (const name of modules) {
  const built = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${name}.wasm`);
  const output = join(dir, `${name}.wasm`);
  if (release) run('wasm-opt', ['-Oz', '--converge', '--strip-debug', '--strip-producers', '--strip-target-features', built, '-o', output]);
  else copyFileSync(built, output);
  console.log(`pre-build: ${output}`);
}
