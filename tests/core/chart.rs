//! Chart geometry and the SVG made from it: data golden-tested, markup checked
//! for structure (not bytes, since text measuring differs per platform).

use sis::chart_svg::radar_svg;
use sis::core::chart::{axis_direction, radar, Anchor, AXIS_DIRECTIONS};
use sis::core::i18n::Lang;
use sis::core::model::Dimension;

fn close(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6
}

#[test]
fn axes_start_at_the_top_and_go_clockwise() {
    let chart = radar(500.0, 400.0, &Dimension::ALL, &[]);
    let top = chart.axes[0];
    assert_eq!(top.dimension, Dimension::Purpose);
    assert!((top.tip.0 - chart.center.0).abs() < 1e-9 && top.tip.1 < chart.center.1);
    assert_eq!(top.anchor, Anchor::Middle);
    assert_eq!(
        chart.axes[1].anchor,
        Anchor::Start,
        "society is on the right"
    );
    assert_eq!(
        chart.axes[4].anchor,
        Anchor::End,
        "individual is on the left"
    );
    assert!(chart.axes[2].tip.1 > chart.center.1 && chart.axes[2].tip.0 > chart.center.0);
}

#[test]
fn scores_map_to_distance_from_the_centre() {
    let scores = [Some(100.0), Some(50.0), Some(0.0), None, Some(150.0)];
    let chart = radar(500.0, 400.0, &Dimension::ALL, &[scores.to_vec()]);
    let series = &chart.series[0];
    assert!(close(series.points[0].unwrap(), chart.axes[0].tip));
    assert!(close(series.points[2].unwrap(), chart.center));
    assert_eq!(series.points[3], None);
    // Out-of-range scores are clamped to the chart.
    assert!(close(series.points[4].unwrap(), chart.axes[4].tip));
    let half = series.points[1].unwrap();
    let tip = chart.axes[1].tip;
    let expected = (
        (chart.center.0 + tip.0) / 2.0,
        (chart.center.1 + tip.1) / 2.0,
    );
    assert!(close(half, expected));
    assert!(!series.is_complete());
    // Segments only join neighbours that both have a point: 0-1, 1-2 and 4-0.
    assert_eq!(series.segments().len(), 3);
}

#[test]
fn rings_sit_at_the_level_boundaries() {
    let chart = radar(500.0, 400.0, &Dimension::ALL, &[]);
    let scores: Vec<f64> = chart.rings.iter().map(|(score, _)| *score).collect();
    assert_eq!(scores, vec![25.0, 50.0, 75.0, 100.0]);
}

#[test]
fn svg_is_scalable_named_and_labelled_in_the_language() {
    let scores = [Some(80.0), Some(60.0), Some(40.0), Some(20.0), Some(50.0)];
    let chart = radar(560.0, 430.0, &Dimension::ALL, &[scores.to_vec()]);
    for (lang, society) in [(Lang::Nl, "Maatschappij"), (Lang::En, "Society")] {
        let svg = radar_svg(&chart, lang, "Chart <title> & more");
        assert!(svg.starts_with("<svg "), "{svg}");
        assert!(svg.contains("viewBox=\"0 0 560 430\""));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("<title>Chart &lt;title&gt; &amp; more</title>"));
        assert!(svg.contains(society), "{lang:?}");
        assert!(svg.contains("<polygon"), "a complete series is filled");
        assert_eq!(svg.matches("<svg").count(), 1);
        assert!(svg.trim_end().ends_with("</svg>"));
    }
}

#[test]
fn axis_directions_are_equal_angles_apart_from_the_top() {
    // One table per number of axes a version can have: up to the model's five.
    assert_eq!(AXIS_DIRECTIONS.len(), Dimension::ALL.len() + 1);
    for (count, directions) in AXIS_DIRECTIONS.iter().enumerate() {
        assert_eq!(directions.len(), count);
        for (index, &(dx, dy)) in directions.iter().enumerate() {
            let angle = std::f64::consts::TAU * index as f64 / count as f64;
            assert!((dx - angle.sin()).abs() < 1e-15, "{count}/{index}: {dx}");
            assert!((dy + angle.cos()).abs() < 1e-15, "{count}/{index}: {dy}");
            assert_eq!(axis_direction(index, count), (dx, dy));
        }
    }
}
