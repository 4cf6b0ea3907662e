//! Scoring as the scan model defines it (its document is not part of this repository): table-driven cases on item scores,
//! the boundaries it names, and a golden file of raw answer sets that the
//! browser tests replay to check the result page against the core.

use serde_json::{json, Value};
use sis::core::model::{Dimension, Key, Level};
use sis::core::questionnaire::V1;
use sis::core::scan::answers::{Answer, Likert};
use sis::core::scan::scoring::{display_score, item_score, level_of, score, Extremes, ScanResult};

use super::support::{check_golden, raw_sheet, scored_sheet};

fn result_of(item_scores: &str) -> ScanResult {
    score(&V1, &scored_sheet(item_scores))
}

/// Checks the unrounded dimension scores (`None` for "not enough answers").
fn check_dimensions(item_scores: &str, expected: [Option<f64>; 5]) {
    let result = result_of(item_scores);
    let actual: Vec<Option<f64>> = result.dimensions.iter().map(|d| d.score).collect();
    assert_eq!(actual, expected, "dimension scores of {item_scores}");
}

#[test]
fn item_scores_follow_the_key() {
    let cases = [
        (Key::Positive, 1, 0.0),
        (Key::Positive, 3, 50.0),
        (Key::Positive, 5, 100.0),
        (Key::Reverse, 1, 100.0),
        (Key::Reverse, 4, 25.0),
        (Key::Reverse, 5, 0.0),
    ];
    for (key, value, expected) in cases {
        let answer = Answer::Scale(Likert::new(value).unwrap());
        assert_eq!(item_score(key, answer), Some(expected), "{key:?} {value}");
    }
    assert_eq!(item_score(Key::Positive, Answer::DontKnow), None);
    assert_eq!(item_score(Key::Reverse, Answer::DontKnow), None);
}

#[test]
fn levels_change_exactly_at_25_50_and_75() {
    let cases = [
        (0.0, Level::Traditional),
        (24.999, Level::Traditional),
        (25.0, Level::Moving),
        (49.999, Level::Moving),
        (50.0, Level::Renewing),
        (74.999, Level::Renewing),
        (75.0, Level::SociallyInnovative),
        (100.0, Level::SociallyInnovative),
    ];
    for (score, level) in cases {
        assert_eq!(level_of(score), level, "{score}");
    }
}

#[test]
fn display_rounds_half_up() {
    let cases = [
        (62.5, 63),
        (62.49, 62),
        (12.5, 13),
        (0.0, 0),
        (100.0, 100),
        (45.833, 46),
        // Floating-point noise below a true half still rounds up.
        (62.499_999_999_99, 63),
    ];
    for (score, shown) in cases {
        assert_eq!(display_score(score), shown, "{score}");
    }
}

#[test]
fn dimension_scores_need_four_of_six_items() {
    let p = "......";
    let cases: [(&str, [Option<f64>; 5]); 6] = [
        // Six answered, all at 100.
        ("444444 444444 444444 444444 444444", [Some(100.0); 5]),
        // Three of six answered: no score; four of six: a score.
        (
            &format!("444... 4444.. {p} 4ddd44 44d444"),
            [None, Some(100.0), None, None, Some(100.0)],
        ),
        // "Don't know" counts as no answer.
        (
            "dddddd dd4444 ddd444 d44444 444444",
            [None, Some(100.0), None, Some(100.0), Some(100.0)],
        ),
        // Exact boundaries 25, 50, 75.
        (
            "111111 222222 333333 000000 444444",
            [Some(25.0), Some(50.0), Some(75.0), Some(0.0), Some(100.0)],
        ),
        // Means of four, five and six items.
        (
            "2233.. 00002. 012342 1111dd 4440..",
            [Some(62.5), Some(10.0), Some(50.0), Some(25.0), Some(75.0)],
        ),
        ("dddddd dddddd dddddd dddddd dddddd", [None; 5]),
    ];
    for (sheet, expected) in cases {
        check_dimensions(sheet, expected);
    }
}

#[test]
fn index_counts_purpose_double_and_needs_all_five() {
    let result = result_of("111111 222222 333333 000000 444444");
    let index = result.index.expect("all five scored");
    assert!((index - 275.0 / 6.0).abs() < 1e-9);
    assert_eq!(display_score(index), 46);
    assert_eq!(result_of("111... 222222 333333 000000 444444").index, None);
}

