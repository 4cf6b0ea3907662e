//! Build script: names one configuration that several modules follow.
//!
//! `texts_on_demand` is set for the app's wasm (`sis-app`: wasm32 without the
//! feature `team-pages`): its texts come as a text pack per language, fetched
//! when the language is first shown (`core::i18n::pack`), instead of being
//! compiled in. Natively (tests, `sis-prerender`, `sis-texts`) and in the team
//! app, which is loaded on demand anyway, the language files are compiled in.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(texts_on_demand)");
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let team_pages = std::env::var_os("CARGO_FEATURE_TEAM_PAGES").is_some();
    if wasm && !team_pages {
        println!("cargo::rustc-cfg=texts_on_demand");
    }
}
