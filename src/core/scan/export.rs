//! Exporting a result as JSON (a versioned, documented format that can be
//! imported again) and as CSV, and importing such JSON.
//!
//! The JSON carries the answers, from which every score is computed again on
//! import, and the scores as they were shown, for people and other tools. Its
//! schema is documented in the README; a published version never changes.

use thiserror::Error;

use crate::core::i18n::Text;
use crate::core::links::share::{self, SharedResult};
use crate::core::model::{Dimension, Role};
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::actions::ActionPlan;
use crate::core::scan::answers::{Answer, AnswerSheet, Likert};
use crate::core::scan::scoring::{display_score, score};
use crate::core::storage::json::stream::{Failure, Shape, Stream};
use crate::core::storage::json::writer::{by_key, Writer};
use crate::core::storage::json::{self, Value};
use crate::core::storage::plans::write_plan_steps;

/// The `format` value of every export.
pub const FORMAT: &str = "sociale-innovatie-scan/result";

/// The export version this app writes.
pub const EXPORT_VERSION: u32 = 1;

/// Imports larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024;

/// The fields of export format version 1, in the order they are written (a
/// record given as an array lists its fields in this order):
///
/// - `format` ([`FORMAT`]) and `version` (1);
/// - `questionnaire`, the questionnaire version;
/// - `role`, a role id, absent without a role (`null` reads as absent);
/// - `answers`, item id to 1-5, in the order of the ids; unanswered items and
///   "don't know" are absent;
/// - `code`, the result-link code of the same result;
/// - `scores`, dimension id to the score as shown (0-100) or `null` without
///   enough answers, in the order of the ids; `index` and `coherence` as
///   shown, or `null`. These are informative only: an import computes them
///   again from the answers, and reads them only to check their types.
const EXPORT_FIELDS: &[&str] = &[
    "format",
    "version",
    "questionnaire",
    "role",
    "answers",
    "code",
    "scores",
    "index",
    "coherence",
];

/// What an import uses of a record of export format version 1.
struct ExportRecord {
    questionnaire: u16,
    role: Option<String>,
    /// By id, in the order of the text; read as a map, a later duplicate
    /// replaces an earlier one.
    answers: Vec<(String, u8)>,
}

impl ExportRecord {
    /// Reads the record, checking every field's type as serde's derived
    /// reader did.
    fn read(text: &str) -> Result<ExportRecord, json::Error> {
        let value = json::parse(text)?;
        let record = json::Record::of(&value, EXPORT_FIELDS)?;
        record.required("format")?.str()?;
        record.required("version")?.int::<u32>()?;
        let questionnaire = record.required("questionnaire")?.int()?;
        let role = optional_str(record.optional("role")?)?;
        let answers = entries(record.required("answers")?, Value::int::<u8>)?;
        optional_str(record.optional("code")?)?;
        if let Some(scores) = record.optional("scores")? {
            entries(scores, optional_int)?;
        }
        optional_int(record.optional("index")?.unwrap_or(&Value::Null))?;
        optional_int(record.optional("coherence")?.unwrap_or(&Value::Null))?;
        Ok(ExportRecord {
            questionnaire,
            role,
            answers,
        })
    }
}

/// A string field that may be absent or `null`.
fn optional_str(value: Option<&Value>) -> Result<Option<String>, json::Error> {
    value.and_then(Value::non_null).map(Value::str).transpose()
}

/// An integer or `null`.
fn optional_int(value: &Value) -> Result<Option<i64>, json::Error> {
    value.non_null().map(Value::int).transpose()
}

/// The entries of an object read as a map, in the order of the text: every
/// key unescaped and every value read with `read`, duplicates included (a
/// map keeps the last).
fn entries<'a, T>(
    value: &Value<'a>,
    read: impl Fn(&Value<'a>) -> Result<T, json::Error>,
) -> Result<Vec<(String, T)>, json::Error> {
    let Value::Object(fields) = value else {
        return Err("invalid type: expected a map");
    };
    fields
        .iter()
        .map(|(key, value)| Ok((json::unescape(key)?, read(value)?)))
        .collect()
}

