// Makes the app icons of the web app manifest from the favicon inline in
// index.html (the one source of the design), by rendering it in headless
// Chromium: style/icons/icon.svg (the favicon as a file), icon-192.png,
// icon-512.png, and icon-maskable-512.png (the same design on a full square,
// drawn smaller so that it stays inside the safe zone, the middle circle of
// 80% of the size, whatever shape a launcher cuts out).
// A tool run by hand when the favicon changes; its output is committed.
// Usage: node tests/tools/make-icons.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { launch } from '../support/browser.mjs';
import { ROOT } from '../e2e/harness.mjs';

const out = join(ROOT, 'style', 'icons');
mkdirSync(out, { recursive: true });

const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
const href = html.match(/<link rel="icon" href="data:image\/svg\+xml,([^"]+)"/)?.[1];
if (!href) throw new Error('make-icons: no inline SVG favicon found in index.html');
const svg = decodeURIComponent(href);

// The maskable variant: the rounded tile becomes a full square, and the mark
// is scaled to 80% around the middle (its farthest point is then 9.8 of the
// 32 units from the centre, inside the safe radius of 12.8).
const maskable = svg
  .replace(/ rx='[^']*'/, '')
  .replace(/(<rect[^>]*\/>)([\s\S]*)(<\/svg>)/, "$1<g transform='translate(16 16) scale(0.8) translate(-16 -16)'>$2</g>$3");
if (maskable === svg) throw new Error('make-icons: the favicon no longer has the expected shape');

writeFileSync(join(out, 'icon.svg'), `${svg}\n`);
const browser = await launch();
const page = await browser.newPage();
for (const [name, source, size] of [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-512.png', maskable, 512],
]) {
  // Chromium draws the SVG onto a canvas; its pixels come back as RGBA.
  const rgba = Buffer.from(
    await page.evaluate(
      async ([source, size]) => {
        const image = new Image(size, size);
        image.src = `data:image/svg+xml,${encodeURIComponent(source)}`;
        await image.decode();
        const canvas = new OffscreenCanvas(size, size);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0, size, size);
        const pixels = context.getImageData(0, 0, size, size).data;
        let text = '';
        for (let i = 0; i < pixels.length; i += 0x8000) text += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
        return btoa(text);
      },
      [source, size],
    ),
    'base64',
  );
  const png = indexedPng(rgba, size);
  writeFileSync(join(out, name), png);
  console.log(`${name}: ${size}x${size}, ${png.length} bytes`);
}
await browser.close();

/**
 * Encodes RGBA pixels as an 8-bit palette PNG, the smallest plain form for a
 * flat two-colour design: each channel is rounded to one of 16 levels (the
 * edges' anti-aliasing keeps its shades), which leaves far fewer than the
 * 256 colours a palette may hold.
 */
function indexedPng(rgba, size) {
  const palette = new Map();
  const rows = Buffer.alloc(size * (size + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size + 1)] = 0; // filter type: none
    for (let x = 0; x < size; x++) {
      const at = (y * size + x) * 4;
      const colour = [0, 1, 2, 3].map((c) => Math.round(rgba[at + c] / 17) * 17);
      const key = colour.join(',');
      if (!palette.has(key)) palette.set(key, palette.size);
      rows[y * (size + 1) + 1 + x] = palette.get(key);
    }
  }
  if (palette.size > 256) throw new Error(`make-icons: ${palette.size} colours do not fit a palette`);
  const colours = [...palette.keys()].map((key) => key.split(',').map(Number));
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, no filter choice, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(colours.flatMap((c) => c.slice(0, 3)))),
    chunk('tRNS', Buffer.from(colours.map((c) => c[3]))),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
