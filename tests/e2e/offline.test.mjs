// Offline use and installing, in a real browser: after one visit the service
// worker has cached every file of the build, and with the network off a
// reload shows the intro and the whole scan gives the right result; a new
// release served from the same address replaces the old cache cleanly; and
// the web app manifest is linked and valid, with icons of the sizes it
// names, so that Chromium finds nothing that keeps the app from installing.
// Inside a frame on another site, no service worker is registered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, GOLDEN, ROOT, answerByKeyboard, chooseLanguage, createSession, finishScan, openApp, readResult, serviceWorkerReady, useApp } from './harness.mjs';
import { serve } from '../support/serve.mjs';
import { serveHost } from '../support/host.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser.mjs';
import { serviceWorker } from '../../.ci/post-build/service-worker.mjs';

const app = useApp();

/** The version and the cached names the build's sw.js was written with. */
function buildOf(dir) {
  const build = readFileSync(join(dir, 'sw.js'), 'utf8').match(/const BUILD = (\{[\s\S]*?\});/);
  assert.ok(build, 'sw.js holds its BUILD');
  return JSON.parse(build[1]);
}

/** The URLs in the cache `name` once it holds `url` (the worker keeps an on-demand file moments after the page fetched it). */
async function cachedOnceThere(page, name, url) {
  return page.evaluate(async ([name, url]) => {
    const cache = await caches.open(name);
    for (let waited = 0; !(await cache.match(url)) && waited < 5000; waited += 50) await new Promise((wake) => setTimeout(wake, 50));
    return (await cache.keys()).map((request) => request.url).sort();
  }, [name, url]);
}

