//! The text packs of the app (`core::i18n::pack`): fetched one language at a
//! time, through the loader in index.html (`sisFull.texts` in
//! `src/web/loader.js`, which knows the packs' content-hashed names and
//! their integrity), and kept by the core (`i18n::on_demand`).
//!
//! Only the app's wasm fetches texts (`texts_on_demand`, see `build.rs`); the
//! team app and the native builds have every language compiled in.

use crate::core::i18n::{on_demand, Lang};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

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
    let promise = loader_call("texts", &JsValue::from_str(lang.tag())).ok_or(TextsError::Fetch)?;
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
    let _ = loader_call("failed", &JsValue::UNDEFINED);
}

/// Calls `sisFull[name](argument)` of the loader; `None` if it is missing or
/// does not give a promise.
fn loader_call(name: &str, argument: &JsValue) -> Option<js_sys::Promise> {
    let loader = js_sys::Reflect::get(&js_sys::global(), &"sisFull".into()).ok()?;
    let function = js_sys::Reflect::get(&loader, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    function
        .call1(&loader, argument)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
