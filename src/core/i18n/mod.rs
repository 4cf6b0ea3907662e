//! Languages as data: every user-facing text of the app, one file per language.
//!
//! - `keys.rs` lists the key of every short text ([`Text`]).
//! - `nl.rs`, `en.rs`, `de.rs` each give every key its text (an exhaustive
//!   `match`, so a missing text does not compile), the statements of each
//!   questionnaire version, the advice texts and the names of the months.
//! - [`languages!`] below names the languages: adding a language is writing
//!   its file and adding one line there. Nothing else in the app lists them:
//!   the language menu, `lang=` in embeds, the browser's preferred language,
//!   the pre-rendered first screen and the browser tests all read that list.
//!
//! Texts are `&'static str`. Where the language files are compiled in (the
//! team app, native builds) they are resolved with `#[inline(always)]`, so
//! that a call with a fixed key compiles to a choice between the languages'
//! strings. The app's wasm (`texts_on_demand`, see `build.rs`) carries none
//! of them: it reads each text from the text pack of its language
//! ([`pack`]), fetched when that language is first shown and kept in
//! `on_demand`.
//! Texts with `{name}` placeholders are filled with [`fill`]; a test checks
//! that every language uses the placeholders of the Dutch original.

use crate::core::model::{Dimension, Level};
use crate::core::scan::actions::Action;

/// Defines [`Text`] and [`Text::ALL`] from the list in `keys.rs`.
macro_rules! keys {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// The key of a short user-facing text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[$doc])* $key,)*
        }

        impl Text {
            /// Every text key, in table order.
            pub const ALL: &'static [Text] = &[$(Text::$key,)*];
        }
    };
}

// The language files. Where texts come on demand (the app's wasm, see
// `build.rs`), only the few texts of `Lang::compiled_in` are used from them.
#[cfg_attr(texts_on_demand, allow(dead_code))]
mod de;
#[cfg_attr(texts_on_demand, allow(dead_code))]
mod en;
mod keys;
#[cfg_attr(texts_on_demand, allow(dead_code))]
mod nl;
pub mod pack;

pub use keys::Text;

