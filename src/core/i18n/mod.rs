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
//! Texts are `&'static str` resolved with `#[inline(always)]`, so that a call
//! with a fixed key compiles to a choice between the languages' strings.
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

mod de;
mod en;
mod keys;
mod nl;

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
            #[inline(always)]
            pub fn text(self, key: Text) -> &'static str {
                match self {
                    $(Lang::$variant => $module::text(key),)*
                }
            }

            fn statements_v1(self) -> &'static [&'static str; 30] {
                match self {
                    $(Lang::$variant => &$module::STATEMENTS_V1,)*
                }
            }

            fn advice(self) -> &'static [[&'static str; 4]; 5] {
                match self {
                    $(Lang::$variant => &$module::ADVICE,)*
                }
            }

            fn purpose_first(self) -> &'static str {
                match self {
                    $(Lang::$variant => $module::PURPOSE_FIRST,)*
                }
            }

            fn months(self) -> &'static [&'static str; 12] {
                match self {
                    $(Lang::$variant => &$module::MONTHS,)*
                }
            }

            fn dimension_actions(self) -> &'static [[&'static str; 3]; 5] {
                match self {
                    $(Lang::$variant => &$module::DIMENSION_ACTIONS,)*
                }
            }

            fn theme_actions(self) -> &'static [&'static str; 13] {
                match self {
                    $(Lang::$variant => &$module::THEME_ACTIONS,)*
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
            Statement::V1(index) => lang.statements_v1()[index],
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
            Advice::For(dimension, level) => lang.advice()[dimension.index()][level as usize],
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
            Action::Dimension(dimension, n) => lang.dimension_actions()[dimension.index()][n],
            Action::Theme(theme) => lang.theme_actions()[theme.index()],
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
    let month_name = lang.months()[(month.clamp(1, 12) - 1) as usize];
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
    let month_name = lang.months()[(day.month.clamp(1, 12) - 1) as usize];
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
