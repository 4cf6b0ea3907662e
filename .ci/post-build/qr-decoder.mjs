// Post-build step: names the on-demand QR decoder by its content.
//
// The pre-build hook (.ci/pre-build.mjs) puts the decoder into the staging
// folder as sis-qr.wasm. This renames it to sis-qr-HASH.wasm (16 hex digits
// of the sha256 of its bytes) and writes that name into the on-demand
// loader in index.html (QR_DECODER in src/web/loader.js), so a cache
// may keep it for good, as the apps' files. No later step changes it, so
// its name is that of its final content; secure.mjs adds its integrity, and
// service-worker.mjs lists it as cached on first use.
//
// Options checked (trunk 0.21.14): Trunk does not see this file (it is no
// asset of index.html), and `filehash` names only the files it writes.
//
// `nameQrDecoder` is the transformation (text and bytes in, text and name
// out); `qrDecoder` reads and writes the staging folder.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The decoder as the pre-build hook writes it. */
export const PLAIN = 'sis-qr.wasm';

/**
 * index.html with the decoder's content-hashed name written into the loader,
 * and that name. Fails unless the loader names the plain file exactly once,
 * quoted, or the bytes are not a wasm module.
 */
export function nameQrDecoder(html, wasm) {
  if (wasm.length < 8 || wasm.readUInt32BE(0) !== 0x0061736d) throw new Error(`qr-decoder: ${PLAIN} is not a wasm module`);
  const name = `sis-qr-${createHash('sha256').update(wasm).digest('hex').slice(0, 16)}.wasm`;
  const quoted = /(["'])sis-qr\.wasm\1/g;
  const found = html.match(quoted)?.length ?? 0;
  if (found !== 1) throw new Error(`qr-decoder: expected "${PLAIN}" once in index.html's loader, found it ${found} times`);
  return { html: html.replace(quoted, (_, quote) => `${quote}${name}${quote}`), name };
}

/** Renames the decoder in the staging folder `dir`; returns its new name. */
export function qrDecoder(dir) {
  for (const file of [PLAIN, 'index.html']) {
    if (!existsSync(join(dir, file))) throw new Error(`qr-decoder: ${file} is not in the build`);
  }
  const htmlPath = join(dir, 'index.html');
  const { html, name } = nameQrDecoder(readFileSync(htmlPath, 'utf8'), readFileSync(join(dir, PLAIN)));
  renameSync(join(dir, PLAIN), join(dir, name));
  writeFileSync(htmlPath, html);
  console.log(`qr-decoder: ${name}`);
  return name;
}
