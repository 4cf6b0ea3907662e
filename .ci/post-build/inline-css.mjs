// Post-build step: the styles as part of the page.
//
// Trunk links style/main.css as a file, which costs the first paint a
// request after the page's own: the pre-rendered first screen could show
// only when it arrived. This step takes the (in release, minified) sheet out
// of the <link> and puts it, inside the script src/web/first_styles.js,
// first in the body, where it applies as a constructed stylesheet before
// anything is shown. The file stays in the build for browsers without
// constructed stylesheets, which the script gives a <link> with its
// integrity. Runs before `secure`, which hashes the script into the CSP.
//
// Options checked (trunk 0.21.14): `rel="css"` has no `data-inline`. What
// inlines CSS (`rel="inline"` of a .css file, `data-inline` on `rel="sass"`,
// `"scss"` and `"tailwind-css"`) writes a `<style>` element, which the
// Content-Security-Policy (`style-src 'self'`, see secure.mjs) refuses, and
// leaves no file for the fallback.
//
// `stylesheetLink` and `inlineStylesheet` are the transformations (text and
// bytes in, text out); `inlineCss` reads and writes the staging folder.
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The source of the script that applies the styles. */
export const FIRST_STYLES = join(import.meta.dirname, '..', '..', 'src', 'web', 'first_styles.js');

/** The one stylesheet link of `html` and the build's file it names; fails unless there is exactly one, to a local file. */
export function stylesheetLink(html) {
  const links = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)];
  if (links.length !== 1) throw new Error(`inline-css: expected one stylesheet link in index.html, found ${links.length}`);
  const [link] = links[0];
  const file = link.match(/\bhref=(?:"\.\/([^"]+)"|\.\/([^\s>]+))/);
  if (!file) throw new Error(`inline-css: no local href in ${link}`);
  return { link, name: file[1] ?? file[2] };
}

/**
 * `html` without the stylesheet `link` to the file `name` (contents
 * `bytes`), and with the script `source` first in the body, wrapped as
 * function (CSS, FILE, INTEGRITY) and called with the sheet's text, its URL
 * and its integrity; minified if `release`. Fails if the body is missing.
 */
export function inlineStylesheet(html, { link, name, bytes }, source, release) {
  const css = bytes.toString('utf8').trim();
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  // Minified with placeholders for its arguments, which then become JSON
  // strings (as written, not requoted by the minifier).
  const args = { __sisCss: css, __sisFile: `./${name}`, __sisIntegrity: integrity };
  let code = transformSync(`(function(CSS,FILE,INTEGRITY){${source}})(${Object.keys(args).join(',')})`, {
    minify: release,
    target: 'es2020',
    legalComments: 'none',
  }).code.trim();
  for (const [placeholder, value] of Object.entries(args)) {
    if (code.split(placeholder).length !== 2) throw new Error(`inline-css: ${placeholder} is not once in the script`);
    code = code.replace(placeholder, () => JSON.stringify(value));
  }
  // Never the end of the script element inside its text.
  code = code.replace(/<\/(script)/gi, '<\\/$1');
  if (!html.includes('<body>')) throw new Error('inline-css: no <body> in index.html');
  // Functions, so that no `$` pattern in the styles means anything.
  return html.replace(link, () => '').replace('<body>', () => `<body><script>${code}</script>`);
}

/** Moves the stylesheet of `dir`'s index.html into the page. */
export function inlineCss(dir, release) {
  const htmlPath = join(dir, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const { link, name } = stylesheetLink(html);
  if (!existsSync(join(dir, name))) throw new Error(`inline-css: ${name} is not in the build`);
  const bytes = readFileSync(join(dir, name));
  writeFileSync(htmlPath, inlineStylesheet(html, { link, name, bytes }, readFileSync(FIRST_STYLES, 'utf8'), release));
  console.log(`inline-css: ${name} (${bytes.toString('utf8').trim().length} bytes) into the page`);
}
