//! Comparing two results and trends over several.

use sis::core::model::Dimension;
use sis::core::questionnaire::V1;
use sis::core::scan::compare::{compare, sparkline, trend, Direction};
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
