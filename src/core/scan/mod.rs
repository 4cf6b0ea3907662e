//! One person's scan: the answers ([`answers`]) and where they are
//! ([`progress`]), how they score ([`scoring`]), which advice comes first
//! ([`advice`]), which next steps a person can choose and how they moved
//! ([`actions`]), which page follows which ([`flow`]), how two results differ
//! ([`compare`]), and a result as a file ([`export`]).
//!
//! Nothing here knows about links, storage or teams: those concerns build
//! on these values.

pub mod actions;
pub mod advice;
pub mod answers;
pub mod compare;
pub mod export;
pub mod flow;
pub mod progress;
pub mod scoring;
