// Post-build step: minifies the JavaScript of a release build.
//
// Trunk's own minifier gives up on wasm-bindgen's glue (it cannot parse
// `export { initSync, __wbg_init as default }`) and leaves the inline module
// scripts as written, so esbuild minifies both here: the glue of the two
// apps and every inline module script of index.html (Trunk minifies the
// stylesheet itself). Names of files stay as
// they are: the minified text is a function of the text that was named.
// Debug builds are left readable.
//
// Options checked (trunk 0.21.14): `minify = "on_release"` (Trunk.toml) is
// on, and `data-no-minify` only turns minifying off. Trunk minifies JS with
// the minify-js crate, which fails on wasm-bindgen 0.2.130's glue
// ("Failed to minify JS: RequiredTokenNotFound(Identifier)
// [token=Some(KeywordDefault)]" in every release build; trunk-rs/trunk#1044,
// wilsonzlin/minify-js#30) and then copies it unchanged; `rel="inline"`
// scripts and `rel="copy-file"` files are never minified
// (src/pipelines/inline.rs, copy_file.rs).
//
// `minifyModule` and `minifyInlineModules` are the
// transformations (text in, text out); `minifyJs` reads and writes the
// staging folder.
import { transformSync } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPS } from './names.mjs';

/** The options for module code; `es2022` keeps the top-level await of Trunk's loader. */
const MODULE = { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' };

/** `source`, an ES module, minified. */
export const minifyModule = (source) => transformSync(source, MODULE).code;

/**
 * `html` with every inline module script minified, with the number of
 * scripts and their lengths before and after. Fails if there is none.
 */
export function minifyInlineModules(html) {
  let scripts = 0;
  let before = 0;
  let after = 0;
  const minified = html.replace(/(<script type="?module"?>)([\s\S]*?)(<\/script>)/g, (_, open, body, close) => {
    scripts += 1;
    before += body.length;
    const code = minifyModule(body).trim();
    after += code.length;
    return open + code + close;
  });
  if (scripts === 0) throw new Error('minify-js: no inline module script in index.html');
  return { html: minified, scripts, before, after };
}

/** Minifies the glue files and the inline module scripts in the staging folder `dir`. */
export function minifyJs(dir) {
  const files = readdirSync(dir);
  // Exactly one glue file of each app, or the build is not what this step knows.
  const glue = APPS.map(({ bin, js }) => {
    const found = files.filter((name) => js.test(name));
    if (found.length !== 1) {
      throw new Error(`minify-js: expected the glue of ${bin}, found ${found.join(', ') || 'none'} among ${files.join(', ')}`);
    }
    return found[0];
  });
  const htmlPath = join(dir, 'index.html');
  const inline = minifyInlineModules(readFileSync(htmlPath, 'utf8'));

  let before = inline.before;
  let after = inline.after;
  for (const name of glue) {
    const path = join(dir, name);
    const source = readFileSync(path, 'utf8');
    const code = minifyModule(source);
    writeFileSync(path, code);
    before += source.length;
    after += code.length;
  }
  writeFileSync(htmlPath, inline.html);
  console.log(`minify-js: ${glue.length} glue files and ${inline.scripts} inline scripts, ${before} -> ${after} bytes`);
}
