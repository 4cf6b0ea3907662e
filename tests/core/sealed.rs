//! Sealed team replies: the code's size, round trips (also as properties),
//! every kind of damage and foreign reply with the error each gives, finding
//! replies in pasted text, collecting them, and opening the team profile.

use std::sync::OnceLock;

use proptest::prelude::*;

use sis::core::links::codec::{crc24, from_base64url, to_base64url, ALPHABET};
use sis::core::links::invite::{member_fragment, TeamId};
use sis::core::links::paste::find_links;
use sis::core::links::share::{self, SharedResult};
use sis::core::links::team::{decode_aggregate, encode_aggregate};
use sis::core::model::Role;
use sis::core::questionnaire::{Questionnaire, V1};
use sis::core::storage::team_sessions::{open_profile, HostedSession, HostedState, OpenError};
use sis::core::team::sealed::{
    check_key, find_replies, open, parse, public_key_of, reply_fragment, seal, session_keys,
    usability_probe, Collection, FoundReply, PublicKey, Refused, ReplyContent, ReplyError, ReplyId,
    SealRequest, SecretKey, UncheckedKey, REPLY_BYTES, REPLY_CODE_LENGTH,
};
use sis::core::team::{analyse, Group};
use sis::seal_to::{seal_framed, seal_to};

use super::support::{raw_sheet, ITEMS};

/// The session most tests seal to.
const TEAM: TeamId = TeamId(0x5EA1_ED01);

/// Answers of the results sealed below, in the notation of [`raw_sheet`].
const SHEETS: [&str; 6] = [
    "4 5 3 2 4 1  3 3 4 2 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 1 5 4 5",
    "4 5 3 2 4 0  3 3 4 . 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 . 0 4 5",
    ".......... .......... ..........",
    "555555 555555 555555 555555 555555",
    "111111 111111 111111 111111 111111",
    "123451234512345123451234512345",
];

/// The key pair of the session most tests seal to, derived once.
fn keys() -> &'static (SecretKey, PublicKey) {
    static KEYS: OnceLock<(SecretKey, PublicKey)> = OnceLock::new();
    KEYS.get_or_init(|| session_keys([42; 32]))
}

fn result(answers: &str, role: Option<Role>) -> SharedResult {
    SharedResult {
        questionnaire: V1,
        role,
        answers: raw_sheet(answers),
    }
}

/// What a result link carries of a result ("don't know" becomes no answer):
/// a reply carries exactly the same.
fn as_linked(result: &SharedResult) -> SharedResult {
    share::decode(&share::encode(result)).expect("a written result link reads")
}

fn content(reply: u64, finished: u32, answers: &str, role: Option<Role>) -> ReplyContent {
    ReplyContent {
        reply: ReplyId(reply),
        finished,
        result: result(answers, role),
    }
}

/// A reply sealed to [`TEAM`] under [`keys`], with the encapsulation seed `seed`.
fn sealed(content: &ReplyContent, seed: u8) -> String {
    seal(TEAM, &keys().1, content, [seed; 32]).expect("a usable key")
}

/// Reads and opens a code as the facilitator of [`TEAM`] does.
fn read(code: &str) -> Result<ReplyContent, ReplyError> {
    parse(code).and_then(|reply| open(&reply, TEAM, &keys().0))
}

/// The bytes of a code the app wrote.
fn bytes_of(code: &str) -> Vec<u8> {
    from_base64url(code).expect("a written code is base64url")
}

/// The code of a reply's first 80 bytes with a right check after them.
fn with_check(body: &[u8]) -> String {
    let mut bytes = body[..REPLY_BYTES - 3].to_vec();
    let check = crc24(bytes.iter().copied()).to_be_bytes();
    bytes.extend_from_slice(&check[1..]);
    to_base64url(&bytes)
}

/// `code` with the character at `position` replaced.
fn with_char(code: &str, position: usize, replacement: char) -> String {
    code.chars()
        .enumerate()
        .map(|(index, c)| if index == position { replacement } else { c })
        .collect()
}

/// A sample reply: the first sheet, an employee.
fn sample() -> ReplyContent {
    content(7, 1_764_237_600, SHEETS[0], Some(Role::Employee))
}

// --- Size and round trips ---

