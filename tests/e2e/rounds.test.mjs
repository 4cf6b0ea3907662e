// Team rounds, "My team profiles" (issue 15, part 2): a facilitator keeps
// team profiles round by round, aggregates only, from team links made by
// earlier versions and from a team profile with roles; compares two rounds,
// sees the trend over three, and is told when rounds used other minimum
// sizes or carry no roles. Rounds stay over a reload, the stored format of
// an earlier version keeps loading, faults get the usual notices, and
// "delete my data" removes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, ROOT, axe, openApp, resultCode, storageOf, useApp } from './harness.mjs';

const app = useApp();
const LINKS = JSON.parse(readFileSync(join(ROOT, 'tests/data/team/aggregate-links-v1.json'), 'utf8')).links;
const link = (name) => LINKS.find((l) => l.name === name);
const [THREE, FIVE, TWELVE, SIX] = ['three-members-min-three', 'five-members-gaps', 'twelve-members', 'all-agree-six'].map(link);
const STORED_V1 = readFileSync(join(ROOT, 'tests/data/stored/team-rounds-v1.json'), 'utf8').trim();

/** From anywhere: the facilitator's page, then My team profiles. */
async function openRounds(page) {
  await page.click('#team-session');
  await page.click('#open-rounds');
  await page.waitForSelector('#rounds-title');
}

/** Adds a round from a team link on My team profiles; returns the status or error shown. */
async function addRound(page, code, name, day) {
  await page.fill('#add-round-link', code === '' ? '' : `${app.url}#g=${code}`);
  await page.fill('#add-round-name', name);
  await page.fill('#add-round-day', day);
  await page.click('#add-round-submit');
  await page.waitForFunction(() => document.querySelector('#add-round-status')?.textContent || document.querySelector('#add-round-error')?.textContent);
  return (await page.textContent('#add-round-error')) || (await page.textContent('#add-round-status'));
}

/** A table of rounds as text: per row its key and its cells. */
function tableOf(page, selector) {
  return page.$$eval(`${selector} tbody tr`, (rows) =>
    Object.fromEntries(rows.map((row) => [row.dataset.row, [...row.querySelectorAll('td')].map((td) => td.textContent).filter((text) => text !== '')])),
  );
}

