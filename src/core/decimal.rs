//! Numbers rounded to a few decimals, written from whole tenths or
//! hundredths: the team's CSV export and the numbers in drawings.
//!
//! Writing an `f64` with `{}` brings core's float formatting into the wasm:
//! the shortest digits that read back, and the exact digits `{:.2}` asks
//! for, with their big-number arithmetic and tables. A rounded number needs
//! none of it, as its digits are those of a whole number: the full app's
//! wasm went from 315.1 to 307.3 KiB brotli without it (30 November 2026).
//! `tests/core/decimal.rs` checks the digits against `{}` of the rounded
//! `f64`.

use std::fmt;

/// A number rounded to [`Decimal::tenths`] or [`Decimal::hundredths`],
/// displayed as `{}` displays the rounded `f64` (`62.5`, `100`, `0.45`,
/// `-0`), for values below a trillion (every number the app writes this
/// way is far below).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decimal {
    /// The value in units of the last decimal, a whole number.
    scaled: f64,
    /// How many decimals: 1 or 2.
    places: u32,
}

impl Decimal {
    /// `value` rounded to a tenth.
    pub fn tenths(value: f64) -> Decimal {
        Decimal::rounded(value, 1)
    }

    /// `value` rounded to a hundredth.
    pub fn hundredths(value: f64) -> Decimal {
        Decimal::rounded(value, 2)
    }

    fn rounded(value: f64, places: u32) -> Decimal {
        Decimal {
            scaled: (value * 10f64.powi(places as i32)).round(),
            places,
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scaled.is_sign_negative() {
            f.write_str("-")?;
        }
        let unit = 10u64.pow(self.places);
        let scaled = self.scaled.abs() as u64;
        write!(f, "{}", scaled / unit)?;
        let mut fraction = scaled % unit;
        if fraction == 0 {
            return Ok(());
        }
        // The fraction's digits without trailing zeros: 50 hundredths is
        // `.5`, 5 hundredths `.05`.
        let mut digits = self.places;
        while fraction.is_multiple_of(10) {
            fraction /= 10;
            digits -= 1;
        }
        write!(f, ".{fraction:0width$}", width = digits as usize)
    }
}
