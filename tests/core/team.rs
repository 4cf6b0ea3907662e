//! Team aggregation: profile statistics on small hand-computed teams, the
//! privacy rule (tables and properties that try to break it), the perception
//! gap between roles, and the team link codec with its golden file, typos,
//! bad inputs and sizes.

use proptest::prelude::*;
use serde_json::{json, Value};

use sis::core::links::codec::{from_base64url, to_base64url};
use sis::core::links::team::{
    aggregate_code_length, aggregate_fragment, decode_aggregate, encode_aggregate, AggregateError,
    AGGREGATE_FRAGMENT_KEY, MAX_LINK_MEMBERS,
};
use sis::core::model::{Dimension, Role, Theme};
use sis::core::questionnaire::{Questionnaire, V1};
use sis::core::scan::answers::{Answer, AnswerSheet, Likert};
use sis::core::scan::scoring::{display_score, item_score, score};
use sis::core::team::aggregate::{
    aggregate, aggregate_summary, AggregateSummary, ItemSummary, TeamAggregate,
};
use sis::core::team::gap::perception_gap;
use sis::core::team::profile::{profile, ItemSpread, TeamProfile};
use sis::core::team::{
    analyse, clamp_min_group, Group, Member, DEFAULT_MIN_GROUP, MAX_MIN_GROUP, MIN_MIN_GROUP,
};

use super::support::{any_member, check_golden, data_path, raw_sheet, scored_sheet, ITEMS};

/// The base64url alphabet, in value order.
const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The golden file of team links made by format 1.
const GOLDEN_FILE: &str = "team/aggregate-links-v1.json";

fn v1() -> Questionnaire {
    V1
}

/// Members without a role from item-score notations (see [`scored_sheet`]).
fn team(sheets: &[&str]) -> Vec<Member> {
    with_role(sheets, None)
}

/// Members with one role from item-score notations.
fn with_role(sheets: &[&str], role: Option<Role>) -> Vec<Member> {
    sheets
        .iter()
        .map(|sheet| Member {
            questionnaire: V1,
            answers: scored_sheet(sheet),
            role,
        })
        .collect()
}

/// The profile of a team that must be shown.
fn shown_profile(members: &[Member], min: usize) -> TeamProfile {
    match profile(&v1(), members, min) {
        Group::Shown(profile) => profile,
        Group::TooSmall { n, min } => panic!("expected a shown profile, got {n} < {min}"),
        Group::Withheld { n } => panic!("expected a shown profile, got {n} withheld"),
    }
}

/// A group in short: `Ok(n)` when shown, `Err((n, min))` when too small,
/// `Err((n, 0))` when withheld.
type Outline = Result<usize, (usize, usize)>;

fn outline<T>(group: &Group<T>, size: fn(&T) -> usize) -> Outline {
    match group {
        Group::Shown(aggregate) => Ok(size(aggregate)),
        Group::TooSmall { n, min } => Err((*n, *min)),
        Group::Withheld { n } => Err((*n, 0)),
    }
}

fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        (actual - expected).abs() < 1e-4,
        "{what}: {actual} is not {expected}"
    );
}

// --- Profile statistics ---

/// Expected statistics of one dimension: n, mean, median, sd, min, max.
type Stats = (usize, f64, f64, f64, f64, f64);

#[test]
fn dimension_statistics_of_small_teams() {
    let cases: [(&str, Vec<&str>, Option<Stats>); 5] = [
        (
            "five scores, odd median",
            vec!["444444", "222222", "000000", "111111", "333333"],
            Some((5, 50.0, 50.0, 35.355_34, 0.0, 100.0)),
        ),
        (
            "six scores, even median",
            vec!["000000", "000000", "111111", "222222", "444444", "444444"],
            Some((6, 45.833_33, 37.5, 41.874_48, 0.0, 100.0)),
        ),
        (
            "member scores of four and five items",
            vec!["4444..", "2222dd", "01234.", "000001", "333.44"],
            Some((5, 57.833_33, 50.0, 33.223_15, 4.166_67, 100.0)),
        ),
        (
            "members with three of six scored have no score",
            vec![
                "444...", "ddd444", "4444..", "000000", "2222dd", "11d1d1", "333333",
            ],
            Some((5, 50.0, 50.0, 35.355_34, 0.0, 100.0)),
        ),
        (
            "four of six members with a score, minimum five",
            vec!["444...", "dddd44", "4444..", "000000", "2222dd", "333333"],
            None,
        ),
    ];
    for (name, purpose, expected) in cases {
        let sheets: Vec<String> = purpose
            .iter()
            .map(|p| format!("{p} 222222 222222 222222 222222"))
            .collect();
        let sheets: Vec<&str> = sheets.iter().map(String::as_str).collect();
        let profile = shown_profile(&team(&sheets), 5);
        let stats = profile.dimensions[0].as_ref();
        assert_eq!(stats.is_some(), expected.is_some(), "{name}");
        let (Some(stats), Some((n, mean, median, sd, min, max))) = (stats, expected) else {
            continue;
        };
        assert_eq!(stats.dimension, Dimension::Purpose, "{name}");
        assert_eq!(stats.n, n, "{name}");
        assert_eq!(stats.scores.len(), n, "{name}");
        assert!(stats.scores.is_sorted(), "{name}");
        for (actual, expected, what) in [
            (stats.mean, mean, "mean"),
            (stats.median, median, "median"),
            (stats.sd, sd, "sd"),
            (stats.min, min, "min"),
            (stats.max, max, "max"),
        ] {
            assert_close(actual, expected, &format!("{name}: {what}"));
        }
        // The other dimensions are all 50 for everyone.
        let society = profile.dimensions[1].as_ref().expect("society shown");
        assert_eq!((society.mean, society.sd), (50.0, 0.0), "{name}");
    }
}

#[test]
fn dimension_scores_are_sorted_and_anonymous() {
    let members = team(&[
        "444444 ...... 222222 222222 222222",
        "000000 ...... 222222 222222 222222",
        "222222 ...... 222222 222222 222222",
        "111111 ...... 222222 222222 222222",
        "333333 ...... 222222 222222 222222",
    ]);
    let profile = shown_profile(&members, 5);
    let purpose = profile.dimensions[0].as_ref().expect("purpose shown");
    assert_eq!(purpose.scores, [0.0, 25.0, 50.0, 75.0, 100.0]);
    assert_eq!(profile.dimensions[1], None, "nobody scores society");
}

#[test]
fn index_and_coherence_use_the_dimension_means() {
    let members = team(&[
        "444444 000000 222222 111111 333333",
        "000000 000000 222222 111111 333333",
        "222222 444444 222222 333333 333333",
        "222222 000000 222222 111111 111111",
        "222222 111111 222222 444444 ......",
    ]);
    let profile = shown_profile(&members, 5);
    let means: Vec<Option<f64>> = profile
        .dimensions
        .iter()
        .map(|d| d.as_ref().map(|s| s.mean))
        .collect();
    // Individual: only four members score it, below the minimum of five.
    assert_eq!(
        means,
        [Some(50.0), Some(25.0), Some(50.0), Some(50.0), None]
    );
    assert_eq!(profile.index, None);
    assert_eq!(profile.coherence, None);

    // With a minimum of four the individual mean is (75 + 75 + 75 + 25) / 4;
    // the index is (2 * 50 + 25 + 50 + 50 + 62.5) / 6 and coherence is
    // 100 - 2 * sd(25, 50, 50, 62.5).
    let profile = shown_profile(&members, 4);
    assert_close(
        profile.dimensions[4].as_ref().unwrap().mean,
        62.5,
        "individual",
    );
    assert_close(profile.index.unwrap(), 47.916_67, "index");
    assert_close(profile.coherence.unwrap(), 72.756_88, "coherence");
}

