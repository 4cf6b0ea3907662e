//! The one reader of links (`core::links::link_reader`) and what every link format
//! promises through it, as tables over every kind of link: the same harmless
//! damage is tolerated by every kind, in pasted text and in the address; a
//! code is read only in its one spelling; "made by a newer version" only for
//! the code of a later format; and what the address shows when it changes.

use sis::core::links::codec::{crc24, from_base64url, to_base64url};
use sis::core::links::invite;
use sis::core::links::invite::{Invite, InviteError, TeamId};
use sis::core::links::link_reader::{
    fragment_may_hold_link, kind_in_fragment, read, screen_after_change, screen_at_start,
    screen_for_next_person, LinkKind, Reading, Screen,
};
use sis::core::links::share::{self, LinkError, SharedResult};
use sis::core::links::team;
use sis::core::links::team::AggregateError;
use sis::core::model::Role;
use sis::core::questionnaire::V1;
use sis::core::team::aggregate::TeamAggregate;
use sis::core::team::sealed::{self, ReplyContent, ReplyError, ReplyId};

use super::support::{raw_sheet, ITEMS};

/// The base64url alphabet, in value order.
const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// What reading a text as a link gave, alike for every kind.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// Read: the value, written out for comparing.
    Read(String),
    /// Made by a newer version of the app.
    Newer,
    /// Any other error, named.
    Refused(String),
}

/// One link format under test.
struct Format {
    /// What the tables call it.
    name: &'static str,
    kind: LinkKind,
    /// A code of this format as the app writes it.
    code: String,
    /// Reads a text as this kind of link.
    decode: fn(&str) -> Outcome,
    /// Reads a code and writes what it read again, as the app writes it.
    reencode: fn(&str) -> Option<String>,
    /// The code of a later format with the content of `code` and `extra`
    /// more bytes, in the frame every format keeps.
    later: fn(&str, usize) -> String,
}

fn result_outcome(text: &str) -> Outcome {
    match share::decode(text) {
        Ok(result) => Outcome::Read(format!("{result:?}")),
        Err(LinkError::NewerVersion | LinkError::UnknownQuestionnaire(_)) => Outcome::Newer,
        Err(error) => Outcome::Refused(format!("{error:?}")),
    }
}

fn invite_outcome(text: &str) -> Outcome {
    match invite::decode_invite(text) {
        Ok(invite) => Outcome::Read(format!("{invite:?}")),
        Err(InviteError::Newer) => Outcome::Newer,
        Err(error) => Outcome::Refused(format!("{error:?}")),
    }
}

fn aggregate_outcome(text: &str) -> Outcome {
    match team::decode_aggregate(text) {
        Ok(aggregate) => Outcome::Read(format!("{aggregate:?}")),
        Err(AggregateError::NewerVersion) => Outcome::Newer,
        Err(error) => Outcome::Refused(format!("{error:?}")),
    }
}

fn reply_outcome(text: &str) -> Outcome {
    match sealed::read_reply(text) {
        Ok(reply) => Outcome::Read(format!("{reply:?}")),
        Err(ReplyError::Newer) => Outcome::Newer,
        Err(error) => Outcome::Refused(format!("{error:?}")),
    }
}

/// `bytes` with a CRC-24 of `prefix` and `bytes` after them.
fn with_check(prefix: &[u8], mut bytes: Vec<u8>) -> Vec<u8> {
    let crc = crc24(prefix.iter().chain(&bytes).copied());
    bytes.extend_from_slice(&crc.to_be_bytes()[1..]);
    bytes
}

/// A result code of format 2: the first six bits 2, the check refitted.
fn result_later(code: &str, extra: usize) -> String {
    let mut payload = from_base64url(code).expect("a code")[..12].to_vec();
    payload[0] = (2 << 2) | (payload[0] & 3);
    payload.resize(12 + extra, 0);
    to_base64url(&with_check(&[], payload))
}

/// An invite or reply code whose first byte is `format`, the check refitted.
fn bytes_later(code: &str, extra: usize, format: u8) -> String {
    let bytes = from_base64url(code).expect("a code");
    let mut body = bytes[..bytes.len() - 3].to_vec();
    body[0] = format;
    body.resize(body.len() + extra, 0);
    to_base64url(&with_check(&[], body))
}

