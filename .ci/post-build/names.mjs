// The names of the build's app files, in one place for the post-build steps.
//
// Trunk names the first-load app by a hash printed without leading zeros, so
// its hex part varies in length; hash-full-app.mjs names the full app by 16
// hex digits. A step that assumed one length for all once broke the build.
export const FIRST_JS = /^sis-first-[0-9a-f]+\.js$/;
export const FIRST_WASM = /^sis-first-[0-9a-f]+_bg\.wasm$/;
export const FULL_JS = /^sis-app-[0-9a-f]{16}\.js$/;
export const FULL_WASM = /^sis-app-[0-9a-f]{16}_bg\.wasm$/;
export const FULL_CSS = /^sis-app-[0-9a-f]{16}\.css$/;
// The on-demand QR decoder (qr-decoder.mjs): one wasm module, no glue.
export const QR_WASM = /^sis-qr-[0-9a-f]{16}\.wasm$/;

/** Whether `name` is the JavaScript glue of either app. */
export const isGlue = (name) => FIRST_JS.test(name) || FULL_JS.test(name);
