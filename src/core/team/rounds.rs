//! Team rounds: a team's profile kept over time, aggregates only, so that a
//! facilitator can compare two rounds of a team and follow its trend.
//!
//! A [`Round`] holds what a team link holds (the answer counts of a
//! [`TeamAggregate`], under the minimum group size of that round) and, when
//! it was kept from a team profile with roles, the dimension means of each
//! role group the team view showed. It holds nothing about any one member.
//! Every figure of a round is worked out from its own aggregate under its
//! own minimum ([`round_figures`]), as the page of its team link shows it;
//! a [`Trend`] lines rounds up by day and says when they are not alike
//! ([`RoundsNote`]).

use super::aggregate::{aggregate_summary, TeamAggregate};
use super::gap::PerceptionGap;
use crate::core::links::team::AggregateError;

use crate::core::i18n::Text;
use crate::core::links::invite::limit_label;
use crate::core::model::{Dimension, Role};
use crate::core::order::sort_small_by_key;
use crate::core::scan::actions::Day;
use crate::core::scan::scoring::display_score;

/// The most rounds kept in this browser; the oldest kept go first.
pub const MAX_ROUNDS: usize = 200;

/// The dimension means of one role group of a round, as the team view
/// showed them (only groups it showed, each at least the minimum).
#[derive(Debug, Clone, PartialEq)]
pub struct RoleRound {
    /// The role.
    pub role: Role,
    /// The number of members in the group.
    pub n: usize,
    /// Per dimension, the group's mean; `None` when too few in the group had
    /// a score for it.
    pub means: Vec<(Dimension, Option<f64>)>,
}

/// One round of a team, kept by a facilitator.
#[derive(Debug, Clone, PartialEq)]
pub struct Round {
    /// When it was kept (ms since 1970): its identity in this browser.
    pub id: i64,
    /// The team's name as the facilitator wrote it; rounds of one team
    /// share it ([`same_team`]).
    pub team: String,
    /// The day of the round.
    pub day: Day,
    /// The answer counts, as a team link carries them.
    pub aggregate: TeamAggregate,
    /// The shown role groups, or `None` when the round came from a team
    /// link, which carries no roles.
    pub roles: Option<Vec<RoleRound>>,
}

/// A mean as a round keeps it: to a hundredth of a point, so that it is
/// stored as a whole number of hundredths and reads back the same.
pub fn kept_mean(mean: f64) -> f64 {
    (mean * 100.0).round() / 100.0
}

/// The shown role groups of a perception gap, for keeping with a round;
/// their means to a hundredth of a point ([`kept_mean`]).
pub fn roles_of(gap: &PerceptionGap) -> Vec<RoleRound> {
    gap.shown()
        .into_iter()
        .map(|(role, profile)| RoleRound {
            role,
            n: profile.n,
            means: gap
                .means
                .iter()
                .map(|row| {
                    let mean = row
                        .by_role
                        .iter()
                        .find(|(of, _)| *of == role)
                        .and_then(|(_, mean)| *mean);
                    (row.dimension, mean.map(kept_mean))
                })
                .collect(),
        })
        .collect()
}

/// A team name as kept: trimmed and at most 80 characters, like a
/// session's label.
pub fn team_name(text: &str) -> String {
    limit_label(text).0
}

/// Whether two team names name the same team: equal apart from the spaces
/// around them and the case of the letters A to Z. (Other letters compare
/// as written: Unicode's case tables would cost the app 7 KiB; the form
/// offers the names already kept, so a name is picked rather than typed
/// again.)
pub fn same_team(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// The names of the teams among the rounds, each once (as first kept), for
/// the form to offer.
pub fn team_names(rounds: &[Round]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for round in rounds {
        if !names.iter().any(|name| same_team(name, &round.team)) {
            names.push(round.team.clone());
        }
    }
    names
}

/// What a round says, worked out from its aggregate under its own minimum.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundFigures {
    /// Per dimension of its questionnaire, the mean of its item means.
    pub dimensions: Vec<(Dimension, Option<f64>)>,
    /// The Social Innovation Index.
    pub index: Option<f64>,
    /// Coherence.
    pub coherence: Option<f64>,
    /// Per dimension, the perception gap: how far apart the highest and the
    /// lowest role group's means are. `None` for the whole when the roles are
    /// not known; a dimension's gap is `None` unless two groups have a mean.
    pub gaps: Option<Vec<(Dimension, Option<f64>)>>,
}

/// The figures of a round.
pub fn round_figures(round: &Round) -> RoundFigures {
    let summary = aggregate_summary(&round.aggregate);
    let gaps = round.roles.as_ref().map(|roles| {
        summary
            .dimensions
            .iter()
            .map(|&(dimension, _)| (dimension, gap_of(roles, dimension)))
            .collect()
    });
    RoundFigures {
        dimensions: summary.dimensions,
        index: summary.index,
        coherence: summary.coherence,
        gaps,
    }
}

