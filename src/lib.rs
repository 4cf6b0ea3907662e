//! Sociale Innovatie Scan: a browser-only self-assessment of social innovation.
//!
//! Code map (see `ARCHITECTURE.md` for the invariants):
//! - [`core`]: the pure domain: questionnaire data, answers, scoring, advice,
//!   texts in both languages, stored formats and chart geometry. No IO, no
//!   browser types; tested natively.
//! - [`chart_svg`]: draws the radar chart as SVG with plotters. Pure.
//! - `web` (wasm32 only): the thin browser edge: localStorage through
//!   gloo-storage with fault handling, the page language, the panic message.
//! - `ui` (wasm32 only): thin Leptos components that render core results.
//!
//! `main.rs` only mounts [`ui::App`](crate).

pub mod chart_svg;
pub mod core;
pub mod qr_svg;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
