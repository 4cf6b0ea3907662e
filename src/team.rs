//! Entry point of the team app: the full app with the facilitator's pages
//! (feature `team-pages`). The full app (`main.rs`) loads it on demand when
//! such a page is opened and hands over to it (see `web::handoff`).

fn main() {
    sis::start_full_app();
}
