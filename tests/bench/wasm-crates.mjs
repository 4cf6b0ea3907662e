// Splits a wasm file with a name section into groups (crate, or module of this
// crate) and prints raw bytes and a brotli estimate per group: each group's
// function bodies are compressed on their own, and the sum is scaled to the
// brotli size of the whole code section. Data segments are one group.
// Usage: node tests/bench/wasm-crates.mjs FILE.wasm [--top N] [--funcs PATTERN] [--sum PATTERN]
// --sum prints the groups whose names match PATTERN, and their total (for
// example the crates of one feature).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const file = args[0];
const top = Number(args[args.indexOf('--top') + 1]) || 40;
const funcPattern = args.includes('--funcs') ? new RegExp(args[args.indexOf('--funcs') + 1]) : null;
const sumPattern = args.includes('--sum') ? new RegExp(args[args.indexOf('--sum') + 1]) : null;
const buf = readFileSync(file);
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;

let pos = 8;
function leb() { let r = 0, s = 0, b; do { b = buf[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; }
let importedFuncs = 0;
const bodies = [];
const names = new Map();
const data = [];
let codeSection = null, dataSection = null;
const sections = [];
while (pos < buf.length) {
  const id = buf[pos++];
  const size = leb();
  const start = pos;
  const end = pos + size;
  if (id === 2) {
    const n = leb();
    for (let i = 0; i < n; i++) {
      const ml = leb(); pos += ml; const fl = leb(); pos += fl;
      const kind = buf[pos++];
      if (kind === 0) { leb(); importedFuncs++; }
      else if (kind === 1) { pos++; const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 3) { pos += 2; }
      else if (kind === 4) { pos++; leb(); }
    }
  } else if (id === 10) {
    codeSection = buf.subarray(start, end);
    const n = leb();
    for (let i = 0; i < n; i++) { const bs = leb(); bodies.push(buf.subarray(pos, pos + bs)); pos += bs; }
  } else if (id === 11) {
    dataSection = buf.subarray(start, end);
  } else if (id === 0) {
    const nl = leb(); const name = buf.subarray(pos, pos + nl).toString(); pos += nl;
    if (name === 'name') {
      while (pos < end) {
        const sub = buf[pos++]; const ss = leb(); const se = pos + ss;
        if (sub === 1) {
          const n = leb();
          for (let i = 0; i < n; i++) { const idx = leb(); const l = leb(); names.set(idx, buf.subarray(pos, pos + l).toString()); pos += l; }
        }
        pos = se;
      }
    }
    sections.push([`custom:${name}`, size]);
  }
  if (id !== 0) sections.push([`section ${id}`, size]);
  pos = end;
}

// Rust's legacy mangling (`_ZN3sis4core5share6decode17h…E`) back to a
// path (`sis::core::links::share::decode`), enough to group by crate and module.
// rustc writes it for the release build's name section.
function demangle(name) {
  if (!name.startsWith('_ZN')) return name;
  const parts = [];
  let at = 3;
  while (at < name.length && name[at] !== 'E') {
    const digits = name.slice(at).match(/^\d+/);
    if (!digits) break;
    at += digits[0].length;
    parts.push(name.slice(at, at + Number(digits[0])));
    at += Number(digits[0]);
  }
  if (parts.length > 1 && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .join('::')
    .replace(/^_/, '')
    .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$RF\$/g, '&').replace(/\$BP\$/g, '*')
    .replace(/\$C\$/g, ',').replace(/\$u20\$/g, ' ').replace(/\$u[0-9a-f]+\$/g, '').replace(/\.\./g, '::');
}

function group(name) {
  if (!name) return '(unnamed)';
  // wasm-bindgen's describe functions are removed by wasm-bindgen; one
  // group, so they do not each shift the scale of the estimates.
  if (name.startsWith('__wbindgen_describe')) return '(wasm-bindgen describe fns, removed later)';
  // Rust's v0 mangling (std's names): the crate, and core's, alloc's or
  // std's module.
  if (name.startsWith('_R')) {
    const m = name.match(/Cs[0-9A-Za-z]*_(\d+)/);
    if (m) {
      const at = name.indexOf(m[0]) + m[0].length;
      const crate = name.slice(at, at + Number(m[1]));
      const rest = name.slice(at + Number(m[1]));
      const length = rest.match(/^(\d+)/);
      const module = length ? rest.slice(length[0].length, length[0].length + Number(length[1])) : '';
      return ['core', 'alloc', 'std'].includes(crate) ? `${crate}::${module}` : crate;
    }
  }
  const clean = demangle(name).replace(/\[[0-9a-f]+\]/g, '');
  let m = clean.match(/^sis::(ui|core|web)::([a-z_0-9]+)/);
  if (m) return `sis::${m[1]}::${m[2]}`;
  m = clean.match(/^<sis::(ui|core|web)::([a-z_0-9]+)/);
  if (m) return `sis::${m[1]}::${m[2]}`;
  if (/^<?sis::(chart_svg|qr_svg|svg)::/.test(clean)) return clean.match(/sis::(chart_svg|qr_svg|svg)/)[0];
  if (/sis_app::main/.test(clean)) return 'sis_app::main (inlined app)';
  // first path segment that looks like a crate
  m = clean.match(/([a-z_][a-z0-9_]*)::/);
  if (m) {
    const c = m[1];
    if (c === 'core' || c === 'alloc' || c === 'std') {
      const sub = clean.match(/(?:core|alloc|std)::([a-z_0-9]+)/);
      return `${c}::${sub ? sub[1] : ''}`;
    }
    return c;
  }
  return `(other) ${clean.slice(0, 40)}`;
}

const groups = new Map();
bodies.forEach((body, i) => {
  const name = names.get(importedFuncs + i);
  if (funcPattern && name && funcPattern.test(name)) console.log(body.length, name);
  const g = group(name);
  const row = groups.get(g) ?? { raw: 0, parts: [], count: 0 };
  row.raw += body.length; row.parts.push(body); row.count++;
  groups.set(g, row);
});
const codeBr = br(codeSection);
const dataBr = dataSection ? br(dataSection) : 0;
let sumBr = 0;
for (const row of groups.values()) { row.br = br(Buffer.concat(row.parts)); sumBr += row.br; }
const scale = codeBr / sumBr;
const rows = [...groups.entries()].sort((a, b) => b[1].br - a[1].br);
console.log(`file ${file}: ${buf.length} bytes, brotli ${(br(buf) / 1024).toFixed(1)} KiB`);
console.log(`code section ${codeSection.length} B (brotli ${(codeBr / 1024).toFixed(1)} KiB), data ${dataSection?.length ?? 0} B (brotli ${(dataBr / 1024).toFixed(1)} KiB)`);
for (const [n, s] of sections) console.log(`  ${n}: ${s}`);
console.log('group                                         funcs    raw KiB  brotli~KiB');
for (const [g, row] of rows.slice(0, top)) {
  console.log(`${g.padEnd(44)} ${String(row.count).padStart(6)} ${(row.raw / 1024).toFixed(1).padStart(9)} ${(row.br * scale / 1024).toFixed(1).padStart(10)}`);
}
const rest = rows.slice(top).reduce((a, [, r]) => [a[0] + r.raw, a[1] + r.br * scale], [0, 0]);
console.log(`${'(rest)'.padEnd(44)} ${''.padStart(6)} ${(rest[0] / 1024).toFixed(1).padStart(9)} ${(rest[1] / 1024).toFixed(1).padStart(10)}`);
if (sumPattern) {
  const matching = rows.filter(([g]) => sumPattern.test(g));
  for (const [g, row] of matching) console.log(`  sum: ${g.padEnd(38)} ${(row.raw / 1024).toFixed(1).padStart(9)} ${(row.br * scale / 1024).toFixed(1).padStart(10)}`);
  const raw = matching.reduce((a, [, r]) => a + r.raw, 0);
  const parts = matching.flatMap(([, r]) => r.parts);
  const together = parts.length ? br(Buffer.concat(parts)) * scale : 0;
  console.log(`groups matching ${sumPattern}: raw ${(raw / 1024).toFixed(1)} KiB, brotli~ ${(together / 1024).toFixed(1)} KiB (compressed together)`);
}
