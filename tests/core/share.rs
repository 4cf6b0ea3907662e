//! The result-link codec: its size, round trips (also as properties), the
//! golden file of published links, typos the check must catch, and a table of
//! bad and oddly pasted links with the error each gives.

use proptest::prelude::*;
use serde_json::{json, Value};

use sis::core::links::codec::{crc24, from_base64url, to_base64url};
use sis::core::links::share::{
    decode, encode, find_code, fragment, parse_raw, validate, LinkError, RawCode, SharedResult,
    CODE_LENGTH, FRAGMENT_KEY,
};
use sis::core::model::{Dimension, Role};
use sis::core::questionnaire::V1;
use sis::core::scan::answers::{Answer, AnswerSheet, Likert};
use sis::core::scan::scoring::{display_score, score};

use super::support::{check_golden, data_path, every_link_error, raw_sheet, roles, ITEMS};

/// The base64url alphabet, in value order.
const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The golden file of links made by format 1.
const GOLDEN_FILE: &str = "links-v1.json";

/// The links pinned in the golden file: name, raw answers (`1`-`5` a scale
/// point, `0` "don't know", `.` no answer) and role.
const GOLDEN_LINKS: [(&str, &str, Option<Role>); 8] = [
    (
        "all-answered-employee",
        "4 5 3 2 4 1  3 3 4 2 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 1 5 4 5",
        Some(Role::Employee),
    ),
    (
        "some-unanswered-manager",
        "4 5 3 2 4 0  3 3 4 . 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 . 0 4 5",
        Some(Role::Manager),
    ),
    (
        "all-unanswered-no-role",
        ".......... .......... ..........",
        None,
    ),
    (
        "all-fives-director",
        "555555 555555 555555 555555 555555",
        Some(Role::Director),
    ),
    (
        "all-ones-other",
        "111111 111111 111111 111111 111111",
        Some(Role::Other),
    ),
    (
        "too-few-rather-not-say",
        "55.... 4440.4 333333 2..... 111111",
        Some(Role::RatherNotSay),
    ),
    ("cycle-no-role", "123451234512345123451234512345", None),
    (
        "dont-know-everywhere-employee",
        "000000 000000 000000 000000 000000",
        Some(Role::Employee),
    ),
];

fn result_of(answers: &str, role: Option<Role>) -> SharedResult {
    SharedResult {
        questionnaire: V1,
        role,
        answers: raw_sheet(answers),
    }
}

fn sample() -> SharedResult {
    result_of(GOLDEN_LINKS[1].1, GOLDEN_LINKS[1].2)
}

/// What a link carries of a result: "don't know" becomes no answer.
fn normalized(result: &SharedResult) -> SharedResult {
    let mut answers = result.answers.clone();
    for index in 0..ITEMS {
        if answers.get(index) == Some(Answer::DontKnow) {
            answers.set(index, None);
        }
    }
    SharedResult { answers, ..*result }
}

/// A sheet from link states: 0 no answer, 1-5 a scale point.
fn sheet_of_states(states: &[u8]) -> AnswerSheet {
    let mut sheet = AnswerSheet::empty(&V1);
    for (index, state) in states.iter().enumerate() {
        sheet.set(index, Likert::new(*state).map(Answer::Scale));
    }
    sheet
}

/// The answers as the golden file writes them: `1`-`5`, or `.` for none.
fn notation(answers: &AnswerSheet) -> String {
    answers
        .as_slice()
        .iter()
        .map(|answer| match answer {
            Some(Answer::Scale(likert)) => char::from(b'0' + likert.value()),
            Some(Answer::DontKnow) | None => '.',
        })
        .collect()
}

/// `code` with the character at `position` replaced.
fn with_char(code: &str, position: usize, replacement: char) -> String {
    code.chars()
        .enumerate()
        .map(|(index, c)| if index == position { replacement } else { c })
        .collect()
}

