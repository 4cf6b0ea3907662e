//! The charts as SVG markup: the radar (drawn with plotters), the team's
//! dot strip and the history's sparkline. Pure Rust with no browser types;
//! the UI inserts the markup. All of it is written by the one writer,
//! `crate::svg`, so every text is escaped on one path and every colour is a
//! CSS class (`svg::Paint`), never a colour value.
//!
//! The radar's layout is computed by `core::chart`; plotters draws it with
//! its elements (polygons, paths, circles, rectangles, text)
//! on a drawing area whose backend, [`PaintBackend`], writes each shape
//! through `svg::Svg`. Plotters hands a backend colours, not names, so the
//! radar draws with one key colour per paint ([`key`]) and the backend
//! turns the key back into the paint's class; a colour that is no key is
//! refused, so a theme colour cannot slip into the markup.
//!
//! Over 400 lines on purpose: the three charts share the plotters backend and
//! the paint keys.

use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind, IntoDrawingArea};
use plotters::element::{Circle, PathElement, Polygon, Rectangle, Text};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontDesc, FontFamily, FontStyle, RGBColor, ShapeStyle, TextStyle};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

use crate::core::chart::{Anchor, Radar, Series};
use crate::core::decimal::Decimal;
use crate::core::i18n::Lang;
use crate::core::scan::compare::sparkline;
use crate::core::scan::scoring::display_score;
use crate::svg::{Attribute, Ink, Label, Paint, Svg, Target};

/// Font size of the axis labels, in chart pixels (26 / 1.24: the size they
/// had when plotters' own SVG backend scaled its font sizes by 1 / 1.24).
const LABEL_SIZE: f64 = 26.0 / 1.24;
/// Font size of the ring values, in chart pixels (17 / 1.24, likewise).
const RING_SIZE: f64 = 17.0 / 1.24;
/// Series paints, first series first (the second also differs in shape).
const SERIES: [Paint; 2] = [Paint::Accent, Paint::Series2];
/// Dash and gap lengths of dashed series, in chart pixels.
const DASH: (f64, f64) = (12.0, 7.0);

/// The key colour plotters carries to [`PaintBackend`] for a paint. Keys
/// are names, not colours: red 1 and green 2 mark them (no plotters colour
/// constant looks like that), blue tells the paint.
pub fn key(paint: Paint) -> RGBColor {
    RGBColor(1, 2, paint as u8)
}

/// The paint whose key is `colour`, if any.
fn paint_of(colour: BackendColor) -> Option<Paint> {
    Paint::ALL
        .into_iter()
        .find(|paint| key(*paint).rgb() == colour.rgb)
}

/// A colour that is no paint's key reached the backend: a drawing mistake
/// in this file, which yields an empty chart rather than a stray colour.
#[derive(Debug)]
pub struct NotAPaint(pub (u8, u8, u8));

impl std::fmt::Display for NotAPaint {
    fn fmt(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        let (red, green, blue) = self.0;
        write!(
            formatter,
            "the colour ({red}, {green}, {blue}) is no paint's key"
        )
    }
}

impl std::error::Error for NotAPaint {}

type BackendResult = Result<(), DrawingErrorKind<NotAPaint>>;

/// A plotters backend that writes shapes into an [`Svg`], painted by class.
pub struct PaintBackend<'a> {
    svg: &'a mut Svg,
    size: (u32, u32),
}

