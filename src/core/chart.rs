//! Chart data: the geometry of the radar chart, as plain numbers.
//!
//! The SVG drawing (with plotters) lives outside the core in `chart_svg.rs`;
//! this module decides where everything goes, so it can be golden-tested
//! without depending on how a backend renders text.

use super::model::Dimension;

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
    /// One point per dimension in model order; `None` where there is no score.
    pub points: [Option<Point>; 5],
}

impl Series {
    /// Whether every dimension has a point, so the series is a closed polygon.
    pub fn is_complete(&self) -> bool {
        self.points.iter().all(Option::is_some)
    }

    /// The line segments between neighbouring dimensions that both have a point.
    pub fn segments(&self) -> Vec<(Point, Point)> {
        (0..5)
            .filter_map(|i| Some((self.points[i]?, self.points[(i + 1) % 5]?)))
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
    /// The grid rings at the level boundaries 25, 50, 75 and 100, each a pentagon.
    pub rings: Vec<(f64, [Point; 5])>,
    /// The five axes.
    pub axes: [Axis; 5],
    /// The series to draw, first one on the bottom.
    pub series: Vec<Series>,
}

/// The scores at which grid rings are drawn: the level boundaries.
pub const RING_SCORES: [f64; 4] = [25.0, 50.0, 75.0, 100.0];

/// Unit vectors of the five axes, in screen coordinates (y down): the first
/// points straight up, the rest follow clockwise at 72 degree steps. They are
/// constants (cos and sin of -90, -18, 54, 126 and 198 degrees) so the wasm
/// needs no trigonometry code; a test checks them against `cos`/`sin`.
pub const AXIS_DIRECTIONS: [Point; 5] = [
    (0.0, -1.0),
    (0.951_056_516_295_153_5, -0.309_016_994_374_947_4),
    (0.587_785_252_292_473_1, 0.809_016_994_374_947_5),
    (-0.587_785_252_292_473_1, 0.809_016_994_374_947_5),
    (-0.951_056_516_295_153_5, -0.309_016_994_374_947_4),
];

fn polar(center: Point, radius: f64, index: usize) -> Point {
    let (dx, dy) = AXIS_DIRECTIONS[index];
    (center.0 + radius * dx, center.1 + radius * dy)
}

/// Lays out a radar chart of `width` by `height` pixels for series of
/// dimension scores (0-100).
pub fn radar(width: f64, height: f64, scores: &[[Option<f64>; 5]]) -> Radar {
    let center = (width / 2.0, height / 2.0 + height * 0.03);
    // Leave room around the pentagon for the axis labels.
    let radius = width.min(height) * 0.34;
    let label_gap = width.min(height) * 0.05;
    let rings = RING_SCORES
        .iter()
        .map(|&score| {
            let ring = std::array::from_fn(|i| polar(center, radius * score / 100.0, i));
            (score, ring)
        })
        .collect();
    let axes = std::array::from_fn(|i| {
        let tip = polar(center, radius, i);
        let label_at = polar(center, radius + label_gap, i);
        let anchor = if (label_at.0 - center.0).abs() < 1.0 {
            Anchor::Middle
        } else if label_at.0 > center.0 {
            Anchor::Start
        } else {
            Anchor::End
        };
        Axis {
            dimension: Dimension::ALL[i],
            tip,
            label_at,
            anchor,
        }
    });
    let series = scores
        .iter()
        .map(|scores| Series {
            points: std::array::from_fn(|i| {
                scores[i].map(|score| polar(center, radius * score.clamp(0.0, 100.0) / 100.0, i))
            }),
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