test('after one visit, the whole scan works with the network off', async () => {
  const build = buildOf(DIST);
  const page = await openApp(app);
  const ready = await serviceWorkerReady(page);
  assert.equal(ready.scope, app.url);
  assert.deepEqual(ready.names, [`sociale-innovatie-scan:${app.url}:${build.version}`]);
  // The build's files, and the texts of the language shown (Dutch), which
  // the page fetched before the worker took over and asked for again then.
  const dutch = build.onDemand.find((name) => /^texts-nl-[0-9a-f]{16}\.txt$/.test(name));
  assert.ok(dutch, 'the Dutch texts are on demand');
  assert.ok(!build.assets.some((name) => /^texts-/.test(name)), 'no language is precached');
  const cached = await cachedOnceThere(page, ready.names[0], new URL(dutch, app.url).href);
  assert.deepEqual(cached, [...build.assets, dutch].map((name) => new URL(name, app.url).href).sort());
  // Every file of the build but the worker, the host page's script, the
  // hosts' header file (hosts that read it do not serve it) and the
  // manifest's icons (only installing needs them, and the browser fetches them).
  for (const name of ['./', 'manifest.webmanifest']) assert.ok(build.assets.includes(name), name);
  assert.ok(!build.assets.some((name) => name.startsWith('icons/')), 'no icons');
  assert.ok(build.assets.some((name) => /^sis-app-[0-9a-f]+_bg\.wasm$/.test(name)), 'the app is cached');
  // The team app (the facilitator's pages) is cached on first use, not on install.
  const team = /^sis-team-[0-9a-f]{16}(\.js|_bg\.wasm)$/;
  assert.ok(!build.assets.some((name) => team.test(name)), 'the team app is not precached');
  assert.equal(build.onDemand.filter((name) => team.test(name)).length, 2, 'the team app\'s module and wasm are on demand');
  for (const name of ['sw.js', 'sis-embed.js', '_headers']) assert.ok(!build.assets.includes(name), name);

  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector('#start');
  const golden = GOLDEN.cases.find((c) => c.name === 'mixed');
  await finishScan(page, golden.answers, { role: 'manager' });
  const result = await readResult(page);
  assert.deepEqual(result.dimensions, golden.dimensions);
  assert.equal(result.index, golden.index);
  assert.equal(result.coherence, golden.coherence);
  // A language never shown cannot come offline: the app says so, in the
  // language it shows, and stays in it.
  await page.click('#lang-en');
  await page.waitForSelector('[data-notice="language-unavailable"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.match(await page.textContent('[data-notice="language-unavailable"]'), /Deze taal kon niet geladen worden/);
  // Once shown online, it works offline too, as do the pages past the result.
  await page.context().setOffline(false);
  await chooseLanguage(page, 'en');
  await page.waitForSelector('text=Your result');
  assert.equal(await page.locator('[data-notice="language-unavailable"]').count(), 0, 'the notice went with the switch');
  await cachedOnceThere(page, ready.names[0], await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).find((name) => /\/texts-en-/.test(name))));
  await page.context().setOffline(true);
  await chooseLanguage(page, 'nl');
  await chooseLanguage(page, 'en');
  await page.click('#my-results');
  await page.waitForSelector('#history-table');

  // A page with settings in its query, opened offline: the cached page with
  // those settings, back at the finished scan kept in storage.
  await page.evaluate(() => localStorage.removeItem('sis:settings'));
  await page.goto(`${app.url}?lang=en`);
  await page.waitForSelector('#score-table');
  await page.waitForSelector('text=Your result');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a member who opened a sealed invite online seals the reply with the network off', async () => {
  const facilitator = await openApp(app);
  const invite = await createSession(facilitator, { label: 'Wijkteam' });
  await facilitator.context().close();
  const page = await openApp(app, { path: new URL(invite).hash });
  const ready = await serviceWorkerReady(page);
  // Opening the invite checked its key with the share module, which the
  // worker now keeps (it came before the worker took over, and was asked
  // for again then).
  await page.waitForSelector('#invite-label');
  const module = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).find((name) => /\/sis-share-[0-9a-f]{16}\.wasm$/.test(name)));
  assert.ok(module, 'the invite fetched the share module');
  assert.ok((await cachedOnceThere(page, ready.names[0], module)).includes(module), 'the worker keeps the share module');
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector('#invite-label');
  await page.click('#start-team-scan');
  await answerByKeyboard(page, '343434343434343434343434343434');
  await page.click('#show-result');
  await page.waitForSelector('#team-reply-link');
  assert.match(await page.inputValue('#team-reply-link'), /#s=[A-Za-z0-9_-]{111}$/);
  await page.click('#toggle-reply-qr');
  await page.waitForSelector('#reply-qr svg');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every golden case gives its result offline', async () => {
  const page = await openApp(app);
  await serviceWorkerReady(page);
  await page.context().setOffline(true);
  for (const golden of GOLDEN.cases) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('#start');
    await finishScan(page, golden.answers);
    const result = await readResult(page);
    assert.deepEqual(result.dimensions, golden.dimensions, golden.name);
    assert.equal(result.index, golden.index, golden.name);
    assert.equal(result.coherence, golden.coherence, golden.name);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a new release at the same address replaces the old cache cleanly', async () => {
  // Two releases, A (this build) and B (A with a changed index.html and its
  // own sw.js, written by the same post-build step), served in turn from one
  // address: `site` is a link to the release being served.
  const work = mkdtempSync(join(tmpdir(), 'sis-release-'));
  const releaseA = join(work, 'a');
  const releaseB = join(work, 'b');
  cpSync(DIST, releaseA, { recursive: true });
  cpSync(DIST, releaseB, { recursive: true });
  const html = readFileSync(join(releaseB, 'index.html'), 'utf8');
  writeFileSync(join(releaseB, 'index.html'), html.replace('<title>', '<meta name="sis-release" content="B"><title>'));
  const b = serviceWorker(releaseB);
  const a = buildOf(releaseA);
  assert.notEqual(a.version, b.version);
  const site = join(work, 'site');
  symlinkSync(releaseA, site);
  const server = await serve(site, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const cacheOf = (version) => `sociale-innovatie-scan:${url}:${version}`;

  try {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    await page.goto(url);
    await page.waitForSelector('#start');
    assert.deepEqual((await serviceWorkerReady(page)).names, [cacheOf(a.version)]);
    // The Dutch texts, on demand, are kept by A's worker.
    const dutch = new URL(a.onDemand.find((name) => /^texts-nl-/.test(name)), url).href;
    assert.ok((await cachedOnceThere(page, cacheOf(a.version), dutch)).includes(dutch));

    // Release B goes live. An online visit gets B's page at once (pages go
    // to the network first); the browser's own update check on that visit
    // finds B's sw.js, which installs, takes over and deletes A's cache.
    rmSync(site);
    symlinkSync(releaseB, site);
    await page.reload();
    await page.waitForSelector('#start');
    assert.equal(await page.locator('meta[name="sis-release"]').count(), 1, "B's page, online");
    // Chromium checks sw.js a few seconds after the visit.
    const waited = await page.evaluate(async (name) => {
      const start = Date.now();
      while ((await caches.keys()).join() !== name && Date.now() - start < 15000) {
        await new Promise((wake) => setTimeout(wake, 100));
      }
      return Date.now() - start;
    }, cacheOf(b.version));
    assert.ok(waited < 15000, 'the new release took over within 15 s');
    const ready = await serviceWorkerReady(page);
    assert.deepEqual(ready.names, [cacheOf(b.version)], "only B's cache is left");
    // B's files, and the Dutch texts (the same name in B): B's worker copied
    // them from A's cache when it installed, so they work offline on.
    assert.deepEqual(ready.cached, [...b.assets.map((name) => new URL(name, url).href), dutch].sort());
    assert.match(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), /\/sw\.js$/);
    const cachedIndex = await page.evaluate(
      async ([name, index]) => (await (await caches.open(name)).match(index)).text(),
      [cacheOf(b.version), url],
    );
    assert.match(cachedIndex, /name="?sis-release"? content="?B"?/, "B's index.html is cached");

    // Offline, the page is B's, and it works.
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('#start');
    assert.equal(await page.locator('meta[name="sis-release"]').count(), 1, "B's page, offline");
    await page.click('#start');
    await page.waitForSelector('.question-page[data-number="1"]');
    await context.close();
  } finally {
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
});

