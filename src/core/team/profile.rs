//! A team's profile: per dimension the spread of the members' scores, per
//! theme the mean, and the items the team agrees on least and most.

use super::aggregate::NO_ANSWER;
use super::{clamp_min_group, members_of, score_members_of, Group, Member, ScoredMember};
use crate::core::order::sort_small_by;

use crate::core::model::{Dimension, Key, Theme};
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::answers::{Answer, Likert};
use crate::core::scan::scoring::{
    self, coherence, item_score, social_innovation_index, StepTally, MIN_SCORED_PER_DIMENSION,
    MIN_SCORED_PER_THEME,
};

/// How many items the most agreed and most disagreed lists hold.
const LISTED_ITEMS: usize = 5;

/// The spread of one dimension's scores over the members who have one.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionStats {
    /// Which dimension.
    pub dimension: Dimension,
    /// How many members have a score for it (at least 4 of its items scored).
    pub n: usize,
    /// The mean of the members' scores.
    pub mean: f64,
    /// The median of the members' scores.
    pub median: f64,
    /// The population standard deviation of the members' scores.
    pub sd: f64,
    /// The lowest member score.
    pub min: f64,
    /// The highest member score.
    pub max: f64,
    /// Every member's score, sorted ascending so that no score belongs to anyone.
    pub scores: Vec<f64>,
}

/// The spread of one item's scores (0-100, key-aware) within a team.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemSpread {
    /// The item's position in the questionnaire.
    pub index: usize,
    /// How many members gave it a score.
    pub n: usize,
    /// The mean item score.
    pub mean: f64,
    /// The population standard deviation of the item scores.
    pub sd: f64,
}

/// What a team looks like as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamProfile {
    /// The questionnaire version the members answered.
    pub questionnaire: Questionnaire,
    /// The number of members in the group.
    pub n: usize,
    /// Per dimension of the questionnaire, in its order; `None` when fewer
    /// than the minimum have a score.
    pub dimensions: Vec<Option<DimensionStats>>,
    /// The Social Innovation Index over the dimension means.
    pub index: Option<f64>,
    /// Coherence over the dimension means.
    pub coherence: Option<f64>,
    /// Per theme in [`Theme::ALL`] order, the mean of the members' theme
    /// scores; `None` when fewer than the minimum have one.
    pub themes: [Option<f64>; Theme::ALL.len()],
    /// The items with the largest spread, largest first; ties in item order.
    /// Only items with at least the minimum of scores take part, and only
    /// those with more spread than the smallest: empty when every spread is
    /// equal.
    pub most_disagreed: Vec<ItemSpread>,
    /// The items with the smallest spread, smallest first; ties in item
    /// order. None of them is in [`TeamProfile::most_disagreed`], which goes
    /// first when fewer than ten items take part.
    pub most_agreed: Vec<ItemSpread>,
}

impl TeamProfile {
    /// The statistics of one dimension, `None` when fewer than the minimum
    /// have a score or the questionnaire does not measure it.
    pub fn dimension(&self, dimension: Dimension) -> Option<&DimensionStats> {
        let position = self.questionnaire.position_of(dimension)?;
        self.dimensions.get(position)?.as_ref()
    }

    /// The statistics of the dimensions that are shown, in the
    /// questionnaire's order.
    pub fn shown_dimensions(&self) -> impl Iterator<Item = &DimensionStats> {
        self.dimensions.iter().flatten()
    }

    /// Each dimension with its mean, in the questionnaire's order.
    pub fn means(&self) -> Vec<(Dimension, Option<f64>)> {
        self.questionnaire
            .dimensions
            .iter()
            .zip(&self.dimensions)
            .map(|(dimension, stats)| (*dimension, stats.as_ref().map(|s| s.mean)))
            .collect()
    }
}

/// The profile of a team's members who answered `questionnaire` (others are
/// not counted), or [`Group::TooSmall`] when they are fewer than
/// `min_group` (clamped by [`clamp_min_group`]).
pub fn profile(
    questionnaire: &Questionnaire,
    members: &[Member],
    min_group: usize,
) -> Group<TeamProfile> {
    let scored = score_members_of(&members_of(questionnaire, members));
    let everyone: Vec<&ScoredMember> = scored.iter().collect();
    profile_of_scored(questionnaire, &everyone, min_group)
}