fn invite_later(code: &str, extra: usize) -> String {
    bytes_later(code, extra, 3)
}

fn reply_later(code: &str, extra: usize) -> String {
    bytes_later(code, extra, 2)
}

/// A team link of format 2: `C`, then the bytes with a check that starts
/// from the format number.
fn aggregate_later(code: &str, extra: usize) -> String {
    let bytes = from_base64url(&code[1..]).expect("a code");
    let mut body = bytes[..bytes.len() - 3].to_vec();
    body.resize(body.len() + extra, 0);
    format!("C{}", to_base64url(&with_check(&[2], body)))
}

fn sample_result() -> SharedResult {
    SharedResult {
        questionnaire: V1,
        role: Some(Role::Manager),
        answers: raw_sheet("4 5 3 2 4 0  3 3 4 . 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 . 0 4 5"),
    }
}

/// The session of the sample reply and sealed invite.
const TEAM: TeamId = TeamId(0x5EA1_ED01);

/// Every link format the app reads, with a code of each.
fn formats() -> Vec<Format> {
    let (_, public) = sealed::session_keys([42; 32]);
    let reply = sealed::seal(
        TEAM,
        &public,
        &ReplyContent {
            reply: ReplyId(7),
            finished: 1_800_000_000,
            result: sample_result(),
        },
        [3; 32],
    )
    .expect("a usable key");
    let aggregate = TeamAggregate {
        questionnaire: V1,
        min_group: 3,
        n: 4,
        counts: vec![[0, 1, 3, 0, 0, 0]; ITEMS],
    };
    vec![
        Format {
            name: "result link",
            kind: LinkKind::Result,
            code: share::encode(&sample_result()),
            decode: result_outcome,
            reencode: |code| share::decode(code).ok().map(|r| share::encode(&r)),
            later: result_later,
        },
        Format {
            name: "invite, format 1",
            kind: LinkKind::Invite,
            // The invite of the report: one `A` added made it "Team ABCl".
            code: invite::encode_invite(&Invite {
                team: TeamId(3),
                min_group: 5,
                label: "Team ABC".to_owned(),
                key: None,
            }),
            decode: invite_outcome,
            reencode: |code| {
                invite::decode_invite(code)
                    .ok()
                    .map(|i| invite::encode_invite(&i))
            },
            later: invite_later,
        },
        Format {
            name: "invite, format 2",
            kind: LinkKind::Invite,
            code: invite::encode_invite(&Invite {
                team: TEAM,
                min_group: 5,
                label: "Team ABC".to_owned(),
                key: Some(public.into()),
            }),
            decode: invite_outcome,
            reencode: |code| {
                invite::decode_invite(code)
                    .ok()
                    .map(|i| invite::encode_invite(&i))
            },
            later: invite_later,
        },
        Format {
            name: "team link",
            kind: LinkKind::TeamLink,
            code: team::encode_aggregate(&aggregate),
            decode: aggregate_outcome,
            reencode: |code| {
                team::decode_aggregate(code)
                    .ok()
                    .map(|a| team::encode_aggregate(&a))
            },
            later: aggregate_later,
        },
        Format {
            name: "sealed reply",
            kind: LinkKind::Reply,
            code: reply,
            decode: reply_outcome,
            // A reply is written by sealing; what is read is its bytes.
            reencode: |code| {
                sealed::parse(code)
                    .ok()
                    .and_then(|r| from_base64url(&r.code))
                    .map(|bytes| to_base64url(&bytes))
            },
            later: reply_later,
        },
    ]
}

// --- One tolerance rule for every kind ---

