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

/// A report's answers: `given` (statement index, key) on an otherwise empty
/// sheet of `count` statements, as `src/web/prerender.js` writes them.
fn answer_keys(count: usize, given: &[(usize, char)]) -> String {
    (0..count)
        .map(|index| {
            given
                .iter()
                .find(|(at, _)| *at == index)
                .map_or('-', |(_, key)| *key)
        })
        .collect()
}

#[test]
fn the_pre_rendered_screen_report_is_read_as_the_screen_left_it() {
    use sis::core::i18n::Lang;
    use sis::core::questionnaire::Questionnaire;
    use sis::core::scan::flow::PreScreen;
    let questionnaire = Questionnaire::current();
    let count = questionnaire.item_count();
    let none = answer_keys(count, &[]);
    let some = answer_keys(count, &[(0, '3'), (1, '0'), (2, '5'), (count - 1, '1')]);
    let scale = |value| Some(Answer::Scale(Likert::new(value).unwrap()));
    let mut some_read = vec![None; count];
    some_read[0] = scale(3);
    some_read[1] = Some(Answer::DontKnow);
    some_read[2] = scale(5);
    some_read[count - 1] = scale(1);
    let read = |lang, stage, answers: &[Option<Answer>], started, focus: Option<&str>| {
        Some(PreScreen {
            lang,
            stage,
            answers: answers.to_vec(),
            started,
            focus: focus.map(str::to_owned),
        })
    };
    let empty = vec![None; count];
    let last = count - 1;
    let cases: Vec<(String, Option<PreScreen>)> = vec![
        // Valid reports.
        (
            format!("nl intro {none} 0 "),
            read(Lang::Nl, Stage::Intro, &empty, false, None),
        ),
        (
            format!("nl intro {none} 0"),
            read(Lang::Nl, Stage::Intro, &empty, false, None),
        ),
        (
            format!("en 0 {none} 1 q0-opt0"),
            read(
                Lang::En,
                Stage::Questions { item: 0 },
                &empty,
                true,
                Some("q0-opt0"),
            ),
        ),
        (
            format!("de 3 {some} 1 q3-opt2"),
            read(
                Lang::De,
                Stage::Questions { item: 3 },
                &some_read,
                true,
                Some("q3-opt2"),
            ),
        ),
        (
            format!("en {last} {some} 0 lang-de"),
            read(
                Lang::En,
                Stage::Questions { item: last },
                &some_read,
                false,
                Some("lang-de"),
            ),
        ),
        (
            format!("nl review {some} 1 "),
            read(Lang::Nl, Stage::Review, &some_read, true, None),
        ),
        // Answers kept on the intro (after Back from the first statement).
        (
            format!("nl intro {some} 1 "),
            read(Lang::Nl, Stage::Intro, &some_read, true, None),
        ),
        // Corrupt or foreign reports.
        (format!("xx 0 {none} 0 "), None),
        (format!("EN 0 {none} 0 "), None),
        (format!("nl elsewhere {none} 0 "), None),
        (format!("nl question {none} 0 "), None),
        (format!("nl {count} {none} 0 "), None),
        (format!("nl 99999999999999999999999 {none} 0 "), None),
        (format!("nl +1 {none} 0 "), None),
        (format!("nl -1 {none} 0 "), None),
        (format!("nl  {none} 0 "), None),
        (format!("nl 0 {} 0 ", &none[1..]), None),
        (format!("nl 0 {none}- 0 "), None),
        (format!("nl 0 6{} 0 ", &none[1..]), None),
        (format!("nl 0 x{} 0 ", &none[1..]), None),
        (format!("nl 0 é{} 0 ", &none[1..]), None),
        (format!("nl 0 {none} 2 "), None),
        (format!("nl 0 {none} yes "), None),
        (format!("nl 0 {none} 0 q0-opt0 extra"), None),
        (format!("nl 0 {none}"), None),
        // The report of the screen before every statement was on it.
        ("en question 3 0 q0-opt2".to_owned(), None),
        ("nl intro - 0 ".to_owned(), None),
        (String::new(), None),
    ];
    for (report, expected) in &cases {
        assert_eq!(
            &PreScreen::read(report, &questionnaire),
            expected,
            "{report:?}"
        );
    }
}
