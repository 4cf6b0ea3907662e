//! The building blocks of the link formats: base64url in its one spelling
//! and the CRC-24 frame every link format ends with. (Finding a code in
//! text is `link_reader`'s, tested in `link_reader.rs`.)

use sis::core::links::codec::{
    crc24, ends_in_crc24, from_base64url, from_base64url_exact, to_base64url,
};

#[test]
fn base64url_is_read_exactly_only_in_its_one_spelling() {
    let cases: &[(&str, Option<&[u8]>)] = &[
        ("", Some(b"")),
        ("AA", Some(&[0])),
        ("AAA", Some(&[0, 0])),
        ("AAAA", Some(&[0, 0, 0])),
        ("_w", Some(&[0xFF])),
        ("__8", Some(&[0xFF, 0xFF])),
        ("____", Some(&[0xFF, 0xFF, 0xFF])),
        // The unused bits of the last character must be zero.
        ("AB", None),
        ("AP", None),
        ("AAB", None),
        ("AAD", None),
        ("__", None),
        ("___", None),
        // No encoding has a length of 4n + 1; padding and other alphabets
        // are not ours.
        ("A", None),
        ("AAAAA", None),
        ("AA==", None),
        ("+/8", None),
        ("AA A", None),
    ];
    for (text, expected) in cases {
        assert_eq!(from_base64url_exact(text).as_deref(), *expected, "{text:?}");
        if let Some(bytes) = expected {
            assert_eq!(to_base64url(bytes), *text);
        }
    }
    // The loose reader takes the other spellings to the same bytes.
    assert_eq!(from_base64url("AP"), from_base64url("AA"));
}

#[test]
fn the_crc24_frame_is_a_check_of_a_prefix_and_the_bytes_before_it() {
    let framed = |prefix: &[u8], body: &[u8]| {
        let mut bytes = body.to_vec();
        let crc = crc24(prefix.iter().chain(body).copied());
        bytes.extend_from_slice(&crc.to_be_bytes()[1..]);
        bytes
    };
    let good = framed(&[], b"team");
    let with_prefix = framed(&[2], b"team");
    let mut changed = good.clone();
    changed[1] ^= 1;
    let cases: Vec<(&str, &[u8], Vec<u8>, bool)> = vec![
        ("a body and its check", &[], good.clone(), true),
        ("with a prefix", &[2], with_prefix.clone(), true),
        ("the prefix missing", &[], with_prefix, false),
        ("a prefix too many", &[2], good.clone(), false),
        ("a body byte changed", &[], changed, false),
        (
            "only a check, no body",
            &[],
            framed(&[], b"")[..3].to_vec(),
            false,
        ),
        ("shorter than a check", &[], vec![1, 2], false),
        ("nothing", &[], Vec::new(), false),
    ];
    for (name, prefix, bytes, expected) in cases {
        assert_eq!(ends_in_crc24(prefix, &bytes), expected, "{name}");
    }
}
