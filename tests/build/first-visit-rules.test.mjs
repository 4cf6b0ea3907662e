// The rules of a first visit in the pre-rendered screen's script
// (src/web/prerender.js) against the core's: the script, with the data
// src/first_screen/script.rs generates for it, runs in a sandbox over every
// case of tests/data/first-visit-rules.json, whose decisions the core made
// (tests/core/first_visit.rs writes the file). It fails where the script
// decides differently: another language or view, or a screen on a visit the
// first load hands to the full app (or none on a plain one).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';

const ROOT = join(import.meta.dirname, '..', '..');
const TABLE = JSON.parse(readFileSync(join(ROOT, 'tests/data/first-visit-rules.json'), 'utf8'));
const BODY = readFileSync(join(ROOT, 'src/web/prerender.js'), 'utf8').trim();
// As first_screen::script::script wraps it.
const SCRIPT = `(function(${TABLE.script_parameters}){${BODY}})(${TABLE.script_arguments})`;

/**
 * What the script decides for `visit`: "LANG VIEW" when it shows a screen,
 * else "full app". The sandbox is a top-level page with the first load's
 * styles applied and a template for every language, so that the language
 * chosen shows even where the real page has no template.
 */
function decide({ query, fragment, languages, stored }) {
  const template = { content: { cloneNode: () => ({ childNodes: [], querySelector: () => null }) } };
  const document = {
    adoptedStyleSheets: [{}],
    documentElement: {},
    body: { appendChild() {} },
    activeElement: null,
    querySelectorAll: () => [],
    getElementById: (id) => (id.startsWith('sis-pre-') ? template : null),
    addEventListener() {},
    removeEventListener() {},
  };
  const window = {};
  window.parent = window;
  const storage = stored === null ? {} : { 'sis:settings': stored };
  vm.runInNewContext(SCRIPT, {
    document,
    window,
    location: { search: query, hash: fragment },
    navigator: { languages },
    localStorage: { getItem: (key) => (key in storage ? storage[key] : null) },
  });
  if (!window.sisPre) return 'full app';
  const [lang, view] = window.sisPre.take().split(' ');
  return `${lang} ${view}`;
}

test('the script decides every first visit of the table as the core does', () => {
  assert.ok(TABLE.cases.length > 0);
  const differing = TABLE.cases
    .map((visit) => ({ ...visit, script: decide(visit) }))
    .filter((visit) => visit.script !== visit.decision)
    .map((visit) => `${JSON.stringify(visit.query)} ${JSON.stringify(visit.fragment)} ${JSON.stringify(visit.languages)} stored ${visit.stored}: core "${visit.decision}", script "${visit.script}"`);
  assert.deepEqual(differing, []);
});
