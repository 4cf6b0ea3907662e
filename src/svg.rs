//! The one SVG writer of the app: the radar (through plotters, see
//! `chart_svg`), the dot strip and the sparkline (`chart_svg`) and the QR
//! code (`qr_svg`) are all written by [`Svg`]. Pure Rust, no browser types.
//!
//! **One escaping path.** Element and attribute names are `&'static str`
//! from our own code; every attribute value and every text goes through
//! [`escape_into`], so no text can become markup, whatever it holds.
//!
//! **Colours are classes.** An element is painted with a [`Paint`]: the
//! writer gives it the paint's class and `fill="currentColor"` (or
//! `stroke`), and `style/main.css` sets each class's `color` from a design
//! token (`--color-accent`, `--color-ink`, …). So dark mode and a host's
//! accent reach every drawing through the custom properties, and no
//! colour value is written into the markup: a drawing cannot drift from
//! the tokens, and no style rule has to match colour values. The one
//! exception is a drawing for a file (the chart's SVG and PNG downloads,
//! [`Target::File`]), which no style sheet reaches: there the writer puts
//! in the light theme's colours ([`Paint::file_colour`]), which a native
//! test checks against the tokens in the style sheets.
//!
//! **Markup, not view nodes.** The drawings are strings the UI inserts as
//! inner HTML, as the radar always was: plotters draws through a backend
//! that writes markup, and a QR code or a strip of a thousand dots is one
//! string instead of a thousand reactive nodes (less wasm, less work).
//! This is safe because of the one escaping path above: the markup holds
//! nothing but our own names and escaped values.

use std::fmt::{self, Display, Write as _};

use crate::core::decimal::Decimal;

/// A colour role of the drawings: each is one CSS class that sets `color`
/// from a design token in `style/main.css`; painted elements use
/// `currentColor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    /// Text: the radar's axis labels.
    Ink,
    /// Secondary text: the radar's ring values.
    Muted,
    /// Grid lines of the radar and the dot strip's base line.
    Grid,
    /// The page background (inside a team band, to cut out the lowest scores).
    Background,
    /// The first series, dots and sparklines: the accent (a host's, if given).
    Accent,
    /// The second series of a comparison.
    Series2,
    /// The light modules of a QR code: white in every theme, for scanners.
    QrLight,
    /// The dark modules of a QR code: black in every theme.
    QrDark,
}

impl Paint {
    /// Every paint, in declaration order.
    pub const ALL: [Paint; 8] = [
        Paint::Ink,
        Paint::Muted,
        Paint::Grid,
        Paint::Background,
        Paint::Accent,
        Paint::Series2,
        Paint::QrLight,
        Paint::QrDark,
    ];

    /// The colour of the paint in a file, where no style sheet applies: the
    /// light theme's value of the paint's token in `style/main.css` (a test
    /// in `tests/core/svg.rs` checks that they are equal).
    pub const fn file_colour(self) -> &'static str {
        match self {
            Paint::Ink => "#1d2733",
            Paint::Muted => "#4a5868",
            Paint::Grid => "#c9cdd2",
            Paint::Background => "#f6f5f1",
            Paint::Accent => "#0e6b64",
            Paint::Series2 => "#b44c12",
            Paint::QrLight => "#ffffff",
            Paint::QrDark => "#000000",
        }
    }

    /// The CSS class of the paint (its rule is in `style/main.css`).
    pub const fn class(self) -> &'static str {
        match self {
            Paint::Ink => "paint-ink",
            Paint::Muted => "paint-muted",
            Paint::Grid => "paint-grid",
            Paint::Background => "paint-background",
            Paint::Accent => "paint-accent",
            Paint::Series2 => "paint-series-2",
            Paint::QrLight => "paint-qr-light",
            Paint::QrDark => "paint-qr-dark",
        }
    }
}

/// How an element uses its paint: filled, or drawn as a line with no fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    /// `fill` in the paint's colour.
    Fill(Paint),
    /// `stroke` in the paint's colour, `fill="none"`.
    Stroke(Paint),
}

/// Where a drawing goes, which decides how its paints are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Into the page: paints are classes, painted by the style sheet.
    Page,
    /// Into a file of its own: paints are the light theme's colours.
    File,
}

/// How a drawing is announced to assistive technology.
#[derive(Clone, Copy, Debug)]
pub enum Label<'a> {
    /// An image with this accessible name (`role="img"` and a `<title>`).
    Named(&'a str),
    /// Decoration next to the same information as text (`aria-hidden`).
    Hidden,
}

