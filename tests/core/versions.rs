//! Questionnaire versions are data: a test-only version of another size (four
//! dimensions of five items) runs through scoring, team aggregation and the
//! chart geometry, and every member of a team is scored against the version
//! of their own link.

use sis::core::chart::results_radar;
use sis::core::i18n::{fill_questionnaire, Statement};
use sis::core::links::share;
use sis::core::links::team::{aggregate_code_length, encode_aggregate};
use sis::core::model::{Dimension, Key, Role, Theme};
use sis::core::questionnaire::{Item, Questionnaire, V1};
use sis::core::scan::answers::{Answer, AnswerSheet, Likert};
use sis::core::scan::scoring::{score, Extremes};
use sis::core::team::aggregate::aggregate_summary;
use sis::core::team::{analyse, Group, Member};

use super::support::scored_sheet;

/// The dimensions of the test version: the model's, without the internal
/// organisation.
const SMALL_DIMENSIONS: [Dimension; 4] = [
    Dimension::Purpose,
    Dimension::Society,
    Dimension::Team,
    Dimension::Individual,
];

/// The themes of the five items of each dimension, in order.
const SMALL_THEMES: [&[Theme]; 5] = [
    &[Theme::Reflection],
    &[Theme::Collaboration],
    &[Theme::Curiosity, Theme::Openness],
    &[Theme::Agility],
    &[Theme::Responsibility],
];

/// A version that no app publishes: four dimensions of five items, the last
/// of each reverse-keyed. Its statements borrow version 1's words.
fn small() -> Questionnaire {
    let items: Vec<Item> = SMALL_DIMENSIONS
        .iter()
        .flat_map(|&dimension| {
            (0..5).map(move |position| Item {
                id: Box::leak(format!("{}-{}", dimension.id(), position + 1).into_boxed_str()),
                dimension,
                key: if position == 4 {
                    Key::Reverse
                } else {
                    Key::Positive
                },
                themes: SMALL_THEMES[position],
                text: Statement::V1(position),
            })
        })
        .collect();
    Questionnaire {
        version: 99,
        dimensions: &SMALL_DIMENSIONS,
        items: Box::leak(items.into_boxed_slice()),
    }
}

/// A sheet on `questionnaire` from the item scores wanted, whatever each
/// item's key: `0`-`4` give 0, 25, 50, 75 or 100; `d` "don't know"; `.` no
/// answer. Spaces are ignored.
fn sheet(questionnaire: &Questionnaire, notation: &str) -> AnswerSheet {
    let symbols: Vec<char> = notation.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(symbols.len(), questionnaire.item_count(), "{notation}");
    let answers = symbols
        .iter()
        .zip(questionnaire.items)
        .map(|(&symbol, item)| match symbol {
            '.' => None,
            'd' => Some(Answer::DontKnow),
            digit => {
                let steps = digit.to_digit(10).expect("0-4") as u8;
                let value = match item.key {
                    Key::Positive => steps + 1,
                    Key::Reverse => 5 - steps,
                };
                Some(Answer::Scale(Likert::new(value).expect("1-5")))
            }
        })
        .collect();
    AnswerSheet::from_answers(answers)
}

fn member(questionnaire: Questionnaire, notation: &str, role: Option<Role>) -> Member {
    Member {
        answers: sheet(&questionnaire, notation),
        questionnaire,
        role,
    }
}

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 1e-9
}

#[test]
fn a_version_of_another_size_is_scored_on_its_own_dimensions() {
    let small = small();
    let result = score(&small, &sheet(&small, "44444 22222 00000 13131"));
    let dimensions: Vec<(Dimension, Option<f64>)> = result
        .dimensions
        .iter()
        .map(|d| (d.dimension, d.score))
        .collect();
    assert_eq!(
        dimensions,
        [
            (Dimension::Purpose, Some(100.0)),
            (Dimension::Society, Some(50.0)),
            (Dimension::Team, Some(0.0)),
            (Dimension::Individual, Some(45.0)),
        ]
    );
    assert_eq!(result.dimension(Dimension::Organisation), None);
    // The motor counts twice; coherence leaves it out.
    assert!(close(
        result.index.unwrap(),
        (2.0 * 100.0 + 50.0 + 0.0 + 45.0) / 5.0
    ));
    let others = [50.0, 0.0, 45.0];
    let mean = others.iter().sum::<f64>() / 3.0;
    let sd = (others.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / 3.0).sqrt();
    assert!(close(result.coherence.unwrap(), 100.0 - 2.0 * sd));
    assert_eq!(
        result.extremes,
        Extremes::Distinct {
            strongest: Dimension::Purpose,
            weakest: Dimension::Team,
        }
    );
    // Reflection is the first item of each dimension: 4, 2, 0 and 1 steps.
    let reflection = result.themes[Theme::Reflection.index()];
    assert_eq!((reflection.items, reflection.scored_items), (4, 4));
    assert!(close(reflection.score.unwrap(), 25.0 * 7.0 / 4.0));
    let not_carried = result.themes[Theme::Vulnerability.index()];
    assert_eq!((not_carried.items, not_carried.score), (0, None));

    // Four of five scored items give a score; three do not, and then there
    // is no index.
    let sparse = score(&small, &sheet(&small, "4444. 222.. 00000 1313d"));
    let scores: Vec<Option<f64>> = sparse.dimensions.iter().map(|d| d.score).collect();
    assert_eq!(scores, [Some(100.0), None, Some(0.0), Some(50.0)]);
    assert_eq!(sparse.index, None);
}

