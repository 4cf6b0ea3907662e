//! Team aggregation: many members' answers on one questionnaire become a team
//! profile, a perception gap between roles, and a shareable team link.
//!
//! # The privacy rule
//!
//! Architecture invariant: below the minimum group size nothing is aggregated
//! or exposed for a group except its count. The minimum is what the
//! facilitator asks for, clamped to [`MIN_MIN_GROUP`]..=[`MAX_MIN_GROUP`]
//! ([`clamp_min_group`]), and it applies at every level:
//!
//! - a team or role group with fewer members is [`Group::TooSmall`], which
//!   holds only the count and the minimum;
//! - within a shown group, a dimension, theme or item that fewer than the
//!   minimum of members have a score for is `None` or left out;
//! - individual answers are never exposed: [`DimensionStats::scores`] is
//!   sorted, so it says nothing about who gave which score, and it exists only
//!   when at least the minimum of members have a score;
//! - a [`TeamAggregate`] (and so a team link) carries per item only how many
//!   members gave each answer, and an item that fewer than the minimum
//!   answered is written as unanswered by all.
//!
//! The rule is per group. It does not stop subtraction between groups that
//! are both shown: a facilitator who sees the whole team and all but one of
//! its role groups can work out the rest of the team by difference, so the
//! counts of role groups deserve care in the view.
//!
//! # The team link, format 1
//!
//! A team link is `https://host/path/#g=CODE`. The code is one format
//! character (`B` for format 1) and then the base64url text (`A-Z a-z 0-9 -
//! _`, no padding, unused bits zero) of these bytes:
//!
//! | bytes | field                                                              |
//! |-------|--------------------------------------------------------------------|
//! | 1     | questionnaire version                                              |
//! | 1     | minimum group size, 3-50                                           |
//! | 3     | n, the number of members, big-endian, at most 100,000              |
//! | ⌈5kw/8⌉ | per item in order (k items, 30 in version 1), the counts of answers 1-5, each `w` bits wide, where `w` is the bit length of n; zero bits fill the last byte |
//! | 3     | check: CRC-24/OpenPGP of the format number as a byte and all bytes above |
//!
//! The count of "no answer" (including "don't know") is n minus the other
//! five. A team of 12 needs 4 bits a count and a code of 112 characters; a
//! team of 10,000 needs 14 bits and 363 characters. A change of one
//! character or a swap of two neighbours changes at most 12 adjacent bits,
//! which the 24-bit check always detects; the unused bits must be zero, so
//! every code has one spelling: a code is read only if the aggregate it holds
//! is written back as exactly that code. A published format never changes.
//!
//! A later format keeps this frame, and this is how its code is told from a
//! damaged one: the first character is its format number above 1 (`C` for
//! 2, …), the code is at least as long as the shortest of format 1, and the
//! rest is the one base64url spelling of bytes whose last three are the
//! CRC-24/OpenPGP of the format number as a byte and the bytes before them.
//! Only such a code reads as [`AggregateError::NewerVersion`] (or one of
//! format 1 whose check fits and whose questionnaire is above the newest
//! known); a code whose first character was changed or lower-cased is
//! damaged.

use super::i18n::Text;
use thiserror::Error;

use super::answers::{Answer, AnswerSheet, Likert};
use super::codec::{self, ALPHABET};
use super::link_reader::{self, LinkKind, Reading};
use super::model::{Dimension, Key, Role, Theme};
use super::questionnaire::{Questionnaire, PUBLISHED};
use super::scoring::{
    self, coherence, item_score, social_innovation_index, StepTally, Tallies,
    MIN_SCORED_PER_DIMENSION, MIN_SCORED_PER_THEME,
};

/// The minimum group size a facilitator gets unless they choose another.
pub const DEFAULT_MIN_GROUP: usize = 5;

/// The lowest minimum group size: smaller groups would expose individuals.
pub const MIN_MIN_GROUP: usize = 3;

/// The highest minimum group size.
pub const MAX_MIN_GROUP: usize = 50;

