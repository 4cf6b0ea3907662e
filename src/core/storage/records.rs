//! The stored-data formats: what the app keeps in localStorage, versioned.
//!
//! Domain types are not serializable; the `*Record*` types here are the
//! on-disk formats, and a published format never changes shape: a change is a
//! new version with a migration from every older one. Loading goes in two
//! steps, like a share link: text to a raw record (typed [`LoadError`]), then
//! validation into domain values, where values out of range are dropped and
//! reported rather than trusted.

use thiserror::Error;

use crate::core::i18n::Lang;
use crate::core::links::codec::{from_base64url, to_base64url};
use crate::core::links::invite::{limit_label, TeamId};
use crate::core::model::Role;
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::answers::{Answer, AnswerSheet, Likert};
use crate::core::scan::progress::{Progress, Stage, TeamSession};
use crate::core::storage::json;
use crate::core::team::sealed::PublicKey;

/// Every key the app writes starts with this prefix, so "delete my data" can
/// find them all and nothing else is touched.
pub const KEY_PREFIX: &str = "sis:";

/// The key of the scan in progress.
pub const PROGRESS_KEY: &str = "sis:progress";

/// The key of the user's settings (language).
pub const SETTINGS_KEY: &str = "sis:settings";

/// The progress format this version writes. Version 1 lacked `role` and
/// `scan`, version 2 the team session, version 3 the team session's key;
/// older versions still load, without them.
pub const PROGRESS_VERSION: u32 = 4;

/// The settings format this version writes.
pub const SETTINGS_VERSION: u32 = 1;

/// The stored number for "don't know" in a progress record; 1-5 are scale points.
const DONT_KNOW: u8 = 0;

/// Why stored data could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    /// The text is not JSON, or not an object with a numeric `version`.
    #[error("stored data is not readable: {0}")]
    Corrupt(String),
    /// Written by a newer version of the app; this version leaves it untouched.
    #[error("stored data has format version {0}, newer than this app")]
    Newer(u32),
    /// A version number this app never wrote (for example 0).
    #[error("stored data has unknown format version {0}")]
    UnknownVersion(u32),
    /// The version is known but the record does not have its shape.
    #[error("stored data does not have the shape of its version: {0}")]
    Malformed(String),
    /// A questionnaire version this app does not know.
    #[error("stored data uses questionnaire version {0}, unknown to this app")]
    UnknownQuestionnaire(u16),
}

/// A value loaded from storage, with a note of what had to be dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded<T> {
    /// The valid part of what was stored.
    pub value: T,
    /// How many stored values were invalid and dropped (0 when all was well).
    pub dropped: usize,
}

/// The user's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settings {
    /// The chosen language.
    pub lang: Lang,
}

/// Reads the `version` of a stored record (any of the three kinds), to
/// choose how to read the rest.
pub(super) fn probe_version(text: &str, current: u32) -> Result<u32, LoadError> {
    let corrupt = |error: json::Error| LoadError::Corrupt(error.to_owned());
    let value = json::parse(text).map_err(corrupt)?;
    // serde read a probe struct with the single field `version`.
    let version = json::Record::of(&value, &["version"])
        .and_then(|record| record.required("version")?.int::<u32>())
        .map_err(corrupt)?;
    match version {
        0 => Err(LoadError::UnknownVersion(0)),
        v if v > current => Err(LoadError::Newer(v)),
        v => Ok(v),
    }
}

/// A record's fields as read from JSON (shape errors become `Malformed`).
fn malformed(error: json::Error) -> LoadError {
    LoadError::Malformed(error.to_owned())
}

