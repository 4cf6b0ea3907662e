//! The hand-over from the small first-load app (intro, statements, review) to
//! the full app, which is loaded only when it is needed.
//!
//! The first-load app puts its whole in-memory state, in the stored formats,
//! on a JS global (`globalThis.sisHandoff`), so the hand-over also works when
//! storage throws or is protected; then `full_loader.js` fetches and starts
//! the full app, which takes the global at start-up.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

const GLOBAL: &str = "sisHandoff";

/// The first-load app's state, as stored texts.
pub struct Handoff {
    /// The progress record (`encode_progress`).
    pub progress: String,
    /// The settings record (`encode_settings`) with the language shown.
    pub settings: String,
    /// The history record (`encode_history`).
    pub history: String,
    /// `Persistence::id` of the first-load app.
    pub persistence: String,
    /// Notice ids shown, comma-separated.
    pub notices: String,
    /// Which page the full app opens: "scan", "history", "team-setup" or
    /// "link" (the address fragment).
    pub route: String,
}

#[wasm_bindgen(module = "/src/web/full_loader.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadFull)]
    fn load_full(unmount: JsValue, failed: JsValue);
}

const FIELDS: [&str; 6] = [
    "progress",
    "settings",
    "history",
    "persistence",
    "notices",
    "route",
];

/// Puts the state on the global, then loads the full app; `unmount` runs just
/// before the full app starts, `failed` if it could not be loaded.
pub fn hand_over(
    handoff: Handoff,
    unmount: impl FnOnce() + 'static,
    failed: impl FnOnce() + 'static,
) {
    let object = Object::new();
    let values = [
        &handoff.progress,
        &handoff.settings,
        &handoff.history,
        &handoff.persistence,
        &handoff.notices,
        &handoff.route,
    ];
    for (field, value) in FIELDS.iter().zip(values) {
        let _ = Reflect::set(
            &object,
            &JsValue::from_str(field),
            &JsValue::from_str(value),
        );
    }
    let _ = Reflect::set(&js_sys::global(), &JsValue::from_str(GLOBAL), &object);
    load_full(
        Closure::once_into_js(unmount),
        Closure::once_into_js(failed),
    );
}

/// Takes the hand-over left by the first-load app, if any (once).
pub fn take() -> Option<Handoff> {
    let global = js_sys::global();
    let key = JsValue::from_str(GLOBAL);
    let object = Reflect::get(&global, &key).ok().filter(|v| v.is_object())?;
    let _ = Reflect::delete_property(&global.into(), &key);
    let field = |name: &str| {
        Reflect::get(&object, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    Some(Handoff {
        progress: field("progress"),
        settings: field("settings"),
        history: field("history"),
        persistence: field("persistence"),
        notices: field("notices"),
        route: field("route"),
    })
}
