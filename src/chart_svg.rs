//! Draws the radar chart of `core::chart` as an SVG string with plotters.
//!
//! Pure Rust with no browser types: the UI inserts the string as markup.
//! Drawing goes straight to plotters' SVG backend through its
//! `DrawingBackend` trait, with a small text style of our own: the chart's
//! layout is already computed by the core, and skipping plotters' drawing
//! areas and font machinery (which measures text through the DOM on wasm)
//! keeps the wasm about 10 KB smaller. Every label comes from the app's own
//! text tables, and the backend escapes text for XML on top of that.

use plotters::backend::{DrawingBackend, SVGBackend};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontFamily,
};

use crate::core::chart::{Anchor, Radar, Series};
use crate::core::i18n::Lang;

/// Colours of the chart, matching the design tokens in `style/main.css`.
const INK: (u8, u8, u8) = (0x1d, 0x27, 0x33);
const GRID: (u8, u8, u8) = (0xc9, 0xcd, 0xd2);
const MUTED: (u8, u8, u8) = (0x4a, 0x58, 0x68);
/// Series colours, first series first (the second also differs in shape).
const SERIES: [(u8, u8, u8); 2] = [(0x0e, 0x6b, 0x64), (0xb4, 0x4c, 0x12)];

/// Font size of the axis labels, in plotters units (the SVG backend divides by 1.24).
const LABEL_SIZE: f64 = 26.0;
/// Font size of the ring values.
const RING_SIZE: f64 = 17.0;

/// A colour with opacity and a stroke width.
#[derive(Clone, Copy)]
struct Stroke {
    rgb: (u8, u8, u8),
    alpha: f64,
    width: u32,
}

impl Stroke {
    const fn new(rgb: (u8, u8, u8), width: u32) -> Stroke {
        Stroke {
            rgb,
            alpha: 1.0,
            width,
        }
    }
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        BackendColor {
            alpha: self.alpha,
            rgb: self.rgb,
        }
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// A text style: the SVG backend only reads colour, size, family and anchor.
struct Label {
    rgb: (u8, u8, u8),
    size: f64,
    anchor: Pos,
}

impl BackendTextStyle for Label {
    type FontError = std::convert::Infallible;

    fn color(&self) -> BackendColor {
        BackendColor {
            alpha: 1.0,
            rgb: self.rgb,
        }
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::SansSerif
    }

    /// Not used by the SVG backend, which lets the browser lay out text.
    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        Ok(((0, 0), (0, 0)))
    }

    /// Not used by the SVG backend, which writes `<text>` elements.
    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: DrawFunc,
    ) -> Result<Result<(), E>, Self::FontError> {
        Ok(Ok(()))
    }
}

/// Dash and gap lengths of dashed series, in chart pixels.
const DASH: (f64, f64) = (12.0, 7.0);

/// The pieces of a line from `from` to `to`: the whole line, or its dashes.
fn dashes(from: (f64, f64), to: (f64, f64), dashed: bool) -> Vec<((f64, f64), (f64, f64))> {
    let length = ((to.0 - from.0).powi(2) + (to.1 - from.1).powi(2)).sqrt();
    if !dashed || length <= DASH.0 {
        return vec![(from, to)];
    }
    let at = |distance: f64| {
        let share = distance / length;
        (
            from.0 + (to.0 - from.0) * share,
            from.1 + (to.1 - from.1) * share,
        )
    };
    let mut pieces = Vec::new();
    let mut start = 0.0;
    while start < length {
        pieces.push((at(start), at((start + DASH.0).min(length))));
        start += DASH.0 + DASH.1;
    }
    pieces
}

/// The pixels of a series' points, skipping dimensions without a score.
fn pixels(series: &Series) -> Vec<BackendCoord> {
    series
        .points
        .iter()
        .flatten()
        .copied()
        .map(to_pixel)
        .collect()
}

fn to_pixel(point: (f64, f64)) -> BackendCoord {
    (point.0.round() as i32, point.1.round() as i32)
}

