// Post-build step: the first load's styles as part of the page.
//
// Trunk links style/main.css as a file, which costs the first paint a
// request after the page's own: the pre-rendered first screen could show
// only when it arrived. This step takes the (in release, minified) sheet out
// of the <link> and puts it, inside the script src/web/first_styles.js,
// first in the body, where it applies as a constructed stylesheet before
// anything is shown. The file stays in the build for browsers without
// constructed stylesheets, which the script gives a <link> with its
// integrity. Runs before `secure`, which hashes the script into the CSP.
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Moves the first load's stylesheet of `dir`'s index.html into the page. */
export function inlineCss(dir, release) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  const links = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)];
  if (links.length !== 1) throw new Error(`inline-css: expected one stylesheet link in index.html, found ${links.length}`);
  const [link] = links[0];
  const file = link.match(/\bhref=(?:"\.\/([^"]+)"|\.\/([^\s>]+))/);
  if (!file) throw new Error(`inline-css: no local href in ${link}`);
  const name = file[1] ?? file[2];
  const css = readFileSync(join(dir, name), 'utf8').trim();
  const integrity = `sha384-${createHash('sha384').update(readFileSync(join(dir, name))).digest('base64')}`;

  const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'web', 'first_styles.js'), 'utf8');
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
  html = html.replace(link, () => '').replace('<body>', () => `<body><script>${code}</script>`);
  writeFileSync(htmlPath, html);
  console.log(`inline-css: ${name} (${css.length} bytes) into the page`);
}