#[test]
fn team_themes_need_min_members_with_a_theme_score() {
    let full = [
        "444444 444444 444444 444444 444444",
        "444444 444444 444444 444444 444444",
        "444444 444444 444444 444444 444444",
        "000000 000000 000000 000000 000000",
        "000000 000000 000000 000000 000000",
    ];
    let profile = shown_profile(&team(&full), 5);
    assert_eq!(profile.themes, [Some(60.0); 13]);

    // A member with a single answer has no theme score, so only four count.
    let mut sparse = full;
    sparse[4] = "4..... ...... ...... ...... ......";
    assert_eq!(shown_profile(&team(&sparse), 5).themes, [None; 13]);
    let profile = shown_profile(&team(&sparse), 4);
    assert_eq!(profile.themes, [Some(75.0); 13]);
    assert_eq!(Theme::ALL.len(), profile.themes.len());
}

/// Five sheets of all 2s, with per-item columns of item scores set over them.
fn columns(changes: &[(usize, &str)]) -> Vec<String> {
    (0..5)
        .map(|member| {
            let mut sheet: Vec<char> = vec!['2'; ITEMS];
            for (item, column) in changes {
                sheet[*item] = column.chars().nth(member).expect("five symbols");
            }
            sheet.into_iter().collect()
        })
        .collect()
}