/// How many items the most agreed and most disagreed lists hold.
const LISTED_ITEMS: usize = 5;

/// A requested minimum group size brought within [`MIN_MIN_GROUP`]..=[`MAX_MIN_GROUP`].
pub fn clamp_min_group(requested: usize) -> usize {
    requested.clamp(MIN_MIN_GROUP, MAX_MIN_GROUP)
}

/// One member's result as the facilitator collected it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The questionnaire version the member answered, from their link.
    pub questionnaire: Questionnaire,
    /// The member's answers, on that questionnaire.
    pub answers: AnswerSheet,
    /// The member's role, if they gave one.
    pub role: Option<Role>,
}

/// A group's aggregate, or why it is withheld (the privacy rule).
#[derive(Debug, Clone, PartialEq)]
pub enum Group<T> {
    /// The group is large enough; its aggregate.
    Shown(T),
    /// The group has fewer than `min` members; only its size is told.
    TooSmall {
        /// The number of members in the group.
        n: usize,
        /// The minimum group size that applied.
        min: usize,
    },
    /// The group is large enough, but showing it would let the members
    /// outside every shown group (fewer than the minimum) be worked out by
    /// subtraction from the whole team; only its size is told.
    Withheld {
        /// The number of members in the group.
        n: usize,
    },
}

impl<T> Group<T> {
    /// The aggregate, when the group is shown.
    pub fn shown(&self) -> Option<&T> {
        match self {
            Group::Shown(aggregate) => Some(aggregate),
            Group::TooSmall { .. } | Group::Withheld { .. } => None,
        }
    }
}

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
    /// Only items with at least the minimum of scores take part, so with
    /// fewer than ten of them this list and [`TeamProfile::most_agreed`] overlap.
    pub most_disagreed: Vec<ItemSpread>,
    /// The items with the smallest spread, smallest first; ties in item order.
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

/// A member with their dimension and theme tallies worked out once, so that
/// the whole team and every role group reuse them.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredMember<'a> {
    /// The member's answers and role.
    pub member: &'a Member,
    /// The member's item scores added up, scored against the member's own
    /// questionnaire version.
    pub tallies: Tallies,
}

/// Scores every member once, each against the questionnaire version of
/// their own link.
pub fn score_members(members: &[Member]) -> Vec<ScoredMember<'_>> {
    score_members_of(&members.iter().collect::<Vec<_>>())
}

/// The questionnaire version a team is analysed on: the one most of its
/// members answered (on a tie the newer), or the current one for no members.
///
/// Item statistics and the team link need one version, so members of
/// another version are not counted; [`TeamAnalysis::other_versions`] says
/// how many.
pub fn team_questionnaire(members: &[Member]) -> Questionnaire {
    let answered = |version: u16| {
        members
            .iter()
            .filter(|m| m.questionnaire.version == version)
            .count()
    };
    // The few distinct versions first, so that members are counted once per version.
    let mut versions: Vec<Questionnaire> = Vec::new();
    for member in members {
        if !versions
            .iter()
            .any(|q| q.version == member.questionnaire.version)
        {
            versions.push(member.questionnaire);
        }
    }
    versions
        .into_iter()
        .max_by_key(|q| (answered(q.version), q.version))
        .unwrap_or_else(Questionnaire::current)
}

/// The members who answered the given version.
fn members_of<'a>(questionnaire: &Questionnaire, members: &'a [Member]) -> Vec<&'a Member> {
    members
        .iter()
        .filter(|m| m.questionnaire.version == questionnaire.version)
        .collect()
}

/// Everything the team view shows, worked out in one pass over the scores:
/// the team profile, the perception gap between roles (when the team is
/// shown) and the aggregates for the team link.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamAnalysis {
    /// The questionnaire version the team is analysed on ([`team_questionnaire`]).
    pub questionnaire: Questionnaire,
    /// How many members answered another version, and are not counted.
    pub other_versions: usize,
    /// The whole team's profile, or its size when too small.
    pub profile: Group<TeamProfile>,
    /// The perception gap by role, `None` when the whole team is not shown.
    pub gap: Option<PerceptionGap>,
    /// The answer counts for a team link, or the team's size when too small.
    pub aggregate: Group<TeamAggregate>,
}

