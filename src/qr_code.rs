//! The modules of a QR code of a text, from the `qrcodegen` crate (Nayuki's
//! generator), as bytes: the code's size, then one byte per module, row by
//! row, 1 for dark and 0 for light.
//!
//! A file of its own, with no `crate::` paths, so that two builds share it:
//! the library (the team app and the native tests, through `qr_svg`) and the
//! on-demand share module (`src/share-module/`), which the app's wasm asks
//! for a QR code, so that the app itself carries no QR encoder.

use qrcodegen::{QrCode, QrCodeEcc};

/// The modules of the QR code of `text` (error correction level M), or
/// `None` when the text is too long for a QR code.
pub fn qr_modules(text: &str) -> Option<Vec<u8>> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut modules = Vec::with_capacity(1 + (size * size) as usize);
    // The largest QR code (version 40) is 177 modules wide.
    modules.push(u8::try_from(size).ok()?);
    for y in 0..size {
        for x in 0..size {
            modules.push(u8::from(code.get_module(x, y)));
        }
    }
    Some(modules)
}
