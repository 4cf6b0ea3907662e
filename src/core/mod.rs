//! The pure domain core, one folder per concern:
//!
//! - [`model`]: the vocabulary of the scan model (dimensions, themes, keys,
//!   levels, roles).
//! - [`questionnaire`]: the published versions, each with its items.
//! - [`scan`]: one person's scan: answers, progress, scoring, advice, the
//!   flow through the pages, comparing results, and the result's exports.
//! - [`links`]: every link the app reads or writes: the shared codec, the
//!   one reader of addresses and pasted text, result links, invites, team
//!   links, and finding links in pasted text.
//! - [`team`]: a team's statistics under the privacy rule: profile,
//!   perception gap, aggregate, exports and sealed replies.
//! - [`storage`]: what is kept in localStorage, versioned: records, the one
//!   JSON reader and writer of every stored, exported and posted format,
//!   history, team sessions, the start-up policy and the list the privacy
//!   page shows.
//! - [`host`]: the page around the app: address parameters, messages to an
//!   embedding page, its origin and its accent colour.
//! - [`i18n`]: every text in every language.
//! - [`chart`]: the geometry of the radar chart.
//! - [`decimal`]: numbers rounded to tenths or hundredths, written without
//!   core's float formatting.
//! - [`order`]: a small stable sort for the few short lists the app orders.
//!
//! Architecture invariant: nothing in this module does IO or knows about the
//! browser. It imports no Leptos, web-sys, js-sys, wasm-bindgen, gloo or
//! plotters; a test in `tests/core/tidy.rs` fails if it does. Everything here is
//! tested natively with `cargo test`.

pub mod chart;
pub mod decimal;
pub mod host;
pub mod i18n;
pub mod links;
pub mod model;
pub mod order;
pub mod questionnaire;
pub mod scan;
pub mod storage;
pub mod team;
