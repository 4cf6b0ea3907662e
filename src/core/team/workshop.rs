//! The workshop view of a team profile: the findings of the team view, one
//! per screen, for a projector or a shared screen, each with a prompt for
//! the discussion in the room.
//!
//! [`screens`] decides which screens there are, what each is about and
//! which prompt it carries, from the [`TeamProfile`] and the
//! [`PerceptionGap`] the team view already shows, and nothing else: no
//! screen holds a number or a group the team view does not show. A role
//! group that is too small or withheld (the privacy rule in
//! [`crate::core::team`]) is on the screens only as its count, as in the
//! team view. [`key_move`] and [`Move::apply`] are the keyboard rules of the
//! presentation.
//!
//! The order of the screens follows the team view: the profile, the
//! perception gap by role, where the team agrees least and most, and the
//! themes. A screen with nothing to show (no statement with enough answers,
//! no theme with enough scores) is left out; the profile and the role
//! screen are always there.

use super::gap::{LargestGap, PerceptionGap};
use super::profile::{ItemSpread, TeamProfile};
use super::Group;

use crate::core::i18n::{fill, Lang, Text};
use crate::core::model::{Dimension, Role, Theme};
use crate::core::order::sort_small_by;
use crate::core::scan::scoring::display_score;

/// From this mean item score on, the statements the team agrees on most
/// are read as a shared strength; below it, as a shared concern.
pub const SHARED_STRENGTH_FROM: f64 = 50.0;

/// The most screens a team gets: the profile, the roles, where the team
/// agrees least and most, and the themes.
pub const MAX_SCREENS: usize = 5;

/// One screen of the workshop view: a finding and its prompt.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    /// What the screen shows.
    pub finding: Finding,
    /// The question the screen puts to the room.
    pub prompt: Prompt,
}

/// What one screen shows, as the team view shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// The whole team: the radar of the dimension means with the range as a
    /// band, the number of participants, the index and coherence.
    Profile {
        /// The number of participants.
        n: usize,
        /// The Social Innovation Index, when there is one.
        index: Option<f64>,
        /// Coherence, when there is one.
        coherence: Option<f64>,
    },
    /// The perception gap: at least two role groups are shown side by side.
    RoleGap {
        /// Every role group that occurs, in role order, shown or as its count only.
        roles: Vec<(Role, Group<usize>)>,
        /// The largest difference between two shown groups, if any.
        largest: Option<LargestGap>,
    },
    /// Fewer than two role groups are shown, so there is nothing to compare.
    RoleGapNeedsTwo {
        /// Every role group that occurs, in role order, shown or as its count only.
        roles: Vec<(Role, Group<usize>)>,
    },
    /// The statements the team agrees on least, largest spread first.
    AgreesLeast {
        /// The statements, as the team view lists them.
        items: Vec<ItemSpread>,
    },
    /// The statements the team agrees on most, smallest spread first.
    AgreesMost {
        /// The statements, as the team view lists them.
        items: Vec<ItemSpread>,
    },
    /// The themes with enough scores, highest first; ties in theme order.
    Themes {
        /// Each shown theme and its mean.
        themes: Vec<(Theme, f64)>,
    },
}

impl Finding {
    /// The title of the screen.
    pub fn title(&self) -> Text {
        match self {
            Finding::Profile { .. } => Text::TeamProfileTitle,
            Finding::RoleGap { .. } | Finding::RoleGapNeedsTwo { .. } => Text::PerceptionTitle,
            Finding::AgreesLeast { .. } => Text::DisagreeTitle,
            Finding::AgreesMost { .. } => Text::AgreeTitle,
            Finding::Themes { .. } => Text::ThemesTitle,
        }
    }

    /// A short, stable name of the kind of screen (for the page's markup and
    /// its tests).
    pub fn id(&self) -> &'static str {
        match self {
            Finding::Profile { .. } => "profile",
            Finding::RoleGap { .. } => "roles",
            Finding::RoleGapNeedsTwo { .. } => "roles-needs-two",
            Finding::AgreesLeast { .. } => "agrees-least",
            Finding::AgreesMost { .. } => "agrees-most",
            Finding::Themes { .. } => "themes",
        }
    }
}

