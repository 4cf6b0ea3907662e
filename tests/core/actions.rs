//! The action plan: the catalogue's ids, which actions a result offers, the
//! rules of a plan (at most three, no repeats, one's own words), dates, and
//! how the focus of a chosen step moved between two scans.

use sis::core::i18n::Lang;
use sis::core::model::{Dimension, Theme};
use sis::core::questionnaire::V1;
use sis::core::scan::actions::{
    movements, offered, Action, ActionPlan, AddError, Chosen, Day, Focus, MAX_CHOSEN, MAX_OWN_CHARS,
};
use sis::core::scan::scoring::score;

use super::support::scored_sheet;

#[test]
fn every_action_id_reads_back_and_no_other_spelling_does() {
    let all: Vec<Action> = Action::all().collect();
    assert_eq!(all.len(), 5 * 3 + 13);
    for action in &all {
        assert_eq!(
            Action::from_id(&action.id()),
            Some(*action),
            "{}",
            action.id()
        );
    }
    let ids: std::collections::HashSet<String> = all.iter().map(|a| a.id()).collect();
    assert_eq!(ids.len(), all.len(), "ids are distinct");
    assert_eq!(
        Action::Dimension(Dimension::Organisation, 1).id(),
        "organisation-2"
    );
    assert_eq!(
        Action::Theme(Theme::LearningCapacity).id(),
        "theme-learning-capacity"
    );
    for wrong in [
        "",
        "purpose",
        "purpose-0",
        "purpose-4",
        "purpose-01",
        "purpose-+1",
        "Purpose-1",
        "purpose-1 ",
        "theme-",
        "theme-x",
        "theme-Curiosity",
        "curiosity",
        "theme-purpose",
    ] {
        assert_eq!(Action::from_id(wrong), None, "{wrong:?}");
    }
}

#[test]
fn focus_ids_read_back_and_dimensions_and_themes_never_share_one() {
    let all: Vec<Focus> = Dimension::ALL
        .iter()
        .map(|&d| Focus::Dimension(d))
        .chain(Theme::ALL.iter().map(|&t| Focus::Theme(t)))
        .collect();
    for focus in &all {
        assert_eq!(Focus::from_id(focus.id()), Some(*focus));
    }
    let ids: std::collections::HashSet<&str> = all.iter().map(|f| f.id()).collect();
    assert_eq!(ids.len(), all.len());
    assert_eq!(Focus::from_id("nonsense"), None);
}

#[test]
fn every_action_has_its_own_text_in_every_language() {
    for &lang in Lang::ALL {
        let texts: std::collections::HashSet<&str> = Action::all()
            .map(|action| action.text().get(lang))
            .collect();
        assert_eq!(texts.len(), Action::all().count(), "{lang:?}: distinct");
        for action in Action::all() {
            let text = action.text().get(lang);
            assert!(
                text.len() > 20 && text.ends_with(['.', '?']),
                "{lang:?} {}: {text}",
                action.id()
            );
        }
    }
}

#[test]
fn a_result_offers_the_actions_of_its_two_weakest_dimensions_and_themes() {
    use Dimension::*;
    // (item scores, the two weakest dimensions, weakest first)
    let cases = [
        ("333333 222222 444444 000000 111111", [Team, Individual]),
        ("000000 444444 444444 444444 111111", [Purpose, Individual]),
        // Equal scores: the model's order decides.
        ("222222 222222 222222 222222 222222", [Purpose, Society]),
    ];
    for (answers, weakest) in cases {
        let result = score(&V1, &scored_sheet(answers));
        let offered = offered(&result);
        let expected_dimensions: Vec<Action> = weakest
            .iter()
            .flat_map(|&d| (0..3).map(move |n| Action::Dimension(d, n)))
            .collect();
        assert_eq!(offered[..6], expected_dimensions[..], "{answers}");
        // The two lowest theme scores, a tie going to the earlier theme.
        let mut themes: Vec<(usize, f64)> = result
            .themes
            .iter()
            .enumerate()
            .filter_map(|(i, t)| Some((i, t.score?)))
            .collect();
        themes.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        let expected_themes: Vec<Action> = themes
            .iter()
            .take(2)
            .map(|&(i, _)| Action::Theme(Theme::ALL[i]))
            .collect();
        assert_eq!(offered[6..], expected_themes[..], "{answers}");
    }
}

#[test]
fn only_parts_with_a_score_offer_actions() {
    let nothing = score(&V1, &scored_sheet(".............................."));
    assert!(offered(&nothing).is_empty());
    // Only purpose scored: its three actions, and the themes that have a score.
    let purpose_only = score(&V1, &scored_sheet("111111 ...... ...... ...... ......"));
    let offered = offered(&purpose_only);
    assert_eq!(
        &offered[..3],
        &(0..3)
            .map(|n| Action::Dimension(Dimension::Purpose, n))
            .collect::<Vec<_>>()[..]
    );
    assert!(offered[3..].iter().all(|action| matches!(action, Action::Theme(t) if purpose_only.themes[t.index()].score.is_some())));
}

#[test]
fn dates_are_real_days_written_as_a_date_field_writes_them() {
    let valid = [
        ("2026-12-31", (2026, 12, 31)),
        ("2028-02-29", (2028, 2, 29)),
        ("2000-02-29", (2000, 2, 29)),
        ("9999-01-01", (9999, 1, 1)),
    ];
    for (text, (year, month, day)) in valid {
        let parsed = Day::parse(text).expect(text);
        assert_eq!((parsed.year, parsed.month, parsed.day), (year, month, day));
        assert_eq!(parsed.iso(), text);
    }
    for invalid in [
        "",
        "2026-13-01",
        "2026-00-10",
        "2026-02-29",
        "2100-02-29",
        "2026-04-31",
        "2026-1-01",
        "26-01-01",
        "1999-12-31",
        "2026/01/01",
        "+026-01-01",
        "2026-01-0x",
        " 2026-01-01",
    ] {
        assert_eq!(Day::parse(invalid), None, "{invalid:?}");
    }
}