/// The highest role mean of a dimension minus the lowest, with at least
/// two means.
fn gap_of(roles: &[RoleRound], dimension: Dimension) -> Option<f64> {
    let means: Vec<f64> = roles
        .iter()
        .filter_map(|role| {
            role.means
                .iter()
                .find(|(of, _)| *of == dimension)
                .and_then(|(_, mean)| *mean)
        })
        .collect();
    (means.len() >= 2).then(|| {
        let high = means.iter().copied().fold(f64::MIN, f64::max);
        let low = means.iter().copied().fold(f64::MAX, f64::min);
        high - low
    })
}

/// The teams among the rounds: per team name (as [`same_team`] compares
/// them), its rounds in order of day and then of keeping. Teams are in the
/// order of their latest round, the latest first.
pub fn teams(rounds: &[Round]) -> Vec<Vec<&Round>> {
    let mut teams: Vec<Vec<&Round>> = Vec::new();
    for round in rounds {
        match teams
            .iter_mut()
            .find(|team| same_team(&team[0].team, &round.team))
        {
            Some(team) => team.push(round),
            None => teams.push(vec![round]),
        }
    }
    for team in &mut teams {
        sort_small_by_key(team, |round| (round.day, round.id));
    }
    let latest = |team: &Vec<&Round>| team.last().map(|round| (round.day, round.id));
    sort_small_by_key(&mut teams, |team| std::cmp::Reverse(latest(team)));
    teams
}

/// One line of a trend: a value per round, in the trend's order.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendRow {
    /// The dimension, or `None` for a line of the whole (index, coherence).
    pub dimension: Option<Dimension>,
    /// Per round, its value; `None` when that round does not show it.
    pub values: Vec<Option<f64>>,
}

impl TrendRow {
    /// The change from the first round to the last, as the shown (rounded)
    /// values differ, when both are shown; so the change always adds up
    /// with the numbers beside it.
    pub fn shown_change(&self) -> Option<i64> {
        let first = (*self.values.first()?)?;
        let last = (*self.values.last()?)?;
        Some(display_score(last) - display_score(first))
    }

    /// The values as shown, rounded to whole numbers.
    pub fn shown_values(&self) -> Vec<Option<i64>> {
        self.values.iter().map(|v| v.map(display_score)).collect()
    }
}

/// Why rounds of a trend may not compare one to one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoundsNote {
    /// The rounds used different questionnaire versions: these versions.
    Versions(Vec<u16>),
    /// The rounds used different minimum group sizes: these sizes.
    Minimums(Vec<usize>),
    /// This many of the rounds came from a team link, which carries no
    /// roles: their perception gap is not known.
    NoRoles(usize),
}

/// Rounds of a team side by side: two to compare, or all of them for the trend.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend<'a> {
    /// The rounds, in order of day and then of keeping.
    pub rounds: Vec<&'a Round>,
    /// Per dimension (of any round, in the order they first occur), its mean per round.
    pub dimensions: Vec<TrendRow>,
    /// The index per round.
    pub index: TrendRow,
    /// Coherence per round.
    pub coherence: TrendRow,
    /// Per dimension, the perception gap per round; empty when no round
    /// knows its roles.
    pub gaps: Vec<TrendRow>,
    /// What makes the rounds differ, in this order: versions, minimums, roles.
    pub notes: Vec<RoundsNote>,
}

/// The trend of the given rounds (in any order; they are put in order of
/// day and then of keeping).
pub fn trend<'a>(rounds: &[&'a Round]) -> Trend<'a> {
    let mut rounds: Vec<&Round> = rounds.to_vec();
    sort_small_by_key(&mut rounds, |round| (round.day, round.id));
    let figures: Vec<RoundFigures> = rounds.iter().map(|round| round_figures(round)).collect();
    let mut order: Vec<Dimension> = Vec::new();
    for figure in &figures {
        for &(dimension, _) in &figure.dimensions {
            if !order.contains(&dimension) {
                order.push(dimension);
            }
        }
    }
    let value_of = |list: &[(Dimension, Option<f64>)], dimension: Dimension| {
        list.iter()
            .find(|(of, _)| *of == dimension)
            .and_then(|(_, value)| *value)
    };
    let dimensions = order
        .iter()
        .map(|&dimension| TrendRow {
            dimension: Some(dimension),
            values: figures
                .iter()
                .map(|f| value_of(&f.dimensions, dimension))
                .collect(),
        })
        .collect();
    let with_roles = figures.iter().filter(|f| f.gaps.is_some()).count();
    let gaps = if with_roles == 0 {
        Vec::new()
    } else {
        order
            .iter()
            .map(|&dimension| TrendRow {
                dimension: Some(dimension),
                values: figures
                    .iter()
                    .map(|f| f.gaps.as_deref().and_then(|gaps| value_of(gaps, dimension)))
                    .collect(),
            })
            .collect()
    };
    let whole = |pick: fn(&RoundFigures) -> Option<f64>| TrendRow {
        dimension: None,
        values: figures.iter().map(pick).collect(),
    };
    let mut notes = Vec::new();
    let versions = distinct(rounds.iter().map(|r| r.aggregate.questionnaire.version));
    if versions.len() > 1 {
        notes.push(RoundsNote::Versions(versions));
    }
    let minimums = distinct(rounds.iter().map(|r| r.aggregate.min_group));
    if minimums.len() > 1 {
        notes.push(RoundsNote::Minimums(minimums));
    }
    if with_roles < rounds.len() {
        notes.push(RoundsNote::NoRoles(rounds.len() - with_roles));
    }
    Trend {
        index: whole(|f| f.index),
        coherence: whole(|f| f.coherence),
        rounds,
        dimensions,
        gaps,
        notes,
    }
}