/// The discussion prompt of a screen, chosen by what the screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prompt {
    /// The dimensions differ: what works in the strongest, for the weakest.
    StrongestWeakest {
        /// The dimension with the highest mean (the first of equals).
        strongest: Dimension,
        /// The dimension with the lowest mean (the first of equals), as the
        /// team view names it.
        weakest: Dimension,
    },
    /// The shown dimensions do not differ, or fewer than two are shown.
    ProfileEven,
    /// Two roles see one dimension differently: where does that come from.
    RoleGap {
        /// The dimension of the largest gap.
        dimension: Dimension,
        /// The role with the higher mean.
        higher: Role,
        /// The role with the lower mean.
        lower: Role,
    },
    /// The shown roles see every dimension the same.
    RolesAlike,
    /// Fewer than two roles are shown: ask the room instead.
    RolesUnknown,
    /// The statements with the largest spread.
    AgreesLeast,
    /// The statements with the smallest spread score well: a shared strength.
    SharedStrength,
    /// The statements with the smallest spread score low: a shared concern.
    SharedConcern,
    /// The themes differ: what the strongest can lend the weakest.
    StrongestWeakestTheme {
        /// The theme with the highest mean.
        strongest: Theme,
        /// The theme with the lowest mean.
        weakest: Theme,
    },
    /// The shown themes do not differ, or only one is shown.
    ThemesEven,
}

impl Prompt {
    /// The prompt in a language, its placeholders filled.
    pub fn text(self, lang: Lang) -> String {
        let label = |text: Text| text.get(lang);
        match self {
            Prompt::StrongestWeakest { strongest, weakest } => fill(
                label(Text::WorkshopPromptStrongestWeakest),
                &[
                    ("strongest", label(strongest.label())),
                    ("weakest", label(weakest.label())),
                ],
            ),
            Prompt::RoleGap {
                dimension,
                higher,
                lower,
            } => fill(
                label(Text::TeamDiscussGap),
                &[
                    ("dimension", label(dimension.label())),
                    ("high", label(higher.label())),
                    ("low", label(lower.label())),
                ],
            ),
            Prompt::StrongestWeakestTheme { strongest, weakest } => fill(
                label(Text::WorkshopPromptThemes),
                &[
                    ("strongest", label(strongest.label())),
                    ("weakest", label(weakest.label())),
                ],
            ),
            Prompt::ProfileEven => label(Text::WorkshopPromptProfileEven).to_owned(),
            Prompt::RolesAlike => label(Text::WorkshopPromptRolesAlike).to_owned(),
            Prompt::RolesUnknown => label(Text::WorkshopPromptRolesUnknown).to_owned(),
            Prompt::AgreesLeast => label(Text::WorkshopPromptAgreesLeast).to_owned(),
            Prompt::SharedStrength => label(Text::WorkshopPromptSharedStrength).to_owned(),
            Prompt::SharedConcern => label(Text::WorkshopPromptSharedConcern).to_owned(),
            Prompt::ThemesEven => label(Text::WorkshopPromptThemesEven).to_owned(),
        }
    }
}

/// The screens of the workshop view of a shown team and its role groups, at
/// most [`MAX_SCREENS`].
pub fn screens(team: &TeamProfile, gap: &PerceptionGap) -> Vec<Screen> {
    let mut screens = vec![profile_screen(team), role_screen(gap)];
    if !team.most_disagreed.is_empty() {
        screens.push(Screen {
            finding: Finding::AgreesLeast {
                items: team.most_disagreed.clone(),
            },
            prompt: Prompt::AgreesLeast,
        });
    }
    if !team.most_agreed.is_empty() {
        let mean = team.most_agreed.iter().map(|item| item.mean).sum::<f64>()
            / team.most_agreed.len() as f64;
        screens.push(Screen {
            finding: Finding::AgreesMost {
                items: team.most_agreed.clone(),
            },
            prompt: if mean >= SHARED_STRENGTH_FROM {
                Prompt::SharedStrength
            } else {
                Prompt::SharedConcern
            },
        });
    }
    if let Some(screen) = theme_screen(team) {
        screens.push(screen);
    }
    screens
}