#[test]
fn the_code_length_follows_from_the_layout() {
    let layout = [
        ("format", 1),
        ("session id", 4),
        ("encapsulated key", 32),
        ("reply id", 8),
        ("finished", 4),
        ("result code", share::CODE_LENGTH * 6 / 8),
        ("Poly1305 tag", 16),
        ("check", 3),
    ];
    let bytes: usize = layout.iter().map(|(_, bytes)| bytes).sum();
    assert_eq!(bytes, 83);
    assert_eq!(REPLY_BYTES, bytes);
    // 83 bytes are 664 bits: 110 characters of six bits and one more with
    // two unused bits.
    assert_eq!(REPLY_CODE_LENGTH, 111);
    assert_eq!(REPLY_CODE_LENGTH, (REPLY_BYTES * 8).div_ceil(6));
    for seed in 0..20 {
        let code = sealed(&sample(), seed);
        assert_eq!(code.len(), REPLY_CODE_LENGTH, "{code}");
        assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
        assert_eq!(bytes_of(&code).len(), REPLY_BYTES);
        assert_eq!(reply_fragment(&code), format!("s={code}"));
    }
}

#[test]
fn replies_round_trip_for_several_results() {
    let cases = [
        (SHEETS[0], Some(Role::Employee), 0, 0),
        (SHEETS[1], Some(Role::Manager), 1, 1_764_237_600),
        (SHEETS[2], None, u64::MAX, u32::MAX),
        (SHEETS[3], Some(Role::Director), 0x0123_4567_89AB_CDEF, 1),
        (SHEETS[4], Some(Role::Other), 1 << 63, 1 << 31),
        (SHEETS[5], Some(Role::RatherNotSay), 99, 2_000_000_000),
    ];
    for (answers, role, reply, finished) in cases {
        let content = content(reply, finished, answers, role);
        let expected = ReplyContent {
            result: as_linked(&content.result),
            ..content
        };
        let codes: Vec<String> = (0..3).map(|seed| sealed(&content, seed)).collect();
        for code in &codes {
            let parsed = parse(code).expect("a written reply parses");
            assert_eq!(parsed.team, TEAM);
            let opened = open(&parsed, TEAM, &keys().0).expect("a written reply opens");
            assert_eq!(opened.reply, ReplyId(reply), "{answers}");
            assert_eq!(opened.finished, finished, "{answers}");
            assert_eq!(opened.result, expected.result, "{answers}");
        }
        // Each reply encapsulates afresh: the same content never gives the
        // same code twice, so two replies cannot be linked by their codes.
        assert_ne!(codes[0], codes[1]);
        assert_ne!(codes[1], codes[2]);
    }
}

#[test]
fn the_public_key_follows_from_the_secret_and_the_secret_is_never_printed() {
    for seed in [[0; 32], [1; 32], [42; 32], [255; 32]] {
        let (secret, public) = session_keys(seed);
        assert_eq!(public_key_of(&secret), Some(public));
        assert_eq!(format!("{secret:?}"), "SecretKey(…)");
    }
    assert_ne!(session_keys([1; 32]).1, session_keys([2; 32]).1);
}

// --- Foreign and damaged replies ---

#[test]
fn replies_to_other_keys_and_sessions_and_bad_contents_are_refused() {
    let (secret, _) = keys();
    let (other_secret, other_public) = session_keys([43; 32]);
    let ours = sealed(&sample(), 1);
    let to_other_key = seal(TEAM, &other_public, &sample(), [1; 32]).expect("a usable key");
    let to_other_session =
        seal(TeamId(TEAM.0 + 1), &keys().1, &sample(), [1; 32]).expect("a usable key");
    // A questionnaire version no app knows: it seals, but holds no result
    // this app can read.
    let unknown_questionnaire = ReplyContent {
        result: SharedResult {
            questionnaire: Questionnaire { version: 2, ..V1 },
            ..sample().result
        },
        ..sample()
    };
    let unknown = sealed(&unknown_questionnaire, 1);
    let cases: [(&str, &str, TeamId, &SecretKey, ReplyError); 5] = [
        (
            "another key",
            &to_other_key,
            TEAM,
            secret,
            ReplyError::OtherKey,
        ),
        (
            "opened with another key",
            &ours,
            TEAM,
            &other_secret,
            ReplyError::OtherKey,
        ),
        (
            "another session",
            &to_other_session,
            TEAM,
            secret,
            ReplyError::OtherSession,
        ),
        (
            "opened as another session",
            &ours,
            TeamId(1),
            secret,
            ReplyError::OtherSession,
        ),
        (
            "an unknown questionnaire",
            &unknown,
            TEAM,
            secret,
            ReplyError::Invalid,
        ),
    ];
    for (name, code, team, secret, expected) in cases {
        let parsed = parse(code).expect("a written reply parses");
        assert_eq!(open(&parsed, team, secret), Err(expected), "{name}");
    }
    assert!(read(&ours).is_ok());
}