#[test]
fn most_agreed_and_disagreed_items() {
    // Name, columns of item scores by item, most disagreed, most agreed.
    type Case<'a> = (&'a str, Vec<(usize, &'a str)>, &'a [usize], &'a [usize]);
    let cases: [Case; 4] = [
        (
            "spread items, ties in item order",
            vec![
                (3, "04042"),
                (7, "31312"),
                (10, "04400"),
                (15, "40042"),
                (20, "13132"),
                (25, "23232"),
            ],
            &[10, 3, 15, 7, 20],
            &[0, 1, 2, 4, 5],
        ),
        (
            "items below the minimum take no part",
            vec![
                (0, "2222."),
                (3, "04042"),
                (12, "0404."),
                (15, "40042"),
                (20, "13132"),
                (25, "23232"),
                (29, "dd404"),
            ],
            &[3, 15, 20, 25],
            &[1, 2, 4, 5, 6],
        ),
        (
            "all equal: nothing agreed least, item order agreed most",
            vec![],
            &[],
            &[0, 1, 2, 3, 4],
        ),
        (
            "fewer than ten items take part: no item in both lists",
            (0..23)
                .map(|item| (item, "....."))
                .chain([(23, "04042"), (24, "13132"), (25, "04400"), (26, "23232")])
                .collect(),
            &[25, 23, 24, 26],
            &[27, 28, 29],
        ),
    ];
    for (name, changes, disagreed, agreed) in cases {
        let sheets = columns(&changes);
        let sheets: Vec<&str> = sheets.iter().map(String::as_str).collect();
        let profile = shown_profile(&team(&sheets), 5);
        let indices =
            |spreads: &[ItemSpread]| -> Vec<usize> { spreads.iter().map(|s| s.index).collect() };
        assert_eq!(indices(&profile.most_disagreed), disagreed, "{name}");
        assert_eq!(indices(&profile.most_agreed), agreed, "{name}");
        assert!(profile
            .most_disagreed
            .iter()
            .chain(&profile.most_agreed)
            .all(|s| s.n == 5));
    }
    // The numbers of the first case: item 10 scores 0, 100, 100, 0, 0.
    let sheets = columns(&[(10, "04400"), (3, "04042")]);
    let sheets: Vec<&str> = sheets.iter().map(String::as_str).collect();
    let top = &shown_profile(&team(&sheets), 5).most_disagreed;
    assert_close(top[0].mean, 40.0, "item 10 mean");
    assert_close(top[0].sd, 48.989_79, "item 10 sd");
    assert_close(top[1].mean, 50.0, "item 3 mean");
    assert_close(top[1].sd, 44.721_36, "item 3 sd");
    // The other items have no spread, the smallest: not listed there.
    assert_eq!(top.len(), 2);
}

// --- The privacy rule ---

#[test]
fn min_group_is_clamped() {
    let cases = [
        (0, 3),
        (1, 3),
        (2, 3),
        (3, 3),
        (5, 5),
        (50, 50),
        (51, 50),
        (1000, 50),
    ];
    for (requested, clamped) in cases {
        assert_eq!(clamp_min_group(requested), clamped, "{requested}");
    }
    assert_eq!(
        (DEFAULT_MIN_GROUP, MIN_MIN_GROUP, MAX_MIN_GROUP),
        (5, 3, 50)
    );
}

#[test]
fn too_small_teams_show_only_their_count() {
    let cases: [(usize, usize, Outline); 7] = [
        (4, 5, Err((4, 5))),
        (5, 5, Ok(5)),
        (0, 5, Err((0, 5))),
        (2, 0, Err((2, 3))),
        (3, 1, Ok(3)),
        (49, 1000, Err((49, 50))),
        (50, 1000, Ok(50)),
    ];
    for (size, min, expected) in cases {
        let members = team(&vec!["222222 222222 222222 222222 222222"; size]);
        let profiled = outline(&profile(&v1(), &members, min), |p| p.n);
        let aggregated = outline(&aggregate(&v1(), &members, min), |a| a.n);
        assert_eq!(profiled, expected, "profile of {size} with {min}");
        assert_eq!(aggregated, expected, "aggregate of {size} with {min}");
    }
}

#[test]
fn a_dimension_few_members_can_score_is_withheld() {
    let members = team(&[
        "222222 444444 222222 222222 222222",
        "222222 000000 222222 222222 222222",
        "222222 ...... 222222 222222 222222",
        "222222 dddddd 222222 222222 222222",
        "222222 444... 222222 222222 222222",
        "222222 dd00.. 222222 222222 222222",
    ]);
    let profile = shown_profile(&members, 5);
    assert_eq!(profile.n, 6);
    assert_eq!(profile.dimensions[1], None, "only 2 of 6 score society");
    assert!(profile.dimensions[0].is_some());
    assert_eq!((profile.index, profile.coherence), (None, None));
    // The items of society with 2 scores each are in no list.
    assert!(profile
        .most_agreed
        .iter()
        .chain(&profile.most_disagreed)
        .all(|s| !(6..12).contains(&s.index)));
}

#[test]
fn aggregate_withholds_items_few_members_answered() {
    let members = team(&[
        "4d.... 222222 222222 222222 222222",
        "33.... 222222 222222 222222 222222",
        "1..... 222222 222222 222222 222222",
        "...... 222222 222222 222222 222222",
        "dd.... 222222 222222 222222 222222",
    ]);
    let Group::Shown(a) = aggregate(&v1(), &members, 3) else {
        panic!("five members with a minimum of three are shown");
    };
    // Item 1 has three answers (purpose-1 is `+`: scores 4, 3, 1 are 5, 4, 2).
    assert_eq!(a.counts[0], [0, 1, 0, 1, 1, 2]);
    // Item 2 has one answer and one "don't know": withheld.
    assert_eq!(a.counts[1], [0, 0, 0, 0, 0, 5]);
    assert_eq!(a.counts[6], [0, 0, 5, 0, 0, 0]);
}

fn is_ascending(values: &[f64]) -> bool {
    values.windows(2).all(|pair| pair[0] <= pair[1])
}

/// Fails when a group's profile breaks the privacy rule or its counts are
/// wrong; `withheld` are the dimensions the group is withheld on by the
/// subtraction rule, which it may leave out although enough have a score.
fn check_profile_privacy(
    members: &[Member],
    requested: usize,
    group: &Group<TeamProfile>,
    withheld: &[Dimension],
) {
    let min = clamp_min_group(requested);
    let profile = match group {
        Group::TooSmall { n, min: applied } => {
            assert_eq!((*n, *applied), (members.len(), min));
            assert!(*n < min);
            return;
        }
        Group::Withheld { n } => {
            assert_eq!(*n, members.len());
            return;
        }
        Group::Shown(profile) => profile,
    };
    assert_eq!(profile.n, members.len());
    assert!(profile.n >= min, "{} < {min}", profile.n);
    let results: Vec<_> = members.iter().map(|m| score(&v1(), &m.answers)).collect();
    for dimension in Dimension::ALL {
        let scored = results
            .iter()
            .filter(|r| r.dimension(dimension).unwrap().score.is_some())
            .count();
        match &profile.dimensions[dimension.index()] {
            Some(stats) => {
                assert_eq!(stats.n, scored);
                assert!(stats.n >= min);
                assert_eq!(stats.scores.len(), stats.n);
                assert!(is_ascending(&stats.scores));
                assert_eq!(stats.dimension, dimension);
            }
            None => assert!(scored < min || withheld.contains(&dimension)),
        }
    }
    for theme in Theme::ALL {
        let scored = results
            .iter()
            .filter(|r| r.themes[theme.index()].score.is_some())
            .count();
        assert_eq!(profile.themes[theme.index()].is_some(), scored >= min);
    }
    for spread in profile.most_agreed.iter().chain(&profile.most_disagreed) {
        let key = v1().items[spread.index].key;
        let scored = members
            .iter()
            .filter_map(|m| m.answers.get(spread.index))
            .filter(|a| item_score(key, *a).is_some())
            .count();
        assert_eq!(spread.n, scored);
        assert!(spread.n >= min);
    }
    assert!(profile.most_agreed.len() <= 5 && profile.most_disagreed.len() <= 5);
}

/// Fails when a team aggregate breaks the privacy rule.
fn check_aggregate_privacy(members: &[Member], requested: usize) {
    let min = clamp_min_group(requested);
    match aggregate(&v1(), members, requested) {
        Group::TooSmall { n, min: applied } => {
            assert_eq!((n, applied), (members.len(), min));
            assert!(n < min);
        }
        Group::Withheld { .. } => panic!("a whole team is never withheld"),
        Group::Shown(a) => {
            assert!(a.n >= min && a.min_group == min && a.n == members.len());
            for row in &a.counts {
                assert_eq!(row.iter().sum::<u32>() as usize, a.n);
                let answered = a.n - row[5] as usize;
                assert!(answered == 0 || answered >= min, "{row:?}");
            }
            assert_eq!(decode_aggregate(&encode_aggregate(&a)), Ok(a));
        }
    }
}

// --- Perception gap ---

#[test]
fn perception_gap_of_three_roles() {
    let employees = with_role(
        &[
            "000000 222222 111111 222222 222222",
            "111111 222222 111111 222222 222222",
            "222222 222222 111111 222222 222222",
            "222222 222222 111111 222222 222222",
            "333333 222222 111111 222222 222222",
        ],
        Some(Role::Employee),
    );
    let managers = with_role(
        &[
            "333333 222222 222222 333333 111111",
            "333333 222222 222222 333333 111111",
            "333333 222222 222222 333333 111111",
            "444444 222222 222222 333333 111111",
            "333333 222222 222222 333333 111111",
        ],
        Some(Role::Manager),
    );
    // The directors and the members without a role differ most, but are not compared.
    let directors = with_role(
        &[
            "444444 000000 444444 000000 444444",
            "444444 000000 444444 000000 444444",
        ],
        Some(Role::Director),
    );
    let unknown = team(&["000000 444444 000000 444444 000000"; 6]);
    // Members are mixed, as a facilitator collects them.
    let mut members = Vec::new();
    for index in 0..6 {
        members.extend(employees.get(index).cloned());
        members.extend(unknown.get(index).cloned());
        members.extend(directors.get(index).cloned());
        members.extend(managers.get(index).cloned());
    }
    assert_eq!(members.len(), 18);

    let gap = perception_gap(&v1(), &members, 5);
    let groups: Vec<(Role, Outline)> = gap
        .groups
        .iter()
        .map(|g| (g.role, outline(&g.profile, |p| p.n)))
        .collect();
    assert_eq!(
        groups,
        [
            (Role::Employee, Ok(5)),
            (Role::Manager, Ok(5)),
            (Role::Director, Err((2, 5))),
        ]
    );
    // Means: employees 40, 50, 25, 50, 50; managers 80, 50, 50, 75, 25. The
    // largest difference is purpose, 80 - 40.
    let largest = gap.largest.expect("two shown groups");
    let (dimension, high, low, difference) = (
        largest.dimension,
        largest.higher,
        largest.lower,
        largest.difference(),
    );
    assert_eq!(
        (dimension, high, low),
        (Dimension::Purpose, Role::Manager, Role::Employee)
    );
    assert_close(difference, 40.0, "largest difference");
    let side_by_side: Vec<Vec<(Role, Option<f64>)>> =
        gap.means.iter().map(|row| row.by_role.clone()).collect();
    assert_eq!(
        side_by_side,
        [
            vec![(Role::Employee, Some(40.0)), (Role::Manager, Some(80.0))],
            vec![(Role::Employee, Some(50.0)), (Role::Manager, Some(50.0))],
            vec![(Role::Employee, Some(25.0)), (Role::Manager, Some(50.0))],
            vec![(Role::Employee, Some(50.0)), (Role::Manager, Some(75.0))],
            vec![(Role::Employee, Some(50.0)), (Role::Manager, Some(25.0))],
        ]
    );
    for group in &gap.groups {
        let of_role: Vec<Member> = members
            .iter()
            .filter(|m| m.role == Some(group.role))
            .cloned()
            .collect();
        check_profile_privacy(&of_role, 5, &group.profile, &[]);
    }
}

#[test]
fn largest_gap_needs_two_shown_groups_and_a_difference() {
    let high = "444444 444444 444444 444444 444444";
    let low = "000000 000000 000000 000000 000000";
    let mid = "222222 222222 222222 222222 222222";
    let part = "222222 ...... 222222 222222 222222";
    type Largest = Option<(Dimension, Role, Role, f64)>;
    let cases: Vec<(&str, Vec<Member>, Largest)> = vec![
        ("nobody", vec![], None),
        (
            "one shown group",
            with_role(&[high; 5], Some(Role::Other)),
            None,
        ),
        (
            "one shown, one too small",
            [
                with_role(&[high; 5], Some(Role::Other)),
                with_role(&[low; 4], Some(Role::Manager)),
            ]
            .concat(),
            None,
        ),
        (
            "equal means",
            [
                with_role(&[mid; 5], Some(Role::Other)),
                with_role(&[mid; 6], Some(Role::RatherNotSay)),
            ]
            .concat(),
            None,
        ),
        // Every dimension differs by 100: the first dimension wins the tie.
        (
            "rather-not-say and other are groups",
            [
                with_role(&[low; 5], Some(Role::Other)),
                with_role(&[high; 5], Some(Role::RatherNotSay)),
            ]
            .concat(),
            Some((Dimension::Purpose, Role::RatherNotSay, Role::Other, 100.0)),
        ),
        // Society is withheld in the first group, so it is not compared.
        (
            "a withheld dimension is not compared",
            [
                with_role(&[part; 5], Some(Role::Employee)),
                with_role(
                    &["222222 444444 222222 222222 333333"; 5],
                    Some(Role::Director),
                ),
            ]
            .concat(),
            Some((Dimension::Individual, Role::Director, Role::Employee, 25.0)),
        ),
        // With three groups, the pair furthest apart; no role is no group
        // (five of them, so that they cannot be worked out by subtraction).
        (
            "three groups",
            [
                with_role(&[mid; 5], Some(Role::Employee)),
                with_role(&[low; 5], Some(Role::Manager)),
                with_role(&[high; 5], Some(Role::Director)),
                with_role(&[low; 5], None),
            ]
            .concat(),
            Some((Dimension::Purpose, Role::Director, Role::Manager, 100.0)),
        ),
    ];
    for (name, members, expected) in cases {
        let gap = perception_gap(&v1(), &members, 5);
        let largest = gap
            .largest
            .map(|g| (g.dimension, g.higher, g.lower, g.difference()));
        assert_eq!(largest, expected, "{name}");
        let shown = gap.groups.iter().filter(|g| g.profile.shown().is_some());
        assert!(gap
            .means
            .iter()
            .all(|row| row.by_role.len() == shown.clone().count()));
    }
}

// --- Properties of the privacy rule ---

proptest! {
    // Failures are not persisted: a test binary under `tests/` has no source
    // directory proptest can find, and the seeds are printed on failure anyway.
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(2_000)
    })]

    #[test]
    fn no_shown_group_is_below_the_minimum(
        members in proptest::collection::vec(any_member(), 0..16),
        requested in 0usize..9,
    ) {
        let whole = profile(&v1(), &members, requested);
        check_profile_privacy(&members, requested, &whole, &[]);
        check_aggregate_privacy(&members, requested);
        let gap = perception_gap(&v1(), &members, requested);
        let mut roles = Vec::new();
        for group in &gap.groups {
            let of_role: Vec<Member> =
                members.iter().filter(|m| m.role == Some(group.role)).cloned().collect();
            prop_assert!(!of_role.is_empty());
            let withheld: Vec<Dimension> = gap
                .means
                .iter()
                .filter(|row| row.withheld.contains(&group.role))
                .map(|row| row.dimension)
                .collect();
            check_profile_privacy(&of_role, requested, &group.profile, &withheld);
            roles.push(group.role);
        }
        prop_assert!(roles.is_sorted(), "groups in role order");
        if let Some(largest) = gap.largest {
            let dimension = largest.dimension;
            prop_assert!(largest.difference() > 0.0);
            for role in [largest.higher, largest.lower] {
                let group = gap.groups.iter().find(|g| g.role == role).expect("a group");
                let shown = group.profile.shown().expect("only shown groups are compared");
                prop_assert!(shown.dimensions[dimension.index()].is_some());
            }
        }
    }

    #[test]
    fn the_order_of_members_does_not_matter(
        members in proptest::collection::vec(any_member(), 3..12),
    ) {
        let reversed: Vec<Member> = members.iter().rev().cloned().collect();
        prop_assert_eq!(profile(&v1(), &members, 3), profile(&v1(), &reversed, 3));
        prop_assert_eq!(aggregate(&v1(), &members, 3), aggregate(&v1(), &reversed, 3));
    }

    /// The counted statistics equal the ones worked out the plain way: every
    /// member scored on their own, the scores sorted, summed and averaged.
    #[test]
    fn team_statistics_equal_the_plain_computation(
        members in proptest::collection::vec(any_member(), 3..40),
    ) {
        let Group::Shown(team) = profile(&v1(), &members, 3) else {
            return Ok(());
        };
        let results: Vec<_> = members.iter().map(|m| score(&v1(), &m.answers)).collect();
        for dimension in Dimension::ALL {
            let mut scores: Vec<f64> =
                results.iter().filter_map(|r| r.dimension(dimension).unwrap().score).collect();
            scores.sort_by(f64::total_cmp);
            let stats = &team.dimensions[dimension.index()];
            if scores.len() < 3 {
                prop_assert!(stats.is_none());
                continue;
            }
            let stats = stats.as_ref().expect("enough scores");
            let n = scores.len();
            let mean = scores.iter().sum::<f64>() / n as f64;
            let sd = (scores.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / n as f64).sqrt();
            prop_assert_eq!(&stats.scores, &scores);
            prop_assert_eq!(stats.n, n);
            prop_assert!((stats.mean - mean).abs() < 1e-9, "{} != {}", stats.mean, mean);
            prop_assert!((stats.sd - sd).abs() < 1e-9, "{} != {}", stats.sd, sd);
            prop_assert_eq!(stats.median, (scores[(n - 1) / 2] + scores[n / 2]) / 2.0);
            prop_assert_eq!((stats.min, stats.max), (scores[0], scores[n - 1]));
        }
        for theme in Theme::ALL {
            let scores: Vec<f64> =
                results.iter().filter_map(|r| r.themes[theme.index()].score).collect();
            match team.themes[theme.index()] {
                None => prop_assert!(scores.len() < 3),
                Some(mean) => {
                    let plain = scores.iter().sum::<f64>() / scores.len() as f64;
                    prop_assert!((mean - plain).abs() < 1e-9, "{} != {}", mean, plain);
                }
            }
        }
    }

    /// The one-pass analysis gives what the three separate steps give.
    #[test]
    fn the_analysis_equals_its_parts(
        members in proptest::collection::vec(any_member(), 0..30),
        requested in 0usize..8,
    ) {
        let analysis = analyse(&members, requested);
        let whole = profile(&v1(), &members, requested);
        let gap = whole.shown().map(|_| perception_gap(&v1(), &members, requested));
        prop_assert_eq!(&analysis.profile, &whole);
        prop_assert_eq!(&analysis.gap, &gap);
        prop_assert_eq!(&analysis.aggregate, &aggregate(&v1(), &members, requested));
    }
}