impl<'a> PaintBackend<'a> {
    /// A backend of `size` chart pixels writing into `svg`.
    pub fn new(svg: &'a mut Svg, size: (u32, u32)) -> PaintBackend<'a> {
        PaintBackend { svg, size }
    }

    /// Writes one element in the colour's paint; a transparent colour draws
    /// nothing (as in plotters' own backends), a translucent one gets an
    /// `opacity`.
    /// Writes one shape: filled, or stroked with the style's width.
    fn shape<S: BackendStyle>(
        &mut self,
        tag: &'static str,
        style: &S,
        fill: bool,
        attributes: &[Attribute],
    ) -> BackendResult {
        let colour = style.color();
        if colour.alpha <= 0.0 {
            return Ok(());
        }
        let paint =
            paint_of(colour).ok_or(DrawingErrorKind::DrawingError(NotAPaint(colour.rgb)))?;
        let ink = if fill {
            Ink::Fill(paint)
        } else {
            Ink::Stroke(paint)
        };
        let mut all = attributes.to_vec();
        let alpha = Decimal::hundredths(colour.alpha);
        let stroke_width = style.stroke_width();
        if !fill {
            all.push(("stroke-width", &stroke_width));
        }
        if colour.alpha < 1.0 {
            all.push(("opacity", &alpha));
        }
        self.svg.empty(tag, Some(ink), &all);
        Ok(())
    }
}

/// Points as an SVG `points` list.
fn point_list(points: impl IntoIterator<Item = BackendCoord>) -> String {
    points
        .into_iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

impl DrawingBackend for PaintBackend<'_> {
    type ErrorType = NotAPaint;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    /// Nothing to prepare: the writer is ready.
    fn ensure_prepared(&mut self) -> BackendResult {
        Ok(())
    }

    /// Nothing to flush: every shape is in the writer once drawn.
    fn present(&mut self) -> BackendResult {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, colour: BackendColor) -> BackendResult {
        self.shape(
            "rect",
            &colour,
            true,
            &[("x", &x), ("y", &y), ("width", &1), ("height", &1)],
        )
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> BackendResult {
        self.shape(
            "line",
            style,
            false,
            &[
                ("x1", &from.0),
                ("y1", &from.1),
                ("x2", &to.0),
                ("y2", &to.1),
            ],
        )
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> BackendResult {
        let width = bottom_right.0 - upper_left.0;
        let height = bottom_right.1 - upper_left.1;
        self.shape(
            "rect",
            style,
            fill,
            &[
                ("x", &upper_left.0),
                ("y", &upper_left.1),
                ("width", &width),
                ("height", &height),
            ],
        )
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> BackendResult {
        let points = point_list(path);
        self.shape("polyline", style, false, &[("points", &points)])
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> BackendResult {
        self.shape(
            "circle",
            style,
            fill,
            &[("cx", &x), ("cy", &y), ("r", &radius)],
        )
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> BackendResult {
        let points = point_list(vertices);
        self.shape("polygon", style, true, &[("points", &points)])
    }

    /// Writes a `<text>` for the browser to lay out: its size is the style's
    /// in chart pixels, its anchor becomes `text-anchor` and a `dy` shift.
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        (x, y): BackendCoord,
    ) -> BackendResult {
        let colour = style.color();
        if colour.alpha <= 0.0 {
            return Ok(());
        }
        let paint =
            paint_of(colour).ok_or(DrawingErrorKind::DrawingError(NotAPaint(colour.rgb)))?;
        let anchor = style.anchor();
        let text_anchor = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        let shift = match anchor.v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let family = style.family();
        let size = Decimal::hundredths(style.size());
        self.svg.open(
            "text",
            Some(Ink::Fill(paint)),
            &[
                ("x", &x),
                ("y", &y),
                ("dy", &shift),
                ("text-anchor", &text_anchor),
                ("font-family", &family.as_str()),
                ("font-size", &size),
            ],
        );
        self.svg.text(text);
        self.svg.close();
        Ok(())
    }
}

/// A text style of plotters in a paint.
fn text_style(paint: Paint, size: f64, anchor: Pos) -> TextStyle<'static> {
    TextStyle {
        font: FontDesc::new(FontFamily::SansSerif, size, FontStyle::Normal),
        color: key(paint).to_backend_color(),
        pos: anchor,
    }
}

/// The pieces of a line from `from` to `to`: the whole line, or its dashes.
/// Each segment starts with a dash, so every corner is marked. (Plotters'
/// `DashedPathElement` dashes the same way, but from end points already
/// rounded to pixels, which moves dash ends by up to a pixel; the chart
/// keeps the dashes it has always had.)
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
/// A drawing error would mean a bug here (a colour that is no paint's key),
/// so it yields an empty chart rather than a panic.
pub fn radar_svg(radar: &Radar, lang: Lang, title: &str) -> String {
    render(Target::Page, radar, lang, title, false)
}

/// Renders the radar chart for a file of its own (the SVG and PNG
/// downloads): the same drawing in the light theme's colours.
pub fn radar_file_svg(radar: &Radar, lang: Lang, title: &str) -> String {
    render(Target::File, radar, lang, title, false)
}

/// Renders a team radar: the first two series are the lowest and highest
/// score per dimension, drawn as a band; the third, the mean, as a line.
pub fn radar_band_svg(radar: &Radar, lang: Lang, title: &str) -> String {
    render(Target::Page, radar, lang, title, true)
}

fn render(target: Target, radar: &Radar, lang: Lang, title: &str, band: bool) -> String {
    let size = (radar.width.round() as u32, radar.height.round() as u32);
    let view_box = [0.0, 0.0, f64::from(size.0), f64::from(size.1)];
    let start = || Svg::new(target, "radar-svg", view_box, Label::Named(title), &[]);
    let mut svg = start();
    let drawn = {
        let area = PaintBackend::new(&mut svg, size).into_drawing_area();
        draw(radar, lang, &area, band).and_then(|()| area.present())
    };
    match drawn {
        Ok(()) => svg.finish(),
        Err(_) => start().finish(),
    }
}

type Area<'a> = DrawingArea<PaintBackend<'a>, Shift>;
type DrawResult = Result<(), DrawingAreaErrorKind<NotAPaint>>;

fn draw(radar: &Radar, lang: Lang, area: &Area, band: bool) -> DrawResult {
    let lines = if band && radar.series.len() >= 2 {
        // The band goes under the grid: the highest scores filled, the
        // lowest cut out with the background.
        let (low, high) = (&radar.series[0], &radar.series[1]);
        if low.is_complete() && high.is_complete() {
            area.draw(&Polygon::new(pixels(high), key(Paint::Accent).mix(0.22)))?;
            area.draw(&Polygon::new(pixels(low), key(Paint::Background)))?;
        }
        &radar.series[2..]
    } else {
        &radar.series[..]
    };
    let grid = ShapeStyle::from(key(Paint::Grid));
    for (score, ring) in &radar.rings {
        let mut outline: Vec<BackendCoord> = ring.iter().copied().map(to_pixel).collect();
        outline.push(outline[0]);
        let width = if *score == 100.0 { 2 } else { 1 };
        area.draw(&PathElement::new(outline, grid.stroke_width(width)))?;
    }
    for axis in &radar.axes {
        let spoke = vec![to_pixel(radar.center), to_pixel(axis.tip)];
        area.draw(&PathElement::new(spoke, grid.stroke_width(1)))?;
    }
    // Ring values along the first (vertical) axis, so the scale is readable.
    let ring_style = text_style(Paint::Muted, RING_SIZE, Pos::new(HPos::Left, VPos::Center));
    for (score, ring) in &radar.rings {
        let (x, y) = to_pixel(ring[0]);
        let value = (*score as u32).to_string();
        area.draw(&Text::new(value, (x + 5, y), ring_style.clone()))?;
    }
    for (position, series) in lines.iter().enumerate() {
        let colour = key(SERIES[position % SERIES.len()]);
        let points = pixels(series);
        if series.is_complete() && !band {
            area.draw(&Polygon::new(points.clone(), colour.mix(0.18)))?;
        }
        // Series differ in colour, line style and marker shape, so they can be
        // told apart without colour: solid lines and dots, then dashes and squares.
        let dashed = position % 2 == 1;
        let line = ShapeStyle::from(colour).stroke_width(3);
        for (from, to) in series.segments() {
            for (a, b) in dashes(from, to, dashed) {
                area.draw(&PathElement::new(vec![to_pixel(a), to_pixel(b)], line))?;
            }
        }
        for (x, y) in points {
            if dashed {
                area.draw(&Rectangle::new(
                    [(x - 6, y - 6), (x + 6, y + 6)],
                    colour.filled(),
                ))?;
            } else {
                area.draw(&Circle::new((x, y), 6, colour.filled()))?;
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
        let style = text_style(Paint::Ink, LABEL_SIZE, Pos::new(h_pos, v_pos));
        let label = axis.dimension.short_label().get(lang);
        area.draw(&Text::new(label, to_pixel(axis.label_at), style))?;
    }
    Ok(())
}

/// One dot per person on a 0-100 strip, without identities. People with the
/// same score share one dot whose opacity grows with their number (the same
/// picture as dots drawn on top of each other, at a fraction of the cost for
/// thousands of people). `scores` are sorted.
pub fn strip_svg(scores: &[f64]) -> String {
    let view_box = [-6.0, 0.0, 212.0, 20.0];
    let mut svg = Svg::new(Target::Page, "strip", view_box, Label::Hidden, &[]);
    svg.empty(
        "line",
        Some(Ink::Stroke(Paint::Grid)),
        &[("x1", &0), ("y1", &10), ("x2", &200), ("y2", &10)],
    );
    svg.open("g", Some(Ink::Fill(Paint::Accent)), &[]);
    let mut rest = scores;
    while let Some(&first) = rest.first() {
        // The scores are sorted, so equal ones are neighbours.
        let same = rest.iter().take_while(|s| **s == first).count();
        let opacity = Decimal::hundredths(1.0 - 0.55f64.powi(same.min(50) as i32));
        let x = display_score(first * 2.0);
        svg.empty(
            "circle",
            None,
            &[
                ("cx", &x),
                ("cy", &10),
                ("r", &5),
                ("fill-opacity", &opacity),
            ],
        );
        rest = &rest[same..];
    }
    svg.finish()
}

/// Width and height of a trend sparkline in SVG units.
const SPARK: (f64, f64) = (120.0, 32.0);

/// The sparkline of a trend: scores (0-100) from oldest to newest, a line
/// through those there are (`core::scan::compare::sparkline`).
pub fn sparkline_svg(scores: &[Option<i64>]) -> String {
    let view_box = [-4.0, -4.0, SPARK.0 + 8.0, SPARK.1 + 8.0];
    let mut svg = Svg::new(Target::Page, "sparkline", view_box, Label::Hidden, &[]);
    let points = sparkline(scores, SPARK.0, SPARK.1)
        .into_iter()
        .flatten()
        .map(|(x, y)| format!("{},{}", x.round() as i64, y.round() as i64))
        .collect::<Vec<_>>()
        .join(" ");
    svg.empty(
        "polyline",
        Some(Ink::Stroke(Paint::Accent)),
        &[("points", &points), ("stroke-width", &3)],
    );
    svg.finish()
}