/// Renders the radar chart to SVG markup with an accessible name (`title`).
///
/// Drawing into a string cannot fail for lack of IO; a backend error would
/// mean a bug here, so it yields an empty chart rather than a panic.
pub fn radar_svg(radar: &Radar, lang: Lang, title: &str) -> String {
    render(radar, lang, title, false)
}

/// Renders a team radar: the first two series are the lowest and highest
/// score per dimension, drawn as a band; the third, the mean, as a line.
pub fn radar_band_svg(radar: &Radar, lang: Lang, title: &str) -> String {
    render(radar, lang, title, true)
}

/// The page background, which the inside of a band is filled with.
const BACKGROUND: (u8, u8, u8) = (0xf6, 0xf5, 0xf1);

fn render(radar: &Radar, lang: Lang, title: &str, band: bool) -> String {
    let size = (radar.width.round() as u32, radar.height.round() as u32);
    let mut markup = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut markup, size);
        if draw(radar, lang, &mut backend, band).is_err() {
            drop(backend);
            markup.clear();
        }
    }
    finish_svg(&markup, size, title)
}

type DrawResult = Result<(), DrawingErrorKind<std::io::Error>>;

fn draw(radar: &Radar, lang: Lang, backend: &mut SVGBackend, band: bool) -> DrawResult {
    let lines = if band && radar.series.len() >= 2 {
        // The band goes under the grid: the highest scores filled, the
        // lowest cut out with the background.
        let (low, high) = (&radar.series[0], &radar.series[1]);
        if low.is_complete() && high.is_complete() {
            for (series, rgb, alpha) in [(high, SERIES[0], 0.22), (low, BACKGROUND, 1.0)] {
                let points = pixels(series);
                backend.fill_polygon(
                    points,
                    &Stroke {
                        rgb,
                        alpha,
                        width: 0,
                    },
                )?;
            }
        }
        &radar.series[2..]
    } else {
        &radar.series[..]
    };
    for (score, ring) in &radar.rings {
        let mut outline: Vec<BackendCoord> = ring.iter().copied().map(to_pixel).collect();
        outline.push(outline[0]);
        let width = if *score == 100.0 { 2 } else { 1 };
        backend.draw_path(outline, &Stroke::new(GRID, width))?;
    }
    for axis in &radar.axes {
        backend.draw_line(
            to_pixel(radar.center),
            to_pixel(axis.tip),
            &Stroke::new(GRID, 1),
        )?;
    }
    // Ring values along the first (vertical) axis, so the scale is readable.
    for (score, ring) in &radar.rings {
        let (x, y) = to_pixel(ring[0]);
        let style = Label {
            rgb: MUTED,
            size: RING_SIZE,
            anchor: Pos::new(HPos::Left, VPos::Center),
        };
        backend.draw_text(&(*score as u32).to_string(), &style, (x + 5, y))?;
    }
    for (position, series) in lines.iter().enumerate() {
        let rgb = SERIES[position % SERIES.len()];
        let points = pixels(series);
        if series.is_complete() && !band {
            let fill = Stroke {
                rgb,
                alpha: 0.18,
                width: 0,
            };
            backend.fill_polygon(points.clone(), &fill)?;
        }
        // Series differ in colour, line style and marker shape, so they can be
        // told apart without colour: solid lines and dots, then dashes and squares.
        let dashed = position % 2 == 1;
        for (from, to) in series.segments() {
            for (a, b) in dashes(from, to, dashed) {
                backend.draw_line(to_pixel(a), to_pixel(b), &Stroke::new(rgb, 3))?;
            }
        }
        for (x, y) in points {
            if dashed {
                backend.draw_rect((x - 6, y - 6), (x + 6, y + 6), &Stroke::new(rgb, 1), true)?;
            } else {
                backend.draw_circle((x, y), 6, &Stroke::new(rgb, 1), true)?;
            }
        }
    }
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
        let style = Label {
            rgb: INK,
            size: LABEL_SIZE,
            anchor: Pos::new(h_pos, v_pos),
        };
        backend.draw_text(
            axis.dimension.short_label().get(lang),
            &style,
            to_pixel(axis.label_at),
        )?;
    }
    backend.present()
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