/// Analyses a team on the version most of its members answered
/// ([`team_questionnaire`]): each member is scored once, against that
/// version, and the role groups reuse those scores. The same as
/// [`profile`], [`perception_gap`] and [`aggregate`] each on their own, only
/// faster.
pub fn analyse(members: &[Member], min_group: usize) -> TeamAnalysis {
    let questionnaire = team_questionnaire(members);
    let counted = members_of(&questionnaire, members);
    let scored = score_members_of(&counted);
    let everyone: Vec<&ScoredMember> = scored.iter().collect();
    let profile = profile_of_scored(&questionnaire, &everyone, min_group);
    let gap = profile
        .shown()
        .is_some()
        .then(|| gap_of_scored(&questionnaire, &everyone, min_group));
    TeamAnalysis {
        questionnaire,
        other_versions: members.len() - counted.len(),
        profile,
        gap,
        aggregate: aggregate_of(&questionnaire, &counted, min_group),
    }
}

/// [`score_members`] of members picked out before.
fn score_members_of<'a>(members: &[&'a Member]) -> Vec<ScoredMember<'a>> {
    members
        .iter()
        .map(|&member| ScoredMember {
            member,
            tallies: scoring::tallies(&member.questionnaire, &member.answers),
        })
        .collect()
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
fn profile_of_scored(
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
                members
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
            members.iter().map(|m| m.tallies.themes[theme.index()]),
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
    // Sorting is stable, so items with equal spreads stay in item order. The
    // spreads are computed exactly from integer sums, so equal spreads are
    // equal as numbers too.
    spreads.sort_by(|a, b| b.sd.total_cmp(&a.sd));
    let most_disagreed = spreads.iter().take(LISTED_ITEMS).cloned().collect();
    spreads.sort_by(|a, b| a.sd.total_cmp(&b.sd).then(a.index.cmp(&b.index)));
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

/// Per item in order, how many members gave answers 1-5 and how many gave no
/// score ("don't know" or nothing), in that order.
fn answer_counts<'a>(
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
    /// scores, of tallies of at most `max_items` items.
    fn of(
        tallies: impl Iterator<Item = StepTally>,
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
        // score is counted once.
        counts.sort_by(|a, b| a.0.total_cmp(&b.0));
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
struct Moments {
    n: u128,
    sum: u128,
    squares: u128,
}

impl Moments {
    /// The moments of an item with the given key from a row of answer
    /// counts (answers 1-5 first, as in [`TeamAggregate::counts`]).
    fn of_counts(key: Key, row: &[u32; 6]) -> Moments {
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
    fn stats(&self, min: usize) -> Option<(usize, f64, f64)> {
        let n = usize::try_from(self.n).ok()?;
        if n < min || n == 0 {
            return None;
        }
        let count = self.n as f64;
        let variance = (self.n * self.squares - self.sum * self.sum) as f64 / (count * count);
        Some((n, (25 * self.sum) as f64 / count, 25.0 * variance.sqrt()))
    }
}

/// The members of one role, and their profile.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleGroup {
    /// The role all members of the group gave.
    pub role: Role,
    /// The group's profile, or its size when too small.
    pub profile: Group<TeamProfile>,
}

/// How differently the roles in a team see their organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct PerceptionGap {
    /// Every role that occurs, in [`Role::ALL`] order; members without a role
    /// are in no group.
    pub groups: Vec<RoleGroup>,
    /// Among the shown groups, the largest difference between two groups'
    /// means of one dimension. `None` with fewer than two shown groups or no
    /// difference. Ties go to the earlier dimension, then the earlier pair of roles.
    pub largest: Option<LargestGap>,
    /// For the side-by-side view: per dimension of the questionnaire, in its
    /// order, each shown group's mean.
    pub means: Vec<RoleMeans>,
}

/// The means of one dimension in each shown role group, a row of the
/// side-by-side view.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMeans {
    /// The dimension.
    pub dimension: Dimension,
    /// Each shown group's mean, in role order; `None` when that group has too
    /// few scores for it.
    pub by_role: Vec<(Role, Option<f64>)>,
}

