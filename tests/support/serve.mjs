// A small static file server for tests and benchmarks: serves one folder on
// 127.0.0.1 with correct MIME types (application/wasm for .wasm) and no caching.
// With `{ brotli: true }` it sends bodies brotli-compressed (quality 11) to a
// browser that accepts it, as a production host would; by default it sends
// them as they are, as the peer harness's server does. With
// `{ validators: true }` it answers as a static host with ETags does: each
// file with its ETag and `cache-control: no-cache` (keep, but ask first), and
// a request that names the current ETag with an empty 304.
// Usage: node tests/support/serve.mjs <dir> <port>   (or import { serve })
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Starts serving `dir` on `port`; resolves to the http.Server once listening. */
export function serve(dir, port, host = '127.0.0.1', { brotli = false, validators = false } = {}) {
  const root = resolve(dir);
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const encoding = {};
      const compress = brotli && /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
      let caching = { 'cache-control': 'no-store' };
      if (validators) {
        // One ETag per file and encoding, as hosts give them.
        const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}${compress ? '-br' : ''}"`;
        caching = { 'cache-control': 'no-cache', etag };
        if (request.headers['if-none-match'] === etag) {
          response.writeHead(304, caching).end();
          return;
        }
      }
      if (compress) {
        if (!compressed.has(file)) {
          compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(file);
        encoding['content-encoding'] = 'br';
      }
      response.writeHead(200, {
        ...encoding,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...caching,
        // Public static files, as many static hosts serve them: a sandboxed
        // frame (an opaque origin) may load them too.
        'access-control-allow-origin': '*',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  await serve(dir, Number(port));
  console.log(`serving ${dir} at http://127.0.0.1:${port}/`);
}
