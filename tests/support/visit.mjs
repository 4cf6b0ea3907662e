// A whole first visit on the wire: a proxy between the browser and a host
// that logs every response it passes on (path, status, body bytes as sent),
// and a fresh first visit through it that lasts until the page's service
// worker is active and no response has started for 2 s. Used by
// tests/bench/whole-visit.mjs (figures) and tests/e2e/whole-visit.test.mjs
// (the ceiling).
import { createServer, request as forward } from 'node:http';

/** A proxy to `upstream` on a free port; resolves to { server, log }. */
export function countingProxy(upstream) {
  const log = [];
  const target = new URL(upstream);
  const server = createServer((incoming, outgoing) => {
    const upstreamRequest = forward(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, host: target.host } },
      (answer) => {
        const entry = { path: incoming.url, status: answer.statusCode, bytes: 0 };
        log.push(entry);
        outgoing.writeHead(answer.statusCode, answer.headers);
        answer.on('data', (chunk) => {
          entry.bytes += chunk.length;
        });
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(upstreamRequest);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, log })));
}

/**
 * One fresh first visit of `upstream`'s start page through a counting proxy,
 * in a new context of `browser`; resolves to the log of responses.
 */
export async function firstVisit(browser, upstream) {
  const { server, log } = await countingProxy(upstream);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    for (let seen = -1; seen !== log.length; ) {
      seen = log.length;
      await page.waitForTimeout(2000);
    }
    return log;
  } finally {
    await context.close();
    server.close();
  }
}

/** The sum of the body bytes in `log`. */
export const bytesOf = (log) => log.reduce((sum, entry) => sum + entry.bytes, 0);

/** The responses in `log` that sent a body for a path already sent before (query ignored). */
export function sentAgain(log) {
  const path = (entry) => entry.path.split('?')[0];
  return log.filter((entry, at) => entry.status === 200 && log.slice(0, at).some((earlier) => earlier.status === 200 && path(earlier) === path(entry)));
}
