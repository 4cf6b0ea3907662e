//! The history of finished scans: format, golden file, and the upsert rules.

use sis::core::links::share::SharedResult;
use sis::core::model::Role;
use sis::core::questionnaire::V1;
use sis::core::storage::history::{
    decode_history, encode_history, record, remove, HistoryEntry, MAX_ENTRIES,
};

use super::support::{check_golden, data_path, raw_sheet};

fn entry(scan: i64, answers: &str, role: Option<Role>) -> HistoryEntry {
    HistoryEntry {
        scan,
        finished: scan + 420_000,
        result: SharedResult {
            questionnaire: V1,
            role,
            answers: raw_sheet(answers),
        },
    }
}

fn sample() -> Vec<HistoryEntry> {
    vec![
        entry(1_764_000_000_000, "123451234512345123451234512345", None),
        entry(
            1_764_100_000_000,
            "555554444433333222221111100000",
            Some(Role::Employee),
        ),
        entry(
            1_764_200_000_000,
            "..............................",
            Some(Role::Director),
        ),
    ]
}

#[test]
fn history_round_trips_and_v1_is_golden() {
    let text = encode_history(&sample());
    check_golden("stored/history-v1.json", &(text.clone() + "\n"));
    let loaded = decode_history(&text).expect("own output loads");
    // "Don't know" is kept as no answer in a result code.
    assert_eq!(loaded.value[1].result.answers.get(29), None);
    assert_eq!(loaded.value.len(), 3);
    assert_eq!(loaded.dropped, 0);
    let golden = std::fs::read_to_string(data_path("stored/history-v1.json")).expect("golden");
    assert_eq!(
        decode_history(golden.trim()).expect("v1 loads").value,
        loaded.value
    );
}

#[test]
fn entries_with_bad_codes_are_dropped() {
    let text = r#"{"version":1,"entries":[{"scan":1,"finished":2,"code":"garbage"},{"scan":3,"finished":4,"code":"<script>"}]}"#;
    let loaded = decode_history(text).expect("shape is right");
    assert!(loaded.value.is_empty());
    assert_eq!(loaded.dropped, 2);
    assert!(decode_history(r#"{"version":2,"entries":[]}"#).is_err());
    assert!(decode_history("not json").is_err());
}

#[test]
fn record_updates_the_same_scan_and_caps_the_list() {
    let mut entries = sample();
    let changed = entry(1_764_100_000_000, "111111111111111111111111111111", None);
    record(&mut entries, changed.clone());
    assert_eq!(entries.len(), 3);
    assert_eq!(entries.last(), Some(&changed));
    remove(&mut entries, 1_764_000_000_000);
    assert_eq!(entries.len(), 2);
    for scan in 0..(MAX_ENTRIES as i64 + 10) {
        record(
            &mut entries,
            entry(scan, "333333333333333333333333333333", None),
        );
    }
    assert_eq!(entries.len(), MAX_ENTRIES);
    assert_eq!(entries.last().map(|e| e.scan), Some(MAX_ENTRIES as i64 + 9));
}