#[test]
fn texts_quote_the_numbers_of_the_version() {
    let template = "{items} · {minutes} · {least} · {per_dimension}";
    assert_eq!(fill_questionnaire(template, &V1), "30 · 7 · 4 · 6");
    assert_eq!(fill_questionnaire(template, &small()), "20 · 5 · 4 · 5");
}

#[test]
fn a_team_of_a_version_of_another_size_is_aggregated_on_it() {
    let small = small();
    let notations = [
        "44444 22222 00000 13131",
        "33333 22222 11111 22222",
        "44440 4444d 00000 .....",
        "22222 33333 44444 00000",
        "11111 11111 11111 11111",
        "4444. 0000. 2222. 3333.",
    ];
    let members: Vec<Member> = notations
        .iter()
        .map(|notation| member(small, notation, None))
        .collect();
    let analysis = analyse(&members, 5);
    assert_eq!(analysis.questionnaire, small);
    assert_eq!(analysis.other_versions, 0);
    let Group::Shown(profile) = &analysis.profile else {
        panic!("six members make a shown team");
    };
    assert_eq!(profile.n, 6);
    assert_eq!(profile.dimensions.len(), 4);
    // Each dimension's statistics are those of the members' own scores.
    for (position, &dimension) in SMALL_DIMENSIONS.iter().enumerate() {
        let scores: Vec<f64> = members
            .iter()
            .filter_map(|m| score(&small, &m.answers).dimension(dimension)?.score)
            .collect();
        let stats = profile.dimensions[position]
            .as_ref()
            .unwrap_or_else(|| panic!("{dimension:?} is shown"));
        assert_eq!(stats.dimension, dimension);
        assert_eq!(stats.n, scores.len(), "{dimension:?}");
        let mean = scores.iter().sum::<f64>() / scores.len() as f64;
        assert!(close(stats.mean, mean), "{dimension:?}");
    }
    assert_eq!(profile.dimension(Dimension::Organisation), None);
    // The spreads name items of this version.
    assert!(profile
        .most_disagreed
        .iter()
        .chain(&profile.most_agreed)
        .all(|spread| spread.index < small.item_count()));

    // The team link counts every item of this version, in the same frame.
    let Group::Shown(aggregate) = &analysis.aggregate else {
        panic!("a shown team has an aggregate");
    };
    assert_eq!(aggregate.counts.len(), small.item_count());
    assert!(aggregate
        .counts
        .iter()
        .all(|row| row.iter().sum::<u32>() == 6));
    assert_eq!(
        encode_aggregate(aggregate).len(),
        aggregate_code_length(small.item_count(), 6)
    );
    let summary = aggregate_summary(aggregate);
    assert_eq!(summary.items.len(), small.item_count());
    let axes: Vec<Dimension> = summary.dimensions.iter().map(|(d, _)| *d).collect();
    assert_eq!(axes, SMALL_DIMENSIONS);
}

