// No untrusted text becomes HTML: script and markup payloads go in through
// every way text enters the app (the fragment, the query string, a team
// label, an imported JSON file, pasted text, messages from other windows),
// nothing executes, and the text shows literally where it shows at all.
// (The app imports no CSV; CSV is only exported.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, finishScan, openApp, useApp } from './harness.mjs';

const app = useApp();
const OUTPUT = join(ROOT, 'tests/e2e/output');
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '<script>window.__pwned=(window.__pwned||0)+1</script>',
  '"><svg onload="window.__pwned=(window.__pwned||0)+1">',
  "javascript:window.__pwned=1",
];

/** Nothing ran, and no element from a payload exists. */
async function assertInert(page, where) {
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, `${where}: a payload ran`);
  assert.equal(await page.locator('main img, main script, main [onload], main [onerror]').count(), 0, `${where}: markup was rendered`);
}

test('payloads in the fragment and the query string stay text', async () => {
  const page = await openApp(app);
  for (const payload of PAYLOADS) {
    await page.goto(`${app.url}#r=${encodeURIComponent(payload)}`);
    await page.waitForSelector('#link-error');
    await assertInert(page, `fragment ${payload}`);
    await page.goto(`${app.url}#g=${encodeURIComponent(payload)}`);
    await page.waitForSelector('#team-link-error');
    await assertInert(page, `team link ${payload}`);
    await page.goto(`${app.url}#i=${encodeURIComponent(payload)}`);
    await page.waitForSelector('#invite-error');
    await assertInert(page, `invite ${payload}`);
    const query = ['lang', 'accent', 'parentOrigin', 'invite', 'kioskTimeout', payload]
      .map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(payload)}`)
      .join('&');
    await page.goto(`${app.url}?${query}`);
    await page.waitForSelector('main#main');
    await assertInert(page, `query ${payload}`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('payloads in a team label, pasted text and an imported file stay text', async () => {
  mkdirSync(OUTPUT, { recursive: true });
  const page = await openApp(app);
  await page.click('#team-session');
  await page.fill('#team-label', PAYLOADS[0]);
  await page.click('#create-invite');
  await page.waitForSelector('#invite-link');
  assert.equal(await page.textContent('.team-label'), `Teamsessie: ${PAYLOADS[0]}`);
  await assertInert(page, 'team label on the session page');
  await page.fill('#paste-replies', PAYLOADS.join('\n'));
  await page.click('#read-replies');
  await page.waitForSelector('#replies-counted');
  await assertInert(page, 'pasted replies');
  await page.click('#team-session');
  await page.waitForSelector('#your-sessions');
  await assertInert(page, 'team label in the list of sessions');
  await page.click('#team-view-any');
  await page.fill('#paste-links', PAYLOADS.join('\n'));
  await page.click('#read-links');
  await page.waitForSelector('#found-summary');
  await assertInert(page, 'team label and paste');

  // An imported JSON file with markup in every text field.
  const record = JSON.parse(readFileSync(join(ROOT, 'tests/data/export-v1.json'), 'utf8'));
  const files = [
    { ...record, role: PAYLOADS[0] },
    { ...record, format: PAYLOADS[1] },
    { ...record, answers: { [PAYLOADS[2]]: 3 } },
    { ...record, note: PAYLOADS[0] },
  ];
  await page.goto(app.url);
  await finishScan(page, '..............................');
  await page.click('#my-results');
  for (const [index, content] of files.entries()) {
    const file = join(OUTPUT, `payload-${index}.json`);
    writeFileSync(file, JSON.stringify(content));
    await page.setInputFiles('#import-json', file);
    await page.waitForSelector('#history-message');
    await assertInert(page, `import ${index}`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('messages from other windows are ignored', async () => {
  const page = await openApp(app);
  for (const payload of PAYLOADS) {
    await page.evaluate((p) => {
      window.postMessage(p, '*');
      window.postMessage({ type: 'sociale-innovatie-scan:result', html: p, link: p }, '*');
    }, payload);
  }
  await assertInert(page, 'postMessage');
  assert.equal(await page.locator('#start').count(), 1, 'the app is where it was');
  await page.context().close();
});
