//! What the app keeps in this browser's localStorage, each kind a versioned
//! format with golden files: progress and settings ([`records`]), finished
//! scans ([`history`]), the action plans made after them ([`plans`]),
//! sealed team sessions on both sides ([`team_sessions`]); the team rounds a
//! facilitator keeps ([`team_rounds`]); what start-up
//! does with what storage gave ([`session`]); and the list of keys the
//! privacy page shows ([`privacy`]). All of them, and the exports and
//! messages of the full app, are written and read by the small JSON codec of
//! [`json`] (no serde_json), which began here with the first load's records.
//!
//! Domain types are not serializable; the record types here are the formats,
//! and a record made by an earlier version keeps loading.

pub mod history;
pub mod json;
pub mod plans;
pub mod privacy;
pub mod records;
pub mod session;
pub mod team_rounds;
pub mod team_sessions;
