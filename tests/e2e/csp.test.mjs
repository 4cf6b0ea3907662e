// The Content-Security-Policy and subresource integrity, proven on the built
// page: the policy is the strict one the README documents, every file the
// page loads carries the integrity of the file as served, the browser really
// refuses tampered files, and the listener that counts policy violations
// (every browser test counts them, see harness.mjs) does catch them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, GOLDEN, LANGS, ROOT, answerByKeyboard, openApp, useApp } from './harness.mjs';
import { POLICY } from '../../.ci/post-build/secure.mjs';

const app = useApp();
const html = () => readFileSync(join(DIST, 'index.html'), 'utf8');
const sha = (algorithm, bytes) => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;

/** The directives of the built page's CSP meta, by name. */
function builtPolicy() {
  const content = html().match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(content, 'index.html has a CSP meta');
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

test('the policy is strict, allows exactly the inline scripts of the page, and is documented', () => {
  const policy = builtPolicy();
  assert.deepEqual([...policy.keys()], POLICY.map(([name]) => name));
  for (const [name, value] of POLICY) {
    const values = policy.get(name);
    assert.deepEqual(values.slice(0, value.split(' ').length), value.split(' '), name);
  }
  // The minimum: nothing by default, no inline code but by hash.
  assert.deepEqual(policy.get('default-src'), ["'none'"]);
  assert.ok(!policy.get('script-src').includes("'unsafe-inline'") && !policy.get('script-src').includes("'unsafe-eval'"));
  assert.deepEqual(policy.get('style-src'), ["'self'"]);
  // Exactly one hash per inline script, and each hash is right.
  const inline = [...html().matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'${sha('sha256', m[1])}'`);
  const hashes = policy.get('script-src').filter((v) => v.startsWith("'sha256-"));
  assert.equal(inline.length, 5, "the page's styles, Trunk loader, on-demand loader, import map, pre-rendered first screen");
  assert.deepEqual([...hashes].sort(), [...inline].sort());
  // The CSP meta comes before every script.
  assert.ok(html().indexOf('Content-Security-Policy') < html().indexOf('<script'));
  // The same policy as headers for hosts, and documented in the README.
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const meta = html().match(/content="(default-src[^"]+)"/)[1];
  assert.ok(headers.includes(`Content-Security-Policy: ${meta}`));
  assert.match(headers, /Referrer-Policy: no-referrer/);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const [name, value] of POLICY) {
    assert.ok(readme.includes(`${name} ${value}`), `README documents ${name} ${value}`);
  }
});

test('every file the page loads carries the integrity of the file as served', () => {
  const page = html();
  const files = [];
  // Stylesheet, module preload and wasm preload.
  for (const [tag] of page.matchAll(/<link\b[^>]*>/g)) {
    const name = tag.match(/href="?\.\/([^"\s>]+)/)?.[1];
    // The wasm preload: the fetch that uses it carries the integrity (below).
    if (!name || /\bas="?fetch\b/.test(tag)) continue;
    files.push(name);
    const integrity = tag.match(/integrity="([^"]+)"/)?.[1];
    assert.equal(integrity, sha('sha384', readFileSync(join(DIST, name))), name);
  }
  // The JavaScript modules of both apps, through the import map, the team
  // app's also for each retry.
  const map = JSON.parse(page.match(/<script type="importmap">([^<]+)<\/script>/)[1]);
  for (const [url, integrity] of Object.entries(map.integrity)) {
    const name = url.replace(/^\.\//, '').replace(/\?attempt=\d+$/, '');
    files.push(name);
    assert.equal(integrity, sha('sha384', readFileSync(join(DIST, name))), url);
  }
  // The app's wasm, fetched by Trunk's loader with integrity.
  for (const [, name, integrity] of page.matchAll(/fetch\("\.\/([^"]+)",\{integrity:"([^"]+)"\}\)/g)) {
    files.push(name);
    assert.equal(integrity, sha('sha384', readFileSync(join(DIST, name))), name);
  }
  // The styles are in the page, in a script its hash covers;
  // a browser without constructed stylesheets gets the same file, with its
  // integrity.
  const styles = page.match(/<body><script>[^<]*\}\)\(("(?:[^"\\]|\\.)*"),"\.\/(main-[0-9a-f]+\.css)","(sha384-[^"]+)"\);?<\/script>/);
  assert.ok(styles, 'the first script of the body holds the styles, the file and its integrity');
  const [, text, sheet, sheetIntegrity] = styles;
  assert.equal(JSON.parse(text), readFileSync(join(DIST, sheet), 'utf8').trim(), 'the page holds the stylesheet as built');
  assert.equal(sheetIntegrity, sha('sha384', readFileSync(join(DIST, sheet))), sheet);
  files.push(sheet);
  // The QR decoder and the share module, fetched on demand by the same
  // loader with their integrity.
  for (const [what, pattern] of [
    ['the QR decoder', /wasm:"(sis-qr-[0-9a-f]{16}\.wasm)",qrIntegrity:"([^"]+)"/],
    ['the share module', /wasm:"(sis-share-[0-9a-f]{16}\.wasm)",shareIntegrity:"([^"]+)"/],
  ]) {
    const module = page.match(pattern);
    assert.ok(module, `the loader has ${what} and its integrity`);
    assert.equal(module[2], sha('sha384', readFileSync(join(DIST, module[1]))), module[1]);
    files.push(module[1]);
  }
  // The team app's wasm, through the on-demand loader.
  const team = page.match(/wasm:"(sis-team-[0-9a-f]{16}_bg\.wasm)",wasmIntegrity:"([^"]+)"/);
  assert.ok(team, 'the loader has the team app\'s wasm and its integrity');
  assert.equal(team[2], sha('sha384', readFileSync(join(DIST, team[1]))), team[1]);
  files.push(team[1]);
  assert.ok(Object.keys(map.integrity).some((url) => /^\.\/sis-team-[0-9a-f]{16}\.js\?attempt=1$/.test(url)), 'the team app\'s module on a retry');
  // Together: every script, style and wasm file of the build.
  const built = readdirSync(DIST).filter((name) => /\.(css|js|wasm)$/.test(name));
  // Not loaded by the page: the host pages' embed script, the service worker.
  const notPage = new Set(['sis-embed.js', 'sw.js']);
  for (const name of built.filter((name) => !notPage.has(name))) {
    assert.ok(files.includes(name), `${name} is loaded with integrity`);
  }
});

test("the styles: a changed copy in the page is refused, and the file serves browsers without constructed stylesheets", async () => {
  // An attacker's change to the styles in the page: the script's hash no
  // longer matches, so the policy refuses it and nothing of it applies.
  const context = await app.browser.newContext({ serviceWorkers: 'block' });
  await context.route((url) => url.pathname === '/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/(<body><script>[^<]*?)replaceSync\(/, '$1replaceSync("body{background:rgb(255,0,0)!important}"+');
    assert.ok(body.includes('rgb(255,0,0)'), 'the styles script was changed');
    await route.fulfill({ response, body });
  });
  const before = app.cspViolations.length;
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForSelector('#start');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 0, 0)');
  assert.deepEqual(await page.evaluate(() => document.adoptedStyleSheets.length), 0, 'no styles from a changed script');
  const caught = app.cspViolations.splice(before);
  assert.deepEqual(caught.map((v) => v.effectiveDirective), ['script-src-elem'], 'the changed script was refused');
  await context.close();

  // A browser without constructed stylesheets: the same styles from the file.
  const old = await openApp(app, {
    init: () => {
      delete window.CSSStyleSheet;
    },
  });
  await old.waitForSelector('#start');
  assert.equal(await old.evaluate(() => typeof window.sisPre), 'undefined', 'no pre-rendered screen without the styles in place');
  assert.equal(await old.evaluate(() => [...document.styleSheets].filter((s) => /main-[0-9a-f]+\.css$/.test(s.href)).length), 1);
  assert.equal(await old.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim()), '#0e6b64');
  assert.equal(await old.$eval('#start', (button) => getComputedStyle(button).backgroundColor), 'rgb(14, 107, 100)');
  await old.context().close();
});

test('a tampered team app is refused: startTeam reports the failure before anything is released, and the app keeps the page', async () => {
  for (const file of [/\/sis-team-[0-9a-f]{16}_bg\.wasm$/, /\/sis-team-[0-9a-f]{16}\.js(\?.*)?$/]) {
    // Service workers blocked: the route must see the team app's files.
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    await context.route(file, async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({ response, body: Buffer.concat([body, Buffer.from([0])]) });
    });
    await context.addInitScript(() => {
      addEventListener('sisFullAppStarted', (event) => (globalThis.started ??= []).push(event.detail.app));
    });
    const page = await context.newPage();
    const console = [];
    page.on('console', (message) => console.push(message.text()));
    await page.goto(app.url);
    await page.waitForFunction(() => globalThis.wasmBindings && document.querySelector('#main'));
    const outcome = await page.evaluate(() => new Promise((done) => {
      globalThis.sisFull.startTeam(() => done('released'), () => done('failed'));
    }));
    assert.equal(outcome, 'failed', `${file}: failed() ran, release did not`);
    assert.equal(await page.evaluate(() => globalThis.started), undefined, `${file}: the team app did not start`);
    assert.equal(await page.evaluate(() => 'sisRelease' in globalThis), false, `${file}: no release left on the global`);
    assert.equal(await page.locator('main#main').count(), 1, `${file}: the app is still there`);
    assert.ok(console.some((text) => /integrity/i.test(text)), `${file}: an integrity error was logged: ${console.join(' | ')}`);
    await context.close();
  }
});

test('a tampered app is refused: nothing of it runs, and the page says so', async () => {
  // Its wasm, its JavaScript, and the texts of the language it shows.
  for (const file of [/\/sis-app-[0-9a-f]+_bg\.wasm$/, /\/sis-app-[0-9a-f]+\.js$/, /\/texts-[a-z]+-[0-9a-f]{16}\.txt$/]) {
    const context = await app.browser.newContext();
    await context.route(file, async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      // One byte more at the end: a different file, as a compromised host or cache could serve it.
      await route.fulfill({ response, body: Buffer.concat([body, Buffer.from([0])]) });
    });
    const page = await context.newPage();
    const console = [];
    page.on('console', (message) => console.push(message.text()));
    await page.goto(app.url);
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('#start').count(), 0, `${file}: the app did not start`);
    // Not a blank page: the loader says so in every language.
    assert.deepEqual(
      await page.$$eval('#load-failed p', (ps) => ps.map((p) => p.lang)),
      LANGS,
      `${file}: a message instead of a blank page`,
    );
    assert.ok(console.some((text) => /integrity/i.test(text)), `${file}: an integrity error was logged: ${console.join(' | ')}`);
    await context.close();
  }
});

test('the violation listener catches what the policy refuses', async () => {
  const page = await openApp(app);
  const before = app.cspViolations.length;
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    document.body.insertAdjacentHTML('beforeend', '<p id="styled" style="color: rgb(255, 0, 0)">x</p>');
  });
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__injected), undefined, 'an injected inline script did not run');
  assert.notEqual(await page.$eval('#styled', (p) => getComputedStyle(p).color), 'rgb(255, 0, 0)', 'an inline style did not apply');
  // Both were refused and reported; they are taken off the list, which must
  // otherwise stay empty (harness.mjs checks it after each file).
  const caught = app.cspViolations.splice(before);
  assert.deepEqual(caught.map((v) => v.effectiveDirective).sort(), ['script-src-elem', 'style-src-attr']);
  await page.context().close();
});
