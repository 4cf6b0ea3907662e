//! The first screen's content, once: what the intro and a statement page show
//! that is not mere element structure (the intro's cards, the answer options
//! with their ids, keys and classes, the progress texts), as plain data
//! without Leptos or browser types. Texts are resolved from constant keys
//! (see `core::i18n`).
//!
//! The components `ui::scan::intro::IntroPage` and
//! `ui::scan::question::QuestionPage` render it, in the browser and, at build
//! time, natively to HTML for the pre-rendered first screen
//! (`ui::prerender`, printed by `sis-prerender`); [`script`] is that screen's
//! inline script with the data its rules need.

use crate::core::i18n::{fill, fill_questionnaire, Lang, Text};
use crate::core::model::Dimension;
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::answers::Answer;
use crate::core::scan::flow;

#[cfg(not(target_arch = "wasm32"))]
pub mod script;

/// One card of the intro in one language: a heading, paragraphs and, for
/// the model, the list of the questionnaire's dimensions.
#[derive(Debug, Clone)]
pub struct IntroCard {
    /// The heading's id, which the card's `aria-labelledby` names.
    pub id: &'static str,
    /// The heading.
    pub title: &'static str,
    /// The paragraphs under the heading.
    pub paragraphs: Vec<&'static str>,
    /// The dimensions the card lists at its end (none for most cards).
    pub dimensions: &'static [Dimension],
}

/// The intro's cards in `lang` for a scan on `questionnaire`, in their order
/// on the page.
pub fn intro_cards(questionnaire: &Questionnaire, lang: Lang) -> [IntroCard; 3] {
    [
        IntroCard {
            id: "model-title",
            title: Text::IntroModelTitle.get(lang),
            paragraphs: vec![Text::IntroModel.get(lang)],
            dimensions: questionnaire.dimensions,
        },
        IntroCard {
            id: "how-title",
            title: Text::IntroHowTitle.get(lang),
            paragraphs: vec![Text::IntroScale.get(lang), Text::IntroResult.get(lang)],
            dimensions: &[],
        },
        IntroCard {
            id: "privacy-title",
            title: Text::IntroPrivacyTitle.get(lang),
            paragraphs: vec![Text::IntroPrivacy.get(lang)],
            dimensions: &[],
        },
    ]
}

/// How many statements a scan on `questionnaire` has and about how long it
/// takes, under the intro's start button.
pub fn intro_duration(questionnaire: &Questionnaire, lang: Lang) -> String {
    fill_questionnaire(Text::IntroDuration.get(lang), questionnaire)
}

/// The id of the answer option at `position` of the statement at `index`.
pub fn option_id(index: usize, position: usize) -> String {
    format!("q{index}-opt{position}")
}

/// One answer option of a statement, as its button shows it.
#[derive(Debug, Clone)]
pub struct AnswerOption {
    /// The answer it gives.
    pub answer: Answer,
    /// The button's id ([`option_id`]).
    pub id: String,
    /// The number key that gives it, shown on the button and kept in its
    /// `data-answer` (`0` is "don't know").
    pub key: String,
    /// The button's classes.
    pub class: &'static str,
}

/// The answer options of the statement at `index`, in their order
/// (`flow::options`). Their labels are `i18n::answer_label` of the answer:
/// the components resolve it where it is shown.
pub fn answer_options(index: usize) -> Vec<AnswerOption> {
    flow::options()
        .iter()
        .enumerate()
        .map(|(position, &answer)| AnswerOption {
            answer,
            id: option_id(index, position),
            key: match answer {
                Answer::Scale(likert) => likert.value().to_string(),
                Answer::DontKnow => "0".to_owned(),
            },
            class: match answer {
                Answer::Scale(_) => "option",
                Answer::DontKnow => "option option-dont-know",
            },
        })
        .collect()
}

/// Where a statement stands, as its page's progress block shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionProgress {
    /// The statement's number, 1-based (`data-number`, `aria-valuenow`).
    pub number: usize,
    /// How many statements there are (`aria-valuemax`).
    pub total: usize,
    /// "Statement n of total" (also the progress bar's `aria-valuetext`).
    pub count_text: String,
    /// "Dimension n of m".
    pub dimension_text: String,
    /// The progress bar's filled share, in whole percent.
    pub percent: usize,
}

/// The progress of the statement at `index` of `questionnaire`.
pub fn question_progress(
    questionnaire: &Questionnaire,
    index: usize,
    lang: Lang,
) -> QuestionProgress {
    let total = questionnaire.item_count();
    let number = index.min(total.saturating_sub(1)) + 1;
    let dimension = questionnaire.items[number - 1].dimension;
    let dimension_number = questionnaire.position_of(dimension).unwrap_or(0) + 1;
    QuestionProgress {
        number,
        total,
        count_text: fill(
            Text::QuestionProgress.get(lang),
            &[("n", &number.to_string()), ("total", &total.to_string())],
        ),
        dimension_text: fill(
            Text::DimensionProgress.get(lang),
            &[
                ("n", &dimension_number.to_string()),
                ("total", &questionnaire.dimensions.len().to_string()),
            ],
        ),
        percent: number * 100 / total,
    }
}