test('rounds from team links: kept, compared, a trend over three, told apart, kept over a reload, deleted', async () => {
  const page = await openApp(app);
  await openRounds(page);
  assert.match(await page.textContent('#rounds-empty'), /nog geen rondes bewaard/);

  // What cannot be kept says why, and nothing is kept.
  assert.match(await addRound(page, '', 'Zorg', '2026-03-01'), /teamlink/i);
  assert.match(await addRound(page, 'Bbroken', 'Zorg', '2026-03-01'), /teamlink/i);
  assert.equal(await addRound(page, THREE.code, '  ', '2026-03-01'), 'Geef het team een naam: rondes met dezelfde naam horen bij elkaar.');
  assert.equal(await page.locator('.team-rounds').count(), 0);

  assert.equal(await addRound(page, THREE.code, 'Zorg <b>& Welzijn</b>', '2026-03-01'), 'Bewaard in Mijn teamprofielen als ronde van Zorg <b>& Welzijn</b>.');
  assert.equal(await page.locator('.team-rounds b').count(), 0, 'a name is text, never markup');
  assert.equal(await page.inputValue('#add-round-link'), '', 'the field is ready for the next link');
  assert.equal(await addRound(page, THREE.code, 'zorg <b>& welzijn</b>', '2026-03-01'), 'Deze ronde is al bewaard voor zorg <b>& welzijn</b>.');
  assert.equal(await page.locator('#team-0-rounds li').count(), 1);
  assert.equal(await page.locator('#team-0-compare-table').count(), 0, 'one round: nothing to compare');

  // Two rounds (the name in other case is the same team): compared.
  await addRound(page, FIVE.code, 'ZORG <b>& Welzijn</b> ', '2026-06-01');
  const compared = await tableOf(page, '#team-0-compare-table');
  const dims = (l) => ['purpose', 'society', 'organisation', 'team', 'individual'].map((d) => l.summary.dimensions[d]);
  for (const [index, dimension] of ['purpose', 'society', 'organisation', 'team', 'individual'].entries()) {
    const [a, b] = [dims(THREE)[index], dims(FIVE)[index]];
    const change = b - a > 0 ? `+${b - a}` : b - a < 0 ? `−${a - b}` : '0';
    assert.deepEqual(compared[dimension], [String(a), String(b), change], dimension);
  }
  assert.deepEqual(compared.index, ['62', '62', '0']);
  assert.deepEqual(compared.coherence, ['76', '74', '−2']);
  const notes = await page.$$eval('#team-0 .rounds-note', (items) => items.map((item) => [item.dataset.note, item.textContent]));
  assert.deepEqual(notes.map(([kind]) => kind), ['minimums', 'no-roles']);
  assert.match(notes[0][1], /minimale groepsgrootte \(3, 5\)/);
  assert.match(notes[1][1], /^2 rondes komen uit een teamlink/);
  assert.equal(await page.locator('#team-0-compare-table-gap').count(), 0, 'no round knows its roles: no gap');

  // Three rounds: the trend, oldest first, whatever order they were added in.
  await addRound(page, TWELVE.code, 'Zorg <b>& Welzijn</b>', '2026-02-01');
  const trend = await tableOf(page, '#team-0-trend-table');
  assert.deepEqual(trend.purpose, ['51', '64', '74', '+23']);
  assert.deepEqual(trend.index, ['53', '62', '62', '+9']);
  assert.equal(await page.locator('#team-0-trend-table svg.sparkline').count(), 7);
  // The comparison starts with the two latest; another first round is chosen.
  assert.deepEqual((await tableOf(page, '#team-0-compare-table')).purpose, ['64', '74', '+10']);
  const firstOptions = await page.$$eval('#team-0-first option', (options) => options.map((o) => o.value));
  await page.selectOption('#team-0-first', firstOptions[0]);
  assert.deepEqual((await tableOf(page, '#team-0-compare-table')).purpose, ['51', '74', '+23']);

  // Another team: its own section, first as its round is the latest.
  await addRound(page, SIX.code, 'ICT', '2026-10-01');
  assert.deepEqual(await page.$$eval('.team-rounds', (s) => s.map((x) => x.dataset.team)), ['ICT', 'Zorg <b>& Welzijn</b>']);

  // Kept over a reload, in the stored format.
  const stored = JSON.parse((await storageOf(page))['sis:team-rounds']);
  assert.equal(stored.version, 1);
  assert.deepEqual(stored.rounds.map((r) => r.code), [THREE.code, FIVE.code, TWELVE.code, SIX.code]);
  assert.deepEqual(stored.roles, []);
  await page.reload();
  await openRounds(page);
  assert.equal(await page.locator('#team-1-rounds li').count(), 3);

  // Deleting a round says so; two are left and compared, no trend.
  await page.click('#team-1-rounds li:nth-child(2) .delete-round');
  assert.match(await page.textContent('#round-deleted'), /De ronde van 1 mrt\. 2026 is verwijderd\./);
  assert.equal(await page.locator('#team-1-rounds li').count(), 2);
  assert.equal(await page.locator('#team-1-trend-table').count(), 0);

  // "Delete my data" removes every round.
  await page.click('#delete-data');
  await page.click('#delete-yes');
  assert.equal((await storageOf(page))['sis:team-rounds'], undefined);
  await openRounds(page);
  await page.waitForSelector('#rounds-empty');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a shared team link is kept from its own page; the stored rounds of an earlier version keep loading', async () => {
  const page = await openApp(app, { path: `#g=${FIVE.code}` });
  await page.waitForSelector('#keep-round');
  assert.match(await page.textContent('#keep-round-no-roles'), /geen rollen/);
  // What the form says stays is what is stored: a team link's totals, no roles.
  const intro = await page.textContent('#keep-round-intro');
  assert.match(intro, /In deze browser blijven alleen de totalen per stelling\.$/);
  assert.doesNotMatch(intro, /rolgroep/);
  await page.fill('#keep-round-name', 'Wijkteam Noord');
  await page.fill('#keep-round-day', '2026-11-02');
  await page.click('#keep-round-submit');
  assert.equal(await page.textContent('#keep-round-status'), 'Bewaard in Mijn teamprofielen als ronde van Wijkteam Noord.');
  assert.deepEqual(JSON.parse((await storageOf(page))['sis:team-rounds']).roles, []);
  await page.click('#keep-round-open');
  await page.waitForSelector('#rounds-title');
  assert.equal(await page.textContent('#team-0-rounds .round-details'), '5 deelnemers · Sociale Innovatie Index 62 · Samenhang 74 · minimale groep 5 · rollen onbekend (teamlink)');
  await page.context().close();

  // The golden file of format 1: two teams, one with three rounds, roles
  // known in two of them.
  const old = await openApp(app, {
    init: (text) => { if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('sis:team-rounds', text); } },
    initArg: STORED_V1,
  });
  await openRounds(old);
  assert.deepEqual(await old.$$eval('.team-rounds', (s) => s.map((x) => x.dataset.team)), ['Zorg & "Welzijn"', 'ICT']);
  const gap = await tableOf(old, '#team-0-trend-table-gap');
  assert.deepEqual(gap.purpose, ['50', '–', '25', '−25']);
  assert.deepEqual(await old.$$eval('#team-0 .rounds-note', (n) => n.map((x) => x.dataset.note)), ['minimums', 'no-roles']);
  assert.deepEqual(old.errors, []);
  await old.context().close();
});

