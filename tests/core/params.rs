//! Query-string settings: valid ones apply, everything else is ignored with a warning.

use sis::core::host::colour::Rgb;
use sis::core::host::params::{parse_query, LaunchParams};
use sis::core::i18n::Lang;
use sis::core::links::invite::{encode_invite, Invite, TeamId};

#[test]
fn query_strings() {
    let none = LaunchParams::default();
    let with = |change: fn(&mut LaunchParams)| {
        let mut params = LaunchParams::default();
        change(&mut params);
        params
    };
    let long = "x".repeat(5000);
    let invite = Invite {
        team: TeamId(42),
        min_group: 4,
        label: "Zorg & Welzijn".to_owned(),
        key: None,
    };
    let cases: Vec<(String, LaunchParams, usize)> = vec![
        (String::new(), none.clone(), 0),
        ("?".into(), none.clone(), 0),
        ("?lang=en".into(), with(|p| p.lang = Some(Lang::En)), 0),
        ("lang=EN".into(), with(|p| p.lang = Some(Lang::En)), 0),
        ("?intro=0".into(), with(|p| p.skip_intro = true), 0),
        (
            "?intro=0&lang=en".into(),
            with(|p| {
                p.lang = Some(Lang::En);
                p.skip_intro = true;
            }),
            0,
        ),
        ("?lang=xx".into(), none.clone(), 1),
        ("?lang=<script>alert(1)</script>".into(), none.clone(), 1),
        ("?intro=maybe&foo=bar".into(), none.clone(), 2),
        (format!("?lang={long}"), none.clone(), 1),
        (format!("?{long}=1"), none.clone(), 1),
        ("?&&lang=nl&".into(), with(|p| p.lang = Some(Lang::Nl)), 0),
        // Embedding.
        ("?embed=1".into(), with(|p| p.embed = Some(true)), 0),
        ("?embed=0".into(), with(|p| p.embed = Some(false)), 0),
        ("?embed=yes".into(), none.clone(), 1),
        (
            "?accent=%23aa3300".into(),
            with(|p| p.accent = Some(Rgb(0xaa, 0x33, 0))),
            0,
        ),
        (
            "?accent=AA3300".into(),
            with(|p| p.accent = Some(Rgb(0xaa, 0x33, 0))),
            0,
        ),
        ("?accent=javascript:alert(1)".into(), none.clone(), 1),
        ("?accent=red".into(), none.clone(), 1),
        ("?accent=%23abc".into(), none.clone(), 1),
        (
            "?accent=%23aa3300;background:url(x)".into(),
            none.clone(),
            1,
        ),
        (
            "?parentOrigin=https%3A%2F%2Fhost.example".into(),
            with(|p| p.parent_origin = Some("https://host.example".into())),
            0,
        ),
        (
            "?parentOrigin=https://host.example/path".into(),
            none.clone(),
            1,
        ),
        ("?parentOrigin=*".into(), none.clone(), 1),
        ("?kiosk=1".into(), with(|p| p.kiosk = true), 0),
        (
            "?kiosk=1&kioskTimeout=45".into(),
            with(|p| {
                p.kiosk = true;
                p.kiosk_timeout_seconds = 45;
            }),
            0,
        ),
        ("?kioskTimeout=5".into(), none.clone(), 1),
        ("?kioskTimeout=-1".into(), none.clone(), 1),
        ("?kioskTimeout=99999".into(), none.clone(), 1),
        (
            format!("?invite={}", encode_invite(&invite)),
            LaunchParams {
                invite: Some(encode_invite(&invite)),
                ..LaunchParams::default()
            },
            0,
        ),
        ("?invite=%3Cb%3E".into(), none.clone(), 1),
        ("?invite=".into(), none.clone(), 1),
    ];
    for (query, expected, warnings) in cases {
        let (params, got) = parse_query(&query);
        assert_eq!(params, expected, "{query}");
        assert_eq!(got.len(), warnings, "{query}: {got:?}");
    }
}

#[test]
fn plain_visits_are_told_apart() {
    use sis::core::host::params::first_load_query;
    let english = LaunchParams {
        lang: Some(Lang::En),
        ..LaunchParams::default()
    };
    let skip = LaunchParams {
        skip_intro: true,
        ..english.clone()
    };
    let cases: [(&str, LaunchParams, bool); 9] = [
        ("", LaunchParams::default(), true),
        ("?lang=en", english.clone(), true),
        ("?lang=en&intro=0", skip.clone(), true),
        // Anything else goes to the full app, which reads and warns; the
        // valid language and intro settings still apply from the start.
        ("?embed=1&lang=en", english.clone(), false),
        ("?lang=en&intro=0&kiosk=1", skip, false),
        ("?lang=xx", LaunchParams::default(), false),
        ("?intro=2", LaunchParams::default(), false),
        ("?lang", LaunchParams::default(), false),
        ("?foo=bar", LaunchParams::default(), false),
    ];
    for (query, params, plain) in cases {
        assert_eq!(first_load_query(query), (params, plain), "{query}");
    }
}