// --- The team link ---

/// Deterministic pseudo-random members: raw answers with some gaps and roles.
fn generated_team(size: usize, seed: u32) -> Vec<Member> {
    let mut state = seed | 1;
    let mut next = move |below: u32| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state % below
    };
    (0..size)
        .map(|_| {
            let mut answers = AnswerSheet::empty(&V1);
            for index in 0..ITEMS {
                let answer = match next(8) {
                    0 => None,
                    1 => Some(Answer::DontKnow),
                    value => Likert::new((value - 2).min(4) as u8 + 1).map(Answer::Scale),
                };
                answers.set(index, answer);
            }
            let role = Role::ALL.get(next(6) as usize).copied();
            Member {
                questionnaire: V1,
                answers,
                role,
            }
        })
        .collect()
}

/// Members from raw answer notations (see [`raw_sheet`]), without roles.
fn raw_team(sheets: &[&str]) -> Vec<Member> {
    sheets
        .iter()
        .map(|sheet| Member {
            questionnaire: V1,
            answers: raw_sheet(sheet),
            role: None,
        })
        .collect()
}

/// The teams pinned in the golden file: name, members and minimum.
fn golden_teams() -> Vec<(&'static str, Vec<Member>, usize)> {
    vec![
        (
            "three-members-min-three",
            raw_team(&[
                "453241 334224 122354 544534 231545",
                "543251 333224 122354 544534 231545",
                "453241 334424 122354 544534 231545",
            ]),
            3,
        ),
        (
            "five-members-gaps",
            raw_team(&[
                "45324. 33422. 12235. 54453. 23154.",
                "55324. 33412. 12245. 54453. 23154.",
                "45320. 33422. 12235. 54453. 23154.",
                "45224. 33432. 12235. 55553. 23254.",
                "35324. 33422. 12335. 54453. 23154.",
            ]),
            5,
        ),
        (
            "twelve-members",
            generated_team(12, 7)
                .into_iter()
                .enumerate()
                .map(|(index, mut member)| {
                    // Only three answer the last item: it is withheld.
                    if index >= 3 {
                        member.answers.set(29, None);
                    }
                    member
                })
                .collect(),
            5,
        ),
        (
            "all-agree-six",
            raw_team(&["555555 555555 555555 555555 555555"; 6]),
            5,
        ),
        (
            "nothing-answered-five",
            raw_team(&["...... ...... ...... ...... ......"; 5]),
            5,
        ),
        ("four-hundred-members", generated_team(400, 99), 10),
    ]
}

