//! Query-string settings: valid ones apply, everything else is ignored with a warning.

use sis::core::model::Lang;
use sis::core::params::{parse_query, LaunchParams};

#[test]
fn query_strings() {
    let none = LaunchParams::default();
    let english = LaunchParams {
        lang: Some(Lang::En),
        ..none
    };
    let skip = LaunchParams {
        skip_intro: true,
        ..none
    };
    let long = "x".repeat(5000);
    let cases: Vec<(String, LaunchParams, usize)> = vec![
        (String::new(), none, 0),
        ("?".into(), none, 0),
        ("?lang=en".into(), english, 0),
        ("lang=EN".into(), english, 0),
        ("?intro=0".into(), skip, 0),
        (
            "?intro=0&lang=en".into(),
            LaunchParams {
                lang: Some(Lang::En),
                skip_intro: true,
            },
            0,
        ),
        ("?lang=xx".into(), none, 1),
        ("?lang=<script>alert(1)</script>".into(), none, 1),
        ("?intro=maybe&foo=bar".into(), none, 2),
        (format!("?lang={long}"), none, 1),
        (
            "?&&lang=nl&".into(),
            LaunchParams {
                lang: Some(Lang::Nl),
                ..none
            },
            0,
        ),
    ];
    for (query, expected, warnings) in cases {
        let (params, got) = parse_query(&query);
        assert_eq!(params, expected, "{query}");
        assert_eq!(got.len(), warnings, "{query}: {got:?}");
    }
}
