//! Embedding in another site's page: the messages the app posts to its
//! parent frame, the check of a parent origin, and the accent colour.
//!
//! # Messages (format version 1)
//!
//! Every message is a plain object whose `type` starts with
//! [`MESSAGE_PREFIX`] and which carries `version: 1`:
//!
//! - `sociale-innovatie-scan:height` with `height`, the content height in CSS
//!   pixels (a whole number), posted whenever it changes. It says nothing
//!   about the answers, so it goes to any parent.
//! - `sociale-innovatie-scan:result` with `link` (the result link),
//!   `questionnaire`, `role` (or `null`), `index` and `coherence` (whole
//!   numbers or `null`) and `dimensions` (dimension id to a whole number or
//!   `null`), posted once per finished scan, and only to the exact origin the
//!   embed names with `parentOrigin`.
//!
//! A published version never changes; a new field or meaning is a new version.

use serde_json::json;

use super::scoring::{display_score, ScanResult};
use super::share::SharedResult;

/// The start of every message type, so hosts can tell our messages apart.
pub const MESSAGE_PREFIX: &str = "sociale-innovatie-scan:";

/// The type of the height message.
pub const HEIGHT_MESSAGE: &str = "sociale-innovatie-scan:height";

/// The type of the result message.
pub const RESULT_MESSAGE: &str = "sociale-innovatie-scan:result";

/// The message format version this app writes.
pub const MESSAGE_VERSION: u32 = 1;

/// The height message for a content height in CSS pixels, as JSON.
pub fn height_message(height: f64) -> String {
    let height = if height.is_finite() {
        height.ceil().clamp(0.0, 1_000_000.0) as u32
    } else {
        0
    };
    // Written by hand, not with serde_json: the first-load app posts it too,
    // and carries no JSON library.
    format!(r#"{{"type":"{HEIGHT_MESSAGE}","version":{MESSAGE_VERSION},"height":{height}}}"#)
}

/// The result message of a finished scan, as JSON.
pub fn result_message(shared: &SharedResult, result: &ScanResult, link: &str) -> String {
    let whole = |score: Option<f64>| score.map(display_score);
    let dimensions: serde_json::Map<String, serde_json::Value> = result
        .dimensions
        .iter()
        .map(|d| (d.dimension.id().to_owned(), json!(whole(d.score))))
        .collect();
    json!({
        "type": RESULT_MESSAGE,
        "version": MESSAGE_VERSION,
        "link": link,
        "questionnaire": shared.questionnaire.version,
        "role": shared.role.map(|role| role.id()),
        "index": whole(result.index),
        "coherence": whole(result.coherence),
        "dimensions": dimensions,
    })
    .to_string()
}

/// Reads an exact origin such as `https://example.org` or
/// `https://example.org:8443`, and returns it in the form browsers compare
/// (lower case). Only `https` is accepted, and `http` for the loopback hosts
/// `localhost`, `127.0.0.1` and `[::1]` (for development). Anything with a
/// path, query, fragment, user name or odd character is refused.
pub fn parse_origin(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    let (host, port) = match rest.rsplit_once(':') {
        // A colon inside brackets belongs to an IPv6 address, not a port.
        Some((host, port)) if !port.contains(']') => (host, Some(port)),
        _ => (rest, None),
    };
    let host_ok = if let Some(inner) = host.strip_prefix('[') {
        inner.strip_suffix(']').is_some_and(|ip| {
            !ip.is_empty() && ip.chars().all(|c| c.is_ascii_hexdigit() || c == ':')
        })
    } else {
        !host.is_empty()
            && host.len() <= 253
            && host.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
    };
    let port_ok = port.is_none_or(|port| {
        !port.is_empty()
            && port.len() <= 5
            && port.chars().all(|c| c.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p))
    });
    let loopback = matches!(host, "localhost" | "127.0.0.1" | "[::1]");
    let scheme_ok = scheme == "https" || (scheme == "http" && loopback);
    (host_ok && port_ok && scheme_ok).then_some(lower)
}

/// A colour as red, green and blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Reads `#rrggbb` or `rrggbb` (hex digits in either case).
    pub fn from_hex(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).ok();
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// The colour as `#rrggbb`, safe to put in a style.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// The relative luminance (WCAG 2.2).
    pub fn luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                power_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// The contrast ratio with another colour (WCAG 2.2), 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Mixes with another colour: `share` of `other` (0-1).
    fn mix(self, other: Rgb, share: f64) -> Rgb {
        let channel =
            |a: u8, b: u8| (f64::from(a) * (1.0 - share) + f64::from(b) * share).round() as u8;
        Rgb(
            channel(self.0, other.0),
            channel(self.1, other.1),
            channel(self.2, other.2),
        )
    }
}

/// `base` to the power 2.4, for `base` in (0, 1]: the fifth root of
/// `base`^12 by Newton's method. Written out instead of `powf`, whose code the
/// first-load app would otherwise carry for this one use.
pub fn power_2_4(base: f64) -> f64 {
    let squared = base * base;
    let target = squared * squared * squared * squared * squared * squared;
    // base^2 lies above the root (base^2.4 <= base^2 for base <= 1), where
    // Newton's method for a convex function descends to it steadily.
    let mut root = squared;
    for _ in 0..40 {
        let fourth = root * root * root * root;
        if fourth == 0.0 {
            break;
        }
        root -= (fourth * root - target) / (5.0 * fourth);
    }
    root
}

/// White, the text colour on accent buttons.
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

/// The page background, on which accent-coloured text and links stand.
pub const PAGE_BACKGROUND: Rgb = Rgb(0xf6, 0xf5, 0xf1);

/// The contrast text needs (WCAG 2.2 AA for normal text).
pub const TEXT_CONTRAST: f64 = 4.5;

/// The accent colours the style sheet uses, derived from one colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccentPalette {
    /// Buttons, links and the chart: readable as text on the page and with
    /// white text on it.
    pub accent: Rgb,
    /// Hover and pressed states: darker.
    pub strong: Rgb,
    /// Tinted backgrounds: the accent mostly mixed with white.
    pub soft: Rgb,
}

/// The palette for an accent colour asked for by a host. A colour too light
/// for white text or for text on the page is darkened step by step until
/// both reach [`TEXT_CONTRAST`], so a host's colour never makes the app
/// unreadable.
pub fn accent_palette(requested: Rgb) -> AccentPalette {
    let black = Rgb(0, 0, 0);
    let readable =
        |c: Rgb| c.contrast(WHITE) >= TEXT_CONTRAST && c.contrast(PAGE_BACKGROUND) >= TEXT_CONTRAST;
    let mut accent = requested;
    let mut step = 0.0;
    while !readable(accent) && step < 1.0 {
        step += 0.05;
        accent = requested.mix(black, step);
    }
    AccentPalette {
        accent,
        strong: accent.mix(black, 0.25),
        soft: accent.mix(WHITE, 0.88),
    }
}
