// Post-build step: names the on-demand wasm modules by their content.
//
// The pre-build hook (.ci/pre-build.mjs) puts the modules into the staging
// folder as plain names: the QR decoder as sis-qr.wasm and the share module
// as sis-share.wasm. This renames each to NAME-HASH.wasm (16 hex digits of
// the sha256 of its bytes) and writes that name into the on-demand loader in
// index.html (QR_DECODER and SHARE_MODULE in src/web/loader.js), so a cache
// may keep it for good, as the apps' files. No later step changes them, so
// their names are those of their final content; secure.mjs adds their
// integrity, and service-worker.mjs lists them as cached on first use.
//
// Options checked (trunk 0.21.14): Trunk does not see these files (they are
// no assets of index.html), and `filehash` names only the files it writes.
//
// `nameModule` is the transformation (text and bytes in, text and name
// out); `nameModules` reads and writes the staging folder.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The modules as the pre-build hook writes them. */
export const PLAIN = ['sis-qr.wasm', 'sis-share.wasm'];

/**
 * index.html with the content-hashed name of the module `plain` written into
 * the loader, and that name. Fails unless the loader names the plain file
 * exactly once, quoted, or the bytes are not a wasm module.
 */
export function nameModule(html, wasm, plain) {
  if (wasm.length < 8 || wasm.readUInt32BE(0) !== 0x0061736d) throw new Error(`modules: ${plain} is not a wasm module`);
  const name = `${plain.replace(/\.wasm$/, '')}-${createHash('sha256').update(wasm).digest('hex').slice(0, 16)}.wasm`;
  const quoted = new RegExp(`(["'])${plain.replaceAll('.', '\\.')}\\1`, 'g');
  const found = html.match(quoted)?.length ?? 0;
  if (found !== 1) throw new Error(`modules: expected "${plain}" once in index.html's loader, found it ${found} times`);
  return { html: html.replace(quoted, (_, quote) => `${quote}${name}${quote}`), name };
}

/** Renames every module in the staging folder `dir`; returns their new names. */
export function nameModules(dir) {
  for (const file of [...PLAIN, 'index.html']) {
    if (!existsSync(join(dir, file))) throw new Error(`modules: ${file} is not in the build`);
  }
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  const names = PLAIN.map((plain) => {
    const named = nameModule(html, readFileSync(join(dir, plain)), plain);
    html = named.html;
    renameSync(join(dir, plain), join(dir, named.name));
    console.log(`modules: ${named.name}`);
    return named.name;
  });
  writeFileSync(htmlPath, html);
  return names;
}
