//! Entry point of the full app. It is loaded on demand by the first-load app
//! (`first.rs`), which hands over to it, or could be served on its own;
//! either way it starts the same (`sis::start_full_app`).

fn main() {
    sis::start_full_app();
}