/// The largest difference between two shown role groups' means of one
/// dimension, as the team view says it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LargestGap {
    /// The dimension.
    pub dimension: Dimension,
    /// The group with the higher mean.
    pub higher: Role,
    /// Its mean of the dimension.
    pub higher_mean: f64,
    /// The group with the lower mean.
    pub lower: Role,
    /// Its mean of the dimension.
    pub lower_mean: f64,
}

impl LargestGap {
    /// How far apart the two means are, more than 0.
    pub fn difference(&self) -> f64 {
        self.higher_mean - self.lower_mean
    }
}

impl PerceptionGap {
    /// The groups that are shown, with their profiles, in role order: the
    /// columns of the side-by-side view.
    pub fn shown(&self) -> Vec<(Role, &TeamProfile)> {
        self.groups
            .iter()
            .filter_map(|g| Some((g.role, g.profile.shown()?)))
            .collect()
    }
}

/// The team's profile per role, of the members who answered `questionnaire`
/// (others are not counted). Each role group follows the privacy rule on
/// its own, with the same minimum as the whole team; and because the whole
/// team is shown too, the members outside the shown groups must be none or
/// at least the minimum, or the smallest shown group is withheld as well
/// (again until that holds): otherwise their mean, and with the dot plots
/// their scores, would follow by subtraction.
pub fn perception_gap(
    questionnaire: &Questionnaire,
    members: &[Member],
    min_group: usize,
) -> PerceptionGap {
    let scored = score_members_of(&members_of(questionnaire, members));
    let everyone: Vec<&ScoredMember> = scored.iter().collect();
    gap_of_scored(questionnaire, &everyone, min_group)
}

/// [`perception_gap`] of members scored before.
fn gap_of_scored(
    questionnaire: &Questionnaire,
    members: &[&ScoredMember],
    min_group: usize,
) -> PerceptionGap {
    let min = clamp_min_group(min_group);
    let mut groups: Vec<RoleGroup> = Role::ALL
        .into_iter()
        .filter_map(|role| {
            let group: Vec<&ScoredMember> = members
                .iter()
                .filter(|m| m.member.role == Some(role))
                .copied()
                .collect();
            (!group.is_empty()).then(|| RoleGroup {
                role,
                profile: profile_of_scored(questionnaire, &group, min_group),
            })
        })
        .collect();
    loop {
        let shown_members: usize = groups
            .iter()
            .filter_map(|g| g.profile.shown().map(|p| p.n))
            .sum();
        let rest = members.len() - shown_members;
        if rest == 0 || rest >= min {
            break;
        }
        // Withhold the smallest shown group; a tie goes to the later role,
        // so the earlier roles stay visible.
        let Some(smallest) = groups
            .iter_mut()
            .rev()
            .filter(|g| g.profile.shown().is_some())
            .min_by_key(|g| g.profile.shown().map_or(usize::MAX, |p| p.n))
        else {
            break;
        };
        let n = smallest.profile.shown().map_or(0, |p| p.n);
        smallest.profile = Group::Withheld { n };
    }
    let shown: Vec<(Role, &TeamProfile)> = groups
        .iter()
        .filter_map(|g| Some((g.role, g.profile.shown()?)))
        .collect();
    let means: Vec<RoleMeans> = questionnaire
        .dimensions
        .iter()
        .map(|&dimension| RoleMeans {
            dimension,
            by_role: shown
                .iter()
                .map(|(role, p)| (*role, p.dimension(dimension).map(|s| s.mean)))
                .collect(),
        })
        .collect();
    let mut largest: Option<LargestGap> = None;
    for row in &means {
        let (dimension, column) = (row.dimension, &row.by_role);
        for (i, &(first, a)) in column.iter().enumerate() {
            for &(second, b) in &column[i + 1..] {
                let (Some(a), Some(b)) = (a, b) else { continue };
                let ((higher, higher_mean), (lower, lower_mean)) = if a >= b {
                    ((first, a), (second, b))
                } else {
                    ((second, b), (first, a))
                };
                if higher_mean - lower_mean > largest.map_or(0.0, |l| l.difference()) {
                    largest = Some(LargestGap {
                        dimension,
                        higher,
                        higher_mean,
                        lower,
                        lower_mean,
                    });
                }
            }
        }
    }
    PerceptionGap {
        groups,
        largest,
        means,
    }
}