test('a round with roles from a team profile: the gap between roles over two rounds', async () => {
  const page = await openApp(app);
  // Three employees and three managers, each a little different (the last
  // statement), so no link is a duplicate; purpose has one reverse-keyed
  // statement of six.
  const member = (answer, role, variant) => `${app.url}#r=${resultCode(answer.repeat(29) + String(variant + 1), role)}`;
  const round = async (employees, managers, day) => {
    await page.click('#team-session');
    await page.click('#team-view-any');
    const links = [0, 1, 2].flatMap((v) => [member(employees, 'employee', v), member(managers, 'manager', v)]);
    await page.fill('#paste-links', links.join('\n'));
    await page.fill('#links-min-group', '3');
    await page.click('#read-links');
    await page.waitForSelector('#perception-table');
    assert.equal(await page.inputValue('#keep-round-name'), '', 'the team view of pasted links has no name to offer');
    // The form says the role groups' means stay too (checked against the
    // stored rounds below).
    assert.match(await page.textContent('#keep-round-intro'), /alleen de totalen per stelling en het gemiddelde per rolgroep/);
    assert.equal(await page.locator('#keep-round-no-roles').count(), 0);
    await page.fill('#keep-round-name', 'Zorg');
    await page.fill('#keep-round-day', day);
    await page.click('#keep-round-submit');
    await page.waitForSelector('#keep-round-status:not(:empty)');
  };
  // Employees 25 on five purpose statements and 75 on the reverse one
  // (33.3), managers the other way round (66.7): a gap of 33. Then
  // employees at 50 everywhere: a gap of 17.
  await round('2', '4', '2026-01-10');
  await round('3', '4', '2026-04-10');
  await page.click('#keep-round-open');
  await page.waitForSelector('#team-0-compare-table-gap');
  assert.deepEqual(await page.$$eval('#team-0-rounds li', (items) => items.map((x) => x.dataset.roles)), ['known', 'known']);
  assert.deepEqual((await tableOf(page, '#team-0-compare-table-gap')).purpose, ['33', '17', '−16']);
  assert.equal(await page.locator('#team-0 .rounds-note').count(), 0, 'alike rounds: nothing to warn about');
  const stored = JSON.parse((await storageOf(page))['sis:team-rounds']);
  assert.deepEqual(stored.roles.map((r) => [r.role, r.n]), [['employee', 3], ['manager', 3], ['employee', 3], ['manager', 3]]);
  assert.ok(!JSON.stringify(stored).includes('#r='), 'no member\'s link is kept');
  await page.context().close();
});

test('stored rounds: unreadable ones get a notice and are set aside, a newer version is left alone', async () => {
  for (const [stored, notice, kept] of [
    ['{"version":1,"rounds":[', 'stored-corrupt', false],
    ['{"version":9,"rounds":[],"roles":[]}', 'stored-newer', true],
  ]) {
    const page = await openApp(app, {
      init: (text) => { if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('sis:team-rounds', text); } },
      initArg: stored,
    });
    await openRounds(page);
    await page.waitForSelector(`[data-notice="${notice}"]`);
    assert.equal(await page.locator('#rounds-read-only').count(), kept ? 1 : 0);
    await addRound(page, THREE.code, 'Zorg', '2026-03-01');
    assert.equal(await page.locator('.team-rounds').count(), 1, 'the round is shown in this tab either way');
    const now = (await storageOf(page))['sis:team-rounds'];
    if (kept) assert.equal(now, stored, 'a newer version\'s rounds are not overwritten');
    else assert.match(now, /"rounds":\[\{/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

for (const lang of LANGS) {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 812 }]) {
    test(`axe: My team profiles with a trend, a comparison and notes, and the keep form, ${lang}, ${viewport.width} px`, async () => {
      const page = await openApp(app, {
        viewport,
        path: `?lang=${lang}`,
        init: (text) => { if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('sis:team-rounds', text); } },
        initArg: STORED_V1,
      });
      await openRounds(page);
      await page.waitForSelector('#team-0-trend-table-gap');
      await page.click('#add-round-submit');
      await page.waitForSelector('#add-round-error:not(:empty)');
      await axe(page, 'My team profiles');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width, `no sideways scrolling of the page: ${width}`);
      // A trend of three rounds fits without scrolling, on a phone too.
      const overflow = await page.$$eval('.rounds-table', (tables) => tables.map((t) => t.parentElement.scrollWidth - t.parentElement.clientWidth));
      assert.deepEqual(overflow, overflow.map(() => 0), 'the tables of three rounds fit');
      await page.goto(`${app.url}?lang=${lang}#g=${FIVE.code}`);
      await page.waitForSelector('#keep-round');
      await page.click('#keep-round-submit');
      await axe(page, 'shared team link with the keep form');
      await page.context().close();
    });
  }
}
