// Reading and writing the few parts of a wasm binary the post-build steps
// change: LEB128 numbers and the sections.

/** Reads an unsigned LEB128 number at `pos`; returns [value, next position]. */
export function readLeb(bytes, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

/** Writes `value` as unsigned LEB128. */
export function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** The sections of `wasm`: id, and the offsets of its start, body and end. */
export function sections(wasm) {
  const found = [];
  for (let pos = 8; pos < wasm.length;) {
    const id = wasm[pos];
    const [size, body] = readLeb(wasm, pos + 1);
    found.push({ id, start: pos, body, end: body + size });
    pos = body + size;
  }
  return found;
}

/** A section with id `id` and the given body bytes. */
export const section = (id, body) => Buffer.concat([Buffer.from([id, ...leb(body.length)]), body]);