/// Defines [`Lang`] and how each language's texts are found.
macro_rules! languages {
    ($($(#[$doc:meta])* $variant:ident => $module:ident, $tag:literal, $name:literal;)*) => {
        /// A language the app speaks. The first is the default.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Lang {
            $($(#[$doc])* $variant,)*
        }

        impl Lang {
            /// Every language, in the order the language menu offers them.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant,)*];

            /// The BCP 47 tag used for the `lang` attribute, in `lang=` and
            /// in stored settings.
            pub fn tag(self) -> &'static str {
                match self {
                    $(Lang::$variant => $tag,)*
                }
            }

            /// The id of the language's button in the language menu. With
            /// [`Lang::menu_label`] it lives here, not in the UI, so that the
            /// native tests can name the menu's buttons.
            pub fn menu_id(self) -> &'static str {
                match self {
                    $(Lang::$variant => concat!("lang-", $tag),)*
                }
            }

            /// The name of the language's button: the tag the button shows,
            /// then the language's name in itself ("nl Nederlands"), so that
            /// the name begins with the visible label (WCAG 2.5.3).
            pub fn menu_label(self) -> &'static str {
                match self {
                    $(Lang::$variant => concat!($tag, " ", $name),)*
                }
            }

            /// The language's name in itself.
            pub fn name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)*
                }
            }

            /// The text of `key` in this language.
            #[cfg(not(texts_on_demand))]
            #[inline(always)]
            pub fn text(self, key: Text) -> &'static str {
                match self {
                    $(Lang::$variant => $module::text(key),)*
                }
            }

            /// The text of `key` in this language, from its text pack; the
            /// few texts of [`Lang::compiled_in`] also before it arrives.
            #[cfg(texts_on_demand)]
            pub fn text(self, key: Text) -> &'static str {
                on_demand::string(self, pack::at::TEXTS + key as usize)
                    .unwrap_or_else(|| self.compiled_in(key))
            }

            /// The texts the app needs before (or without) any text pack,
            /// compiled into it in every language: the message of a crash,
            /// which may come before a language is known. Every other key
            /// is `""` here. A call with a fixed key compiles to that one
            /// string of each language, so the rest of the language files
            /// stays out of the app.
            #[cfg(texts_on_demand)]
            fn compiled_in(self, key: Text) -> &'static str {
                match key {
                    Text::CrashMessage => match self {
                        $(Lang::$variant => $module::text(Text::CrashMessage),)*
                    },
                    _ => "",
                }
            }

            /// String `index` (of `count`) of the table that starts at
            /// `start` in a text pack (`pack::at`); `""` past its end.
            #[cfg(texts_on_demand)]
            fn table_string(self, start: usize, count: usize, index: usize) -> &'static str {
                if index >= count {
                    return "";
                }
                on_demand::string(self, start + index).unwrap_or("")
            }

            #[cfg(not(texts_on_demand))]
            fn statement_v1(self, index: usize) -> &'static str {
                match self {
                    $(Lang::$variant => $module::STATEMENTS_V1[index],)*
                }
            }

            #[cfg(not(texts_on_demand))]
            fn advice_text(self, dimension: usize, level: usize) -> &'static str {
                match self {
                    $(Lang::$variant => $module::ADVICE[dimension][level],)*
                }
            }

            #[cfg(not(texts_on_demand))]
            fn purpose_first(self) -> &'static str {
                match self {
                    $(Lang::$variant => $module::PURPOSE_FIRST,)*
                }
            }

            #[cfg(not(texts_on_demand))]
            fn month(self, index: usize) -> &'static str {
                match self {
                    $(Lang::$variant => $module::MONTHS[index],)*
                }
            }

            #[cfg(not(texts_on_demand))]
            fn dimension_action(self, dimension: usize, n: usize) -> &'static str {
                match self {
                    $(Lang::$variant => $module::DIMENSION_ACTIONS[dimension][n],)*
                }
            }

            #[cfg(not(texts_on_demand))]
            fn theme_action(self, theme: usize) -> &'static str {
                match self {
                    $(Lang::$variant => $module::THEME_ACTIONS[theme],)*
                }
            }

            /// Every string of the language in text pack order
            /// ([`pack`]): what its pack holds.
            #[cfg(not(texts_on_demand))]
            pub fn strings(self) -> Vec<&'static str> {
                match self {
                    $(Lang::$variant => {
                        let mut strings: Vec<&'static str> =
                            Text::ALL.iter().map(|&key| $module::text(key)).collect();
                        strings.extend($module::STATEMENTS_V1);
                        strings.extend($module::ADVICE.iter().flatten());
                        strings.push($module::PURPOSE_FIRST);
                        strings.extend($module::MONTHS);
                        strings.extend($module::DIMENSION_ACTIONS.iter().flatten());
                        strings.extend($module::THEME_ACTIONS);
                        strings
                    })*
                }
            }
        }
    };
}

languages! {
    /// Dutch, the original and the default.
    Nl => nl, "nl", "Nederlands";
    /// English.
    En => en, "en", "English";
    /// German.
    De => de, "de", "Deutsch";
}

/// The tables of a text pack, read by position (`pack::at`), in the app
/// whose texts come on demand.
#[cfg(texts_on_demand)]
impl Lang {
    fn statement_v1(self, index: usize) -> &'static str {
        self.table_string(pack::at::STATEMENTS_V1, 30, index)
    }

    fn advice_text(self, dimension: usize, level: usize) -> &'static str {
        if level >= 4 {
            return "";
        }
        self.table_string(pack::at::ADVICE, 5 * 4, dimension * 4 + level)
    }

    fn purpose_first(self) -> &'static str {
        self.table_string(pack::at::PURPOSE_FIRST, 1, 0)
    }

    fn month(self, index: usize) -> &'static str {
        self.table_string(pack::at::MONTHS, 12, index)
    }

    fn dimension_action(self, dimension: usize, n: usize) -> &'static str {
        if n >= 3 {
            return "";
        }
        self.table_string(pack::at::DIMENSION_ACTIONS, 5 * 3, dimension * 3 + n)
    }

    fn theme_action(self, theme: usize) -> &'static str {
        self.table_string(pack::at::THEME_ACTIONS, 13, theme)
    }
}

