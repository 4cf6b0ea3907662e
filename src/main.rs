//! Entry point of the app, which index.html loads: it takes over from the
//! pre-rendered first screen and shows every page but the facilitator's,
//! for which it hands over to the team app (`team.rs`).

fn main() {
    sis::start_full_app();
}
