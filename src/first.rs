//! Entry point of the first-load app: intro and statements. The full
//! app (`main.rs`) is loaded on demand (see `web::handoff`).

#[cfg(target_arch = "wasm32")]
fn main() {
    sis::web::panic::install();
    sis::ui::mount_first();
}

/// The app only runs in the browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The Social Innovation Scan runs in the browser: build it with `trunk`.");
}
