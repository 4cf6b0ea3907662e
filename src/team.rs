//! Entry point of the team app: the full app with the facilitator's pages
//! (feature `team-pages`). The full app (`main.rs`) loads it on demand when
//! such a page is opened and hands over to it (see `web::handoff`), as the
//! first-load app hands over to the full app.

#[cfg(target_arch = "wasm32")]
fn main() {
    sis::web::panic::install();
    // Started by the full app: it hands over its state and unmounts now that
    // this module runs.
    sis::web::handoff::release_first();
    sis::ui::mount_full();
}

/// The app only runs in the browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The Social Innovation Scan runs in the browser: build it with `trunk`.");
}
