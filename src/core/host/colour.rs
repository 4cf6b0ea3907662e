//! The host's accent colour (`accent=`): read as a hex colour, and made into
//! a palette whose text keeps a readable contrast.

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
