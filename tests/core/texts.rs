//! Every user-facing text exists in every language, with the placeholders of
//! the Dutch original; the language rules (tags, start language, dates).

use sis::core::i18n::{fill, placeholders, start_lang, Lang, Statement, Text};
use sis::core::model::{Dimension, Level, Role, Theme};
use sis::core::questionnaire::V1;
use sis::core::scan::advice::advice_text;

/// Texts that are rightly the same in a translation as in Dutch.
const SAME_AS_DUTCH: [&str; 12] = [
    "Purpose",
    "Teamlink",
    "{date} (n={n})",
    "Team",
    "Score",
    "{n}. {name}",
    "Index",
    "Thema",
    "Datum",
    "{day} {month} {year}, {time}",
    "{day} {month} {year}",
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
    for item in V1.items {
        check_translated(item.id, |lang| item.text.get(lang));
    }
}

#[test]
fn each_item_shows_its_own_statement() {
    for (index, item) in V1.items.iter().enumerate() {
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

/// Each text filled with a count, and what it must say for 1 and for 2 in
/// every language: (text, the count's placeholder, [(language, for one, for
/// two)]).
type CountCase = (Text, &'static str, [(Lang, &'static str, &'static str); 3]);

#[test]
fn counted_texts_agree_with_their_count() {
    use Lang::*;
    let cases: [CountCase; 9] = [
        (
            Text::ReviewDontKnow,
            "count",
            [
                (Nl, "Eén keer koos je", "2 keer koos je"),
                (En, "Once you chose", "2 times you chose"),
                (De, "Einmal hast du", "2-mal hast du"),
            ],
        ),
        (
            Text::SessionCollecting,
            "n",
            [
                (Nl, "1 antwoord,", "2 antwoorden,"),
                (En, "1 reply,", "2 replies,"),
                (De, "1 Antwort,", "2 Antworten,"),
            ],
        ),
        (
            Text::OpenProfileNeedMore,
            "n",
            [
                (Nl, "Nog 1 antwoord nodig", "Nog 2 antwoorden nodig"),
                (En, "1 more reply needed", "2 more replies needed"),
                (De, "fehlt noch 1 Antwort,", "fehlen noch 2 Antworten,"),
            ],
        ),
        (
            Text::SealedRepliesHere,
            "n",
            [
                (
                    Nl,
                    "1 verzegeld teamantwoord: dat",
                    "2 verzegelde teamantwoorden: die",
                ),
                (En, "1 sealed team reply: it", "2 sealed team replies: they"),
                (
                    De,
                    "1 versiegelte Teamantwort: Sie gehört",
                    "2 versiegelte Teamantworten: Sie gehören",
                ),
            ],
        ),
        (
            Text::FoundSummary,
            "n",
            [
                (Nl, "1 resultaat gevonden", "2 resultaten gevonden"),
                (En, "1 result found", "2 results found"),
                (De, "1 Ergebnis gefunden", "2 Ergebnisse gefunden"),
            ],
        ),
        (
            Text::UnreadableMore,
            "n",
            [
                (Nl, "nog 1 regel met", "nog 2 regels met"),
                (En, "1 more line with", "2 more lines with"),
                (De, "1 weitere Zeile mit", "2 weitere Zeilen mit"),
            ],
        ),
        (
            Text::OtherVersions,
            "n",
            [
                (Nl, "1 resultaat is gemaakt", "2 resultaten zijn gemaakt"),
                (En, "1 result was made", "2 results were made"),
                (De, "1 Ergebnis stammt", "2 Ergebnisse stammen"),
            ],
        ),
        (
            Text::RoundsCount,
            "n",
            [
                (Nl, "1 ronde bewaard", "2 rondes bewaard"),
                (En, "1 round kept", "2 rounds kept"),
                (De, "1 Runde aufgehoben", "2 Runden aufgehoben"),
            ],
        ),
        (
            Text::RoundsNoteNoRoles,
            "n",
            [
                (
                    Nl,
                    "1 ronde komt uit een teamlink",
                    "2 rondes komen uit een teamlink",
                ),
                (
                    En,
                    "1 round comes from a team link",
                    "2 rounds come from a team link",
                ),
                (
                    De,
                    "1 Runde stammt aus einem Teamlink",
                    "2 Runden stammen aus einem Teamlink",
                ),
            ],
        ),
    ];
    for (text, name, languages) in cases {
        for (lang, one, two) in languages {
            for (count, expected) in [(1, one), (2, two)] {
                let filled = fill(
                    text.for_count(count).get(lang),
                    &[
                        (name, &count.to_string()),
                        ("date", "1 nov. 2026"),
                        ("duplicates", "0"),
                    ],
                );
                assert!(
                    filled.contains(expected),
                    "{text:?} with {count} in {lang:?}: {filled:?} lacks {expected:?}"
                );
            }
        }
    }
    // The table covers every text that has a form for one.
    assert_eq!(cases.len(), Text::COUNTED.len());
    for (other, _) in Text::COUNTED {
        assert!(cases.iter().any(|(text, ..)| text == other), "{other:?}");
    }
}

/// Texts filled with a count whose words do not depend on it, and why.
const COUNT_WITHOUT_FORMS: [Text; 28] = [
    // A position, not an amount ("Statement 1 of 30").
    Text::QuestionProgress,
    Text::DimensionProgress,
    Text::ReviewGoToItem,
    Text::AnsweredOf,
    Text::LevelWithNumber,
    Text::WorkshopScreenOf,
    // Opened only from the minimum group size on, which is at least 3.
    Text::SessionOpened,
    Text::SessionClosedNote,
    // The count stands after a colon or in brackets, as a figure.
    Text::RepliesCounted,
    Text::RepliesReady,
    Text::RepliesDuplicates,
    Text::RepliesReplaced,
    Text::ReplyDamaged,
    Text::ReplyNewer,
    Text::ReplyOtherSession,
    Text::ReplyOtherKey,
    Text::ReplyInvalid,
    Text::ReplyResultLinks,
    Text::TeamTooSmall,
    Text::GroupTooSmallShort,
    Text::GroupWithheldShort,
    Text::RoundOption,
    Text::ScanReadCount,
    Text::ScanCounted,
    Text::ScanReplaced,
    // A kept round has at least the minimum group size, which is at least
    // 3, and a trend is shown from three rounds on.
    Text::RoundParticipants,
    Text::RoundMinGroup,
    Text::RoundsTrendTitle,
];

#[test]
fn every_text_with_a_count_is_counted_or_said_not_to_need_it() {
    for &text in Text::ALL {
        let counts = placeholders(text.get(Lang::Nl))
            .iter()
            .any(|name| ["n", "count"].contains(name));
        let counted = Text::COUNTED
            .iter()
            .any(|&(other, one)| text == other || text == one);
        if counts {
            assert!(
                counted || COUNT_WITHOUT_FORMS.contains(&text),
                "{text:?} is filled with a count: give it a form for one (Text::COUNTED) or list it in COUNT_WITHOUT_FORMS"
            );
        }
        if COUNT_WITHOUT_FORMS.contains(&text) {
            assert!(!counted && counts, "{text:?}");
        }
    }
    for &(other, one) in Text::COUNTED {
        assert_eq!(other.for_count(1), one);
        assert_eq!(other.for_count(0), other);
        assert_eq!(other.for_count(2), other);
        assert_eq!(one.for_count(1), one);
    }
}

/// "Delete my data" deletes every key the app stores
/// (`storage::privacy::STORAGE_KEYS`): its confirmation names each kind of
/// data, in every language. A new key without a word here fails the test.
#[test]
fn the_delete_confirmation_names_everything_it_deletes() {
    use sis::core::storage::privacy::STORAGE_KEYS;
    // For each stored key, the words the confirmation must hold, in nl, en, de.
    let named: [(&str, [&str; 3]); 7] = [
        (
            "sis:progress",
            ["je antwoorden", "your answers", "deine Antworten"],
        ),
        (
            "sis:settings",
            ["je taalkeuze", "your language choice", "deine Sprachwahl"],
        ),
        (
            "sis:history",
            ["je resultaten", "your results", "deine Ergebnisse"],
        ),
        (
            "sis:plans",
            ["actieplannen", "action plans", "Aktionspläne"],
        ),
        (
            "sis:team-sessions",
            [
                "je eigen teamsessies",
                "team sessions they created",
                "die eigenen Teamsessions",
            ],
        ),
        (
            "sis:team-replies",
            [
                "waarvoor je bent uitgenodigd",
                "you were invited to",
                "zu denen du eingeladen wurdest",
            ],
        ),
        (
            "sis:team-rounds",
            ["teamrondes", "team rounds", "Teamrunden"],
        ),
    ];
    assert_eq!(
        STORAGE_KEYS.map(|(key, _)| key).to_vec(),
        named.map(|(key, _)| key).to_vec(),
        "every stored key has its words here"
    );
    for (key, words) in named {
        for (lang, word) in [Lang::Nl, Lang::En, Lang::De].into_iter().zip(words) {
            assert!(
                Text::DeleteConfirm.get(lang).contains(word),
                "{key} in {lang:?}: {word}"
            );
        }
    }
}
