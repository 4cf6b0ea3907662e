//! The history of finished scans kept in this browser: a versioned format,
//! and the rules for adding and removing entries.
//!
//! Each entry stores its result as a share code (see `share.rs`), so the
//! history, result links and exports share one compact, stable encoding.

use serde::{Deserialize, Serialize};

use super::share::{self, SharedResult};
use super::stored::{LoadError, Loaded};

/// The key of the history in localStorage.
pub const HISTORY_KEY: &str = "sis:history";

/// The history format this version writes.
pub const HISTORY_VERSION: u32 = 1;

/// The most entries kept; the oldest go first.
pub const MAX_ENTRIES: usize = 100;

/// One finished scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    /// When the scan was started (ms since 1970); identifies the scan.
    pub scan: i64,
    /// When the result was last shown (ms since 1970).
    pub finished: i64,
    /// The answers, questionnaire and role.
    pub result: SharedResult,
}

/// History format version 1, as stored:
/// `{"version":1,"entries":[{"scan":1764237600000,"finished":1764238000000,"code":"…"}]}`,
/// oldest entry first; `code` is a result-link code.
#[derive(Debug, Serialize, Deserialize)]
struct HistoryRecord {
    version: u32,
    entries: Vec<EntryRecord>,
}

#[derive(Debug, Serialize, Deserialize)]
struct EntryRecord {
    scan: i64,
    finished: i64,
    code: String,
}

/// Writes the history in the current format.
pub fn encode_history(entries: &[HistoryEntry]) -> String {
    let record = HistoryRecord {
        version: HISTORY_VERSION,
        entries: entries
            .iter()
            .map(|entry| EntryRecord {
                scan: entry.scan,
                finished: entry.finished,
                code: share::encode(&entry.result),
            })
            .collect(),
    };
    serde_json::to_string(&record).expect("a history record always serializes")
}

/// Reads a stored history; entries whose code does not decode are dropped.
pub fn decode_history(text: &str) -> Result<Loaded<Vec<HistoryEntry>>, LoadError> {
    super::stored::probe_version(text, HISTORY_VERSION)?;
    let record: HistoryRecord =
        serde_json::from_str(text).map_err(|error| LoadError::Malformed(error.to_string()))?;
    let total = record.entries.len();
    let mut entries: Vec<HistoryEntry> = record
        .entries
        .into_iter()
        .filter_map(|entry| {
            Some(HistoryEntry {
                scan: entry.scan,
                finished: entry.finished,
                result: share::decode(&entry.code).ok()?,
            })
        })
        .collect();
    let mut dropped = total - entries.len();
    if entries.len() > MAX_ENTRIES {
        dropped += entries.len() - MAX_ENTRIES;
        entries.drain(..entries.len() - MAX_ENTRIES);
    }
    Ok(Loaded {
        value: entries,
        dropped,
    })
}

/// Adds a finished scan, or updates it when the same scan is already there
/// (its answers were changed and the result shown again). Keeps at most
/// [`MAX_ENTRIES`], dropping the oldest.
pub fn record(entries: &mut Vec<HistoryEntry>, entry: HistoryEntry) {
    entries.retain(|existing| existing.scan != entry.scan);
    entries.push(entry);
    if entries.len() > MAX_ENTRIES {
        let excess = entries.len() - MAX_ENTRIES;
        entries.drain(..excess);
    }
}

/// Removes the entry of one scan.
pub fn remove(entries: &mut Vec<HistoryEntry>, scan: i64) {
    entries.retain(|entry| entry.scan != scan);
}
