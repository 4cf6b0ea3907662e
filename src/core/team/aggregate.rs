//! A team's aggregate: per item only how many members gave each answer, the
//! content of a team link, and the statistics such an aggregate allows.

use super::profile::{answer_counts, Moments};
use super::{clamp_min_group, members_of, Group, Member};

use crate::core::model::Dimension;
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::scoring::{self, coherence, social_innovation_index};

/// The index of the "no answer" count in [`TeamAggregate::counts`].
pub(crate) const NO_ANSWER: usize = 5;

/// What a team link carries: only how many members gave each answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamAggregate {
    /// The questionnaire every member answered.
    pub questionnaire: Questionnaire,
    /// The minimum group size that applied.
    pub min_group: usize,
    /// The number of members.
    pub n: usize,
    /// Per item in order: `counts[item][0..5]` the members who answered 1-5,
    /// `counts[item][5]` those who gave no answer or "don't know". Each row
    /// sums to `n`; one row per item of the questionnaire.
    pub counts: Vec<[u32; 6]>,
}

/// The answer counts of a team's members who answered `questionnaire`
/// (others are not counted), or [`Group::TooSmall`] below the minimum.
///
/// An item that fewer than the minimum of members answered is written as
/// unanswered by all, so that the link cannot show those few answers.
pub fn aggregate(
    questionnaire: &Questionnaire,
    members: &[Member],
    min_group: usize,
) -> Group<TeamAggregate> {
    aggregate_of(
        questionnaire,
        &members_of(questionnaire, members),
        min_group,
    )
}

/// [`aggregate`] of members picked out before.
pub(crate) fn aggregate_of(
    questionnaire: &Questionnaire,
    members: &[&Member],
    min_group: usize,
) -> Group<TeamAggregate> {
    let min = clamp_min_group(min_group);
    let n = members.len();
    if n < min {
        return Group::TooSmall { n, min };
    }
    let all = u32::try_from(n).unwrap_or(u32::MAX);
    let mut counts = answer_counts(questionnaire, members.iter().copied());
    for row in &mut counts {
        if all.saturating_sub(row[NO_ANSWER]) < min as u32 {
            *row = [0, 0, 0, 0, 0, all];
        }
    }
    Group::Shown(TeamAggregate {
        questionnaire: *questionnaire,
        min_group: min,
        n,
        counts,
    })
}

/// The statistics of one item in a team aggregate.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemSummary {
    /// The item's position in the questionnaire.
    pub index: usize,
    /// How many members gave it a score.
    pub n: usize,
    /// The mean item score, 0-100, key-aware.
    pub mean: f64,
    /// The population standard deviation of the item scores.
    pub sd: f64,
}

/// What a team link shows: only item-level statistics, since the link does
/// not say which answers belong together.
#[derive(Debug, Clone, PartialEq)]
pub struct AggregateSummary {
    /// Per item in order, its summary; `None` below the minimum.
    pub items: Vec<Option<ItemSummary>>,
    /// Per dimension of the questionnaire, in its order, the mean of its item
    /// means; `None` unless at least 4 of its items are shown.
    pub dimensions: Vec<(Dimension, Option<f64>)>,
    /// The Social Innovation Index over those dimension means.
    pub index: Option<f64>,
    /// Coherence over those dimension means.
    pub coherence: Option<f64>,
}

/// The statistics a team link allows.
pub fn aggregate_summary(a: &TeamAggregate) -> AggregateSummary {
    let min = clamp_min_group(a.min_group);
    let items: Vec<Option<ItemSummary>> = a
        .questionnaire
        .items
        .iter()
        .zip(&a.counts)
        .enumerate()
        .map(|(index, (item, row))| {
            let (n, mean, sd) = Moments::of_counts(item.key, row).stats(min)?;
            Some(ItemSummary { index, n, mean, sd })
        })
        .collect();
    let dimensions: Vec<(Dimension, Option<f64>)> = a
        .questionnaire
        .dimensions
        .iter()
        .map(|&dimension| {
            let means: Vec<f64> = a
                .questionnaire
                .indices_of(dimension)
                .filter_map(|index| Some(items.get(index)?.as_ref()?.mean))
                .collect();
            let mean = (means.len() >= scoring::MIN_SCORED_PER_DIMENSION)
                .then(|| means.iter().sum::<f64>() / means.len() as f64);
            (dimension, mean)
        })
        .collect();
    AggregateSummary {
        index: social_innovation_index(&dimensions),
        coherence: coherence(&dimensions),
        items,
        dimensions,
    }
}