fn shown_aggregate(members: &[Member], min: usize) -> TeamAggregate {
    match aggregate(&v1(), members, min) {
        Group::Shown(a) => a,
        Group::TooSmall { n, min } => panic!("expected a shown aggregate, got {n} < {min}"),
        Group::Withheld { n } => panic!("expected a shown aggregate, got {n} withheld"),
    }
}

/// The numbers a team link shows, rounded for display.
fn summary_json(a: &TeamAggregate) -> Value {
    let AggregateSummary {
        items,
        dimensions,
        index,
        coherence,
    } = aggregate_summary(a);
    let shown = |value: Option<f64>| value.map_or(Value::Null, |s| json!(display_score(s)));
    let dimensions: serde_json::Map<String, Value> = dimensions
        .into_iter()
        .map(|(d, mean)| (d.id().to_owned(), shown(mean)))
        .collect();
    let items: Vec<Value> = items
        .iter()
        .map(|item| {
            item.as_ref().map_or(Value::Null, |s| {
                json!(format!(
                    "n {} mean {} sd {}",
                    s.n,
                    display_score(s.mean),
                    display_score(s.sd)
                ))
            })
        })
        .collect();
    json!({
        "dimensions": dimensions,
        "index": shown(index),
        "coherence": shown(coherence),
        "items": items,
    })
}

#[test]
fn aggregate_links_v1_output_is_golden() {
    let entries: Vec<Value> = golden_teams()
        .iter()
        .map(|(name, members, min)| {
            let a = shown_aggregate(members, *min);
            json!({
                "name": name,
                "n": a.n,
                "min": a.min_group,
                "code": encode_aggregate(&a),
                "summary": summary_json(&a),
            })
        })
        .collect();
    let text = serde_json::to_string_pretty(&json!({ "format": 1, "links": entries }))
        .expect("serializes")
        + "\n";
    check_golden(GOLDEN_FILE, &text);
}

/// Every published team link keeps decoding to the same numbers.
#[test]
fn published_aggregate_links_v1_still_decode() {
    let text = std::fs::read_to_string(data_path(GOLDEN_FILE)).expect("golden file");
    let golden: Value = serde_json::from_str(&text).expect("golden JSON");
    let links = golden["links"].as_array().expect("links");
    assert_eq!(links.len(), golden_teams().len());
    for link in links {
        let name = link["name"].as_str().unwrap();
        let code = link["code"].as_str().unwrap();
        let a = decode_aggregate(code).unwrap_or_else(|e| panic!("{name}: {e}"));
        let url = format!("https://example.org/scan/#lang=en&g={code}");
        assert_eq!(decode_aggregate(&url).as_ref(), Ok(&a), "{name}");
        assert_eq!(a.n as u64, link["n"].as_u64().unwrap(), "{name}");
        assert_eq!(a.min_group as u64, link["min"].as_u64().unwrap(), "{name}");
        assert_eq!(a.questionnaire, v1(), "{name}");
        assert_eq!(summary_json(&a), link["summary"], "{name}");
    }
}

#[test]
fn summary_numbers_by_hand() {
    // Item scores 0, 25, 50, 75, 100 on every purpose item: mean 50, sd
    // 25 * sqrt(2); society items 100 for all; organisation only three
    // members answer; team and individual three of six items.
    let members = team(&[
        "000000 444444 0..... 000... 000...",
        "111111 444444 1..... 111... 111...",
        "222222 444444 2..... 222... 222...",
        "333333 444444 ...... 333... 333...",
        "444444 444444 ...... 444... 444...",
    ]);
    let AggregateSummary {
        items,
        dimensions,
        index,
        coherence,
    } = aggregate_summary(&shown_aggregate(&members, 5));
    let dimensions: Vec<Option<f64>> = dimensions.into_iter().map(|(_, mean)| mean).collect();
    let purpose = items[0].as_ref().expect("purpose-1 shown");
    assert_eq!((purpose.index, purpose.n), (0, 5));
    assert_close(purpose.mean, 50.0, "mean");
    assert_close(purpose.sd, 35.355_34, "sd");
    // Reverse-keyed purpose-4 reads the same in scores.
    assert_eq!(
        items[3],
        items[0].clone().map(|s| ItemSummary { index: 3, ..s })
    );
    assert_eq!(items[12], None, "organisation-1 has three answers");
    assert_eq!(items[13], None);
    assert!(items[18].is_some() && items[21].is_none());
    assert_eq!(
        dimensions,
        [Some(50.0), Some(100.0), None, None, None],
        "team and individual have three shown items, organisation none"
    );
    assert_eq!((index, coherence), (None, None));

    // A hand-made aggregate with an item of two answers shows no summary of it.
    let mut counts = vec![[0, 0, 5, 0, 0, 0]; ITEMS];
    counts[0] = [1, 0, 0, 0, 1, 3];
    let hand_made = TeamAggregate {
        questionnaire: v1(),
        min_group: 5,
        n: 5,
        counts,
    };
    let AggregateSummary {
        items, dimensions, ..
    } = aggregate_summary(&hand_made);
    let dimensions: Vec<Option<f64>> = dimensions.into_iter().map(|(_, mean)| mean).collect();
    assert_eq!(items[0], None);
    assert_eq!(
        items[1].as_ref().map(|s| (s.n, s.mean, s.sd)),
        Some((5, 50.0, 0.0))
    );
    assert_eq!(dimensions, [Some(50.0); 5]);

    // With complete answers, the dimension means of a link equal the profile's.
    let members = generated_team(40, 3)
        .into_iter()
        .map(|mut member| {
            for index in 0..ITEMS {
                if !matches!(member.answers.get(index), Some(Answer::Scale(_))) {
                    member.answers.set(index, Likert::new(3).map(Answer::Scale));
                }
            }
            member
        })
        .collect::<Vec<_>>();
    let AggregateSummary {
        dimensions,
        index,
        coherence,
        ..
    } = aggregate_summary(&shown_aggregate(&members, 5));
    let dimensions: Vec<Option<f64>> = dimensions.into_iter().map(|(_, mean)| mean).collect();
    let profile = shown_profile(&members, 5);
    for (from_link, stats) in dimensions.iter().zip(&profile.dimensions) {
        assert_close(
            from_link.unwrap(),
            stats.as_ref().unwrap().mean,
            "dimension",
        );
    }
    assert_close(index.unwrap(), profile.index.unwrap(), "index");
    assert_close(coherence.unwrap(), profile.coherence.unwrap(), "coherence");
}

