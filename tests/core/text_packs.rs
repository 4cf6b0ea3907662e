//! The text packs (`core::i18n::pack`): each holds its language's every
//! string at the position the app reads it from, and a text that is not a
//! pack of this build is refused as a whole.

use sis::core::i18n::pack::{self, at, PackError, FORMAT, SEPARATOR};
use sis::core::i18n::{format_day, ActionText, Advice, Lang, Statement, Text};
use sis::core::model::{Dimension, Level, Theme};
use sis::core::scan::actions::{Action, Day};

/// The strings of the pack of `lang`, read back from what `sis-texts` writes.
fn read_back(lang: Lang) -> Vec<String> {
    let written = pack::write(lang);
    pack::read(&written, lang)
        .unwrap_or_else(|error| panic!("the pack of {lang:?} does not read back: {error}"))
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_string_is_where_the_app_reads_it() {
    for &lang in Lang::ALL {
        let strings = read_back(lang);
        assert_eq!(strings.len(), at::COUNT, "{lang:?}");
        assert_eq!(strings, lang.strings(), "{lang:?}");
        for &key in Text::ALL {
            assert_eq!(
                strings[at::TEXTS + key as usize],
                key.get(lang),
                "{key:?} in {lang:?}"
            );
        }
        for index in 0..30 {
            assert_eq!(
                strings[at::STATEMENTS_V1 + index],
                Statement::V1(index).get(lang)
            );
        }
        for dimension in Dimension::ALL {
            for level in Level::ALL {
                assert_eq!(
                    strings[at::ADVICE + dimension.index() * 4 + level as usize],
                    Advice::For(dimension, level).get(lang),
                    "advice for {dimension:?} {level:?} in {lang:?}"
                );
            }
            for n in 0..3 {
                assert_eq!(
                    strings[at::DIMENSION_ACTIONS + dimension.index() * 3 + n],
                    ActionText(Action::Dimension(dimension, n)).get(lang)
                );
            }
        }
        assert_eq!(strings[at::PURPOSE_FIRST], Advice::PurposeFirst.get(lang));
        for month in 1..=12u8 {
            let day = Day {
                year: 2026,
                month,
                day: 1,
            };
            let name = &strings[at::MONTHS + usize::from(month) - 1];
            assert!(
                format_day(lang, day).contains(name.as_str()),
                "month {month} in {lang:?}"
            );
        }
        for theme in Theme::ALL {
            assert_eq!(
                strings[at::THEME_ACTIONS + theme.index()],
                ActionText(Action::Theme(theme)).get(lang)
            );
        }
    }
}

#[test]
fn no_text_contains_the_separator() {
    for &lang in Lang::ALL {
        for string in lang.strings() {
            assert!(!string.contains(SEPARATOR), "{string:?} in {lang:?}");
        }
    }
}

#[test]
fn a_text_that_is_not_a_pack_of_this_build_is_refused() {
    let nl = pack::write(Lang::Nl);
    let without_last = {
        let mut text = nl.clone();
        text.pop();
        let cut = text.rfind(SEPARATOR).map_or(0, |at| at + 1);
        text.truncate(cut);
        text
    };
    let cases: Vec<(&str, String, Lang, PackError)> = vec![
        ("empty", String::new(), Lang::Nl, PackError::Header),
        (
            "header only",
            format!("{FORMAT} nl"),
            Lang::Nl,
            PackError::Header,
        ),
        ("another language", nl.clone(), Lang::En, PackError::Header),
        (
            "another format",
            nl.replacen(FORMAT, "sis-texts 2", 1),
            Lang::Nl,
            PackError::Header,
        ),
        (
            "no space before the tag",
            nl.replacen(&format!("{FORMAT} "), FORMAT, 1),
            Lang::Nl,
            PackError::Header,
        ),
        (
            "one string less",
            without_last,
            Lang::Nl,
            PackError::Count {
                found: at::COUNT - 1,
            },
        ),
        (
            "one string more",
            format!("{nl}extra{SEPARATOR}"),
            Lang::Nl,
            PackError::Count {
                found: at::COUNT + 1,
            },
        ),
        (
            "the last separator missing",
            nl[..nl.len() - SEPARATOR.len_utf8()].to_owned(),
            Lang::Nl,
            PackError::Count {
                found: at::COUNT - 1,
            },
        ),
        (
            "an HTML page",
            "<!doctype html>\n<html></html>".to_owned(),
            Lang::Nl,
            PackError::Header,
        ),
    ];
    for (name, text, lang, expected) in cases {
        assert_eq!(pack::read(&text, lang), Err(expected), "{name}");
    }
}
