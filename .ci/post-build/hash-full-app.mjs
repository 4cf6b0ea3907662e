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
//
// Options checked (trunk 0.21.14): `filehash` (Trunk.toml, on by default)
// hashes only `main` apps: Trunk skips the hash for a `data-type="worker"`
// app on purpose ("their file name must be named at runtime",
// src/pipelines/rust/mod.rs, `hashed_wasm_base`), and `rel="copy-file"`
// copies without a hash. A `main` app would get a hash, but also Trunk's
// loader script and preload links, so the first load would fetch it. No
// Trunk option writes a file's final name into an inline script.
//
// `nameFullApp` is the transformation (text in, text out); `hashFullApp` reads
// and writes the staging folder.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The full app's files as Trunk writes them. */
export const PLAIN = { js: 'sis-app.js', wasm: 'sis-app_bg.wasm', css: 'full.css' };

/** The content-hashed names of the full app's files: one hash of all three contents. */
export function fullAppNames(js, wasm, css) {
  const hash = createHash('sha256').update(js).update(wasm).update(css).digest('hex').slice(0, 16);
  return { js: `sis-app-${hash}.js`, wasm: `sis-app-${hash}_bg.wasm`, css: `sis-app-${hash}.css` };
}

/**
 * index.html and the glue with the full app's new `names` written in. Fails
 * unless the loader in index.html names each plain file exactly once, quoted,
 * and unless that loader is found as an inline module script.
 */
export function nameFullApp(html, glue, names) {
  // The glue's default wasm URL (unused: the loader passes the compiled module)
  // is kept right all the same.
  const newGlue = glue.replaceAll(PLAIN.wasm, names.wasm);
  let newHtml = html;
  for (const key of ['js', 'wasm', 'css']) {
    const plain = PLAIN[key];
    const quoted = new RegExp(`(["'])${plain.replace(/[.]/g, '\\.')}\\1`, 'g');
    const found = newHtml.match(quoted)?.length ?? 0;
    if (found !== 1) {
      throw new Error(`hash-full-app: expected "${plain}" once in index.html's loader, found it ${found} times`);
    }
    newHtml = newHtml.replace(quoted, (_, quote) => `${quote}${names[key]}${quote}`);
  }
  // Trunk inlines the loader as written; its comments are for readers of the
  // source, so whole-line comments are dropped from the page. (Release
  // builds minify it anyway; this keeps debug builds' pages short too.) The
  // loader is the module script that names FULL_APP, whatever else it holds.
  const within = '(?:(?!<\\/script>)[\\s\\S])*';
  const loader = new RegExp(`(<script type="?module"?>)(${within}FULL_APP${within})(<\\/script>)`);
  if (!loader.test(newHtml)) throw new Error('hash-full-app: no inline module script with FULL_APP in index.html');
  newHtml = newHtml.replace(loader, (_, open, body, close) =>
    open + body.split('\n').filter((line) => !/^\s*(\/\/.*)?$/.test(line)).join('\n') + close);
  return { html: newHtml, glue: newGlue };
}

/** Renames the full app's files in the staging folder `dir`; returns their new names. */
export function hashFullApp(dir) {
  for (const name of [...Object.values(PLAIN), 'index.html']) {
    if (!existsSync(join(dir, name))) throw new Error(`hash-full-app: ${name} is not in the build`);
  }
  const js = readFileSync(join(dir, PLAIN.js));
  const wasm = readFileSync(join(dir, PLAIN.wasm));
  const css = readFileSync(join(dir, PLAIN.css));
  const names = fullAppNames(js, wasm, css);
  const htmlPath = join(dir, 'index.html');
  const renamed = nameFullApp(readFileSync(htmlPath, 'utf8'), js.toString('utf8'), names);

  writeFileSync(join(dir, names.js), renamed.glue);
  renameSync(join(dir, PLAIN.wasm), join(dir, names.wasm));
  renameSync(join(dir, PLAIN.css), join(dir, names.css));
  rmSync(join(dir, PLAIN.js));
  writeFileSync(htmlPath, renamed.html);
  console.log(`hash-full-app: ${names.js}, ${names.wasm}, ${names.css}`);
  return names;
}
