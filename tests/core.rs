//! Native tests of the pure core and of the codebase itself: one test binary,
//! one module per feature, fixtures and golden files in `tests/data/`.
//!
//! Golden files are refreshed with `UPDATE_GOLDEN=1 cargo test` and reviewed
//! in the diff like code.

mod core {
    pub mod support;

    mod actions;
    mod advice;
    mod chart;
    mod codec;
    mod compare;
    mod decimal;
    mod errors;
    mod export;
    mod first_visit;
    mod flow;
    mod history;
    mod host;
    mod invite;
    mod json;
    mod json_formats;
    mod link_reader;
    mod order;
    mod params;
    mod plans;
    mod qr_scan;
    mod questionnaire;
    mod records;
    mod rounds;
    mod scoring;
    mod sealed;
    mod session;
    mod share;
    mod svg;
    mod team;
    mod team_export;
    mod team_sessions;
    mod text_packs;
    mod texts;
    mod tidy;
    mod versions;
    mod workshop;
}
