// Post-build step: gives the on-demand team app content-hashed names.
//
// The team app (`sis-team`, the app with the facilitator's pages) is loaded
// on demand by the loader in index.html (src/web/loader.js), only when
// the app hands over to it. Trunk hashes the files of the page's own app,
// but writes this one (a `data-type="worker"` asset) as plain BIN.js +
// BIN_bg.wasm. This renames them to sis-team-HASH.js and
// sis-team-HASH_bg.wasm, one hash of both files' contents so they always
// match, and writes the names into the loader that Trunk inlined into
// index.html (TEAM_APP). Later steps change the files; the step
// content-names.mjs then names them (and the app's files) by their final
// content. index.html is the only file that must always be revalidated;
// every other file may be cached for good.
//
// Options checked (trunk 0.21.14): `filehash` (Trunk.toml, on by default)
// hashes only `main` apps: Trunk skips the hash for a `data-type="worker"`
// app on purpose ("their file name must be named at runtime",
// src/pipelines/rust/mod.rs, `hashed_wasm_base`), and `rel="copy-file"`
// copies without a hash. A `main` app would get a hash, but also Trunk's
// loader script and preload links, so the first load would fetch it. No
// Trunk option writes a file's final name into an inline script.
//
// `appNames`, `nameApp` and `dropLoaderComments` are the transformations
// (bytes and text in, names and text out); `hashTeamApp` reads and writes the
// staging folder.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The team app's files as Trunk writes them. */
export const TEAM_APP = { prefix: 'sis-team', plain: { js: 'sis-team.js', wasm: 'sis-team_bg.wasm' } };
/** The on-demand apps, in the order this step names them. */
export const APPS = [TEAM_APP];

/** The suffix of each kind of file after `PREFIX-HASH`. */
const SUFFIX = { js: '.js', wasm: '_bg.wasm' };

/**
 * The content-hashed names of `app`'s files, by kind: one hash of all their
 * `contents` (by kind, as in `app.plain`), in the order js, wasm.
 */
export function appNames(app, contents) {
  const kinds = Object.keys(app.plain);
  const hash = createHash('sha256');
  for (const kind of kinds) hash.update(contents[kind]);
  const stem = `${app.prefix}-${hash.digest('hex').slice(0, 16)}`;
  return Object.fromEntries(kinds.map((kind) => [kind, stem + SUFFIX[kind]]));
}

/**
 * index.html and `app`'s glue with the app's new `names` written in. Fails
 * unless the loader in index.html names each plain file exactly once, quoted.
 */
export function nameApp(app, html, glue, names) {
  // The glue's default wasm URL (unused: the loader passes the compiled module)
  // is kept right all the same.
  const newGlue = glue.replaceAll(app.plain.wasm, names.wasm);
  let newHtml = html;
  for (const [kind, plain] of Object.entries(app.plain)) {
    const quoted = new RegExp(`(["'])${plain.replace(/[.]/g, '\\.')}\\1`, 'g');
    const found = newHtml.match(quoted)?.length ?? 0;
    if (found !== 1) {
      throw new Error(`hash-team-app: expected "${plain}" once in index.html's loader, found it ${found} times`);
    }
    newHtml = newHtml.replace(quoted, (_, quote) => `${quote}${names[kind]}${quote}`);
  }
  return { html: newHtml, glue: newGlue };
}

/**
 * index.html without the whole-line comments and blank lines of the loader.
 * Trunk inlines the loader as written; its comments are for readers of the
 * source, so they are dropped from the page. (Release builds minify it
 * anyway; this keeps debug builds' pages short too.) The loader is the
 * module script that names TEAM_APP, whatever else it holds. Fails if there
 * is none.
 */
export function dropLoaderComments(html) {
  const within = '(?:(?!<\\/script>)[\\s\\S])*';
  const loader = new RegExp(`(<script type="?module"?>)(${within}TEAM_APP${within})(<\\/script>)`);
  if (!loader.test(html)) throw new Error('hash-team-app: no inline module script with TEAM_APP in index.html');
  return html.replace(loader, (_, open, body, close) =>
    open + body.split('\n').filter((line) => !/^\s*(\/\/.*)?$/.test(line)).join('\n') + close);
}

/**
 * Renames the on-demand apps' files in the staging folder `dir`; returns
 * their new names, one object of names by kind per app of APPS. Changes
 * nothing if a file is missing or the loader does not name the files.
 */
export function hashTeamApp(dir) {
  for (const name of [...APPS.flatMap((app) => Object.values(app.plain)), 'index.html']) {
    if (!existsSync(join(dir, name))) throw new Error(`hash-team-app: ${name} is not in the build`);
  }
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  // Every app named in the page first, so that a refusal leaves the folder as it was.
  const apps = APPS.map((app) => {
    const contents = Object.fromEntries(Object.entries(app.plain).map(([kind, plain]) => [kind, readFileSync(join(dir, plain))]));
    const names = appNames(app, contents);
    const renamed = nameApp(app, html, contents.js.toString('utf8'), names);
    html = renamed.html;
    return { app, names, glue: renamed.glue };
  });
  html = dropLoaderComments(html);

  for (const { app, names, glue } of apps) {
    writeFileSync(join(dir, names.js), glue);
    rmSync(join(dir, app.plain.js));
    for (const kind of Object.keys(app.plain).filter((kind) => kind !== 'js')) {
      renameSync(join(dir, app.plain[kind]), join(dir, names[kind]));
    }
    console.log(`hash-team-app: ${Object.values(names).join(', ')}`);
  }
  writeFileSync(htmlPath, html);
  return apps.map(({ names }) => names);
}
