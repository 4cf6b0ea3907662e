//! The stored action plans: format, golden file, faults, and which plan is
//! "last time" for a result.

use sis::core::model::{Dimension, Theme};
use sis::core::scan::actions::{Action, ActionPlan, Chosen, ChosenAction, Day, Focus};
use sis::core::storage::plans::{
    decode_plans, encode_plans, keep, plan_of, previous_plan, MAX_PLANS,
};
use sis::core::storage::records::LoadError;

use super::support::{check_golden, data_path};

fn step(what: Chosen, due: Option<&str>) -> ChosenAction {
    ChosenAction {
        what,
        due: due.map(|text| Day::parse(text).expect("a day")),
    }
}

fn sample() -> Vec<ActionPlan> {
    vec![
        ActionPlan {
            scan: 1_764_000_000_000,
            actions: vec![
                step(
                    Chosen::Offered(Action::Dimension(Dimension::Organisation, 1)),
                    Some("2026-12-31"),
                ),
                step(Chosen::Offered(Action::Theme(Theme::Curiosity)), None),
                step(
                    Chosen::Own {
                        text: "Ask \"why\" once a day <b>& listen</b>".into(),
                        focus: Some(Focus::Dimension(Dimension::Team)),
                    },
                    Some("2027-02-28"),
                ),
            ],
        },
        ActionPlan {
            scan: 1_764_100_000_000,
            actions: vec![step(
                Chosen::Own {
                    text: "Coffee with the works council".into(),
                    focus: None,
                },
                None,
            )],
        },
    ]
}

#[test]
fn plans_round_trip_and_v1_is_golden() {
    let text = encode_plans(&sample());
    check_golden("stored/plans-v1.json", &(text.clone() + "\n"));
    let loaded = decode_plans(&text).expect("own output loads");
    assert_eq!(loaded.value, sample());
    assert_eq!(loaded.dropped, 0);
    let golden = std::fs::read_to_string(data_path("stored/plans-v1.json")).expect("golden");
    assert_eq!(
        decode_plans(golden.trim()).expect("v1 loads").value,
        sample()
    );
}