#[test]
fn a_plan_holds_three_distinct_steps_and_own_words_are_trimmed_and_cut() {
    let mut plan = ActionPlan::new(1);
    let team = Action::Dimension(Dimension::Team, 0);
    assert_eq!(plan.add(Chosen::Offered(team)), Ok(()));
    assert_eq!(
        plan.add(Chosen::Offered(team)),
        Err(AddError::AlreadyChosen)
    );
    assert_eq!(
        plan.add(Chosen::Own {
            text: "   ".into(),
            focus: None
        }),
        Err(AddError::Empty)
    );
    let long = format!("  {}  ", "é".repeat(MAX_OWN_CHARS + 50));
    assert_eq!(
        plan.add(Chosen::Own {
            text: long,
            focus: Some(Focus::Theme(Theme::Curiosity))
        }),
        Ok(())
    );
    match &plan.actions[1].what {
        Chosen::Own { text, .. } => assert_eq!(text.chars().count(), MAX_OWN_CHARS),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        plan.add(Chosen::Own {
            text: " Talk to HR ".into(),
            focus: None
        }),
        Ok(())
    );
    assert!(matches!(&plan.actions[2].what, Chosen::Own { text, .. } if text == "Talk to HR"));
    assert_eq!(plan.actions.len(), MAX_CHOSEN);
    assert_eq!(
        plan.add(Chosen::Offered(Action::Theme(Theme::Agility))),
        Err(AddError::Full)
    );
    assert!(plan.has(team));
    plan.set_due(0, Day::parse("2027-01-15"));
    plan.set_due(9, Day::parse("2027-01-15"));
    assert_eq!(plan.actions[0].due, Day::parse("2027-01-15"));
    plan.remove(0);
    plan.remove(9);
    assert!(!plan.has(team));
    assert_eq!(plan.actions.len(), 2);
}

#[test]
fn movements_give_the_focus_scores_then_and_now() {
    let then = score(&V1, &scored_sheet("222222 222222 111111 222222 222222"));
    let now = score(&V1, &scored_sheet("222222 222222 333333 222222 ......"));
    let mut plan = ActionPlan::new(1);
    plan.add(Chosen::Offered(Action::Dimension(
        Dimension::Organisation,
        2,
    )))
    .unwrap();
    plan.add(Chosen::Own {
        text: "Coach".into(),
        focus: Some(Focus::Dimension(Dimension::Individual)),
    })
    .unwrap();
    plan.add(Chosen::Own {
        text: "Something".into(),
        focus: None,
    })
    .unwrap();
    let moved = movements(&plan, &then, &now);
    assert_eq!(moved.len(), 3);
    assert_eq!(moved[0].scores, Some((25.0, 75.0)));
    // Individual has no score now; the last step names no focus.
    assert_eq!(moved[1].scores, None);
    assert_eq!(moved[2].scores, None);
    // A theme's scores come from the theme profile.
    let mut themed = ActionPlan::new(1);
    themed
        .add(Chosen::Offered(Action::Theme(Theme::Collaboration)))
        .unwrap();
    let theme = Theme::Collaboration.index();
    assert_eq!(
        movements(&themed, &then, &now)[0].scores,
        Some((
            then.themes[theme].score.unwrap(),
            now.themes[theme].score.unwrap()
        ))
    );
}

#[test]
fn a_check_box_toggles_an_action_and_a_full_plan_takes_no_more() {
    let mut plan = ActionPlan::new(1);
    let actions = [
        Action::Theme(Theme::Agility),
        Action::Theme(Theme::Curiosity),
        Action::Dimension(Dimension::Team, 2),
        Action::Theme(Theme::Openness),
    ];
    for action in actions {
        plan.toggle(action);
    }
    assert_eq!(plan.actions.len(), MAX_CHOSEN);
    assert!(!plan.has(actions[3]), "a full plan takes no more");
    plan.toggle(actions[1]);
    assert!(!plan.has(actions[1]));
    assert!(plan.has(actions[0]) && plan.has(actions[2]));
}

#[test]
fn a_movement_is_shown_in_whole_scores_and_errors_say_what_is_wrong() {
    use sis::core::i18n::Text;
    use sis::core::scan::actions::{ChosenAction, Movement, Shift};
    let step = |focus: Option<Focus>| ChosenAction {
        what: Chosen::Own {
            text: "x".into(),
            focus,
        },
        due: None,
    };
    let team = Some(Focus::Dimension(Dimension::Team));
    // (the step's focus, the scores then and now, what is shown)
    let cases = [
        (
            team,
            Some((46.0, 58.2)),
            Some(Shift::Moved {
                before: 46,
                after: 58,
            }),
        ),
        // 62.5 and 63.4 both show as 63: it stayed.
        (team, Some((62.5, 63.4)), Some(Shift::Stayed(63))),
        (team, None, Some(Shift::NoComparison)),
        (None, None, None),
    ];
    for (focus, scores, shown) in cases {
        let movement = Movement {
            action: step(focus),
            scores,
        };
        assert_eq!(
            movement.shift().map(|(_, shift)| shift),
            shown,
            "{scores:?}"
        );
    }
    assert_eq!(AddError::Full.text(), Some(Text::PlanFull));
    assert_eq!(AddError::Empty.text(), Some(Text::PlanOwnEmpty));
    assert_eq!(AddError::AlreadyChosen.text(), None);
}
