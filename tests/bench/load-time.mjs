// Time from navigation to the first question being clickable, median of 7
// fresh loads in headless Chromium on loopback, side by side with the
// SurveyJS build of the same scan (the peer harness). Prints figures; not a test.
//
// The peer harness is not part of this repository: point PEER_DIR at a copy
// (default ../shared/peer next to the repository). It is copied to a
// writable temporary folder, installed with `npm ci` and built there.
// Needs a release build in dist/.
// Usage: node tests/bench/load-time.mjs [--load-runs 7]
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { serve } from '../support/serve.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PEER = resolve(process.env.PEER_DIR ?? join(ROOT, '..', 'shared', 'peer'));
if (!existsSync(join(PEER, 'measure.mjs'))) {
  console.error(`peer harness not found at ${PEER}; set PEER_DIR`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'sis-peer-'));
cpSync(PEER, work, { recursive: true, filter: (src) => !src.includes('node_modules') && !src.includes('/dist') });
const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: ['ignore', 'inherit', 'inherit'] });
console.error(`[load-time] installing and building the peer in ${work}`);
run('npm', ['ci', '--no-audit', '--no-fund', '--silent']);
run('npm', ['run', '--silent', 'build']);

const ours = await serve(join(ROOT, 'dist'), 8781);
const peer = await serve(join(work, 'dist'), 8787);
const runs = process.argv.includes('--load-runs') ? process.argv[process.argv.indexOf('--load-runs') + 1] : '7';
try {
  const out = join(work, 'result.json');
  // Asynchronously, so the servers in this process keep answering.
  await new Promise((ok, fail) => {
    const child = spawn('node', [
      // --no-axe: the harness injects axe-core with a script tag, which our
      // CSP refuses (tests/e2e/a11y.test.mjs runs axe on every view instead).
      'measure.mjs', '--load-runs', runs, '--click-runs', '3', '--no-axe', '--out', out,
      join(ROOT, 'tests/bench/sis-driver.json'),
      join(work, 'drivers/surveyjs.json'),
    ], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`measure.mjs exited with ${code}`))));
  });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const targets = report.targets ?? report.results ?? report;
  const pick = (name) => (Array.isArray(targets) ? targets.find((t) => (t.name ?? t.driver?.name) === name) : targets[name]);
  const fqi = (t) => t?.loadMs?.median?.firstQuestionInteractive;
  const a = pick('sis-leptos');
  const b = pick('surveyjs-peer');
  console.log(`first question interactive, median of ${runs}: ours ${fqi(a)?.toFixed(1)} ms, SurveyJS ${fqi(b)?.toFixed(1)} ms, ratio ${(fqi(a) / fqi(b)).toFixed(3)} (goal <= 0.25)`);
  console.log(`click-through median: ours ${a?.clickThroughMs?.median?.toFixed?.(0)} ms, SurveyJS ${b?.clickThroughMs?.median?.toFixed?.(0)} ms`);
  console.log(`full report: ${out}`);
} finally {
  ours.close();
  peer.close();
}
