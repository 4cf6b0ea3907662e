// Post-build step: the app's text packs, one per language
// (src/core/i18n/pack.rs), which the app fetches for the language it shows
// instead of carrying every language in its wasm.
//
// Runs the native generator `sis-texts` (src/texts.rs), which writes
// texts-TAG.txt for every language the core speaks; names each file
// texts-TAG-HASH.txt (16 hex digits of the sha256 of its bytes) and writes
// the names with their integrity (sha384) into the loader in index.html
// (TEXTS in src/web/loader.js), which fetches them with that integrity. No
// later step changes them, so their names and integrity are final here;
// service-worker.mjs lists them as cached on first use.
//
// Options checked (trunk 0.21.14): Trunk does not see these files (no asset
// of index.html names them), and `filehash` names only the files it writes.
//
// `nameTextPacks` is the transformation (text and bytes in, text and names
// out); `textPacks` runs the generator and writes the staging folder.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The loader's placeholder, which this step fills in. */
export const PLACEHOLDER = 'const TEXTS = {};';
const PLAIN = /^texts-([a-z]+)\.txt$/;

/**
 * index.html with the packs' names and integrity written into the loader,
 * and the files to write (name to bytes). `packs` maps each generator file
 * name (texts-TAG.txt) to its bytes. Fails unless the loader has the
 * placeholder exactly once, or when a pack is not one of the format.
 */
export function nameTextPacks(html, packs) {
  const found = html.split(PLACEHOLDER).length - 1;
  if (found !== 1) throw new Error(`texts: expected "${PLACEHOLDER}" once in index.html's loader, found it ${found} times`);
  const table = {};
  const files = new Map();
  for (const [plain, bytes] of [...packs].sort(([a], [b]) => a.localeCompare(b))) {
    const tag = PLAIN.exec(plain)?.[1];
    if (!tag) throw new Error(`texts: ${plain} is not named texts-TAG.txt`);
    if (!bytes.subarray(0, 20).toString('utf8').startsWith(`sis-texts 1 ${tag}\n`)) throw new Error(`texts: ${plain} is not a text pack for ${tag}`);
    const file = `texts-${tag}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.txt`;
    table[tag] = { file, integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}` };
    files.set(file, bytes);
  }
  if (!files.size) throw new Error('texts: the generator wrote no text pack');
  // A function, so that no `$` pattern in the names means anything.
  return { html: html.replace(PLACEHOLDER, () => `const TEXTS = ${JSON.stringify(table)};`), files };
}

/** Writes the text packs into the staging folder `dir`; returns their names. */
export function textPacks(dir) {
  const root = join(import.meta.dirname, '..', '..');
  const out = mkdtempSync(join(tmpdir(), 'sis-texts-'));
  try {
    execFileSync('cargo', ['run', '--quiet', '--bin', 'sis-texts', '--', out], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    const packs = new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
    const htmlPath = join(dir, 'index.html');
    const { html, files } = nameTextPacks(readFileSync(htmlPath, 'utf8'), packs);
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    writeFileSync(htmlPath, html);
    console.log(`texts: ${[...files.keys()].join(', ')}`);
    return [...files.keys()];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
