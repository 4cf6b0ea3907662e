// Post-build step: short names for the imports and exports of the apps' wasm
// (the app and the team app).
//
// wasm-bindgen names each import its glue provides like
// `__wbg_queueMicrotask_1e8503a8a690f0a3`, in the module "./sis-app_bg.js".
// The name is written twice (the wasm's import section and the glue's import
// object), and its 16 hex digits do not compress: about 100 imports cost the
// small first-load app this page once had 2.5 KiB brotli. This step renames the module to "a" and every
// import to a short identifier, in the wasm and in the glue alike. Exports
// the glue reaches only as properties (`wasm.name`), such as
// `wasm_bindgen__convert__closures_____invoke__h…`, get short names too;
// an export named anywhere else in the glue (the memory, an export the glue
// passes on under its own name) keeps its name. It runs
// after the glue is minified and before integrity and the service worker
// hash the files. It fails the build, rather than guess, if a name is not
// exactly once in the glue. Release builds only; debug builds stay readable.
//
// Options checked: wasm-bindgen 0.2.130 has no flag for the names of its
// imports and exports (and of its flags Trunk passes only --target,
// --out-dir, --out-name, --keep-debug, --no-demangle, --reference-types,
// --weak-refs and --no-typescript).
// wasm-opt 132's `--minify-imports` renames only imports of the modules
// "env" and "wasi_*", not "./sis-app_bg.js"; its
// `--minify-imports-and-exports-and-modules` renames every import and
// export (the memory too) in the wasm only and prints the mapping to
// stdout: the glue would still have to be rewritten with it, and Trunk's
// wasm-opt run (`data-wasm-opt-params`) does not hand that output on.
//
// `shortenImports` is the transformation (bytes and text in, bytes and text
// out); `shortImports` reads and writes the staging folder.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPS } from './names.mjs';
import { exportSection, leb, readExports, readLeb, section, sections as sectionsOf } from './wasm.mjs';

/** The byte length of an import's descriptor (after its names) at `pos`. */
function descriptorEnd(bytes, pos) {
  const kind = bytes[pos++];
  const limits = (at) => {
    const flags = bytes[at++];
    [, at] = readLeb(bytes, at);
    if (flags & 1) [, at] = readLeb(bytes, at);
    return at;
  };
  switch (kind) {
    case 0: return readLeb(bytes, pos)[1]; // function: type index
    case 1: return limits(pos + 1); // table: reference type, limits
    case 2: return limits(pos); // memory: limits
    case 3: return pos + 2; // global: value type, mutability
    case 4: return readLeb(bytes, pos + 1)[1]; // tag: attribute, type index
    default: throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/** The identifier number `index` of a, b, ..., Z, aa, ab, ... (keywords among them are skipped where used). */
export function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  let n = index;
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}
const KEYWORDS = new Set(['do', 'if', 'in']);

/** Occurrences of `text` in `source`. */
const count = (source, text) => source.split(text).length - 1;

/** Renames the glue module's imports in `wasm` and `glue`; returns both. */
export function shortenImports(wasm, glue, moduleName) {
  const sections = sectionsOf(wasm);
  const imports = sections.find((section) => section.id === 2);
  if (!imports) throw new Error('short-imports: the wasm has no import section');

  const moduleKey = `${JSON.stringify(moduleName)}:`;
  if (count(glue, moduleKey) !== 1) throw new Error(`short-imports: ${moduleKey} is not once in the glue`);
  let newGlue = glue.replace(moduleKey, 'a:');

  let pos = imports.body;
  let total;
  [total, pos] = readLeb(wasm, pos);
  const out = [...leb(total)];
  let next = 0;
  for (let i = 0; i < total; i++) {
    let length;
    [length, pos] = readLeb(wasm, pos);
    const module = wasm.subarray(pos, pos + length).toString();
    pos += length;
    [length, pos] = readLeb(wasm, pos);
    const name = wasm.subarray(pos, pos + length).toString();
    pos += length;
    const end = descriptorEnd(wasm, pos);
    const descriptor = wasm.subarray(pos, end);
    pos = end;
    let newModule = module;
    let newName = name;
    if (module === moduleName) {
      do newName = shortName(next++); while (KEYWORDS.has(newName));
      if (count(newGlue, name) !== 1) throw new Error(`short-imports: ${name} is not once in the glue`);
      newGlue = newGlue.replace(name, newName);
      newModule = 'a';
    }
    const moduleBytes = Buffer.from(newModule);
    const nameBytes = Buffer.from(newName);
    out.push(...leb(moduleBytes.length), ...moduleBytes, ...leb(nameBytes.length), ...nameBytes, ...descriptor);
  }
  if (pos !== imports.end) throw new Error('short-imports: the import section did not parse to its end');
  const body = Buffer.from(out);

  // Exports: renamed where every mention in the glue is a property access.
  const exports = readExports(wasm, 'short-imports');
  let renamedExports = 0;
  let nextExport = 0;
  const renamedEntries = exports.entries.map(({ name, kind, descriptor }) => {
    const mentions = [...newGlue.matchAll(new RegExp(`(^|[^A-Za-z0-9_$])${name.replace(/\$/g, '\\$')}(?![A-Za-z0-9_$])`, 'g'))];
    const asProperty = mentions.length > 0 && mentions.every((mention) => mention[1] === '.');
    if (kind !== 0 || name.length <= 3 || !asProperty) return { name, descriptor };
    let newName;
    do newName = `$${shortName(nextExport++)}`; while (newGlue.includes(newName));
    renamedExports += 1;
    newGlue = newGlue.replace(new RegExp(`\\.${name.replace(/\$/g, '\\$')}(?![A-Za-z0-9_$])`, 'g'), `.${newName}`);
    return { name: newName, descriptor };
  });

  const newWasm = Buffer.concat([
    wasm.subarray(0, imports.start),
    section(2, body),
    wasm.subarray(imports.end, exports.section.start),
    exportSection(renamedEntries),
    wasm.subarray(exports.section.end),
  ]);
  return { wasm: newWasm, glue: newGlue, renamed: next, renamedExports };
}

/** Shortens the imports of every app in the staging folder `dir`. */
export function shortImports(dir) {
  const files = readdirSync(dir);
  // Every app first, so that a refusal leaves the folder as it was.
  const apps = APPS.map(({ bin, js: pattern }) => {
    const js = files.find((name) => pattern.test(name));
    if (!js) throw new Error(`short-imports: no file matches ${pattern}`);
    const wasmName = js.replace(/\.js$/, '_bg.wasm');
    if (!files.includes(wasmName)) throw new Error(`short-imports: ${wasmName} is not in the build`);
    const wasm = readFileSync(join(dir, wasmName));
    const glue = readFileSync(join(dir, js), 'utf8');
    // wasm-bindgen names the glue module after the binary (Trunk's --out-name).
    return { js, wasmName, stem: bin, wasm, glue, result: shortenImports(wasm, glue, `./${bin}_bg.js`) };
  });
  let before = 0;
  let after = 0;
  for (const { js, wasmName, stem, wasm, glue, result } of apps) {
    writeFileSync(join(dir, wasmName), result.wasm);
    writeFileSync(join(dir, js), result.glue);
    before += wasm.length + glue.length;
    after += result.wasm.length + result.glue.length;
    console.log(`short-imports: ${stem}: ${result.renamed} imports and ${result.renamedExports} exports renamed`);
  }
  console.log(`short-imports: ${before} -> ${after} bytes`);
}
