// Post-build step: the pre-rendered first screen. Runs the native generator
// (src/prerender.rs with the feature `prerender`, which prints
// src/ui/prerender.rs's document: the app's intro and first
// statement in every language as templates, rendered natively from the
// app's own components by Leptos, and the inline script that shows the right
// one and draws every other statement from the first's template, with its
// rules' data and the statements' texts generated from the core) and puts its output at the end of the body of
// index.html. The inline script is minified here in release builds. Runs
// before `secure`, which hashes every inline script into the CSP.
//
// Options checked (trunk 0.21.14): Trunk inserts generated text only
// through `pattern_script`/`pattern_params` ("@file" inserts a file), which
// replace its loader script for the app in the head, not the end
// of the body, and need the file before the build; no option minifies an
// inline script (`rel="inline"` copies it as written).
//
// The app's fetches go after the first screen (`fetchesAfterFirstScreen`):
// Trunk puts the app's preload links and its module script into the head,
// and there the first request of the page costs the main thread 4-9 ms
// before the first statement is drawn. At the end of the body they are
// issued right after the first screen's markup and script. Measured with
// fresh profiles (interleaved, medians of 16-20 loads, 30 November 2026):
// the first statement clickable 12-18 ms sooner on loopback (about 89 -> 71
// ms), and 111 ms sooner at 4x CPU slowdown on slow 4G (644 -> 533 ms; the
// peer harness's runs: 538 -> 519 and 530); the app's wasm arrives 13 ms
// later on loopback and 125-240 ms later throttled, while the first screen
// already answers (README, "What held the first question back"). Moving only some of them gained nothing: any request in the head
// pays the cost. Trunk has no option for where its preload links go (it
// appends them to the head; `pattern_preload` too).
//
// `minifyPrerenderScript`, `insertPrerender` and `fetchesAfterFirstScreen`
// are the transformations (text in, text out); `prerender` runs the
// generator and writes the staging folder.
import { transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The generator's `markup` with its inline script minified; fails if it has none. */
export function minifyPrerenderScript(markup) {
  const script = /<script>([\s\S]*?)<\/script>/;
  if (!script.test(markup)) throw new Error("prerender: no <script> in sis-prerender's output");
  return markup.replace(script, (_, body) =>
    `<script>${transformSync(body, { minify: true, target: 'es2017', legalComments: 'none' }).code.trim()}</script>`);
}

/** `html` with `markup` at the end of its body; fails if it has no `</body>`. */
export function insertPrerender(html, markup) {
  if (!html.includes('</body>')) throw new Error('prerender: no </body> in index.html');
  // A function, so that no `$` pattern in the texts means anything.
  return html.replace('</body>', () => `${markup}</body>`);
}

/**
 * `html` with the app's preload links (modulepreload of its JS, preload of
 * its wasm) and Trunk's module script that imports the app's JS moved, in
 * that order, to the end of the body; fails unless there is exactly one of
 * each.
 */
export function fetchesAfterFirstScreen(html) {
  const preload = (rel) => [...html.matchAll(new RegExp(`<link\\s(?:[^>]*\\s)?rel=("?)${rel}\\1(?=[\\s>])[^>]*>`, 'g'))].map((m) => m[0]);
  const modules = preload('modulepreload');
  const wasm = preload('preload');
  if (modules.length !== 1 || wasm.length !== 1) {
    throw new Error(`prerender: expected one modulepreload and one preload link, found ${modules.length} and ${wasm.length}`);
  }
  const js = /\shref=("?)\.\/([^"\s>]+\.js)\1/.exec(modules[0])?.[2];
  const starts = [...html.matchAll(/<script type=("?)module\1>[\s\S]*?<\/script>/g)].map((m) => m[0])
    .filter((script) => js && (script.includes(`'./${js}'`) || script.includes(`"./${js}"`)));
  if (starts.length !== 1) throw new Error(`prerender: expected one module script that imports ./${js}, found ${starts.length}`);
  if (!html.includes('</body>')) throw new Error('prerender: no </body> in index.html');
  const moved = [modules[0], wasm[0], starts[0]];
  const rest = moved.reduce((text, part) => text.replace(part, () => ''), html);
  return rest.replace('</body>', () => `${moved.join('')}</body>`);
}

/** Puts the pre-rendered first screen into the staging folder `dir`'s index.html. */
export function prerender(dir, release) {
  const root = join(import.meta.dirname, '..', '..');
  // Quiet, so that its output is only the markup: say why the first build waits here.
  console.log('prerender: rendering the first screen from the components natively (the first build compiles them for the host: a few minutes)');
  let out = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'sis-prerender'], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (release) out = minifyPrerenderScript(out);
  const path = join(dir, 'index.html');
  writeFileSync(path, fetchesAfterFirstScreen(insertPrerender(readFileSync(path, 'utf8'), out)));
  console.log(`prerender: ${out.length} bytes of first-screen markup and script`);
}
