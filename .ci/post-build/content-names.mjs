// Post-build step: names both apps' files by their final content.
//
// Trunk names the first-load app's files, and hash-full-app the full app's,
// by their content at the start of the post-build steps; the steps after
// that (minify-js, drop-unused-exports, short-imports) change the content.
// A change to those steps alone would then give a different file the name
// of one a browser or CDN may keep for good (`immutable`), and integrity
// would refuse it. This step gives each app's files a new name from one
// hash of all their final contents (so the files of one app always match),
// and writes the new names wherever the old ones were: index.html, and the
// app's own files (the glue names its wasm). It runs after the last step
// that changes the apps' files and before `secure` hashes them.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each app's files: the name stem and the suffixes that make one app. */
const APPS = [
  { prefix: 'sis-first', file: /^(sis-first-[0-9a-f]+)(\.js|_bg\.wasm)$/, count: 2 },
  { prefix: 'sis-app', file: /^(sis-app-[0-9a-f]{16})(\.js|_bg\.wasm|\.css)$/, count: 3 },
];

/** Renames both apps' files in the staging folder `dir` by their content. */
export function contentNames(dir) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  for (const { prefix, file, count } of APPS) {
    const names = readdirSync(dir).filter((name) => file.test(name)).sort();
    const stems = new Set(names.map((name) => name.match(file)[1]));
    if (names.length !== count || stems.size !== 1) {
      throw new Error(`content-names: expected ${count} files of one ${prefix} build, found ${names.join(', ') || 'none'}`);
    }
    const [stem] = stems;
    const hash = createHash('sha256');
    for (const name of names) hash.update(name.slice(stem.length)).update(readFileSync(join(dir, name)));
    const renamed = `${prefix}-${hash.digest('hex').slice(0, 16)}`;
    if (renamed === stem) continue;
    if (!html.includes(stem)) throw new Error(`content-names: index.html does not name ${stem}`);
    html = html.split(stem).join(renamed);
    for (const name of names) {
      const path = join(dir, name);
      if (!name.endsWith('.wasm')) {
        writeFileSync(path, readFileSync(path, 'utf8').split(stem).join(renamed));
      }
      renameSync(path, join(dir, renamed + name.slice(stem.length)));
    }
    console.log(`content-names: ${stem} -> ${renamed}`);
  }
  writeFileSync(htmlPath, html);
}
