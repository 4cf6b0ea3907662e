//! The history of finished scans kept in this browser: a versioned format,
//! and the rules for adding and removing entries.
//!
//! Each entry stores its result as a share code (see `links::share`), so the
//! history, result links and exports share one compact, stable encoding.

use crate::core::links::share::{self, SharedResult};
use crate::core::storage::json;
use crate::core::storage::records::{LoadError, Loaded};

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
struct EntryRecord {
    scan: i64,
    finished: i64,
    code: String,
}

/// Writes the history in the current format.
pub fn encode_history(entries: &[HistoryEntry]) -> String {
    // Field order as serde_json wrote the record.
    let mut out = String::from("{");
    json::write_key(&mut out, "version");
    json::write_int(&mut out, HISTORY_VERSION.into());
    json::write_key(&mut out, "entries");
    out.push('[');
    for (index, entry) in entries.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        out.push('{');
        json::write_key(&mut out, "scan");
        json::write_int(&mut out, entry.scan);
        json::write_key(&mut out, "finished");
        json::write_int(&mut out, entry.finished);
        json::write_key(&mut out, "code");
        json::write_str(&mut out, &share::encode(&entry.result));
        out.push('}');
    }
    out.push_str("]}");
    out
}

fn read_entries(text: &str) -> Result<Vec<EntryRecord>, json::Error> {
    let value = json::parse(text)?;
    let record = json::Record::of(&value, &["version", "entries"])?;
    record.required("version")?.int::<u32>()?;
    match record.required("entries")? {
        json::Value::Array(items) => items
            .iter()
            .map(|item| {
                let entry = json::Record::of(item, &["scan", "finished", "code"])?;
                Ok(EntryRecord {
                    scan: entry.required("scan")?.int()?,
                    finished: entry.required("finished")?.int()?,
                    code: entry.required("code")?.str()?,
                })
            })
            .collect(),
        _ => Err("invalid type: expected a sequence"),
    }
}

/// Reads a stored history; entries whose code does not decode are dropped.
pub fn decode_history(text: &str) -> Result<Loaded<Vec<HistoryEntry>>, LoadError> {
    crate::core::storage::records::probe_version(text, HISTORY_VERSION)?;
    let records = read_entries(text).map_err(|error| LoadError::Malformed(error.to_owned()))?;
    let total = records.len();
    let mut entries: Vec<HistoryEntry> = records
        .into_iter()
        .filter_map(|entry| {
            Some(HistoryEntry {
                scan: entry.scan,
                finished: entry.finished,
                result: share::decode_code(&entry.code).ok()?,
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
