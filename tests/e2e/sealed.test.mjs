// Sealed team sessions end to end, each person in a browser context of
// their own: a facilitator creates a session, six members in three roles
// take the scan and send sealed replies, and the facilitator's page shows
// nothing of anyone but counts until the team profile is opened, once.
// A third browser that gets the replies learns nothing and says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { answerByKeyboard, chooseLanguage, crc24, createSession, linksOf, memberScan, openApp, pageAt, storageOf, useApp } from './harness.mjs';

const app = useApp();

// Six members: two per role, answers that differ per role.
const MEMBERS = [
  { role: 'employee', answers: '222222222222222222222222222221' },
  { role: 'employee', answers: '222222222222222222222222222223' },
  { role: 'manager', answers: '444444444444444444444444444441' },
  { role: 'manager', answers: '444444444444444444444444444442' },
  { role: 'director', answers: '555555555555555555555555555551' },
  { role: 'director', answers: '555555555555555555555555555552' },
];

// Every text on a page that would give away a person: role names and
// dimension names in every language.
const REVEALING = /Medewerker|Teamleider|Directie|Employee|Team lead|Director|Maatschappij|Interne organisatie|Individu|Society|Internal organisation|Individual|Teamleitung|Geschäftsleitung|Gesellschaft|Interne Organisation|Einzelne Mitarbeitende/;
/** The text of `selector`, without soft hyphens (German role names carry them). */
const plainText = async (page, selector) => (await page.innerText(selector)).replaceAll('\u00ad', '');

/** The invite says the reply is sealed. */
async function sealedInvite(page) {
  await page.waitForSelector('#invite-label');
  assert.match(await page.textContent('#invite-explain'), /verzegeld teamantwoord/);
}

