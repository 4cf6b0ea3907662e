//! Team rounds over time ("My team profiles"): the stored format with its
//! golden file and faults, the figures of one round under its own minimum,
//! the trend of several rounds and what it says when rounds differ, and how
//! rounds group into teams.

use sis::core::i18n::Lang;
use sis::core::links::team::encode_aggregate;
use sis::core::model::{Dimension, Role};
use sis::core::scan::actions::Day;
use sis::core::storage::records::LoadError;
use sis::core::storage::session::{Notice, Read};
use sis::core::storage::team_rounds::{decode_rounds, encode_rounds, rounds_at_start};
use sis::core::team::aggregate::{aggregate_summary, TeamAggregate};
use sis::core::team::rounds::{
    is_kept, keep_new_round, keep_round, keep_round_intro, new_round, new_round_id, roles_of,
    round_figures, same_team, team_name, team_names, teams, trend, Keeping, RoleRound, Round,
    RoundError, RoundsNote, MAX_ROUNDS,
};
use sis::core::team::{analyse, Member};

use super::support::{check_golden, data_path, scored_sheet};

/// A team of members given as (item scores, role, how many), analysed under
/// `min`: its aggregate and its shown role groups.
fn team(min: usize, members: &[(&str, Option<Role>, usize)]) -> (TeamAggregate, Vec<RoleRound>) {
    let members: Vec<Member> = members
        .iter()
        .flat_map(|&(notation, role, count)| {
            (0..count).map(move |_| Member {
                questionnaire: sis::core::questionnaire::V1,
                answers: scored_sheet(notation),
                role,
            })
        })
        .collect();
    let analysis = analyse(&members, min);
    let aggregate = analysis.aggregate.shown().expect("shown").clone();
    let roles = analysis.gap.as_ref().map(roles_of).unwrap_or_default();
    (aggregate, roles)
}

const LOW: &str = "111111111111111111111111111111";
const MID: &str = "222222222222222222222222222222";
const HIGH: &str = "333333333333333333333333333333";

fn day(text: &str) -> Day {
    Day::parse(text).expect("a day")
}

/// Three rounds of one team and one of another; the second kept from a
/// team link (no roles).
fn sample() -> Vec<Round> {
    let (first, first_roles) = team(
        3,
        &[
            (LOW, Some(Role::Employee), 3),
            (HIGH, Some(Role::Manager), 3),
        ],
    );
    let (second, _) = team(5, &[(MID, None, 6)]);
    let (third, third_roles) = team(
        3,
        &[
            (MID, Some(Role::Employee), 4),
            (HIGH, Some(Role::Manager), 3),
        ],
    );
    let (other, _) = team(3, &[(HIGH, None, 3)]);
    vec![
        Round {
            id: 1_764_000_000_000,
            team: "Zorg & \"Welzijn\"".into(),
            day: day("2026-03-01"),
            aggregate: first,
            roles: Some(first_roles),
        },
        Round {
            id: 1_764_000_000_001,
            team: "zorg & \"welzijn\"".into(),
            day: day("2026-06-01"),
            aggregate: second,
            roles: None,
        },
        Round {
            id: 1_764_000_000_002,
            team: "Zorg & \"Welzijn\"".into(),
            day: day("2026-09-01"),
            aggregate: third,
            roles: Some(third_roles),
        },
        Round {
            id: 1_764_000_000_003,
            team: "ICT".into(),
            day: day("2026-01-15"),
            aggregate: other,
            roles: Some(Vec::new()),
        },
    ]
}

#[test]
fn rounds_round_trip_and_v1_is_golden() {
    let text = encode_rounds(&sample());
    check_golden("stored/team-rounds-v1.json", &(text.clone() + "\n"));
    let loaded = decode_rounds(&text).expect("own output loads");
    assert_eq!(loaded.value, sample());
    assert_eq!(loaded.dropped, 0);
    let golden = std::fs::read_to_string(data_path("stored/team-rounds-v1.json")).expect("golden");
    assert_eq!(
        decode_rounds(golden.trim()).expect("v1 loads").value,
        sample()
    );
}

