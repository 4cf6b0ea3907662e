// Team sessions of the older, open kind in a real browser: their invites
// (format 1, made by earlier versions) keep working forever. Twelve members
// in three roles take the scan and send their result links, the
// facilitator pastes them into the view for result links, and the team view
// holds the minimum-group rule. The texts say the truth: whoever opens a
// result link sees that person's whole result. (Sealed sessions, which the
// app now creates, are in sealed.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LANGS, answerByKeyboard, chooseLanguage, crc24, laterResultCode, openApp, resultCode, shareLink, useApp } from './harness.mjs';

const app = useApp();

// Answer patterns that differ per role, so the perception gap is real.
const PATTERNS = {
  employee: '222222222222222222222222222222',
  manager: '444444444444444444444444444444',
  director: '555555555555555555555555555555',
};

async function memberLink(invite, role, variant) {
  const page = await openApp(app, { path: new URL(invite).hash });
  await page.waitForSelector('#invite-label');
  await page.click('#start-team-scan');
  await page.waitForSelector('[data-notice="team"]');
  const answers = PATTERNS[role].slice(0, 29) + String((variant % 5) + 1);
  await answerByKeyboard(page, answers);
  await page.click(`[data-role="${role}"]`);
  await page.click('#show-result');
  await page.waitForSelector('#team-note');
  assert.match(await page.textContent('#team-note'), /ziet je hele resultaat/);
  const link = await shareLink(page);
  await page.context().close();
  return link;
}

