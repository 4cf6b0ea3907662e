//! Scoring, exactly as version 1 of the scan model defines it (the model's
//! document is not part of this repository; its rules are pinned by the
//! golden cases in `tests/data/scoring-v1.json` and `tests/core/scoring.rs`).
//!
//! All arithmetic works on unrounded `f64` scores; rounding happens only for
//! display ([`display_score`]). Levels and tie-breaks use unrounded values.

use crate::core::model::{Dimension, Key, Level, Theme};
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::answers::{Answer, AnswerSheet};

/// The fewest scored items a dimension needs to get a score.
pub const MIN_SCORED_PER_DIMENSION: usize = 4;

/// The fewest scored items a theme needs to get a score.
pub const MIN_SCORED_PER_THEME: usize = 2;

/// The score of one dimension.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DimensionScore {
    /// Which dimension.
    pub dimension: Dimension,
    /// How many of its items have a score (answers 1-5).
    pub scored_items: usize,
    /// The unrounded score 0-100, `None` with too few answers.
    pub score: Option<f64>,
}

impl DimensionScore {
    /// The level of the score, `None` without a score.
    pub fn level(&self) -> Option<Level> {
        self.score.map(level_of)
    }
}

/// The score of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ThemeScore {
    /// Which theme.
    pub theme: Theme,
    /// How many items carry the theme.
    pub items: usize,
    /// How many of those have a score.
    pub scored_items: usize,
    /// The unrounded score 0-100, `None` with fewer than two scored items.
    pub score: Option<f64>,
}

/// The strongest and weakest dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extremes {
    /// Fewer than two dimensions have a score, so there is nothing to compare.
    NotEnough,
    /// Every dimension with a score has the same score.
    AllEqual,
    /// The highest and the lowest; ties go to the earlier dimension.
    Distinct {
        /// The dimension with the highest score.
        strongest: Dimension,
        /// The dimension with the lowest score.
        weakest: Dimension,
    },
}

/// Everything a result shows, computed from one answer sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct ScanResult {
    /// One score per dimension of the questionnaire, in its order.
    pub dimensions: Vec<DimensionScore>,
    /// The Social Innovation Index, when every dimension has a score.
    pub index: Option<f64>,
    /// Coherence 0-100, when every dimension but purpose has a score.
    pub coherence: Option<f64>,
    /// The strongest and weakest dimension.
    pub extremes: Extremes,
    /// One score per theme, in [`Theme::ALL`] order.
    pub themes: [ThemeScore; Theme::ALL.len()],
}

impl ScanResult {
    /// The score of one dimension, `None` when the questionnaire does not
    /// measure it.
    pub fn dimension(&self, dimension: Dimension) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.dimension == dimension)
    }
}

/// Item scores added up per dimension, indexed by [`Dimension::index`] (a
/// dimension the questionnaire does not measure has none), and per theme in
/// [`Theme::ALL`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tallies {
    /// Per dimension of the model.
    pub dimensions: [StepTally; Dimension::ALL.len()],
    /// Per theme of the model.
    pub themes: [StepTally; Theme::ALL.len()],
}

/// The score 0-100 of one answer to an item with the given key; `None` for "don't know".
pub fn item_score(key: Key, answer: Answer) -> Option<f64> {
    item_steps(key, answer).map(|steps| 25.0 * f64::from(steps))
}

/// The level a score falls in: [0,25) 1, [25,50) 2, [50,75) 3, [75,100] 4.
pub fn level_of(score: f64) -> Level {
    if score < 25.0 {
        Level::Traditional
    } else if score < 50.0 {
        Level::Moving
    } else if score < 75.0 {
        Level::Renewing
    } else {
        Level::SociallyInnovative
    }
}

/// A score as shown: an integer, rounded half up (62.5 becomes 63).
///
/// The tiny tolerance absorbs floating-point noise from sums of exact values
/// (an index of 62.4999999999 that is really 62.5); scores here are ratios
/// with small denominators, so no true value lies that close below a half.
pub fn display_score(score: f64) -> i64 {
    (score + 0.5 + 1e-9).floor() as i64
}

/// The steps of 25 (0-4) an answer to an item with the given key scores;
/// `None` for "don't know". The item score is 25 times this.
pub fn item_steps(key: Key, answer: Answer) -> Option<u8> {
    let Answer::Scale(likert) = answer else {
        return None;
    };
    Some(match key {
        Key::Positive => likert.value() - 1,
        Key::Reverse => 5 - likert.value(),
    })
}

/// Item scores added up exactly, in steps of 25: their sum and how many.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepTally {
    /// The sum of the item scores divided by 25.
    pub steps: u8,
    /// How many item scores were added.
    pub count: u8,
}

impl StepTally {
    fn add(&mut self, steps: u8) {
        self.steps += steps;
        self.count += 1;
    }

