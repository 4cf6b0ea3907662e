// Post-build step: minifies the JavaScript of a release build.
//
// Trunk's own minifier gives up on wasm-bindgen's glue (it cannot parse
// `export { initSync, __wbg_init as default }`) and leaves the inline module
// scripts as written, so esbuild minifies both here: the glue of the two
// apps (a third of the first load's JavaScript) and every inline module
// script of index.html. It also minifies the full app's stylesheet, which
// Trunk only copies (it minifies main.css itself). Names of files stay as
// they are: the minified text is a function of the text that was named.
// Debug builds are left readable.
import { transformSync } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FULL_CSS, isGlue } from './names.mjs';

/** The options for module code; `es2022` keeps the top-level await of Trunk's loader. */
const MODULE = { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' };

/** Minifies the glue files and the inline module scripts in the staging folder `dir`. */
export function minifyJs(dir) {
  const glue = readdirSync(dir).filter(isGlue);
  if (glue.length !== 2) {
    throw new Error(`minify-js: expected the glue of both apps, found ${glue.join(", ") || "none"} among ${readdirSync(dir).join(", ")}`);
  }
  let before = 0;
  let after = 0;
  for (const name of glue) {
    const path = join(dir, name);
    const source = readFileSync(path, 'utf8');
    const { code } = transformSync(source, MODULE);
    writeFileSync(path, code);
    before += source.length;
    after += code.length;
  }

  const htmlPath = join(dir, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  let scripts = 0;
  const minified = html.replace(/(<script type="?module"?>)([\s\S]*?)(<\/script>)/g, (_, open, body, close) => {
    scripts += 1;
    before += body.length;
    const { code } = transformSync(body, MODULE);
    after += code.trim().length;
    return open + code.trim() + close;
  });
  if (scripts === 0) throw new Error('minify-js: no inline module script in index.html');
  writeFileSync(htmlPath, minified);

  const sheets = readdirSync(dir).filter((name) => FULL_CSS.test(name));
  if (sheets.length !== 1) throw new Error(`minify-js: expected the full app's stylesheet, found ${sheets.length}`);
  for (const name of sheets) {
    const path = join(dir, name);
    const source = readFileSync(path, 'utf8');
    const { code } = transformSync(source, { loader: 'css', minify: true, legalComments: 'none' });
    writeFileSync(path, code);
    before += source.length;
    after += code.length;
  }
  console.log(`minify-js: ${glue.length} glue files, ${scripts} inline scripts and ${sheets.length} stylesheet, ${before} -> ${after} bytes`);
}
