//! Moving through the scan and what keys mean on a question page.

use sis::core::questionnaire::V1;
use sis::core::scan::answers::{Answer, Likert};
use sis::core::scan::flow::{
    after_item, before_item, key_action, last_item, moved_option, options, KeyAction,
};
use sis::core::scan::progress::Stage;

#[test]
fn stages_follow_each_other() {
    let v1 = V1;
    assert_eq!(after_item(&v1, 0), Stage::Questions { item: 1 });
    assert_eq!(after_item(&v1, 28), Stage::Questions { item: 29 });
    assert_eq!(after_item(&v1, 29), Stage::Review);
    assert_eq!(last_item(&v1), Stage::Questions { item: 29 });
    assert_eq!(before_item(0), Stage::Intro);
    assert_eq!(before_item(5), Stage::Questions { item: 4 });
}

#[test]
fn keys_map_to_actions() {
    let scale = |v| KeyAction::AnswerAndAdvance(Answer::Scale(Likert::new(v).unwrap()));
    let cases = [
        ("1", true, scale(1)),
        ("5", false, scale(5)),
        ("0", false, KeyAction::AnswerAndAdvance(Answer::DontKnow)),
        ("6", true, KeyAction::None),
        ("Enter", true, KeyAction::Advance),
        ("Enter", false, KeyAction::None),
        ("ArrowDown", true, KeyAction::Move(1)),
        ("ArrowRight", true, KeyAction::Move(1)),
        ("ArrowUp", true, KeyAction::Move(-1)),
        ("ArrowLeft", false, KeyAction::None),
        ("a", true, KeyAction::None),
    ];
    for (key, in_group, expected) in cases {
        assert_eq!(key_action(key, in_group), expected, "{key} {in_group}");
    }
}

#[test]
fn arrows_wrap_around_the_six_options() {
    assert_eq!(options().len(), 6);
    assert_eq!(options().len(), sis::core::scan::flow::OPTION_COUNT);
    let cases = [
        (None, 1, 0),
        (None, -1, 5),
        (Some(0), -1, 5),
        (Some(5), 1, 0),
        (Some(2), 1, 3),
    ];
    for (current, step, expected) in cases {
        assert_eq!(
            moved_option(current, step, 6),
            expected,
            "{current:?} {step}"
        );
    }
}

#[test]
fn the_pre_rendered_screen_report_is_read_as_the_screen_left_it() {
    use sis::core::i18n::Lang;
    use sis::core::scan::flow::PreScreen;
    let read = |lang, on_intro, started, answer, focus: Option<&str>| {
        Some(PreScreen {
            lang,
            on_intro,
            started,
            answer,
            focus: focus.map(str::to_owned),
        })
    };
    let three = Some(Answer::Scale(Likert::new(3).unwrap()));
    let cases: &[(&str, Option<PreScreen>)] = &[
        (
            "nl intro - 0 ",
            read(Some(Lang::Nl), true, false, None, None),
        ),
        (
            "en question 3 0 q0-opt2",
            read(Some(Lang::En), false, false, three, Some("q0-opt2")),
        ),
        (
            "en question 0 1 ",
            read(Some(Lang::En), false, true, Some(Answer::DontKnow), None),
        ),
        // An answer counts only while its statement is on screen.
        (
            "nl intro 3 0 ",
            read(Some(Lang::Nl), true, false, None, None),
        ),
        (
            "en question - 1 q0-opt0",
            read(Some(Lang::En), false, true, None, Some("q0-opt0")),
        ),
        ("xx question 9 0", read(None, false, false, None, None)),
        ("nl elsewhere - 0", None),
        ("nl intro -", None),
        ("", None),
    ];
    for (report, expected) in cases {
        assert_eq!(&PreScreen::read(report), expected, "{report:?}");
    }
}
