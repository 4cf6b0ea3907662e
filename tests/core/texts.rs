//! Every user-facing text exists in every language, with the placeholders of
//! the Dutch original; the language rules (tags, start language, dates).

use sis::core::i18n::{fill, placeholders, start_lang, Lang, Statement, Text};
use sis::core::model::{Dimension, Level, Role, Theme};
use sis::core::questionnaire::Questionnaire;
use sis::core::scan::advice::advice_text;

/// Texts that are rightly the same in a translation as in Dutch.
const SAME_AS_DUTCH: [&str; 9] = [
    "Purpose",
    "Team",
    "Score",
    "{n}. {name}",
    "Index",
    "Thema",
    "Datum",
    "{day} {month} {year}, {time}",
    "(sd {sd})",
];

fn check_translated(what: &str, text: impl Fn(Lang) -> &'static str) {
    let dutch = text(Lang::Nl);
    for &lang in Lang::ALL {
        let value = text(lang);
        assert!(!value.trim().is_empty(), "{what} is empty in {lang:?}");
        assert_eq!(value.trim(), value, "{what} has stray spaces in {lang:?}");
        assert_eq!(
            placeholders(value),
            placeholders(dutch),
            "{what}: the placeholders of {lang:?} differ from the Dutch"
        );
        if lang != Lang::Nl && value == dutch {
            assert!(
                SAME_AS_DUTCH.contains(&value),
                "{what} is untranslated in {lang:?}: {value:?}"
            );
        }
    }
}

#[test]
fn every_ui_text_is_in_every_language() {
    for &text in Text::ALL {
        check_translated(&format!("{text:?}"), |lang| text.get(lang));
    }
}

#[test]
fn every_model_text_is_in_every_language() {
    for dimension in Dimension::ALL {
        check_translated(&format!("{dimension:?} label"), |lang| {
            dimension.label().get(lang)
        });
        check_translated(&format!("{dimension:?} short label"), |lang| {
            dimension.short_label().get(lang)
        });
        for level in Level::ALL {
            check_translated(&format!("{dimension:?} {level:?} advice"), |lang| {
                advice_text(dimension, level).get(lang)
            });
        }
    }
    for theme in Theme::ALL {
        check_translated(&format!("{theme:?}"), |lang| theme.label().get(lang));
    }
    for level in Level::ALL {
        check_translated(&format!("{level:?}"), |lang| level.label().get(lang));
    }
    for role in Role::ALL {
        check_translated(&format!("{role:?}"), |lang| role.label().get(lang));
    }
    for item in Questionnaire::current().items {
        check_translated(item.id, |lang| item.text.get(lang));
    }
}

#[test]
fn each_item_shows_its_own_statement() {
    for (index, item) in Questionnaire::current().items.iter().enumerate() {
        assert_eq!(item.text, Statement::V1(index), "{}", item.id);
    }
}

#[test]
fn languages_have_distinct_tags_and_names() {
    assert_eq!(Lang::default(), Lang::Nl);
    for (i, a) in Lang::ALL.iter().enumerate() {
        for b in &Lang::ALL[i + 1..] {
            assert_ne!(a.tag(), b.tag());
            assert_ne!(a.name(), b.name());
        }
        assert_eq!(Lang::from_tag(a.tag()), Some(*a));
    }
}

#[test]
fn advice_is_two_or_three_sentences() {
    for dimension in Dimension::ALL {
        for level in Level::ALL {
            for &lang in Lang::ALL {
                let text = advice_text(dimension, level).get(lang);
                let sentences = text.matches(['.', '?', '!']).count();
                assert!(
                    (2..=4).contains(&sentences),
                    "{dimension:?} {level:?} {lang:?}: {text}"
                );
            }
        }
    }
}

#[test]
fn fill_replaces_every_placeholder() {
    let cases = [
        (
            "Stelling {n} van {total}",
            vec![("n", "3"), ("total", "30")],
            "Stelling 3 van 30",
        ),
        (
            "{n}. {name}",
            vec![("n", "2"), ("name", "Moving")],
            "2. Moving",
        ),
        ("no placeholders", vec![("n", "1")], "no placeholders"),
    ];
    for (template, values, expected) in cases {
        assert_eq!(fill(template, &values), expected);
    }
    assert_eq!(placeholders("a {x} b {y}"), vec!["x", "y"]);
}

#[test]
fn language_tags_parse_leniently() {
    let cases = [
        ("nl", Some(Lang::Nl)),
        ("NL", Some(Lang::Nl)),
        ("nl-BE", Some(Lang::Nl)),
        ("en_GB", Some(Lang::En)),
        ("de", Some(Lang::De)),
        ("de-AT", Some(Lang::De)),
        ("DE_ch", Some(Lang::De)),
        (" en ", Some(Lang::En)),
        ("xx", None),
        ("", None),
        ("<script>", None),
    ];
    for (tag, expected) in cases {
        assert_eq!(Lang::from_tag(tag), expected, "{tag:?}");
    }
}

#[test]
fn dates_are_written_in_the_language() {
    use sis::core::i18n::format_date_time;
    assert_eq!(
        format_date_time(Lang::Nl, (2026, 11, 27, 9, 5)),
        "27 nov. 2026, 09:05"
    );
    assert_eq!(
        format_date_time(Lang::En, (2026, 3, 1, 23, 59)),
        "1 Mar 2026, 23:59"
    );
    assert_eq!(
        format_date_time(Lang::En, (2026, 99, 1, 0, 0)),
        "1 Dec 2026, 00:00"
    );
    assert_eq!(
        format_date_time(Lang::De, (2026, 3, 7, 8, 0)),
        "7. März 2026, 08:00"
    );
}

#[test]
fn the_start_language_follows_address_then_choice_then_browser() {
    use Lang::*;
    type Case = (Option<Lang>, Option<Lang>, &'static [&'static str], Lang);
    let cases: [Case; 8] = [
        (None, None, &[], Nl),
        (None, None, &["de-DE", "en"], De),
        (None, None, &["fr", "en-US", "de"], En),
        (None, None, &["fr", "es"], Nl),
        (None, Some(En), &["de"], En),
        (Some(De), Some(En), &["nl"], De),
        (Some(Nl), None, &["en"], Nl),
        (None, None, &["", "x-klingon", "DE"], De),
    ];
    for (address, stored, browser, expected) in cases {
        assert_eq!(
            start_lang(address, stored, browser.iter().copied()),
            expected,
            "{address:?} {stored:?} {browser:?}"
        );
    }
}
