//! Draws the radar chart of `core::chart` as an SVG string with plotters.
//!
//! Pure Rust with no browser types: the UI inserts the string as markup. Every
//! label drawn comes from the app's own text tables (never from user input),
//! and plotters escapes text for XML on top of that.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::core::chart::{Anchor, Radar};
use crate::core::model::Lang;

/// Colours of the chart, matching the design tokens in `style/main.css`.
const INK: RGBColor = RGBColor(0x1d, 0x27, 0x33);
const GRID: RGBColor = RGBColor(0xc9, 0xcd, 0xd2);
const MUTED: RGBColor = RGBColor(0x4a, 0x58, 0x68);
/// Series colours, first series first; later series also differ in dash and marker.
const SERIES: [RGBColor; 2] = [RGBColor(0x0e, 0x6b, 0x64), RGBColor(0xb4, 0x4c, 0x12)];

fn to_pixel(point: (f64, f64)) -> (i32, i32) {
    (point.0.round() as i32, point.1.round() as i32)
}

/// Renders the radar chart to SVG markup with an accessible name (`title`).
///
/// Drawing into a string cannot fail for lack of IO; a plotters error would
/// mean a bug here, so it yields an empty chart rather than a panic.
pub fn radar_svg(radar: &Radar, lang: Lang, title: &str) -> String {
    let size = (radar.width.round() as u32, radar.height.round() as u32);
    let mut markup = String::new();
    let drawn = draw(radar, lang, &mut markup, size);
    if drawn.is_err() {
        markup.clear();
    }
    finish_svg(&markup, size, title)
}

fn draw(
    radar: &Radar,
    lang: Lang,
    markup: &mut String,
    size: (u32, u32),
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    let root = SVGBackend::with_string(markup, size).into_drawing_area();

    for (score, ring) in &radar.rings {
        let mut outline: Vec<(i32, i32)> = ring.iter().copied().map(to_pixel).collect();
        outline.push(outline[0]);
        let width = if *score == 100.0 { 2 } else { 1 };
        root.draw(&PathElement::new(outline, GRID.stroke_width(width)))?;
    }
    for axis in &radar.axes {
        root.draw(&PathElement::new(
            vec![to_pixel(radar.center), to_pixel(axis.tip)],
            GRID.stroke_width(1),
        ))?;
    }
    // Ring values along the first (vertical) axis, so the scale is readable.
    let small = ("sans-serif", 11).into_font().color(&MUTED);
    for (score, ring) in &radar.rings {
        let (x, y) = to_pixel(ring[0]);
        root.draw(&Text::new(
            (*score as u32).to_string(),
            (x + 4, y),
            small.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    for (position, series) in radar.series.iter().enumerate() {
        let colour = SERIES[position % SERIES.len()];
        let points: Vec<(i32, i32)> = series.points.iter().flatten().copied().map(to_pixel).collect();
        if series.is_complete() {
            root.draw(&Polygon::new(points.clone(), colour.mix(0.18).filled()))?;
        }
        for (from, to) in series.segments() {
            root.draw(&PathElement::new(
                vec![to_pixel(from), to_pixel(to)],
                colour.stroke_width(3),
            ))?;
        }
        for point in points {
            root.draw(&Circle::new(point, 5, colour.filled()))?;
        }
    }
    let label_font = ("sans-serif", 15).into_font().color(&INK);
    for axis in &radar.axes {
        let h_pos = match axis.anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        let v_pos = if axis.label_at.1 < radar.center.1 - radar.radius * 0.5 {
            VPos::Bottom
        } else if axis.label_at.1 > radar.center.1 + radar.radius * 0.5 {
            VPos::Top
        } else {
            VPos::Center
        };
        root.draw(&Text::new(
            axis.dimension.short_label().get(lang).to_owned(),
            to_pixel(axis.label_at),
            label_font.clone().pos(Pos::new(h_pos, v_pos)),
        ))?;
    }
    root.present()?;
    Ok(())
}

/// Makes the plotters output scalable and accessible: a `viewBox` instead of a
/// fixed size, `role="img"` and a `<title>` as its accessible name.
fn finish_svg(markup: &str, (width, height): (u32, u32), title: &str) -> String {
    let body = markup
        .find('>')
        .and_then(|end| markup.get(end + 1..))
        .map(|rest| rest.trim_end().trim_end_matches("</svg>"))
        .unwrap_or("");
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" \
         class=\"radar-svg\"><title>{}</title>{body}</svg>",
        escape_xml(title)
    )
}

/// Escapes text for use inside SVG or HTML markup. The one escaping path for
/// any text the chart carries.
pub fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}