#[test]
fn cut_extended_and_respelled_codes_are_damaged_and_newer_ones_told_apart() {
    let code = sealed(&sample(), 1);
    // The last character carries two unused bits, which the app writes as
    // zero; any other spelling of the same bytes is not read.
    let last = code.as_bytes()[REPLY_CODE_LENGTH - 1];
    let value = ALPHABET
        .iter()
        .position(|&a| a == last)
        .expect("a code character");
    let respelled = with_char(
        &code,
        REPLY_CODE_LENGTH - 1,
        char::from(ALPHABET[value | 1]),
    );
    assert_eq!(bytes_of(&respelled), bytes_of(&code));
    let mut newer = bytes_of(&code);
    newer[0] = 2;
    let newer_right_length = with_check(&newer);
    let newer_longer = format!("{newer_right_length}AAAA");
    let cases: [(&str, String, ReplyError); 12] = [
        ("empty", String::new(), ReplyError::Damaged),
        (
            "one character cut",
            code[..110].to_owned(),
            ReplyError::Damaged,
        ),
        (
            "two characters cut",
            code[..109].to_owned(),
            ReplyError::Damaged,
        ),
        ("half", code[..55].to_owned(), ReplyError::Damaged),
        (
            "one character added",
            format!("{code}A"),
            ReplyError::Damaged,
        ),
        (
            "four characters added",
            format!("{code}AAAA"),
            ReplyError::Damaged,
        ),
        ("the unused bits set", respelled, ReplyError::Damaged),
        (
            "a space inside",
            with_char(&code, 50, ' '),
            ReplyError::Damaged,
        ),
        (
            "a letter that is not ASCII",
            code.replacen('A', "Å", 1),
            ReplyError::Damaged,
        ),
        ("padding", format!("{}=", &code[..110]), ReplyError::Damaged),
        ("a newer format", newer_right_length, ReplyError::Newer),
        ("a newer, longer format", newer_longer, ReplyError::Newer),
    ];
    for (name, text, expected) in cases {
        assert_eq!(parse(&text), Err(expected), "{name}");
    }
}

#[test]
fn every_changed_byte_gives_a_typed_error() {
    let code = sealed(&sample(), 3);
    let original = bytes_of(&code);
    for position in 0..REPLY_BYTES {
        for mask in [0x01, 0x80, 0xFF] {
            let mut bytes = original.clone();
            bytes[position] ^= mask;
            // Without a new check, every change is damage.
            assert_eq!(
                read(&to_base64url(&bytes)),
                Err(ReplyError::Damaged),
                "byte {position} ^ {mask:#04x}"
            );
            if position >= REPLY_BYTES - 3 {
                // Fixing the check of a changed check restores the original.
                continue;
            }
            // With a new check (a forgery, not damage), the field changed
            // decides the error.
            let expected = match position {
                0 if bytes[0] == 0 => ReplyError::Damaged,
                0 => ReplyError::Newer,
                1..=4 => ReplyError::OtherSession,
                _ => ReplyError::OtherKey,
            };
            assert_eq!(
                read(&with_check(&bytes)),
                Err(expected),
                "byte {position} ^ {mask:#04x}, check fixed"
            );
        }
    }
}

