//! One's own scan and its results: the intro, the statements, the review,
//! the result with its sharing, exports and action plan, a result opened
//! from a link, My results and comparing two results.

pub(crate) mod compare;
pub(crate) mod exports;
pub(crate) mod history;
pub(crate) mod intro;
pub(crate) mod plan;
pub(crate) mod question;
pub(crate) mod result;
pub(crate) mod review;
pub(crate) mod share_panel;
pub(crate) mod shared;
