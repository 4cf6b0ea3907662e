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

use crate::core::links::share::SharedResult;
use crate::core::scan::scoring::{display_score, ScanResult};
use crate::core::storage::json;
use crate::core::storage::json::writer::{by_key, Writer};

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
    // With the small helpers the first load writes its records with, not
    // the document writer, which the first load does not carry (nor a
    // format string: this is shorter).
    let mut out = String::from("{");
    json::write_key(&mut out, "type");
    json::write_str(&mut out, HEIGHT_MESSAGE);
    json::write_key(&mut out, "version");
    json::write_int(&mut out, MESSAGE_VERSION.into());
    json::write_key(&mut out, "height");
    json::write_int(&mut out, height.into());
    out.push('}');
    out
}

/// The result message of a finished scan, as JSON: its keys in their order
/// (serde_json's map, which version 1 was written with, kept them sorted),
/// and so are the dimensions.
pub fn result_message(shared: &SharedResult, result: &ScanResult, link: &str) -> String {
    let whole = |score: Option<f64>| score.map(display_score);
    let mut json = Writer::compact();
    json.begin_object();
    json.key("coherence");
    json.int_or_null(whole(result.coherence));
    json.key("dimensions");
    json.begin_object();
    let dimensions = result
        .dimensions
        .iter()
        .map(|d| (d.dimension.id(), whole(d.score)));
    for (id, score) in by_key(dimensions) {
        json.key(id);
        json.int_or_null(score);
    }
    json.end_object();
    json.key("index");
    json.int_or_null(whole(result.index));
    json.key("link");
    json.str(link);
    json.key("questionnaire");
    json.uint(shared.questionnaire.version.into());
    json.key("role");
    json.str_or_null(shared.role.map(|role| role.id()));
    json.key("type");
    json.str(RESULT_MESSAGE);
    json.key("version");
    json.uint(MESSAGE_VERSION.into());
    json.end_object();
    json.finish()
}