/// The text packs the app has received, one slot per language, in the app
/// whose texts come on demand (`web::texts` fetches them). A pack's text is
/// kept for the page's life (leaked once per language), so its strings are
/// `'static` like compiled-in ones.
#[cfg(texts_on_demand)]
pub mod on_demand {
    use super::{pack, Lang};
    use std::sync::OnceLock;

    static PACKS: [OnceLock<Box<[&'static str]>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];

    /// Reads `text` as the pack of `lang` and keeps it; a pack already kept
    /// stays. A text that is not a pack of this build is refused.
    pub fn install(lang: Lang, text: String) -> Result<(), pack::PackError> {
        if is_loaded(lang) {
            return Ok(());
        }
        let text: &'static str = Box::leak(text.into_boxed_str());
        let strings = pack::read(text, lang)?;
        let _ = PACKS[lang as usize].set(strings.into_boxed_slice());
        Ok(())
    }

    /// Whether the pack of `lang` is here.
    pub fn is_loaded(lang: Lang) -> bool {
        PACKS[lang as usize].get().is_some()
    }

    /// String `index` of the pack of `lang`, if it is here.
    pub fn string(lang: Lang, index: usize) -> Option<&'static str> {
        PACKS[lang as usize].get()?.get(index).copied()
    }
}

impl Default for Lang {
    fn default() -> Lang {
        Lang::ALL[0]
    }
}

/// The characters that end the primary subtag of a language tag (`de` of
/// `de-AT` or `de_AT`). `src/web/prerender.js` gets them generated.
pub const TAG_SEPARATORS: [char; 2] = ['-', '_'];

impl Lang {
    /// Reads a language tag such as `nl`, `NL`, `de-AT` or `en_GB`; a language
    /// the app does not speak is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(TAG_SEPARATORS).next()?;
        Lang::ALL
            .iter()
            .copied()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    /// The first language of a browser's preference list
    /// (`navigator.languages`) that the app speaks.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(Lang::from_tag)
    }
}

/// The language to start in: `lang=` in the address, else the one chosen
/// before in this browser, else the first of the browser's preferred
/// languages that the app speaks, else the default. `src/web/prerender.js`
/// applies the same rule to the pre-rendered first screen;
/// `tests/build/first-visit-rules.test.mjs` checks that it decides as this.
pub fn start_lang<'a>(
    from_address: Option<Lang>,
    stored: Option<Lang>,
    preferred: impl IntoIterator<Item = &'a str>,
) -> Lang {
    from_address
        .or(stored)
        .or_else(|| Lang::preferred(preferred))
        .unwrap_or_default()
}

impl Text {
    /// The text in one language.
    #[inline(always)]
    pub fn get(self, lang: Lang) -> &'static str {
        lang.text(self)
    }

    /// Texts whose words follow a count they are filled with, each with its
    /// form for a count of one: (the form for any other count, the form for
    /// one). Dutch, English and German all use the singular for exactly one
    /// and the plural otherwise, zero included; a language with more forms
    /// would need more keys here.
    pub const COUNTED: &'static [(Text, Text)] = &[
        (Text::ReviewDontKnow, Text::ReviewDontKnowOne),
        (Text::SessionCollecting, Text::SessionCollectingOne),
        (Text::OpenProfileNeedMore, Text::OpenProfileNeedMoreOne),
        (Text::SealedRepliesHere, Text::SealedRepliesHereOne),
        (Text::FoundSummary, Text::FoundSummaryOne),
        (Text::UnreadableMore, Text::UnreadableMoreOne),
        (Text::OtherVersions, Text::OtherVersionsOne),
        (Text::RoundsCount, Text::RoundsCountOne),
        (Text::RoundsNoteNoRoles, Text::RoundsNoteNoRolesOne),
    ];

    /// The form of this text for `count` (see [`Text::COUNTED`]): the one
    /// for one when the count is 1, else this text itself.
    pub fn for_count(self, count: usize) -> Text {
        match Text::COUNTED.iter().find(|(other, _)| *other == self) {
            Some(&(_, one)) if count == 1 => one,
            _ => self,
        }
    }
}

