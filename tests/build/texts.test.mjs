// Tests of the post-build step .ci/post-build/texts.mjs (the app's text
// packs named by their content, with their names and integrity written into
// the loader), and of what service-worker.mjs does with them: cached on
// first use rather than on install.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { nameTextPacks, PLACEHOLDER } from '../../.ci/post-build/texts.mjs';
import { buildServiceWorker } from '../../.ci/post-build/service-worker.mjs';

const NL = Buffer.from('sis-texts 1 nl\nSociale Innovatie Scan\x1e');
const EN = Buffer.from('sis-texts 1 en\nSocial Innovation Scan\x1e');
const LOADER = `<script type="module">const QR = 1;\n${PLACEHOLDER}\nconst textPacks = {};</script>`;
const hashed = (tag, bytes) => `texts-${tag}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.txt`;
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

test('nameTextPacks names each pack by its content and writes names and integrity into the loader', () => {
  const { html, files } = nameTextPacks(LOADER, new Map([['texts-nl.txt', NL], ['texts-en.txt', EN]]));
  assert.deepEqual([...files.keys()], [hashed('en', EN), hashed('nl', NL)]);
  assert.equal(files.get(hashed('nl', NL)), NL);
  const table = JSON.parse(/const TEXTS = (\{.*?\});/.exec(html)[1]);
  assert.deepEqual(table, {
    en: { file: hashed('en', EN), integrity: sri(EN) },
    nl: { file: hashed('nl', NL), integrity: sri(NL) },
  });
  assert.ok(!html.includes(PLACEHOLDER), 'the placeholder is filled in');
  const other = Buffer.concat([NL, Buffer.from('x\x1e')]);
  assert.notEqual(hashed('nl', other), hashed('nl', NL), 'other bytes, another name');
});

test('nameTextPacks refuses a loader without the placeholder once, and files that are not packs', () => {
  const packs = new Map([['texts-nl.txt', NL]]);
  const table = [
    ['no placeholder', '<script type="module"></script>', packs, `texts: expected "${PLACEHOLDER}" once in index.html's loader, found it 0 times`],
    ['placeholder twice', LOADER + LOADER, packs, `texts: expected "${PLACEHOLDER}" once in index.html's loader, found it 2 times`],
    ['no packs', LOADER, new Map(), 'texts: the generator wrote no text pack'],
    ['badly named', LOADER, new Map([['nl.txt', NL]]), 'texts: nl.txt is not named texts-TAG.txt'],
    ['another language inside', LOADER, new Map([['texts-de.txt', NL]]), 'texts: texts-de.txt is not a text pack for de'],
    ['not a pack', LOADER, new Map([['texts-nl.txt', Buffer.from('<!doctype html>')]]), 'texts: texts-nl.txt is not a text pack for nl'],
  ];
  for (const [what, html, given, message] of table) assert.throws(() => nameTextPacks(html, given), { message }, what);
});

test('the service worker caches the text packs on first use, not on install', () => {
  const nl = hashed('nl', NL);
  const source = "const BUILD = { version: 'unbuilt', assets: [] };\n";
  const files = new Map([['index.html', Buffer.from('<html>')], [nl, NL]]);
  const built = buildServiceWorker(files, source);
  assert.deepEqual(built.assets, ['./'], 'not precached');
  assert.deepEqual(built.onDemand, [nl], 'cached on first use');
});
