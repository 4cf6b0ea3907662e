// Storage faults and bad stored data in a real browser: the scan keeps
// working, shows one notice in the user's language, and never panics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GOLDEN, answerByKeyboard, chooseLanguage, openApp, readResult, storageOf, useApp } from './harness.mjs';

const MIXED = GOLDEN.cases.find((c) => c.name === 'mixed');

const app = useApp();

async function finishScan(page, answers = MIXED.answers) {
  await page.click('#start');
  await answerByKeyboard(page, answers);
  await page.click('#show-result');
  return readResult(page);
}

test('localStorage that throws on access: the scan works in memory, with a notice', async () => {
  const page = await openApp(app, {
    init: () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  });
  await page.waitForSelector('[data-notice="storage-unavailable"]');
  assert.match(await page.textContent('[data-notice="storage-unavailable"]'), /niet worden bewaard/);
  const result = await finishScan(page);
  assert.deepEqual(result.dimensions, MIXED.dimensions);
  assert.equal(result.index, MIXED.index);
  assert.equal(await page.locator('[data-notice]').count(), 1);
  // The language switch still works without storage.
  await chooseLanguage(page, 'en');
  await page.waitForSelector('text=Your result');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('setItem that throws (quota exceeded) mid-scan: one notice, nothing lost', async () => {
  const page = await openApp(app, {
    init: () => {
      let writes = 0;
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        writes += 1;
        if (writes > 3) throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    },
  });
  await page.click('#start');
  await answerByKeyboard(page, MIXED.answers.slice(0, 4));
  await page.waitForSelector('[data-notice="storage-unavailable"]');
  await answerByKeyboard(page, MIXED.answers.slice(4));
  await page.click('#show-result');
  const result = await readResult(page);
  // Every answer of this page session counts, also those after the failure.
  assert.deepEqual(result.dimensions, MIXED.dimensions);
  assert.deepEqual(result.themes, MIXED.themes);
  assert.equal(await page.locator('[data-notice="storage-unavailable"]').count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('getItem that throws: the app starts clean in memory', async () => {
  const page = await openApp(app, {
    init: () => {
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
    },
  });
  await page.waitForSelector('[data-notice="storage-unavailable"]');
  await page.waitForSelector('#start');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

const STORED_CASES = [
  { name: 'corrupt JSON', progress: '{"version":1,"answ', notice: 'stored-corrupt', start: '#start' },
  { name: 'not an object', progress: '"hello"', notice: 'stored-corrupt', start: '#start' },
  { name: 'unknown version 0', progress: '{"version":0}', notice: 'stored-corrupt', start: '#start' },
  { name: 'newer version', progress: '{"version":9,"future":true}', notice: 'stored-newer', start: '#start' },
  {
    name: 'out-of-range values',
    progress: '{"version":1,"questionnaire":1,"answers":{"purpose-1":4,"purpose-2":77,"bogus":1},"stage":"intro","item":0}',
    notice: 'stored-repaired',
    start: '#continue',
  },
  {
    name: 'html in stored values',
    progress: '{"version":1,"questionnaire":1,"answers":{"<img src=x onerror=alert(1)>":1},"stage":"<b>x</b>"}',
    notice: 'stored-repaired',
    start: '#next',
  },
];

for (const stored of STORED_CASES) {
  test(`stored data: ${stored.name}`, async () => {
    const page = await openApp(app, {
      init: (value) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('sis:progress', value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      initArg: stored.progress,
    });
    await page.waitForSelector(`[data-notice="${stored.notice}"]`);
    await page.waitForSelector(stored.start);
    assert.equal(await page.locator('img').count(), 0);
    assert.deepEqual(page.errors, []);
    // The notice can be dismissed.
    await page.click(`[data-notice="${stored.notice}"] button`);
    assert.equal(await page.locator(`[data-notice="${stored.notice}"]`).count(), 0);
    await page.click(stored.start);
    await page.waitForSelector('.question-page');
    await page.keyboard.press('3');
    const after = (await storageOf(page))['sis:progress'];
    if (stored.notice === 'stored-newer') {
      // Data of a newer version is left untouched.
      assert.equal(after, stored.progress);
    } else {
      assert.equal(JSON.parse(after).version, 4, 'written in the current format');
    }
    await page.context().close();
  });
}

test('the repaired scan keeps its valid answers', async () => {
  const progress = '{"version":1,"questionnaire":1,"answers":{"purpose-1":4,"purpose-2":77},"stage":"questions","item":1}';
  const page = await openApp(app, {
    init: (value) => localStorage.setItem('sis:progress', value),
    initArg: progress,
  });
  await page.waitForSelector('.question-page[data-item="purpose-2"]');
  await page.click('#back');
  await page.waitForSelector('.question-page[data-item="purpose-1"]');
  assert.equal(await page.getAttribute('[aria-checked="true"]', 'data-answer'), '4');
  await page.context().close();
});

test('a panic ends in a readable message, not a blank page', async () => {
  const page = await openApp(app);
  await page.waitForSelector('#start');
  await page.evaluate(() => {
    try {
      window.wasmBindings.sisSelfTestPanic();
    } catch {
      // The panic aborts the wasm call; the message is what matters.
    }
  });
  await page.waitForSelector('#sis-fatal');
  const text = await page.textContent('#sis-fatal');
  assert.match(text, /Er ging iets mis/);
  assert.match(text, /Something went wrong/);
  assert.match(text, /etwas schiefgelaufen/);
  await page.context().close();
});

// The stored team sessions hold private keys: what cannot be read (corrupt,
// or from a newer version) is left exactly as it is, and the page says that
// a new session's key lives in this tab only.
for (const [name, value] of [
  ['corrupt', '{"version":1,"sessions":[{"id":'],
  ['newer', '{"version":7,"sessions":[],"future":true}'],
]) {
  test(`stored team sessions: ${name}, left untouched`, async () => {
    const page = await openApp(app, {
      init: (stored) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('sis:team-sessions', stored);
          sessionStorage.setItem('seeded', '1');
        }
      },
      initArg: value,
    });
    await page.click('#team-session');
    await page.waitForSelector('#team-store-unreadable');
    await page.waitForSelector('#memory-only-key');
    await page.click('#create-invite');
    await page.waitForSelector('#invite-link');
    await page.waitForSelector('#memory-only-key');
    assert.equal((await storageOf(page))['sis:team-sessions'], value);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
