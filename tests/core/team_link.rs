//! Team invites, team ids in result links, and finding links in pasted text.

use sis::core::model::Role;
use sis::core::questionnaire::Questionnaire;
use sis::core::share::{LinkError, SharedResult};
use sis::core::team_link::{
    clamp_min_group, decode_invite, decode_team_id, encode_invite, encode_team_id, find_links,
    limit_label, member_fragment, Invite, InviteError, TeamId, MAX_LABEL_CHARS,
};

use super::support::raw_sheet;

fn result(answers: &str, role: Option<Role>) -> SharedResult {
    SharedResult {
        questionnaire: Questionnaire::current(),
        role,
        answers: raw_sheet(answers),
    }
}

#[test]
fn invites_round_trip_with_any_label() {
    let labels = [
        "",
        "Team Zorg & Welzijn",
        "<script>alert(1)</script>",
        "Ondernemingsraad ✓ 2026",
    ];
    for (index, label) in labels.iter().enumerate() {
        let invite = Invite {
            team: TeamId(0xDEAD_BEEF - index as u32),
            min_group: 3 + index,
            label: (*label).to_owned(),
        };
        let code = encode_invite(&invite);
        assert_eq!(decode_invite(&code), Ok(invite.clone()), "{label}");
        assert_eq!(
            decode_invite(&format!("https://x.example/scan/#i={code}")),
            Ok(invite)
        );
    }
}

#[test]
fn labels_are_cut_and_group_sizes_clamped() {
    let long = "x".repeat(10_000);
    let (cut, was_cut) = limit_label(&long);
    assert_eq!(cut.chars().count(), MAX_LABEL_CHARS);
    assert!(was_cut);
    assert_eq!(limit_label("  kort  "), ("kort".to_owned(), false));
    let cases = [(0, 3), (2, 3), (3, 3), (5, 5), (50, 50), (1000, 50)];
    for (requested, expected) in cases {
        assert_eq!(clamp_min_group(requested), expected);
    }
    let invite = Invite {
        team: TeamId(7),
        min_group: 1,
        label: long,
    };
    let read = decode_invite(&encode_invite(&invite)).expect("written invites read");
    assert_eq!(read.min_group, 3);
    assert_eq!(read.label.chars().count(), MAX_LABEL_CHARS);
}

#[test]
fn bad_invites_are_refused() {
    let good = encode_invite(&Invite {
        team: TeamId(42),
        min_group: 5,
        label: "Team".into(),
    });
    let mut newer = good.clone().into_bytes();
    newer[0] = b'A';
    newer[1] = b'g'; // first byte 2: a newer format
    let cases: Vec<(String, InviteError)> = vec![
        (String::new(), InviteError::Damaged),
        ("garbage!".into(), InviteError::Damaged),
        (good[..good.len() - 2].to_owned(), InviteError::Damaged),
        (format!("{good}AA"), InviteError::Damaged),
        ("x".repeat(100_000), InviteError::Damaged),
    ];
    for (text, expected) in cases {
        assert_eq!(decode_invite(&text), Err(expected), "{text:.40}");
    }
    assert!(decode_invite(&String::from_utf8(newer).unwrap()).is_err());
}

#[test]
fn every_single_character_change_of_a_team_id_is_caught() {
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for id in [0, 1, 0xFFFF_FFFF, 123_456_789] {
        let code = encode_team_id(TeamId(id));
        assert_eq!(code.len(), 8);
        assert_eq!(decode_team_id(&code), Some(TeamId(id)));
        for position in 0..code.len() {
            for replacement in alphabet.chars() {
                let mut changed: Vec<char> = code.chars().collect();
                if changed[position] == replacement {
                    continue;
                }
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                assert_eq!(decode_team_id(&changed), None, "{changed}");
            }
        }
    }
}

#[test]
fn links_are_found_in_messy_text_with_lines_and_reasons() {
    let team = TeamId(99);
    let a = member_fragment(
        &result("123451234512345123451234512345", Some(Role::Employee)),
        Some(team),
    );
    let b = member_fragment(
        &result("555554444433333222221111155555", Some(Role::Manager)),
        Some(team),
    );
    let other = member_fragment(
        &result("333333333333333333333333333333", None),
        Some(TeamId(5)),
    );
    let plain = member_fragment(&result("444444444444444444444444444444", None), None);
    let broken = {
        let mut code = a.clone().into_bytes();
        code[7] = if code[7] == b'A' { b'B' } else { b'A' };
        String::from_utf8(code).unwrap()
    };
    let text = format!(
        "Hoi,\n> hier mijn link: https://scan.example/#{a}\nEn ik: <https://scan.example/app/#{b}>\n\
         https://scan.example/#{a}\n#{other} #{plain}\nkapot: https://scan.example/#{broken}\n\
         encoded https%3A%2F%2Fscan.example%2F%23{}\nniets hier\n#r=\n",
        b.replace('=', "%3D").replace('&', "%26")
    );
    let found = find_links(&text);
    let summary: Vec<(usize, bool, Option<TeamId>)> = found
        .links
        .iter()
        .map(|f| (f.line, f.result.is_ok(), f.team))
        .collect();
    assert_eq!(
        summary,
        vec![
            (2, true, Some(team)),
            (3, true, Some(team)),
            (5, true, Some(TeamId(5))),
            (5, true, None),
            (6, false, Some(team)),
            (9, false, None),
        ]
    );
    // The same link twice on line 4, and the encoded copy of b on line 7.
    assert_eq!(found.duplicates, 2);
    assert_eq!(found.links[4].result, Err(LinkError::Damaged));
    assert_eq!(found.links[5].result, Err(LinkError::Incomplete));
}