// --- The team link ---

/// The fragment parameter that holds a team code: the fragment is `#g=CODE`.
pub const AGGREGATE_FRAGMENT_KEY: &str = LinkKind::TeamLink.key();

/// The most members a team link may count.
pub const MAX_LINK_MEMBERS: usize = 100_000;

/// The format this version writes, and the value of the first character.
const FORMAT: u8 = 1;

/// Bytes before the counts: questionnaire, minimum, and n in three bytes.
const HEADER_BYTES: usize = 5;

/// Bytes of the check.
const CHECK_BYTES: usize = 3;

/// Counts written per item: answers 1-5; "no answer" follows from n.
const WRITTEN_COUNTS: usize = 5;

/// The index of the "no answer" count in [`TeamAggregate::counts`].
const NO_ANSWER: usize = 5;

// Every published questionnaire version fits in its byte (0 is never used),
// and so do the minimum and the largest n.
const _: () = {
    let mut index = 0;
    while index < PUBLISHED.len() {
        assert!(PUBLISHED[index].version >= 1 && PUBLISHED[index].version <= 0xFF);
        index += 1;
    }
    assert!(MAX_MIN_GROUP <= 0xFF && MAX_LINK_MEMBERS < 1 << 24);
};

/// The length of a format 1 code for a team of `n` members (at least 1) on a
/// questionnaire of `items` items.
pub const fn aggregate_code_length(items: usize, n: u32) -> usize {
    let width = count_width(n) as usize;
    let bytes = HEADER_BYTES + (items * WRITTEN_COUNTS * width).div_ceil(8) + CHECK_BYTES;
    1 + (bytes * 8).div_ceil(6)
}

/// The fewest and the most items of a published questionnaire version.
const PUBLISHED_ITEMS: (usize, usize) = {
    let (mut fewest, mut most, mut index) = (usize::MAX, 0, 0);
    while index < PUBLISHED.len() {
        let items = PUBLISHED[index].items.len();
        if items < fewest {
            fewest = items;
        }
        if items > most {
            most = items;
        }
        index += 1;
    }
    (fewest, most)
};

/// The shortest code of format 1, of the smallest team a link can hold on
/// the shortest published questionnaire.
const MIN_CODE_LENGTH: usize = aggregate_code_length(PUBLISHED_ITEMS.0, MIN_MIN_GROUP as u32);

/// The longest code of format 1.
const MAX_CODE_LENGTH: usize = aggregate_code_length(PUBLISHED_ITEMS.1, MAX_LINK_MEMBERS as u32);

/// The bits a count needs in a team of `n`: the bit length of n, at least 1.
const fn count_width(n: u32) -> u32 {
    if n == 0 {
        1
    } else {
        u32::BITS - n.leading_zeros()
    }
}

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
fn aggregate_of(
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

/// Why a text could not be read as a team link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum AggregateError {
    /// Nothing was given, or only whitespace.
    #[error("no team link was given")]
    Empty,
    /// The text is not a team link: a URL without `g=`, markup, characters
    /// no code has, or text far longer than any link.
    #[error("the text is not a team link")]
    NotATeamLink,
    /// The code was cut off, extended or changed: its length, spelling or
    /// check is wrong.
    #[error("the team link is damaged")]
    Damaged,
    /// The code names a format or questionnaire newer than this app knows.
    #[error("the team link was made by a newer version of the scan")]
    NewerVersion,
    /// The check is right but the numbers are impossible for a team link.
    #[error("the team link holds numbers no team link can have")]
    OutOfRange,
}

