// Tests of the post-build step .ci/post-build/qr-decoder.mjs (the on-demand
// QR decoder named by its content and that name written into the loader),
// and of what secure.mjs and service-worker.mjs do with the decoder: its
// integrity in the loader, and cached on first use rather than on install.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { nameQrDecoder, qrDecoder } from '../../.ci/post-build/qr-decoder.mjs';
import { secureHtml } from '../../.ci/post-build/secure.mjs';
import { buildServiceWorker } from '../../.ci/post-build/service-worker.mjs';
import { listing, read, stagingDir } from './support.mjs';

const WASM = Buffer.from('\0asm\x01\0\0\0decoder');
const HASHED = `sis-qr-${createHash('sha256').update(WASM).digest('hex').slice(0, 16)}.wasm`;
const LOADER = `<script type="module">const QR_DECODER = { wasm: 'sis-qr.wasm', qrIntegrity: '' };</script>`;

test('nameQrDecoder names the decoder by its content, once, in the loader', () => {
  const { html, name } = nameQrDecoder(LOADER, WASM);
  assert.equal(name, HASHED);
  assert.equal(html, LOADER.replace('sis-qr.wasm', HASHED));
  assert.notEqual(nameQrDecoder(LOADER, Buffer.concat([WASM, Buffer.from('x')])).name, name, 'other bytes, another name');
});

test('nameQrDecoder refuses a loader that does not name the decoder once, and bytes that are no wasm', () => {
  const table = [
    ['not named', '<script type="module"></script>', WASM, 'qr-decoder: expected "sis-qr.wasm" once in index.html\'s loader, found it 0 times'],
    ['named twice', LOADER + LOADER, WASM, 'qr-decoder: expected "sis-qr.wasm" once in index.html\'s loader, found it 2 times'],
    ['unquoted', LOADER.replace("'sis-qr.wasm'", 'sis-qr.wasm'), WASM, 'qr-decoder: expected "sis-qr.wasm" once in index.html\'s loader, found it 0 times'],
    ['not wasm', LOADER, Buffer.from('<html>'), 'qr-decoder: sis-qr.wasm is not a wasm module'],
  ];
  for (const [what, html, wasm, message] of table) assert.throws(() => nameQrDecoder(html, wasm), { message }, what);
});

test('qrDecoder renames the file in the staging folder and refuses a build without it', () => {
  const dir = stagingDir({ 'index.html': LOADER, 'sis-qr.wasm': WASM });
  assert.equal(qrDecoder(dir), HASHED);
  assert.deepEqual(listing(dir), ['index.html', HASHED]);
  assert.match(read(dir, 'index.html'), new RegExp(HASHED));
  const without = stagingDir({ 'index.html': LOADER });
  assert.throws(() => qrDecoder(without), { message: 'qr-decoder: sis-qr.wasm is not in the build' });
});

test('secureHtml gives the loader the decoder\'s integrity when the build has it', () => {
  const app = 'sis-app-0123456789abcdef';
  const team = 'sis-team-fedcba9876543210';
  const files = new Map([
    [`${app}.js`, Buffer.from('export default 1')],
    [`${app}_bg.wasm`, Buffer.from('\0asm app')],
    [`${team}.js`, Buffer.from('export default 3')],
    [`${team}_bg.wasm`, Buffer.from('\0asm team')],
    [HASHED, WASM],
  ]);
  const html = `<meta charset=utf-8><script type=module>const m={js:"${team}.js",wasm:"${team}_bg.wasm",wasmIntegrity:""},u=5,q={wasm:"${HASHED}",qrIntegrity:""};</script>` +
    `<script type=module>await t({module_or_path:"./${app}_bg.wasm"});</script>`;
  const sri = `sha384-${createHash('sha384').update(WASM).digest('base64')}`;
  assert.ok(secureHtml(html, files, 1).html.includes(`qrIntegrity:"${sri}"`));
  files.delete(HASHED);
  assert.ok(secureHtml(html, files, 1).html.includes('qrIntegrity:""'), 'no decoder, nothing to fill in');
});

test('buildServiceWorker lists the decoder as cached on first use, not on install, and hashes it into the version', () => {
  const source = "const BUILD = { version: 'unbuilt', assets: [] };\n";
  const files = new Map([['index.html', Buffer.from('<html>')], [HASHED, WASM]]);
  const built = buildServiceWorker(files, source);
  assert.deepEqual(built.assets, ['./']);
  assert.deepEqual(built.onDemand, [HASHED]);
  assert.match(built.text, new RegExp(`"onDemand": \\[\\n    "${HASHED}"\\n  \\]`));
  const other = new Map(files).set(HASHED, Buffer.concat([WASM, Buffer.from('x')]));
  assert.notEqual(buildServiceWorker(other, source).version, built.version);
});
