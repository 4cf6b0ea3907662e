//! The pre-rendered first screen's inline script (`src/web/prerender.js`)
//! with the data its rules need, generated from the core: the storage keys,
//! the settings records that only choose a language, the language tags, the
//! tag separators and the switch values. `tests/core/first_visit.rs` writes
//! the table that `tests/build/first-visit-rules.test.mjs` holds the script
//! to; `ui::prerender::document` puts the script after the templates.

use crate::core::host::params::SWITCHES;
use crate::core::i18n::{Lang, TAG_SEPARATORS};
use crate::core::storage::privacy::STORAGE_KEYS;
use crate::core::storage::records::{encode_settings, Settings};

/// The names under which the inline script receives its generated data, in
/// the order of [`script_arguments`].
pub const SCRIPT_PARAMETERS: &str = "KEYS,SETTINGS,LANGS,SEPARATORS,SWITCHES";

/// The data the inline script's rules need, generated from the core, as
/// JavaScript arguments in the order of [`SCRIPT_PARAMETERS`]: the keys the
/// app stores under; the settings records that only choose a language (what
/// a plain first visit may have stored), each with its language; the tags of
/// the languages the app speaks, the default first; the characters that end
/// a language tag's primary subtag (`Lang::from_tag`); and the values of a
/// switch such as `intro=` (`params::SWITCHES`).
pub fn script_arguments() -> String {
    let quoted = |text: &str| format!("{text:?}");
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
    format!(
        "[{}],{{{}}},[{}],{},{{{}}}",
        keys.join(","),
        settings.join(","),
        languages.join(","),
        quoted(&separators),
        switches.join(",")
    )
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
