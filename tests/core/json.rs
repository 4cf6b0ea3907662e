//! The hand JSON codec of the stored records (`core::storage::json`) against
//! serde_json, which wrote and read them before: the record types serde
//! derived are declared here again as the reference. For generated values
//! the hand writer writes what serde_json wrote, and for generated texts the
//! hand reader accepts and rejects what serde_json did, with the same values.

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sis::core::i18n::Lang;
use sis::core::questionnaire::V1;
use sis::core::scan::answers::Answer;
use sis::core::storage::history::{decode_history, encode_history, HistoryEntry};

use super::support::{any_result, any_role, any_sheet, BROKEN_JSON, ITEMS};
use sis::core::links::invite::{limit_label, TeamId};
use sis::core::links::share;
use sis::core::scan::progress::{Progress, Stage, TeamSession};
use sis::core::storage::records::{
    decode_progress, decode_settings, encode_progress, encode_settings, LoadError, Loaded,
    Settings, PROGRESS_FIELDS,
};

// The reference: the record types as serde_json wrote and read them.

#[derive(Deserialize)]
struct VersionProbe {
    #[allow(dead_code)]
    version: u32,
}

#[derive(Serialize, Deserialize)]
struct ProgressRecord {
    version: u32,
    questionnaire: u16,
    answers: BTreeMap<String, u8>,
    stage: String,
    #[serde(default)]
    item: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scan: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    team: Option<TeamRecord>,
}

