// Side by side with the SurveyJS build of the same scan (the peer harness),
// in one run: the bytes of the initial visit (everything fetched until the
// first question is interactive, the load event has passed and the network
// was quiet 500 ms), the time from navigation to the first question being
// clickable (median of 7 fresh loads), the click-through of all 30
// statements with its main-thread task, script, layout and style time, and
// the memory after the results. Headless Chromium on loopback, optionally
// throttled (the harness's --cpu-throttle and --network, passed through).
// Prints figures; not a test.
//
// The peer harness is not part of this repository: point PEER_DIR at a copy
// (default ../shared/peer next to the repository). It is copied to a
// writable temporary folder, installed with `npm ci` and built there.
// Needs a release build in dist/ (or in the folder --dist names). With
// --before DIR a second build of ours (say dist/ of the commit before a
// change, copied aside) is measured as a third target, its runs interleaved
// with the others in the same run: an A/B comparison that a busy machine
// skews less than two runs apart.
// Usage: node tests/bench/load-time.mjs [--load-runs 7] [--click-runs 3]
//        [--cpu-throttle 4] [--network slow4g] [--dist DIR] [--before DIR]
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

const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const ours = await serve(resolve(option('--dist', join(ROOT, 'dist'))), 8781);
const peer = await serve(join(work, 'dist'), 8787);
// The build before a change, served on a port of its own; the harness names
// a driver given after a URL by the driver's name and the URL's host.
const BEFORE_URL = 'http://127.0.0.1:8782/?intro=0&lang=en';
const before = option('--before') ? await serve(resolve(option('--before')), 8782) : null;
const runs = option('--load-runs', '7');
const throttle = ['--cpu-throttle', '--network'].flatMap((name) => (option(name) ? [name, option(name)] : []));
try {
  const out = join(work, 'result.json');
  // Asynchronously, so the servers in this process keep answering.
  await new Promise((ok, fail) => {
    const child = spawn('node', [
      // --no-axe: the harness injects axe-core with a script tag, which our
      // CSP refuses (tests/e2e/a11y.test.mjs runs axe on every view instead).
      'measure.mjs', '--load-runs', runs, '--click-runs', option('--click-runs', '3'), ...throttle, '--no-axe', '--out', out,
      join(ROOT, 'tests/bench/sis-driver.json'),
      ...(before ? [BEFORE_URL, join(ROOT, 'tests/bench/sis-driver.json')] : []),
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
  const ratio = (x, y) => (x / y).toFixed(2);
  const kib = (bytes) => (bytes / 1024).toFixed(1);
  console.log(`conditions: ${throttle.length ? throttle.join(' ') : 'loopback, no throttling'}`);
  const bytes = (t) => t?.initialLoadBytes?.total?.brotli11;
  console.log(`initial visit, brotli: ours ${kib(bytes(a))} KiB, SurveyJS ${kib(bytes(b))} KiB, ratio ${ratio(bytes(a), bytes(b))}`);
  console.log(`first question interactive, median of ${runs}: ours ${fqi(a)?.toFixed(1)} ms, SurveyJS ${fqi(b)?.toFixed(1)} ms, ratio ${(fqi(a) / fqi(b)).toFixed(3)} (goal <= 0.25)`);
  if (before) {
    const old = pick(`sis-leptos@${new URL(BEFORE_URL).host}`);
    console.log(`  before: ${fqi(old)?.toFixed(1)} ms, ratio to SurveyJS ${(fqi(old) / fqi(b)).toFixed(3)}`);
  }
  console.log(`click-through median: ours ${a?.clickThroughMs?.median?.toFixed?.(0)} ms, SurveyJS ${b?.clickThroughMs?.median?.toFixed?.(0)} ms`);
  const during = (t, key) => t?.clickThroughMs?.mainThreadDuringClicksMedian?.[key];
  for (const [key, goal] of [['taskMs', 'goal <= 0.5'], ['scriptMs', ''], ['layoutMs', 'goal <= 1.5'], ['styleMs', '']]) {
    console.log(`  main thread during clicks, ${key.replace('Ms', '')}: ours ${during(a, key)} ms, SurveyJS ${during(b, key)} ms, ratio ${ratio(during(a, key), during(b, key))}${goal ? ` (${goal})` : ''}`);
    if (before) {
      const old = pick(`sis-leptos@${new URL(BEFORE_URL).host}`);
      console.log(`    before: ${during(old, key)} ms, ratio to SurveyJS ${ratio(during(old, key), during(b, key))}; ours/before ${ratio(during(a, key), during(old, key))}`);
    }
  }
  const heap = (t, key) => t?.heapAfterResults?.[`${key}Median`];
  const mib = (bytes) => (bytes / 1048576).toFixed(1);
  console.log(`memory after results (median): JS heap ours ${mib(heap(a, 'jsUsedBytes'))} MiB (${mib(heap(a, 'jsUsedAfterGCBytes'))} after GC) + wasm ${mib(heap(a, 'wasmLinearMemoryBytes'))} MiB; SurveyJS JS heap ${mib(heap(b, 'jsUsedBytes'))} MiB (${mib(heap(b, 'jsUsedAfterGCBytes'))} after GC)`);
  console.log(`full report: ${out}`);
} finally {
  ours.close();
  peer.close();
  before?.close();
}
