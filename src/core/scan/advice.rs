//! Advice selection: which advice text a result shows, and which comes first.
//!
//! The texts themselves live in the language files (`i18n`, `ADVICE`); this
//! module only decides.

use crate::core::i18n::Advice;
use crate::core::model::{Dimension, Level};
use crate::core::scan::scoring::{Extremes, ScanResult};

/// The advice for one dimension at its level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DimensionAdvice {
    /// The dimension the advice is for.
    pub dimension: Dimension,
    /// The level the dimension reached.
    pub level: Level,
    /// The advice text.
    pub text: Advice,
}

/// The first next step shown on top of the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// The advice of the dimension to start with.
    pub advice: DimensionAdvice,
    /// Set when that dimension is purpose: start there, as the motor of the rest.
    pub purpose_note: Option<Advice>,
}

/// All advice a result shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdvicePlan {
    /// The first next step, `None` when no dimension has a score.
    pub next_step: Option<NextStep>,
    /// Advice for every dimension with a score, in model order.
    pub per_dimension: Vec<DimensionAdvice>,
}

/// The advice text for a dimension at a level.
pub fn advice_text(dimension: Dimension, level: Level) -> Advice {
    Advice::For(dimension, level)
}

/// Chooses the advice for a result. The first next step is the weakest
/// dimension's advice; when all scored dimensions are equal (or only one has a
/// score), the first scored dimension in model order, so purpose when it has one.
pub fn plan(result: &ScanResult) -> AdvicePlan {
    let per_dimension: Vec<DimensionAdvice> = result
        .dimensions
        .iter()
        .filter_map(|score| {
            let level = score.level()?;
            Some(DimensionAdvice {
                dimension: score.dimension,
                level,
                text: advice_text(score.dimension, level),
            })
        })
        .collect();
    let start = match result.extremes {
        Extremes::Distinct { weakest, .. } => Some(weakest),
        Extremes::AllEqual | Extremes::NotEnough => per_dimension.first().map(|a| a.dimension),
    };
    let next_step = start
        .and_then(|dimension| per_dimension.iter().find(|a| a.dimension == dimension))
        .map(|&advice| NextStep {
            advice,
            purpose_note: (advice.dimension == Dimension::Purpose).then_some(Advice::PurposeFirst),
        });
    AdvicePlan {
        next_step,
        per_dimension,
    }
}
