//! Sociale Innovatie Scan: a browser-only self-assessment of social innovation.
//!
//! Code map (see `ARCHITECTURE.md` for the invariants):
//! - [`core`]: the pure domain: questionnaire data, answers, scoring, advice,
//!   texts in every language, stored formats and chart geometry. No IO, no
//!   browser types; tested natively.
//! - [`svg`]: the one SVG writer: one escaping path, colours as CSS classes.
//! - [`first_screen`]: the intro's and a statement's content as plain data,
//!   which the components render, and the pre-rendered first screen's inline
//!   script with its rules' data from the core.
//! - [`chart_svg`]: the radar (drawn with plotters), the dot strip and the
//!   sparkline as SVG; [`qr_svg`]: QR codes. Pure; all written by [`svg`].
//! - [`qr_read`]: reading QR codes from camera frames (luma, `quircs`); pure,
//!   compiled into the on-demand decoder (`src/qr-decoder/`, `sis-qr`) too.
//! - [`seal_to`] (HPKE, the sealing of a team reply) and [`qr_code`] (a QR
//!   code's modules, `qrcodegen`): pure, compiled into the on-demand share
//!   module (`src/share-module/`, `sis-share`) too, which the app's wasm uses
//!   instead (`web::share_module`), so that the app carries neither.
//! - `web` (wasm32; natively with the feature `prerender`): the thin browser edge: localStorage through
//!   gloo-storage with fault handling, the page language, the panic message.
//! - `ui` (wasm32; natively with the feature `prerender`): thin Leptos
//!   components that render core results. With `prerender`, the native
//!   `sis-prerender` renders the app's first screen to HTML from
//!   them (`ui::prerender`): the page's pre-rendered screen is their markup.
//!
//! Two binaries share this library: `main.rs` (the app; mounts
//! [`ui::App`](crate)), which index.html loads, and `team.rs` (the team app:
//! the same with the facilitator's pages, feature `team-pages`), which the
//! app loads on demand and hands its state to (`web::handoff`). Each is one
//! call: [`start_full_app`]. Two more packages are wasm modules without
//! imports that the app loads on demand: `src/qr-decoder/` (`sis-qr`), when a
//! facilitator scans replies on a browser without `BarcodeDetector`, and
//! `src/share-module/` (`sis-share`), when a member opens a sealed invite or
//! a QR code is shown.

// Rendering the pages natively (`prerender`) resolves deeper view types than
// the browser build, for the server-side `AnyView`.
#![cfg_attr(feature = "prerender", recursion_limit = "256")]

pub mod chart_svg;
pub mod core;
pub mod first_screen;
pub mod qr_code;
pub mod qr_read;
pub mod qr_svg;
pub mod seal_to;
pub mod svg;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod web;

/// Starts the app (`main.rs`) or the team app (`team.rs`, the same with the
/// feature `team-pages`): the panic message; then, when the team app is
/// started by the app, that app hands over its state and unmounts (see
/// `web::handoff`); then the app mounts.
#[cfg(target_arch = "wasm32")]
pub fn start_full_app() {
    web::panic::install();
    web::handoff::release_previous();
    // The app's texts come on demand: the pack of the language its first
    // page shows is fetched first (index.html's loader has usually started
    // the fetch already, in parallel with the app's wasm). Without it the
    // app cannot show a page: the loader's message in every language then.
    #[cfg(texts_on_demand)]
    wasm_bindgen_futures::spawn_local(async {
        match web::texts::load(ui::state::start_language()).await {
            Ok(()) => ui::mount_full(),
            Err(_) => web::texts::show_start_failure(),
        }
    });
    #[cfg(not(texts_on_demand))]
    ui::mount_full();
}

/// The apps only run in the browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
pub fn start_full_app() {
    eprintln!("The Social Innovation Scan runs in the browser: build it with `trunk`.");
}