#[test]
fn aggregate_links_round_trip() {
    for (name, members, min) in golden_teams() {
        let a = shown_aggregate(&members, min);
        let code = encode_aggregate(&a);
        assert!(code.starts_with('B'), "{name}: {code}");
        assert!(code.chars().all(|c| ALPHABET.contains(c)), "{name}");
        assert_eq!(
            code.len(),
            aggregate_code_length(ITEMS, a.n as u32),
            "{name}"
        );
        let (head, tail) = code.split_at(code.len() / 2);
        let pasted = [
            code.clone(),
            format!("#{}", aggregate_fragment(&a)),
            format!("{AGGREGATE_FRAGMENT_KEY}={code}"),
            format!("https://example.org/scan/?lang=nl#g={code}&x=1"),
            format!("  https://example.org/scan/#g={head}\r\n{tail}  "),
            format!("%23g%3D{code}"),
        ];
        for text in pasted {
            assert_eq!(decode_aggregate(&text).as_ref(), Ok(&a), "{name}: {text}");
        }
    }
}

#[test]
fn aggregate_code_lengths() {
    let cases = [(12, 4, 112), (10_000, 14, 363)];
    for (size, width, expected) in cases {
        let a = shown_aggregate(&generated_team(size, 5), DEFAULT_MIN_GROUP);
        let code = encode_aggregate(&a);
        // Header 5 bytes, 150 counts of `width` bits, check 3 bytes, as
        // base64url after one format character.
        let bytes = 5 + (150 * width as usize).div_ceil(8) + 3;
        assert_eq!(1 + (bytes * 8).div_ceil(6), expected);
        println!(
            "team link: {size} members -> counts of {width} bits, {bytes} bytes, \
             code of {} characters, fragment of {}",
            code.len(),
            aggregate_fragment(&a).len()
        );
        assert_eq!(code.len(), expected, "{size} members");
        assert_eq!(decode_aggregate(&code), Ok(a));
    }
}

/// `code` with the character at `position` replaced.
fn with_char(code: &str, position: usize, replacement: char) -> String {
    code.chars()
        .enumerate()
        .map(|(index, c)| if index == position { replacement } else { c })
        .collect()
}

#[test]
fn every_single_character_change_is_caught() {
    let (mut checked, mut characters) = (0, 0);
    for (name, members, min) in golden_teams().into_iter().take(4) {
        let code = encode_aggregate(&shown_aggregate(&members, min));
        characters += code.len();
        for (position, original) in code.chars().enumerate() {
            for replacement in ALPHABET.chars().filter(|c| *c != original) {
                let changed = with_char(&code, position, replacement);
                // Every change is damage, the first character's too: a later
                // format's code has a check that fits (see `later_format`).
                assert_eq!(
                    decode_aggregate(&changed),
                    Err(AggregateError::Damaged),
                    "{name}: {changed}"
                );
                checked += 1;
            }
        }
        // Swaps of neighbours are caught too.
        let symbols: Vec<char> = code.chars().collect();
        for position in 1..symbols.len() - 1 {
            let mut swapped = symbols.clone();
            swapped.swap(position, position + 1);
            if swapped != symbols {
                let swapped: String = swapped.into_iter().collect();
                assert_eq!(decode_aggregate(&swapped), Err(AggregateError::Damaged));
            }
        }
    }
    assert_eq!(checked, characters * 63);
}