/// The text of a statement: its questionnaire version and its place there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Statement {
    /// Item `n` (from 0) of questionnaire version 1.
    V1(usize),
}

impl Statement {
    /// The statement in one language.
    pub fn get(self, lang: Lang) -> &'static str {
        match self {
            Statement::V1(index) => lang.statement_v1(index),
        }
    }
}

/// A longer advice text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// The advice for a dimension at a level.
    For(Dimension, Level),
    /// The note that purpose, the motor of the rest, comes first.
    PurposeFirst,
}

impl Advice {
    /// The advice in one language.
    pub fn get(self, lang: Lang) -> &'static str {
        match self {
            Advice::For(dimension, level) => lang.advice_text(dimension.index(), level as usize),
            Advice::PurposeFirst => lang.purpose_first(),
        }
    }
}

/// The text of an action of the action plan (`scan::actions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionText(pub Action);

impl ActionText {
    /// The action in one language.
    pub fn get(self, lang: Lang) -> &'static str {
        match self.0 {
            Action::Dimension(dimension, n) => lang.dimension_action(dimension.index(), n),
            Action::Theme(theme) => lang.theme_action(theme.index()),
        }
    }
}

/// A date and time as people write them in the language: `27 nov. 2026,
/// 09:05`, `27 Nov 2026, 09:05`, `27. Nov. 2026, 09:05`. The time tells
/// apart scans of the same day.
pub fn format_date_time(
    lang: Lang,
    (year, month, day, hour, minute): (i32, u32, u32, u32, u32),
) -> String {
    let month_name = lang.month((month.clamp(1, 12) - 1) as usize);
    fill(
        Text::DateTimeFormat.get(lang),
        &[
            ("day", &day.to_string()),
            ("month", month_name),
            ("year", &year.to_string()),
            ("time", &format!("{hour:02}:{minute:02}")),
        ],
    )
}

/// A calendar day as people write it in the language: `31 dec. 2026`,
/// `31 Dec 2026`, `31. Dez. 2026`.
pub fn format_day(lang: Lang, day: crate::core::scan::actions::Day) -> String {
    let month_name = lang.month((day.month.clamp(1, 12) - 1) as usize);
    fill(
        Text::DateFormat.get(lang),
        &[
            ("day", &day.day.to_string()),
            ("month", month_name),
            ("year", &day.year.to_string()),
        ],
    )
}

/// Fills `{name}` placeholders in a text with values.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// Fills the numbers a text quotes about a questionnaire version: `{items}`
/// (its items), `{minutes}` (about how long it takes), `{least}` (the fewest
/// scored items a dimension needs) and `{per_dimension}` (its items per
/// dimension), so that no text says "30" or "6" for every version.
pub fn fill_questionnaire(
    template: &str,
    questionnaire: &crate::core::questionnaire::Questionnaire,
) -> String {
    fill(
        template,
        &[
            ("items", &questionnaire.item_count().to_string()),
            ("minutes", &questionnaire.minutes().to_string()),
            (
                "least",
                &crate::core::scan::scoring::MIN_SCORED_PER_DIMENSION.to_string(),
            ),
            (
                "per_dimension",
                &questionnaire.items_per_dimension().to_string(),
            ),
        ],
    )
}

/// The placeholder names a text uses, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

/// The label of an answer option.
#[inline(always)]
pub fn answer_label(answer: crate::core::scan::answers::Answer) -> Text {
    use crate::core::scan::answers::Answer;
    match answer {
        Answer::DontKnow => Text::DontKnow,
        Answer::Scale(likert) => match likert.value() {
            1 => Text::Scale1,
            2 => Text::Scale2,
            3 => Text::Scale3,
            4 => Text::Scale4,
            _ => Text::Scale5,
        },
    }
}