#[derive(Serialize, Deserialize)]
struct TeamRecord {
    id: u32,
    label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct SettingsRecord {
    version: u32,
    lang: String,
}

#[derive(Serialize, Deserialize)]
struct HistoryRecord {
    version: u32,
    entries: Vec<EntryRecord>,
}

#[derive(Serialize, Deserialize)]
struct EntryRecord {
    scan: i64,
    finished: i64,
    code: String,
}

/// The progress record the serde encoder built.
fn progress_record(progress: &Progress) -> ProgressRecord {
    let answers = progress
        .questionnaire
        .items
        .iter()
        .zip(progress.answers.as_slice())
        .filter_map(|(item, answer)| {
            let stored = match (*answer)? {
                Answer::Scale(likert) => likert.value(),
                Answer::DontKnow => 0,
            };
            Some((item.id.to_owned(), stored))
        })
        .collect();
    let (stage, item) = match progress.stage {
        Stage::Intro => ("intro", 0),
        Stage::Questions { item } => ("questions", item),
        Stage::Review => ("review", 0),
        Stage::Result => ("result", 0),
    };
    ProgressRecord {
        version: 4,
        questionnaire: progress.questionnaire.version,
        answers,
        stage: stage.to_owned(),
        item,
        role: progress.role.map(|role| role.id().to_owned()),
        scan: progress.scan,
        team: progress.team.as_ref().map(|team| TeamRecord {
            id: team.id.0,
            label: team.label.clone(),
            key: team
                .key
                .map(|key| sis::core::links::codec::to_base64url(&key.0)),
        }),
    }
}

/// How a text loads: the error kind, or the text serde_json would write for
/// what it read (which both readers must read to the same value).
#[derive(Debug, PartialEq)]
enum Outcome {
    Corrupt,
    Newer(u32),
    UnknownVersion(u32),
    Malformed,
    Read(String),
}

/// How serde_json read a record of type `R` whose current version is `current`.
fn serde_outcome<R: DeserializeOwned + Serialize>(text: &str, current: u32) -> Outcome {
    let Ok(probe) = serde_json::from_str::<VersionProbe>(text) else {
        return Outcome::Corrupt;
    };
    match probe.version {
        0 => Outcome::UnknownVersion(0),
        v if v > current => Outcome::Newer(v),
        _ => match serde_json::from_str::<R>(text) {
            Ok(record) => Outcome::Read(serde_json::to_string(&record).expect("serializes")),
            Err(_) => Outcome::Malformed,
        },
    }
}

/// The error kind of a hand-read result (`Read` carries no text: the caller
/// compares values).
fn hand_kind<T>(result: &Result<Loaded<T>, LoadError>) -> Outcome {
    match result {
        Ok(_) | Err(LoadError::UnknownQuestionnaire(_)) => Outcome::Read(String::new()),
        Err(LoadError::Corrupt(_)) => Outcome::Corrupt,
        Err(LoadError::Newer(v)) => Outcome::Newer(*v),
        Err(LoadError::UnknownVersion(v)) => Outcome::UnknownVersion(*v),
        Err(LoadError::Malformed(_)) => Outcome::Malformed,
    }
}

/// Checks that the hand reader `decode` and serde_json agree on `text`.
fn check_agrees<R, T>(
    text: &str,
    current: u32,
    decode: fn(&str) -> Result<Loaded<T>, LoadError>,
) -> Result<(), TestCaseError>
where
    R: DeserializeOwned + Serialize,
    T: PartialEq + std::fmt::Debug,
{
    let reference = serde_outcome::<R>(text, current);
    let hand = decode(text);
    match reference {
        Outcome::Read(canonical) => {
            prop_assert_eq!(
                hand_kind(&hand),
                Outcome::Read(String::new()),
                "text: {}",
                text
            );
            prop_assert_eq!(hand, decode(&canonical), "text: {}", text);
        }
        kind => prop_assert_eq!(hand_kind(&hand), kind, "text: {}", text),
    }
    Ok(())
}

// Generated values.

fn any_progress() -> impl Strategy<Value = Progress> {
    let stage = prop_oneof![
        Just(Stage::Intro),
        (0..ITEMS).prop_map(|item| Stage::Questions { item }),
        Just(Stage::Review),
        Just(Stage::Result),
    ];
    // Labels with quotes, backslashes, control characters and any Unicode,
    // as the progress keeps them (trimmed and cut).
    let label = "(\\PC|[\"\\\\\u{0}-\u{1f}\u{7f}\u{2028}])*";
    let key = prop::option::of(any::<[u8; 32]>().prop_map(sis::core::team::sealed::PublicKey));
    let team =
        prop::option::of(
            (any::<u32>(), label, key).prop_map(|(id, label, key)| TeamSession {
                id: TeamId(id),
                label: limit_label(&label).0,
                key,
            }),
        );
    (
        any_sheet(),
        stage,
        any_role(),
        prop::option::of(any::<i64>()),
        team,
    )
        .prop_map(|(answers, stage, role, scan, team)| Progress {
            questionnaire: V1,
            answers,
            stage,
            role,
            scan,
            team,
        })
}

fn any_history() -> impl Strategy<Value = Vec<HistoryEntry>> {
    let entry = (any::<i64>(), any::<i64>(), any_result()).prop_map(|(scan, finished, result)| {
        HistoryEntry {
            scan,
            finished,
            result,
        }
    });
    prop::collection::vec(entry, 0..4)
}

// Generated texts: records with fields right, wrong, doubled, missing or
// unknown, as objects or arrays, then perhaps cut or spliced.

/// Numbers and literals near the edges of the integer types of the fields.
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "29",
    "30",
    "-0",
    "-1",
    "1.0",
    "1e2",
    "0.5",
    "255",
    "256",
    "65535",
    "65536",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "1E+2",
    "null",
    "true",
    "false",
];

/// Strings: field values the records know, and escapes serde_json reads or
/// rejects (lone and paired surrogates, a `+` among hex digits, controls).
const STRINGS: &[&str] = &[
    "\"intro\"",
    "\"questions\"",
    "\"review\"",
    "\"result\"",
    "\"other\"",
    "\"manager\"",
    "\"employee\"",
    "\"nl\"",
    "\"en\"",
    "\"de\"",
    "\"\"",
    "\"r\\u0065view\"",
    "\"\\ud83d\\ude00\"",
    "\"\\ud800\"",
    "\"\\udc00\"",
    "\"\\ud800\\u0041\"",
    "\"\\u00e9\\n\\t\\\"\\\\\\/\"",
    "\"é €\"",
];

/// Besides the progress record's fields: the other records' field names,
/// item ids, unknown and escaped names.
const OTHER_KEYS: &[&str] = &[
    "id",
    "label",
    "lang",
    "entries",
    "finished",
    "code",
    "vers\\u0069on",
    "x",
    "\\ud800",
    "purpose-1",
    "team-3",
    "individual-6",
];

