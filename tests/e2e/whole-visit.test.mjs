// The whole first visit: every byte the page and its service worker fetch,
// on the wire, from a host that sends brotli and ETags, as production hosts
// do (tests/support/visit.mjs counts them through a proxy). Issue 14's goal
// is 200 KiB; this build does not reach it yet (README, "Measuring"), so the
// test holds the ceiling this build keeps, to be lowered as the visit
// shrinks: it fails if the visit grows past it, if any file is sent twice
// (the worker revalidates what the page already has, and gets 304s), or if
// the worker fetches what no visit needs (the manifest's icons, the team
// app).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from '../support/browser.mjs';
import { serve } from '../support/serve.mjs';
import { bytesOf, firstVisit, sentAgain } from '../support/visit.mjs';
import { DIST } from './harness.mjs';

/**
 * The ceiling in KiB: this build's whole first visit, rounded up. It was 390
 * (383.1 KiB); issue 15's facilitator features (My team profiles, the
 * workshop view, the camera for QR replies) put 42 KiB into the full app,
 * less 8.4 KiB won back by a small sort (`core::order`), and every visit
 * carries them: 424.9 KiB on 30 November 2026 (ceiling 428). Size cuts the
 * same day brought it to 413.5 KiB (ceiling 417); the fixes after an
 * outside audit (the subtraction rule per dimension with its texts, kiosk
 * invites, truer privacy texts, Escape in the delete confirmation) put it
 * at 418.3 KiB, so the ceiling was 420. The facilitator's pages then left
 * the visit for a team app of their own (`sis-team`, fetched only when such
 * a page is opened): 335.2 KiB on 30 November 2026 (ceiling 336). The
 * small first-load app then gave way to one app, with the pre-rendered
 * first screen answering until it arrives: 242.2 KiB on 30 November 2026;
 * with the pre-rendered screen answering every statement in every language
 * (index.html 11.6 -> 15.2 KiB) 245.7 KiB (ceiling 247). The statement
 * page that stays mounted and changes in place (`ui::scan::question`, a
 * fifth less main-thread time for the click-through) added 1.9 KiB. The
 * app then stopped carrying every language: it fetches the text pack of
 * the one it shows (9.7-12.2 KiB), and its wasm lost 39 KiB: 219.3 KiB in
 * English on 30 November 2026 (220.6 in Dutch, 221.7 in German by
 * size.mjs), so the ceiling was 222. Then sealing and QR codes moved into
 * the on-demand share module (the app's wasm 14 KiB smaller), the texts
 * only the facilitator's pages show left the packs (2 KiB), and the linker
 * left out wasm-streams' unused exports (4 KiB): 199.8 KiB in English on
 * 30 November 2026; Try again where the share module cannot come added
 * 0.3 KiB, the statement as a live region for screen readers 0.3 KiB:
 * 200.4 KiB in English (201.7 in Dutch, 202.6 in German by size.mjs), so
 * the ceiling was 201. The pre-rendered screen then read statements 2 to
 * 30 from the text pack instead of carrying them in three languages
 * (2.4 KiB), and more of the facilitator's texts left the packs: 197.3 KiB
 * in English by size.mjs (198.5 in Dutch, 199.4 in German), so the ceiling
 * is issue 14's goal, 200, for the browser's language here (English).
 * Neither the team app, the QR decoder nor the share module is in the visit
 * (a facilitator's pages, a QR code shown or a sealed invite fetch them),
 * nor the packs of languages not shown.
 */
const CEILING_KIB = 200;

test(`the whole first visit stays within ${CEILING_KIB} KiB brotli, and sends no file twice`, async () => {
  const host = await serve(DIST, 0, '127.0.0.1', { brotli: true, validators: true });
  const browser = await launch();
  try {
    const log = await firstVisit(browser, `http://127.0.0.1:${host.address().port}/`);
    const listing = log.map((entry) => `${entry.status} ${entry.bytes} ${entry.path}`).join('\n');
    const kib = bytesOf(log) / 1024;
    assert.ok(kib <= CEILING_KIB, `the whole first visit is ${kib.toFixed(1)} KiB:\n${listing}`);
    assert.deepEqual(sentAgain(log), [], `sent twice:\n${listing}`);
    // The worker fetched the app again, and the host answered 304.
    assert.ok(log.some((entry) => entry.status === 304 && /sis-app-[0-9a-f]+_bg\.wasm$/.test(entry.path)), listing);
    assert.ok(!log.some((entry) => /^\/icons\/.*\.png$/.test(entry.path)), `no visit needs the PNG icons:\n${listing}`);
    // One language's texts, not every language's.
    assert.equal(log.filter((entry) => /\/texts-[a-z]+-[0-9a-f]{16}\.txt$/.test(entry.path)).length, 1, `one text pack:\n${listing}`);
    // Nor the team app: only a facilitator's page fetches it.
    assert.ok(!log.some((entry) => /\/sis-team-[0-9a-f]{16}(\.js|_bg\.wasm)(\?.*)?$/.test(entry.path)), `no visit needs the team app:\n${listing}`);
    // Nor the share module: only a QR code shown or a sealed invite opened
    // fetches it.
    assert.ok(!log.some((entry) => /\/sis-share-[0-9a-f]{16}\.wasm$/.test(entry.path)), `no visit needs the share module:\n${listing}`);
  } finally {
    await browser.close();
    host.close();
  }
});