#[test]
fn code_fits_in_twenty_characters() {
    // The information floor: 30 items of 6 states need ceil(log2(6^30)) bits.
    let floor = ITEMS as f64 * 6f64.log2();
    let answer_bits = floor.ceil() as u32;
    let states = 6u128.pow(ITEMS as u32);
    assert_eq!(answer_bits, 78);
    assert!(states <= 1 << 78 && states > 1 << 77, "78 bits, not fewer");
    let layout = [
        ("format", 6),
        ("questionnaire", 4),
        ("role", 3),
        ("answers", answer_bits),
        ("reserved", 5),
        ("check", 24),
    ];
    let total: u32 = layout.iter().map(|(_, bits)| bits).sum();
    assert_eq!(total as usize, CODE_LENGTH * 6);

    let mut lengths: Vec<usize> = GOLDEN_LINKS
        .iter()
        .map(|(_, answers, role)| encode(&result_of(answers, *role)).chars().count())
        .collect();
    lengths.dedup();
    println!(
        "share code: floor log2(6^30) = {floor:.2} bits -> {answer_bits} bits = {} characters; \
         layout {layout:?} = {total} bits = {} characters; measured code length {lengths:?}, \
         fragment \"{}\"",
        answer_bits.div_ceil(6),
        total / 6,
        fragment(&sample()),
    );
    assert_eq!(lengths, [CODE_LENGTH], "every code has the same length");
    assert!(
        lengths.iter().all(|&length| length <= 20),
        "at most 20 characters"
    );
}

#[test]
fn code_uses_only_base64url_and_starts_with_the_format() {
    for (_, answers, role) in GOLDEN_LINKS {
        let code = encode(&result_of(answers, role));
        assert!(code.chars().all(|c| ALPHABET.contains(c)), "{code}");
        assert!(code.starts_with('B'), "format 1 starts with B: {code}");
        assert_eq!(
            fragment(&result_of(answers, role)),
            format!("{FRAGMENT_KEY}={code}")
        );
    }
}

#[test]
fn every_role_and_no_role_round_trip() {
    for role in roles() {
        let result = result_of(GOLDEN_LINKS[0].1, role);
        assert_eq!(decode(&encode(&result)), Ok(result));
    }
}

#[test]
fn dont_know_is_written_as_no_answer() {
    let with_dont_know = result_of(
        "0 5 3 2 4 0  3 3 4 . 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 . 0 4 5",
        None,
    );
    let with_blank = result_of(
        ". 5 3 2 4 .  3 3 4 . 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 . . 4 5",
        None,
    );
    assert_eq!(encode(&with_dont_know), encode(&with_blank));
    assert_eq!(decode(&encode(&with_dont_know)), Ok(with_blank));
}

#[test]
fn the_two_steps_can_be_taken_one_at_a_time() {
    let result = sample();
    let code = find_code(&format!("https://example.org/scan/#{}", fragment(&result))).unwrap();
    assert_eq!(code, encode(&result));
    let raw = parse_raw(&code).unwrap();
    assert_eq!(raw, RawCode::from_result(&result));
    assert_eq!(raw.to_code(), code);
    assert_eq!(validate(raw), Ok(normalized(&result)));
}

#[test]
fn find_code_normalizes_what_was_pasted() {
    let code = encode(&sample());
    let (head, tail) = code.split_at(9);
    let pasted = [
        code.clone(),
        format!("  {code}\n"),
        format!("#r={code}"),
        format!("r={code}"),
        format!("{head}\r\n{tail}"),
        format!("%23r%3D{code}"),
        format!("https://example.org/scan/#r={code}"),
        format!("https://example.org/scan/?lang=en#lang=en&r={code}&x=1"),
        format!("https%3A%2F%2Fexample.org%2Fscan%2F%23r%3D{head}%0A{tail}"),
    ];
    for text in pasted {
        assert_eq!(find_code(&text).as_ref(), Ok(&code), "{text:?}");
    }
}

// --- Typos the check must catch ---