/** Puts text into the paste box and reads it. */
async function paste(page, text) {
  await page.evaluate((value) => {
    const area = document.querySelector('#paste-replies');
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.click('#read-replies');
}

/** Every number in the main element's visible text. */
async function numbersOnPage(page) {
  const text = await page.innerText('main');
  return [...new Set(text.match(/\d+/g) ?? [])].map(Number).sort((a, b) => a - b);
}

test('a sealed session: six members, counts only, one opening, then closed', async () => {
  const facilitator = await openApp(app);
  const invite = await createSession(facilitator, { label: 'Afdeling <b>Zorg</b>' });
  assert.match(new URL(invite).hash, /^#i=[A-Za-z0-9_-]+$/);
  // The private key is stored only here, under a sis: key.
  const stored = JSON.parse((await storageOf(facilitator))['sis:team-sessions']);
  assert.equal(stored.version, 1);
  assert.match(stored.sessions[0].secret, /^[A-Za-z0-9_-]{43}$/);

  const replies = [];
  const ownLinks = [];
  let first = null;
  for (const [index, member] of MEMBERS.entries()) {
    const page = await memberScan(app, invite, member, { atInvite: sealedInvite });
    const { own, reply } = await linksOf(page);
    // The own link holds nothing of the session; the reply is sealed.
    assert.match(own, /#r=[A-Za-z0-9_-]{20}$/);
    assert.match(reply, /#s=[A-Za-z0-9_-]{111}$/);
    assert.match(await page.getAttribute('#team-reply-mail', 'href'), /^mailto:\?subject=.*&body=.*%23s%3D/);
    ownLinks.push(own);
    replies.push(reply);
    if (index === 0) first = page;
    else await page.context().close();
  }
  // The first member takes the scan again: the new reply replaces the old.
  await first.waitForTimeout(1100);
  await first.click('#result-start-over');
  await answerByKeyboard(first, '333333333333333333333333333333');
  await first.click('[data-role="employee"]');
  await first.click('#show-result');
  await first.waitForSelector('#team-reply-link');
  const again = await linksOf(first);
  assert.notEqual(again.reply, replies[0]);
  const membership = JSON.parse((await storageOf(first))['sis:team-replies']);
  assert.equal(membership.sessions.length, 1, 'one reply id per session');
  await first.context().close();

  // The facilitator pastes everything, in a messy way: a duplicate, the
  // replaced reply, a damaged one and a result link.
  const damaged = replies[1].replace(/#s=(.{30})(.)/, (_, head, c) => `#s=${head}${c === 'A' ? 'B' : 'A'}`);
  await paste(facilitator, [
    'Hoi, hier de antwoorden:',
    ...replies.slice(1).map((reply) => `> ${reply}`),
    replies[0],
    again.reply,
    again.reply,
    `kapot: ${damaged}`,
    ownLinks[2],
  ].join('\n'));
  await facilitator.waitForSelector('#replies-counted');
  assert.match(await facilitator.textContent('#replies-counted'), /^Antwoorden geteld: 6\. Genoeg/);
  const counts = await facilitator.$$eval('#reply-count-lines [data-count]', (items) =>
    Object.fromEntries(items.map((item) => [item.dataset.count, item.textContent])));
  assert.deepEqual(Object.keys(counts), ['duplicates', 'replaced', 'damaged', 'result-links']);
  assert.match(counts.duplicates, /^Dubbel .*: 1$/);
  assert.match(counts.replaced, /^Vervangen .*: 1$/);
  assert.match(counts.damaged, /^Beschadigd .*: 1$/);
  assert.match(counts['result-links'], /^Resultaatlinks.*: 1$/);
  // Before opening: no score, answer or role of anyone on the page; the
  // only numbers are counts and the minimum.
  assert.doesNotMatch(await plainText(facilitator, 'main'), REVEALING);
  assert.deepEqual(await numbersOnPage(facilitator), [1, 5, 6]);
  assert.equal(await facilitator.locator('main svg').count(), 1, 'only the invite QR code');
  // Stored: the sealed codes, never a result code or a role.
  const before = JSON.parse((await storageOf(facilitator))['sis:team-sessions']).sessions[0];
  assert.equal(before.replies.length, 6);
  const raw = JSON.stringify(before);
  for (const own of ownLinks) assert.ok(!raw.includes(own.split('#r=')[1]), 'no result code stored');
  assert.doesNotMatch(raw, /employee|manager|director/);

  // Pasting the same text again counts nothing twice: replies identical to
  // stored ones were counted before.
  await paste(facilitator, [...replies.slice(1), again.reply].join('\n'));
  await facilitator.waitForFunction(() => !document.querySelector('[data-count="duplicates"]'));
  assert.match(await facilitator.textContent('#replies-counted'), /^Antwoorden geteld: 6\./);
  // Many replies are opened a piece per task (32 a task): forty damaged
  // ones after the six stored.
  const many = Array.from({ length: 40 }, (_, i) => replies[1].replace(/#s=(.{40})../, (_, head) => `#s=${head}${String(i).padStart(2, '0')}`));
  await paste(facilitator, many.join('\n'));
  await facilitator.waitForSelector('[data-count="damaged"]:has-text(": 40")');
  assert.match(await facilitator.textContent('#replies-counted'), /^Antwoorden geteld: 6\./);

  // Opening, once, after a confirmation.
  await facilitator.click('#open-profile');
  await facilitator.waitForSelector('#confirm-open');
  await facilitator.click('#confirm-open-no');
  assert.equal(await facilitator.locator('#confirm-open').count(), 0);
  await facilitator.click('#open-profile');
  await facilitator.click('#confirm-open-yes');
  await facilitator.waitForSelector('#team-profile-title');
  assert.equal(await facilitator.textContent('[data-figure="n"] dd'), '6');
  // Switching the language keeps the profile just opened on screen.
  await chooseLanguage(facilitator, 'en');
  await facilitator.waitForSelector('#team-profile-title:has-text("Team profile")');
  await chooseLanguage(facilitator, 'nl');
  await facilitator.waitForSelector('#team-profile-title:has-text("Teamprofiel")');
  // The key and the replies are gone from every sis: key; the aggregate stays.
  const after = await storageOf(facilitator);
  assert.deepEqual(Object.keys(after).filter((k) => k.startsWith('sis:')).sort(), ['sis:settings', 'sis:team-sessions'].filter((k) => k in after).sort());
  const closed = JSON.parse(after['sis:team-sessions']).sessions[0];
  assert.equal(closed.secret, undefined);
  assert.equal(closed.replies, undefined);
  assert.equal(closed.n, 6);
  assert.match(closed.aggregate, /^[A-Za-z0-9_-]+$/);
  for (const value of Object.values(after)) assert.doesNotMatch(value, /"secret"|"replies"/);

  // Afterwards the session is closed: a second paste says so, after a reload too.
  await facilitator.reload();
  await facilitator.waitForSelector('main#main');
  await facilitator.click('#team-session');
  await facilitator.click('#your-sessions button');
  await facilitator.waitForSelector('#session-closed-note');
  assert.match(await facilitator.textContent('#session-closed-note'), /6 deelnemers/);
  assert.equal(await facilitator.textContent('[data-figure="n"] dd'), '6');
  // The team's exports made at opening are kept: aggregates only.
  const [json] = await Promise.all([facilitator.waitForEvent('download'), facilitator.click('#team-json')]);
  const exported = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(exported.n, 6);
  assert.doesNotMatch(JSON.stringify(exported), /"answers"|"role"|employee|manager|director/);
  const [csv] = await Promise.all([facilitator.waitForEvent('download'), facilitator.click('#team-csv')]);
  assert.ok(readFileSync(await csv.path(), 'utf8').includes('Purpose'));
  await paste(facilitator, replies.join('\n'));
  await facilitator.waitForSelector('#session-closed:has-text("gesloten")');
  // A reply opened as a link in the facilitator's browser says the same.
  await facilitator.goto(`${app.url}${new URL(replies[2]).hash}`);
  await facilitator.waitForSelector('#session-closed');
  assert.deepEqual(facilitator.errors, []);
  await facilitator.context().close();

  // A third browser with the replies learns nothing, and says why.
  const third = await openApp(app);
  await third.click('#team-session');
  await third.click('#team-view-any');
  await third.evaluate((value) => {
    const area = document.querySelector('#paste-links');
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, replies.join('\n'));
  await third.click('#read-links');
  await third.waitForSelector('#sealed-replies-here');
  assert.match(await third.textContent('#sealed-replies-here'), /6 verzegelde teamantwoorden/);
  assert.doesNotMatch(await plainText(third, 'main'), REVEALING);
  await third.goto(`${app.url}${new URL(replies[3]).hash}`);
  await third.waitForSelector('#reply-sealed');
  assert.doesNotMatch(await plainText(third, 'main'), REVEALING);
  assert.deepEqual(third.errors, []);
  await third.context().close();
});

test('opening holds when storage refuses, or another tab opened first; a lost reply id is made again', async () => {
  const facilitator = await openApp(app);
  const invite = await createSession(facilitator, { min: 3 });
  const replies = [];
  for (const [index, member] of MEMBERS.slice(0, 3).entries()) {
    const page = await openApp(app, { path: new URL(invite).hash });
    await page.click('#start-team-scan');
    await page.waitForSelector('[data-notice="team"]');
    if (index === 0) {
      // The member's reply id is lost mid-scan: the scan keeps the session's
      // key, so the result still offers a sealed reply, never the open link.
      await page.evaluate(() => localStorage.removeItem('sis:team-replies'));
      await page.reload();
      await page.waitForSelector('.question-page');
    }
    await answerByKeyboard(page, member.answers);
    await page.click('#show-result');
    await page.waitForSelector('#team-reply-link');
    assert.match(await page.inputValue('#share-link'), /#r=[A-Za-z0-9_-]{20}$/);
    replies.push(await page.inputValue('#team-reply-link'));
    await page.context().close();
  }
  await paste(facilitator, replies.join('\n'));
  await facilitator.waitForSelector('#replies-counted');
  assert.match(await facilitator.textContent('#replies-counted'), /^Antwoorden geteld: 3\. Genoeg/);

  // Storage refuses every write: the profile does not open, the key stays.
  await facilitator.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await facilitator.click('#open-profile');
  await facilitator.click('#confirm-open-yes');
  await facilitator.waitForSelector('#open-failed');
  assert.equal(await facilitator.locator('#team-table').count(), 0);
  await facilitator.evaluate(() => { Storage.prototype.setItem = window.__setItem; });

  // A second tab of the same browser opens the session first.
  const second = await pageAt(facilitator.context(), app.url);
  await second.click('#team-session');
  await second.click('#your-sessions button');
  await second.waitForSelector('#replies-counted:has-text(": 3.")');
  await second.click('#open-profile');
  await second.click('#confirm-open-yes');
  await second.waitForSelector('#team-table');
  // The first tab, still showing the collecting page, cannot open it again,
  // and its next write does not bring the key back.
  await facilitator.click('#open-profile');
  await facilitator.click('#confirm-open-yes');
  await facilitator.waitForSelector('#open-failed');
  assert.equal(await facilitator.locator('#team-table').count(), 0);
  await createSession(facilitator, { label: 'Nog een sessie' });
  const stored = JSON.parse((await storageOf(facilitator))['sis:team-sessions']).sessions;
  assert.equal(stored.length, 2);
  assert.equal(stored[0].secret, undefined, 'the opened session stays without its key');
  assert.equal(stored[0].n, 3);
  assert.deepEqual([...facilitator.errors, ...second.errors], []);
  await facilitator.context().close();
});

test('an invite with a key no reply can be sealed to is refused, not a crash', async () => {
  const body = [2, 0, 0, 0, 42, 5, ...new Array(32).fill(0), 0, 1, 84];
  const crc = crc24(body);
  const code = Buffer.from([...body, crc >> 16, (crc >> 8) & 255, crc & 255]).toString('base64url');
  const page = await openApp(app, { path: `#i=${code}` });
  await page.waitForSelector('#invite-error');
  assert.match(await page.textContent('#invite-error'), /instellingen in deze uitnodiging kloppen niet/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