/// Field names of all three records, item ids, unknown and escaped names.
fn keys() -> Vec<&'static str> {
    PROGRESS_FIELDS.iter().chain(OTHER_KEYS).copied().collect()
}

fn scalar() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(NUMBERS).prop_map(str::to_owned),
        4 => prop::sample::select(STRINGS).prop_map(str::to_owned),
        2 => any::<i64>().prop_map(|n| n.to_string()),
        2 => any_result().prop_map(|result| format!("\"{}\"", share::encode(&result))),
        1 => prop::sample::select(BROKEN_JSON).prop_map(str::to_owned),
    ]
}

fn any_json() -> impl Strategy<Value = String> {
    scalar().prop_recursive(4, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5)
                .prop_map(|items| format!("[{}]", items.join(","))),
            prop::collection::vec((prop::sample::select(keys()), inner), 0..6).prop_map(|fields| {
                let fields: Vec<String> = fields
                    .into_iter()
                    .map(|(key, value)| format!("\"{key}\":{value}"))
                    .collect();
                format!("{{{}}}", fields.join(","))
            }),
        ]
    })
}

/// A value for a named field: mostly valid, sometimes a value serde_json
/// reads differently from what it looks like (`-0`, `1.0`, a lone surrogate,
/// an overflow), sometimes anything.
fn field_value(name: &'static str) -> BoxedStrategy<String> {
    let pick = |values: &'static [&'static str]| {
        prop::sample::select(values).prop_map(str::to_owned).boxed()
    };
    let (valid, tricky) = match name {
        "version" => (
            pick(&["1", "2", "3"]),
            pick(&["0", "4", "-0", "1.0", "1e0", "null"]),
        ),
        "questionnaire" => (pick(&["1"]), pick(&["2", "0", "-1", "-0", "65536", "1.0"])),
        "answers" => {
            let ids: Vec<&'static str> = V1.items.iter().map(|item| item.id).collect();
            let answers = |values: &'static [&'static str], ids: Vec<&'static str>| {
                prop::collection::vec(
                    (prop::sample::select(ids), prop::sample::select(values)),
                    0..8,
                )
                .prop_map(|pairs| {
                    let pairs: Vec<String> = pairs
                        .iter()
                        .map(|(id, value)| format!("\"{id}\":{value}"))
                        .collect();
                    format!("{{{}}}", pairs.join(","))
                })
                .boxed()
            };
            let mut odd_ids = ids.clone();
            odd_ids.extend(["x", "purpose-1\\u0000", "purp\\u006fse-1", "\\ud800"]);
            (
                answers(&["0", "1", "3", "5", "6"], ids),
                answers(&["0", "5", "-0", "255", "256", "1.0", "null"], odd_ids),
            )
        }
        "item" | "scan" => (
            prop_oneof![
                (0..40i64).prop_map(|n| n.to_string()),
                any::<i64>().prop_map(|n| n.to_string())
            ]
            .boxed(),
            pick(NUMBERS),
        ),
        "stage" => (
            pick(&["\"intro\"", "\"questions\"", "\"review\"", "\"result\""]),
            pick(STRINGS),
        ),
        "role" => (
            pick(&["\"manager\"", "\"employee\"", "null"]),
            pick(STRINGS),
        ),
        "lang" => (pick(&["\"nl\"", "\"en\""]), pick(STRINGS)),
        "team" => (
            prop_oneof![
                (any::<u32>(), prop::sample::select(STRINGS))
                    .prop_map(|(id, label)| format!("{{\"id\":{id},\"label\":{label}}}")),
                (
                    any::<u32>(),
                    prop::sample::select(STRINGS),
                    any::<[u8; 32]>()
                )
                    .prop_map(|(id, label, key)| format!(
                        "{{\"id\":{id},\"label\":{label},\"key\":\"{}\"}}",
                        sis::core::links::codec::to_base64url(&key)
                    )),
            ]
            .boxed(),
            prop_oneof![
                (any::<u32>(), prop::sample::select(STRINGS))
                    .prop_map(|(id, label)| format!("[{id},{label}]")),
                (any::<u32>(), prop::sample::select(STRINGS))
                    .prop_map(|(id, label)| format!("{{\"label\":{label},\"id\":{id},\"id\":1}}")),
                Just("null".to_owned()),
                Just("{\"id\":-0,\"label\":\"\"}".to_owned()),
            ]
            .boxed(),
        ),
        "entries" => {
            let code = || any_result().prop_map(|result| format!("\"{}\"", share::encode(&result)));
            let valid = (any::<i64>(), any::<i64>(), code()).prop_map(|(scan, finished, code)| {
                format!("{{\"scan\":{scan},\"finished\":{finished},\"code\":{code}}}")
            });
            let tricky = (
                any::<i64>(),
                prop::sample::select(NUMBERS),
                prop_oneof![code().boxed(), scalar().boxed()],
            )
                .prop_flat_map(|(scan, finished, code)| {
                    prop_oneof![
                        Just(format!("[{scan},{finished},{code}]")),
                        Just(format!(
                            "{{\"scan\":{scan},\"finished\":{finished},\"code\":{code}}}"
                        )),
                        Just(format!("{{\"scan\":{scan},\"code\":{code}}}")),
                        Just(format!("[{scan},{finished},{code},1]")),
                    ]
                });
            (
                prop::collection::vec(valid, 0..3)
                    .prop_map(|entries| format!("[{}]", entries.join(",")))
                    .boxed(),
                prop::collection::vec(prop_oneof![tricky.boxed(), any_json().boxed()], 1..3)
                    .prop_map(|entries| format!("[{}]", entries.join(",")))
                    .boxed(),
            )
        }
        _ => (pick(STRINGS), scalar().boxed()),
    };
    prop_oneof![24 => valid, 2 => tricky, 1 => scalar(), 1 => any_json()].boxed()
}