#[test]
fn every_member_is_scored_against_the_version_of_their_link() {
    let small = small();
    let v1 = V1;
    let small_member = |role| member(small, "44444 22222 00000 13131", role);
    let v1_member = |role| Member {
        questionnaire: v1,
        answers: scored_sheet("444444 333333 222222 111111 000000"),
        role,
    };
    // The version most members answered is the team's; the others are
    // counted apart, never scored against a version they did not answer.
    let cases = [(6, 5, 99, 5), (5, 6, 1, 5), (6, 6, 99, 6), (0, 5, 1, 0)];
    for (smalls, v1s, version, other_versions) in cases {
        let members: Vec<Member> = (0..smalls)
            .map(|_| small_member(Some(Role::Employee)))
            .chain((0..v1s).map(|_| v1_member(Some(Role::Manager))))
            .collect();
        let analysis = analyse(&members, 5);
        let case = format!("{smalls} small, {v1s} v1");
        assert_eq!(analysis.questionnaire.version, version, "{case}");
        assert_eq!(analysis.other_versions, other_versions, "{case}");
        let Group::Shown(profile) = &analysis.profile else {
            panic!("{case}: shown");
        };
        assert_eq!(profile.n, members.len() - other_versions, "{case}");
        // Every counted member has the same scores, so the mean is theirs.
        let purpose = profile.dimension(Dimension::Purpose).expect("purpose");
        assert!(close(purpose.mean, 100.0), "{case}: {}", purpose.mean);
        assert_eq!(
            profile.dimensions.len(),
            analysis.questionnaire.dimensions.len(),
            "{case}"
        );
    }
}

#[test]
fn the_radar_has_one_axis_per_dimension_of_the_version() {
    let small = small();
    let result = score(&small, &sheet(&small, "44444 22222 00000 13131"));
    let chart = results_radar(500.0, 400.0, &[&result]);
    let axes: Vec<Dimension> = chart.axes.iter().map(|axis| axis.dimension).collect();
    assert_eq!(axes, SMALL_DIMENSIONS);
    // Four axes: up, right, down, left.
    let (cx, cy) = chart.center;
    let r = chart.radius;
    let expected = [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)];
    for (axis, (x, y)) in chart.axes.iter().zip(expected) {
        assert!((axis.tip.0 - x).abs() < 1e-9 && (axis.tip.1 - y).abs() < 1e-9);
    }
    assert!(chart.rings.iter().all(|(_, ring)| ring.len() == 4));
    let points = &chart.series[0].points;
    assert_eq!(points.len(), 4);
    assert_eq!(points[0], Some(chart.axes[0].tip), "purpose scores 100");
    assert_eq!(points[2], Some(chart.center), "team scores 0");
    assert_eq!(chart.series[0].segments().len(), 4, "a closed square");
}

#[test]
fn a_result_link_of_format_1_never_misreads_a_version_of_another_size() {
    // Format 1 holds thirty answers; a version of another size needs a later
    // format, and until then its link is one no app reads as a result.
    let small = small();
    let result = share::SharedResult {
        questionnaire: small,
        role: None,
        answers: sheet(&small, "44444 22222 00000 13131"),
    };
    assert!(share::decode(&share::encode(&result)).is_err());
}

#[test]
fn rounds_of_two_versions_line_up_by_dimension_and_say_so() {
    use sis::core::scan::actions::Day;
    use sis::core::team::rounds::{trend, Round, RoundsNote};
    let small = small();
    let round = |id: i64, questionnaire: Questionnaire, notation: &str, min: usize| {
        let members: Vec<Member> = (0..4)
            .map(|_| member(questionnaire, notation, None))
            .collect();
        let analysis = analyse(&members, min);
        Round {
            id,
            team: "Zorg".into(),
            day: Day::parse(&format!("2026-0{id}-01")).expect("a day"),
            aggregate: analysis.aggregate.shown().expect("shown").clone(),
            roles: None,
        }
    };
    let earlier = round(1, V1, &"2".repeat(30), 3);
    let later = round(2, small, "33333 33333 33333 33333", 4);
    let lined_up = trend(&[&later, &earlier]);
    let rows: Vec<(Option<Dimension>, Vec<Option<f64>>)> = lined_up
        .dimensions
        .iter()
        .map(|row| (row.dimension, row.values.clone()))
        .collect();
    // Every dimension of either version, in the order they first occur; the
    // internal organisation is not in the small version.
    assert_eq!(
        rows,
        [
            (Some(Dimension::Purpose), vec![Some(50.0), Some(75.0)]),
            (Some(Dimension::Society), vec![Some(50.0), Some(75.0)]),
            (Some(Dimension::Organisation), vec![Some(50.0), None]),
            (Some(Dimension::Team), vec![Some(50.0), Some(75.0)]),
            (Some(Dimension::Individual), vec![Some(50.0), Some(75.0)]),
        ]
    );
    assert_eq!(lined_up.dimensions[2].shown_change(), None);
    assert_eq!(lined_up.dimensions[0].shown_change(), Some(25));
    assert_eq!(
        lined_up.notes,
        [
            RoundsNote::Versions(vec![1, 99]),
            RoundsNote::Minimums(vec![3, 4]),
            RoundsNote::NoRoles(2)
        ]
    );
}
