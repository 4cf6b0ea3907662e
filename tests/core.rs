//! Native tests of the pure core and of the codebase itself: one test binary,
//! one module per feature, fixtures and golden files in `tests/data/`.
//!
//! Golden files are refreshed with `UPDATE_GOLDEN=1 cargo test` and reviewed
//! in the diff like code.

mod core {
    pub mod support;

    mod advice;
    mod chart;
    mod codec;
    mod compare;
    mod embed;
    mod errors;
    mod export;
    mod first_visit;
    mod flow;
    mod history;
    mod json;
    mod link_reader;
    mod params;
    mod questionnaire;
    mod scoring;
    mod sealed;
    mod session;
    mod share;
    mod stored;
    mod svg;
    mod team;
    mod team_export;
    mod team_link;
    mod team_store;
    mod texts;
    mod tidy;
    mod versions;
}