/// A way a link reaches the app: a text made of the key and the code.
type Tolerance = (&'static str, fn(&str, &str) -> String);

/// The halves of a code, for damage inside it.
fn halves(code: &str) -> (&str, &str) {
    code.split_at(code.len() / 2)
}

/// Every harmless damage the rule in the module docs tolerates.
const TOLERANCES: &[Tolerance] = &[
    ("bare code", |_, code| code.to_owned()),
    ("key=CODE", |key, code| format!("{key}={code}")),
    ("fragment", |key, code| format!("#{key}={code}")),
    ("whole URL", |key, code| {
        format!("https://example.org/scan/#{key}={code}")
    }),
    ("a query before the fragment", |key, code| {
        format!("https://example.org/scan/?lang=en#{key}={code}")
    }),
    ("spaces and a line break around", |key, code| {
        format!("  #{key}={code} \n")
    }),
    ("a space inside the code", |key, code| {
        let (head, tail) = halves(code);
        format!("#{key}={head} {tail}")
    }),
    ("a line break inside the code", |key, code| {
        let (head, tail) = halves(code);
        format!("https://example.org/#{key}={head}\n{tail}")
    }),
    ("a Windows line break inside the bare code", |_, code| {
        let (head, tail) = halves(code);
        format!("{head}\r\n{tail}")
    }),
    ("an escaped space inside", |key, code| {
        let (head, tail) = halves(code);
        format!("#{key}=%20{head}%20{tail}%20")
    }),
    ("an escaped line break inside", |key, code| {
        let (head, tail) = halves(code);
        format!("#{key}={head}%0A{tail}")
    }),
    ("an escaped =", |key, code| format!("#{key}%3D{code}")),
    ("an escaped = in lower case", |key, code| {
        format!("#{key}%3d{code}")
    }),
    ("an escaped # and =", |key, code| {
        format!("https://example.org/%23{key}%3D{code}")
    }),
    ("an escaped whole URL", |key, code| {
        format!("https%3A%2F%2Fexample.org%2Fscan%2F%23{key}%3D{code}")
    }),
    ("a parameter after", |key, code| {
        format!("#{key}={code}&x=1")
    }),
    ("an escaped parameter after", |key, code| {
        format!("#{key}={code}%26x%3D1")
    }),
    ("a team id after, as in a member's link", |key, code| {
        format!("#{key}={code}&t=AAAAAAAA")
    }),
    ("a parameter before", |key, code| {
        format!("https://example.org/#lang=en&{key}={code}")
    }),
    ("a query glued after the fragment", |key, code| {
        format!("https://example.org/#{key}={code}?utm_source=x")
    }),
    ("a query of two glued after the fragment", |key, code| {
        format!("#{key}={code}?utm_source=x&utm_medium=mail")
    }),
    ("the same key twice: the first counts", |key, code| {
        format!("#{key}={code}&{key}=AAAA")
    }),
    (
        "a full stop after, at the end of a sentence",
        |key, code| format!("See https://example.org/#{key}={code}."),
    ),
    ("a comma after the bare code", |_, code| format!("{code},")),
    ("in brackets", |key, code| {
        format!("(https://example.org/#{key}={code})")
    }),
    ("in quotes, then a full stop", |key, code| {
        format!("\u{201c}https://example.org/#{key}={code}\u{201d}.")
    }),
];

#[test]
fn every_kind_of_link_tolerates_the_same_harmless_damage() {
    let mut checked = 0;
    for format in formats() {
        let key = format.kind.key();
        let expected = (format.decode)(&format.code);
        assert!(
            matches!(expected, Outcome::Read(_)),
            "{}: {expected:?}",
            format.name
        );
        for (tolerance, text_of) in TOLERANCES {
            let text = text_of(key, &format.code);
            assert_eq!(
                (format.decode)(&text),
                expected,
                "{} pasted, {tolerance}: {text:?}",
                format.name
            );
            // As an address: the browser gives the fragment after the
            // first `#`; the app finds its kind and reads it as `#FRAGMENT`.
            if let Some((_, fragment)) = text.split_once('#') {
                assert_eq!(
                    kind_in_fragment(fragment),
                    Some(format.kind),
                    "{} in the address, {tolerance}: {fragment:?}",
                    format.name
                );
                assert_eq!(
                    (format.decode)(&format!("#{fragment}")),
                    expected,
                    "{} in the address, {tolerance}: {fragment:?}",
                    format.name
                );
            }
            checked += 1;
        }
    }
    assert_eq!(checked, formats().len() * TOLERANCES.len());
}

#[test]
fn codes_are_found_by_the_rule_and_nothing_else() {
    let code = |code: &str| Reading::Code(code.to_owned());
    let cases: &[(&str, Reading)] = &[
        ("", Reading::Empty),
        (" \n\t ", Reading::Empty),
        ("%20%0A", Reading::Empty),
        ("ABC123", code("ABC123")),
        ("  AB C1\n23 ", code("ABC123")),
        ("r=ABC", code("ABC")),
        ("r=ABC?utm=1", code("ABC")),
        ("#r=ABC", code("ABC")),
        ("#r=", code("")),
        ("https://example.org/scan/#r=", code("")),
        ("https://example.org/scan/#lang=en&r=ABC&x=1", code("ABC")),
        ("https://example.org/scan/#r=ABC?utm_source=x", code("ABC")),
        ("https://example.org/scan/%23r%3DABC", code("ABC")),
        ("#r=ABC&r=DEF", code("ABC")),
        // Escapes are decoded once: %2523 is a literal %23 after decoding.
        ("https://example.org/scan/%2523r=ABC", Reading::NotALink),
        // An address without a fragment, or with another key.
        ("https://example.org/scan/", Reading::NotALink),
        ("https://example.org/scan/?r=ABC", Reading::NotALink),
        ("https://example.org/scan/#a=ABC", Reading::NotALink),
        ("javascript:alert(1)", Reading::NotALink),
        ("a=1&b=2", Reading::NotALink),
        // The key must be the whole parameter name.
        ("#rr=ABC", Reading::NotALink),
        ("#xr=ABC", Reading::NotALink),
        // Markup is never a link, wherever it is.
        ("<b>ABC</b>", Reading::NotALink),
        ("#r=<img src=x onerror=alert(1)>", Reading::NotALink),
        ("#r=%3Cscript%3E", Reading::NotALink),
    ];
    for (text, expected) in cases {
        assert_eq!(&read(text, LinkKind::Result), expected, "{text:?}");
    }
    // Each kind has its own key and reads nothing of another's.
    for kind in LinkKind::ALL {
        for other in LinkKind::ALL {
            let text = format!("https://example.org/#{}=ABC", other.key());
            let expected = if kind == other {
                code("ABC")
            } else {
                Reading::NotALink
            };
            assert_eq!(read(&text, kind), expected, "{kind:?} in {text}");
        }
    }
    // Text over a kind's limit is not read at all.
    for kind in LinkKind::ALL {
        let limit = kind.max_bytes();
        assert_eq!(read(&"A".repeat(limit + 1), kind), Reading::NotALink);
        assert_eq!(read(&"A".repeat(limit), kind), code(&"A".repeat(limit)));
    }
}

#[test]
fn the_address_names_the_kind_of_its_link_by_its_key_only() {
    use LinkKind::{Invite, Reply, Result, TeamLink};
    let cases: &[(&str, Option<LinkKind>)] = &[
        ("", None),
        ("main", None),
        ("r", None),
        ("r=", Some(Result)),
        ("r=CODE", Some(Result)),
        ("i=CODE", Some(Invite)),
        ("g=CODE", Some(TeamLink)),
        ("s=CODE", Some(Reply)),
        ("r%3DCODE", Some(Result)),
        ("i%3DCODE", Some(Invite)),
        ("g%3DCODE", Some(TeamLink)),
        ("s%3DCODE", Some(Reply)),
        ("%20r=CODE", Some(Result)),
        ("lang=en&g=CODE", Some(TeamLink)),
        ("r=CODE&t=TEAM", Some(Result)),
        ("s=CODE?utm_source=x", Some(Reply)),
        ("utm_source=x?i=CODE", Some(Invite)),
        // Damaged codes still name their kind: its page says what is wrong.
        ("r=<img src=x>", Some(Result)),
        ("g=%3Cscript%3E", Some(TeamLink)),
        ("t=TEAM", None),
        ("rr=CODE", None),
        ("lang=en", None),
        ("%23r%3DCODE", None),
    ];
    for (fragment, expected) in cases {
        assert_eq!(kind_in_fragment(fragment), *expected, "{fragment:?}");
        // The first-load app's cheap test lets every link through.
        if expected.is_some() {
            assert!(fragment_may_hold_link(fragment), "{fragment:?}");
        }
    }
    let cheap: &[(&str, bool)] = &[
        ("", false),
        ("main", false),
        ("r%3dCODE", true),
        ("r%3", false),
        ("%3", false),
        ("lang=en", true),
    ];
    for (fragment, expected) in cheap {
        assert_eq!(fragment_may_hold_link(fragment), *expected, "{fragment:?}");
    }
}

// --- One spelling ---

#[test]
fn every_link_format_reads_only_its_one_spelling() {
    for format in formats() {
        let name = format.name;
        let code = &format.code;
        // What is read is written back as the very same text.
        assert_eq!((format.reencode)(code).as_ref(), Some(code), "{name}");
        let mut changed: Vec<(String, String)> = Vec::new();
        // A character added: for a format without a length of its own, a
        // zero byte added after the check fits that check again.
        for added in ALPHABET.chars() {
            changed.push((format!("{added} added"), format!("{code}{added}")));
        }
        for added in ["AA", "AAA", "AAAA", "AAAAAAAA"] {
            changed.push((format!("{added} added"), format!("{code}{added}")));
        }
        // The last character changed: its unused bits too, which spell the
        // same bytes otherwise.
        let last = code.len() - 1;
        for replacement in ALPHABET.chars().filter(|c| !code[last..].starts_with(*c)) {
            changed.push((
                format!("last character {replacement}"),
                format!("{}{replacement}", &code[..last]),
            ));
        }
        let original = (format.decode)(code);
        for (change, text) in changed {
            let outcome = (format.decode)(&text);
            // A format 1 invite with zero bytes added reads as that same
            // invite (see the module docs of links::invite): never as another.
            let same_invite =
                name == "invite, format 1" && change.starts_with('A') && outcome == original;
            assert!(
                matches!(outcome, Outcome::Refused(_)) || same_invite,
                "{name}, {change}: {text} gave {outcome:?}"
            );
        }
    }
}

// --- Newer versions ---

/// What a table row expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// "Made by a newer version".
    Newer,
    /// Refused as anything else (damaged, incomplete, …), never read.
    Refused,
}

