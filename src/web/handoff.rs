//! The hand-over from the full app to the team app (the facilitator's
//! pages), which is fetched only when such a page is opened
//! (`sisFull.startTeam`).
//!
//! `loader.js` fetches, compiles and starts the team app. Only then,
//! from the team app's `main`, does the full app put its whole in-memory
//! state, in the stored formats, on a JS global (`globalThis.sisHandoff`)
//! and unmount; the team app takes the global as its start state. So the
//! hand-over carries the latest state, works when storage throws or is
//! protected, and a failed load leaves the full app in place.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

const GLOBAL: &str = "sisHandoff";

/// The full app's state, as stored texts.
pub struct Handoff {
    /// The progress record (`encode_progress`).
    pub progress: String,
    /// The settings record (`encode_settings`) with the language shown.
    pub settings: String,
    /// The history record (`encode_history`).
    pub history: String,
    /// `Persistence::id` of the full app.
    pub persistence: String,
    /// Notice ids shown, comma-separated.
    pub notices: String,
    /// Which page the team app opens: `core::links::link_reader::HandoffPage::id`.
    pub route: String,
}

#[wasm_bindgen]
extern "C" {
    // `globalThis.sisFull`, defined by `loader.js` (inlined into
    // index.html). `catch`: a page without the loader is a failed load, not a
    // crash.
    #[wasm_bindgen(catch, js_namespace = sisFull, js_name = startTeam)]
    fn start_team_app(release: JsValue, failed: JsValue) -> Result<(), JsValue>;
}

const FIELDS: [&str; 6] = [
    "progress",
    "settings",
    "history",
    "persistence",
    "notices",
    "route",
];

/// The global through which the loader hands the team app the function that
/// releases the full app.
const RELEASE: &str = "sisRelease";

/// Loads and starts the team app. `state` is called only once the next app's module is
/// instantiated: its result goes on the global for it, and `unmount` then
/// removes this app. Until then this app stays as it is; `failed` runs if
/// the next app could not be loaded.
pub fn hand_over(
    state: impl FnOnce() -> Handoff + 'static,
    unmount: impl FnOnce() + 'static,
    failed: impl FnOnce() + 'static,
) {
    let release = move || {
        put(&state());
        unmount();
    };
    let failed = std::rc::Rc::new(std::cell::Cell::new(Some(failed)));
    let on_failure = {
        let failed = failed.clone();
        move || {
            if let Some(failed) = failed.take() {
                failed();
            }
        }
    };
    if start_team_app(
        Closure::once_into_js(release),
        Closure::once_into_js(on_failure),
    )
    .is_err()
    {
        if let Some(failed) = failed.take() {
            failed();
        }
    }
}

/// Puts the state on the global for the team app.
fn put(handoff: &Handoff) {
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
}

/// Before an app mounts: releases the app that handed over, if this start is
/// a hand-over to the team app (the full app puts its state on the global and
/// unmounts).
pub fn release_previous() {
    let global = js_sys::global();
    let key = JsValue::from_str(RELEASE);
    let Ok(release) = Reflect::get(&global, &key) else {
        return;
    };
    let _ = Reflect::delete_property(&global, &key);
    if let Some(release) = release.dyn_ref::<js_sys::Function>() {
        let _ = release.call0(&JsValue::UNDEFINED);
    }
}

/// Takes the hand-over left by the full app, if any (once).
pub fn take() -> Option<Handoff> {
    let global = js_sys::global();
    let key = JsValue::from_str(GLOBAL);
    let object = Reflect::get(&global, &key).ok().filter(|v| v.is_object())?;
    let _ = Reflect::delete_property(&global, &key);
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