test('the manifest is linked and valid, its icons load at their sizes, and Chromium finds the app installable', async () => {
  const page = await openApp(app);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const response = await fetch(link.href);
    return { href: link.href, type: response.headers.get('content-type'), body: await response.json() };
  });
  assert.equal(manifest.href, `${app.url}manifest.webmanifest`);
  assert.match(manifest.type, /^application\/manifest\+json/);
  const body = manifest.body;
  assert.equal(body.name, 'Sociale Innovatie Scan');
  assert.ok(body.short_name && body.short_name.length <= 13, 'a short name');
  assert.equal(body.lang, 'nl');
  assert.equal(body.start_url, './');
  assert.equal(body.scope, './');
  assert.equal(body.display, 'standalone');
  assert.equal(body.theme_color, '#0e6b64');
  // The theme colour is the accent token of the stylesheet and index.html's
  // theme-color; the background is the page's background token.
  const css = readFileSync(join(ROOT, 'style/main.css'), 'utf8');
  assert.match(css, new RegExp(`--color-accent: ${body.theme_color};`));
  assert.match(css, new RegExp(`--color-bg: ${body.background_color};`));
  assert.equal(await page.getAttribute('meta[name="theme-color"]', 'content'), body.theme_color);

  // Each icon loads, and a PNG has the size it claims.
  const icons = await page.evaluate(
    (icons) =>
      Promise.all(
        icons.map(async (icon) => {
          const image = new Image();
          image.src = new URL(icon.src, document.querySelector('link[rel="manifest"]').href).href;
          await image.decode();
          return { ...icon, width: image.naturalWidth, height: image.naturalHeight };
        }),
      ),
    body.icons,
  );
  for (const icon of icons.filter((icon) => icon.type === 'image/png')) {
    assert.equal(`${icon.width}x${icon.height}`, icon.sizes, icon.src);
  }
  const has = (size, purpose = 'any') => icons.some((icon) => icon.sizes === size && (icon.purpose ?? 'any') === purpose);
  assert.ok(has('192x192') && has('512x512') && has('512x512', 'maskable'), 'icons of 192 and 512 px, and a maskable one');
  assert.ok(icons.some((icon) => icon.type === 'image/svg+xml' && icon.sizes === 'any'), 'the SVG icon');
  await page.context().close();

  // Chromium's own verdict. Its ordinary contexts are like private windows,
  // where nothing installs, so this one has a profile of its own.
  const profile = mkdtempSync(join(tmpdir(), 'sis-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const installable = await context.newPage();
    await installable.goto(app.url);
    await installable.waitForSelector('#start');
    await serviceWorkerReady(installable);
    const cdp = await context.newCDPSession(installable);
    const parsed = await cdp.send('Page.getAppManifest');
    assert.deepEqual(parsed.errors, [], 'the manifest parses without errors or warnings');
    assert.equal(parsed.url, `${app.url}manifest.webmanifest`);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('embedded in a frame on another site, the app registers no service worker', async () => {
  const host = await serveHost(new URL(app.url).origin, 0);
  try {
    const context = await app.browser.newContext();
    // Every call to register, in every frame, is noted. (Chromium would
    // refuse a worker in this third-party frame anyway, so the calls are
    // what tells whether the app tried.)
    await context.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        (globalThis.registerCalls ??= []).push(String(args[0]));
        return register.apply(this, args);
      };
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    const worker = [];
    context.on('request', (request) => request.serviceWorker() && worker.push(request.url()));
    await page.goto(`http://localhost:${host.address().port}/`);
    const frame = await (await page.$('#scan-one')).contentFrame();
    await frame.waitForSelector('#start');
    // The app runs, and the moment a registration would follow its start
    // passes.
    await frame.waitForSelector('.embed-bar');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    assert.deepEqual(await frame.evaluate(() => globalThis.registerCalls ?? []), []);
    assert.deepEqual(worker, []);
    // The same app opened on its own, in the same context, does register.
    const own = await context.newPage();
    await own.goto(app.url);
    await serviceWorkerReady(own);
    assert.deepEqual(await own.evaluate(() => globalThis.registerCalls), ['sw.js']);
    await context.close();
  } finally {
    host.close();
  }
});
