//! The pure domain core: questionnaire, answers, scoring, advice, texts,
//! stored formats and chart geometry.
//!
//! Architecture invariant: nothing in this module does IO or knows about the
//! browser. It imports no Leptos, web-sys, js-sys, wasm-bindgen, gloo or
//! plotters; a test in `tests/core/tidy.rs` fails if it does. Everything here is
//! tested natively with `cargo test`.

pub mod advice;
pub mod answers;
pub mod chart;
pub mod codec;
pub mod compare;
pub mod embed;
pub mod export;
pub mod flow;
pub mod history;
pub mod i18n;
mod items_v1;
pub mod json;
pub mod link_reader;
pub mod model;
pub mod params;
pub mod privacy;
pub mod questionnaire;
pub mod scoring;
pub mod sealed;
pub mod session;
pub mod share;
pub mod stored;
pub mod team;
pub mod team_export;
pub mod team_link;
pub mod team_store;
