//! Rounded numbers (`core::decimal`) are written as `{}` writes the rounded
//! `f64`, without core's float formatting.

use proptest::prelude::*;
use sis::core::decimal::Decimal;

/// `value` rounded to `places` decimals as an `f64`, written by `{}`.
fn reference(value: f64, places: i32) -> String {
    let unit = 10f64.powi(places);
    format!("{}", (value * unit).round() / unit)
}

/// Values of every kind the app rounds (scores 0 to 100, opacities, font
/// sizes, view boxes), their negatives, and up to a trillion.
fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.0..100.0f64,
        0.0..1.0f64,
        -1e12..1e12f64,
        (-100_000i64..100_000).prop_map(|hundredths| hundredths as f64 / 100.0),
        prop::sample::select(vec![
            0.0,
            -0.0,
            0.005,
            0.05,
            0.055,
            0.95,
            99.95,
            26.0 / 1.24,
            -0.004
        ]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn rounded_numbers_read_as_the_rounded_floats(value in any_value()) {
        prop_assert_eq!(Decimal::tenths(value).to_string(), reference(value, 1));
        prop_assert_eq!(Decimal::hundredths(value).to_string(), reference(value, 2));
    }
}

#[test]
fn examples() {
    for (value, tenths, hundredths) in [
        (62.5, "62.5", "62.5"),
        (100.0, "100", "100"),
        (0.45, "0.5", "0.45"),
        (0.6975, "0.7", "0.7"),
        (0.05, "0.1", "0.05"),
        (-0.0, "-0", "-0"),
        (-1.234, "-1.2", "-1.23"),
    ] {
        assert_eq!(Decimal::tenths(value).to_string(), tenths, "{value}");
        assert_eq!(
            Decimal::hundredths(value).to_string(),
            hundredths,
            "{value}"
        );
    }
}
