// Post-build step: subresource integrity for every file the page loads, and
// the Content-Security-Policy that allows exactly the page's own scripts.
//
// Runs after every step that changes files (see post-build.mjs), so the
// hashes are of the files as served:
// - every `<link>` to a file of the build gets its sha384 `integrity`
//   (Trunk's values were of the files before minification), except the
//   wasm preload, where browsers ignore it;
// - Trunk's loader fetches the app's wasm with that integrity, and the
//   on-demand loader fetches the team app's wasm, the QR decoder and the
//   share module (when the build has them) with theirs; each wasm's integrity goes next to its
//   name in the loader, so that no app can be given another's;
// - an import map gives the integrity of both apps' JavaScript modules,
//   which covers the team app's dynamic import (and its retries);
// - a CSP meta lists the sha256 of each inline script (the page's
//   styles, Trunk's loader, the on-demand loader, the import map, the
//   pre-rendered first screen) and otherwise allows only the app's
//   own origin (the team app's files included); `_headers` carries the same
//   policy as HTTP headers for hosts that read that file, and as the text to
//   copy for those that do not.
//
// Options checked (trunk 0.21.14): `data-integrity` (sha384 by default)
// hashes files as Trunk wrote them, before the post-build steps change and
// rename them, and only in <link> elements: Trunk's loader fetches the wasm
// by its plain URL (`module_or_path: './…_bg.wasm'`), and the team app's
// files are not linked at all. `create_nonce` writes a
// nonce placeholder that a server must fill in for every response, which a
// static host cannot; no option writes a Content-Security-Policy or hashes
// inline scripts.
//
// `loaderRetries` and `secureHtml` are the transformations (text and bytes
// in, text out); `secure` reads and writes the staging folder.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPS, QR_WASM, SHARE_WASM } from './names.mjs';

/** The source of the on-demand loader, which says how often it retries. */
const LOADER = new URL('../../src/web/loader.js', import.meta.url);

/**
 * The policy, directive by directive; `script-src` gets the inline scripts'
 * hashes. The README's "Privacy and security" section documents it, and
 * tests/e2e/security.test.mjs checks the built page against this list.
 */
