//! Comparing two results and trends over several.

use sis::core::model::Dimension;
use sis::core::questionnaire::V1;
use sis::core::scan::compare::{compare, distinct_names, sparkline, trend, Direction};
use sis::core::scan::scoring::score;

use super::support::scored_sheet;

#[test]
fn differences_have_a_direction() {
    let q = V1;
    let first = score(&q, &scored_sheet("222222 222222 222222 222222 ......"));
    let second = score(&q, &scored_sheet("333333 111111 222222 ...... 222222"));
    let deltas = compare(&first, &second);
    let got: Vec<_> = deltas
        .iter()
        .map(|d| (d.dimension, d.delta, d.direction))
        .collect();
    assert_eq!(
        got,
        vec![
            (Dimension::Purpose, Some(25), Direction::Up),
            (Dimension::Society, Some(-25), Direction::Down),
            (Dimension::Organisation, Some(0), Direction::Same),
            (Dimension::Team, None, Direction::Unknown),
            (Dimension::Individual, None, Direction::Unknown),
        ]
    );
}

#[test]
fn trends_and_sparklines() {
    let q = V1;
    let results: Vec<_> = ["000000", "222222", "dddddd", "444444"]
        .iter()
        .map(|purpose| {
            score(
                &q,
                &scored_sheet(&format!("{purpose} ...... ...... ...... ......")),
            )
        })
        .collect();
    let values = trend(&results, Dimension::Purpose);
    assert_eq!(values, vec![Some(0), Some(50), None, Some(100)]);
    let points = sparkline(&values, 90.0, 30.0);
    assert_eq!(
        points,
        vec![
            Some((0.0, 30.0)),
            Some((30.0, 15.0)),
            None,
            Some((90.0, 0.0))
        ]
    );
    assert_eq!(sparkline(&[Some(50)], 90.0, 30.0), vec![Some((0.0, 15.0))]);
}

#[test]
fn compared_results_have_distinct_names() {
    let cases = [
        // Two scans finished in the same minute: told apart by their place.
        (
            ("27 nov. 2026, 09:05", "27 nov. 2026, 09:05"),
            ("27 nov. 2026, 09:05 (1)", "27 nov. 2026, 09:05 (2)"),
        ),
        // Different names stay as they are.
        (
            ("27 nov. 2026, 09:05", "27 nov. 2026, 09:06"),
            ("27 nov. 2026, 09:05", "27 nov. 2026, 09:06"),
        ),
        (
            ("27 Nov 2026, 09:05", "Pasted link"),
            ("27 Nov 2026, 09:05", "Pasted link"),
        ),
    ];
    for ((first, second), (want_first, want_second)) in cases {
        let got = distinct_names(first.to_owned(), second.to_owned());
        assert_eq!(
            got,
            (want_first.to_owned(), want_second.to_owned()),
            "{first} / {second}"
        );
    }
}