/// One attribute: a static name and any value that displays (escaped).
/// Numbers are whole or a [`Decimal`]: an `f64` itself would bring core's
/// float formatting into the wasm.
pub type Attribute<'a> = (&'static str, &'a dyn Display);

/// An SVG document under construction. Elements are written in order;
/// [`Svg::finish`] closes whatever is still open.
#[derive(Debug)]
pub struct Svg {
    target: Target,
    markup: String,
    open: Vec<&'static str>,
}

impl Svg {
    /// Starts an `<svg>` for `target` with a `viewBox` (min x, min y,
    /// width, height), a class for the page's styles, its label and
    /// further attributes.
    pub fn new(
        target: Target,
        class: &'static str,
        view_box: [f64; 4],
        label: Label,
        attributes: &[Attribute],
    ) -> Svg {
        let mut svg = Svg {
            target,
            markup: String::new(),
            open: Vec::new(),
        };
        let [x, y, width, height] = view_box;
        let [x, y, width, height] = [x, y, width, height].map(Decimal::hundredths);
        let view_box = format!("{x} {y} {width} {height}");
        let mut root: Vec<Attribute> = vec![
            ("xmlns", &"http://www.w3.org/2000/svg"),
            ("viewBox", &view_box),
            ("class", &class),
        ];
        match label {
            Label::Named(_) => root.push(("role", &"img")),
            Label::Hidden => root.push(("aria-hidden", &"true")),
        }
        root.extend_from_slice(attributes);
        svg.open("svg", None, &root);
        if let Label::Named(name) = label {
            svg.open("title", None, &[]);
            svg.text(name);
            svg.close();
        }
        svg
    }

    /// Opens an element that will hold others, until [`Svg::close`].
    pub fn open(&mut self, tag: &'static str, ink: Option<Ink>, attributes: &[Attribute]) {
        self.start_tag(tag, ink, attributes);
        self.markup.push('>');
        self.open.push(tag);
    }

    /// Writes an element without content (`<circle … />`).
    pub fn empty(&mut self, tag: &'static str, ink: Option<Ink>, attributes: &[Attribute]) {
        self.start_tag(tag, ink, attributes);
        self.markup.push_str("/>");
    }

    /// Writes text into the open element, escaped.
    pub fn text(&mut self, text: &str) {
        escape_into(&mut self.markup, text);
    }

    /// Closes the innermost open element.
    pub fn close(&mut self) {
        if let Some(tag) = self.open.pop() {
            self.markup.push_str("</");
            self.markup.push_str(tag);
            self.markup.push('>');
        }
    }

    /// Closes every open element and returns the markup.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.markup
    }

    fn start_tag(&mut self, tag: &'static str, ink: Option<Ink>, attributes: &[Attribute]) {
        self.markup.push('<');
        self.markup.push_str(tag);
        let (paint, property) = match ink {
            Some(Ink::Fill(paint)) => (paint, "fill"),
            Some(Ink::Stroke(paint)) => {
                self.attribute("fill", &"none");
                (paint, "stroke")
            }
            None => return self.attributes(attributes),
        };
        match self.target {
            Target::Page => {
                self.attribute("class", &paint.class());
                self.attribute(property, &"currentColor");
            }
            Target::File => self.attribute(property, &paint.file_colour()),
        }
        self.attributes(attributes);
    }

    fn attributes(&mut self, attributes: &[Attribute]) {
        for (name, value) in attributes {
            self.attribute(name, *value);
        }
    }

    fn attribute(&mut self, name: &'static str, value: &dyn Display) {
        self.markup.push(' ');
        self.markup.push_str(name);
        self.markup.push_str("=\"");
        // Writing into a String cannot fail.
        let _ = write!(Escaping(&mut self.markup), "{value}");
        self.markup.push('"');
    }
}

/// Writes whatever is formatted into it to the string, escaped.
struct Escaping<'a>(&'a mut String);

impl fmt::Write for Escaping<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        escape_into(self.0, text);
        Ok(())
    }
}

/// Appends `text` to `markup` with the characters that mean something in
/// XML or HTML (`&`, `<`, `>`, `"`, `'`) as entities: safe in text and in
/// attribute values. The one escaping path of every drawing.
pub fn escape_into(markup: &mut String, text: &str) {
    for character in text.chars() {
        match character {
            '&' => markup.push_str("&amp;"),
            '<' => markup.push_str("&lt;"),
            '>' => markup.push_str("&gt;"),
            '"' => markup.push_str("&quot;"),
            '\'' => markup.push_str("&#39;"),
            other => markup.push(other),
        }
    }
}

/// `text` escaped as [`escape_into`] does.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    escape_into(&mut escaped, text);
    escaped
}
