// Post-build step: gives the on-demand full app content-hashed names.
//
// Trunk hashes the files it links from index.html, but writes the full app
// (a `data-type="worker"` asset) as plain sis-app.js + sis-app_bg.wasm, and
// copies its stylesheet as full.css. This renames the three to sis-app-HASH.js,
// sis-app-HASH_bg.wasm and sis-app-HASH.css, one hash of all three files'
// contents so they always match, and writes the names into the loader that
// Trunk inlined into index.html. Later steps change the files; the step
// content-names.mjs then names them (and the first-load app's files) by
// their final content. index.html is the only file
// that must always be revalidated; every other file may be cached for good.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Renames the full app's files in the staging folder `dir`; returns their new names. */
export function hashFullApp(dir) {
  const JS = 'sis-app.js';
  const WASM = 'sis-app_bg.wasm';
  const CSS = 'full.css';
  const js = readFileSync(join(dir, JS));
  const wasm = readFileSync(join(dir, WASM));
  const css = readFileSync(join(dir, CSS));
  const hash = createHash('sha256').update(js).update(wasm).update(css).digest('hex').slice(0, 16);
  const names = { [JS]: `sis-app-${hash}.js`, [WASM]: `sis-app-${hash}_bg.wasm`, [CSS]: `sis-app-${hash}.css` };

  // The glue's default wasm URL (unused: the loader passes the compiled module)
  // is kept right all the same.
  writeFileSync(join(dir, names[JS]), js.toString('utf8').replaceAll(WASM, names[WASM]));
  renameSync(join(dir, WASM), join(dir, names[WASM]));
  renameSync(join(dir, CSS), join(dir, names[CSS]));
  rmSync(join(dir, JS));

  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  for (const [plain, hashed] of Object.entries(names)) {
    const quoted = new RegExp(`(["'])${plain.replace(/[.]/g, '\\.')}\\1`, 'g');
    const found = html.match(quoted)?.length ?? 0;
    if (found !== 1) {
      throw new Error(`hash-full-app: expected "${plain}" once in index.html's loader, found it ${found} times`);
    }
    html = html.replace(quoted, (_, quote) => `${quote}${hashed}${quote}`);
  }
  // Trunk inlines the loader as written; its comments are for readers of the
  // source, so whole-line comments are dropped from the page.
  html = html.replace(/(<script type="?module"?>)([^<]*FULL_APP[^<]*)(<\/script>)/, (_, open, body, close) =>
    open + body.split('\n').filter((line) => !/^\s*(\/\/.*)?$/.test(line)).join('\n') + close);
  writeFileSync(htmlPath, html);
  console.log(`hash-full-app: ${names[JS]}, ${names[WASM]}, ${names[CSS]}`);
  return { js: names[JS], wasm: names[WASM], css: names[CSS] };
}
