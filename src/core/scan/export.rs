//! Exporting a result as JSON (a versioned, documented format that can be
//! imported again) and as CSV, and importing such JSON.
//!
//! The JSON carries the answers, from which every score is computed again on
//! import, and the scores as they were shown, for people and other tools. Its
//! schema is documented in the README; a published version never changes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::core::i18n::Text;
use crate::core::links::share::{self, SharedResult};
use crate::core::model::{Dimension, Role};
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::answers::{Answer, AnswerSheet, Likert};
use crate::core::scan::scoring::{display_score, score};

/// The `format` value of every export.
pub const FORMAT: &str = "sociale-innovatie-scan/result";

/// The export version this app writes.
pub const EXPORT_VERSION: u32 = 1;

/// Imports larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;

/// Export format version 1.
#[derive(Debug, Serialize, Deserialize)]
struct ExportRecord {
    format: String,
    version: u32,
    questionnaire: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<String>,
    /// Item id to 1-5; unanswered items are absent.
    answers: BTreeMap<String, u8>,
    /// The result-link code of the same result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    /// Scores as shown (0-100) per dimension id, `null` without enough answers;
    /// informative only: imports compute them again from the answers.
    #[serde(default)]
    scores: BTreeMap<String, Option<i64>>,
    #[serde(default)]
    index: Option<i64>,
    #[serde(default)]
    coherence: Option<i64>,
}

/// Only what is needed to recognise an export, read before the whole record
/// so a foreign or newer file gets the right message.
#[derive(Deserialize)]
struct FormatProbe {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u64>,
}

/// Why an imported file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    /// The file is too big to be an export of this app.
    #[error("the file is too large")]
    TooLarge,
    /// The file is not JSON.
    #[error("the file is not JSON")]
    NotJson,
    /// JSON, but not a result exported by this app.
    #[error("the file is not a result of this scan")]
    Foreign,
    /// An export of a newer version of the app.
    #[error("the file was made by a newer version")]
    Newer,
    /// An export of this app whose content is invalid.
    #[error("the file is damaged")]
    Damaged,
}

impl ImportError {
    /// What the page says about the error.
    pub fn text(&self) -> Text {
        match self {
            ImportError::TooLarge => Text::ImportTooLarge,
            ImportError::NotJson => Text::ImportNotJson,
            ImportError::Foreign => Text::ImportForeign,
            ImportError::Newer => Text::ImportNewer,
            ImportError::Damaged => Text::ImportDamaged,
        }
    }
}

/// The result as JSON, pretty-printed.
pub fn to_json(result: &SharedResult) -> String {
    let scores_of = score(&result.questionnaire, &result.answers);
    let answers = result
        .questionnaire
        .items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| match result.answers.get(index)? {
            Answer::Scale(likert) => Some((item.id.to_owned(), likert.value())),
            Answer::DontKnow => None,
        })
        .collect();
    let record = ExportRecord {
        format: FORMAT.to_owned(),
        version: EXPORT_VERSION,
        questionnaire: result.questionnaire.version,
        role: result.role.map(|role| role.id().to_owned()),
        answers,
        code: Some(share::encode(result)),
        scores: scores_of
            .dimensions
            .iter()
            .map(|d| (d.dimension.id().to_owned(), d.score.map(display_score)))
            .collect(),
        index: scores_of.index.map(display_score),
        coherence: scores_of.coherence.map(display_score),
    };
    serde_json::to_string_pretty(&record).expect("an export record always serializes")
}

/// Reads an exported JSON file back into a result.
pub fn from_json(text: &str) -> Result<SharedResult, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    // Any JSON value parses as a probe with absent fields, except for
    // non-objects, which are foreign too.
    let probe: Result<FormatProbe, _> = serde_json::from_str(text);
    let probe = match probe {
        Ok(probe) => probe,
        Err(error) if error.is_data() => return Err(ImportError::Foreign),
        Err(_) => return Err(ImportError::NotJson),
    };
    if probe.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::Foreign);
    }
    match probe.version {
        Some(1) => {}
        Some(v) if v > u64::from(EXPORT_VERSION) => return Err(ImportError::Newer),
        _ => return Err(ImportError::Damaged),
    }
    let record: ExportRecord = serde_json::from_str(text).map_err(|_| ImportError::Damaged)?;
    let questionnaire =
        Questionnaire::by_version(record.questionnaire).ok_or(ImportError::Newer)?;
    let mut answers = AnswerSheet::empty(&questionnaire);
    for (id, value) in &record.answers {
        let index = questionnaire.index_of(id).ok_or(ImportError::Damaged)?;
        let likert = Likert::new(*value).ok_or(ImportError::Damaged)?;
        answers.set(index, Some(Answer::Scale(likert)));
    }
    let role = match record.role.as_deref() {
        None => None,
        Some(id) => Some(Role::from_id(id).ok_or(ImportError::Damaged)?),
    };
    Ok(SharedResult {
        questionnaire,
        role,
        answers,
    })
}

/// Quotes a CSV field when it needs it (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The result as CSV: one row per item with its answer, then one row per
/// dimension with its score and level. `item_text` and `dimension_label`
/// give the texts in the user's language.
pub fn to_csv(
    result: &SharedResult,
    item_text: impl Fn(usize) -> String,
    dimension_label: impl Fn(Dimension) -> String,
) -> String {
    let mut csv = String::from("kind,id,text,answer,score,level\r\n");
    for (index, item) in result.questionnaire.items.iter().enumerate() {
        let answer = match result.answers.get(index) {
            Some(Answer::Scale(likert)) => likert.value().to_string(),
            _ => String::new(),
        };
        csv.push_str(&format!(
            "item,{},{},{},,\r\n",
            item.id,
            csv_field(&item_text(index)),
            answer
        ));
    }
    let scores = score(&result.questionnaire, &result.answers);
    for d in &scores.dimensions {
        let shown = d
            .score
            .map(|s| display_score(s).to_string())
            .unwrap_or_default();
        let level = d
            .level()
            .map(|l| l.number().to_string())
            .unwrap_or_default();
        csv.push_str(&format!(
            "dimension,{},{},,{},{}\r\n",
            d.dimension.id(),
            csv_field(&dimension_label(d.dimension)),
            shown,
            level
        ));
    }
    csv
}
