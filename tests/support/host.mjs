// A second origin for embedding tests: serves the demo host page
// (tests/embed/host.html) on localhost, with the app's origin filled in, so
// the host and the app are different origins (and sites) as on the web. It
// loads the host script with its integrity, as the README tells hosts to.
// Usage: node tests/support/host.mjs <app-origin> <port>   (or import { serveHost })
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGE = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'embed', 'host.html');
const EMBED_SCRIPT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'src', 'web', 'host', 'sis-embed.js');

/** The subresource integrity of the host script, as hosts put it on their script tag. */
export function embedIntegrity() {
  return `sha384-${createHash('sha384').update(readFileSync(EMBED_SCRIPT)).digest('base64')}`;
}

/**
 * Serves the host page at `/` (and any page given in `pages`, path to HTML)
 * on localhost; resolves to the http.Server once listening. `appOrigin` is
 * a string or a function giving it when a page is asked for.
 */
export function serveHost(appOrigin, port = 0, pages = {}) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const own = `http://localhost:${server.address().port}`;
    const html = pages[path] ?? (path === '/' ? readFileSync(PAGE, 'utf8') : null);
    if (html === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    const app = typeof appOrigin === 'function' ? appOrigin() : appOrigin;
    response.end(
      html.replaceAll('APP_ORIGIN', app).replaceAll('HOST_ORIGIN', own).replaceAll('EMBED_INTEGRITY', embedIntegrity()),
    );
  });
  return new Promise((done) => server.listen(port, 'localhost', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [appOrigin, port] = process.argv.slice(2);
  const server = await serveHost(appOrigin ?? 'http://127.0.0.1:8080', Number(port ?? 8090));
  console.log(`host page at http://localhost:${server.address().port}/ embedding ${appOrigin}`);
}
