//! Every user-facing text exists in both languages, with the same placeholders.

use sis::core::advice::advice_text;
use sis::core::model::{Bilingual, Dimension, Lang, Level, Theme};
use sis::core::questionnaire::Questionnaire;
use sis::core::texts::{fill, placeholders, Text};

/// Texts that are rightly the same in both languages.
const SAME_IN_BOTH: [&str; 5] = ["Purpose", "Team", "Score", "{n}. {name}", "Index"];

fn check_bilingual(what: &str, text: Bilingual) {
    for (lang, value) in [(Lang::Nl, text.nl), (Lang::En, text.en)] {
        assert!(!value.trim().is_empty(), "{what} is empty in {lang:?}");
        assert_eq!(value.trim(), value, "{what} has stray spaces in {lang:?}");
    }
    if text.nl == text.en {
        assert!(
            SAME_IN_BOTH.contains(&text.nl),
            "{what} is untranslated: {:?}",
            text.nl
        );
    }
    assert_eq!(
        placeholders(text.nl),
        placeholders(text.en),
        "{what} placeholders differ"
    );
}

#[test]
fn every_ui_text_is_in_both_languages() {
    for text in Text::ALL {
        check_bilingual(&format!("{text:?}"), text.bilingual());
    }
}

#[test]
fn every_model_text_is_in_both_languages() {
    for dimension in Dimension::ALL {
        check_bilingual(&format!("{dimension:?} label"), dimension.label());
        check_bilingual(
            &format!("{dimension:?} short label"),
            dimension.short_label(),
        );
        for level in Level::ALL {
            check_bilingual(
                &format!("{dimension:?} {level:?} advice"),
                advice_text(dimension, level),
            );
        }
    }
    for theme in Theme::ALL {
        check_bilingual(&format!("{theme:?}"), theme.label());
    }
    for level in Level::ALL {
        check_bilingual(&format!("{level:?}"), level.label());
    }
    for item in Questionnaire::current().items {
        check_bilingual(item.id, item.text);
    }
}

#[test]
fn advice_is_two_or_three_sentences() {
    for dimension in Dimension::ALL {
        for level in Level::ALL {
            for lang in Lang::ALL {
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
    use sis::core::texts::format_date_time;
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
}
