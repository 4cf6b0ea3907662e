//! Embedding: the messages to the parent frame, the parent-origin check and
//! the accent palette.

use proptest::prelude::*;
use serde_json::Value;

use sis::core::host::colour::{
    accent_palette, power_2_4, Rgb, PAGE_BACKGROUND, TEXT_CONTRAST, WHITE,
};
use sis::core::host::messages::{height_message, result_message, HEIGHT_MESSAGE, RESULT_MESSAGE};
use sis::core::host::origin::parse_origin;
use sis::core::model::Role;
use sis::core::questionnaire::V1;
use sis::core::scan::answers::{Answer, AnswerSheet, Likert};

use super::support::ITEMS;
use sis::core::links::share::SharedResult;
use sis::core::scan::scoring::score;

#[test]
fn origins() {
    let cases: [(&str, Option<&str>); 22] = [
        ("https://example.org", Some("https://example.org")),
        ("https://Example.ORG", Some("https://example.org")),
        (
            "https://sub.example.org:8443",
            Some("https://sub.example.org:8443"),
        ),
        ("http://localhost:8080", Some("http://localhost:8080")),
        ("http://127.0.0.1:5000", Some("http://127.0.0.1:5000")),
        ("http://[::1]:5000", Some("http://[::1]:5000")),
        ("https://[2001:db8::1]", Some("https://[2001:db8::1]")),
        ("http://example.org", None),
        ("https://example.org/", None),
        ("https://example.org/path", None),
        ("https://example.org?x=1", None),
        ("https://example.org#x", None),
        ("https://user@example.org", None),
        ("https://example.org:0", None),
        ("https://example.org:70000", None),
        ("https://example.org:", None),
        ("https://-bad.example", None),
        ("https://exa mple.org", None),
        ("javascript:alert(1)", None),
        ("*", None),
        ("null", None),
        ("", None),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_origin(text).as_deref(), expected, "{text}");
    }
}

#[test]
fn the_power_without_libm_matches_powf() {
    for channel in 0..=255u32 {
        let base = (f64::from(channel) / 255.0 + 0.055) / 1.055;
        let exact = base.powf(2.4);
        assert!(
            (power_2_4(base) - exact).abs() <= 1e-12 * exact.max(1e-3),
            "{channel}: {} vs {exact}",
            power_2_4(base)
        );
    }
}

#[test]
fn colours() {
    assert_eq!(Rgb::from_hex("#0e6b64"), Some(Rgb(0x0e, 0x6b, 0x64)));
    assert_eq!(Rgb::from_hex("0E6B64"), Some(Rgb(0x0e, 0x6b, 0x64)));
    for bad in [
        "",
        "#",
        "#0e6b6",
        "#0e6b644",
        "#0g6b64",
        "red",
        "#0e6b64;x",
        "+0e6b64",
    ] {
        assert_eq!(Rgb::from_hex(bad), None, "{bad}");
    }
    assert_eq!(Rgb(0x0e, 0x6b, 0x64).to_hex(), "#0e6b64");
    // Known WCAG figures: black on white is 21:1.
    assert!((Rgb(0, 0, 0).contrast(WHITE) - 21.0).abs() < 1e-9);
    // The app's own accent is readable and stays as it is.
    let own = Rgb(0x0e, 0x6b, 0x64);
    assert_eq!(accent_palette(own).accent, own);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Whatever colour a host asks for, white text on it and it as text on
    /// the page stay readable; a readable colour is kept.
    #[test]
    fn any_accent_gives_a_readable_palette(r: u8, g: u8, b: u8) {
        let requested = Rgb(r, g, b);
        let palette = accent_palette(requested);
        prop_assert!(palette.accent.contrast(WHITE) >= TEXT_CONTRAST);
        prop_assert!(palette.accent.contrast(PAGE_BACKGROUND) >= TEXT_CONTRAST);
        prop_assert!(palette.strong.contrast(WHITE) >= TEXT_CONTRAST);
        let readable = requested.contrast(WHITE) >= TEXT_CONTRAST
            && requested.contrast(PAGE_BACKGROUND) >= TEXT_CONTRAST;
        if readable {
            prop_assert_eq!(palette.accent, requested);
        }
    }
}

#[test]
fn messages() {
    let height: Value = serde_json::from_str(&height_message(812.3)).unwrap();
    assert_eq!(height["type"], HEIGHT_MESSAGE);
    assert_eq!(height["version"], 1);
    assert_eq!(height["height"], 813);
    assert_eq!(
        serde_json::from_str::<Value>(&height_message(f64::NAN)).unwrap()["height"],
        0
    );

    let mut answers = AnswerSheet::empty(&V1);
    for index in 0..ITEMS {
        answers.set(index, Likert::new(4).map(Answer::Scale));
    }
    let shared = SharedResult {
        questionnaire: V1,
        role: Some(Role::Manager),
        answers,
    };
    let result = score(&shared.questionnaire, &shared.answers);
    let message: Value = serde_json::from_str(&result_message(
        &shared,
        &result,
        "https://app.example/#r=X",
    ))
    .unwrap();
    assert_eq!(message["type"], RESULT_MESSAGE);
    assert_eq!(message["version"], 1);
    assert_eq!(message["link"], "https://app.example/#r=X");
    assert_eq!(message["role"], "manager");
    assert_eq!(message["questionnaire"], 1);
    let dimensions = message["dimensions"].as_object().unwrap();
    assert_eq!(dimensions.len(), 5);
    for (id, value) in dimensions {
        let expected = result
            .dimensions
            .iter()
            .find(|d| d.dimension.id() == id)
            .and_then(|d| d.score)
            .map(|s| s.round() as i64);
        assert_eq!(value.as_i64(), expected, "{id}");
    }
    // No answers travel in the message, only scores and the link.
    assert!(message.get("answers").is_none());
}
