//! A QR code of a link as SVG markup, for workshops: scan the screen, open
//! the result. Pure Rust; the modules come from the `qrcodegen` crate.

use qrcodegen::{QrCode, QrCodeEcc};

use crate::chart_svg::escape_xml;

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
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" role=\"img\" \
         class=\"qr-svg\" shape-rendering=\"crispEdges\"><title>{}</title>\
         <rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>",
        escape_xml(title)
    ))
}
