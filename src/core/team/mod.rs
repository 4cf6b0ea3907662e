//! Team aggregation: many members' answers on one questionnaire become a team
//! profile ([`profile`]), a perception gap between roles ([`gap`]) and an
//! aggregate of answer counts ([`aggregate`]), which `links::team` writes as
//! a team link; a shown team's exports ([`export`]); sealed replies, the
//! way members of a sealed session send their results ([`sealed`]), read by
//! camera in the room ([`scan`]); a team's rounds over time, aggregates
//! only ([`rounds`]); and the screens of the workshop view of a shown team
//! ([`workshop`]).
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
//! - individual answers are never exposed: [`profile::DimensionStats::scores`] is
//!   sorted, so it says nothing about who gave which score, and it exists only
//!   when at least the minimum of members have a score;
//! - a [`TeamAggregate`] (and so a team link) carries per item only how many
//!   members gave each answer, and an item that fewer than the minimum
//!   answered is written as unanswered by all.
//!
//! The rule is per group, so on its own it would not stop subtraction
//! between groups that are both shown: a facilitator who sees the whole team
//! and all but one of its role groups could work out the rest of the team by
//! difference. [`gap::perception_gap`] therefore also withholds role groups
//! (as [`Group::Withheld`]) until the members outside the shown groups are
//! none or at least the minimum, and then does the same per dimension,
//! counting only the members with a score on it: a group is withheld on a
//! dimension alone when the scored members outside the groups shown there
//! would be fewer than the minimum ([`gap::RoleMeans::withheld`]).

pub mod aggregate;
pub mod export;
pub mod gap;
pub mod profile;
pub mod rounds;
pub mod scan;
pub mod sealed;
pub mod workshop;

use aggregate::{aggregate_of, TeamAggregate};
use gap::{gap_of_scored, PerceptionGap};
use profile::{profile_of_scored, TeamProfile};

use crate::core::model::Role;
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::answers::AnswerSheet;
use crate::core::scan::scoring::{self, Tallies};

/// The minimum group size a facilitator gets unless they choose another.
pub const DEFAULT_MIN_GROUP: usize = 5;

/// The lowest minimum group size: smaller groups would expose individuals.
pub const MIN_MIN_GROUP: usize = 3;

/// The highest minimum group size.
pub const MAX_MIN_GROUP: usize = 50;

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
pub(crate) fn members_of<'a>(
    questionnaire: &Questionnaire,
    members: &'a [Member],
) -> Vec<&'a Member> {
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
/// [`profile::profile`], [`gap::perception_gap`] and [`aggregate::aggregate`] each on their own, only
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
pub(crate) fn score_members_of<'a>(members: &[&'a Member]) -> Vec<ScoredMember<'a>> {
    members
        .iter()
        .map(|&member| ScoredMember {
            member,
            tallies: scoring::tallies(&member.questionnaire, &member.answers),
        })
        .collect()
}