export const POLICY = [
  ["default-src", "'none'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["connect-src", "'self'"],
  ["style-src", "'self'"],
  ["img-src", "'self' data: blob:"],
  ["worker-src", "'self'"],
  ["manifest-src", "'self'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
];

/** `name` as a literal part of a regular expression. */
const escape = (name) => name.replace(/[.]/g, '\\.');

const sha = (algorithm, bytes) => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;

/** How many retries of an on-demand app's module the import map covers: the loader's MAX_RETRIES. */
export function loaderRetries(source) {
  const retries = Number(source.match(/const MAX_RETRIES = (\d+);/)?.[1]);
  if (!(retries > 0)) throw new Error('secure: MAX_RETRIES not found in src/web/loader.js');
  return retries;
}

/** Replaces `pattern` in `text` exactly once, or fails with `what`. */
function replaceOnce(text, pattern, replacement, what) {
  const found = text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
  if (found !== 1) throw new Error(`secure: expected ${what} once in index.html, found it ${found} times`);
  return text.replace(pattern, replacement);
}

/**
 * index.html with integrity and the CSP, and the `_headers` file. `files`
 * maps the names of the build's top-level files to their bytes, in the
 * order of the folder; `attempts` is the loader's MAX_RETRIES. Fails if a
 * file or a place in index.html that gets an integrity is missing.
 */
export function secureHtml(html, files, attempts) {
  const integrity = (name) => sha('sha384', files.get(name));

  // 1. Every link to a file of the build: its integrity as served.
  let links = 0;
  html = html.replace(/<link\b[^>]*>/g, (tag) => {
    const href = tag.match(/\bhref=(?:"\.\/([^"]+)"|'\.\/([^']+)'|\.\/([^\s>]+))/);
    const name = href && (href[1] ?? href[2] ?? href[3]);
    if (!name || !files.has(name)) return tag;
    const without = tag.replace(/\s+integrity=(?:"[^"]*"|'[^']*'|[^\s>]+)/, '');
    // Chromium ignores integrity on a fetch preload (and warns in the
    // console); the fetch that uses the preload carries it instead (step 2).
    if (/\bas="?fetch\b/.test(tag)) return without;
    links += 1;
    return without.replace(/^<link\b/, `<link integrity="${integrity(name)}"`);
  });

  // 2. The wasm of every app is fetched with its integrity.
  const names = [...files.keys()];
  const [firstWasm, ...onDemandWasm] = APPS.map(({ bin, wasm }) => {
    const name = names.find((file) => wasm.test(file));
    if (!name) throw new Error(`secure: the wasm of ${bin} must be in the build`);
    return name;
  });
  html = replaceOnce(
    html,
    new RegExp(`module_or_path:\\s*(["'])\\./(${escape(firstWasm)})\\1`),
    (_, quote, name) => `module_or_path:fetch("./${name}",{integrity:"${integrity(name)}"})`,
    "Trunk's wasm URL",
  );
  // The team app's wasm: the wasmIntegrity in the same object of the loader
  // as the wasm's name (TEAM_APP).
  for (const name of onDemandWasm) {
    html = replaceOnce(
      html,
      new RegExp(`(\\bwasm:\\s*(["'])${escape(name)}\\2[^{}]*?\\bwasmIntegrity:\\s*)(["'])\\3`),
      (_, before) => `${before}"${integrity(name)}"`,
      `the wasmIntegrity of ${name} in the loader`,
    );
  }
  // The QR decoder and the share module, fetched on demand by the same
  // loader with this integrity.
  for (const [pattern, key] of [[QR_WASM, 'qrIntegrity'], [SHARE_WASM, 'shareIntegrity']]) {
    const module = [...files.keys()].find((name) => pattern.test(name));
    if (module) {
      html = replaceOnce(html, new RegExp(`${key}:\\s*(["'])\\1`), `${key}:"${integrity(module)}"`, `the loader's ${key}`);
    }
  }

  // 3. The import map: integrity of the JavaScript modules, before any module
  // loads. Trunk's loader imports the app's once; the on-demand loader
  // imports the team app's, and on a retry with the attempt's query.
  const [firstJs, ...onDemandJs] = APPS.map(({ bin, js }) => {
    const name = names.find((file) => js.test(file));
    if (!name) throw new Error(`secure: the JavaScript of ${bin} must be in the build`);
    return name;
  });
  const modules = { [`./${firstJs}`]: integrity(firstJs) };
  for (const name of onDemandJs) {
    modules[`./${name}`] = integrity(name);
    for (let attempt = 1; attempt <= attempts; attempt++) {
      modules[`./${name}?attempt=${attempt}`] = integrity(name);
    }
  }
  const importMap = `<script type="importmap">${JSON.stringify({ integrity: modules })}</script>`;

  // 4. The CSP, with the hash of every inline script, the import map included.
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  inline.push(importMap.replace(/^<script[^>]*>|<\/script>$/g, ''));
  if (inline.some((body) => body.trim() === '')) throw new Error('secure: a script without inline text');
  const hashes = inline.map((body) => `'${sha('sha256', body)}'`).join(' ');
  const policy = POLICY.map(([name, value]) => (name === 'script-src' ? `${name} ${value} ${hashes}` : `${name} ${value}`)).join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  html = replaceOnce(html, /<meta charset="?utf-8"?\s*\/?>/i, (charset) => charset + meta + importMap, 'the charset meta');

  // Headers for hosts: the same policy (a header also covers what a meta
  // cannot, such as reports), and no referrer. Not served to browsers.
  const headers =
    `# HTTP headers for this build of the Sociale Innovatie Scan (see README, "Privacy and security").\n/*\n  Content-Security-Policy: ${policy}\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n` +
    `# Host pages load the embed script with its integrity, which needs CORS (README, "Embedding").\n/sis-embed.js\n  Access-Control-Allow-Origin: *\n`;
  return { html, headers, links, modules: Object.keys(modules).length, inline: inline.length };
}

/** Adds integrity and the CSP to the build in the staging folder `dir`. */
export function secure(dir) {
  const attempts = loaderRetries(readFileSync(LOADER, 'utf8'));
  const files = new Map();
  for (const name of readdirSync(dir)) {
    if (statSync(join(dir, name)).isFile()) files.set(name, readFileSync(join(dir, name)));
  }
  const htmlPath = join(dir, 'index.html');
  const result = secureHtml(readFileSync(htmlPath, 'utf8'), files, attempts);
  writeFileSync(htmlPath, result.html);
  writeFileSync(join(dir, '_headers'), result.headers);
  console.log(`secure: integrity on ${result.links} links, ${APPS.length} wasm fetches and ${result.modules} modules; CSP with ${result.inline} inline script hashes`);
}
