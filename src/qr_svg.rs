//! A QR code of a link as SVG markup, for workshops: scan the screen, open
//! the result. Pure Rust; the modules come from `crate::qr_code` (the
//! `qrcodegen` crate; in the app's wasm, through the on-demand share module),
//! the markup from the one SVG writer (`crate::svg`). The code is dark on white
//! in every theme, as scanners expect: its paints are fixed in the style
//! sheet, not taken from the theme.

use crate::svg::{Ink, Label, Paint, Svg, Target};

/// Quiet zone around the code, in modules, as the standard asks.
const BORDER: i32 = 4;

/// The QR code of `text` as an SVG with an accessible name (`title`), or
/// `None` when the text is too long for a QR code.
pub fn qr_svg(text: &str, title: &str) -> Option<String> {
    qr_svg_of(&crate::qr_code::qr_modules(text)?, title)
}

/// The SVG of a QR code's modules as `crate::qr_code::qr_modules` gives
/// them, or `None` when they are not a square of that size.
pub fn qr_svg_of(modules: &[u8], title: &str) -> Option<String> {
    let (&size, dark) = modules.split_first()?;
    let size = usize::from(size);
    if size == 0 || dark.len() != size * size {
        return None;
    }
    let mut path = String::new();
    for (index, _) in dark.iter().enumerate().filter(|(_, &module)| module != 0) {
        let (x, y) = (index % size, index / size);
        path.push_str(&format!(
            "M{},{}h1v1h-1z",
            x as i32 + BORDER,
            y as i32 + BORDER
        ));
    }
    let size = size as i32;
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
