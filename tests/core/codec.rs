//! The shared readers of pasted links: a code in a bare text, `key=CODE`, a
//! fragment or a whole URL (used by result links and team links alike).

use sis::core::codec::{find_in_pasted, fragment_parameter, Pasted};

#[test]
fn codes_are_found_in_every_form_of_pasted_text() {
    let parameter = |code: &str| Pasted::Parameter(code.to_owned());
    let bare = |code: &str| Pasted::Bare(code.to_owned());
    let cases: &[(&str, Pasted)] = &[
        ("", Pasted::Empty),
        (" \n\t ", Pasted::Empty),
        ("ABC123", bare("ABC123")),
        ("  AB C1\n23 ", bare("ABC123")),
        ("r=ABC", parameter("ABC")),
        ("#r=ABC", parameter("ABC")),
        ("https://example.org/scan/#r=ABC", parameter("ABC")),
        (
            "https://example.org/scan/#lang=en&r=ABC&x=1",
            parameter("ABC"),
        ),
        ("https://example.org/scan/%23r%3DABC", parameter("ABC")),
        ("https://example.org/scan/#r=", parameter("")),
        // Escaped once only: %2523 is a literal %23 after decoding.
        ("https://example.org/scan/%2523r=ABC", Pasted::NotALink),
        ("https://example.org/scan/", Pasted::NotALink),
        ("https://example.org/scan/#a=ABC", Pasted::NotALink),
        ("<b>ABC</b>", Pasted::NotALink),
        ("a=1&b=2", Pasted::NotALink),
        // The key must be the whole parameter name.
        ("#rr=ABC", Pasted::NotALink),
        ("#r=ABC&r=DEF", parameter("ABC")),
    ];
    for (text, expected) in cases {
        assert_eq!(&find_in_pasted(text, "r", 4096), expected, "{text:?}");
    }
    // Text over the limit is not read at all.
    assert_eq!(
        find_in_pasted(&"A".repeat(4097), "r", 4096),
        Pasted::NotALink
    );
    assert_eq!(
        find_in_pasted(&"A".repeat(4096), "r", 4096),
        bare(&"A".repeat(4096))
    );
}

#[test]
fn fragment_parameters_are_read_as_written() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("#i=CODE", "i", Some("CODE")),
        ("i=CODE", "i", Some("CODE")),
        ("https://example.org/#lang=nl&i=CODE", "i", Some("CODE")),
        ("https://example.org/?i=QUERY#i=CODE", "i", Some("CODE")),
        ("https://example.org/#i=", "i", Some("")),
        ("https://example.org/#ii=CODE", "i", None),
        ("CODE", "i", None),
        // No decoding here: the caller decides.
        ("#i=A%20B", "i", Some("A%20B")),
    ];
    for (text, key, expected) in cases {
        assert_eq!(fragment_parameter(text, key), *expected, "{text:?}");
    }
}