/// Writes progress in the current format.
pub fn encode_progress(progress: &Progress) -> String {
    let (stage, item) = match progress.stage {
        Stage::Intro => ("intro", 0),
        Stage::Questions { item } => ("questions", item),
        Stage::Review => ("review", 0),
        Stage::Result => ("result", 0),
    };
    // Field order and escaping as serde_json wrote them for the record of version 3.
    let mut out = String::from("{");
    json::write_key(&mut out, "version");
    json::write_int(&mut out, PROGRESS_VERSION.into());
    json::write_key(&mut out, "questionnaire");
    json::write_int(&mut out, progress.questionnaire.version.into());
    json::write_key(&mut out, "answers");
    out.push('{');
    // Sorted by id, as the BTreeMap of the record was. Each answer goes to
    // its place as it comes, which keeps the sorting code out of the
    // first-load app (3.1 KiB of its brotli size: 101.2 -> 98.1 KiB in
    // `tests/bench/size.mjs`).
    let mut answers: Vec<(&str, u8)> = Vec::with_capacity(progress.answers.as_slice().len());
    for (item, answer) in progress
        .questionnaire
        .items
        .iter()
        .zip(progress.answers.as_slice())
    {
        let Some(answer) = *answer else { continue };
        let stored = match answer {
            Answer::Scale(likert) => likert.value(),
            Answer::DontKnow => DONT_KNOW,
        };
        let place = answers.partition_point(|(id, _)| *id < item.id);
        answers.insert(place, (item.id, stored));
    }
    for (id, stored) in answers {
        json::write_key(&mut out, id);
        json::write_int(&mut out, stored.into());
    }
    out.push('}');
    json::write_key(&mut out, "stage");
    json::write_str(&mut out, stage);
    json::write_key(&mut out, "item");
    json::write_int(&mut out, item as i64);
    if let Some(role) = progress.role {
        json::write_key(&mut out, "role");
        json::write_str(&mut out, role.id());
    }
    if let Some(scan) = progress.scan {
        json::write_key(&mut out, "scan");
        json::write_int(&mut out, scan);
    }
    if let Some(team) = &progress.team {
        json::write_key(&mut out, "team");
        out.push('{');
        json::write_key(&mut out, "id");
        json::write_int(&mut out, team.id.0.into());
        json::write_key(&mut out, "label");
        json::write_str(&mut out, &team.label);
        if let Some(key) = &team.key {
            json::write_key(&mut out, "key");
            json::write_str(&mut out, &to_base64url(&key.0));
        }
        out.push('}');
    }
    out.push('}');
    out
}

/// Progress format versions 1 to 4, as stored (read from JSON).
///
/// ```json
/// {"version":2,"questionnaire":1,"answers":{"purpose-1":4,"team-3":0},"stage":"questions","item":7,"role":"manager","scan":1764237600000}
/// ```
/// `answers` maps item ids to 1-5, or 0 for "don't know"; unanswered items are
/// absent. `stage` is `intro`, `questions` (with `item`, 0-based), `review`
/// or `result`. Version 2 added the optional `role` (a role id) and `scan`
/// (when the scan started, in milliseconds since 1970); version 3 the
/// optional `team` (`{"id":123,"label":"…"}`). Older records lack what came
/// later, which is exactly how they load. Version 4 added the optional
/// `key` of the team session (base64url of 32 bytes: a sealed session).
struct ProgressRecord {
    questionnaire: u16,
    /// By id; a later duplicate replaces an earlier one, as in a map.
    answers: Vec<(String, u8)>,
    stage: String,
    item: usize,
    role: Option<String>,
    scan: Option<i64>,
    team: Option<TeamRecord>,
}

struct TeamRecord {
    id: u32,
    label: String,
    key: Option<String>,
}

/// The fields of a stored progress record, in the order of the record as
/// serde declared it (a record given as an array lists its fields in this
/// order). Public for the tests that generate records.
pub const PROGRESS_FIELDS: &[&str] = &[
    "version",
    "questionnaire",
    "answers",
    "stage",
    "item",
    "role",
    "scan",
    "team",
];

