//! Helpers shared by the core tests: compact answer-sheet notations and golden files.

use std::path::PathBuf;

use proptest::prelude::*;
use sis::core::links::share::{LinkError, SharedResult};
use sis::core::model::{Key, Role};
use sis::core::questionnaire::V1;
use sis::core::scan::answers::{Answer, AnswerSheet, Likert};
use sis::core::team::Member;

/// The items of version 1, the questionnaire every notation and golden file
/// here is written for (checked against the data in `questionnaire.rs`).
pub const ITEMS: usize = 30;

/// One of every kind of result-link error, for tests that go over them all.
pub fn every_link_error() -> [LinkError; 8] {
    [
        LinkError::Empty,
        LinkError::NotAResultLink,
        LinkError::Incomplete,
        LinkError::TooLong,
        LinkError::InvalidCharacter,
        LinkError::Damaged,
        LinkError::NewerVersion,
        LinkError::UnknownQuestionnaire(7),
    ]
}

/// Path of a file in `tests/data`.
pub fn data_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// Compares `actual` with the golden file `name`, or rewrites the file when
/// `UPDATE_GOLDEN` is set.
pub fn check_golden(name: &str, actual: &str) {
    let path = data_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("golden file is writable");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("golden file {name} is missing; run with UPDATE_GOLDEN=1"));
    assert_eq!(
        expected, actual,
        "golden file {name} differs; if the change is intended, run with UPDATE_GOLDEN=1 and review the diff"
    );
}

fn notation_chars(notation: &str) -> Vec<char> {
    let chars: Vec<char> = notation.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(
        chars.len(),
        ITEMS,
        "a sheet notation has 30 symbols: {notation}"
    );
    chars
}

/// A sheet from raw answers as a respondent presses them, one symbol per item:
/// `1`-`5` a scale point, `0` "don't know", `.` no answer. Spaces are ignored.
pub fn raw_sheet(notation: &str) -> AnswerSheet {
    let mut sheet = AnswerSheet::empty(&V1);
    for (index, symbol) in notation_chars(notation).into_iter().enumerate() {
        let answer = match symbol {
            '.' => None,
            '0' => Some(Answer::DontKnow),
            digit => Some(Answer::Scale(
                Likert::new(digit.to_digit(10).expect("digit") as u8).expect("1-5"),
            )),
        };
        sheet.set(index, answer);
    }
    sheet
}

/// A sheet from the item scores wanted, whatever each item's key: `0`-`4`
/// give 0, 25, 50, 75 or 100; `d` "don't know"; `.` no answer.
pub fn scored_sheet(notation: &str) -> AnswerSheet {
    let questionnaire = V1;
    let mut sheet = AnswerSheet::empty(&V1);
    for (index, symbol) in notation_chars(notation).into_iter().enumerate() {
        let answer = match symbol {
            '.' => None,
            'd' => Some(Answer::DontKnow),
            digit => {
                let steps = digit.to_digit(10).expect("digit 0-4") as u8;
                let value = match questionnaire.items[index].key {
                    Key::Positive => steps + 1,
                    Key::Reverse => 5 - steps,
                };
                Some(Answer::Scale(Likert::new(value).expect("1-5")))
            }
        };
        sheet.set(index, answer);
    }
    sheet
}

/// Every role, and no role.
pub fn roles() -> [Option<sis::core::model::Role>; 6] {
    use sis::core::model::Role;
    [
        None,
        Some(Role::Employee),
        Some(Role::Manager),
        Some(Role::Director),
        Some(Role::Other),
        Some(Role::RatherNotSay),
    ]
}

// Generated values shared by the property tests of the JSON codec
// (`json.rs`, `json_formats.rs`).

/// Any answer sheet of version 1: each item 1-5, "don't know" or no answer.
pub fn any_sheet() -> impl Strategy<Value = AnswerSheet> {
    prop::collection::vec(0u8..7, ITEMS).prop_map(|values| {
        let mut sheet = AnswerSheet::empty(&V1);
        for (index, value) in values.into_iter().enumerate() {
            let answer = match value {
                0 => Some(Answer::DontKnow),
                6 => None,
                scale => Likert::new(scale).map(Answer::Scale),
            };
            sheet.set(index, answer);
        }
        sheet
    })
}

/// Any role, or none.
pub fn any_role() -> impl Strategy<Value = Option<Role>> {
    prop::option::of(prop::sample::select(Role::ALL.to_vec()))
}

/// Any result of version 1: an answer sheet and a role.
pub fn any_result() -> impl Strategy<Value = SharedResult> {
    (any_sheet(), any_role()).prop_map(|(answers, role)| SharedResult {
        questionnaire: V1,
        role,
        answers,
    })
}

/// Tokens that are no JSON at all: a text holding one as a value is
/// corrupt (the property tests of `json.rs` and `json_formats.rs`).
pub const BROKEN_JSON: &[&str] = &[
    "01",
    "-",
    "1.",
    "1e",
    "nul",
    "tru",
    "\"\\u+041\"",
    "\"\\x\"",
    "\"\u{1}\"",
    "\"unterminated",
];

/// A member of a team with random answers, often sparse, and a random
/// role or none (the property tests of the privacy rule and the workshop).
pub fn any_member() -> impl Strategy<Value = Member> {
    let state = prop_oneof![3 => Just(0u8), 7 => 1u8..6, 1 => Just(6u8)];
    let role = any_role();
    (prop::collection::vec(state, ITEMS), role).prop_map(|(states, role)| {
        let mut answers = AnswerSheet::empty(&V1);
        for (index, state) in states.into_iter().enumerate() {
            let answer = match state {
                6 => Some(Answer::DontKnow),
                value => Likert::new(value).map(Answer::Scale),
            };
            answers.set(index, answer);
        }
        Member {
            questionnaire: V1,
            answers,
            role,
        }
    })
}
