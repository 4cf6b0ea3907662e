//! The stored records of sealed team sessions: round trips, the golden files
//! of version 1, errors of corrupt, newer and unknown versions, invalid
//! entries dropped and counted, and the rules for joining and hosting.

use sis::core::links::codec::to_base64url;
use sis::core::links::invite::{Invite, TeamId};
use sis::core::links::share::SharedResult;
use sis::core::links::team::{decode_aggregate, encode_aggregate};
use sis::core::model::Role;
use sis::core::questionnaire::V1;
use sis::core::storage::records::{LoadError, Loaded};
use sis::core::storage::team_sessions::{
    decode_memberships, decode_sessions, encode_memberships, encode_sessions, host, join,
    HostedSession, HostedState, Membership, MAX_SESSIONS, MEMBER_KEY, SESSIONS_KEY,
    TEAM_STORE_VERSION,
};
use sis::core::team::aggregate::aggregate;
use sis::core::team::sealed::{open, parse, session_keys, ReplyContent, ReplyId};
use sis::core::team::{Group, Member};

use super::support::{check_golden, data_path, raw_sheet};

/// The golden file of the facilitator's sessions, version 1.
const SESSIONS_FILE: &str = "stored/team-sessions-v1.json";

/// The golden file of a member's sealed sessions, version 1.
const MEMBERSHIPS_FILE: &str = "stored/team-replies-v1.json";

/// The session that is still collecting in the samples.
const COLLECTING: TeamId = TeamId(0x5EA1_ED01);

/// Two replies sealed to the collecting session by this version: pinned,
/// because a sealed reply is kept as it was written and must keep opening
/// (sealing again would give other codes, each encapsulation being fresh).
const SAMPLE_REPLIES: [&str; 2] = [
    "AV6h7QGqzFOz3wxustfVzk3fOZWTN2yZA7pqUqUsOiNA-Xu3ZAcm8NKcxP4VeRk-n4_spk5vJgFkCwtBIOL5xRte0TFEyj49oFV3sEKgFEziAXg",
    "AV6h7QHpyD0zw-K5NlICcWqARDPhMdv_hVBBZqhu-5yOIvv0dBmV6gRLkpkeOFM5CL_TQoakizznGkkrdsl5au1ABf85oBcwoRPaPORgLOxtfuU",
];

/// What the sample replies hold.
fn sample_contents() -> Vec<ReplyContent> {
    [
        (
            "4 5 3 2 4 1  3 3 4 2 2 4  1 2 2 3 5 4  5 4 4 5 3 4  2 3 1 5 4 5",
            Some(Role::Employee),
        ),
        ("555555 555555 555555 555555 555555", None),
    ]
    .into_iter()
    .enumerate()
    .map(|(index, (answers, role))| ReplyContent {
        reply: ReplyId(index as u64 + 1),
        finished: 1_764_237_600,
        result: SharedResult {
            questionnaire: V1,
            role,
            answers: raw_sheet(answers),
        },
    })
    .collect()
}

fn sample_replies() -> Vec<String> {
    SAMPLE_REPLIES.map(str::to_owned).to_vec()
}

/// The aggregate team link of three members, as an opened session keeps it.
fn sample_aggregate() -> String {
    let members: Vec<Member> = [
        "111111 222222 333333 444444 555555",
        "333333333333333333333333333333",
        "5 4 3 2 1 . 5 4 3 2 1 . 5 4 3 2 1 . 5 4 3 2 1 . 5 4 3 2 1 .",
    ]
    .into_iter()
    .map(|answers| Member {
        questionnaire: V1,
        answers: raw_sheet(answers),
        role: None,
    })
    .collect();
    match aggregate(&V1, &members, 3) {
        Group::Shown(aggregate) => encode_aggregate(&aggregate),
        _ => panic!("three members of a minimum of three are shown"),
    }
}