#[test]
fn coherence_is_100_minus_twice_the_population_sd_of_four() {
    let cases: [(&str, Option<i64>); 4] = [
        // All four equal (purpose does not count).
        ("000000 222222 222222 222222 222222", Some(100)),
        // Two at 0, two at 100: sd 50, coherence 0.
        ("222222 000000 444444 000000 444444", Some(0)),
        // Scores 50, 75, 0, 100: sd 36.975..., coherence 26.05.
        ("111111 222222 333333 000000 444444", Some(26)),
        // Purpose missing does not matter; a missing team does.
        ("...... 222222 222222 22.... 222222", None),
    ];
    for (sheet, expected) in cases {
        assert_eq!(
            result_of(sheet).coherence.map(display_score),
            expected,
            "{sheet}"
        );
    }
}

#[test]
fn strongest_and_weakest_break_ties_by_model_order() {
    use Dimension::*;
    let cases = [
        (
            "111111 222222 333333 000000 444444",
            Extremes::Distinct {
                strongest: Individual,
                weakest: Team,
            },
        ),
        // Organisation and team tie for strongest; purpose and society for weakest.
        (
            "111111 111111 333333 333333 222222",
            Extremes::Distinct {
                strongest: Organisation,
                weakest: Purpose,
            },
        ),
        ("222222 222222 222222 222222 222222", Extremes::AllEqual),
        // Equal among the scored ones, the rest without a score.
        ("222222 ...... 222222 dddddd 222222", Extremes::AllEqual),
        ("222222 ...... ...... dddddd ......", Extremes::NotEnough),
        ("dddddd dddddd dddddd dddddd dddddd", Extremes::NotEnough),
    ];
    for (sheet, expected) in cases {
        assert_eq!(result_of(sheet).extremes, expected, "{sheet}");
    }
}

#[test]
fn themes_need_two_scored_items() {
    let all = result_of("444444 444444 444444 444444 444444");
    assert!(all.themes.iter().all(|t| t.score == Some(100.0)));
    let none = result_of("dddddd dddddd dddddd dddddd dddddd");
    assert!(none.themes.iter().all(|t| t.score.is_none()));
    // With one item answered, every theme has at most one scored item.
    let one = result_of("4..... ...... ...... ...... ......");
    assert!(one
        .themes
        .iter()
        .all(|t| t.score.is_none() && t.scored_items <= 1));
}

/// Named raw answer sets, as a respondent would press them.
const GOLDEN_SHEETS: [(&str, &str); 8] = [
    ("cycle", "12345 1 2345 12 345 123 45 1234 5 12345"),
    ("all-agree", "555555 555555 555555 555555 555555"),
    ("all-neutral", "333333 333333 333333 333333 333333"),
    ("all-dont-know", "000000 000000 000000 000000 000000"),
    ("nothing-answered", "...... ...... ...... ...... ......"),
    ("too-few-purpose", "55.... 444444 333333 222222 111111"),
    (
        "mixed",
        "4 5 3 2 4 0  3 3 4 . 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 . 0 4 5",
    ),
    ("reverse-heavy", "515151 151515 515151 151515 515151"),
];

fn shown(score: Option<f64>) -> Value {
    score.map_or(Value::Null, |s| json!(display_score(s)))
}

fn golden_entry(name: &str, answers: &str) -> Value {
    let result = score(&V1, &raw_sheet(answers));
    let dimensions: serde_json::Map<String, Value> = result
        .dimensions
        .iter()
        .map(|d| {
            let entry = json!({
                "score": shown(d.score),
                "level": d.level().map(|l| l.number()),
                "scored": d.scored_items,
            });
            (d.dimension.id().to_owned(), entry)
        })
        .collect();
    let themes: serde_json::Map<String, Value> = result
        .themes
        .iter()
        .map(|t| (t.theme.id().to_owned(), shown(t.score)))
        .collect();
    let (strongest, weakest) = match result.extremes {
        Extremes::Distinct { strongest, weakest } => (json!(strongest.id()), json!(weakest.id())),
        Extremes::AllEqual => (json!("all-equal"), json!("all-equal")),
        Extremes::NotEnough => (Value::Null, Value::Null),
    };
    json!({
        "name": name,
        "answers": answers.split_whitespace().collect::<String>(),
        "dimensions": dimensions,
        "index": shown(result.index),
        "coherence": shown(result.coherence),
        "strongest": strongest,
        "weakest": weakest,
        "themes": themes,
    })
}

#[test]
fn golden_results_of_questionnaire_v1() {
    let entries: Vec<Value> = GOLDEN_SHEETS
        .iter()
        .map(|(name, answers)| golden_entry(name, answers))
        .collect();
    let text = serde_json::to_string_pretty(&json!({ "questionnaire": 1, "cases": entries }))
        .expect("serializes")
        + "\n";
    check_golden("scoring-v1.json", &text);
}
