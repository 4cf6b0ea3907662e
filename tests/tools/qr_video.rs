//! Writes a Y4M video of QR codes, for the browser test of replies read by
//! camera (`tests/e2e/qr.test.mjs`): Chromium plays it as a fake camera
//! (`--use-file-for-fake-video-capture`), in a loop.
//!
//! Each text is shown as a QR code (qrcodegen, dark on white, centred on a
//! grey frame) for `--hold` seconds, with a blank grey frame for `--gap`
//! seconds after it.
//!
//! Usage: `cargo run --example qr_video -- OUT.y4m [--fps N] [--hold S]
//! [--gap S] TEXT...`

use std::fs::File;
use std::io::{BufWriter, Write};

use qrcodegen::{QrCode, QrCodeEcc};

const WIDTH: usize = 480;
const HEIGHT: usize = 360;
/// Pixels a module: a code of version 8 (49 modules, 57 with its quiet
/// zone) is 342 pixels, as a phone held up fills much of a camera's frame.
const SCALE: usize = 6;
const GREY: u8 = 160;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = args
        .next()
        .expect("usage: qr_video OUT.y4m [--fps N] [--hold S] [--gap S] TEXT...");
    let (mut fps, mut hold, mut gap) = (10usize, 1.0f64, 0.5f64);
    let mut texts = Vec::new();
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .expect("a value")
                .parse::<f64>()
                .expect("a number")
        };
        match arg.as_str() {
            "--fps" => fps = value() as usize,
            "--hold" => hold = value(),
            "--gap" => gap = value(),
            _ => texts.push(arg),
        }
    }
    let mut file = BufWriter::new(File::create(&out)?);
    writeln!(
        file,
        "YUV4MPEG2 W{WIDTH} H{HEIGHT} F{fps}:1 Ip A1:1 C420jpeg"
    )?;
    let blank = frame(None);
    let frames = |seconds: f64| ((seconds * fps as f64).round() as usize).max(1);
    for text in &texts {
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).expect("fits a QR code");
        let shown = frame(Some(&code));
        for _ in 0..frames(hold) {
            write_frame(&mut file, &shown)?;
        }
        for _ in 0..frames(gap) {
            write_frame(&mut file, &blank)?;
        }
    }
    file.flush()?;
    println!("{out}: {} codes, {fps} frames a second", texts.len());
    Ok(())
}

/// The luma plane of one frame: grey, with the code centred on white.
fn frame(code: Option<&QrCode>) -> Vec<u8> {
    let mut luma = vec![GREY; WIDTH * HEIGHT];
    let Some(code) = code else {
        return luma;
    };
    let side = (code.size() as usize + 8) * SCALE;
    assert!(side <= HEIGHT, "the code is larger than the frame");
    let (left, top) = ((WIDTH - side) / 2, (HEIGHT - side) / 2);
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = ((x / SCALE) as i32 - 4, (y / SCALE) as i32 - 4);
            luma[(top + y) * WIDTH + left + x] = if code.get_module(mx, my) { 0 } else { 255 };
        }
    }
    luma
}

/// One frame: its luma, then both chroma planes (4:2:0) neutral.
fn write_frame(file: &mut impl Write, luma: &[u8]) -> std::io::Result<()> {
    file.write_all(b"FRAME\n")?;
    file.write_all(luma)?;
    file.write_all(&vec![128u8; WIDTH * HEIGHT / 2])
}
