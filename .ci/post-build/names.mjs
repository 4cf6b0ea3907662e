// The names of the build's app files, in one place for the post-build steps.
//
// Trunk names the first-load app by a hash printed without leading zeros, so
// its hex part varies in length; hash-full-app.mjs names the full app and
// the team app by 16 hex digits. A step that assumed one length for all once
// broke the build.
export const FIRST_JS = /^sis-first-[0-9a-f]+\.js$/;
export const FIRST_WASM = /^sis-first-[0-9a-f]+_bg\.wasm$/;
export const FULL_JS = /^sis-app-[0-9a-f]{16}\.js$/;
export const FULL_WASM = /^sis-app-[0-9a-f]{16}_bg\.wasm$/;
export const FULL_CSS = /^sis-app-[0-9a-f]{16}\.css$/;
// The team app (the full app with the facilitator's pages): no stylesheet of
// its own, since only the full app starts it, which has applied its own.
export const TEAM_JS = /^sis-team-[0-9a-f]{16}\.js$/;
export const TEAM_WASM = /^sis-team-[0-9a-f]{16}_bg\.wasm$/;
// The on-demand QR decoder (qr-decoder.mjs): one wasm module, no glue.
export const QR_WASM = /^sis-qr-[0-9a-f]{16}\.wasm$/;

/**
 * The three wasm-bindgen apps, each with its binary's name (which is also
 * the stem of its glue module, `./BIN_bg.js`, in its wasm's imports) and the
 * patterns of its glue and wasm, in the order the steps handle them.
 */
export const APPS = [
  { bin: 'sis-first', js: FIRST_JS, wasm: FIRST_WASM },
  { bin: 'sis-app', js: FULL_JS, wasm: FULL_WASM },
  { bin: 'sis-team', js: TEAM_JS, wasm: TEAM_WASM },
];
