// Trunk post-build hook: the steps that finish a build, in order, in Trunk's
// staging folder (TRUNK_STAGING_DIR) before dist/ is replaced. One hook runs
// them all because Trunk starts the hooks of one stage at the same time.
import { hashFullApp } from './post-build/hash-full-app.mjs';
import { serviceWorker } from './post-build/service-worker.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run as a Trunk hook)');
  process.exit(1);
}
try {
  // 1. Content-hashed names for the on-demand full app.
  hashFullApp(dir);
  // Last: the service worker, which lists and hashes the final files.
  serviceWorker(dir);
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
