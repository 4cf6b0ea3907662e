// Tests of the wasm linker wrapper .cargo/rust-lld (named in
// .cargo/config.toml): it calls the real rust-lld with every argument but
// the exports of wasm-streams' IntoUnderlying* classes, so that the linker
// leaves their code out of the apps' wasm (4 KiB brotli, README). A fake
// rust-lld earlier on PATH records what the wrapper passes on.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const WRAPPER = join(import.meta.dirname, '..', '..', '.cargo', 'rust-lld');

/** The arguments the real linker gets when the wrapper is called with `args`. */
function passedOn(args) {
  const dir = mkdtempSync(join(tmpdir(), 'sis-lld-'));
  const log = join(dir, 'args');
  const fake = join(dir, 'rust-lld');
  writeFileSync(fake, `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > '${log}'\n`);
  chmodSync(fake, 0o755);
  const run = spawnSync('bash', [WRAPPER, ...args], { env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
  assert.equal(run.status, 0, run.stderr.toString());
  return readFileSync(log, 'utf8').split('\n').slice(0, -1);
}

test('the wrapper drops the exports of wasm-streams\' classes, and nothing else', () => {
  const table = [
    ['no exports', ['-flavor', 'wasm', 'a.o', '-o', 'app.wasm'], ['-flavor', 'wasm', 'a.o', '-o', 'app.wasm']],
    [
      'the classes\' exports go, with their --export',
      ['-flavor', 'wasm', '--export', 'main', '--export', 'intounderlyingsource_pull', '--export', '__wbg_intounderlyingsink_free', '--export', '__wbindgen_describe_intounderlyingbytesource_type', '--export', '__wbindgen_start', '-o', 'app.wasm'],
      ['-flavor', 'wasm', '--export', 'main', '--export', '__wbindgen_start', '-o', 'app.wasm'],
    ],
    ['a name only like them stays', ['--export', 'myintounderlying', 'intounderlyingsource_pull'], ['--export', 'myintounderlying', 'intounderlyingsource_pull']],
    ['an argument with spaces stays whole', ['-o', 'my app.wasm'], ['-o', 'my app.wasm']],
  ];
  for (const [what, args, expected] of table) assert.deepEqual(passedOn(args), expected, what);
});
