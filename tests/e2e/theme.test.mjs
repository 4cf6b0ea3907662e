// Theme colours reach every drawing: the radar (a result, a comparison and
// the team's band), the QR code, the team's dot strip and the history's
// sparkline, read as the browser paints them (computed fill and stroke) in
// light mode, in dark mode (emulated prefers-color-scheme) and with a host's
// accent colour. The drawings carry paint classes only (src/svg.rs); this
// fails when a paint's rule or token no longer gives a drawing the theme's
// colour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GOLDEN, finishScan, openApp, shareLink, useApp } from './harness.mjs';

const app = useApp();
const byName = (name) => GOLDEN.cases.find((c) => c.name === name);

// The tokens of style/main.css, as computed colours.
const LIGHT = {
  ink: 'rgb(29, 39, 51)',
  muted: 'rgb(74, 88, 104)',
  grid: 'rgb(201, 205, 210)',
  background: 'rgb(246, 245, 241)',
  accent: 'rgb(14, 107, 100)',
  'series-2': 'rgb(180, 76, 18)',
};
const DARK = {
  ink: 'rgb(230, 235, 240)',
  muted: 'rgb(169, 180, 192)',
  grid: 'rgb(59, 70, 82)',
  background: 'rgb(18, 24, 32)',
  accent: 'rgb(92, 194, 182)',
  'series-2': 'rgb(243, 160, 107)',
};
// A host's accent dark enough to be used as it is (core::host::colour keeps it).
const HOST_ACCENT = { query: '%237a1f5c', computed: 'rgb(122, 31, 92)' };
// The QR code is dark on white in every theme, for scanners.
const QR = { 'qr-light': 'rgb(255, 255, 255)', 'qr-dark': 'rgb(0, 0, 0)' };

const MODES = [
  { name: 'light mode', colorScheme: 'light', query: '', colours: LIGHT },
  { name: 'dark mode', colorScheme: 'dark', query: '', colours: DARK },
  {
    name: "a host's accent colour",
    colorScheme: 'light',
    query: `?embed=0&accent=${HOST_ACCENT.query}`,
    colours: { ...LIGHT, accent: HOST_ACCENT.computed },
  },
];

/**
 * The painted shapes of the first drawing `selector` finds: each one's
 * paint (its class without `paint-`) and the colour the browser paints it
 * with (its fill, or its stroke for a line).
 */
async function paints(page, selector) {
  await page.waitForSelector(selector);
  return page.$eval(selector, (svg) =>
    [...svg.querySelectorAll('[class^="paint-"]')].map((shape) => {
      const style = getComputedStyle(shape);
      const stroked = shape.getAttribute('stroke') === 'currentColor';
      return {
        paint: shape.getAttribute('class').slice('paint-'.length),
        tag: shape.tagName,
        colour: stroked ? style.stroke : style.fill,
      };
    }),
  );
}

/** Checks that a drawing has every paint of `expected` and each shape its colour. */
async function checkDrawing(page, mode, what, selector, expected) {
  const shapes = await paints(page, selector);
  const found = new Set(shapes.map((shape) => shape.paint));
  for (const paint of expected) assert.ok(found.has(paint), `${mode.name}, ${what}: no ${paint} shape`);
  const colours = { ...mode.colours, ...QR };
  for (const shape of shapes) {
    assert.equal(shape.colour, colours[shape.paint], `${mode.name}, ${what}: the ${shape.tag} painted ${shape.paint}`);
  }
}

for (const mode of MODES) {
  test(`theme colours reach the radar, QR code, dot strip and sparkline: ${mode.name}`, async () => {
    const page = await openApp(app, { path: mode.query, colorScheme: mode.colorScheme });
    if (mode.query) {
      const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim());
      assert.equal(accent, '#7a1f5c', "the host's accent is the page's");
    }
    // One's own result: the radar and the QR code of its link.
    const links = [];
    await finishScan(page, byName('cycle').answers);
    await checkDrawing(page, mode, 'result radar', '.chart-box svg', ['ink', 'muted', 'grid', 'accent']);
    await page.click('#toggle-qr');
    await page.waitForSelector('#qr-code svg');
    await checkDrawing(page, mode, 'QR code', '#qr-code svg', ['qr-light', 'qr-dark']);
    links.push(await shareLink(page));
    for (const name of ['mixed', 'all-agree']) {
      await page.click('.brand');
      await finishScan(page, byName(name).answers);
      links.push(await shareLink(page));
    }
    // Three results: the trend's sparklines, and a comparison with a second series.
    await page.click('#my-results');
    await checkDrawing(page, mode, 'sparkline', '#trend-table .sparkline', ['accent']);
    await page.click('#compare-button');
    await page.waitForSelector('#compare-table');
    await checkDrawing(page, mode, 'comparison radar', '.chart-box svg', ['ink', 'muted', 'grid', 'accent', 'series-2']);
    // The three links as a team: the band radar and the dot strips.
    await page.goto(app.url + mode.query);
    await page.click('#team-session');
    await page.click('#team-view-any');
    await page.fill('#links-min-group', '3');
    await page.fill('#paste-links', links.join('\n'));
    await page.click('#read-links');
    await page.waitForSelector('#team-table');
    await checkDrawing(page, mode, 'dot strip', '#team-table .strip', ['grid', 'accent']);
    await checkDrawing(page, mode, 'team radar', '.chart-box svg', ['ink', 'muted', 'grid', 'background', 'accent']);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