/// The form that keeps a round says what stays in this browser, checked
/// against what is stored, in every language: the totals per statement
/// always, the role groups' means exactly when the round keeps some (kept
/// from a team profile with roles, not from a team link, nor from a
/// profile that showed no role group).
#[test]
fn the_keep_form_says_what_a_round_stores() {
    let words = |lang: Lang| match lang {
        Lang::Nl => ("totalen per stelling", "rolgroep"),
        Lang::En => ("totals per statement", "role group"),
        Lang::De => ("Summen je Aussage", "Rollengruppe"),
    };
    let mut seen = Vec::new();
    for round in sample() {
        let stored: serde_json::Value =
            serde_json::from_str(&encode_rounds(std::slice::from_ref(&round))).expect("JSON");
        assert!(
            stored["rounds"][0]["code"].is_string(),
            "the totals are stored"
        );
        let keeps_roles = !stored["roles"].as_array().expect("roles").is_empty();
        seen.push(keeps_roles);
        let intro = keep_round_intro(round.roles.as_deref());
        for &lang in Lang::ALL {
            let (totals, roles) = words(lang);
            let text = intro.get(lang);
            assert!(text.contains(totals), "{lang:?}: {text}");
            assert_eq!(
                text.contains(roles),
                keeps_roles,
                "{lang:?}, roles {:?}: {text}",
                round.roles.as_ref().map(Vec::len)
            );
        }
    }
    assert!(
        seen.contains(&true) && seen.contains(&false),
        "both kinds of round: {seen:?}"
    );
}