impl AggregateError {
    /// What the page says about the error: a newer version, or a link that
    /// cannot be read.
    pub fn text(self) -> Text {
        match self {
            AggregateError::NewerVersion => Text::TeamLinkNewer,
            _ => Text::TeamLinkBroken,
        }
    }
}

/// The bare code of a team aggregate.
///
/// The aggregate should be one [`aggregate`] made or [`decode_aggregate`]
/// read; a code of impossible numbers (counts above n, n above
/// [`MAX_LINK_MEMBERS`]) is written, but no app reads it.
pub fn encode_aggregate(a: &TeamAggregate) -> String {
    let n = u32::try_from(a.n).map_or(0xFF_FFFF, |n| n.min(0xFF_FFFF));
    let mut body = vec![
        u8::try_from(a.questionnaire.version).unwrap_or(0),
        u8::try_from(a.min_group).unwrap_or(u8::MAX),
    ];
    body.extend(&n.to_be_bytes()[1..]);
    let counts = a
        .counts
        .iter()
        .flat_map(|row| row[..WRITTEN_COUNTS].iter().copied());
    // Values regrouped into bytes are below 256.
    body.extend(
        pack(counts, count_width(n), 8)
            .into_iter()
            .map(|byte| byte as u8),
    );
    let check = crc24(&body);
    body.extend(&check.to_be_bytes()[1..]);
    std::iter::once(u32::from(FORMAT))
        .chain(pack(body.into_iter().map(u32::from), 8, 6))
        .map(|value| char::from(ALPHABET[value as usize]))
        .collect()
}

/// The URL fragment of a team aggregate, `g=CODE`, without the `#`.
pub fn aggregate_fragment(a: &TeamAggregate) -> String {
    format!("{AGGREGATE_FRAGMENT_KEY}={}", encode_aggregate(a))
}

/// Reads a team aggregate from pasted text or an address: a bare code,
/// `g=CODE`, `#g=CODE` or a URL whose fragment holds `g=CODE`, by the one
/// rule of `link_reader`. Never panics.
pub fn decode_aggregate(text: &str) -> Result<TeamAggregate, AggregateError> {
    use AggregateError::{Damaged, NewerVersion, NotATeamLink, OutOfRange};
    let code = find_code(text)?;
    let symbols: Vec<u32> = code
        .chars()
        .map(symbol_value)
        .collect::<Option<_>>()
        .ok_or(NotATeamLink)?;
    let (&format, rest) = symbols.split_first().ok_or(Damaged)?;
    if is_later_format(format, &code) {
        return Err(NewerVersion);
    }
    if format != u32::from(FORMAT) || symbols.len() > MAX_CODE_LENGTH {
        return Err(Damaged);
    }
    let (body, _, _) = regroup(rest.iter().copied(), 6, 8);
    let body: Vec<u8> = body.into_iter().map(|byte| byte as u8).collect();
    let Some((payload, &[c2, c1, c0])) = body.split_last_chunk::<CHECK_BYTES>() else {
        return Err(Damaged);
    };
    if u32::from_be_bytes([0, c2, c1, c0]) != crc24(payload) {
        return Err(Damaged);
    }
    let Some((&[version, min, n2, n1, n0], counts)) = payload.split_first_chunk::<HEADER_BYTES>()
    else {
        return Err(Damaged);
    };
    let version = u16::from(version);
    let latest = PUBLISHED.iter().map(|q| q.version).max().unwrap_or(0);
    let newer = if version > latest {
        NewerVersion
    } else {
        OutOfRange
    };
    let questionnaire = Questionnaire::by_version(version).ok_or(newer)?;
    let (min_group, n) = (usize::from(min), u32::from_be_bytes([0, n2, n1, n0]));
    if !(MIN_MIN_GROUP..=MAX_MIN_GROUP).contains(&min_group)
        || n as usize > MAX_LINK_MEMBERS
        || (n as usize) < min_group
    {
        return Err(OutOfRange);
    }
    let width = count_width(n);
    let (values, _, _) = regroup(counts.iter().map(|&b| u32::from(b)), 8, width);
    if values.len() < questionnaire.item_count() * WRITTEN_COUNTS {
        return Err(Damaged);
    }
    let mut table = vec![[0u32; 6]; questionnaire.item_count()];
    for (row, written) in table.iter_mut().zip(values.chunks_exact(WRITTEN_COUNTS)) {
        let answered: u32 = written.iter().sum();
        // The privacy rule holds in every link: an item is answered by none
        // or by at least the minimum.
        if answered > n || (answered > 0 && (answered as usize) < min_group) {
            return Err(OutOfRange);
        }
        row[..WRITTEN_COUNTS].copy_from_slice(written);
        row[NO_ANSWER] = n - answered;
    }
    let aggregate = TeamAggregate {
        questionnaire,
        min_group,
        n: n as usize,
        counts: table,
    };
    // One spelling per code: extra bytes, unused bits that are not zero and
    // the like only pass the check when the code was made to pass it.
    if encode_aggregate(&aggregate) != code {
        return Err(Damaged);
    }
    Ok(aggregate)
}