/// A record of the given field names: each field kept, dropped or doubled,
/// plus unknown fields, in any order, as an object or (rarely) an array.
fn record_text(names: &'static [&'static str]) -> impl Strategy<Value = String> {
    let fields: Vec<_> = names
        .iter()
        .map(|&name| {
            (
                prop::sample::select(&[1usize, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 2][..]),
                prop::collection::vec(field_value(name), 2),
            )
                .prop_map(move |(count, values)| (name, values[..count].to_vec()))
        })
        .collect();
    let extra = prop::collection::vec((prop::sample::select(keys()), any_json()), 0..2);
    (fields, extra, any::<prop::sample::Index>(), 0..10u8).prop_map(
        |(fields, extra, shuffle, form)| {
            if form == 0 {
                // Array form: the first value of each field, in order, perhaps cut short.
                let values: Vec<String> = fields
                    .iter()
                    .filter_map(|(_, values)| values.first().cloned())
                    .collect();
                return format!("[{}]", values.join(","));
            }
            let mut pairs: Vec<String> = fields
                .into_iter()
                .flat_map(|(name, values)| {
                    values
                        .into_iter()
                        .map(move |value| format!("\"{name}\":{value}"))
                })
                .chain(
                    extra
                        .into_iter()
                        .map(|(key, value)| format!("\"{key}\":{value}")),
                )
                .collect();
            if !pairs.is_empty() {
                let at = shuffle.index(pairs.len());
                pairs.rotate_left(at);
            }
            format!(" {{{}}}\n", pairs.join(", "))
        },
    )
}

/// Cuts a text or splices a token into it, at a char boundary.
fn mutated(text: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    const TOKENS: &[&str] = &[
        "", "[", "]", "{", "}", ",", ":", "\"", "\\", "-0", "null", " ",
    ];
    (
        text,
        prop::sample::select(&[0u8, 0, 0, 0, 0, 0, 1, 2][..]),
        any::<prop::sample::Index>(),
        prop::sample::select(TOKENS),
    )
        .prop_map(|(text, how, at, token)| {
            let boundaries: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let at = boundaries[at.index(boundaries.len())];
            match how {
                1 => text[..at].to_owned(),
                2 => format!("{}{token}{}", &text[..at], &text[at..]),
                _ => text,
            }
        })
}

