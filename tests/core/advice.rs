//! Advice selection: the weakest dimension first, purpose as the motor.

use sis::core::model::{Dimension, Level};
use sis::core::questionnaire::V1;
use sis::core::scan::advice::plan;
use sis::core::scan::scoring::score;

use super::support::scored_sheet;

fn first_step(item_scores: &str) -> Option<(Dimension, Level, bool)> {
    let result = score(&V1, &scored_sheet(item_scores));
    plan(&result).next_step.map(|step| {
        (
            step.advice.dimension,
            step.advice.level,
            step.purpose_note.is_some(),
        )
    })
}

#[test]
fn next_step_is_the_weakest_dimension() {
    use Dimension::*;
    use Level::*;
    let cases = [
        (
            "333333 222222 444444 000000 111111",
            Some((Team, Traditional, false)),
        ),
        (
            "000000 222222 444444 111111 111111",
            Some((Purpose, Traditional, true)),
        ),
        // All equal: start with purpose, the motor.
        (
            "222222 222222 222222 222222 222222",
            Some((Purpose, Renewing, true)),
        ),
        // Purpose without a score: the first scored dimension when equal.
        (
            "...... 444444 444444 444444 444444",
            Some((Society, SociallyInnovative, false)),
        ),
        ("dddddd dddddd dddddd dddddd dddddd", None),
    ];
    for (sheet, expected) in cases {
        assert_eq!(first_step(sheet), expected, "{sheet}");
    }
}

#[test]
fn every_scored_dimension_gets_advice_for_its_level() {
    let result = score(&V1, &scored_sheet("111111 ...... 333333 000000 444444"));
    let advice = plan(&result).per_dimension;
    let got: Vec<_> = advice.iter().map(|a| (a.dimension, a.level)).collect();
    assert_eq!(
        got,
        vec![
            (Dimension::Purpose, Level::Moving),
            (Dimension::Organisation, Level::SociallyInnovative),
            (Dimension::Team, Level::Traditional),
            (Dimension::Individual, Level::SociallyInnovative),
        ]
    );
}