/// A session collecting replies and one opened, as in the golden file.
fn sample_sessions() -> Vec<HostedSession> {
    vec![
        HostedSession {
            team: COLLECTING,
            label: "Team Zorg & \"Welzijn\"".to_owned(),
            min_group: 5,
            created: 1_764_237_600_000,
            state: HostedState::Collecting {
                secret: session_keys([42; 32]).0,
                replies: sample_replies(),
            },
        },
        HostedSession {
            team: TeamId(77),
            label: "Directie <2026> ✓".to_owned(),
            min_group: 3,
            created: 1_764_000_000_000,
            state: HostedState::Opened {
                opened: 1_764_100_000_000,
                n: 3,
                aggregate: sample_aggregate(),
                exports: None,
            },
        },
    ]
}

/// A member's two sealed sessions, as in the golden file.
fn sample_memberships() -> Vec<Membership> {
    vec![
        Membership {
            team: COLLECTING,
            key: session_keys([42; 32]).1,
            min_group: 5,
            reply: ReplyId(0x0123_4567_89AB_CDEF),
        },
        Membership {
            team: TeamId(u32::MAX),
            key: session_keys([1; 32]).1,
            min_group: 50,
            reply: ReplyId(u64::MAX),
        },
    ]
}

#[test]
fn both_records_round_trip() {
    let sessions = sample_sessions();
    for count in 0..=sessions.len() {
        let loaded =
            decode_sessions(&encode_sessions(&sessions[..count])).expect("own output loads");
        assert_eq!(
            loaded,
            Loaded {
                value: sessions[..count].to_vec(),
                dropped: 0
            }
        );
    }
    let memberships = sample_memberships();
    for count in 0..=memberships.len() {
        let loaded = decode_memberships(&encode_memberships(&memberships[..count]))
            .expect("own output loads");
        assert_eq!(
            loaded,
            Loaded {
                value: memberships[..count].to_vec(),
                dropped: 0
            }
        );
    }
    assert_eq!(
        (SESSIONS_KEY, MEMBER_KEY, TEAM_STORE_VERSION),
        ("sis:team-sessions", "sis:team-replies", 1)
    );
}

/// What version 1 writes is pinned, and the files keep loading as the
/// samples: the replies in them keep opening, the aggregate keeps reading.
#[test]
fn version_1_files_are_golden_and_load_exactly() {
    check_golden(SESSIONS_FILE, &(encode_sessions(&sample_sessions()) + "\n"));
    check_golden(
        MEMBERSHIPS_FILE,
        &(encode_memberships(&sample_memberships()) + "\n"),
    );

    let text = std::fs::read_to_string(data_path(SESSIONS_FILE)).expect("golden file");
    let loaded = decode_sessions(text.trim()).expect("the golden file loads");
    assert_eq!(
        loaded,
        Loaded {
            value: sample_sessions(),
            dropped: 0
        }
    );
    let HostedState::Collecting { secret, replies } = &loaded.value[0].state else {
        panic!("the first session is collecting");
    };
    let opened: Vec<ReplyContent> = replies
        .iter()
        .map(|code| parse(code).and_then(|reply| open(&reply, COLLECTING, secret)))
        .collect::<Result<_, _>>()
        .expect("the stored replies open");
    assert_eq!(opened, sample_contents());
    let HostedState::Opened { aggregate, n, .. } = &loaded.value[1].state else {
        panic!("the second session is opened");
    };
    assert_eq!(decode_aggregate(aggregate).map(|a| a.n), Ok(*n));

    let text = std::fs::read_to_string(data_path(MEMBERSHIPS_FILE)).expect("golden file");
    let loaded = decode_memberships(text.trim()).expect("the golden file loads");
    assert_eq!(
        loaded,
        Loaded {
            value: sample_memberships(),
            dropped: 0
        }
    );
}

/// A check that an error is of the expected kind.
type ErrorMatcher = fn(&LoadError) -> bool;

#[test]
fn bad_records_give_typed_errors() {
    let cases: [(&str, ErrorMatcher); 8] = [
        ("", |e| matches!(e, LoadError::Corrupt(_))),
        ("{not json", |e| matches!(e, LoadError::Corrupt(_))),
        ("[]", |e| matches!(e, LoadError::Corrupt(_))),
        (r#"{"sessions":[]}"#, |e| matches!(e, LoadError::Corrupt(_))),
        (r#"{"version":0,"sessions":[]}"#, |e| {
            matches!(e, LoadError::UnknownVersion(0))
        }),
        (r#"{"version":2,"sessions":"anything"}"#, |e| {
            matches!(e, LoadError::Newer(2))
        }),
        (r#"{"version":1}"#, |e| matches!(e, LoadError::Malformed(_))),
        (r#"{"version":1,"sessions":{}}"#, |e| {
            matches!(e, LoadError::Malformed(_))
        }),
    ];
    for (text, expected) in cases {
        let error = decode_sessions(text).expect_err(text);
        assert!(expected(&error), "sessions {text}: {error:?}");
        let error = decode_memberships(text).expect_err(text);
        assert!(expected(&error), "memberships {text}: {error:?}");
    }
}