/// [`profile`] of members scored before.
pub(crate) fn profile_of_scored(
    questionnaire: &Questionnaire,
    members: &[&ScoredMember],
    min_group: usize,
) -> Group<TeamProfile> {
    let min = clamp_min_group(min_group);
    let n = members.len();
    if n < min {
        return Group::TooSmall { n, min };
    }
    let dimensions: Vec<Option<DimensionStats>> = questionnaire
        .dimensions
        .iter()
        .map(|&dimension| {
            let scores = ScoreCounts::of(
                &mut members
                    .iter()
                    .map(|m| m.tallies.dimensions[dimension.index()]),
                MIN_SCORED_PER_DIMENSION,
                questionnaire.items_in(dimension),
            );
            dimension_stats(dimension, &scores, min)
        })
        .collect();
    let theme_items = scoring::theme_items(questionnaire);
    let themes = Theme::ALL.map(|theme| {
        let scores = ScoreCounts::of(
            &mut members.iter().map(|m| m.tallies.themes[theme.index()]),
            MIN_SCORED_PER_THEME,
            theme_items[theme.index()],
        );
        (scores.n >= min && scores.n > 0).then(|| scores.mean())
    });
    // The answers are counted per item first, so the spreads come from one
    // row of six counts per item instead of a pass over every member per item.
    let counts = answer_counts(questionnaire, members.iter().map(|m| m.member));
    let mut spreads: Vec<ItemSpread> = questionnaire
        .items
        .iter()
        .zip(&counts)
        .enumerate()
        .filter_map(|(index, (item, row))| {
            let (n, mean, sd) = Moments::of_counts(item.key, row).stats(min)?;
            Some(ItemSpread { index, n, mean, sd })
        })
        .collect();
    // Items with equal spreads stay in item order. The spreads are computed
    // exactly from integer sums, so equal spreads are equal as numbers too.
    // Both orders come from one comparator, so the sort is compiled once.
    let by_spread = |descending: bool| {
        move |a: &ItemSpread, b: &ItemSpread| {
            let order = a.sd.total_cmp(&b.sd);
            let order = if descending { order.reverse() } else { order };
            order.then(a.index.cmp(&b.index))
        }
    };
    // The lists never share an item, and an item whose spread is the
    // smallest of all is never one the team "agrees least" on: when every
    // spread is equal (everyone answered alike), nothing is listed there.
    sort_small_by(&mut spreads, by_spread(true));
    let smallest = spreads.last().map(|item| item.sd);
    let most_disagreed: Vec<ItemSpread> = spreads
        .iter()
        .take_while(|item| Some(item.sd) > smallest)
        .take(LISTED_ITEMS)
        .cloned()
        .collect();
    spreads.drain(..most_disagreed.len());
    sort_small_by(&mut spreads, by_spread(false));
    spreads.truncate(LISTED_ITEMS);
    let mut profile = TeamProfile {
        questionnaire: *questionnaire,
        n,
        index: None,
        coherence: None,
        dimensions,
        themes,
        most_disagreed,
        most_agreed: spreads,
    };
    let means = profile.means();
    profile.index = social_innovation_index(&means);
    profile.coherence = coherence(&means);
    Group::Shown(profile)
}

/// Whether a member has a score on a dimension, as the team's statistics of
/// it count them (at least [`MIN_SCORED_PER_DIMENSION`] of its items scored).
pub(crate) fn has_dimension_score(
    questionnaire: &Questionnaire,
    member: &ScoredMember,
    dimension: Dimension,
) -> bool {
    let count = usize::from(member.tallies.dimensions[dimension.index()].count);
    count >= MIN_SCORED_PER_DIMENSION && count <= questionnaire.items_in(dimension)
}

/// Per item in order, how many members gave answers 1-5 and how many gave no
/// score ("don't know" or nothing), in that order.
pub(crate) fn answer_counts<'a>(
    questionnaire: &Questionnaire,
    members: impl Iterator<Item = &'a Member>,
) -> Vec<[u32; 6]> {
    let mut counts = vec![[0u32; 6]; questionnaire.item_count()];
    for member in members {
        for (row, answer) in counts.iter_mut().zip(member.answers.as_slice()) {
            let slot = match answer {
                Some(Answer::Scale(likert)) => usize::from(likert.value() - 1),
                Some(Answer::DontKnow) | None => NO_ANSWER,
            };
            row[slot] = row[slot].saturating_add(1);
        }
    }
    counts
}

/// How many members have each score, in ascending order of score.
///
/// Scores are means of a few item scores, so they take few distinct values:
/// counting them replaces sorting ten thousand of them. Every statistic is a
/// sum over the distinct scores in ascending order, so it does not depend on
/// the order of the members.
struct ScoreCounts {
    /// Each distinct score and how many members have it, ascending.
    counts: Vec<(f64, usize)>,
    /// How many members have a score.
    n: usize,
}

