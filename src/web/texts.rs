//! The text packs of the app (`core::i18n::pack`): fetched one language at a
//! time, through the loader in index.html (`sisFull.texts` in
//! `src/web/loader.js`, which knows the packs' content-hashed names and
//! their integrity), and kept by the core (`i18n::on_demand`).
//!
//! Only the app's wasm fetches texts (`texts_on_demand`, see `build.rs`); the
//! team app and the native builds have every language compiled in.

use crate::core::i18n::{on_demand, Lang};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    // `globalThis.sisFull`, defined by `loader.js` (inlined into
    // index.html), as `web::handoff` binds `startTeam`. `catch`: a page
    // without the loader is a failed load, not a crash.
    #[wasm_bindgen(catch, js_namespace = sisFull, js_name = texts)]
    fn fetch_texts(tag: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = sisFull, js_name = failed)]
    fn show_load_failure() -> Result<(), JsValue>;
}

/// Why a language's texts are not here.
#[derive(Debug)]
pub enum TextsError {
    /// The loader is missing or could not fetch the pack (offline, say).
    Fetch,
    /// The fetched text is not a pack of this build.
    Pack,
}

/// Fetches the pack of `lang` once and keeps it; at once if it is here.
pub async fn load(lang: Lang) -> Result<(), TextsError> {
    if on_demand::is_loaded(lang) {
        return Ok(());
    }
    let promise = fetch_texts(lang.tag()).map_err(|_| TextsError::Fetch)?;
    let text = JsFuture::from(promise)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(TextsError::Fetch)?;
    on_demand::install(lang, text).map_err(|_| TextsError::Pack)
}

/// Shows the loader's message that the app could not start, in every
/// language (index.html's `sis-load-failed`): without its texts the app
/// cannot show a page.
pub fn show_start_failure() {
    let _ = show_load_failure();
}
