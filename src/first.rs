//! Entry point of the first-load app: intro and statements. The full
//! app (`main.rs`) is loaded on demand (see `web::handoff`).

fn main() {
    sis::start_first_app();
}