test('an open invite of an earlier version, twelve scans in three roles, paste, team view with perception gap', async () => {
  const facilitator = await openApp(app);
  const invite = `${app.url}#i=${inviteV1(3, '<b>Afdeling</b> Zorg & "Welzijn"')}`;
  // The member's invite page says what an open session means.
  const check = await openApp(app, { path: new URL(invite).hash });
  await check.waitForSelector('#invite-explain');
  assert.match(await check.textContent('#invite-explain'), /oudere, open teamsessie.*ziet je hele resultaat/);
  assert.match(await check.textContent('#invite-label'), /<b>Afdeling<\/b> Zorg & "Welzijn"/);
  assert.equal(await check.locator('#invite-label b').count(), 0);
  await check.context().close();

  const roles = [...Array(4).fill('employee'), ...Array(4).fill('manager'), ...Array(4).fill('director')];
  const links = [];
  for (const [index, role] of roles.entries()) links.push(await memberLink(invite, role, index));
  assert.ok(links.every((link) => /#r=[A-Za-z0-9_-]{20}&t=[A-Za-z0-9_-]{8}$/.test(link)), links[0]);

  // A messy paste: an e-mail thread with quotes, a duplicate, a broken link, a link of no session.
  const broken = links[0].replace(/#r=(.{7})./, (_, head) => `#r=${head}${links[0].includes('#r=' + head + 'A') ? 'B' : 'A'}`);
  const text = [
    'Hoi allemaal, hier de links:',
    ...links.map((link, i) => (i % 2 ? `> ${link}` : `Mijn resultaat: ${link} groet`)),
    links[3],
    `kapot: ${broken}`,
    'https://scan.example/#r=BEzOtPY63CuB24MgMVVb',
  ].join('\n');
  await facilitator.click('#team-session');
  await facilitator.click('#team-view-any');
  assert.match(await facilitator.textContent('#open-links-note'), /hele resultaat van die persoon/);
  // The older session's minimum group size, as its invite said.
  await facilitator.fill('#links-min-group', '3');
  // Without the twelfth link's session (the older facilitator's set-up is
  // not stored), the view counts every readable link: twelve members and
  // the one of no session.
  await facilitator.fill('#paste-links', text.replace(/\nhttps:\/\/scan\.example\/#r=BEzOtPY63CuB24MgMVVb$/, ''));
  await facilitator.click('#read-links');
  await facilitator.waitForSelector('#found-summary');
  assert.match(await facilitator.textContent('#found-summary'), /12 resultaten gevonden; dubbele overgeslagen: 1\./);
  assert.match(await facilitator.textContent('#unreadable'), /Regel 15/);
  await facilitator.waitForFunction(() => document.querySelector('[data-figure="n"] dd')?.textContent === '12');
  // Perception gap: three role groups of four, all at least the minimum of three.
  const header = await facilitator.textContent('#perception-table thead');
  assert.match(header, /Medewerker \(n=4\)/);
  assert.match(header, /Teamleider of manager \(n=4\)/);
  assert.match(header, /Directie of bestuur \(n=4\)/);
  // Their radars side by side, one per shown group, each with a text alternative.
  assert.equal(await facilitator.locator('#role-radars .role-radar').count(), 3);
  assert.equal(await facilitator.locator('#role-radars svg title').count(), 3);
  // Employees answered 2s, directors 5s: the largest gap is between them.
  assert.match(await facilitator.textContent('#largest-gap'), /Directie of bestuur .* tegenover Medewerker/);
  // Team exports and the team link carry aggregates only.
  const [json] = await Promise.all([facilitator.waitForEvent('download'), facilitator.click('#team-json')]);
  assert.equal(json.suggestedFilename(), 'teamprofiel.json', 'named in the page language');
  const record = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(record.n, 12);
  assert.ok(!/"answers"|"scores"|"role"/.test(JSON.stringify(record)));
  const [csv] = await Promise.all([facilitator.waitForEvent('download'), facilitator.click('#team-csv')]);
  assert.equal(csv.suggestedFilename(), 'teamprofiel.csv');
  const csvBytes = readFileSync(await csv.path());
  assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
  assert.equal(csvBytes.subarray(3).toString('utf8').trim().split('\r\n').length, 6);
  const teamLink = await facilitator.inputValue('#team-link');
  assert.match(new URL(teamLink).hash, /^#g=/);
  const viewer = await openApp(app, { path: new URL(teamLink).hash });
  await viewer.waitForSelector('#team-aggregate-table');
  assert.equal(await viewer.textContent('[data-figure="n"] dd'), '12');
  assert.deepEqual(await viewer.evaluate(() => Object.keys(localStorage)), []);
  await viewer.goto(`${app.url}#g=Bbroken`);
  await viewer.waitForSelector('#team-link-error');
  await viewer.context().close();

  // Another language renders the page again: the pasted links, the minimum
  // group size and the profile stay, and the focus stays on the menu.
  const pastedBefore = await facilitator.inputValue('#paste-links');
  // Every language, the default last.
  for (const lang of [...LANGS.slice(1), LANGS[0]]) {
    await chooseLanguage(facilitator, lang);
    await facilitator.waitForFunction(() => document.querySelector('[data-figure="n"] dd')?.textContent === '12');
    assert.equal(await facilitator.inputValue('#paste-links'), pastedBefore, lang);
    assert.equal(await facilitator.inputValue('#links-min-group'), '3', lang);
    assert.equal(await facilitator.evaluate(() => document.activeElement.id), `lang-${lang}`);
  }
  assert.match(await facilitator.textContent('#found-summary'), /12 resultaten gevonden; dubbele overgeslagen: 1\./);

  // The result of no session makes 13.
  await facilitator.fill('#paste-links', text);
  await facilitator.click('#read-links');
  await facilitator.waitForFunction(() => document.querySelector('[data-figure="n"] dd')?.textContent === '13');
  assert.deepEqual(facilitator.errors, []);

  // Four employees, four managers and two directors: the directors are too
  // few, and showing both other groups would give the directors away by
  // subtraction from the team, so one of them is withheld too.
  await facilitator.fill('#paste-links', [...links.slice(0, 8), ...links.slice(8, 10)].join('\n'));
  await facilitator.click('#read-links');
  // The view is computed in steps: wait until it shows the ten.
  await facilitator.waitForFunction(() => document.querySelector('[data-figure="n"] dd')?.textContent === '10');
  assert.match(await facilitator.textContent('[data-role="director"]'), /te weinig \(2\)/);
  assert.match(await facilitator.textContent('[data-role="manager"]'), /niet apart getoond/);
  assert.equal(await facilitator.locator('#perception-table, #role-radars').count(), 0);
  assert.equal(await facilitator.locator('#perception-needs-two').count(), 1);

  // 100,000 links (the twelve over and over) are read without freezing the
  // page: the text is read a piece per task.
  const many = Array.from({ length: 100_000 }, (_, i) => links[i % links.length]).join('\n');
  await facilitator.evaluate((value) => {
    const area = document.querySelector('#paste-links');
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, many);
  await facilitator.click('#read-links');
  await facilitator.waitForFunction(() => /99988/.test(document.querySelector('#found-summary')?.textContent ?? ''), null, { timeout: 30_000 });
  assert.match(await facilitator.textContent('#found-summary'), /12 resultaten gevonden; dubbele overgeslagen: 99988\./);

  // Below the minimum group size nothing is aggregated: two links only.
  await facilitator.fill('#paste-links', links.slice(0, 2).join('\n'));
  await facilitator.click('#read-links');
  await facilitator.waitForSelector('#team-too-small');
  assert.equal(await facilitator.locator('#team-table, #perception-table, .strip').count(), 0);
  assert.match(await facilitator.textContent('#team-too-small'), /2/);
  await facilitator.context().close();
});

test('broken invites say so and offer the scan', async () => {
  const page = await openApp(app, { path: '#i=AAAA<script>' });
  await page.waitForSelector('#invite-error');
  await page.click('#take-scan');
  await page.waitForSelector('#start');
  await page.context().close();
});


function inviteV1(minGroup, label) {
  const body = [1, 0, 0, 0, 42, minGroup, ...Buffer.from(label)];
  const crc = crc24(body);
  return Buffer.from([...body, crc >> 16, (crc >> 8) & 255, crc & 255]).toString('base64url');
}

test('invites: a crafted valid one works, out-of-range settings and markup labels are handled', async () => {
  const page = await openApp(app, { path: `#i=${inviteV1(4, '<img src=x onerror="window.__pwned=1">')}` });
  await page.waitForSelector('#invite-label');
  assert.match(await page.textContent('#invite-label'), /<img src=x/);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.goto(`${app.url}#i=${inviteV1(1, 'te klein')}`);
  await page.waitForSelector('#invite-error');
  assert.match(await page.textContent('#invite-error'), /instellingen in deze uitnodiging kloppen niet/);
  await page.context().close();
});

test('a 10,000-character label is cut to 80 characters', async () => {
  const page = await openApp(app);
  await page.click('#team-session');
  // The set-up page comes with the full app, loaded on demand.
  await page.waitForSelector('#team-label');
  await page.evaluate(() => {
    const input = document.querySelector('#team-label');
    input.value = 'x'.repeat(10_000);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.click('#create-invite');
  await page.waitForSelector('#invite-link');
  const label = await page.textContent('.team-label');
  assert.equal(label.replace('Teamsessie: ', '').length, 80);
  await page.context().close();
});

test('the invite link copies; links come from dropped and chosen files, several at once', async () => {
  const golden = JSON.parse(readFileSync(new URL('../data/links-v1.json', import.meta.url), 'utf8'));
  const links = golden.links.map((link) => `https://scan.example/#${link.fragment}`);
  assert.ok(links.length >= 6, 'enough published links for a team of five');
  const page = await openApp(app);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#team-session');
  await page.click('#create-invite');
  await page.click('#copy-invite-link');
  await page.waitForSelector('#invite-link-status:has-text("gekopieerd")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#invite-link'));

  await page.click('#team-session');
  await page.click('#team-view-any');
  await page.waitForSelector('.field-note:has-text("slepen")');
  // Two files dropped at once on the paste box: their links are read together.
  const half = Math.ceil(links.length / 2);
  await page.evaluate(([first, second]) => {
    const data = new DataTransfer();
    data.items.add(new File([first], 'eerste.txt', { type: 'text/plain' }));
    data.items.add(new File([second], 'tweede.txt', { type: 'text/plain' }));
    const zone = document.querySelector('#drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [links.slice(0, half).join('\n'), links.slice(half).join('\n')]);
  await page.waitForFunction((n) => document.querySelector('#found-summary')?.textContent.startsWith(`${n} resultaten`), links.length);
  assert.equal(await page.locator('#drop-zone.dragging').count(), 0, 'the drop outline is gone after the drop');
  assert.match(await page.inputValue('#paste-links'), /eerste|BEzOtPY63CuB24MgMVVb/);

  // The same links chosen as two files again are all duplicates.
  await page.setInputFiles('#link-files', [
    { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(links.slice(0, half).join('\n')) },
    { name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from(links.slice(half).join('\n')) },
  ]);
  await page.waitForFunction((n) => new RegExp(`overgeslagen: ${n}\\.`).test(document.querySelector('#found-summary')?.textContent ?? ''), links.length);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('bad input in the team view: no links, other apps, newer versions, many broken links', async () => {
  const golden = JSON.parse(readFileSync(new URL('../data/links-v1.json', import.meta.url), 'utf8'));
  const page = await openApp(app);
  await page.click('#team-session');
  await page.click('#team-view-any');
  const read = async (text) => {
    await page.evaluate((value) => {
      const area = document.querySelector('#paste-links');
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.click('#read-links');
  };
  // Text without any link, with markup that must stay text.
  await read('Hoi <img src=x onerror="window.__pwned=1"> geen links hier, alleen https://other.example/#x=1');
  await page.waitForSelector('#found-summary:has-text("Geen resultaatlinks gevonden")');
  assert.equal(await page.locator('#team-table, #team-too-small, #unreadable').count(), 0);

  // Links of another app, a link of a newer version, and one valid link.
  const newer = laterResultCode(golden.links[0].code);
  await read([
    'https://other.app/#r=hello',
    `https://scan.example/#r=${newer}`,
    `https://scan.example/#${golden.links[0].fragment}`,
  ].join('\n'));
  await page.waitForSelector('#found-summary:has-text("1 resultaat gevonden")');
  const reasons = await page.textContent('#unreadable');
  assert.match(reasons, /Regel 1: .*onvolledig/);
  assert.match(reasons, /Regel 2: .*nieuwere versie/);
  assert.equal(await page.locator('#team-too-small').count(), 1, 'one result is below the minimum');

  // Two hundred broken links: fifty are listed by line, the rest counted.
  const broken = Array.from({ length: 200 }, (_, i) => `https://scan.example/#r=B${String(i).padStart(11, '0')}`);
  await read(broken.join('\n'));
  await page.waitForSelector('#unreadable-more');
  assert.equal(await page.locator('#unreadable li').count(), 51);
  assert.match(await page.textContent('#unreadable-more'), /nog 150 regels/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a role group mean that would give away the few others scored on a dimension is not shown there', async () => {
  const page = await openApp(app);
  // Three employees, three managers and three without a role, minimum 3;
  // two of those without a role skipped every statement on the internal
  // organisation (items 13-18). Overall the rest is 3, but on that
  // dimension the team's mean is over 7: with both groups' means, the one
  // other person's score would follow by subtraction.
  const link = (answers, role, variant) => `${app.url}#r=${resultCode(answers.slice(0, 29) + String(variant + 1), role)}`;
  const skipOrganisation = (answers) => answers.slice(0, 12) + '......' + answers.slice(18);
  const links = [0, 1, 2].flatMap((v) => [
    link('2'.repeat(30), 'employee', v),
    link('4'.repeat(30), 'manager', v),
    link(v < 2 ? skipOrganisation('3'.repeat(30)) : '3'.repeat(30), undefined, v),
  ]);
  await page.click('#team-session');
  await page.click('#team-view-any');
  await page.fill('#paste-links', links.join('\n'));
  await page.fill('#links-min-group', '3');
  await page.click('#read-links');
  await page.waitForSelector('#perception-table');
  assert.equal(await page.textContent('[data-figure="n"] dd'), '9');
  // Both groups are shown, each with its count.
  assert.match(await page.textContent('li[data-role="employee"]'), /: 3$/);
  assert.match(await page.textContent('li[data-role="manager"]'), /: 3$/);
  // On the internal organisation one group's mean is "not shown", and said why;
  // the other dimensions show both.
  const withheld = await page.$$eval('#perception-table td[data-withheld]', (cells) =>
    cells.map((cell) => [cell.closest('tr').dataset.dimension, cell.textContent]));
  assert.deepEqual(withheld, [['organisation', 'niet getoond']]);
  assert.match(await page.textContent('#role-means-withheld'), /af te leiden/);
  assert.doesNotMatch(await page.textContent('#largest-gap'), /Interne organisatie/);
  for (const [lang, cell] of [['en', 'not shown'], ['de', 'nicht ausgewiesen']]) {
    await chooseLanguage(page, lang);
    await page.waitForFunction((text) => document.querySelector('#perception-table td[data-withheld]')?.textContent === text, cell);
    assert.ok((await page.textContent('#role-means-withheld')).length > 40, lang);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