/// What an import reads first, to recognise an export: the `format` and
/// `version` of an object (or the first two values of an array), read as
/// serde_json read them, so that the first error in the text decides
/// whether it is no JSON or JSON of another shape.
fn probe(text: &str) -> Result<(Option<String>, Option<u64>), Failure> {
    let mut stream = Stream::new(text);
    // Outer `Some` once the field was seen: a second one is an error, even
    // after a `null`.
    let mut format: Option<Option<String>> = None;
    let mut version: Option<Option<u64>> = None;
    match stream.open()? {
        Shape::Object => {
            while let Some(key) = stream.next_key()? {
                match key.as_str() {
                    "format" if format.is_some() => return Err(Failure::Data),
                    "version" if version.is_some() => return Err(Failure::Data),
                    "format" => {
                        stream.colon()?;
                        format = Some(stream.option_str()?);
                    }
                    "version" => {
                        stream.colon()?;
                        version = Some(stream.option_u64()?);
                    }
                    _ => {
                        stream.colon()?;
                        stream.skip()?;
                    }
                }
            }
            stream.end_object()?;
        }
        Shape::Array => {
            if stream.next_element()? {
                format = Some(stream.option_str()?);
                if stream.next_element()? {
                    version = Some(stream.option_u64()?);
                }
            }
            stream.end_array()?;
        }
    }
    stream.end()?;
    Ok((format.flatten(), version.flatten()))
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

/// Opens a pretty-printed export with the fields every export begins with:
/// its `format`, its `version` and the `questionnaire` version (results and
/// team exports alike).
pub(crate) fn begin_export(format: &str, version: u32, questionnaire: &Questionnaire) -> Writer {
    let mut json = Writer::pretty();
    json.begin_object();
    json.key("format");
    json.str(format);
    json.key("version");
    json.uint(version.into());
    json.key("questionnaire");
    json.uint(questionnaire.version.into());
    json
}

/// The result as JSON, pretty-printed (see [`EXPORT_FIELDS`]).
pub fn to_json(result: &SharedResult) -> String {
    to_json_with_plan(result, None)
}

/// [`to_json`] with the action plan made after the result, when it has
/// steps: a `plan` array of its steps as stored (`storage::plans`) without
/// their scan. An import ignores it.
pub fn to_json_with_plan(result: &SharedResult, plan: Option<&ActionPlan>) -> String {
    let scores = score(&result.questionnaire, &result.answers);
    let answers = result
        .questionnaire
        .items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| match result.answers.get(index)? {
            Answer::Scale(likert) => Some((item.id, likert.value())),
            Answer::DontKnow => None,
        });
    let mut json = begin_export(FORMAT, EXPORT_VERSION, &result.questionnaire);
    if let Some(role) = result.role {
        json.key("role");
        json.str(role.id());
    }
    json.key("answers");
    json.begin_object();
    for (id, value) in by_key(answers) {
        json.key(id);
        json.uint(value.into());
    }
    json.end_object();
    json.key("code");
    json.str(&share::encode(result));
    json.key("scores");
    json.begin_object();
    let shown = scores
        .dimensions
        .iter()
        .map(|d| (d.dimension.id(), d.score.map(display_score)));
    for (id, score) in by_key(shown) {
        json.key(id);
        json.int_or_null(score);
    }
    json.end_object();
    json.key("index");
    json.int_or_null(scores.index.map(display_score));
    json.key("coherence");
    json.int_or_null(scores.coherence.map(display_score));
    if let Some(plan) = plan.filter(|plan| !plan.actions.is_empty()) {
        json.key("plan");
        write_plan_steps(&mut json, plan);
    }
    json.end_object();
    json.finish()
}

/// Reads an exported JSON file back into a result.
pub fn from_json(text: &str) -> Result<SharedResult, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    // Any JSON object or array reads as a probe with absent fields; other
    // JSON values are foreign too.
    let (format, version) = probe(text).map_err(|failure| match failure {
        Failure::Data => ImportError::Foreign,
        Failure::Syntax => ImportError::NotJson,
    })?;
    if format.as_deref() != Some(FORMAT) {
        return Err(ImportError::Foreign);
    }
    match version {
        Some(1) => {}
        Some(v) if v > u64::from(EXPORT_VERSION) => return Err(ImportError::Newer),
        _ => return Err(ImportError::Damaged),
    }
    let record = ExportRecord::read(text).map_err(|_| ImportError::Damaged)?;
    let questionnaire =
        Questionnaire::by_version(record.questionnaire).ok_or(ImportError::Newer)?;
    // The last value of each item counts, as in the map the record was read
    // into before; an unknown item is damage whatever its value.
    let mut latest: Vec<Option<u8>> = vec![None; questionnaire.item_count()];
    for (id, value) in &record.answers {
        let index = questionnaire.index_of(id).ok_or(ImportError::Damaged)?;
        latest[index] = Some(*value);
    }
    let mut answers = AnswerSheet::empty(&questionnaire);
    for (index, value) in latest.into_iter().enumerate() {
        if let Some(value) = value {
            let likert = Likert::new(value).ok_or(ImportError::Damaged)?;
            answers.set(index, Some(Answer::Scale(likert)));
        }
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