    /// The mean score 0-100, when at least `min` item scores were added.
    ///
    /// The same number as adding the item scores as floats and dividing: the
    /// sum of multiples of 25 is exact either way.
    pub fn mean(self, min: usize) -> Option<f64> {
        (usize::from(self.count) >= min && self.count > 0)
            .then(|| 25.0 * f64::from(self.steps) / f64::from(self.count))
    }
}

/// The tallies of one answer sheet: one pass over the items, no allocation.
pub fn tallies(questionnaire: &Questionnaire, answers: &AnswerSheet) -> Tallies {
    let mut tallies = Tallies::default();
    for (item, answer) in questionnaire.items.iter().zip(answers.as_slice()) {
        let Some(steps) = answer.and_then(|a| item_steps(item.key, a)) else {
            continue;
        };
        tallies.dimensions[item.dimension.index()].add(steps);
        for theme in item.themes {
            tallies.themes[theme.index()].add(steps);
        }
    }
    tallies
}

/// How many items of a questionnaire carry each theme, in [`Theme::ALL`] order.
pub fn theme_items(questionnaire: &Questionnaire) -> [usize; Theme::ALL.len()] {
    let mut counts = [0usize; Theme::ALL.len()];
    for theme in questionnaire.items.iter().flat_map(|item| item.themes) {
        counts[theme.index()] += 1;
    }
    counts
}

/// Scores an answer sheet for the given questionnaire.
///
/// One pass over the items with running tallies: a team view scores ten
/// thousand sheets at a time.
pub fn score(questionnaire: &Questionnaire, answers: &AnswerSheet) -> ScanResult {
    let tallies = tallies(questionnaire, answers);
    let theme_items = theme_items(questionnaire);
    let dimensions: Vec<DimensionScore> = questionnaire
        .dimensions
        .iter()
        .map(|&dimension| {
            let tally = tallies.dimensions[dimension.index()];
            DimensionScore {
                dimension,
                scored_items: usize::from(tally.count),
                score: tally.mean(MIN_SCORED_PER_DIMENSION),
            }
        })
        .collect();
    let themes = Theme::ALL.map(|theme| {
        let tally = tallies.themes[theme.index()];
        ThemeScore {
            theme,
            items: theme_items[theme.index()],
            scored_items: usize::from(tally.count),
            score: tally.mean(MIN_SCORED_PER_THEME),
        }
    });
    let scores: Vec<(Dimension, Option<f64>)> =
        dimensions.iter().map(|d| (d.dimension, d.score)).collect();
    ScanResult {
        index: social_innovation_index(&scores),
        coherence: coherence(&scores),
        extremes: extremes(&scores),
        dimensions,
        themes,
    }
}

/// The weighted mean of the dimension scores, the motor counting twice
/// ([`Dimension::weight_in_index`]), when every dimension has a score. For
/// the model's five dimensions: `(2 * purpose + society + organisation +
/// team + individual) / 6`.
pub fn social_innovation_index(scores: &[(Dimension, Option<f64>)]) -> Option<f64> {
    if scores.is_empty() {
        return None;
    }
    let (mut sum, mut weights) = (0.0, 0.0);
    for &(dimension, score) in scores {
        sum += dimension.weight_in_index() * score?;
        weights += dimension.weight_in_index();
    }
    Some(sum / weights)
}

/// `100 - 2 * sd` of the dimensions other than the motor (population sd),
/// when each of them has a score. For the model's five dimensions: of
/// society, organisation, team and individual.
pub fn coherence(scores: &[(Dimension, Option<f64>)]) -> Option<f64> {
    let others: Vec<f64> = scores
        .iter()
        .filter(|(dimension, _)| !dimension.is_motor())
        .map(|&(_, score)| score)
        .collect::<Option<_>>()?;
    if others.is_empty() {
        return None;
    }
    let count = others.len() as f64;
    let mean = others.iter().sum::<f64>() / count;
    let variance = others.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / count;
    Some(100.0 - 2.0 * variance.sqrt())
}

/// The strongest and weakest of the dimensions that have a score.
pub fn extremes(scores: &[(Dimension, Option<f64>)]) -> Extremes {
    let scored: Vec<(Dimension, f64)> = scores
        .iter()
        .filter_map(|&(dimension, score)| Some((dimension, score?)))
        .collect();
    let Some(&(first_dimension, first_score)) = scored.first() else {
        return Extremes::NotEnough;
    };
    if scored.len() < 2 {
        return Extremes::NotEnough;
    }
    if scored.iter().all(|&(_, score)| score == first_score) {
        return Extremes::AllEqual;
    }
    // Strict comparisons keep the earlier dimension on a tie.
    let (mut strongest, mut high) = (first_dimension, first_score);
    let (mut weakest, mut low) = (first_dimension, first_score);
    for &(dimension, score) in &scored[1..] {
        if score > high {
            (strongest, high) = (dimension, score);
        }
        if score < low {
            (weakest, low) = (dimension, score);
        }
    }
    Extremes::Distinct { strongest, weakest }
}