#[test]
fn forged_encapsulated_keys_do_not_open() {
    let original = bytes_of(&sealed(&sample(), 4));
    // All zeros and the other points of small order give an all-zero shared
    // secret, which HPKE refuses; the rest simply do not open.
    let mut small_order = [0u8; 32];
    small_order[0] = 1;
    let forged: [[u8; 32]; 4] = [[0; 32], small_order, [0xFF; 32], keys().1 .0];
    for key in forged {
        let mut bytes = original.clone();
        bytes[5..37].copy_from_slice(&key);
        assert_eq!(
            read(&with_check(&bytes)),
            Err(ReplyError::OtherKey),
            "{key:?}"
        );
    }
}

#[test]
fn every_single_character_change_is_refused() {
    for seed in [5, 6] {
        let code = sealed(&sample(), seed);
        for position in 0..REPLY_CODE_LENGTH {
            for &replacement in ALPHABET {
                let replacement = char::from(replacement);
                if code[position..].starts_with(replacement) {
                    continue;
                }
                let changed = with_char(&code, position, replacement);
                // CRC-24 catches every change of at most 24 bits in a row,
                // and a character is 6; the last one's unused bits are
                // caught by the spelling.
                assert_eq!(read(&changed), Err(ReplyError::Damaged), "{changed}");
            }
        }
    }
}

// --- Properties ---

/// A result with random answers (link states only) and a random role.
fn any_result() -> impl Strategy<Value = SharedResult> {
    (
        proptest::collection::vec(0u8..6, ITEMS),
        proptest::sample::select(super::support::roles().to_vec()),
    )
        .prop_map(|(states, role)| {
            let notation: String = states
                .into_iter()
                .map(|state| match state {
                    0 => '.',
                    value => char::from(b'0' + value),
                })
                .collect();
            result(&notation, role)
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
    fn any_reply_round_trips(
        result in any_result(),
        reply in any::<u64>(),
        finished in any::<u32>(),
        team in any::<u32>(),
        key_seed in any::<[u8; 32]>(),
        seal_seed in any::<[u8; 32]>(),
    ) {
        let (secret, public) = session_keys(key_seed);
        let content = ReplyContent { reply: ReplyId(reply), finished, result };
        let code = seal(TeamId(team), &public, &content, seal_seed).expect("a usable key");
        prop_assert_eq!(code.len(), REPLY_CODE_LENGTH);
        let parsed = parse(&code);
        prop_assert_eq!(parsed.as_ref().map(|p| p.team), Ok(TeamId(team)));
        let opened = parsed.and_then(|p| open(&p, TeamId(team), &secret));
        prop_assert_eq!(opened, Ok(content));
    }

    #[test]
    fn parse_never_panics_on_any_text(text in any::<String>()) {
        prop_assert!(parse(&text).is_err());
    }

    #[test]
    fn parse_never_panics_on_code_like_text(text in "[A-Za-z0-9_é=-]{100,120}") {
        let _ = parse(&text);
    }

    #[test]
    fn any_bytes_never_open_under_a_random_key(
        bytes in proptest::collection::vec(any::<u8>(), 0..100),
        key_seed in any::<[u8; 32]>(),
        team in any::<u32>(),
    ) {
        let (secret, _) = session_keys(key_seed);
        if let Ok(reply) = parse(&to_base64url(&bytes)) {
            prop_assert!(open(&reply, TeamId(team), &secret).is_err());
        }
    }

    #[test]
    fn any_checked_reply_never_opens_under_a_random_key(
        mut bytes in proptest::collection::vec(any::<u8>(), REPLY_BYTES..=REPLY_BYTES),
        key_seed in any::<[u8; 32]>(),
    ) {
        // With the format right and a right check, every reply reaches the
        // decryption; none of them opens.
        bytes[0] = 1;
        let (secret, _) = session_keys(key_seed);
        let team = TeamId(u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]));
        let reply = parse(&with_check(&bytes));
        prop_assert_eq!(reply.as_ref().map(|r| r.team), Ok(team));
        prop_assert_eq!(
            reply.and_then(|r| open(&r, team, &secret)),
            Err(ReplyError::OtherKey)
        );
    }
}

// --- Finding replies in text ---

