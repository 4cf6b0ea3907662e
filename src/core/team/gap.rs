//! The perception gap: how differently the roles in a team see their
//! organisation, each role group under the privacy rule of the team.

use super::profile::{has_dimension_score, profile_of_scored, TeamProfile};
use super::{clamp_min_group, members_of, score_members_of, Group, Member, ScoredMember};

use crate::core::model::{Dimension, Role};
use crate::core::questionnaire::Questionnaire;
use crate::core::scan::scoring::{coherence, social_innovation_index};

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
    /// few scores for it, or when it is withheld on this dimension.
    pub by_role: Vec<(Role, Option<f64>)>,
    /// The shown groups, in role order, whose figures of this dimension are
    /// withheld by the subtraction rule ([`perception_gap`]): their mean in
    /// [`RoleMeans::by_role`] is `None` although enough of them have a score.
    pub withheld: Vec<Role>,
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
///
/// The same holds per dimension, counting only the members with a score on
/// it: the team's mean of a dimension is over those members, so members
/// without a score there make the rest smaller than the whole-team count
/// says. When the scored members outside the groups shown on a dimension
/// are between none and the minimum, the smallest of those groups is
/// withheld on that dimension alone (its statistics of the dimension become
/// `None`, its index and coherence, which need every dimension, too), and
/// [`RoleMeans::withheld`] says so. Withholding a group shown on a
/// dimension adds at least the minimum to the rest, so once is enough.
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
pub(crate) fn gap_of_scored(
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
    withhold_until_safe(
        &mut groups,
        members.len(),
        min,
        |g| g.profile.shown().map(|p| p.n),
        |g| {
            let n = g.profile.shown().map_or(0, |p| p.n);
            g.profile = Group::Withheld { n };
        },
    );
    let withheld = withhold_per_dimension(questionnaire, members, &mut groups, min);
    let shown: Vec<(Role, &TeamProfile)> = groups
        .iter()
        .filter_map(|g| Some((g.role, g.profile.shown()?)))
        .collect();
    let means: Vec<RoleMeans> = questionnaire
        .dimensions
        .iter()
        .zip(withheld)
        .map(|(&dimension, withheld)| RoleMeans {
            dimension,
            by_role: shown
                .iter()
                .map(|(role, p)| (*role, p.dimension(dimension).map(|s| s.mean)))
                .collect(),
            withheld,
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

/// The subtraction rule's step, for whole groups and per dimension: while
/// the members that the groups counted by `size` (`Some(n)` for a group
/// shown there) leave out number 1 to `min` − 1 of `total`, `withhold` the
/// smallest such group; a tie goes to the later role, so the earlier roles
/// stay visible.
fn withhold_until_safe(
    groups: &mut [RoleGroup],
    total: usize,
    min: usize,
    size: impl Fn(&RoleGroup) -> Option<usize>,
    mut withhold: impl FnMut(&mut RoleGroup),
) {
    loop {
        let covered: usize = groups.iter().filter_map(&size).sum();
        let rest = total.saturating_sub(covered);
        if rest == 0 || rest >= min {
            break;
        }
        let Some(smallest) = groups
            .iter_mut()
            .rev()
            .filter(|g| size(g).is_some())
            .min_by_key(|g| size(g).unwrap_or(usize::MAX))
        else {
            break;
        };
        withhold(smallest);
    }
}

/// The subtraction rule per dimension (see [`perception_gap`]): per
/// dimension of the questionnaire, in its order, the roles withheld on it.
fn withhold_per_dimension(
    questionnaire: &Questionnaire,
    members: &[&ScoredMember],
    groups: &mut [RoleGroup],
    min: usize,
) -> Vec<Vec<Role>> {
    let withheld: Vec<Vec<Role>> = questionnaire
        .dimensions
        .iter()
        .enumerate()
        .map(|(position, &dimension)| {
            let scored = members
                .iter()
                .filter(|m| has_dimension_score(questionnaire, m, dimension))
                .count();
            let mut withheld = Vec::new();
            withhold_until_safe(
                groups,
                scored,
                min,
                |g| {
                    g.profile
                        .shown()
                        .and_then(|p| p.dimensions.get(position)?.as_ref())
                        .map(|stats| stats.n)
                },
                |g| {
                    if let Group::Shown(profile) = &mut g.profile {
                        profile.dimensions[position] = None;
                    }
                    withheld.push(g.role);
                },
            );
            withheld.sort();
            withheld
        })
        .collect();
    // A group's index and coherence need every dimension's mean, so they go
    // with a withheld one; worked out again, they say nothing about it.
    for group in groups.iter_mut() {
        if let Group::Shown(profile) = &mut group.profile {
            let means = profile.means();
            profile.index = social_innovation_index(&means);
            profile.coherence = coherence(&means);
        }
    }
    withheld
}
