//! The hand-over from the small first-load app (intro, statements) to the
//! full app, which starts only when it is needed; and in the same way from
//! the full app to the team app (the facilitator's pages), which is fetched
//! only when such a page is opened (`sisFull.startTeam`).
//!
//! `full_loader.js` fetches and compiles the full app (in the background
//! right after the page has loaded) and starts
//! it. Only then, from the full app's `main`, does the first-load app put its
//! whole in-memory state, in the stored formats, on a JS global
//! (`globalThis.sisHandoff`) and unmount; the full app takes the global as
//! its start state. So the hand-over carries the latest state, works when
//! storage throws or is protected, and a failed load leaves the first-load
//! app in place.

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
    /// Which page the full app opens: `core::links::link_reader::HandoffPage::id`.
    pub route: String,
}

#[wasm_bindgen]
extern "C" {
    // `globalThis.sisFull`, defined by `full_loader.js` (inlined into
    // index.html). `catch`: a page without the loader is a failed load, not a
    // crash.
    #[wasm_bindgen(catch, js_namespace = sisFull, js_name = start)]
    fn loader_start(release: JsValue, failed: JsValue) -> Result<(), JsValue>;

    // `globalThis.sisFull.startTeam`: the same for the team app, which the
    // full app hands over to for the facilitator's pages.
    #[wasm_bindgen(catch, js_namespace = sisFull, js_name = startTeam)]
    fn loader_start_team(release: JsValue, failed: JsValue) -> Result<(), JsValue>;
}

/// Starts the app this binary hands over to: the full app from the
/// first-load app, the team app from the full app.
fn start_next(release: JsValue, failed: JsValue) -> Result<(), JsValue> {
    if cfg!(feature = "first-load") {
        loader_start(release, failed)
    } else {
        loader_start_team(release, failed)
    }
}

const FIELDS: [&str; 6] = [
    "progress",
    "settings",
    "history",
    "persistence",
    "notices",
    "route",
];

/// The global through which the loader hands the full app the function that
/// releases the first-load app.
const RELEASE: &str = "sisRelease";

/// Loads and starts the next app (the full app, or from the full app the
/// team app). `state` is called only once the next app's module is
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
    if start_next(
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

/// Puts the state on the global for the full app.
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

/// In the full app and the team app, before it mounts: releases the app
/// that handed over, if this start is a hand-over (it puts its state on the
/// global and unmounts).
pub fn release_first() {
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

/// Takes the hand-over left by the first-load app, if any (once).
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
