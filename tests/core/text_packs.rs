//! The text packs (`core::i18n::pack`): each holds its language's every
//! string at the position the app reads it from, but for the texts only the
//! team app shows, which are exactly those that only the facilitator's files
//! name; and a text that is not a pack of this build is refused as a whole.

use sis::core::i18n::pack::{self, at, PackError, FORMAT, SEPARATOR};
use sis::core::i18n::{format_day, ActionText, Advice, Lang, Statement, Text};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

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
        for &key in Text::ALL {
            // The texts only the team app shows are empty in a pack.
            let expected = if pack::TEAM_APP_ONLY.contains(&key) {
                ""
            } else {
                key.get(lang)
            };
            assert_eq!(
                strings[at::TEXTS + key as usize],
                expected,
                "{key:?} in {lang:?}"
            );
        }
        assert_eq!(
            strings[at::STATEMENTS_V1..],
            lang.strings()[at::STATEMENTS_V1..],
            "{lang:?}"
        );
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

/// The files only the team app uses: the facilitator's pages
/// (`ui::team_page`), every file of `src/ui/team/` but a member's pages
/// (`member.rs`) and the stored team lists every app keeps (`store.rs`,
/// `mod.rs`), and the core's findings that only those pages show (the
/// workshop's screens and the perception gap).
const TEAM_APP_FILES: &[&str] = &[
    "ui/team/profile.rs",
    "ui/team/rounds.rs",
    "ui/team/scanner.rs",
    "ui/team/session.rs",
    "ui/team/setup.rs",
    "ui/team/view.rs",
    "ui/team/workshop.rs",
    "core/team/gap.rs",
    "core/team/workshop.rs",
];

/// The language files, which name every key, and the file of the list
/// itself.
const LANGUAGE_FILES: &[&str] = &[
    "core/i18n/de.rs",
    "core/i18n/en.rs",
    "core/i18n/keys.rs",
    "core/i18n/nl.rs",
    "core/i18n/pack.rs",
];

/// Every `.rs` file below `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
    files
}

/// Every word (letters and digits) of `text`.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `text` without the table of counted texts (`Text::COUNTED`), which
/// names every counted text and its form for one: a pair is the team app's
/// when the counted text is (below).
fn without_counted_table(text: &str) -> String {
    match text.split_once("pub const COUNTED") {
        Some((before, after)) => {
            let rest = after.split_once("];").map_or("", |(_, rest)| rest);
            format!("{before}{rest}")
        }
        None => text.to_owned(),
    }
}

#[test]
fn the_texts_left_out_of_the_packs_are_exactly_those_only_the_team_apps_files_name() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let (mut inside, mut outside) = (BTreeSet::new(), BTreeSet::new());
    for path in rust_files(&src) {
        let relative = path
            .strip_prefix(&src)
            .expect("below src")
            .to_string_lossy()
            .replace('\\', "/");
        if LANGUAGE_FILES.contains(&relative.as_str()) {
            continue;
        }
        let text = without_counted_table(&std::fs::read_to_string(&path).expect("a source file"));
        if TEAM_APP_FILES.contains(&relative.as_str()) {
            inside.extend(words(&text));
        } else {
            outside.extend(words(&text));
        }
    }
    // A key any other file names (a page of the app, the core, the browser
    // edge) stays in the packs, whether it names it as `Text::Key` or not.
    let only_team = |key: &Text| {
        let name = format!("{key:?}");
        inside.contains(&name) && !outside.contains(&name)
    };
    // A counted text's form for one goes with it: only `for_count` of the
    // counted text names it.
    let found: Vec<Text> = Text::ALL
        .iter()
        .copied()
        .filter(|key| {
            only_team(key)
                || Text::COUNTED
                    .iter()
                    .any(|(counted, one)| one == key && only_team(counted))
        })
        .collect();
    assert_eq!(
        pack::TEAM_APP_ONLY,
        found.as_slice(),
        "TEAM_APP_ONLY must be exactly the texts only the team app's files name"
    );
    // Every team app file is still there (a renamed one would leave its
    // texts counted as the app's, which is safe, but the list stale).
    for name in TEAM_APP_FILES {
        assert!(src.join(name).is_file(), "{name}");
    }
}
