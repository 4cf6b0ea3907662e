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

/**
 * The export section of `wasm`: the section's offsets, and each export's
 * name, kind and descriptor (kind and index, as bytes).
 */
export function readExports(wasm, step) {
  const found = sections(wasm).find((candidate) => candidate.id === 7);
  if (!found) throw new Error(`${step}: the wasm has no export section`);
  let pos = found.body;
  let total;
  [total, pos] = readLeb(wasm, pos);
  const entries = [];
  for (let i = 0; i < total; i++) {
    let length;
    [length, pos] = readLeb(wasm, pos);
    const name = wasm.subarray(pos, pos + length).toString();
    pos += length;
    const end = readLeb(wasm, pos + 1)[1];
    entries.push({ name, kind: wasm[pos], descriptor: wasm.subarray(pos, end) });
    pos = end;
  }
  if (pos !== found.end) throw new Error(`${step}: the export section did not parse to its end`);
  return { section: found, entries };
}

/** An export section of `entries` ({ name, descriptor }). */
export function exportSection(entries) {
  const body = [...leb(entries.length)];
  for (const { name, descriptor } of entries) {
    const nameBytes = Buffer.from(name);
    body.push(...leb(nameBytes.length), ...nameBytes, ...descriptor);
  }
  return section(7, Buffer.from(body));
}
