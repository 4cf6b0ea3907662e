// The names of the build's app files, in one place for the post-build steps.
//
// Trunk names the app (the page's main binary) by a hash printed without
// leading zeros, so its hex part varies in length; hash-team-app.mjs names
// the team app by 16 hex digits. A step that assumed one length for all once
// broke the build.
export const APP_JS = /^sis-app-[0-9a-f]+\.js$/;
export const APP_WASM = /^sis-app-[0-9a-f]+_bg\.wasm$/;
// The team app (the app with the facilitator's pages), loaded on demand.
export const TEAM_JS = /^sis-team-[0-9a-f]{16}\.js$/;
export const TEAM_WASM = /^sis-team-[0-9a-f]{16}_bg\.wasm$/;
// The on-demand QR decoder and share module (modules.mjs): each one wasm
// module, no glue.
export const QR_WASM = /^sis-qr-[0-9a-f]{16}\.wasm$/;
export const SHARE_WASM = /^sis-share-[0-9a-f]{16}\.wasm$/;
// The app's text packs, one per language (texts.mjs), fetched on demand.
export const TEXT_PACK = /^texts-[a-z]+-[0-9a-f]{16}\.txt$/;

/**
 * The two wasm-bindgen apps, each with its binary's name (which is also
 * the stem of its glue module, `./BIN_bg.js`, in its wasm's imports) and the
 * patterns of its glue and wasm, in the order the steps handle them: the
 * page's own app first.
 */
export const APPS = [
  { bin: 'sis-app', js: APP_JS, wasm: APP_WASM },
  { bin: 'sis-team', js: TEAM_JS, wasm: TEAM_WASM },
];
