//! The workshop view's screens: which screens a team gets, what each is
//! about and which prompt it carries (a table of small teams, each screen
//! written as one line), the privacy rule on the role screen (a table and a
//! property), the prompts in every language, and the keys.

use proptest::prelude::*;

use sis::core::i18n::{Lang, Text};
use sis::core::model::{Dimension, Role, Theme};
use sis::core::questionnaire::V1;
use sis::core::scan::scoring::display_score;
use sis::core::team::gap::PerceptionGap;
use sis::core::team::profile::TeamProfile;
use sis::core::team::workshop::{
    key_move, screens, Finding, Move, Prompt, Screen, MAX_SCREENS, SHARED_STRENGTH_FROM,
};
use sis::core::team::{analyse, Group, Member};

use super::support::{any_member, scored_sheet};

/// `count` members with one role and one item-score notation (see [`scored_sheet`]).
fn members(count: usize, role: Option<Role>, sheet: &str) -> Vec<Member> {
    vec![
        Member {
            questionnaire: V1,
            answers: scored_sheet(sheet),
            role,
        };
        count
    ]
}

/// The team profile and the role groups of a team that is shown.
fn shown(members: &[Member], min: usize) -> (TeamProfile, PerceptionGap) {
    let analysis = analyse(members, min);
    match (analysis.profile, analysis.gap) {
        (Group::Shown(team), Some(gap)) => (team, gap),
        _ => panic!("the team is not shown"),
    }
}

