//! Reading QR codes from camera frames, for browsers without the platform's
//! `BarcodeDetector`: a frame's RGBA pixels become luma, and `quircs` (a
//! pure-Rust port of quirc) finds and decodes the codes in it. Pure. The on-demand decoder
//! (`src/qr-decoder/`, `sis-qr`) compiles this file into a wasm module of its own;
//! the app's binaries do not use it, so neither the first load nor the full
//! app carries the decoder.

/// The luma (grey value, 0 to 255) of each RGBA pixel, by the integer
/// weights of ITU-R BT.601 (77, 150, 29 of 256); alpha is ignored, as a
/// camera frame is opaque. A trailing partial pixel is left out.
pub fn luma_from_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|pixel| {
            let weighted =
                77 * u32::from(pixel[0]) + 150 * u32::from(pixel[1]) + 29 * u32::from(pixel[2]);
            // At most 255 * 256 / 256: always fits.
            (weighted >> 8) as u8
        })
        .collect()
}

/// A reader of QR codes that keeps its buffers from frame to frame.
#[derive(Default)]
pub struct QrReader {
    quirc: quircs::Quirc,
}

impl QrReader {
    /// A reader with empty buffers.
    pub fn new() -> QrReader {
        QrReader::default()
    }

    /// The texts of every QR code found in a grey image of `width` by
    /// `height` (row by row), in the order found. Codes that do not decode,
    /// or hold no UTF-8 text, are left out. An image of the wrong size
    /// gives nothing.
    pub fn read(&mut self, luma: &[u8], width: usize, height: usize) -> Vec<String> {
        if width == 0 || height == 0 || width.checked_mul(height) != Some(luma.len()) {
            return Vec::new();
        }
        self.quirc
            .identify(width, height, luma)
            .filter_map(|code| code.ok()?.decode().ok())
            .filter_map(|data| String::from_utf8(data.payload).ok())
            .collect()
    }

    /// [`QrReader::read`] of an RGBA frame (4 bytes a pixel).
    pub fn read_rgba(&mut self, rgba: &[u8], width: usize, height: usize) -> Vec<String> {
        if width.checked_mul(height).and_then(|n| n.checked_mul(4)) != Some(rgba.len()) {
            return Vec::new();
        }
        self.read(&luma_from_rgba(rgba), width, height)
    }
}
