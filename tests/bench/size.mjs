// Prints the transfer size of the release build in dist/ by file type: raw,
// gzip -9 and brotli q11, and the whole first load against the budget.
// A benchmark that prints figures, not a test. Run after `trunk build --release`.
// Usage: node tests/bench/size.mjs [dist-dir]
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_BROTLI = 100 * 1024;
const dist = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'dist');
const rows = {};
for (const name of readdirSync(dist)) {
  const body = readFileSync(join(dist, name));
  const type = extname(name).slice(1) || 'other';
  const row = (rows[type] ??= { files: 0, raw: 0, gzip: 0, brotli: 0 });
  row.files += 1;
  row.raw += body.length;
  row.gzip += gzipSync(body, { level: 9 }).length;
  row.brotli += brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }).length;
}
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(10);
console.log('type       files        raw       gzip     brotli');
const total = { files: 0, raw: 0, gzip: 0, brotli: 0 };
for (const [type, row] of Object.entries(rows).sort()) {
  console.log(`${type.padEnd(10)} ${String(row.files).padStart(5)} ${kib(row.raw)} ${kib(row.gzip)} ${kib(row.brotli)}`);
  for (const key of Object.keys(total)) total[key] += row[key];
}
console.log(`${'total'.padEnd(10)} ${String(total.files).padStart(5)} ${kib(total.raw)} ${kib(total.gzip)} ${kib(total.brotli)}`);
const verdict = total.brotli <= BUDGET_BROTLI ? 'within' : 'OVER';
console.log(`first load, brotli: ${kib(total.brotli).trim()} of a ${kib(BUDGET_BROTLI).trim()} budget (${verdict})`);