proptest! {
    // Failures are not persisted: a test binary under `tests/` has no source
    // directory proptest can find, and the seeds are printed on failure anyway.
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(10_000)
    })]

    #[test]
    fn progress_is_written_as_serde_json_wrote_it_and_reads_back(progress in any_progress()) {
        let text = encode_progress(&progress);
        let reference = serde_json::to_string(&progress_record(&progress)).expect("serializes");
        prop_assert_eq!(&text, &reference);
        let loaded = decode_progress(&text).expect("own output loads");
        prop_assert_eq!(loaded, Loaded { value: progress, dropped: 0 });
    }

    #[test]
    fn history_is_written_as_serde_json_wrote_it_and_reads_back(entries in any_history()) {
        let text = encode_history(&entries);
        let record = HistoryRecord {
            version: 1,
            entries: entries
                .iter()
                .map(|entry| EntryRecord {
                    scan: entry.scan,
                    finished: entry.finished,
                    code: share::encode(&entry.result),
                })
                .collect(),
        };
        prop_assert_eq!(&text, &serde_json::to_string(&record).expect("serializes"));
        // A result link keeps what a result shows (its own property, tested
        // in share.rs), so an entry reads back as its code decodes.
        let expected: Vec<HistoryEntry> = entries
            .into_iter()
            .map(|entry| HistoryEntry {
                result: share::decode(&share::encode(&entry.result)).expect("own code decodes"),
                ..entry
            })
            .collect();
        let loaded = decode_history(&text).expect("own output loads");
        prop_assert_eq!(loaded, Loaded { value: expected, dropped: 0 });
    }

    #[test]
    fn progress_texts_are_read_as_serde_json_read_them(
        text in mutated(record_text(PROGRESS_FIELDS)),
    ) {
        check_agrees::<ProgressRecord, _>(&text, 4, decode_progress)?;
    }

    #[test]
    fn settings_texts_are_read_as_serde_json_read_them(
        text in mutated(record_text(&["version", "lang"])),
    ) {
        check_agrees::<SettingsRecord, _>(&text, 1, decode_settings)?;
    }

    #[test]
    fn history_texts_are_read_as_serde_json_read_them(
        text in mutated(record_text(&["version", "entries"])),
    ) {
        check_agrees::<HistoryRecord, _>(&text, 1, decode_history)?;
    }

    #[test]
    fn any_json_is_read_as_serde_json_read_it(text in mutated(any_json())) {
        check_agrees::<ProgressRecord, _>(&text, 4, decode_progress)?;
        check_agrees::<SettingsRecord, _>(&text, 1, decode_settings)?;
        check_agrees::<HistoryRecord, _>(&text, 1, decode_history)?;
    }
}

/// Settings of both languages are written as serde_json wrote them.
#[test]
fn settings_are_written_as_serde_json_wrote_them() {
    for lang in Lang::ALL {
        let record = SettingsRecord {
            version: 1,
            lang: lang.tag().to_owned(),
        };
        assert_eq!(
            encode_settings(&Settings { lang: *lang }),
            serde_json::to_string(&record).expect("serializes")
        );
    }
}

/// Texts the generators rarely reach: deep nesting in an unknown field
/// (serde_json skips it at any depth), deep nesting in a known field, and
/// whitespace of every kind JSON allows.
#[test]
fn edge_texts_are_read_as_serde_json_read_them() {
    let deep = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let texts = [
        format!(r#"{{"version":1,"lang":"en","x":{}}}"#, deep(100_000)),
        format!(r#"{{"version":1,"lang":{}}}"#, deep(200)),
        format!(r#"{{"version":1,"lang":"en","x":{}"#, deep(300)),
        r#"{"x":{"y":[{"z":"\ud800"}]},"version":1,"lang":"en"}"#.to_owned(),
        " \t\r\n{ \"version\" : 1 , \"lang\" : \"nl\" } \n".to_owned(),
        "[1]".to_owned(),
        "[1,\"nl\"]".to_owned(),
        "{\"version\":1,\"lang\":\"nl\"}x".to_owned(),
        String::new(),
    ];
    for text in &texts {
        check_agrees::<SettingsRecord, _>(text, 1, decode_settings)
            .unwrap_or_else(|error| panic!("{error}"));
    }
}
