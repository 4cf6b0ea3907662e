//! The pre-rendered first screen's inline script (`src/web/prerender.js`)
//! with the data its rules need, generated from the core: the storage keys,
//! the settings records that only choose a language, the language tags, the
//! tag separators and the switch values; and what it needs to draw every
//! statement from the first statement's template (the statements' ids and
//! dimensions, and per language the texts that differ from statement to
//! statement). `tests/core/first_visit.rs` writes
//! the table that `tests/build/first-visit-rules.test.mjs` holds the script
//! to; `ui::prerender::document` puts the script after the templates.

use crate::core::host::params::SWITCHES;
use crate::core::i18n::{fill, Lang, Text, TAG_SEPARATORS};
use crate::core::questionnaire::Questionnaire;
use crate::core::storage::privacy::STORAGE_KEYS;
use crate::core::storage::records::{encode_settings, Settings};

/// The names under which the inline script receives its generated data, in
/// the order of [`script_arguments`].
pub const SCRIPT_PARAMETERS: &str =
    "KEYS,SETTINGS,LANGS,SEPARATORS,SWITCHES,ITEMS,DIMENSIONS,PACKED,TEXTS";

/// The data the inline script's rules need, generated from the core, as
/// JavaScript arguments in the order of [`SCRIPT_PARAMETERS`]: the keys the
/// app stores under; the settings records that only choose a language (what
/// a plain first visit may have stored), each with its language; the tags of
/// the languages the app speaks, the default first; the characters that end
/// a language tag's primary subtag (`Lang::from_tag`); the values of a
/// switch such as `intro=` (`params::SWITCHES`); the statements' ids and
/// their dimensions' positions ([`statement_items`]); and per language the
/// [`StatementTexts`], as an array in the order of its fields.
pub fn script_arguments() -> String {
    let keys: Vec<String> = STORAGE_KEYS.iter().map(|(key, _)| quoted(key)).collect();
    let settings: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| {
            format!(
                "{}:{}",
                quoted(&encode_settings(&Settings { lang })),
                quoted(lang.tag())
            )
        })
        .collect();
    let languages: Vec<String> = Lang::ALL.iter().map(|lang| quoted(lang.tag())).collect();
    let separators: String = TAG_SEPARATORS.iter().collect();
    let switches: Vec<String> = SWITCHES
        .iter()
        .map(|(value, on)| format!("{}:{on}", quoted(value)))
        .collect();
    let questionnaire = Questionnaire::current();
    let items = statement_items(&questionnaire);
    let ids: Vec<String> = items.iter().map(|item| quoted(item.id)).collect();
    let dimensions: Vec<String> = items
        .iter()
        .map(|item| item.dimension.to_string())
        .collect();
    let packed: Vec<String> = items.iter().map(|item| item.packed.to_string()).collect();
    let texts: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| {
            let texts = statement_texts(&questionnaire, lang);
            format!(
                "{}:[{},{},{},{}]",
                quoted(lang.tag()),
                quoted(texts.next),
                quoted(&texts.count),
                quoted(&texts.dimension),
                quoted(texts.loading)
            )
        })
        .collect();
    format!(
        "[{}],{{{}}},[{}],{},{{{}}},[{}],[{}],[{}],{{{}}}",
        keys.join(","),
        settings.join(","),
        languages.join(","),
        quoted(&separators),
        switches.join(","),
        ids.join(","),
        dimensions.join(","),
        packed.join(","),
        texts.join(",")
    )
}

/// `text` as a JavaScript string literal, which JSON reads too. A `<` is
/// escaped, so that no text can end the inline script (`</script>`).
fn quoted(text: &str) -> String {
    format!("{text:?}").replace('<', "\\u003c")
}

/// What the inline script needs to draw any statement in one language from
/// the first statement's template, beyond what the templates show already:
/// the statements' ids, dimensions and places in a text pack are the same in
/// every language ([`statement_items`]), the statements themselves come from
/// the language's text pack, and the dimensions' names are the intro's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementTexts {
    /// The Next button's text once a statement has an answer (the template
    /// says Skip).
    pub next: &'static str,
    /// "Statement {n} of total", with `{n}` left for the statement's number.
    pub count: String,
    /// "Dimension {n} of total", with `{n}` left for the dimension's number.
    pub dimension: String,
    /// The line shown past the last statement, while the app that shows the
    /// review loads.
    pub loading: &'static str,
}

/// The placeholder [`StatementTexts`] leaves for a number.
pub const NUMBER_SLOT: &str = "{n}";

/// What the inline script needs to draw any statement of `questionnaire` in
/// `lang`. Each `Text` is named as a constant, as in `first_screen`.
pub fn statement_texts(questionnaire: &Questionnaire, lang: Lang) -> StatementTexts {
    let with_total =
        |text: Text, total: usize| fill(text.get(lang), &[("total", &total.to_string())]);
    StatementTexts {
        next: Text::Next.get(lang),
        count: with_total(Text::QuestionProgress, questionnaire.item_count()),
        dimension: with_total(Text::DimensionProgress, questionnaire.dimensions.len()),
        loading: Text::LoadingApp.get(lang),
    }
}

/// One statement as the script draws it in any language: its id
/// (`data-item`), its dimension's position in the questionnaire, and where
/// its text is in a text pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatementItem {
    /// The item's id.
    pub id: &'static str,
    /// The position of its dimension among the questionnaire's.
    pub dimension: usize,
    /// The position of its text in a text pack (`i18n::pack::position_of`).
    pub packed: usize,
}

/// Every statement of `questionnaire` as the script draws it, in order.
pub fn statement_items(questionnaire: &Questionnaire) -> Vec<StatementItem> {
    questionnaire
        .items
        .iter()
        .map(|item| StatementItem {
            id: item.id,
            dimension: questionnaire.position_of(item.dimension).unwrap_or(0),
            packed: crate::core::i18n::pack::position_of(item.text),
        })
        .collect()
}

/// The inline script: `body` (the text of `src/web/prerender.js`) as a
/// function of [`SCRIPT_PARAMETERS`], called with [`script_arguments`].
pub fn script(body: &str) -> String {
    format!(
        "(function({SCRIPT_PARAMETERS}){{{}}})({})",
        body.trim(),
        script_arguments()
    )
}