/// Finds the code in pasted text or an address by the one rule of
/// `link_reader`; the code itself is not checked here.
fn find_code(text: &str) -> Result<String, AggregateError> {
    match link_reader::read(text, LinkKind::TeamLink) {
        Reading::Empty => Err(AggregateError::Empty),
        Reading::NotALink => Err(AggregateError::NotATeamLink),
        Reading::Code(code) => Ok(code),
    }
}

/// Whether a code is one of a later format (see the module docs): a format
/// number above 1, at least the shortest length of format 1, and the frame
/// every format keeps with a check that fits.
fn is_later_format(format: u32, code: &str) -> bool {
    let (Ok(format), Some(rest)) = (u8::try_from(format), code.get(1..)) else {
        return false;
    };
    format > FORMAT
        && code.len() >= MIN_CODE_LENGTH
        && codec::from_base64url_exact(rest)
            .is_some_and(|bytes| codec::ends_in_crc24(&[format], &bytes))
}

/// The value 0-63 of a base64url character, `None` for any other character.
fn symbol_value(symbol: char) -> Option<u32> {
    codec::symbol_value(symbol).map(u32::from)
}

/// Splits the bit string of `values` (each `from` bits wide, most
/// significant first) into `to`-bit values, `to` at most 24. Returns the
/// groups, and the width and value of the bits left over.
fn regroup(values: impl IntoIterator<Item = u32>, from: u32, to: u32) -> (Vec<u32>, u32, u32) {
    let (mut groups, mut bits, mut width) = (Vec::new(), 0u64, 0u32);
    for value in values {
        bits = (bits << from) | (u64::from(value) & ((1 << from) - 1));
        width += from;
        while width >= to {
            width -= to;
            groups.push(((bits >> width) & ((1 << to) - 1)) as u32);
        }
    }
    (groups, width, (bits & ((1 << width) - 1)) as u32)
}

/// Like [`regroup`], with the bits left over filled with zeros to a last group.
fn pack(values: impl IntoIterator<Item = u32>, from: u32, to: u32) -> Vec<u32> {
    let (mut groups, width, rest) = regroup(values, from, to);
    if width > 0 {
        groups.push(rest << (to - width));
    }
    groups
}

/// CRC-24/OpenPGP of the format number as a byte followed by `bytes`.
fn crc24(bytes: &[u8]) -> u32 {
    codec::crc24(std::iter::once(FORMAT).chain(bytes.iter().copied()))
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