#[test]
fn faults_are_told_apart_and_unreadable_steps_are_dropped() {
    // (stored text, the error, or the plans' step counts and the dropped count)
    let errors: [(&str, LoadError); 6] = [
        ("not json", LoadError::Corrupt(String::new())),
        (r#"{"version":2,"steps":[]}"#, LoadError::Newer(2)),
        (r#"{"version":0,"steps":[]}"#, LoadError::UnknownVersion(0)),
        (
            r#"{"version":1,"steps":{}}"#,
            LoadError::Malformed(String::new()),
        ),
        (
            r#"{"version":1,"steps":[{"action":"team-1"}]}"#,
            LoadError::Malformed(String::new()),
        ),
        (
            r#"{"version":1,"steps":[{"scan":1,"action":"team-1","own":"x"}]}"#,
            LoadError::Malformed(String::new()),
        ),
    ];
    for (text, expected) in errors {
        let error = decode_plans(text).expect_err(text);
        assert_eq!(
            std::mem::discriminant(&error),
            std::mem::discriminant(&expected),
            "{text}: {error:?}"
        );
    }
    // (stored text, the steps per plan, the steps dropped)
    let dropped = [
        (
            r#"{"version":1,"steps":[{"scan":1,"action":"team-9","due":null},{"scan":1,"action":"team-1","due":null}]}"#,
            vec![1],
            1,
        ),
        (
            r#"{"version":1,"steps":[{"scan":1,"action":"team-1","due":"2026-02-30"}]}"#,
            vec![],
            1,
        ),
        (
            r#"{"version":1,"steps":[{"scan":1,"own":"  ","focus":null,"due":null}]}"#,
            vec![],
            1,
        ),
        (
            r#"{"version":1,"steps":[{"scan":1,"own":"x","focus":"nowhere","due":null}]}"#,
            vec![],
            1,
        ),
        // More than three steps of one plan: the first three are kept.
        (
            r#"{"version":1,"steps":[{"scan":1,"action":"team-1"},{"scan":1,"action":"team-2"},{"scan":2,"action":"team-1"},{"scan":1,"action":"team-3"},{"scan":1,"action":"purpose-1"}]}"#,
            vec![3, 1],
            1,
        ),
        // Unknown fields of a later minor change are ignored.
        (
            r#"{"version":1,"steps":[{"scan":1,"action":"team-1","due":null,"note":"x"}],"extra":true}"#,
            vec![1],
            0,
        ),
    ];
    for (text, counts, dropped_steps) in dropped {
        let loaded = decode_plans(text).expect(text);
        assert_eq!(
            loaded
                .value
                .iter()
                .map(|p| p.actions.len())
                .collect::<Vec<_>>(),
            counts,
            "{text}"
        );
        assert_eq!(loaded.dropped, dropped_steps, "{text}");
    }
}

#[test]
fn keeping_replaces_a_scans_plan_drops_empty_ones_and_keeps_the_newest() {
    let mut plans = sample();
    let mut changed = plans[0].clone();
    changed.actions.truncate(1);
    keep(&mut plans, changed.clone());
    assert_eq!(plan_of(&plans, changed.scan), Some(&changed));
    assert_eq!(plans.len(), 2);
    keep(&mut plans, ActionPlan::new(changed.scan));
    assert_eq!(plan_of(&plans, changed.scan), None);
    for scan in 0..(MAX_PLANS as i64 + 5) {
        let mut plan = ActionPlan::new(scan);
        plan.add(Chosen::Offered(Action::Theme(Theme::Agility)))
            .unwrap();
        keep(&mut plans, plan);
    }
    assert_eq!(plans.len(), MAX_PLANS);
    assert_eq!(plans.first().map(|p| p.scan), Some(5));
}

#[test]
fn last_time_is_the_plan_of_the_latest_earlier_scan() {
    let plans = sample();
    let (first, second) = (plans[0].scan, plans[1].scan);
    assert_eq!(previous_plan(&plans, first).map(|p| p.scan), None);
    assert_eq!(previous_plan(&plans, second).map(|p| p.scan), Some(first));
    assert_eq!(
        previous_plan(&plans, second + 1).map(|p| p.scan),
        Some(second)
    );
}

#[test]
fn at_start_unreadable_plans_are_set_aside_and_newer_ones_left_alone() {
    use sis::core::storage::plans::plans_at_start;
    use sis::core::storage::session::{Notice, Read};
    let good = encode_plans(&sample());
    // (what storage gave, plans read, writable, notice)
    let cases = [
        (Read::Missing, 0, true, None),
        (Read::Failed, 0, true, Some(Notice::StorageUnavailable)),
        (Read::Found(good), 2, true, None),
        (Read::Found("{".into()), 0, true, Some(Notice::StoredCorrupt)),
        (Read::Found(r#"{"version":7,"steps":[]}"#.into()), 0, false, Some(Notice::StoredNewer)),
        (
            Read::Found(r#"{"version":1,"steps":[{"scan":1,"action":"team-7"},{"scan":2,"action":"team-1"}]}"#.into()),
            1,
            true,
            Some(Notice::StoredRepaired),
        ),
    ];
    for (read, plans, writable, notice) in cases {
        let start = plans_at_start(read.clone());
        assert_eq!(
            (start.list.len(), start.writable, start.notice),
            (plans, writable, notice),
            "{read:?}"
        );
    }
}

#[test]
fn last_time_needs_the_earlier_scan_in_the_history_and_compares_with_it() {
    use sis::core::links::share::SharedResult;
    use sis::core::questionnaire::V1;
    use sis::core::scan::scoring::score;
    use sis::core::storage::history::HistoryEntry;
    use sis::core::storage::plans::last_time;

    use super::support::scored_sheet;
    let plans = sample();
    let (first, second) = (plans[0].scan, plans[1].scan);
    let entry = |scan: i64, answers: &str| HistoryEntry {
        scan,
        finished: scan + 1,
        result: SharedResult {
            questionnaire: V1,
            role: None,
            answers: scored_sheet(answers),
        },
    };
    let then = entry(first, "222222 222222 111111 222222 222222");
    let now = score(&V1, &scored_sheet("222222 222222 333333 222222 222222"));
    let last = last_time(&plans, std::slice::from_ref(&then), second, &now).expect("last time");
    assert_eq!(last.finished, first + 1);
    assert_eq!(last.movements.len(), 3);
    // organisation-2: Internal organisation, 25 then and 75 now.
    assert_eq!(last.movements[0].scores, Some((25.0, 75.0)));
    // Without that scan in the history, or for the first scan: nothing.
    assert_eq!(last_time(&plans, &[], second, &now), None);
    assert_eq!(last_time(&plans, &[then], first, &now), None);
}
