//! The messages the app posts to the page that embeds it.
//!
//! # Messages (format version 1)
//!
//! Every message is a plain object whose `type` starts with
//! [`MESSAGE_PREFIX`] and which carries `version: 1`:
//!
//! - `sociale-innovatie-scan:height` with `height`, the content height in CSS
//!   pixels (a whole number), posted whenever it changes. It says nothing
//!   about the answers, so it goes to any parent.
//! - `sociale-innovatie-scan:result` with `link` (the result link),
//!   `questionnaire`, `role` (or `null`), `index` and `coherence` (whole
//!   numbers or `null`) and `dimensions` (dimension id to a whole number or
//!   `null`), posted once per finished scan, and only to the exact origin the
//!   embed names with `parentOrigin`.
//!
//! A published version never changes; a new field or meaning is a new version.

use serde_json::json;

use crate::core::links::share::SharedResult;
use crate::core::scan::scoring::{display_score, ScanResult};

/// The start of every message type, so hosts can tell our messages apart.
pub const MESSAGE_PREFIX: &str = "sociale-innovatie-scan:";

/// The type of the height message.
pub const HEIGHT_MESSAGE: &str = "sociale-innovatie-scan:height";

/// The type of the result message.
pub const RESULT_MESSAGE: &str = "sociale-innovatie-scan:result";

/// The message format version this app writes.
pub const MESSAGE_VERSION: u32 = 1;

/// The height message for a content height in CSS pixels, as JSON.
pub fn height_message(height: f64) -> String {
    let height = if height.is_finite() {
        height.ceil().clamp(0.0, 1_000_000.0) as u32
    } else {
        0
    };
    // Written by hand, not with serde_json: the first-load app posts it too,
    // and carries no JSON library.
    format!(r#"{{"type":"{HEIGHT_MESSAGE}","version":{MESSAGE_VERSION},"height":{height}}}"#)
}

/// The result message of a finished scan, as JSON.
pub fn result_message(shared: &SharedResult, result: &ScanResult, link: &str) -> String {
    let whole = |score: Option<f64>| score.map(display_score);
    let dimensions: serde_json::Map<String, serde_json::Value> = result
        .dimensions
        .iter()
        .map(|d| (d.dimension.id().to_owned(), json!(whole(d.score))))
        .collect();
    json!({
        "type": RESULT_MESSAGE,
        "version": MESSAGE_VERSION,
        "link": link,
        "questionnaire": shared.questionnaire.version,
        "role": shared.role.map(|role| role.id()),
        "index": whole(result.index),
        "coherence": whole(result.coherence),
        "dimensions": dimensions,
    })
    .to_string()
}
