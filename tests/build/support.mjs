// Helpers of the tests of the post-build steps: the fixtures, and staging
// folders in the system's temporary folder for the steps' file-system parts.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';

/** A fixture of tests/build/fixtures as text. */
export const fixture = (name) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

/**
 * A new staging folder holding `files` (relative path to text or bytes);
 * removed when the test file ends.
 */
export function stagingDir(files) {
  const dir = mkdtempSync(join(tmpdir(), 'sis-post-build-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** The top-level file names of `dir`, sorted. */
export const listing = (dir) => readdirSync(dir).sort();

/** A file of `dir` as text. */
export const read = (dir, name) => readFileSync(join(dir, name), 'utf8');
