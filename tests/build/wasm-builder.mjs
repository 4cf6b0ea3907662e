// Builds tiny wasm modules for the tests of the post-build steps: a handful
// of functions of type () -> (), imported or defined (each a list of the
// functions it calls), imports of the other kinds, an optional table and
// memory, exports and custom sections. Small enough to read in a test, and
// valid: the tests compile what the steps make of them with
// WebAssembly.Module.
import { leb, section } from '../../.ci/post-build/wasm.mjs';

/** A wasm name: its length, then its UTF-8 bytes. */
const name = (text) => {
  const bytes = Buffer.from(text);
  return [...leb(bytes.length), ...bytes];
};

/** A vector: the count, then the items' bytes. */
const vector = (items) => Buffer.from([...leb(items.length), ...items.flat()]);

/** The kinds of an export, as the binary format numbers them. */
export const KIND = { function: 0, table: 1, memory: 2, global: 3 };

/** The descriptor of an import of each kind (after its names): type 0, limits, value type. */
const IMPORT = {
  function: [0x00, 0x00],
  table: [0x01, 0x70, 0x01, 0x01, 0x02],
  memory: [0x02, 0x00, 0x01],
  global: [0x03, 0x7f, 0x00],
};

/**
 * A module. `imports`: [module, name, kind = 'function'], imported
 * functions numbered before defined ones; `functions`: for each defined
 * function the indices it calls; `table`, `memory`: whether it defines one;
 * `exports`: [name, kind, index]; `custom`: [name, bytes] sections at the end.
 */
export function tinyWasm({ imports = [], functions = [], table = false, memory = false, exports = [], custom = [] }) {
  const parts = [Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])];
  parts.push(section(1, vector([[0x60, 0x00, 0x00]])));
  if (imports.length) parts.push(section(2, vector(imports.map(([module, field, kind = 'function']) => [...name(module), ...name(field), ...IMPORT[kind]]))));
  if (functions.length) parts.push(section(3, vector(functions.map(() => [0x00]))));
  if (table) parts.push(section(4, vector([[0x70, 0x00, 0x01]])));
  if (memory) parts.push(section(5, vector([[0x00, 0x01]])));
  if (exports.length) parts.push(section(7, vector(exports.map(([field, kind, index]) => [...name(field), KIND[kind], ...leb(index)]))));
  if (functions.length) {
    const bodies = functions.map((calls) => {
      const code = [0x00, ...calls.flatMap((index) => [0x10, ...leb(index)]), 0x0b];
      return [...leb(code.length), ...code];
    });
    parts.push(section(10, vector(bodies)));
  }
  for (const [field, bytes] of custom) parts.push(section(0, Buffer.from([...name(field), ...bytes])));
  return Buffer.concat(parts);
}

/** The imports and exports of `wasm` as the engine reads them (it also validates the module). */
export function describe(wasm) {
  const module = new WebAssembly.Module(wasm);
  return {
    imports: WebAssembly.Module.imports(module).map(({ module: from, name: field }) => `${from}.${field}`),
    exports: WebAssembly.Module.exports(module).map(({ name: field, kind }) => `${field}:${kind}`),
  };
}
