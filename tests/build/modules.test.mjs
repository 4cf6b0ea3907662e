// Tests of the post-build step .ci/post-build/modules.mjs (the on-demand
// wasm modules, the QR decoder and the share module, named by their content
// and those names written into the loader), and of what secure.mjs and
// service-worker.mjs do with them: their integrity in the loader, and cached
// on first use rather than on install.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { nameModule, nameModules } from '../../.ci/post-build/modules.mjs';
import { secureHtml } from '../../.ci/post-build/secure.mjs';
import { buildServiceWorker } from '../../.ci/post-build/service-worker.mjs';
import { listing, read, stagingDir } from './support.mjs';

const WASM = Buffer.from('\0asm\x01\0\0\0decoder');
const HASHED = `sis-qr-${createHash('sha256').update(WASM).digest('hex').slice(0, 16)}.wasm`;
const SHARE = Buffer.from('\0asm\x01\0\0\0share');
const SHARE_HASHED = `sis-share-${createHash('sha256').update(SHARE).digest('hex').slice(0, 16)}.wasm`;
const LOADER = `<script type="module">const QR_DECODER = { wasm: 'sis-qr.wasm', qrIntegrity: '' };` +
  `const SHARE_MODULE = { wasm: 'sis-share.wasm', shareIntegrity: '' };</script>`;

test('nameModule names a module by its content, once, in the loader', () => {
  const { html, name } = nameModule(LOADER, WASM, 'sis-qr.wasm');
  assert.equal(name, HASHED);
  assert.equal(html, LOADER.replace('sis-qr.wasm', HASHED));
  assert.notEqual(nameModule(LOADER, Buffer.concat([WASM, Buffer.from('x')]), 'sis-qr.wasm').name, name, 'other bytes, another name');
  assert.equal(nameModule(LOADER, SHARE, 'sis-share.wasm').html, LOADER.replace('sis-share.wasm', SHARE_HASHED), 'the other module');
});

test('nameModule refuses a loader that does not name the decoder once, and bytes that are no wasm', () => {
  const table = [
    ['not named', '<script type="module"></script>', WASM, 'modules: expected "sis-qr.wasm" once in index.html\'s loader, found it 0 times'],
    ['named twice', LOADER + LOADER, WASM, 'modules: expected "sis-qr.wasm" once in index.html\'s loader, found it 2 times'],
    ['unquoted', LOADER.replace("'sis-qr.wasm'", 'sis-qr.wasm'), WASM, 'modules: expected "sis-qr.wasm" once in index.html\'s loader, found it 0 times'],
    ['a dot is a dot', LOADER.replace("'sis-qr.wasm'", "'sis-qrxwasm'"), WASM, 'modules: expected "sis-qr.wasm" once in index.html\'s loader, found it 0 times'],
    ['not wasm', LOADER, Buffer.from('<html>'), 'modules: sis-qr.wasm is not a wasm module'],
  ];
  for (const [what, html, wasm, message] of table) assert.throws(() => nameModule(html, wasm, 'sis-qr.wasm'), { message }, what);
});

test('nameModules renames both files in the staging folder and refuses a build without one', () => {
  const dir = stagingDir({ 'index.html': LOADER, 'sis-qr.wasm': WASM, 'sis-share.wasm': SHARE });
  assert.deepEqual(nameModules(dir), [HASHED, SHARE_HASHED]);
  assert.deepEqual(listing(dir), ['index.html', HASHED, SHARE_HASHED].sort());
  assert.match(read(dir, 'index.html'), new RegExp(HASHED));
  assert.match(read(dir, 'index.html'), new RegExp(SHARE_HASHED));
  const without = stagingDir({ 'index.html': LOADER, 'sis-qr.wasm': WASM });
  assert.throws(() => nameModules(without), { message: 'modules: sis-share.wasm is not in the build' });
});

test('secureHtml gives the loader each module\'s integrity when the build has it', () => {
  const app = 'sis-app-0123456789abcdef';
  const team = 'sis-team-fedcba9876543210';
  const files = new Map([
    [`${app}.js`, Buffer.from('export default 1')],
    [`${app}_bg.wasm`, Buffer.from('\0asm app')],
    [`${team}.js`, Buffer.from('export default 3')],
    [`${team}_bg.wasm`, Buffer.from('\0asm team')],
    [HASHED, WASM],
    [SHARE_HASHED, SHARE],
  ]);
  const html = `<meta charset=utf-8><script type=module>const m={js:"${team}.js",wasm:"${team}_bg.wasm",wasmIntegrity:""},u=5,q={wasm:"${HASHED}",qrIntegrity:""},s={wasm:"${SHARE_HASHED}",shareIntegrity:""};</script>` +
    `<script type=module>await t({module_or_path:"./${app}_bg.wasm"});</script>`;
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const secured = secureHtml(html, files, 1).html;
  assert.ok(secured.includes(`qrIntegrity:"${sri(WASM)}"`));
  assert.ok(secured.includes(`shareIntegrity:"${sri(SHARE)}"`));
  files.delete(HASHED);
  files.delete(SHARE_HASHED);
  const bare = secureHtml(html, files, 1).html;
  assert.ok(bare.includes('qrIntegrity:""') && bare.includes('shareIntegrity:""'), 'no modules, nothing to fill in');
});

test('buildServiceWorker lists the modules as cached on first use, not on install, and hashes them into the version', () => {
  const source = "const BUILD = { version: 'unbuilt', assets: [] };\n";
  const files = new Map([['index.html', Buffer.from('<html>')], [HASHED, WASM], [SHARE_HASHED, SHARE]]);
  const built = buildServiceWorker(files, source);
  assert.deepEqual(built.assets, ['./']);
  assert.deepEqual(built.onDemand.sort(), [HASHED, SHARE_HASHED].sort());
  const other = new Map(files).set(HASHED, Buffer.concat([WASM, Buffer.from('x')]));
  assert.notEqual(buildServiceWorker(other, source).version, built.version);
});
