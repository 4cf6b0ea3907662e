// Post-build step: names every app's files by their final content.
//
// Trunk names the app's files, and hash-team-app the team app's, by their
// content at the start of the post-build steps; the steps after
// that (minify-js, short-imports) change the content.
// A change to those steps alone would then give a different file the name
// of one a browser or CDN may keep for good (`immutable`), and integrity
// would refuse it. This step gives each app's files a new name from one
// hash of all their final contents (so the files of one app always match),
// and writes the new names wherever the old ones were: index.html, and the
// app's own files (the glue names its wasm). It runs after the last step
// that changes the apps' files and before `secure` hashes them.
//
// Options checked (trunk 0.21.14): `filehash` names a file by a hash
// Trunk takes before its post-build hooks run (of the wasm as cargo wrote
// it), and no option hashes files again after a hook.
//
// `renameApp` is the transformation (names, bytes and text in, the same
// out); `contentNames` reads and writes the staging folder.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each app's files: the name stem and the suffixes that make one app. */
export const APPS = [
  { prefix: 'sis-app', file: /^(sis-app-[0-9a-f]+)(\.js|_bg\.wasm)$/, count: 2 },
  { prefix: 'sis-team', file: /^(sis-team-[0-9a-f]{16})(\.js|_bg\.wasm)$/, count: 2 },
];

/**
 * One app's files named by their content. `files` maps names of the build
 * to their bytes (other files may be among them); returns index.html and
 * the app's files under their new names, with the new name written where
 * the old one was (not into wasm). Fails unless the app's files are there,
 * complete and of one build, and unless index.html names them.
 */
export function renameApp(app, files, html) {
  const { prefix, file, count } = app;
  const names = [...files.keys()].filter((name) => file.test(name)).sort();
  const stems = new Set(names.map((name) => name.match(file)[1]));
  if (names.length !== count || stems.size !== 1) {
    throw new Error(`content-names: expected ${count} files of one ${prefix} build, found ${names.join(', ') || 'none'}`);
  }
  const [stem] = stems;
  const hash = createHash('sha256');
  for (const name of names) hash.update(name.slice(stem.length)).update(files.get(name));
  const renamed = `${prefix}-${hash.digest('hex').slice(0, 16)}`;
  const output = new Map();
  if (renamed === stem) {
    for (const name of names) output.set(name, { name, bytes: files.get(name) });
    return { html, stem, renamed, files: output };
  }
  if (!html.includes(stem)) throw new Error(`content-names: index.html does not name ${stem}`);
  for (const name of names) {
    const bytes = files.get(name);
    const content = name.endsWith('.wasm') ? bytes : Buffer.from(bytes.toString('utf8').split(stem).join(renamed));
    output.set(name, { name: renamed + name.slice(stem.length), bytes: content });
  }
  return { html: html.split(stem).join(renamed), stem, renamed, files: output };
}

/** Renames every app's files in the staging folder `dir` by their content. */
export function contentNames(dir) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  // Every app first, so that a refusal leaves the folder as it was.
  const results = APPS.map((app) => {
    const files = new Map();
    for (const name of readdirSync(dir)) {
      if (app.file.test(name)) files.set(name, readFileSync(join(dir, name)));
    }
    const result = renameApp(app, files, html);
    html = result.html;
    return result;
  });
  for (const { stem, renamed, files } of results) {
    if (renamed === stem) continue;
    for (const [old, { name, bytes }] of files) {
      if (!old.endsWith('.wasm')) writeFileSync(join(dir, old), bytes);
      renameSync(join(dir, old), join(dir, name));
    }
    console.log(`content-names: ${stem} -> ${renamed}`);
  }
  writeFileSync(htmlPath, html);
}
