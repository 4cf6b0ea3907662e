//! Moving through the scan: which stage follows which, and what a key press means.
//!
//! Pure rules, so the UI only asks "where next?" and keyboard handling is
//! tested natively.

use crate::core::i18n::Lang;
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::answers::{Answer, Likert};
use crate::core::scan::progress::Stage;

/// The stage after the item at `index`: the next item, or the review after the last.
pub fn after_item(questionnaire: &Questionnaire, index: usize) -> Stage {
    if index + 1 < questionnaire.item_count() {
        Stage::Questions { item: index + 1 }
    } else {
        Stage::Review
    }
}

/// The last item's stage: where "back" from the review goes.
pub fn last_item(questionnaire: &Questionnaire) -> Stage {
    Stage::Questions {
        item: questionnaire.item_count().saturating_sub(1),
    }
}

/// The stage before the item at `index`: the previous item, or the intro before the first.
pub fn before_item(index: usize) -> Stage {
    match index.checked_sub(1) {
        Some(previous) => Stage::Questions { item: previous },
        None => Stage::Intro,
    }
}

/// How many options an item has: the scale and "don't know".
pub const OPTION_COUNT: usize = (Likert::MAX - Likert::MIN + 1) as usize + 1;

/// The options of an item in their order on screen: the scale, then "don't know".
pub fn options() -> Vec<Answer> {
    Likert::all()
        .map(Answer::Scale)
        .chain(std::iter::once(Answer::DontKnow))
        .collect()
}

/// What a key pressed on a question page does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// Give this answer and go to the next item.
    AnswerAndAdvance(Answer),
    /// Go to the next item without changing the answer.
    Advance,
    /// Select the option this many places further (negative: back), wrapping.
    Move(isize),
    /// Not ours: let the browser handle it.
    None,
}

/// The meaning of a key on a question page. `in_group` says whether focus is
/// on the answer options, where arrows and Enter belong to the question.
pub fn key_action(key: &str, in_group: bool) -> KeyAction {
    match key {
        "0" => KeyAction::AnswerAndAdvance(Answer::DontKnow),
        "1" | "2" | "3" | "4" | "5" => key
            .parse::<u8>()
            .ok()
            .and_then(Likert::new)
            .map_or(KeyAction::None, |likert| {
                KeyAction::AnswerAndAdvance(Answer::Scale(likert))
            }),
        "Enter" if in_group => KeyAction::Advance,
        "ArrowRight" | "ArrowDown" if in_group => KeyAction::Move(1),
        "ArrowLeft" | "ArrowUp" if in_group => KeyAction::Move(-1),
        _ => KeyAction::None,
    }
}

/// The option index `step` places from `current` (or from before the first
/// option when nothing is selected), wrapping around.
pub fn moved_option(current: Option<usize>, step: isize, count: usize) -> usize {
    let count = count as isize;
    let start = match current {
        Some(index) => index as isize,
        None if step > 0 => -1,
        None => 0,
    };
    (start + step).rem_euclid(count) as usize
}

/// What the person did on the pre-rendered first screen before the app took
/// over, as `src/web/prerender.js` reports it: "lang view answers started
/// focus", separated by spaces. `view` is `intro`, the index of the statement
/// on screen, or `review` (past the last statement); `answers` has one
/// character per statement, its number key or `-` for none; `started` is `1`
/// when Start was pressed; `focus` is the id of the element that had the
/// focus (may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreScreen {
    /// The language shown last.
    pub lang: Lang,
    /// The stage shown last: the intro, a statement, or the review (the
    /// screen cannot draw it, so it waits there for the app).
    pub stage: Stage,
    /// Every statement's answer, in the questionnaire's order.
    pub answers: Vec<Option<Answer>>,
    /// Start was pressed.
    pub started: bool,
    /// The id of the element that had the focus, if any.
    pub focus: Option<String>,
}

impl PreScreen {
    /// Reads the report for a scan on `questionnaire`; `None` if it is not
    /// one (an unknown language, view or answer key, a statement index out
    /// of range, or not one answer per statement): a foreign or corrupt
    /// report is ignored as a whole.
    pub fn read(report: &str, questionnaire: &Questionnaire) -> Option<PreScreen> {
        let mut parts = report.split(' ');
        let (lang, view, answers, started) =
            (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        let focus = parts.next().unwrap_or("");
        if parts.next().is_some() {
            return None;
        }
        let lang = Lang::ALL.iter().copied().find(|each| each.tag() == lang)?;
        let count = questionnaire.item_count();
        let stage = match view {
            "intro" => Stage::Intro,
            "review" => Stage::Review,
            // Digits only: `usize::from_str` would also take a leading `+`.
            index if !index.is_empty() && index.bytes().all(|b| b.is_ascii_digit()) => {
                let item = index.parse::<usize>().ok().filter(|&item| item < count)?;
                Stage::Questions { item }
            }
            _ => return None,
        };
        let answers = answers
            .chars()
            .map(|key| match key {
                '-' => Some(None),
                key => match key_action(key.encode_utf8(&mut [0; 4]), true) {
                    KeyAction::AnswerAndAdvance(answer) => Some(Some(answer)),
                    _ => None,
                },
            })
            .collect::<Option<Vec<_>>>()
            .filter(|answers| answers.len() == count)?;
        let started = match started {
            "0" => false,
            "1" => true,
            _ => return None,
        };
        Some(PreScreen {
            lang,
            stage,
            answers,
            started,
            focus: Some(focus).filter(|id| !id.is_empty()).map(str::to_owned),
        })
    }
}