impl ScoreCounts {
    /// Counts the scores of the tallies with at least `min_items` item
    /// scores, of tallies of at most `max_items` items. The tallies come as
    /// a trait object, so that this is compiled once for dimensions and
    /// themes.
    fn of(
        tallies: &mut dyn Iterator<Item = StepTally>,
        min_items: usize,
        max_items: usize,
    ) -> ScoreCounts {
        // Indexed by item count and steps; an item scores at most 4 steps.
        let steps = 4 * max_items + 1;
        let mut table = vec![0usize; (max_items + 1) * steps];
        for tally in tallies {
            let count = usize::from(tally.count);
            if count >= min_items && count > 0 && count <= max_items {
                table[count * steps + usize::from(tally.steps)] += 1;
            }
        }
        let mut counts: Vec<(f64, usize)> = table
            .iter()
            .enumerate()
            .filter(|(_, &count)| count > 0)
            .map(|(slot, &count)| {
                let tally = StepTally {
                    count: (slot / steps) as u8,
                    steps: (slot % steps) as u8,
                };
                (tally.mean(0).unwrap_or(0.0), count)
            })
            .collect();
        // Equal ratios give equal scores; these are merged so that each
        // score is counted once. The list holds one entry per item count
        // and steps, a few hundred at most whatever the team's size: the
        // small sort's (see `core::order`).
        sort_small_by(&mut counts, |a, b| a.0.total_cmp(&b.0));
        counts.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                earlier.1 += later.1;
            }
            same
        });
        let n = counts.iter().map(|(_, count)| count).sum();
        ScoreCounts { counts, n }
    }

    /// The mean score; only called with at least one score.
    fn mean(&self) -> f64 {
        self.counts
            .iter()
            .map(|&(score, count)| score * count as f64)
            .sum::<f64>()
            / self.n as f64
    }

    /// The score at a position (from 0) in ascending order.
    fn at(&self, position: usize) -> f64 {
        let mut seen = 0;
        for &(score, count) in &self.counts {
            seen += count;
            if position < seen {
                return score;
            }
        }
        self.counts.last().map_or(0.0, |&(score, _)| score)
    }
}

/// The statistics of the counted scores, `None` with fewer than `min` of them.
fn dimension_stats(
    dimension: Dimension,
    scores: &ScoreCounts,
    min: usize,
) -> Option<DimensionStats> {
    let n = scores.n;
    if n < min || n == 0 {
        return None;
    }
    let mean = scores.mean();
    let variance = scores
        .counts
        .iter()
        .map(|&(score, count)| (score - mean).powi(2) * count as f64)
        .sum::<f64>()
        / n as f64;
    Some(DimensionStats {
        dimension,
        n,
        mean,
        median: (scores.at((n - 1) / 2) + scores.at(n / 2)) / 2.0,
        sd: variance.sqrt(),
        min: scores.at(0),
        max: scores.at(n - 1),
        scores: scores
            .counts
            .iter()
            .flat_map(|&(score, count)| std::iter::repeat_n(score, count))
            .collect(),
    })
}

/// Counts, sums and sums of squares of item scores in steps of 25 (0-4).
///
/// Integer sums make the statistics exact: a mean or variance is one
/// correctly rounded division of exact integers, so equal true values give
/// equal numbers and ties between items are real ties.
#[derive(Default)]
pub(crate) struct Moments {
    n: u128,
    sum: u128,
    squares: u128,
}

impl Moments {
    /// The moments of an item with the given key from a row of answer
    /// counts (answers 1-5 first, as in [`TeamAggregate::counts`]).
    pub(crate) fn of_counts(key: Key, row: &[u32; 6]) -> Moments {
        let mut moments = Moments::default();
        for (likert, &count) in Likert::all().zip(row) {
            moments.add(key, Answer::Scale(likert), u128::from(count));
        }
        moments
    }

    /// Adds `count` answers to an item with the given key; "don't know" adds nothing.
    fn add(&mut self, key: Key, answer: Answer, count: u128) {
        // An item score is 0, 25, 50, 75 or 100, so the step is exact.
        if let Some(step) = item_score(key, answer).map(|score| (score / 25.0) as u128) {
            self.n += count;
            self.sum += step * count;
            self.squares += step * step * count;
        }
    }

    /// The count, mean and population sd on the 0-100 scale, `None` with
    /// fewer than `min` scores.
    pub(crate) fn stats(&self, min: usize) -> Option<(usize, f64, f64)> {
        let n = usize::try_from(self.n).ok()?;
        if n < min || n == 0 {
            return None;
        }
        let count = self.n as f64;
        let variance = (self.n * self.squares - self.sum * self.sum) as f64 / (count * count);
        Some((n, (25 * self.sum) as f64 / count, 25.0 * variance.sqrt()))
    }
}