/// A text to search, named, and the replies expected in it: line and code.
type FindCase<'a> = (&'a str, String, Vec<(usize, &'a str)>);

#[test]
fn replies_are_found_in_pasted_text_with_their_lines() {
    let a = sealed(&sample(), 10);
    let b = sealed(&sample(), 11);
    let c = sealed(&sample(), 12);
    let cases: Vec<FindCase> = vec![
        ("nothing", "Hoi, hier is niets.\n".to_owned(), vec![]),
        (
            "an e-mail thread",
            format!(
                "Van: Anna\nOnderwerp: scan\n\nHier is mijn antwoord:\n\
                 https://scan.example/#s={a}\n\n> Op maandag schreef Bert:\n\
                 > <https://scan.example/app/#s={b}>\n"
            ),
            vec![(5, &a), (8, &b)],
        ),
        (
            "two on one line, and Windows line ends",
            format!("eerst\r\n#s={a} en #s={b}.\r\n#s={c}\r\n"),
            vec![(2, &a), (2, &b), (3, &c)],
        ),
        (
            "percent-encoded",
            format!("link: https%3A%2F%2Fscan.example%2F%23s%3D{a}\nen #s%3D{b}"),
            vec![(1, &a), (2, &b)],
        ),
        (
            "bare codes alone on a line or as a word",
            format!("{a}\n  {b}  \nmijn code: {c}.\n"),
            vec![(1, &a), (2, &b), (3, &c)],
        ),
        (
            "bare words of another length",
            format!("{}\n{a}A\n", &a[..110]),
            vec![],
        ),
        (
            "a line with a link: its bare codes are not read",
            format!("#s={a} {b}\n"),
            vec![(1, &a)],
        ),
        (
            "a cut link",
            "#s=\n#s=abc\n".to_owned(),
            vec![(1, ""), (2, "abc")],
        ),
    ];
    for (name, text, expected) in cases {
        let expected: Vec<FoundReply> = expected
            .into_iter()
            .map(|(line, code)| FoundReply {
                line,
                code: code.to_owned(),
            })
            .collect();
        assert_eq!(find_replies(&text), expected, "{name}");
    }
}

// --- Collecting ---

/// The counts of a collection: received, duplicates, replaced, result links,
/// and the refused with their lines.
type Counts = (usize, usize, usize, usize, Vec<(usize, ReplyError)>);

fn counts(collection: &Collection) -> Counts {
    (
        collection.received(),
        collection.duplicates,
        collection.replaced,
        collection.result_links,
        collection
            .refused
            .iter()
            .map(|Refused { line, error }| (*line, *error))
            .collect(),
    )
}

fn collected(text: &str) -> Collection {
    let mut collection = Collection::new();
    collection.add_text(TEAM, &keys().0, text);
    collection
}

#[test]
fn the_latest_reply_of_each_member_counts_in_any_order() {
    let earlier = sealed(&content(5, 1_000, SHEETS[0], None), 20);
    let later = sealed(&content(5, 2_000, SHEETS[3], None), 21);
    // The same reply found again, and the same scan sealed once more.
    let later_again = later.clone();
    let later_resealed = sealed(&content(5, 2_000, SHEETS[3], None), 22);
    let cases: [(&str, Vec<&str>, usize, usize); 6] = [
        ("earlier, later", vec![&earlier, &later], 0, 1),
        ("later, earlier", vec![&later, &earlier], 0, 1),
        ("later twice", vec![&later, &later_again], 1, 0),
        ("later resealed", vec![&later, &later_resealed], 1, 0),
        (
            "earlier, later, later",
            vec![&earlier, &later, &later_again],
            1,
            1,
        ),
        (
            "later, earlier, earlier",
            vec![&later, &earlier, &earlier],
            0,
            2,
        ),
    ];
    for (name, codes, duplicates, replaced) in cases {
        let text: String = codes.iter().map(|code| format!("#s={code}\n")).collect();
        let collection = collected(&text);
        assert_eq!(
            counts(&collection),
            (1, duplicates, replaced, 0, vec![]),
            "{name}"
        );
        // The first of equal replies stays; an earlier never replaces a later.
        assert_eq!(collection.codes(), vec![later.clone()], "{name}");
        let members = collection.into_members();
        assert_eq!(members.len(), 1);
        assert_eq!(members[0].answers, raw_sheet(SHEETS[3]), "{name}");
    }
}

#[test]
fn a_mixed_paste_is_counted_by_kind_with_reasons() {
    let anna = sealed(&content(1, 100, SHEETS[0], Some(Role::Employee)), 30);
    let anna_earlier = sealed(&content(1, 50, SHEETS[1], Some(Role::Employee)), 31);
    let bert = sealed(&content(2, 100, SHEETS[3], Some(Role::Manager)), 32);
    let carla = sealed(&content(3, 100, SHEETS[4], None), 33);
    let other_session = seal(TeamId(7), &keys().1, &sample(), [34; 32]).expect("a usable key");
    let other_key =
        seal(TEAM, &session_keys([9; 32]).1, &sample(), [35; 32]).expect("a usable key");
    let changed = with_char(
        &bert,
        60,
        if bert.as_bytes()[60] == b'A' {
            'B'
        } else {
            'A'
        },
    );
    let result_link = member_fragment(&result(SHEETS[5], None), Some(TEAM));
    let text = format!(
        "Van: Anna\n\
         Hier is mijn antwoord: https://scan.example/#s={anna}\n\
         > eerder: https://scan.example/#s={anna_earlier}\n\
         {bert}\n\
         mijn uitslag: https://scan.example/#{result_link}\n\
         #s={other_session}\n\
         nog eens: #s={anna}\n\
         kapot: #s={changed}\n\
         afgebroken: #s={}\n\
         https%3A%2F%2Fscan.example%2F%23s%3D{carla}\n\
         #s={other_key}\n",
        &carla[..80]
    );
    let collection = collected(&text);
    assert_eq!(
        counts(&collection),
        (
            3,
            1,
            1,
            1,
            vec![
                (6, ReplyError::OtherSession),
                (8, ReplyError::Damaged),
                (9, ReplyError::Damaged),
                (11, ReplyError::OtherKey),
            ]
        )
    );
    assert_eq!(
        collection.refused_by_reason(),
        vec![
            (ReplyError::Damaged, 2),
            (ReplyError::OtherSession, 1),
            (ReplyError::OtherKey, 1),
        ]
    );
    // The kept codes are the latest of each member, still sealed: read
    // again, they give the same members and nothing else.
    let codes = collection.codes();
    assert_eq!(codes, vec![anna.clone(), bert.clone(), carla.clone()]);
    let mut again = Collection::new();
    for code in &codes {
        again.add(TEAM, &keys().0, code, 0);
    }
    assert_eq!(counts(&again), (3, 0, 0, 0, vec![]));
    assert_eq!(again.codes(), codes);
    assert_eq!(again.into_members(), collection.into_members());
}

// --- Opening the team profile ---

/// A session collecting replies to [`TEAM`] under [`keys`].
fn collecting(min_group: usize) -> HostedSession {
    HostedSession {
        team: TEAM,
        label: "Team Zorg".to_owned(),
        min_group,
        created: 1_764_237_600_000,
        state: HostedState::Collecting {
            secret: keys().0.clone(),
            replies: vec![],
        },
    }
}

/// Six members with roles, by reply id 1 to 6, and their replies.
fn team_replies() -> (Vec<SharedResult>, Vec<String>) {
    let results: Vec<SharedResult> = SHEETS
        .iter()
        .zip([
            Some(Role::Employee),
            Some(Role::Employee),
            Some(Role::Manager),
            Some(Role::Employee),
            None,
            Some(Role::Manager),
        ])
        .map(|(answers, role)| result(answers, role))
        .collect();
    let codes = results
        .iter()
        .enumerate()
        .map(|(index, result)| {
            let content = ReplyContent {
                reply: ReplyId(index as u64 + 1),
                finished: 1_000,
                result: result.clone(),
            };
            sealed(&content, 40 + index as u8)
        })
        .collect();
    (results, codes)
}

#[test]
fn the_sealed_team_profile_equals_the_one_from_result_links() {
    let (results, codes) = team_replies();
    // Today's path: result links of the session, pasted and read.
    let links: String = results
        .iter()
        .map(|result| {
            format!(
                "https://scan.example/#{}\n",
                member_fragment(result, Some(TEAM))
            )
        })
        .collect();
    let members = find_links(&links).members();
    let min = 5;
    let expected = analyse(&members, min);
    // The sealed path, pasted in any order: the collection keeps members in
    // reply-id order, so the order of pasting changes nothing.
    let orders: [&[usize]; 3] = [
        &[0, 1, 2, 3, 4, 5],
        &[5, 4, 3, 2, 1, 0],
        &[3, 0, 5, 1, 4, 2],
    ];
    for order in orders {
        let text: String = order
            .iter()
            .map(|&i| format!("#s={}\n", codes[i]))
            .collect();
        let session = collecting(min);
        let (analysis, opened) =
            open_profile(&session, collected(&text), 1_800_000_000_000).expect("enough replies");
        assert_eq!(analysis, expected, "{order:?}");
        let Group::Shown(aggregate) = &analysis.aggregate else {
            panic!("six members above a minimum of five are shown");
        };
        // The opened session keeps only the aggregate: no key, no replies.
        assert_eq!(
            opened,
            HostedSession {
                state: HostedState::Opened {
                    opened: 1_800_000_000_000,
                    n: 6,
                    aggregate: encode_aggregate(aggregate),
                    exports: None,
                },
                ..session.clone()
            }
        );
        assert_eq!(opened.invite(), None);
        let HostedState::Opened {
            aggregate: code, ..
        } = &opened.state
        else {
            unreachable!("checked above");
        };
        assert_eq!(decode_aggregate(code).as_ref(), Ok(aggregate));
        assert_eq!(
            open_profile(&opened, collected(&text), 1_900_000_000_000),
            Err(OpenError::AlreadyOpened)
        );
    }
}

/// Replies pasted, named, with the minimum group size, and the members
/// counted when the profile opens or why it does not.
type OpenCase<'a> = (&'a str, Vec<&'a str>, usize, Result<usize, OpenError>);

#[test]
fn a_profile_below_the_minimum_does_not_open() {
    let (_, codes) = team_replies();
    let replaced = sealed(&content(1, 2_000, SHEETS[5], None), 60);
    let cases: [OpenCase; 6] = [
        ("none", vec![], 5, Err(OpenError::TooFew { n: 0, min: 5 })),
        (
            "four of five",
            codes[..4].iter().map(String::as_str).collect(),
            5,
            Err(OpenError::TooFew { n: 4, min: 5 }),
        ),
        (
            "five of five",
            codes[..5].iter().map(String::as_str).collect(),
            5,
            Ok(5),
        ),
        (
            "a replaced reply counts once",
            vec![&codes[0], &codes[1], &codes[2], &codes[3], &replaced],
            5,
            Err(OpenError::TooFew { n: 4, min: 5 }),
        ),
        (
            "a minimum of 1 is 3",
            vec![&codes[0], &codes[1]],
            1,
            Err(OpenError::TooFew { n: 2, min: 3 }),
        ),
        (
            "three of a minimum of 1",
            codes[..3].iter().map(String::as_str).collect(),
            1,
            Ok(3),
        ),
    ];
    for (name, replies, min, expected) in cases {
        let text: String = replies.iter().map(|code| format!("#s={code}\n")).collect();
        let outcome = open_profile(&collecting(min), collected(&text), 0).map(|(_, opened)| {
            match opened.state {
                HostedState::Opened { n, .. } => n,
                HostedState::Collecting { .. } => panic!("{name}: an opened session is opened"),
            }
        });
        assert_eq!(outcome, expected, "{name}");
    }
}

/// What a collecting session opens when text is read: stored replies first
/// at line 0, then pasted ones that are not stored already.
#[test]
fn stored_replies_come_first_and_are_not_read_twice() {
    use sis::core::team::sealed::codes_to_open;
    let stored = vec![sealed(&sample(), 1)];
    let new = sealed(&sample(), 2);
    let pasted = format!("hoi\nhttps://x.example/#s={}\n#s={new}\n", stored[0]);
    let found: Vec<(usize, String)> = codes_to_open(&stored, &pasted)
        .into_iter()
        .map(|f| (f.line, f.code))
        .collect();
    assert_eq!(found, vec![(0, stored[0].clone()), (3, new.clone())]);
    assert_eq!(codes_to_open(&[], "").len(), 0);
    // A parsed reply keeps the code it was read from.
    assert_eq!(parse(&new).map(|r| r.code), Ok(new));
}

// --- Sealing in two halves (the app's share module) ---

#[test]
fn a_seal_requests_input_is_what_seal_to_seals_and_its_output_frames_the_reply() {
    // The app hands a `SealRequest`'s input to the share module, which runs
    // `seal_framed` on it, and frames the module's output with the request;
    // `seal` does the same in place. The input is the key, the seed, the
    // header (bound in as associated data) and the content, so `seal_to` of
    // those parts gives the same reply code.
    for (seed, team) in [(1u8, TEAM), (2, TeamId(7)), (200, TeamId(u32::MAX))] {
        let content = sample();
        let request = SealRequest::new(team, &keys().1, &content, [seed; 32]);
        let input = request.input();
        let (key, rest) = input.split_first_chunk::<32>().expect("the key first");
        let (seed_bytes, rest) = rest.split_first_chunk::<32>().expect("then the seed");
        let (header, plaintext) = rest.split_first_chunk::<5>().expect("then the header");
        assert_eq!((key, seed_bytes), (&keys().1 .0, &[seed; 32]));
        assert_eq!(header[0], 1, "the reply format");
        assert_eq!(header[1..], team.0.to_be_bytes());
        assert_eq!(
            plaintext.len(),
            27,
            "the reply id, when, and the result code"
        );
        let (encapped, ciphertext) =
            seal_to(key, [seed; 32], header, plaintext).expect("a usable key");
        let framed = request
            .reply_code(&[&encapped[..], &ciphertext].concat())
            .expect("a reply's length");
        assert_eq!(
            Ok(framed),
            seal(team, &keys().1, &content, [seed; 32]),
            "seed {seed}"
        );
        // What the module runs on the input is that `seal_to`.
        assert_eq!(
            seal_framed(input),
            Some([&encapped[..], &ciphertext].concat())
        );
    }
    // Input cut short, anywhere before the plaintext, seals nothing.
    let request = SealRequest::new(TEAM, &keys().1, &sample(), [1; 32]);
    for cut in [0, 31, 32, 63, 64, 68] {
        assert_eq!(seal_framed(&request.input()[..cut]), None, "{cut} bytes");
    }
}

#[test]
fn a_reply_sealed_with_a_known_seed_is_the_golden_code() {
    // Replies are kept and pasted long after they were made: the same
    // content, key and seed must give the same code in every release (HPKE,
    // the framing and the check), or a facilitator's app could not read a
    // member's reply made by an earlier one.
    assert_eq!(sealed(&sample(), 7), GOLDEN_REPLY);
    assert_eq!(
        open(&parse(GOLDEN_REPLY).expect("a reply"), TEAM, &keys().0),
        Ok(sample())
    );
}

/// The reply of [`sample`] sealed to [`keys`] with the seed `[7; 32]`.
const GOLDEN_REPLY: &str =
    "AV6h7QHmuvHGZzkWniqZMQegJhZ9ywKs7If87ja-jqq1EkQhe5KaQ3lWB7iGS7EermJ_ErQdiC_jyfvaEQfQ3wk6SUcNx_Q6FhrKk9oAoIJcxtA";

#[test]
fn a_seal_request_refuses_sealed_bytes_of_another_length() {
    let request = SealRequest::new(TEAM, &keys().1, &sample(), [3; 32]);
    let sealed = seal_framed(request.input()).expect("a usable key");
    assert!(request.reply_code(&sealed).is_some());
    for cut in [0, 1, 32, sealed.len() - 1] {
        assert_eq!(request.reply_code(&sealed[..cut]), None, "{cut} bytes");
    }
    let longer = [&sealed[..], &[0]].concat();
    assert_eq!(request.reply_code(&longer), None);
}

#[test]
fn keys_no_reply_can_be_sealed_to_are_refused_by_seal_to_as_by_check_key() {
    // The share module answers the invite page's question with `seal_to`.
    let mut one = [0u8; 32];
    one[0] = 1;
    for (key, usable) in [([0u8; 32], false), (one, false), (keys().1 .0, true)] {
        let request = SealRequest::new(TeamId(0), &PublicKey(key), &usability_probe(), [1; 32]);
        assert_eq!(seal_framed(request.input()).is_some(), usable, "{key:?}");
        assert_eq!(check_key(UncheckedKey(key)).is_some(), usable, "{key:?}");
    }
}