/// The team link of a later format: the first character `format`, then
/// `code`'s bytes and `extra` zero bytes, with a check of the format number
/// and those bytes, as every format keeps it.
fn later_format(code: &str, format: u8, extra: usize) -> String {
    let bytes = from_base64url(&code[1..]).expect("a code");
    let mut body = bytes[..bytes.len() - 3].to_vec();
    body.resize(body.len() + extra, 0);
    let check = sis::core::links::codec::crc24(std::iter::once(format).chain(body.iter().copied()));
    body.extend_from_slice(&check.to_be_bytes()[1..]);
    let first = ALPHABET.chars().nth(usize::from(format)).expect("a format");
    format!("{first}{}", to_base64url(&body))
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
fn bad_team_links_give_typed_errors() {
    use AggregateError::*;
    let sample = shown_aggregate(&golden_teams()[2].1, 5);
    let code = encode_aggregate(&sample);
    let forged = |edit: &dyn Fn(&mut TeamAggregate)| {
        let mut a = sample.clone();
        edit(&mut a);
        encode_aggregate(&a)
    };
    let nobody = |n: usize, min: usize| TeamAggregate {
        questionnaire: v1(),
        min_group: min,
        n,
        counts: vec![[0, 0, 0, 0, 0, n as u32]; ITEMS],
    };
    let largest = nobody(MAX_LINK_MEMBERS, 50);
    let cases: Vec<(&str, String, Result<TeamAggregate, AggregateError>)> = vec![
        ("bare code", code.clone(), Ok(sample.clone())),
        (
            "largest team",
            encode_aggregate(&largest),
            Ok(largest.clone()),
        ),
        (
            "smallest team",
            encode_aggregate(&nobody(3, 3)),
            Ok(nobody(3, 3)),
        ),
        ("empty", String::new(), Err(Empty)),
        ("whitespace", " \n\t ".to_owned(), Err(Empty)),
        ("garbage", garbage(300), Err(NotATeamLink)),
        ("100 KB of garbage", garbage(100_000), Err(NotATeamLink)),
        (
            "100 KB of code characters",
            "B".repeat(100_000),
            Err(NotATeamLink),
        ),
        (
            "script",
            "<script>alert(1)</script>".to_owned(),
            Err(NotATeamLink),
        ),
        (
            "markup in the code",
            "#g=<b>x</b>".to_owned(),
            Err(NotATeamLink),
        ),
        (
            "html around",
            format!("<a href=\"#g={code}\">team</a>"),
            Err(NotATeamLink),
        ),
        (
            "javascript URL",
            "javascript:alert(1)".to_owned(),
            Err(NotATeamLink),
        ),
        (
            "result link",
            "https://example.org/#r=BEzOtPY63CuB24MgMVVb".to_owned(),
            Err(NotATeamLink),
        ),
        (
            "bare result code",
            "BEzOtPY63CuB24MgMVVb".to_owned(),
            Err(Damaged),
        ),
        (
            "URL without fragment",
            "https://example.org/scan/".to_owned(),
            Err(NotATeamLink),
        ),
        (
            "query instead of fragment",
            format!("https://example.org/?g={code}"),
            Err(NotATeamLink),
        ),
        ("star inside", with_char(&code, 9, '*'), Err(NotATeamLink)),
        (
            "nothing after g=",
            "https://example.org/#g=".to_owned(),
            Err(Damaged),
        ),
        ("format only", "#g=B".to_owned(), Err(Damaged)),
        (
            "truncated by one",
            code[..code.len() - 1].to_owned(),
            Err(Damaged),
        ),
        (
            "truncated by four",
            code[..code.len() - 4].to_owned(),
            Err(Damaged),
        ),
        (
            "truncated to half",
            code[..code.len() / 2].to_owned(),
            Err(Damaged),
        ),
        ("extended by one", format!("{code}A"), Err(Damaged)),
        ("extended by four", format!("{code}AAAA"), Err(Damaged)),
        ("pasted twice", format!("{code}{code}"), Err(Damaged)),
        ("padding", format!("{code}=="), Err(NotATeamLink)),
        ("a short word", "#g=hello".to_owned(), Err(Damaged)),
        ("format 0", with_char(&code, 0, 'A'), Err(Damaged)),
        ("newer format", later_format(&code, 2, 0), Err(NewerVersion)),
        (
            "newer format, longer",
            later_format(&code, 2, 40),
            Err(NewerVersion),
        ),
        (
            "newest format symbol",
            format!("#g={}", later_format(&code, 63, 1)),
            Err(NewerVersion),
        ),
        (
            "newer format's first character, check not refitted",
            with_char(&code, 0, 'C'),
            Err(Damaged),
        ),
        (
            "newer format's first character, longer, no check",
            format!("C{}", "x".repeat(500)),
            Err(Damaged),
        ),
        ("lower-cased", code.to_lowercase(), Err(Damaged)),
        (
            "lower-cased link",
            format!("https://example.org/#g={}", code.to_lowercase()),
            Err(Damaged),
        ),
        (
            "a query glued after the fragment",
            format!("https://example.org/#g={code}?utm_source=x"),
            Ok(sample.clone()),
        ),
        (
            "escaped =",
            format!("https://example.org/#g%3D{code}"),
            Ok(sample.clone()),
        ),
        (
            "newer questionnaire",
            forged(&|a| a.questionnaire.version = 2),
            Err(NewerVersion),
        ),
        (
            "questionnaire 0",
            forged(&|a| a.questionnaire.version = 0),
            Err(OutOfRange),
        ),
        (
            "counts above n",
            forged(&|a| a.counts[0] = [12, 1, 0, 0, 0, 0]),
            Err(OutOfRange),
        ),
        (
            "an item with two answers",
            forged(&|a| a.counts[4] = [1, 0, 0, 1, 0, 10]),
            Err(OutOfRange),
        ),
        (
            "n below the minimum",
            encode_aggregate(&nobody(4, 5)),
            Err(OutOfRange),
        ),
        (
            "n of zero",
            encode_aggregate(&nobody(0, 3)),
            Err(OutOfRange),
        ),
        (
            "n above 100,000",
            encode_aggregate(&nobody(MAX_LINK_MEMBERS + 1, 5)),
            Err(OutOfRange),
        ),
        (
            "minimum 2",
            encode_aggregate(&nobody(5, 2)),
            Err(OutOfRange),
        ),
        (
            "minimum 51",
            encode_aggregate(&nobody(60, 51)),
            Err(OutOfRange),
        ),
        (
            "minimum 255",
            encode_aggregate(&nobody(300, 255)),
            Err(OutOfRange),
        ),
    ];
    for (name, input, expected) in cases {
        assert_eq!(decode_aggregate(&input), expected, "{name}: {input:.80}");
    }
}

#[test]
fn huge_input_is_refused_early() {
    let code = encode_aggregate(&shown_aggregate(&golden_teams()[2].1, 5));
    let padded = format!("{code}{}", " ".repeat(64 * 1024));
    assert_eq!(decode_aggregate(&padded), Err(AggregateError::NotATeamLink));
    let fits = format!("{code}{}", " ".repeat(64 * 1024 - code.len()));
    assert!(decode_aggregate(&fits).is_ok());
}

#[test]
fn errors_read_as_sentences() {
    use AggregateError::*;
    for error in [Empty, NotATeamLink, Damaged, NewerVersion, OutOfRange] {
        assert!(error.to_string().len() > 10, "{error:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(10_000)
    })]

    #[test]
    fn decode_never_panics_on_any_text(text in any::<String>()) {
        let _ = decode_aggregate(&text);
    }

    #[test]
    fn decode_never_panics_on_code_like_text(text in "(#g=)?[A-Za-z0-9_%-]{0,500}") {
        let _ = decode_aggregate(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(500)
    })]

    #[test]
    fn aggregates_round_trip(members in proptest::collection::vec(any_member(), 3..40), min in 0usize..8) {
        if let Group::Shown(a) = aggregate(&v1(), &members, min) {
            prop_assert_eq!(decode_aggregate(&encode_aggregate(&a)), Ok(a));
        }
    }
}

/// Role groups that would let a smaller rest be worked out by subtraction
/// from the whole team are withheld too.
#[test]
fn groups_are_withheld_when_the_rest_could_be_derived() {
    use sis::core::team::gap::perception_gap;
    use sis::core::team::{Group, Member};
    let member = |role| Member {
        questionnaire: V1,
        answers: super::support::scored_sheet("222222 222222 222222 222222 222222"),
        role: Some(role),
    };
    let team = |counts: [(Role, usize); 3]| -> Vec<Member> {
        counts
            .iter()
            .flat_map(|&(role, n)| std::iter::repeat_n(member(role), n))
            .collect()
    };
    // (employees, managers, directors), min, expected state per role:
    // 's' shown, 't' too small, 'w' withheld.
    let cases = [
        ([4, 4, 4], 3, "sss"),
        ([5, 5, 2], 5, "swt"),
        ([5, 6, 2], 5, "wst"),
        ([5, 5, 5], 5, "sss"),
        ([6, 6, 0], 5, "ss"),
        ([5, 1, 0], 5, "wt"),
    ];
    for (counts, min, expected) in cases {
        let members = team([
            (Role::Employee, counts[0]),
            (Role::Manager, counts[1]),
            (Role::Director, counts[2]),
        ]);
        let gap = perception_gap(&V1, &members, min);
        let states: String = gap
            .groups
            .iter()
            .map(|g| match g.profile {
                Group::Shown(_) => 's',
                Group::TooSmall { .. } => 't',
                Group::Withheld { .. } => 'w',
            })
            .collect();
        assert_eq!(states, expected, "{counts:?} min {min}");
        let shown: usize = gap
            .groups
            .iter()
            .filter_map(|g| g.profile.shown().map(|p| p.n))
            .sum();
        let rest = members.len() - shown;
        assert!(rest == 0 || rest >= min, "{counts:?}: rest {rest}");
    }
}

// --- Subtraction per dimension ---

/// A member of a role who answers every statement with item score 2, but
/// "don't know" to every statement of the dimensions given.
fn member_without(role: Option<Role>, unscored: &[Dimension]) -> Member {
    let notation: String = V1
        .items
        .iter()
        .map(|item| {
            if unscored.contains(&item.dimension) {
                'd'
            } else {
                '2'
            }
        })
        .collect();
    Member {
        questionnaire: V1,
        answers: scored_sheet(&notation),
        role,
    }
}

/// Whether a member has a score on a dimension.
fn has_score(member: &Member, dimension: Dimension) -> bool {
    score(&member.questionnaire, &member.answers)
        .dimensions
        .iter()
        .any(|d| d.dimension == dimension && d.score.is_some())
}

/// Per role group in role order, one letter per dimension of V1: `s` shown,
/// `w` withheld on that dimension by the subtraction rule, `-` too few
/// scores in the group; a whole group withheld is `W`, too small `t`.
fn states_per_dimension(gap: &sis::core::team::gap::PerceptionGap) -> String {
    let letters: Vec<String> = gap
        .groups
        .iter()
        .map(|group| match &group.profile {
            Group::TooSmall { .. } => "t".to_owned(),
            Group::Withheld { .. } => "W".to_owned(),
            Group::Shown(profile) => gap
                .means
                .iter()
                .zip(&profile.dimensions)
                .map(|(row, stats)| match stats {
                    Some(_) => 's',
                    None if row.withheld.contains(&group.role) => 'w',
                    None => '-',
                })
                .collect(),
        })
        .collect();
    letters.join(" ")
}

