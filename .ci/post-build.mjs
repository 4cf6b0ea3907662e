// Trunk post-build hook: the steps that finish a build, in order, in Trunk's
// staging folder (TRUNK_STAGING_DIR) before dist/ is replaced. One hook runs
// them all because Trunk starts the hooks of one stage at the same time.
import { contentNames } from './post-build/content-names.mjs';
import { hashTeamApp } from './post-build/hash-team-app.mjs';
import { inlineCss } from './post-build/inline-css.mjs';
import { minifyJs } from './post-build/minify-js.mjs';
import { prerender } from './post-build/prerender.mjs';
import { nameModules } from './post-build/modules.mjs';
import { secure } from './post-build/secure.mjs';
import { shortImports } from './post-build/short-imports.mjs';
import { textPacks } from './post-build/texts.mjs';
import { serviceWorker } from './post-build/service-worker.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run as a Trunk hook)');
  process.exit(1);
}
try {
  // 1. Content-hashed names for the on-demand team app.
  hashTeamApp(dir);
  //    And for the on-demand QR decoder and share module (built by the
  //    pre-build hook).
  nameModules(dir);
  //    And the app's text packs, one per language, fetched on demand.
  textPacks(dir);
  // 2. Minified JavaScript (release builds only; debug builds stay readable).
  //    Then the wasm's imports and exports get short names. (The exports
  //    nothing calls are gone already: wasm-opt's --remove-exports, in the
  //    data-wasm-opt-params of index.html.)
  if (process.env.TRUNK_PROFILE === 'release') {
    minifyJs(dir);
    shortImports(dir);
  }
  //    Then every app's files are named by their final content.
  contentNames(dir);
  // 3. The pre-rendered first screen (templates and their inline script).
  prerender(dir, process.env.TRUNK_PROFILE === 'release');
  // 4. The styles as part of the page (a constructed stylesheet).
  inlineCss(dir, process.env.TRUNK_PROFILE === 'release');
  // 5. Integrity on everything the page loads, and the Content-Security-Policy
  //    with the hashes of the inline scripts (last: it hashes the final text).
  secure(dir);
  // 6. Last: the service worker, which lists and hashes the final files.
  serviceWorker(dir);
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