/// A way a code was changed, or made by a later version.
type Change = (&'static str, fn(&Format) -> String, Expect);

/// `code` with its first two characters swapped.
fn swapped(code: &str) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    chars.swap(0, 1);
    chars.into_iter().collect()
}

/// `code` with the character at `position` replaced by another one.
fn one_changed(code: &str, position: usize) -> String {
    let old = &code[position..=position];
    let new = if old == "x" { "y" } else { "x" };
    format!("{}{new}{}", &code[..position], &code[position + 1..])
}

const CHANGES: &[Change] = &[
    ("lower-cased", |f| f.code.to_lowercase(), Expect::Refused),
    ("upper-cased", |f| f.code.to_uppercase(), Expect::Refused),
    (
        "first two characters swapped",
        |f| swapped(&f.code),
        Expect::Refused,
    ),
    (
        "first character changed",
        |f| one_changed(&f.code, 0),
        Expect::Refused,
    ),
    (
        "a later format's first two characters, the check not refitted",
        |f| format!("{}{}", &(f.later)(&f.code, 0)[..2], &f.code[2..]),
        Expect::Refused,
    ),
    (
        "lower-cased and cut by one character",
        |f| f.code[..f.code.len() - 1].to_lowercase(),
        Expect::Refused,
    ),
    (
        "lower-cased and longer",
        |f| format!("{}AAAA", f.code.to_lowercase()),
        Expect::Refused,
    ),
    (
        "a later format, one character changed in the middle",
        |f| {
            let later = (f.later)(&f.code, 0);
            one_changed(&later, later.len() / 2)
        },
        Expect::Refused,
    ),
    (
        "a later format of the same length",
        |f| (f.later)(&f.code, 0),
        Expect::Newer,
    ),
    (
        "a later format, longer",
        |f| (f.later)(&f.code, 7),
        Expect::Newer,
    ),
    (
        "a later format in a whole URL",
        |f| {
            format!(
                "https://example.org/#{}={}",
                f.kind.key(),
                (f.later)(&f.code, 2)
            )
        },
        Expect::Newer,
    ),
];

