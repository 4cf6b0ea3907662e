// Tests of the helpers the post-build steps share: LEB128 numbers and wasm
// sections (.ci/post-build/wasm.mjs), and the patterns of the build's file
// names (.ci/post-build/names.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_JS, APP_WASM, APPS, QR_WASM, TEAM_JS, TEAM_WASM } from '../../.ci/post-build/names.mjs';
import { exportSection, leb, readExports, readLeb, section, sections } from '../../.ci/post-build/wasm.mjs';
import { describe, tinyWasm } from './wasm-builder.mjs';

test('leb writes and readLeb reads unsigned LEB128', () => {
  // [value, bytes]: the examples of the wasm spec and the edges of each length.
  const table = [
    [0, [0x00]],
    [1, [0x01]],
    [127, [0x7f]],
    [128, [0x80, 0x01]],
    [624485, [0xe5, 0x8e, 0x26]],
    [2 ** 21 - 1, [0xff, 0xff, 0x7f]],
    [2 ** 32 - 1, [0xff, 0xff, 0xff, 0xff, 0x0f]],
  ];
  for (const [value, bytes] of table) {
    assert.deepEqual(leb(value), bytes, `leb(${value})`);
    // Read from the middle of a buffer: the position after the number comes back.
    assert.deepEqual(readLeb(Buffer.from([0xaa, ...bytes, 0xbb]), 1), [value, 1 + bytes.length], `readLeb of ${value}`);
  }
});

test('sections lists each section with its offsets, and section writes one', () => {
  const wasm = tinyWasm({ functions: [[]], exports: [['f', 'function', 0]], custom: [['x', [1, 2, 3]]] });
  assert.deepEqual(sections(wasm).map(({ id }) => id), [1, 3, 7, 10, 0]);
  for (const { id, start, body, end } of sections(wasm)) {
    assert.deepEqual(section(id, wasm.subarray(body, end)), wasm.subarray(start, end), `section ${id} written back`);
  }
  // A body of 200 bytes needs a two-byte size.
  assert.deepEqual([...section(0, Buffer.alloc(200)).subarray(0, 3)], [0, 0xc8, 0x01]);
});

test('readExports reads every export, and exportSection writes them back', () => {
  const wasm = tinyWasm({
    functions: [[], []],
    memory: true,
    exports: [['memory', 'memory', 0], ['__wbindgen_start', 'function', 1], ['main', 'function', 0]],
  });
  const { section: found, entries } = readExports(wasm, 'test');
  assert.deepEqual(entries.map(({ name, kind, descriptor }) => [name, kind, [...descriptor]]), [
    ['memory', 2, [2, 0]],
    ['__wbindgen_start', 0, [0, 1]],
    ['main', 0, [0, 0]],
  ]);
  assert.deepEqual(exportSection(entries), wasm.subarray(found.start, found.end));
  // Fewer entries give a smaller module the engine still accepts.
  const fewer = Buffer.concat([wasm.subarray(0, found.start), exportSection(entries.slice(1, 2)), wasm.subarray(found.end)]);
  assert.deepEqual(describe(fewer).exports, ['__wbindgen_start:function']);
});

test('readExports refuses a wasm without an export section, naming the step', () => {
  assert.throws(() => readExports(tinyWasm({ functions: [[]] }), 'some-step'), {
    message: 'some-step: the wasm has no export section',
  });
});

test('readExports refuses an export section that does not parse to its end', () => {
  const wasm = tinyWasm({ functions: [[]], exports: [['f', 'function', 0]] });
  const { section: found } = readExports(wasm, 'test');
  // One stray byte inside the section, its size grown to match.
  const body = Buffer.concat([wasm.subarray(found.body, found.end), Buffer.from([0x00])]);
  const broken = Buffer.concat([wasm.subarray(0, found.start), section(7, body), wasm.subarray(found.end)]);
  assert.throws(() => readExports(broken, 'some-step'), { message: 'some-step: the export section did not parse to its end' });
});

test('the name patterns tell the apps\' files apart', () => {
  // [name, the patterns it matches]. Trunk's hash of the app has no leading
  // zeros, so its length varies (content-names.mjs then gives it 16 digits);
  // the team app's and the QR decoder's have 16 digits.
  const table = [
    ['sis-app-97e165d4cdaa554d.js', ['APP_JS']],
    ['sis-app-7e165d4cdaa554d.js', ['APP_JS']],
    ['sis-app-97e165d4cdaa554d_bg.wasm', ['APP_WASM']],
    ['sis-app-7e165d4cdaa554d_bg.wasm', ['APP_WASM']],
    ['sis-app-0123456789abcdef.js', ['APP_JS']],
    ['sis-team-c46a5bd590058120.js', ['TEAM_JS']],
    ['sis-team-c46a5bd590058120_bg.wasm', ['TEAM_WASM']],
    ['sis-qr-c46a5bd590058120.wasm', ['QR_WASM']],
    // The app has no stylesheet of its own any more, nor has the team app.
    ['sis-app-c46a5bd590058120.css', []],
    ['sis-team-c46a5bd590058120.css', []],
    ['sis-team-c46a5bd59005812.js', []],
    ['sis-qr-c46a5bd59005812.wasm', []],
    ['sis-app-.js', []],
    ['sis-app-C46A5BD590058120.js', []],
    ['sis-team.js', []],
    ['sis-app.js', []],
    ['sis-qr.wasm', []],
    // The first-load app is gone: its files are none of the build's.
    ['sis-first-97e165d4cdaa554d.js', []],
    ['sis-first-97e165d4cdaa554d_bg.wasm', []],
    ['sis-embed.js', []],
    ['main-4bd3b7ece0a0689a.css', []],
    ['sis-app-97e165d4cdaa554d.js.map', []],
  ];
  const patterns = { APP_JS, APP_WASM, TEAM_JS, TEAM_WASM, QR_WASM };
  for (const [name, expected] of table) {
    const matched = Object.entries(patterns).filter(([, pattern]) => pattern.test(name)).map(([key]) => key);
    assert.deepEqual(matched, expected, name);
  }
  // The apps the steps handle, the page's own app first, each with the stem of its glue module.
  assert.deepEqual(APPS.map(({ bin, js, wasm }) => [bin, js, wasm]), [
    ['sis-app', APP_JS, APP_WASM],
    ['sis-team', TEAM_JS, TEAM_WASM],
  ]);
});
