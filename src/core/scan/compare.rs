//! Comparing results: per-dimension differences between two results, and the
//! trend of each dimension over several results.

use crate::core::model::Dimension;
use crate::core::scan::scoring::{display_score, ScanResult};

/// Which way a dimension moved from the first result to the second, judged
/// on the scores as shown (so "up" always means a visibly higher number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The second score is higher.
    Up,
    /// The second score is lower.
    Down,
    /// Both show the same number.
    Same,
    /// One of the two has no score.
    Unknown,
}

/// The difference in one dimension between two results.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DimensionDelta {
    /// The dimension.
    pub dimension: Dimension,
    /// The shown score in the first result.
    pub first: Option<i64>,
    /// The shown score in the second result.
    pub second: Option<i64>,
    /// `second - first` of the shown scores.
    pub delta: Option<i64>,
    /// Which way it moved.
    pub direction: Direction,
}

/// The per-dimension differences from `first` to `second`, for every
/// dimension either of them measures, in model order (a dimension only one
/// of them measures has no difference).
pub fn compare(first: &ScanResult, second: &ScanResult) -> Vec<DimensionDelta> {
    let measured =
        |dimension| first.dimension(dimension).is_some() || second.dimension(dimension).is_some();
    Dimension::ALL
        .into_iter()
        .filter(|&d| measured(d))
        .map(|dimension| {
            let a = shown_score(first, dimension);
            let b = shown_score(second, dimension);
            let delta = a.zip(b).map(|(a, b)| b - a);
            let direction = match delta {
                None => Direction::Unknown,
                Some(0) => Direction::Same,
                Some(d) if d > 0 => Direction::Up,
                Some(_) => Direction::Down,
            };
            DimensionDelta {
                dimension,
                first: a,
                second: b,
                delta,
                direction,
            }
        })
        .collect()
}

/// The shown scores of one dimension over a series of results, oldest first.
pub fn trend(results: &[ScanResult], dimension: Dimension) -> Vec<Option<i64>> {
    results
        .iter()
        .map(|result| shown_score(result, dimension))
        .collect()
}

/// The score of a dimension as shown, `None` without one.
fn shown_score(result: &ScanResult, dimension: Dimension) -> Option<i64> {
    result
        .dimension(dimension)
        .and_then(|d| d.score)
        .map(display_score)
}

/// The points of a small line chart (sparkline) of a trend, in a box of
/// `width` by `height`: x spread evenly, y from 100 at the top to 0 at the
/// bottom; results without a score leave a gap.
pub fn sparkline(values: &[Option<i64>], width: f64, height: f64) -> Vec<Option<(f64, f64)>> {
    let steps = values.len().saturating_sub(1).max(1) as f64;
    values
        .iter()
        .enumerate()
        .map(|(index, value)| {
            value.map(|v| {
                let x = width * index as f64 / steps;
                let y = height * (1.0 - v.clamp(0, 100) as f64 / 100.0);
                (x, y)
            })
        })
        .collect()
}

/// The names of two compared results in the legend and the table's
/// columns, told apart: two scans finished in the same minute (or two
/// pasted links) would otherwise carry the same name, so equal names get
/// their place, "(1)" and "(2)", as the legend lists them.
pub fn distinct_names(first: String, second: String) -> (String, String) {
    if first == second {
        (format!("{first} (1)"), format!("{second} (2)"))
    } else {
        (first, second)
    }
}