#[test]
fn newer_version_only_for_the_code_of_a_later_format() {
    for format in formats() {
        for (change, text_of, expected) in CHANGES {
            let text = text_of(&format);
            let outcome = (format.decode)(&text);
            let actual = match outcome {
                Outcome::Newer => Expect::Newer,
                Outcome::Refused(_) => Expect::Refused,
                Outcome::Read(_) => panic!("{}, {change}: {text} was read", format.name),
            };
            assert_eq!(actual, *expected, "{}, {change}: {text}", format.name);
        }
    }
}

// --- The address and the screen ---

#[test]
fn the_screen_at_start_follows_the_address() {
    use LinkKind::{Invite, Reply, Result, TeamLink};
    let cases: &[(&str, bool, Screen)] = &[
        ("", false, Screen::Own),
        ("main", false, Screen::Own),
        ("t=TEAM", false, Screen::Own),
        ("", true, Screen::QueryInvite),
        ("main", true, Screen::QueryInvite),
        ("r=CODE", false, Screen::Link(Result)),
        ("r=CODE", true, Screen::Link(Result)),
        ("i%3DCODE", false, Screen::Link(Invite)),
        ("g=CODE?utm_source=x", false, Screen::Link(TeamLink)),
        ("s=CODE&x=1", true, Screen::Link(Reply)),
    ];
    for (fragment, query_invite, expected) in cases {
        assert_eq!(
            screen_at_start(fragment, *query_invite),
            *expected,
            "{fragment:?}, query invite {query_invite}"
        );
    }
}