/// The distinct values, from low to high.
fn distinct<T: Ord + Copy>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut list: Vec<T> = Vec::new();
    for value in values {
        if !list.contains(&value) {
            list.push(value);
        }
    }
    sort_small_by_key(&mut list, |value| *value);
    list
}

/// Whether a round like this one is kept already: the same team, day and
/// answer counts (the same team link kept twice).
pub fn is_kept(rounds: &[Round], round: &Round) -> bool {
    rounds.iter().any(|kept| {
        same_team(&kept.team, &round.team)
            && kept.day == round.day
            && kept.aggregate == round.aggregate
    })
}

/// Why a round cannot be kept as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundError {
    /// The team link pasted for it does not read.
    Link(AggregateError),
    /// The team has no name.
    NoName,
    /// The day is not a day.
    NoDay,
}

impl RoundError {
    /// What the form says.
    pub fn text(self) -> Text {
        match self {
            RoundError::Link(error) => error.text(),
            RoundError::NoName => Text::RoundNeedsName,
            RoundError::NoDay => Text::RoundNeedsDay,
        }
    }
}

/// What keeping a new round did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keeping {
    /// It is kept now, as a round of this team.
    Kept(String),
    /// A like round ([`is_kept`]) was kept before, for this team; nothing changed.
    Already(String),
}

/// What the form that keeps a round says stays in this browser, for the
/// roles it keeps: the totals per statement, and the mean of each role
/// group when there are groups to keep. A team link carries no roles, and
/// a team profile may show no group; then only the totals are kept, and
/// the form says no more than that.
pub fn keep_round_intro(roles: Option<&[RoleRound]>) -> Text {
    match roles {
        Some(roles) if !roles.is_empty() => Text::KeepRoundIntro,
        _ => Text::KeepRoundIntroTotals,
    }
}

/// Keeps a new round unless a like one is kept already ([`is_kept`]): the
/// form's one step after [`new_round`].
pub fn keep_new_round(rounds: &mut Vec<Round>, round: Round) -> Keeping {
    let team = round.team.clone();
    if is_kept(rounds, &round) {
        return Keeping::Already(team);
    }
    keep_round(rounds, round);
    Keeping::Kept(team)
}

/// A round from what the facilitator filled in: the team's name (cut to 80
/// characters) and the day as a date field gives it (`YYYY-MM-DD`).
pub fn new_round(
    id: i64,
    team: &str,
    day: &str,
    aggregate: TeamAggregate,
    roles: Option<Vec<RoleRound>>,
) -> Result<Round, RoundError> {
    let team = team_name(team);
    if team.is_empty() {
        return Err(RoundError::NoName);
    }
    let day = Day::parse(day.trim()).ok_or(RoundError::NoDay)?;
    Ok(Round {
        id,
        team,
        day,
        aggregate,
        roles,
    })
}

/// Keeps a new round: at most [`MAX_ROUNDS`], the oldest kept go first.
/// A new round's id is above every other ([`new_round_id`]), so the rounds
/// stay in the order they were kept.
pub fn keep_round(rounds: &mut Vec<Round>, round: Round) {
    rounds.retain(|kept| kept.id != round.id);
    rounds.push(round);
    if rounds.len() > MAX_ROUNDS {
        let excess = rounds.len() - MAX_ROUNDS;
        rounds.drain(..excess);
    }
}

/// A new round's id: the time it is kept, or one more than the latest id
/// when that is not later (two rounds kept in one millisecond, or a clock
/// that went back).
pub fn new_round_id(rounds: &[Round], now_ms: i64) -> i64 {
    let latest = rounds.iter().map(|round| round.id).max();
    match latest {
        Some(latest) if latest >= now_ms => latest + 1,
        _ => now_ms,
    }
}
