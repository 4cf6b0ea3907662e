//! Entry point of the full app: installs the panic message and mounts the UI.
//! It is loaded on demand by the first-load app (`first.rs`), or could be
//! served on its own; either way it starts the same.

#[cfg(target_arch = "wasm32")]
fn main() {
    sis::web::panic::install();
    // Started by the first-load app: it hands over its state and unmounts now
    // that this module runs (see `web::handoff`).
    sis::web::handoff::release_first();
    sis::ui::mount_full();
}

/// The app only runs in the browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The Social Innovation Scan runs in the browser: build it with `trunk`.");
}