impl ProgressRecord {
    fn read(text: &str) -> Result<ProgressRecord, json::Error> {
        let value = json::parse(text)?;
        let record = json::Record::of(&value, PROGRESS_FIELDS)?;
        record.required("version")?.int::<u32>()?;
        let mut answers: Vec<(String, u8)> = Vec::new();
        match record.required("answers")? {
            json::Value::Object(fields) => {
                for (id, value) in fields {
                    let id = json::unescape(id)?;
                    let value = value.int::<u8>()?;
                    answers.retain(|(known, _)| *known != id);
                    answers.push((id, value));
                }
            }
            _ => return Err("invalid type: expected a map"),
        }
        let team = match record.optional("team")?.and_then(json::Value::non_null) {
            None => None,
            Some(team) => {
                let team = json::Record::of(team, &["id", "label", "key"])?;
                Some(TeamRecord {
                    id: team.required("id")?.int()?,
                    label: team.required("label")?.str()?,
                    key: match team.optional("key")?.and_then(json::Value::non_null) {
                        Some(key) => Some(key.str()?),
                        None => None,
                    },
                })
            }
        };
        Ok(ProgressRecord {
            questionnaire: record.required("questionnaire")?.int()?,
            answers,
            stage: record.required("stage")?.str()?,
            item: match record.optional("item")? {
                Some(item) => item.int()?,
                None => 0,
            },
            role: match record.optional("role")?.and_then(json::Value::non_null) {
                Some(role) => Some(role.str()?),
                None => None,
            },
            scan: match record.optional("scan")?.and_then(json::Value::non_null) {
                Some(scan) => Some(scan.int()?),
                None => None,
            },
            team,
        })
    }
}

/// Reads stored progress, keeping what is valid.
pub fn decode_progress(text: &str) -> Result<Loaded<Progress>, LoadError> {
    probe_version(text, PROGRESS_VERSION)?;
    let record = ProgressRecord::read(text).map_err(malformed)?;
    let questionnaire = Questionnaire::by_version(record.questionnaire)
        .ok_or(LoadError::UnknownQuestionnaire(record.questionnaire))?;
    let mut dropped = 0;
    let mut answers = AnswerSheet::empty(&questionnaire);
    for (id, value) in &record.answers {
        let answer = match *value {
            DONT_KNOW => Some(Answer::DontKnow),
            other => Likert::new(other).map(Answer::Scale),
        };
        match (questionnaire.index_of(id), answer) {
            (Some(index), Some(answer)) => answers.set(index, Some(answer)),
            _ => dropped += 1,
        }
    }
    let stage = match record.stage.as_str() {
        "questions" if record.item < questionnaire.item_count() => {
            Stage::Questions { item: record.item }
        }
        "intro" => Stage::Intro,
        "review" => Stage::Review,
        "result" => Stage::Result,
        _ => {
            dropped += 1;
            Stage::Questions {
                item: answers.first_unanswered().unwrap_or(0),
            }
        }
    };
    // A sealed session's key that does not read drops the whole session: a
    // sealed session must never be taken for an open one.
    let team = match record.team {
        None => None,
        Some(team) => {
            let key = team.key.as_deref().map(|text| {
                from_base64url(text)
                    .filter(|bytes| to_base64url(bytes) == text)
                    .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
                    .map(PublicKey)
            });
            match key {
                Some(None) => {
                    dropped += 1;
                    None
                }
                key => Some(TeamSession {
                    id: TeamId(team.id),
                    label: limit_label(&team.label).0,
                    key: key.flatten(),
                }),
            }
        }
    };
    let role = match record.role.as_deref().map(Role::from_id) {
        None => None,
        Some(Some(role)) => Some(role),
        Some(None) => {
            dropped += 1;
            None
        }
    };
    Ok(Loaded {
        value: Progress {
            questionnaire,
            answers,
            stage,
            role,
            scan: record.scan,
            team,
        },
        dropped,
    })
}

/// Writes settings in the current format.
pub fn encode_settings(settings: &Settings) -> String {
    let mut out = String::from("{");
    json::write_key(&mut out, "version");
    json::write_int(&mut out, SETTINGS_VERSION.into());
    json::write_key(&mut out, "lang");
    json::write_str(&mut out, settings.lang.tag());
    out.push('}');
    out
}

/// Reads stored settings; an unknown language is dropped.
pub fn decode_settings(text: &str) -> Result<Loaded<Settings>, LoadError> {
    probe_version(text, SETTINGS_VERSION)?;
    let value = json::parse(text).map_err(malformed)?;
    let lang = json::Record::of(&value, &["version", "lang"])
        .and_then(|record| {
            record.required("version")?.int::<u32>()?;
            Ok(Lang::from_tag(&record.required("lang")?.str()?))
        })
        .map_err(malformed)?;
    Ok(Loaded {
        value: Settings {
            lang: lang.unwrap_or_default(),
        },
        dropped: usize::from(lang.is_none()),
    })
}