/// The subtraction rule holds per dimension, over the members with a score
/// on it: a role group is withheld on exactly the dimensions where the
/// scored members outside the shown groups would be 1 to the minimum less one.
#[test]
fn groups_are_withheld_on_a_dimension_whose_scored_rest_could_be_derived() {
    use Dimension::{Organisation, Purpose, Society, Team};
    // (min, groups of (role, members, members of them without a score on
    // these dimensions)), the expected states (see `states_per_dimension`).
    type Case = (
        usize,
        &'static [(Option<Role>, usize, usize, &'static [Dimension])],
        &'static str,
    );
    let cases: [Case; 8] = [
        // The defect found: overall rest 3, but on the internal
        // organisation only 1 of the 7 scored is outside the two groups.
        (
            3,
            &[
                (Some(Role::Employee), 3, 0, &[]),
                (Some(Role::Manager), 3, 0, &[]),
                (None, 3, 2, &[Organisation]),
            ],
            "sssss sswss",
        ),
        // Rest exactly 0 on the dimension: nothing to work out.
        (
            3,
            &[
                (Some(Role::Employee), 3, 0, &[]),
                (Some(Role::Manager), 3, 0, &[]),
                (None, 3, 3, &[Organisation]),
            ],
            "sssss sssss",
        ),
        // Rest exactly the minimum on the dimension.
        (
            3,
            &[
                (Some(Role::Employee), 3, 0, &[]),
                (Some(Role::Manager), 3, 0, &[]),
                (None, 4, 1, &[Organisation]),
            ],
            "sssss sssss",
        ),
        // Rest 2 of minimum 5 on one dimension only: the smaller group goes there.
        (
            5,
            &[
                (Some(Role::Employee), 5, 0, &[]),
                (Some(Role::Manager), 6, 0, &[]),
                (None, 5, 3, &[Society]),
            ],
            "swsss sssss",
        ),
        // Rest 4 of minimum 5, on two dimensions; a tie goes to the later role.
        (
            5,
            &[
                (Some(Role::Employee), 5, 0, &[]),
                (Some(Role::Manager), 5, 0, &[]),
                (None, 5, 1, &[Purpose, Team]),
            ],
            "sssss wssws",
        ),
        // The rest is in a shown group: 2 employees have a purpose score,
        // too few to show, but the team and the managers would give theirs.
        (
            3,
            &[
                (Some(Role::Employee), 4, 2, &[Purpose]),
                (Some(Role::Manager), 4, 0, &[]),
            ],
            "-ssss wssss",
        ),
        // The same with a third group large enough to cover it.
        (
            3,
            &[
                (Some(Role::Employee), 4, 2, &[Purpose]),
                (Some(Role::Manager), 4, 0, &[]),
                (None, 3, 0, &[]),
            ],
            "-ssss sssss",
        ),
        // Whole groups withheld first, by their counts, as before.
        (
            5,
            &[
                (Some(Role::Employee), 5, 0, &[]),
                (Some(Role::Manager), 5, 0, &[]),
                (Some(Role::Director), 2, 0, &[]),
            ],
            "sssss W t",
        ),
    ];
    for (min, groups, expected) in cases {
        let members: Vec<Member> = groups
            .iter()
            .flat_map(|&(role, n, unscored, dimensions)| {
                (0..n)
                    .map(move |i| member_without(role, if i < unscored { dimensions } else { &[] }))
            })
            .collect();
        let analysis = analyse(&members, min);
        let gap = analysis.gap.expect("the whole team is shown");
        assert_eq!(states_per_dimension(&gap), expected, "{groups:?} min {min}");
        assert_eq!(
            gap,
            perception_gap(&v1(), &members, min),
            "one rule either way"
        );
        for group in &gap.groups {
            if let Group::Shown(profile) = &group.profile {
                if profile.dimensions.iter().any(Option::is_none) {
                    // The index needs every mean, so it cannot give a withheld one away.
                    assert_eq!(profile.index, None, "{expected}: {:?}", group.role);
                }
            }
        }
    }
}

/// The reproduction with its numbers: 9 members, minimum 3; on the internal
/// organisation the team's mean over 7 and both groups' means would give
/// the one remaining member's score, so one group's mean there is withheld.
#[test]
fn the_one_scored_rest_of_a_dimension_cannot_be_worked_out() {
    let sheet = |organisation: char, role| {
        let notation: String = V1
            .items
            .iter()
            .map(|item| {
                if item.dimension == Dimension::Organisation {
                    organisation
                } else {
                    '2'
                }
            })
            .collect();
        Member {
            questionnaire: V1,
            answers: scored_sheet(&notation),
            role,
        }
    };
    let mut members = Vec::new();
    for organisation in ['1', '2', '3'] {
        members.push(sheet(organisation, Some(Role::Employee)));
        members.push(sheet(organisation, Some(Role::Manager)));
    }
    members.push(sheet('4', None));
    members.push(sheet('d', None));
    members.push(sheet('d', None));
    let analysis = analyse(&members, 3);
    let team = analysis.profile.shown().expect("shown");
    let whole = team.dimension(Dimension::Organisation).expect("7 scores");
    assert_eq!((whole.n, whole.mean.round()), (7, 57.0));
    let gap = analysis.gap.expect("shown");
    let row = &gap.means[V1.position_of(Dimension::Organisation).expect("measured")];
    assert_eq!(
        row.by_role,
        [(Role::Employee, Some(50.0)), (Role::Manager, None)]
    );
    assert_eq!(row.withheld, [Role::Manager]);
    // Both groups are still shown, with their other means.
    assert_eq!(gap.shown().len(), 2);
    assert!(gap
        .means
        .iter()
        .filter(|r| r.dimension != Dimension::Organisation)
        .all(|r| r.by_role.iter().all(|(_, m)| m.is_some())));
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(2_000)
    })]

    /// For every dimension the team view shows, the members with a score on
    /// it that no shown group covers there are none or at least the minimum.
    #[test]
    fn no_scored_rest_below_the_minimum_on_any_dimension(
        members in proptest::collection::vec(any_member(), 0..20),
        requested in 0usize..9,
    ) {
        let min = clamp_min_group(requested);
        let analysis = analyse(&members, requested);
        let (Some(team), Some(gap)) = (analysis.profile.shown(), analysis.gap.as_ref()) else {
            return Ok(());
        };
        for (position, &dimension) in V1.dimensions.iter().enumerate() {
            let scored = members.iter().filter(|m| has_score(m, dimension)).count();
            let whole = team.dimensions[position].as_ref().map_or(0, |s| s.n);
            prop_assert!(whole == scored || (whole == 0 && scored < min));
            let covered: usize = gap
                .shown()
                .iter()
                .filter_map(|(_, p)| Some(p.dimensions[position].as_ref()?.n))
                .sum();
            if whole > 0 {
                let rest = scored - covered;
                prop_assert!(rest == 0 || rest >= min, "{dimension:?}: rest {rest} of {scored}, min {min}");
            } else {
                prop_assert_eq!(covered, 0);
            }
            let row = &gap.means[position];
            prop_assert_eq!(row.dimension, dimension);
            for role in &row.withheld {
                // Withheld on a dimension only where the group had enough scores.
                let in_group = members
                    .iter()
                    .filter(|m| m.role == Some(*role) && has_score(m, dimension))
                    .count();
                prop_assert!(in_group >= min);
                prop_assert!(row.by_role.contains(&(*role, None)));
            }
        }
    }
}