#[test]
fn stored_faults_are_told_apart_and_unreadable_parts_are_dropped() {
    let code = encode_aggregate(&sample()[0].aggregate);
    let round = |id: i64, team: &str, day: &str, code: &str, by_role: bool| {
        format!(
            r#"{{"id":{id},"team":"{team}","day":"{day}","code":"{code}","by_role":{by_role}}}"#
        )
    };
    let record = |rounds: &[&str], roles: &[&str]| {
        format!(
            r#"{{"version":1,"rounds":[{}],"roles":[{}]}}"#,
            rounds.join(","),
            roles.join(",")
        )
    };
    let good = round(1, "A", "2026-01-01", &code, true);
    // (stored text, the error)
    let errors: [(String, LoadError); 6] = [
        ("not json".into(), LoadError::Corrupt(String::new())),
        (
            r#"{"version":2,"rounds":[],"roles":[]}"#.into(),
            LoadError::Newer(2),
        ),
        (
            r#"{"version":0,"rounds":[],"roles":[]}"#.into(),
            LoadError::UnknownVersion(0),
        ),
        (
            r#"{"version":1,"rounds":{},"roles":[]}"#.into(),
            LoadError::Malformed(String::new()),
        ),
        (
            record(
                &[r#"{"id":1,"team":"A","day":"2026-01-01","code":"B","by_role":"yes"}"#],
                &[],
            ),
            LoadError::Malformed(String::new()),
        ),
        // Means are whole hundredths: a float is not of the format.
        (
            record(
                &[&good],
                &[r#"{"round":1,"role":"manager","n":3,"purpose":50.5}"#],
            ),
            LoadError::Malformed(String::new()),
        ),
    ];
    for (text, expected) in errors {
        let error = decode_rounds(&text).expect_err(&text);
        assert_eq!(
            std::mem::discriminant(&error),
            std::mem::discriminant(&expected),
            "{text}: {error:?}"
        );
    }
    // (stored text, rounds read, role groups read, dropped)
    let cases: [(String, usize, usize, usize); 9] = [
        (record(&[&good], &[]), 1, 0, 0),
        // A code that does not read, a day that is no day, an empty name, a repeated id.
        (
            record(&[&good, &round(2, "A", "2026-01-01", "Bxyz", true)], &[]),
            1,
            0,
            1,
        ),
        (
            record(&[&round(2, "A", "2026-02-30", &code, true)], &[]),
            0,
            0,
            1,
        ),
        (
            record(&[&round(2, "  ", "2026-01-01", &code, true)], &[]),
            0,
            0,
            1,
        ),
        (record(&[&good, &good], &[]), 1, 0, 1),
        // A role group: good; of an unknown role; of no round; below the minimum (3).
        (
            record(
                &[&good],
                &[r#"{"round":1,"role":"manager","n":3,"purpose":5000,"team":null}"#],
            ),
            1,
            1,
            0,
        ),
        (
            record(
                &[&good],
                &[
                    r#"{"round":1,"role":"king","n":3}"#,
                    r#"{"round":9,"role":"manager","n":3}"#,
                    r#"{"round":1,"role":"manager","n":2}"#,
                ],
            ),
            1,
            0,
            3,
        ),
        // A mean that is no score; a role group of a round kept from a team link.
        (
            record(
                &[&good],
                &[r#"{"round":1,"role":"manager","n":3,"purpose":10001}"#],
            ),
            1,
            0,
            1,
        ),
        (
            record(
                &[&round(1, "A", "2026-01-01", &code, false)],
                &[r#"{"round":1,"role":"manager","n":3}"#],
            ),
            1,
            0,
            1,
        ),
    ];
    for (text, rounds, roles, dropped) in cases {
        let loaded = decode_rounds(&text).expect(&text);
        let role_groups: usize = loaded
            .value
            .iter()
            .flat_map(|r| r.roles.iter().flatten())
            .count();
        assert_eq!(
            (loaded.value.len(), role_groups, loaded.dropped),
            (rounds, roles, dropped),
            "{text}"
        );
    }
    // At start: the same notices as every other record.
    let starts = [
        (Read::Missing, 0, true, None),
        (Read::Failed, 0, true, Some(Notice::StorageUnavailable)),
        (Read::Found(encode_rounds(&sample())), 4, true, None),
        (
            Read::Found("{".into()),
            0,
            true,
            Some(Notice::StoredCorrupt),
        ),
        (
            Read::Found(r#"{"version":3}"#.into()),
            0,
            false,
            Some(Notice::StoredNewer),
        ),
        (
            Read::Found(record(&[&good, &round(2, "A", "x", &code, true)], &[])),
            1,
            true,
            Some(Notice::StoredRepaired),
        ),
    ];
    for (read, rounds, writable, notice) in starts {
        let start = rounds_at_start(read.clone());
        assert_eq!(
            (start.list.len(), start.writable, start.notice),
            (rounds, writable, notice),
            "{read:?}"
        );
    }
}

#[test]
fn a_rounds_figures_come_from_its_aggregate_under_its_own_minimum() {
    let rounds = sample();
    for round in &rounds {
        let summary = aggregate_summary(&round.aggregate);
        let figures = round_figures(round);
        assert_eq!(figures.dimensions, summary.dimensions);
        assert_eq!(
            (figures.index, figures.coherence),
            (summary.index, summary.coherence)
        );
    }
    // Employees score every item 25, managers 75: a gap of 50 in every dimension.
    let gaps = round_figures(&rounds[0]).gaps.expect("roles known");
    assert!(gaps.iter().all(|&(_, gap)| gap == Some(50.0)), "{gaps:?}");
    // A team link knows no roles; a team whose roles were known but not shown has no gap.
    assert_eq!(round_figures(&rounds[1]).gaps, None);
    let none: Vec<_> = Dimension::ALL.iter().map(|&d| (d, None)).collect();
    assert_eq!(round_figures(&rounds[3]).gaps, Some(none));
    // A lone director is below the minimum of 3, and showing the managers
    // would give the director away by subtraction: only employees are kept.
    let (_, kept) = team(
        3,
        &[
            (MID, Some(Role::Employee), 4),
            (HIGH, Some(Role::Manager), 3),
            (LOW, Some(Role::Director), 1),
        ],
    );
    let kept: Vec<(Role, usize)> = kept.iter().map(|r| (r.role, r.n)).collect();
    assert_eq!(kept, [(Role::Employee, 4)]);
}

#[test]
fn a_trend_lines_rounds_up_by_day_and_says_how_they_differ() {
    let rounds = sample();
    let team: Vec<&Round> = vec![&rounds[2], &rounds[0], &rounds[1]];
    let three = trend(&team);
    let ids: Vec<i64> = three.rounds.iter().map(|r| r.id).collect();
    assert_eq!(ids, [rounds[0].id, rounds[1].id, rounds[2].id]);
    let purpose = &three.dimensions[0];
    assert_eq!(purpose.dimension, Some(Dimension::Purpose));
    // 3 at 25 and 3 at 75; 6 at 50; 4 at 50 and 3 at 75.
    let expected = [50.0, 50.0, (4.0 * 50.0 + 3.0 * 75.0) / 7.0];
    for (value, expected) in purpose.values.iter().zip(expected) {
        assert!(
            (value.expect("shown") - expected).abs() < 1e-9,
            "{purpose:?}"
        );
    }
    // 60.7 is shown as 61: the change is the difference of what is shown.
    assert_eq!(purpose.shown_values(), [Some(50), Some(50), Some(61)]);
    assert_eq!(purpose.shown_change(), Some(11));
    // The gap: 50, unknown from the team link, then 25.
    assert_eq!(three.gaps[0].values, [Some(50.0), None, Some(25.0)]);
    assert_eq!(three.gaps[0].shown_change(), Some(-25));
    assert_eq!(
        three.notes,
        [RoundsNote::Minimums(vec![3, 5]), RoundsNote::NoRoles(1)]
    );
    // Two rounds alike: nothing to say; no round with roles: no gap rows.
    let alike = trend(&[&rounds[0], &rounds[2]]);
    assert_eq!(alike.notes, []);
    assert_eq!(trend(&[&rounds[1]]).gaps, []);
}

#[test]
fn rounds_group_into_teams_by_name_and_are_kept_in_bounds() {
    assert!(same_team(" Zorg ", "zorg"));
    assert!(!same_team("Zorg", "Zorg 2"));
    // Only A to Z compare without case; the form offers the kept names.
    assert!(!same_team("Ärzte", "ärzte"));
    assert_eq!(team_names(&sample()), ["Zorg & \"Welzijn\"", "ICT"]);
    assert_eq!(
        team_name(&format!("  {}  ", "x".repeat(100))),
        "x".repeat(80)
    );
    let rounds = sample();
    let grouped: Vec<Vec<i64>> = teams(&rounds)
        .iter()
        .map(|team| team.iter().map(|r| r.id).collect())
        .collect();
    // The team whose latest round is latest comes first; rounds by day.
    assert_eq!(
        grouped,
        [
            vec![rounds[0].id, rounds[1].id, rounds[2].id],
            vec![rounds[3].id]
        ]
    );
    // Ids: the time, or one past the latest.
    assert_eq!(new_round_id(&[], 5), 5);
    assert_eq!(new_round_id(&rounds, 5), rounds[3].id + 1);
    assert_eq!(new_round_id(&rounds, i64::MAX - 1), i64::MAX - 1);
    let mut kept = Vec::new();
    for id in 0..(MAX_ROUNDS as i64 + 3) {
        let mut round = rounds[3].clone();
        round.id = id;
        keep_round(&mut kept, round);
    }
    assert_eq!(kept.len(), MAX_ROUNDS);
    assert_eq!(kept[0].id, 3);
    // The same team link kept twice for one team and day is told.
    let mut again = rounds[0].clone();
    again.id = 99;
    again.team = " ZORG & \"welzijn\"".into();
    assert!(is_kept(&rounds, &again));
    again.day = day("2026-03-02");
    assert!(!is_kept(&rounds, &again));
    // The form keeps a new round once: a like one again changes nothing.
    let mut kept = rounds.clone();
    let mut like = rounds[0].clone();
    like.id = 100;
    assert_eq!(
        keep_new_round(&mut kept, like),
        Keeping::Already(rounds[0].team.clone())
    );
    assert_eq!(kept, rounds);
    assert_eq!(
        keep_new_round(&mut kept, again.clone()),
        Keeping::Kept(again.team.clone())
    );
    assert_eq!(kept.last(), Some(&again));
    // A pasted team link that does not read says why, in the link's words.
    assert_eq!(
        RoundError::Link(sis::core::links::team::AggregateError::Damaged).text(),
        sis::core::i18n::Text::TeamLinkBroken
    );
    // A new round needs a name and a day; the name is cut as a label is.
    let aggregate = rounds[0].aggregate.clone();
    // (name, day, the kept name and day or the error)
    type Case<'a> = (&'a str, &'a str, Result<(&'a str, &'a str), RoundError>);
    let cases: [Case; 5] = [
        (" Zorg ", "2026-11-30", Ok(("Zorg", "2026-11-30"))),
        ("Zorg", " 2026-11-30 ", Ok(("Zorg", "2026-11-30"))),
        ("   ", "2026-11-30", Err(RoundError::NoName)),
        ("Zorg", "", Err(RoundError::NoDay)),
        ("Zorg", "30-11-2026", Err(RoundError::NoDay)),
    ];
    for (name, day_text, expected) in cases {
        let made = new_round(7, name, day_text, aggregate.clone(), None)
            .map(|round| (round.team, round.day.iso()));
        let expected = expected.map(|(team, day)| (team.to_owned(), day.to_owned()));
        assert_eq!(made, expected, "{name:?} {day_text:?}");
    }
}

/// A round keeps a role group's mean only where the team view showed it: a
/// mean withheld on one dimension by the subtraction rule (the one scored
/// member without a role there would follow from the team and the groups)
/// is not kept, the group's other means are.
#[test]
fn a_round_keeps_no_mean_withheld_on_a_dimension() {
    const NO_ORGANISATION: &str = "222222222222dddddd222222222222";
    let (_, roles) = team(
        3,
        &[
            (MID, Some(Role::Employee), 3),
            (HIGH, Some(Role::Manager), 3),
            (NO_ORGANISATION, None, 2),
            (LOW, None, 1),
        ],
    );
    let kept: Vec<(Role, usize, Vec<Option<f64>>)> = roles
        .iter()
        .map(|r| (r.role, r.n, r.means.iter().map(|(_, mean)| *mean).collect()))
        .collect();
    assert_eq!(
        kept,
        [
            (Role::Employee, 3, vec![Some(50.0); 5]),
            (
                Role::Manager,
                3,
                vec![Some(75.0), Some(75.0), None, Some(75.0), Some(75.0)]
            ),
        ]
    );
    assert_eq!(roles[1].means[2].0, Dimension::Organisation);
}
