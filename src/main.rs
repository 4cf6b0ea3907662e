//! Entry point of the web app: installs the panic message and mounts the UI.

#[cfg(target_arch = "wasm32")]
fn main() {
    sis::web::panic::install();
    leptos::mount::mount_to_body(sis::ui::App);
}

/// The app only runs in the browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The Social Innovation Scan runs in the browser: build it with `trunk`.");
}
