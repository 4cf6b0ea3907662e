//! Chart data: the geometry of the radar chart, as plain numbers.
//!
//! The SVG drawing (with plotters) lives outside the core in `chart_svg.rs`;
//! this module decides where everything goes, so it can be golden-tested
//! without depending on how a backend renders text.

use crate::core::model::Dimension;
use crate::core::scan::scoring::ScanResult;

/// A point in chart pixels, origin top left.
pub type Point = (f64, f64);

/// Where an axis label sits relative to its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the point.
    Start,
    /// The text is centred on the point.
    Middle,
    /// The text ends at the point.
    End,
}

/// One axis of the radar: a dimension, its spoke and its label position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    /// The dimension of the axis.
    pub dimension: Dimension,
    /// The end of the spoke, at score 100.
    pub tip: Point,
    /// Where the label goes.
    pub label_at: Point,
    /// How the label aligns at that point.
    pub anchor: Anchor,
}

/// One series of scores drawn on the radar.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// One point per axis, in the axes' order; `None` where there is no score.
    pub points: Vec<Option<Point>>,
}

impl Series {
    /// Whether every dimension has a point, so the series is a closed polygon.
    pub fn is_complete(&self) -> bool {
        self.points.iter().all(Option::is_some)
    }

    /// The line segments between neighbouring dimensions that both have a point.
    pub fn segments(&self) -> Vec<(Point, Point)> {
        let count = self.points.len();
        (0..count)
            .filter_map(|i| Some((self.points[i]?, self.points[(i + 1) % count]?)))
            .collect()
    }
}

/// The full geometry of a radar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    /// Width of the chart in pixels; wider than high, for the side labels.
    pub width: f64,
    /// Height of the chart in pixels.
    pub height: f64,
    /// The centre of the chart.
    pub center: Point,
    /// The radius at score 100.
    pub radius: f64,
    /// The grid rings at the level boundaries 25, 50, 75 and 100, each a
    /// polygon with a corner on every axis (a pentagon for five dimensions).
    pub rings: Vec<(f64, Vec<Point>)>,
    /// One axis per dimension, clockwise from the top.
    pub axes: Vec<Axis>,
    /// The series to draw, first one on the bottom.
    pub series: Vec<Series>,
}

/// The scores at which grid rings are drawn: the level boundaries.
pub const RING_SCORES: [f64; 4] = [25.0, 50.0, 75.0, 100.0];

/// The unit vectors of the axes of a radar with 1 to 5 axes (a version
/// measures some of the model's five dimensions), in screen coordinates (y
/// down): the first points straight up, the rest follow clockwise at equal
/// angles. They are constants, cos and sin of the angles, so that the wasm
/// carries no trigonometry: `sin` and `cos` cost the full app 2.3 KiB brotli
/// (`tests/bench/wasm-crates.mjs --sum compiler_builtins`).
/// `tests/core/chart.rs` checks every one against `sin` and `cos`.
pub const AXIS_DIRECTIONS: [&[Point]; 6] = [
    &[],
    &[(0.0, -1.0)],
    &[(0.0, -1.0), (0.0, 1.0)],
    &[
        (0.0, -1.0),
        (0.866_025_403_784_438_6, 0.5),
        (-0.866_025_403_784_438_6, 0.5),
    ],
    &[(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)],
    &[
        (0.0, -1.0),
        (0.951_056_516_295_153_5, -0.309_016_994_374_947_4),
        (0.587_785_252_292_473_1, 0.809_016_994_374_947_5),
        (-0.587_785_252_292_473_1, 0.809_016_994_374_947_5),
        (-0.951_056_516_295_153_5, -0.309_016_994_374_947_4),
    ],
];

/// The unit vector of axis `index` of `count` (see [`AXIS_DIRECTIONS`]);
/// straight up for a count no version can have.
pub fn axis_direction(index: usize, count: usize) -> Point {
    AXIS_DIRECTIONS
        .get(count)
        .and_then(|directions| directions.get(index))
        .copied()
        .unwrap_or((0.0, -1.0))
}

fn polar(center: Point, radius: f64, direction: Point) -> Point {
    (
        center.0 + radius * direction.0,
        center.1 + radius * direction.1,
    )
}

/// Lays out a radar chart of results: one axis per dimension of the first
/// result's questionnaire, one series per result.
pub fn results_radar(width: f64, height: f64, results: &[&ScanResult]) -> Radar {
    let dimensions: Vec<Dimension> = results
        .first()
        .map(|result| result.dimensions.iter().map(|d| d.dimension).collect())
        .unwrap_or_default();
    let series: Vec<Vec<Option<f64>>> = results
        .iter()
        .map(|result| {
            dimensions
                .iter()
                .map(|&dimension| result.dimension(dimension).and_then(|d| d.score))
                .collect()
        })
        .collect();
    radar(width, height, &dimensions, &series)
}

/// Lays out a radar chart of `width` by `height` pixels with one axis per
/// dimension, for series of scores (0-100), each one score per dimension
/// in the same order.
pub fn radar(
    width: f64,
    height: f64,
    dimensions: &[Dimension],
    scores: &[Vec<Option<f64>>],
) -> Radar {
    let center = (width / 2.0, height / 2.0 + height * 0.03);
    // Leave room around the polygon for the axis labels.
    let radius = width.min(height) * 0.34;
    let label_gap = width.min(height) * 0.05;
    let directions: Vec<Point> = (0..dimensions.len())
        .map(|index| axis_direction(index, dimensions.len()))
        .collect();
    let rings = RING_SCORES
        .iter()
        .map(|&score| {
            let ring = directions
                .iter()
                .map(|&direction| polar(center, radius * score / 100.0, direction))
                .collect();
            (score, ring)
        })
        .collect();
    let axes = dimensions
        .iter()
        .zip(&directions)
        .map(|(&dimension, &direction)| {
            let tip = polar(center, radius, direction);
            let label_at = polar(center, radius + label_gap, direction);
            let anchor = if (label_at.0 - center.0).abs() < 1.0 {
                Anchor::Middle
            } else if label_at.0 > center.0 {
                Anchor::Start
            } else {
                Anchor::End
            };
            Axis {
                dimension,
                tip,
                label_at,
                anchor,
            }
        })
        .collect();
    let series = scores
        .iter()
        .map(|scores| Series {
            points: directions
                .iter()
                .enumerate()
                .map(|(index, &direction)| {
                    scores.get(index).copied().flatten().map(|score| {
                        polar(center, radius * score.clamp(0.0, 100.0) / 100.0, direction)
                    })
                })
                .collect(),
        })
        .collect();
    Radar {
        width,
        height,
        center,
        radius,
        rings,
        axes,
        series,
    }
}