#[test]
fn every_single_character_change_is_caught() {
    let mut checked = 0;
    for (name, answers, role) in GOLDEN_LINKS {
        let code = encode(&result_of(answers, role));
        for (position, original) in code.chars().enumerate() {
            for replacement in ALPHABET.chars().filter(|c| *c != original) {
                let changed = with_char(&code, position, replacement);
                // Every change is damage the check finds, the first
                // character's too: a later format's code has a check that
                // fits (see `later_format`).
                assert_eq!(
                    decode(&changed),
                    Err(LinkError::Damaged),
                    "{name}: {changed}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, GOLDEN_LINKS.len() * CODE_LENGTH * 63);
}

#[test]
fn every_swap_of_neighbours_is_caught() {
    for (name, answers, role) in GOLDEN_LINKS {
        let code: Vec<char> = encode(&result_of(answers, role)).chars().collect();
        for position in 0..CODE_LENGTH - 1 {
            if code[position] == code[position + 1] {
                continue;
            }
            let mut swapped = code.clone();
            swapped.swap(position, position + 1);
            let swapped: String = swapped.into_iter().collect();
            assert!(decode(&swapped).is_err(), "{name}: {swapped}");
        }
    }
}

// --- Bad and oddly pasted links ---

/// Outcome of reading a pasted text: `Ok(())` means it reads as [`sample`].
type Expected = Result<(), LinkError>;

/// A code with a valid check around fields no app writes.
fn forged(edit: impl FnOnce(&mut RawCode)) -> String {
    let mut raw = RawCode::from_result(&sample());
    edit(&mut raw);
    raw.to_code()
}

/// The code of a later format: the first character `format`, the rest of
/// `code`'s first twelve bytes, `extra` zero bytes, and a check that fits,
/// as every format keeps it.
fn later_format(code: &str, format: u8, extra: usize) -> String {
    let mut bytes = from_base64url(code).expect("a code")[..12].to_vec();
    bytes[0] = (format << 2) | (bytes[0] & 3);
    bytes.resize(12 + extra, 0);
    let check = crc24(bytes.iter().copied());
    bytes.extend_from_slice(&check.to_be_bytes()[1..]);
    to_base64url(&bytes)
}

/// Deterministic printable garbage of `length` bytes.
fn garbage(length: usize) -> String {
    let mut state: u32 = 0x2545_F491;
    (0..length)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            char::from(b' ' + (state % 95) as u8)
        })
        .collect()
}

#[test]
fn bad_links_give_typed_errors() {
    let code = encode(&sample());
    let (head, tail) = code.split_at(9);
    let changed = with_char(&code, 7, if code.as_bytes()[7] == b'x' { 'y' } else { 'x' });
    let cases: Vec<(&str, String, Expected)> = vec![
        ("bare code", code.clone(), Ok(())),
        (
            "truncated by one",
            code[..CODE_LENGTH - 1].to_owned(),
            Err(LinkError::Incomplete),
        ),
        (
            "truncated to half",
            format!("#r={}", &code[..10]),
            Err(LinkError::Incomplete),
        ),
        (
            "truncated to the first char",
            "B".to_owned(),
            Err(LinkError::Incomplete),
        ),
        (
            "code missing after r=",
            "https://example.org/#r=".to_owned(),
            Err(LinkError::Incomplete),
        ),
        (
            "extended by one",
            format!("{code}A"),
            Err(LinkError::TooLong),
        ),
        (
            "pasted twice",
            format!("#r={code}{code}"),
            Err(LinkError::TooLong),
        ),
        ("one char changed", changed, Err(LinkError::Damaged)),
        (
            "star inside",
            with_char(&code, 5, '*'),
            Err(LinkError::InvalidCharacter),
        ),
        (
            "e acute inside",
            with_char(&code, 12, 'é'),
            Err(LinkError::InvalidCharacter),
        ),
        (
            "plus of base64",
            with_char(&code, 3, '+'),
            Err(LinkError::InvalidCharacter),
        ),
        (
            "padding",
            format!("#r={code}=="),
            Err(LinkError::InvalidCharacter),
        ),
        (
            "stray percent",
            format!("{head}%{tail}"),
            Err(LinkError::InvalidCharacter),
        ),
        ("empty", String::new(), Err(LinkError::Empty)),
        (
            "whitespace only",
            " \t\r\n  ".to_owned(),
            Err(LinkError::Empty),
        ),
        ("surrounding spaces", format!("   {code}  \n"), Ok(())),
        ("line breaks inside", format!("{head}\n{tail}\r\n"), Ok(())),
        (
            "spaces inside the URL",
            format!("https://example.org/ #r= {head} {tail}"),
            Ok(()),
        ),
        ("percent-encoded fragment", format!("%23r%3D{code}"), Ok(())),
        (
            "percent-encoded URL",
            format!("https%3A%2F%2Fexample.org%2F%23r%3D{code}"),
            Ok(()),
        ),
        (
            "whole URL",
            format!("https://example.org/scan/#r={code}"),
            Ok(()),
        ),
        ("fragment", format!("#r={code}"), Ok(())),
        ("fragment without #", format!("r={code}"), Ok(())),
        (
            "other parameters",
            format!("https://example.org/#lang=en&r={code}"),
            Ok(()),
        ),
        (
            "query, no fragment",
            format!("https://example.org/scan/?r={code}"),
            Err(LinkError::NotAResultLink),
        ),
        (
            "URL without fragment",
            "https://example.org/scan/".to_owned(),
            Err(LinkError::NotAResultLink),
        ),
        (
            "fragment without r=",
            "https://example.org/#lang=en".to_owned(),
            Err(LinkError::NotAResultLink),
        ),
        (
            "other key",
            format!("#q={code}"),
            Err(LinkError::NotAResultLink),
        ),
        (
            "key with a longer name",
            format!("#rr={code}"),
            Err(LinkError::NotAResultLink),
        ),
        (
            "newer format, same length",
            later_format(&code, 2, 0),
            Err(LinkError::NewerVersion),
        ),
        (
            "newer format, longer",
            format!("#r={}", later_format(&code, 2, 15)),
            Err(LinkError::NewerVersion),
        ),
        (
            "newest format symbol",
            later_format(&code, 63, 0),
            Err(LinkError::NewerVersion),
        ),
        (
            "newer format's first character, check not refitted",
            with_char(&code, 0, 'C'),
            Err(LinkError::Damaged),
        ),
        (
            "newer format's first character, longer, no check",
            format!("#r=C{}", "x".repeat(39)),
            Err(LinkError::TooLong),
        ),
        (
            "a later format's code, cut by one",
            later_format(&code, 2, 0)[..CODE_LENGTH - 1].to_owned(),
            Err(LinkError::Incomplete),
        ),
        ("lower-cased", code.to_lowercase(), Err(LinkError::Damaged)),
        (
            "lower-cased link",
            format!("https://example.org/#r={}", code.to_lowercase()),
            Err(LinkError::Damaged),
        ),
        (
            "first two characters swapped",
            format!("{}{}{}", &code[1..2], &code[..1], &code[2..]),
            Err(LinkError::Damaged),
        ),
        (
            "a short word is not a code from the future",
            "#r=hello".to_owned(),
            Err(LinkError::Incomplete),
        ),
        (
            "format 0 never existed",
            with_char(&code, 0, 'A'),
            Err(LinkError::Damaged),
        ),
        (
            "unknown questionnaire 2",
            forged(|raw| raw.questionnaire = 2),
            Err(LinkError::UnknownQuestionnaire(2)),
        ),
        (
            "unknown questionnaire 15",
            forged(|raw| raw.questionnaire = 15),
            Err(LinkError::UnknownQuestionnaire(15)),
        ),
        (
            "questionnaire 0, never written",
            forged(|raw| raw.questionnaire = 0),
            Err(LinkError::Damaged),
        ),
        (
            "role 6",
            forged(|raw| raw.role = 6),
            Err(LinkError::Damaged),
        ),
        (
            "role 7",
            forged(|raw| raw.role = 7),
            Err(LinkError::Damaged),
        ),
        (
            "answers past 6^30",
            forged(|raw| raw.answers = 6u128.pow(30)),
            Err(LinkError::Damaged),
        ),
        (
            "reserved bits set",
            forged(|raw| raw.reserved = 1),
            Err(LinkError::Damaged),
        ),
        (
            "100 KB of garbage",
            garbage(100_000),
            Err(LinkError::NotAResultLink),
        ),
        (
            "100 KB of code characters",
            "B".repeat(100_000),
            Err(LinkError::NotAResultLink),
        ),
        (
            "script",
            "<script>alert(1)</script>".to_owned(),
            Err(LinkError::NotAResultLink),
        ),
        (
            "markup in the code",
            "#r=<img src=x onerror=alert(1)>".to_owned(),
            Err(LinkError::NotAResultLink),
        ),
        (
            "a query glued after the fragment",
            format!("https://example.org/#r={code}?utm_source=x"),
            Ok(()),
        ),
        (
            "a parameter after",
            format!("https://example.org/#r={code}&x=1"),
            Ok(()),
        ),
        (
            "javascript URL",
            "javascript:alert(1)".to_owned(),
            Err(LinkError::NotAResultLink),
        ),
    ];
    for (name, input, expected) in cases {
        let actual =
            decode(&input).map(|result| assert_eq!(result, normalized(&sample()), "{name}"));
        assert_eq!(actual, expected, "{name}: {input:.80?}");
    }
}

#[test]
fn huge_input_is_refused_as_not_a_link() {
    // Refused by its size before any parsing; a benchmark, not this test,
    // is the place for timings.
    let text = garbage(1_000_000);
    assert_eq!(decode(&text), Err(LinkError::NotAResultLink));
}

#[test]
fn errors_read_as_sentences() {
    let errors = every_link_error();
    for error in errors {
        assert!(!error.to_string().is_empty());
    }
    assert!(LinkError::UnknownQuestionnaire(7).to_string().contains('7'));
}

// --- Golden file: links are forever ---

fn golden_entry(name: &str, answers: &str, role: Option<Role>) -> Value {
    let result = result_of(answers, role);
    let scores = score(&result.questionnaire, &result.answers);
    let shown = |value: Option<f64>| value.map_or(Value::Null, |s| json!(display_score(s)));
    let dimensions: serde_json::Map<String, Value> = scores
        .dimensions
        .iter()
        .map(|d| (d.dimension.id().to_owned(), shown(d.score)))
        .collect();
    json!({
        "name": name,
        "answers": notation(&result.answers),
        "role": role.map(Role::id),
        "code": encode(&result),
        "fragment": fragment(&result),
        "dimensions": dimensions,
        "index": shown(scores.index),
    })
}

/// What this version writes is pinned: a change of format must be a new version.
#[test]
fn links_v1_output_is_golden() {
    let entries: Vec<Value> = GOLDEN_LINKS
        .iter()
        .map(|(name, answers, role)| golden_entry(name, answers, *role))
        .collect();
    let text = serde_json::to_string_pretty(&json!({ "format": 1, "links": entries }))
        .expect("serializes")
        + "\n";
    check_golden(GOLDEN_FILE, &text);
}

/// Every published link keeps decoding to the same answers, role and scores.
#[test]
fn published_links_v1_still_decode() {
    let text = std::fs::read_to_string(data_path(GOLDEN_FILE)).expect("golden file");
    let golden: Value = serde_json::from_str(&text).expect("golden JSON");
    let links = golden["links"].as_array().expect("links");
    assert_eq!(links.len(), GOLDEN_LINKS.len());
    for link in links {
        let name = link["name"].as_str().unwrap();
        let code = link["code"].as_str().unwrap();
        let fragment = link["fragment"].as_str().unwrap();
        let from_code = decode(code).unwrap_or_else(|e| panic!("{name}: {e}"));
        let from_url = decode(&format!("https://example.org/scan/#{fragment}")).unwrap();
        assert_eq!(from_code, from_url, "{name}");

        assert_eq!(from_code.questionnaire, V1, "{name}");
        assert_eq!(
            from_code.role.map(Role::id),
            link["role"].as_str(),
            "{name}"
        );
        assert_eq!(
            from_code.answers,
            raw_sheet(link["answers"].as_str().unwrap()),
            "{name}"
        );
        let scores = score(&from_code.questionnaire, &from_code.answers);
        for dimension in Dimension::ALL {
            let expected = link["dimensions"][dimension.id()].as_i64();
            let actual = scores
                .dimension(dimension)
                .unwrap()
                .score
                .map(display_score);
            assert_eq!(actual, expected, "{name}: {}", dimension.id());
        }
        assert_eq!(
            scores.index.map(display_score),
            link["index"].as_i64(),
            "{name}: index"
        );
    }
}

// --- Properties ---

/// A result with random answers (link states only) and a random role.
fn any_result() -> impl Strategy<Value = SharedResult> {
    (
        proptest::collection::vec(0u8..6, ITEMS),
        proptest::sample::select(roles().to_vec()),
    )
        .prop_map(|(states, role)| SharedResult {
            questionnaire: V1,
            role,
            answers: sheet_of_states(&states),
        })
}

proptest! {
    // Failures are not persisted: a test binary under `tests/` has no source
    // directory proptest can find, and the seeds are printed on failure anyway.
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(10_000)
    })]

    #[test]
    fn decode_inverts_encode(result in any_result()) {
        let code = encode(&result);
        prop_assert_eq!(code.chars().count(), CODE_LENGTH);
        prop_assert_eq!(decode(&code), Ok(result));
    }

    #[test]
    fn decode_reads_a_wrapped_url(result in any_result(), split in 0..CODE_LENGTH) {
        let code = encode(&result);
        let (head, tail) = code.split_at(split);
        let url = format!("  https://example.org/scan/#{FRAGMENT_KEY}={head}\n{tail} ");
        prop_assert_eq!(decode(&url), Ok(result));
    }

    #[test]
    fn decode_never_panics_on_any_text(text in any::<String>()) {
        let _ = decode(&text);
    }

    #[test]
    fn decode_never_panics_on_code_like_text(text in "[A-Za-z0-9_=%#&*é -]{0,40}") {
        let _ = decode(&text);
    }

    #[test]
    fn decode_never_panics_after_r(text in "(#|%23)?r(=|%3D)[A-Za-z0-9_%-]{0,40}") {
        let _ = decode(&text);
    }
}
