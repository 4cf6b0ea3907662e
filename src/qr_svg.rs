//! A QR code of a link as SVG markup, for workshops: scan the screen, open
//! the result. Pure Rust; the modules come from the `qrcodegen` crate, the
//! markup from the one SVG writer (`crate::svg`). The code is dark on white
//! in every theme, as scanners expect: its paints are fixed in the style
//! sheet, not taken from the theme.

use qrcodegen::{QrCode, QrCodeEcc};

use crate::svg::{Ink, Label, Paint, Svg, Target};

/// Quiet zone around the code, in modules, as the standard asks.
const BORDER: i32 = 4;

/// The QR code of `text` as an SVG with an accessible name (`title`), or
/// `None` when the text is too long for a QR code.
pub fn qr_svg(text: &str, title: &str) -> Option<String> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + BORDER, y + BORDER));
            }
        }
    }
    let full = size + 2 * BORDER;
    let view_box = [0.0, 0.0, f64::from(full), f64::from(full)];
    let mut svg = Svg::new(
        Target::Page,
        "qr-svg",
        view_box,
        Label::Named(title),
        &[("shape-rendering", &"crispEdges")],
    );
    svg.empty(
        "rect",
        Some(Ink::Fill(Paint::QrLight)),
        &[("width", &full), ("height", &full)],
    );
    svg.empty("path", Some(Ink::Fill(Paint::QrDark)), &[("d", &path)]);
    Some(svg.finish())
}