/// A sessions record of the valid collecting sample and one more entry.
fn sessions_with(entry: &str) -> String {
    let valid = encode_sessions(&sample_sessions()[..1]);
    format!(
        "{},{entry}]}}",
        valid
            .strip_suffix("]}")
            .expect("a record ends with its list")
    )
}

#[test]
fn invalid_sessions_are_dropped_and_counted() {
    let secret = &to_base64url(&[7; 32]);
    let long = to_base64url(&[7; 33]);
    let cases = [
        (
            "a collecting session",
            format!(
                r#"{{"id":1,"label":"x","min":5,"created":0,"secret":"{secret}","replies":[]}}"#
            ),
            0,
        ),
        (
            "an opened session",
            r#"{"id":1,"label":"x","min":5,"created":0,"opened":1,"n":5,"aggregate":""}"#
                .to_owned(),
            0,
        ),
        (
            "not base64url",
            r#"{"id":1,"label":"x","min":5,"created":0,"secret":"not base64!"}"#.to_owned(),
            1,
        ),
        (
            "a secret of 31 bytes",
            format!(
                r#"{{"id":1,"label":"x","min":5,"created":0,"secret":"{}"}}"#,
                &secret[..42]
            ),
            1,
        ),
        (
            "a secret of 33 bytes",
            format!(r#"{{"id":1,"label":"x","min":5,"created":0,"secret":"{long}"}}"#),
            1,
        ),
        (
            "a secret spelled otherwise",
            format!(
                r#"{{"id":1,"label":"x","min":5,"created":0,"secret":"{}d"}}"#,
                &secret[..42]
            ),
            1,
        ),
        (
            "a minimum of 1",
            format!(r#"{{"id":1,"label":"x","min":1,"created":0,"secret":"{secret}"}}"#),
            1,
        ),
        (
            "a minimum of 51",
            r#"{"id":1,"label":"x","min":51,"created":0,"opened":1}"#.to_owned(),
            1,
        ),
        (
            "both secret and opened",
            format!(r#"{{"id":1,"label":"x","min":5,"created":0,"secret":"{secret}","opened":1}}"#),
            1,
        ),
        (
            "neither secret nor opened",
            r#"{"id":1,"label":"x","min":5,"created":0}"#.to_owned(),
            1,
        ),
    ];
    for (name, entry, dropped) in cases {
        let loaded = decode_sessions(&sessions_with(&entry)).expect(name);
        assert_eq!(loaded.dropped, dropped, "{name}");
        assert_eq!(loaded.value.len(), 2 - dropped, "{name}");
        assert_eq!(loaded.value[0], sample_sessions()[0], "{name}");
    }
}

#[test]
fn invalid_memberships_are_dropped_and_counted() {
    let key = &to_base64url(&[7; 32]);
    let reply = "ASNFZ4mrze8";
    let long = to_base64url(&[7; 9]);
    let cases = [
        (
            "valid",
            format!(r#"{{"id":1,"key":"{key}","min":5,"reply":"{reply}"}}"#),
            0,
        ),
        (
            "a key of 31 bytes",
            format!(
                r#"{{"id":1,"key":"{}","min":5,"reply":"{reply}"}}"#,
                &key[..42]
            ),
            1,
        ),
        (
            "a key that is not base64url",
            format!(
                r#"{{"id":1,"key":"{}!","min":5,"reply":"{reply}"}}"#,
                &key[..42]
            ),
            1,
        ),
        (
            "a reply id of 9 bytes",
            format!(r#"{{"id":1,"key":"{key}","min":5,"reply":"{long}"}}"#),
            1,
        ),
        (
            "a reply id spelled otherwise",
            format!(
                r#"{{"id":1,"key":"{key}","min":5,"reply":"{}9"}}"#,
                &reply[..10]
            ),
            1,
        ),
        (
            "a minimum of 2",
            format!(r#"{{"id":1,"key":"{key}","min":2,"reply":"{reply}"}}"#),
            1,
        ),
    ];
    for (name, entry, dropped) in cases {
        let text = format!(r#"{{"version":1,"sessions":[{entry}]}}"#);
        let loaded = decode_memberships(&text).expect(name);
        assert_eq!(
            (loaded.value.len(), loaded.dropped),
            (1 - dropped, dropped),
            "{name}"
        );
    }
    // The valid entry reads as what it spells.
    let text = format!(
        r#"{{"version":1,"sessions":[{{"id":1,"key":"{key}","min":5,"reply":"{reply}"}}]}}"#
    );
    let membership = decode_memberships(&text).expect("valid").value[0];
    assert_eq!(membership.reply, ReplyId(0x0123_4567_89AB_CDEF));
    assert_eq!(encode_memberships(&[membership]), text);
}

#[test]
fn a_hosted_session_gives_its_invite_while_collecting() {
    let sessions = sample_sessions();
    assert_eq!(
        sessions[0].invite(),
        Some(Invite {
            team: COLLECTING,
            min_group: 5,
            label: "Team Zorg & \"Welzijn\"".to_owned(),
            key: Some(session_keys([42; 32]).1.into()),
        })
    );
    assert_eq!(sessions[1].invite(), None);
}

/// A new membership of the session `team` with the key of `key_seed`.
fn membership(team: u32, key_seed: u8, reply: u64) -> Membership {
    Membership {
        team: TeamId(team),
        key: session_keys([key_seed; 32]).1,
        min_group: 5,
        reply: ReplyId(reply),
    }
}

#[test]
fn joining_keeps_the_reply_id_of_the_same_session_and_key() {
    let mut memberships = Vec::new();
    let first = join(&mut memberships, membership(1, 1, 10));
    assert_eq!(first, membership(1, 1, 10));
    // The same session again: the same reply id, so the new reply replaces.
    let again = join(&mut memberships, membership(1, 1, 11));
    assert_eq!(again, first);
    assert_eq!(memberships, vec![first]);
    // Another session keeps its own.
    let other = join(&mut memberships, membership(2, 1, 12));
    assert_eq!(memberships, vec![first, other]);
    // A new key for the same session id is a new session: a new reply id,
    // and the old membership goes.
    let rekeyed = join(&mut memberships, membership(1, 2, 13));
    assert_eq!(rekeyed.reply, ReplyId(13));
    assert_eq!(rekeyed.key, session_keys([2; 32]).1);
    assert_eq!(memberships, vec![other, rekeyed]);
}

#[test]
fn the_oldest_sessions_go_first_beyond_the_maximum() {
    let mut memberships = Vec::new();
    for team in 0..MAX_SESSIONS as u32 + 5 {
        join(&mut memberships, membership(team, 1, team.into()));
    }
    assert_eq!(memberships.len(), MAX_SESSIONS);
    assert_eq!(memberships[0].team, TeamId(5));
    assert_eq!(
        memberships[MAX_SESSIONS - 1].team,
        TeamId(MAX_SESSIONS as u32 + 4)
    );

    let session = |team: u32, label: &str| HostedSession {
        team: TeamId(team),
        label: label.to_owned(),
        ..sample_sessions()[1].clone()
    };
    let mut sessions = Vec::new();
    for team in 0..=MAX_SESSIONS as u32 {
        host(&mut sessions, session(team, "eerst"));
    }
    assert_eq!(sessions.len(), MAX_SESSIONS);
    assert_eq!(sessions[0].team, TeamId(1));
    // Hosting a session id again replaces it and makes it the newest.
    host(&mut sessions, session(1, "opnieuw"));
    assert_eq!(sessions.len(), MAX_SESSIONS);
    assert_eq!(sessions[0].team, TeamId(2));
    assert_eq!(sessions[MAX_SESSIONS - 1], session(1, "opnieuw"));
    assert_eq!(sessions.iter().filter(|s| s.team == TeamId(1)).count(), 1);
}

/// An opened session keeps the team's exports made at opening, and a
/// session stored without them (as the first files were) still loads.
#[test]
fn an_opened_session_keeps_its_exports() {
    use sis::core::storage::team_sessions::{
        decode_sessions, encode_sessions, HostedState, TeamExports,
    };
    let mut sessions = sample_sessions();
    if let HostedState::Opened { exports, .. } = &mut sessions[1].state {
        *exports = Some(TeamExports {
            json: "{\"format\":\"sociale-innovatie-scan/team\",\"n\":3}".to_owned(),
            csv: "dimension;mean\r\nPurpose;58\r\n".to_owned(),
        });
    }
    let loaded = decode_sessions(&encode_sessions(&sessions)).expect("own output loads");
    assert_eq!(loaded.value, sessions);
    assert_eq!(loaded.dropped, 0);
    let without = decode_sessions(&encode_sessions(&sample_sessions())).expect("loads");
    assert!(matches!(
        without.value[1].state,
        HostedState::Opened { exports: None, .. }
    ));
}

/// What a second tab stored merges with this tab's sessions: an opened
/// session wins over a collecting one, replies are joined without copies,
/// and sessions of either side are kept.
#[test]
fn sessions_of_two_tabs_merge_without_bringing_a_key_back() {
    use sis::core::storage::team_sessions::{
        current_session, holds_key, is_opened, merge_sessions, replace_session, set_replies,
    };
    let [collecting, opened] = <[HostedSession; 2]>::try_from(sample_sessions()).expect("two");
    let replies = sample_replies();
    let with_replies = |codes: &[String]| {
        let mut session = vec![collecting.clone()];
        set_replies(&mut session, COLLECTING, codes);
        session.remove(0)
    };
    let closed = HostedSession {
        team: COLLECTING,
        ..opened.clone()
    };
    // (case, stored by the other tab, in this tab's memory, merged)
    type Case = (
        &'static str,
        Vec<HostedSession>,
        Vec<HostedSession>,
        Vec<HostedSession>,
    );
    let cases: Vec<Case> = vec![
        (
            "stored opened wins over memory collecting",
            vec![closed.clone()],
            vec![collecting.clone()],
            vec![closed.clone()],
        ),
        (
            "memory opened wins over stored collecting",
            vec![collecting.clone()],
            vec![closed.clone()],
            vec![closed.clone()],
        ),
        (
            "replies of both tabs are joined, once each",
            vec![with_replies(&replies[..1])],
            vec![with_replies(&replies)],
            vec![with_replies(&replies)],
        ),
        (
            "sessions of either side are kept, stored first",
            vec![opened.clone()],
            vec![collecting.clone()],
            vec![opened.clone(), collecting.clone()],
        ),
    ];
    for (name, stored, memory, expected) in cases {
        assert_eq!(merge_sessions(stored, &memory), expected, "{name}");
    }

    // The questions the browser edge asks of a list of sessions.
    let both = vec![collecting.clone(), opened.clone()];
    assert!(holds_key(&both, COLLECTING));
    assert!(!holds_key(&both, TeamId(77)));
    assert!(is_opened(&both, TeamId(77)));
    assert!(!is_opened(&both, COLLECTING));
    let mut replaced = both.clone();
    replace_session(&mut replaced, &closed);
    assert!(!holds_key(&replaced, COLLECTING));
    let mut emptied = both.clone();
    set_replies(&mut emptied, TeamId(77), &replies);
    assert_eq!(emptied, both, "an opened session takes no replies");

    // The session as it stands: opened in storage beats this tab's copy.
    let memory = [collecting.clone()];
    assert_eq!(
        current_session(Some(std::slice::from_ref(&closed)), &memory, COLLECTING),
        Some(closed)
    );
    assert_eq!(
        current_session(Some(&[]), &memory, COLLECTING),
        Some(collecting.clone())
    );
    assert_eq!(
        current_session(None, &memory, COLLECTING),
        Some(collecting.clone())
    );
    assert_eq!(current_session(Some(&both), &[], TeamId(77)), Some(opened));
    assert_eq!(current_session(None, &[], COLLECTING), None);
}