#[test]
fn a_kiosk_starts_every_next_person_where_the_query_says() {
    // (query invite) -> the screen for the next person. A kiosk set up with
    // `?invite=` opens that invite again for everyone, not the intro of a
    // private scan; without one, the intro.
    let cases: &[(bool, Screen)] = &[(true, Screen::QueryInvite), (false, Screen::Own)];
    for (query_invite, expected) in cases {
        assert_eq!(
            screen_for_next_person(*query_invite),
            *expected,
            "query invite {query_invite}"
        );
        // The same screen as a first visit to the kiosk's address, once the
        // wipe cleared the fragment.
        assert_eq!(screen_at_start("", *query_invite), *expected);
    }
}

#[test]
fn after_a_change_the_screen_follows_the_address_but_not_an_anchor() {
    use LinkKind::{Invite, Result};
    // (fragment, query invite, showing a link) -> the screen, or None: stays.
    let cases: &[(&str, bool, bool, Option<Screen>)] = &[
        // A link pasted into the address bar, or Forward to one.
        ("r=CODE", false, false, Some(Screen::Link(Result))),
        ("r=CODE", false, true, Some(Screen::Link(Result))),
        ("i%3DCODE", true, true, Some(Screen::Link(Invite))),
        // Back from a link to the page before it: the link leaves.
        ("", false, true, Some(Screen::Own)),
        ("%20", false, true, Some(Screen::Own)),
        ("", true, true, Some(Screen::QueryInvite)),
        // An own page (My results, a session) stays when the fragment
        // empties (Back from the skip link's #main).
        ("", false, false, None),
        ("", true, false, None),
        // A place on the page is not a screen: the skip link on any page.
        ("main", false, true, None),
        ("main", false, false, None),
        ("main", true, false, None),
    ];
    for (fragment, query_invite, showing_link, expected) in cases {
        assert_eq!(
            screen_after_change(fragment, *query_invite, *showing_link),
            *expected,
            "{fragment:?}, query invite {query_invite}, showing a link {showing_link}"
        );
    }
}

#[test]
fn the_hand_off_names_each_page_once_and_opens_the_scan_for_any_other_name() {
    use sis::core::links::link_reader::HandoffPage;
    let cases = [
        ("scan", HandoffPage::Scan),
        ("history", HandoffPage::History),
        ("team-setup", HandoffPage::TeamSetup),
        ("privacy", HandoffPage::Privacy),
        ("link", HandoffPage::Address),
        ("", HandoffPage::Scan),
        ("History", HandoffPage::Scan),
        ("team-view", HandoffPage::Scan),
    ];
    for (id, page) in cases {
        assert_eq!(HandoffPage::from_id(id), page, "{id:?}");
    }
    for page in HandoffPage::ALL {
        assert_eq!(HandoffPage::from_id(page.id()), page, "{page:?}");
    }
}