fn role_counts(roles: &[(Role, Group<usize>)]) -> String {
    roles
        .iter()
        .map(|(role, group)| match group {
            Group::Shown(n) => format!("{} {n}", role.id()),
            Group::TooSmall { n, min } => format!("{} too small {n}<{min}", role.id()),
            Group::Withheld { n } => format!("{} withheld {n}", role.id()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A screen on one line: its kind, what it is about, and its prompt.
fn outline(screen: &Screen) -> String {
    let about = match &screen.finding {
        Finding::Profile { n, index, .. } => {
            format!("n {n}, index {}", index.map_or(-1, display_score))
        }
        Finding::RoleGap { roles, largest } => {
            let largest = largest.map_or("none".to_owned(), |l| {
                format!(
                    "{} {} {} over {} {}",
                    l.dimension.id(),
                    l.higher.id(),
                    display_score(l.higher_mean),
                    l.lower.id(),
                    display_score(l.lower_mean)
                )
            });
            format!("[{}] largest {largest}", role_counts(roles))
        }
        Finding::RoleGapNeedsTwo { roles } => format!("[{}]", role_counts(roles)),
        Finding::AgreesLeast { items } | Finding::AgreesMost { items } => {
            format!("{} items", items.len())
        }
        Finding::Themes { themes } => format!("{} themes", themes.len()),
    };
    let prompt = match screen.prompt {
        Prompt::StrongestWeakest { strongest, weakest } => {
            format!("strongest {} weakest {}", strongest.id(), weakest.id())
        }
        Prompt::ProfileEven => "profile even".to_owned(),
        Prompt::RoleGap {
            dimension,
            higher,
            lower,
        } => format!("gap {} {} {}", dimension.id(), higher.id(), lower.id()),
        Prompt::RolesAlike => "roles alike".to_owned(),
        Prompt::RolesUnknown => "roles unknown".to_owned(),
        Prompt::AgreesLeast => "agrees least".to_owned(),
        Prompt::SharedStrength => "shared strength".to_owned(),
        Prompt::SharedConcern => "shared concern".to_owned(),
        Prompt::StrongestWeakestTheme { strongest, weakest } => {
            format!("theme {} over {}", strongest.id(), weakest.id())
        }
        Prompt::ThemesEven => "themes even".to_owned(),
    };
    format!("{}: {about} | {prompt}", screen.finding.id())
}

fn check(members: &[Member], min: usize, expected: &[&str]) {
    let (team, gap) = shown(members, min);
    let actual: Vec<String> = screens(&team, &gap).iter().map(outline).collect();
    assert_eq!(actual, expected);
}

/// Three roles as in `team.rs`: employees and managers are shown, the two
/// directors only counted, and six members without a role count for the
/// team only.
fn three_roles() -> Vec<Member> {
    let mut team = Vec::new();
    for sheet in [
        "000000 222222 111111 222222 222222",
        "111111 222222 111111 222222 222222",
        "222222 222222 111111 222222 222222",
        "222222 222222 111111 222222 222222",
        "333333 222222 111111 222222 222222",
    ] {
        team.extend(members(1, Some(Role::Employee), sheet));
    }
    for sheet in [
        "333333 222222 222222 333333 111111",
        "333333 222222 222222 333333 111111",
        "333333 222222 222222 333333 111111",
        "444444 222222 222222 333333 111111",
        "333333 222222 222222 333333 111111",
    ] {
        team.extend(members(1, Some(Role::Manager), sheet));
    }
    team.extend(members(
        2,
        Some(Role::Director),
        "444444 000000 444444 000000 444444",
    ));
    team.extend(members(6, None, "000000 444444 000000 444444 000000"));
    team
}

#[test]
fn screens_of_small_teams() {
    // Team means: purpose 44.4, society 61.1, organisation 31.9, team 68.1,
    // individual 31.9; the weakest is the first of the two equal lowest, as
    // the team view names it. The team agrees most on the statements of
    // internal organisation, at 31.9: a shared concern.
    check(
        &three_roles(),
        5,
        &[
            "profile: n 18, index 47 | strongest team weakest organisation",
            "roles: [employee 5, manager 5, director too small 2<5] largest purpose manager 80 over employee 40 | gap purpose manager employee",
            "agrees-least: 5 items | agrees least",
            "agrees-most: 5 items | shared concern",
            "themes: 13 themes | theme collaboration over responsibility",
        ],
    );
    // Everyone the same: nothing stands out, and one role is no comparison.
    let middle = "222222 222222 222222 222222 222222";
    check(
        &members(6, Some(Role::Employee), middle),
        5,
        &[
            "profile: n 6, index 50 | profile even",
            "roles-needs-two: [employee 6] | roles unknown",
            // Every statement has the same spread (none): no screen of where
            // the team agrees least.
            "agrees-most: 5 items | shared strength",
            "themes: 13 themes | themes even",
        ],
    );
    // Two roles that answer alike: compared, and alike.
    let mut alike = members(3, Some(Role::Employee), middle);
    alike.extend(members(3, Some(Role::Manager), middle));
    check(
        &alike,
        3,
        &[
            "profile: n 6, index 50 | profile even",
            "roles: [employee 3, manager 3] largest none | roles alike",
            "agrees-most: 5 items | shared strength",
            "themes: 13 themes | themes even",
        ],
    );
    // Agreement on low scores is a shared concern; 25 is below the line.
    check(
        &members(5, None, "111111 111111 111111 111111 111111"),
        5,
        &[
            "profile: n 5, index 25 | profile even",
            "roles-needs-two: [] | roles unknown",
            "agrees-most: 5 items | shared concern",
            "themes: 13 themes | themes even",
        ],
    );
    // "Don't know" throughout: no dimension, statement or theme to show, so
    // only the profile (with its count) and the roles remain.
    let unknown = ["d"; 30].concat();
    check(
        &members(5, Some(Role::Director), &unknown),
        5,
        &[
            "profile: n 5, index -1 | profile even",
            "roles-needs-two: [director 5] | roles unknown",
        ],
    );
}

#[test]
fn the_role_screen_shows_only_counts_of_groups_not_shown() {
    let sheet = "222222 333333 222222 111111 222222";
    // (employees, managers, directors), the minimum, and the role screen.
    let cases: [([usize; 3], usize, &str); 5] = [
        (
            [5, 5, 2],
            5,
            "roles-needs-two: [employee 5, manager withheld 5, director too small 2<5] | roles unknown",
        ),
        (
            [5, 6, 2],
            5,
            "roles-needs-two: [employee withheld 5, manager 6, director too small 2<5] | roles unknown",
        ),
        (
            [4, 4, 4],
            3,
            "roles: [employee 4, manager 4, director 4] largest none | roles alike",
        ),
        (
            [6, 6, 0],
            5,
            "roles: [employee 6, manager 6] largest none | roles alike",
        ),
        (
            [5, 1, 0],
            5,
            "roles-needs-two: [employee withheld 5, manager too small 1<5] | roles unknown",
        ),
    ];
    for (counts, min, expected) in cases {
        let mut team = members(counts[0], Some(Role::Employee), sheet);
        team.extend(members(counts[1], Some(Role::Manager), sheet));
        team.extend(members(counts[2], Some(Role::Director), sheet));
        let (profile, gap) = shown(&team, min);
        let all = screens(&profile, &gap);
        assert_eq!(outline(&all[1]), expected, "{counts:?} min {min}");
    }
}

#[test]
fn the_screens_are_the_team_views_findings() {
    let team = three_roles();
    let (profile, gap) = shown(&team, 5);
    let all = screens(&profile, &gap);
    let titles: Vec<Text> = all.iter().map(|s| s.finding.title()).collect();
    assert_eq!(
        titles,
        [
            Text::TeamProfileTitle,
            Text::PerceptionTitle,
            Text::DisagreeTitle,
            Text::AgreeTitle,
            Text::ThemesTitle,
        ]
    );
    assert_eq!(
        all[0].finding,
        Finding::Profile {
            n: profile.n,
            index: profile.index,
            coherence: profile.coherence
        }
    );
    assert_eq!(
        all[2].finding,
        Finding::AgreesLeast {
            items: profile.most_disagreed.clone()
        }
    );
    assert_eq!(
        all[3].finding,
        Finding::AgreesMost {
            items: profile.most_agreed.clone()
        }
    );
    // The themes are the profile's shown themes, highest first, equal ones
    // in theme order.
    let Finding::Themes { themes } = &all[4].finding else {
        panic!("themes last");
    };
    let mut expected: Vec<(Theme, f64)> = Theme::ALL
        .into_iter()
        .zip(profile.themes)
        .filter_map(|(theme, mean)| Some((theme, mean?)))
        .collect();
    expected.sort_by(|a, b| b.1.total_cmp(&a.1));
    assert_eq!(themes, &expected);
    assert!(themes
        .windows(2)
        .all(|w| w[0].1 > w[1].1 || (w[0].1 == w[1].1 && w[0].0.index() < w[1].0.index())));
}

#[test]
fn shared_strength_starts_at_its_line() {
    // The most agreed items' mean exactly at the line is a strength.
    assert_eq!(SHARED_STRENGTH_FROM, 50.0);
    let at = members(5, None, "222222 222222 222222 222222 222222");
    let agrees_most = |profile, gap| {
        screens(profile, gap)
            .into_iter()
            .find(|screen| screen.finding.id() == "agrees-most")
            .expect("a screen of where the team agrees most")
            .prompt
    };
    let (profile, gap) = shown(&at, 5);
    assert_eq!(agrees_most(&profile, &gap), Prompt::SharedStrength);
    // Half the members one step lower on every item: 37.5, a concern.
    let mut below = members(2, None, "222222 222222 222222 222222 222222");
    below.extend(members(2, None, "111111 111111 111111 111111 111111"));
    let (profile, gap) = shown(&below, 3);
    assert!(profile.most_agreed.iter().all(|item| item.mean == 37.5));
    assert_eq!(agrees_most(&profile, &gap), Prompt::SharedConcern);
}

#[test]
fn every_prompt_reads_whole_in_every_language() {
    let prompts = [
        Prompt::StrongestWeakest {
            strongest: Dimension::Team,
            weakest: Dimension::Purpose,
        },
        Prompt::ProfileEven,
        Prompt::RoleGap {
            dimension: Dimension::Society,
            higher: Role::Director,
            lower: Role::Employee,
        },
        Prompt::RolesAlike,
        Prompt::RolesUnknown,
        Prompt::AgreesLeast,
        Prompt::SharedStrength,
        Prompt::SharedConcern,
        Prompt::StrongestWeakestTheme {
            strongest: Theme::Curiosity,
            weakest: Theme::Agility,
        },
        Prompt::ThemesEven,
    ];
    for &lang in Lang::ALL {
        let mut seen = Vec::new();
        for prompt in prompts {
            let text = prompt.text(lang);
            assert!(!text.contains(['{', '}']), "{prompt:?} {lang:?}: {text}");
            assert!(text.ends_with(['.', '?']), "{prompt:?} {lang:?}: {text}");
            let names: Vec<Text> = match prompt {
                Prompt::StrongestWeakest { .. } => {
                    vec![Dimension::Team.label(), Dimension::Purpose.label()]
                }
                Prompt::RoleGap { .. } => vec![
                    Dimension::Society.label(),
                    Role::Director.label(),
                    Role::Employee.label(),
                ],
                Prompt::StrongestWeakestTheme { .. } => {
                    vec![Theme::Curiosity.label(), Theme::Agility.label()]
                }
                _ => vec![],
            };
            for name in names {
                assert!(text.contains(name.get(lang)), "{prompt:?} {lang:?}: {text}");
            }
            // Each kind of finding has a prompt of its own.
            assert!(
                !seen.contains(&text),
                "{prompt:?} {lang:?} repeats a prompt"
            );
            seen.push(text);
        }
    }
}

#[test]
fn keys_move_through_the_screens() {
    // (key, focus on a button, the move).
    let cases = [
        ("ArrowRight", false, Some(Move::Next)),
        ("ArrowRight", true, Some(Move::Next)),
        ("PageDown", false, Some(Move::Next)),
        (" ", false, Some(Move::Next)),
        (" ", true, None),
        ("Enter", false, None),
        ("Enter", true, None),
        ("ArrowLeft", true, Some(Move::Previous)),
        ("PageUp", false, Some(Move::Previous)),
        ("Home", false, Some(Move::First)),
        ("End", true, Some(Move::Last)),
        ("Escape", true, Some(Move::Leave)),
        ("Escape", false, Some(Move::Leave)),
        ("ArrowDown", false, None),
        ("Tab", false, None),
        ("n", false, None),
    ];
    for (key, on_control, expected) in cases {
        assert_eq!(key_move(key, on_control), expected, "{key:?} {on_control}");
    }
    // (move, from, of how many, to).
    let moves = [
        (Move::Next, 0, 5, Some(1)),
        (Move::Next, 4, 5, Some(4)),
        (Move::Previous, 0, 5, Some(0)),
        (Move::Previous, 3, 5, Some(2)),
        (Move::First, 3, 5, Some(0)),
        (Move::Last, 0, 5, Some(4)),
        (Move::Last, 0, 2, Some(1)),
        (Move::Next, 0, 1, Some(0)),
        (Move::Leave, 2, 5, None),
    ];
    for (step, from, count, to) in moves {
        assert_eq!(
            step.apply(from, count),
            to,
            "{step:?} from {from} of {count}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(2_000)
    })]

    /// Whatever the team, the screens hold each role group only as the team
    /// view shows it (a shown group's size, or the count of one not shown),
    /// compare roles only when two are shown, and name only shown roles.
    #[test]
    fn screens_keep_the_privacy_rule(
        team in proptest::collection::vec(any_member(), 3..24),
        min in 3usize..7,
    ) {
        let analysis = analyse(&team, min);
        let (Group::Shown(profile), Some(gap)) = (analysis.profile, analysis.gap) else {
            return Ok(());
        };
        let all = screens(&profile, &gap);
        prop_assert!(all.len() <= MAX_SCREENS);
        prop_assert_eq!(all[0].finding.id(), "profile");
        let expected: Vec<(Role, Group<usize>)> = gap
            .groups
            .iter()
            .map(|g| {
                let count = match &g.profile {
                    Group::Shown(p) => Group::Shown(p.n),
                    Group::TooSmall { n, min } => Group::TooSmall { n: *n, min: *min },
                    Group::Withheld { n } => Group::Withheld { n: *n },
                };
                (g.role, count)
            })
            .collect();
        let shown_roles: Vec<Role> = gap.shown().iter().map(|(role, _)| *role).collect();
        match (&all[1].finding, all[1].prompt) {
            (Finding::RoleGap { roles, largest }, prompt) => {
                prop_assert!(shown_roles.len() >= 2);
                prop_assert_eq!(roles, &expected);
                prop_assert_eq!(*largest, gap.largest);
                // The gap is never between means withheld on its dimension
                // (the subtraction rule per dimension).
                if let Some(largest) = largest {
                    let row = gap.means.iter().find(|r| r.dimension == largest.dimension);
                    let withheld = row.map(|r| r.withheld.clone()).unwrap_or_default();
                    prop_assert!(!withheld.contains(&largest.higher) && !withheld.contains(&largest.lower));
                }
                for row in &gap.means {
                    for role in &row.withheld {
                        prop_assert!(row.by_role.contains(&(*role, None)));
                    }
                }
                if let Prompt::RoleGap { higher, lower, .. } = prompt {
                    prop_assert!(shown_roles.contains(&higher) && shown_roles.contains(&lower));
                }
            }
            (Finding::RoleGapNeedsTwo { roles }, prompt) => {
                prop_assert!(shown_roles.len() < 2);
                prop_assert_eq!(roles, &expected);
                prop_assert_eq!(prompt, Prompt::RolesUnknown);
            }
            (other, _) => prop_assert!(false, "the second screen is {:?}", other.id()),
        }
        // A screen for the statements and the themes only when there is
        // something to show.
        let kinds: Vec<&str> = all.iter().map(|s| s.finding.id()).collect();
        prop_assert_eq!(kinds.contains(&"agrees-least"), !profile.most_disagreed.is_empty());
        prop_assert_eq!(kinds.contains(&"agrees-most"), !profile.most_agreed.is_empty());
        prop_assert_eq!(kinds.contains(&"themes"), profile.themes.iter().any(Option::is_some));
    }
}
