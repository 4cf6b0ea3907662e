//! Answers: what a respondent gave for each item of a questionnaire.

use crate::core::questionnaire::Questionnaire;

/// A point on the 1-5 agreement scale. Only valid values can be constructed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Likert(u8);

impl Likert {
    /// The lowest point, "Strongly disagree".
    pub const MIN: u8 = 1;
    /// The highest point, "Strongly agree".
    pub const MAX: u8 = 5;

    /// A scale point from its number, or `None` outside 1..=5.
    pub fn new(value: u8) -> Option<Likert> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Likert(value))
    }

    /// The number 1..=5.
    pub fn value(self) -> u8 {
        self.0
    }

    /// All five points, low to high.
    pub fn all() -> impl Iterator<Item = Likert> {
        (Self::MIN..=Self::MAX).map(Likert)
    }
}

/// The answer given to one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// A point on the agreement scale.
    Scale(Likert),
    /// "Weet ik niet" / "Don't know": answered, but gives no score.
    DontKnow,
}

/// The answers to every item of one questionnaire; `None` means not (yet)
/// answered. It has one place per item of the questionnaire it was made for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AnswerSheet {
    answers: Vec<Option<Answer>>,
}

impl AnswerSheet {
    /// A sheet with no answers for the items of a questionnaire.
    pub fn empty(questionnaire: &Questionnaire) -> AnswerSheet {
        AnswerSheet {
            answers: vec![None; questionnaire.item_count()],
        }
    }

    /// A sheet from answers in item order, one per item.
    pub fn from_answers(answers: Vec<Option<Answer>>) -> AnswerSheet {
        AnswerSheet { answers }
    }

    /// The answer to the item at `index`, `None` when unanswered or out of range.
    pub fn get(&self, index: usize) -> Option<Answer> {
        self.answers.get(index).copied().flatten()
    }

    /// Sets (or with `None` clears) the answer to the item at `index`;
    /// an index out of range changes nothing.
    pub fn set(&mut self, index: usize, answer: Option<Answer>) {
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = answer;
        }
    }

    /// All answers in item order.
    pub fn as_slice(&self) -> &[Option<Answer>] {
        &self.answers
    }

    /// How many items the sheet has a place for.
    pub fn item_count(&self) -> usize {
        self.answers.len()
    }

    /// How many items have an answer, "don't know" included.
    pub fn answered_count(&self) -> usize {
        self.answers
            .iter()
            .filter(|answer| answer.is_some())
            .count()
    }

    /// Whether no item has an answer.
    pub fn is_empty(&self) -> bool {
        self.answered_count() == 0
    }

    /// The index of the first item without an answer, if any.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.answers.iter().position(Option::is_none)
    }
}
