// Post-build step: the pre-rendered first screen. Runs the native generator
// (src/prerender.rs: the first-load app's intro and first statement in both
// languages as templates, from the core's texts, and the inline script that
// shows the right one) and puts its output at the end of the body of
// index.html. The inline script is minified here in release builds. Runs
// before `secure`, which hashes every inline script into the CSP.
import { transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function prerender(dir, release) {
  const root = join(import.meta.dirname, '..', '..');
  let out = execFileSync('cargo', ['run', '--quiet', '--bin', 'sis-prerender'], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (release) {
    out = out.replace(/<script>([\s\S]*?)<\/script>/, (_, body) =>
      `<script>${transformSync(body, { minify: true, target: 'es2017', legalComments: 'none' }).code.trim()}</script>`);
  }
  const path = join(dir, 'index.html');
  const html = readFileSync(path, 'utf8');
  if (!html.includes('</body>')) throw new Error('prerender: no </body> in index.html');
  // A function, so that no `$` pattern in the texts means anything.
  writeFileSync(path, html.replace('</body>', () => `${out}</body>`));
  console.log(`prerender: ${out.length} bytes of first-screen markup and script`);
}