#[test]
fn the_same_link_a_thousand_times_counts_once() {
    let link = format!(
        "https://x/#{}\n",
        member_fragment(&result("333333333333333333333333333333", None), None)
    );
    let found = find_links(&link.repeat(1000));
    assert_eq!(found.links.len(), 1);
    assert_eq!(found.duplicates, 999);
    let none = find_links("no links here, only <b>markup</b> and https://other.example/#x=1");
    assert!(none.links.is_empty());
}

#[test]
fn reading_in_pieces_finds_the_same_as_at_once() {
    use sis::core::team_link::{line_chunks, LinkReader};
    let links: String = (0..300)
        .map(|i| {
            let answers: String = (0..30)
                .map(|j| char::from(b'1' + ((i * 7 + j) % 5) as u8))
                .collect();
            format!(
                "regel {i}: https://x/#{}\n",
                member_fragment(&result(&answers, None), Some(TeamId(3)))
            )
        })
        .collect();
    let text = format!("{links}{links}kapot #r=AB\n");
    let whole = find_links(&text);
    for bytes in [1, 100, 1000, 100_000] {
        let mut reader = LinkReader::new();
        let chunks = line_chunks(&text, bytes);
        assert_eq!(chunks.concat(), text);
        for chunk in chunks {
            reader.read(chunk);
        }
        assert_eq!(reader.finish(), whole, "pieces of {bytes} bytes");
    }
    // Every marker is either a link found or a duplicate skipped.
    assert_eq!(whole.links.len() + whole.duplicates, 601);
    assert!(whole.duplicates >= 300);
}

#[test]
fn members_are_those_of_the_session_unless_others_are_included() {
    let ours = member_fragment(
        &result("222222222222222222222222222222", Some(Role::Employee)),
        Some(TeamId(1)),
    );
    let theirs = member_fragment(
        &result("444444444444444444444444444444", None),
        Some(TeamId(2)),
    );
    let none = member_fragment(&result("333333333333333333333333333333", None), None);
    let found = find_links(&format!("#{ours}\n#{theirs}\n#{none}\n#r=broken"));
    let cases = [
        (Some(TeamId(1)), false, 1, 2),
        (Some(TeamId(1)), true, 3, 2),
        (Some(TeamId(2)), false, 1, 2),
        (None, false, 3, 0),
    ];
    for (team, include, members, others) in cases {
        let (got, elsewhere) = found.members(team, include);
        assert_eq!(
            (got.len(), elsewhere),
            (members, others),
            "{team:?} {include}"
        );
    }
    assert_eq!(
        found.members(Some(TeamId(1)), false).0[0].role,
        Some(Role::Employee)
    );
}

#[test]
fn links_of_other_versions_and_apps_are_told_apart() {
    let ours = member_fragment(&result("333333333333333333333333333333", None), None);
    let code = ours.trim_start_matches("r=");
    // The same code with a later format character is from a newer version.
    let newer = format!("C{}", &code[1..]);
    let text = format!(
        "https://scan.example/#{ours}\nhttps://scan.example/#r={newer}\n\
         https://other.app/#r=hello\nhttps://other.example/#x=1\n"
    );
    let found = find_links(&text);
    let outcomes: Vec<(usize, Result<(), LinkError>)> = found
        .links
        .iter()
        .map(|f| (f.line, f.result.as_ref().map(|_| ()).map_err(Clone::clone)))
        .collect();
    assert_eq!(
        outcomes,
        vec![
            (1, Ok(())),
            (2, Err(LinkError::NewerVersion)),
            (3, Err(LinkError::Incomplete)),
        ]
    );
}

#[test]
fn a_label_cut_at_a_space_reads_back_the_same() {
    // Found by fuzzing: 79 characters, a space, and more.
    let long = format!("{} y", "x".repeat(79));
    let (label, cut) = limit_label(&long);
    assert!(cut);
    assert_eq!(label, "x".repeat(79));
    assert_eq!(limit_label(&label), (label.clone(), false));
    // An invite with such a label, and one crafted with spaces around its
    // label, read back the same after writing.
    let invite = Invite {
        team: TeamId(1),
        min_group: 3,
        label: long,
    };
    let read = decode_invite(&encode_invite(&invite)).expect("a written invite reads");
    assert_eq!(decode_invite(&encode_invite(&read)), Ok(read));
}
