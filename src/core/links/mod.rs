//! Every link the app reads or writes, each kind in its own module with its
//! published formats: result links ([`share`], `#r=`), invites and the team
//! id of a member's link ([`invite`], `#i=`, `&t=`), team links ([`team`],
//! `#g=`); sealed replies (`#s=`) are in `team::sealed`, beside the
//! encryption they need.
//!
//! Shared by all of them: the base64url alphabet and check ([`codec`]), the
//! one reader of an address or pasted text with one tolerance rule for every
//! kind, and the routing from an address to a screen ([`link_reader`]), and
//! finding many result links in pasted text ([`paste`]).
//!
//! Architecture invariant: a published format never changes; every code is
//! read only in its one spelling; a later format is told from a damaged
//! code by the frame every format keeps.

pub mod codec;
pub mod invite;
pub mod link_reader;
pub mod paste;
pub mod share;
pub mod team;