/// The first and the last of the highest and the lowest, as shown: equal
/// shown scores are no difference to discuss. `None` without a difference.
fn extremes<T: Copy>(scored: &[(T, f64)]) -> Option<(T, T)> {
    let mut highest = *scored.first()?;
    let mut lowest = highest;
    for &(what, score) in &scored[1..] {
        if score > highest.1 {
            highest = (what, score);
        }
        if score < lowest.1 {
            lowest = (what, score);
        }
    }
    (display_score(highest.1) != display_score(lowest.1)).then_some((highest.0, lowest.0))
}

/// The team as a whole, with the strongest and weakest dimension to talk about.
fn profile_screen(team: &TeamProfile) -> Screen {
    let means: Vec<(Dimension, f64)> = team
        .shown_dimensions()
        .map(|stats| (stats.dimension, stats.mean))
        .collect();
    Screen {
        finding: Finding::Profile {
            n: team.n,
            index: team.index,
            coherence: team.coherence,
        },
        prompt: match extremes(&means) {
            Some((strongest, weakest)) => Prompt::StrongestWeakest { strongest, weakest },
            None => Prompt::ProfileEven,
        },
    }
}

/// The role groups: compared when at least two are shown, else only counted.
fn role_screen(gap: &PerceptionGap) -> Screen {
    // Only the size of a group goes on a screen, whether it is shown or not.
    let roles: Vec<(Role, Group<usize>)> = gap
        .groups
        .iter()
        .map(|group| {
            let count = match &group.profile {
                Group::Shown(profile) => Group::Shown(profile.n),
                Group::TooSmall { n, min } => Group::TooSmall { n: *n, min: *min },
                Group::Withheld { n } => Group::Withheld { n: *n },
            };
            (group.role, count)
        })
        .collect();
    if gap.shown().len() < 2 {
        return Screen {
            finding: Finding::RoleGapNeedsTwo { roles },
            prompt: Prompt::RolesUnknown,
        };
    }
    Screen {
        finding: Finding::RoleGap {
            roles,
            largest: gap.largest,
        },
        prompt: match gap.largest {
            Some(largest) => Prompt::RoleGap {
                dimension: largest.dimension,
                higher: largest.higher,
                lower: largest.lower,
            },
            None => Prompt::RolesAlike,
        },
    }
}

/// The shown themes, highest first, or `None` when no theme is shown.
fn theme_screen(team: &TeamProfile) -> Option<Screen> {
    let shown: Vec<(Theme, f64)> = Theme::ALL
        .into_iter()
        .zip(team.themes)
        .filter_map(|(theme, mean)| Some((theme, mean?)))
        .collect();
    if shown.is_empty() {
        return None;
    }
    let prompt = match extremes(&shown) {
        Some((strongest, weakest)) => Prompt::StrongestWeakestTheme { strongest, weakest },
        None => Prompt::ThemesEven,
    };
    let mut themes = shown;
    // A stable sort: equal means stay in theme order.
    sort_small_by(&mut themes, |a, b| b.1.total_cmp(&a.1));
    Some(Screen {
        finding: Finding::Themes { themes },
        prompt,
    })
}

/// A move through the screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// To the next screen (none after the last).
    Next,
    /// To the previous screen (none before the first).
    Previous,
    /// To the first screen.
    First,
    /// To the last screen.
    Last,
    /// Out of the workshop view, back to the team profile.
    Leave,
}

impl Move {
    /// The screen this move leads to from `current` of `count` screens, or
    /// `None` for leaving; at either end it stays where it is.
    pub fn apply(self, current: usize, count: usize) -> Option<usize> {
        let last = count.saturating_sub(1);
        match self {
            Move::Next => Some((current + 1).min(last)),
            Move::Previous => Some(current.saturating_sub(1).min(last)),
            Move::First => Some(0),
            Move::Last => Some(last),
            Move::Leave => None,
        }
    }
}

/// The meaning of a key in the workshop view. `on_control` says whether the
/// focus is on a button, whose own Space and Enter are left to it.
pub fn key_move(key: &str, on_control: bool) -> Option<Move> {
    match key {
        "ArrowRight" | "PageDown" => Some(Move::Next),
        " " | "Spacebar" if !on_control => Some(Move::Next),
        "ArrowLeft" | "PageUp" => Some(Move::Previous),
        "Home" => Some(Move::First),
        "End" => Some(Move::Last),
        "Escape" | "Esc" => Some(Move::Leave),
        _ => None,
    }
}
