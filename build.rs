//! Build script: names two configurations that several modules follow, both
//! set for the app's wasm (`sis-app`: wasm32 without the feature
//! `team-pages`) only.
//!
//! - `texts_on_demand`: its texts come as a text pack per language, fetched
//!   when the language is first shown (`core::i18n::pack`), instead of being
//!   compiled in.
//! - `share_on_demand`: sealing a team reply and drawing a QR code run in the
//!   on-demand share module (`src/share-module/`, `web::share_module`),
//!   fetched the first time a member opens a sealed invite or a QR code is
//!   shown, instead of being compiled in.
//!
//! Natively (tests, `sis-prerender`, `sis-texts`) and in the team app, which
//! is loaded on demand anyway, both are compiled in.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(texts_on_demand)");
    println!("cargo::rustc-check-cfg=cfg(share_on_demand)");
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let team_pages = std::env::var_os("CARGO_FEATURE_TEAM_PAGES").is_some();
    if wasm && !team_pages {
        println!("cargo::rustc-cfg=texts_on_demand");
        println!("cargo::rustc-cfg=share_on_demand");
    }
}
