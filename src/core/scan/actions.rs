//! The personal action plan: the concrete next steps a person can choose
//! after a result, and how the part of the model a step was about moved by
//! the next scan.
//!
//! The options come from the result: the actions for the two weakest
//! dimensions and the two weakest themes ([`offered`]). A person chooses at
//! most [`MAX_CHOSEN`] of them, or writes their own, each with an optional
//! "by when" date. The texts of the actions live in the language files
//! (`i18n`, `DIMENSION_ACTIONS` and `THEME_ACTIONS`), written in the voice of
//! the advice; this module only decides. The stored form is
//! `storage::plans`.

use crate::core::i18n::{ActionText, Text};
use crate::core::model::{Dimension, Theme};
use crate::core::order::sort_small_by;
use crate::core::scan::scoring::{display_score, ScanResult};

/// How many actions each dimension offers.
pub const ACTIONS_PER_DIMENSION: usize = 3;

/// The most actions a plan holds.
pub const MAX_CHOSEN: usize = 3;

/// The most characters an action of one's own may have.
pub const MAX_OWN_CHARS: usize = 200;

/// How many of the weakest dimensions, and of the weakest themes, offer
/// their actions.
const WEAKEST_OFFERED: usize = 2;

/// What an action is about: a dimension or a theme of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Focus {
    /// One of the five dimensions.
    Dimension(Dimension),
    /// One of the thirteen themes.
    Theme(Theme),
}

impl Focus {
    /// The stable identifier used in the stored plan: the dimension's or
    /// the theme's own id (they never coincide).
    pub fn id(self) -> &'static str {
        match self {
            Focus::Dimension(dimension) => dimension.id(),
            Focus::Theme(theme) => theme.id(),
        }
    }

    /// Reads an identifier written by [`Focus::id`].
    pub fn from_id(id: &str) -> Option<Focus> {
        Dimension::ALL
            .iter()
            .find(|dimension| dimension.id() == id)
            .map(|&dimension| Focus::Dimension(dimension))
            .or_else(|| {
                Theme::ALL
                    .iter()
                    .find(|theme| theme.id() == id)
                    .map(|&theme| Focus::Theme(theme))
            })
    }

    /// The unrounded score of this part of the model in a result, if it
    /// has one there.
    pub fn score_in(self, result: &ScanResult) -> Option<f64> {
        match self {
            Focus::Dimension(dimension) => result.dimension(dimension)?.score,
            Focus::Theme(theme) => result.themes[theme.index()].score,
        }
    }
}

/// One action of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Action `n` (from 0, below [`ACTIONS_PER_DIMENSION`]) of a dimension.
    Dimension(Dimension, usize),
    /// The action of a theme.
    Theme(Theme),
}

impl Action {
    /// The stable identifier used in the stored plan: `organisation-2` (the
    /// second action of a dimension, counted from 1) or `theme-curiosity`.
    pub fn id(self) -> String {
        match self {
            Action::Dimension(dimension, n) => format!("{}-{}", dimension.id(), n + 1),
            Action::Theme(theme) => format!("theme-{}", theme.id()),
        }
    }

    /// Reads an identifier written by [`Action::id`].
    pub fn from_id(id: &str) -> Option<Action> {
        if let Some(theme) = id.strip_prefix("theme-") {
            return Theme::ALL
                .iter()
                .find(|candidate| candidate.id() == theme)
                .map(|&theme| Action::Theme(theme));
        }
        let (dimension, number) = id.rsplit_once('-')?;
        let dimension = *Dimension::ALL.iter().find(|d| d.id() == dimension)?;
        // Only the canonical spelling: "1" to "3", no sign or leading zero.
        let n = match number {
            "1" => 0,
            "2" => 1,
            "3" => 2,
            _ => return None,
        };
        Some(Action::Dimension(dimension, n))
    }

    /// What the action is about.
    pub fn focus(self) -> Focus {
        match self {
            Action::Dimension(dimension, _) => Focus::Dimension(dimension),
            Action::Theme(theme) => Focus::Theme(theme),
        }
    }

    /// The action's text (in every language).
    pub fn text(self) -> ActionText {
        ActionText(self)
    }

    /// Every action of the catalogue: the dimensions' in model order, then
    /// the themes'.
    pub fn all() -> impl Iterator<Item = Action> {
        Dimension::ALL
            .iter()
            .flat_map(|&dimension| {
                (0..ACTIONS_PER_DIMENSION).map(move |n| Action::Dimension(dimension, n))
            })
            .chain(Theme::ALL.iter().map(|&theme| Action::Theme(theme)))
    }
}

/// The lowest-scored of `scores` (unrounded; a tie goes to the earlier one),
/// at most `count` of them, lowest first.
fn weakest<T: Copy>(scores: impl Iterator<Item = (T, Option<f64>)>, count: usize) -> Vec<T> {
    let mut scored: Vec<(T, f64)> = scores
        .filter_map(|(item, score)| Some((item, score?)))
        .collect();
    // A stable sort keeps the model's order among equal scores.
    sort_small_by(&mut scored, |a, b| a.1.total_cmp(&b.1));
    scored
        .into_iter()
        .take(count)
        .map(|(item, _)| item)
        .collect()
}

/// The actions a result offers: those of its two weakest dimensions (all
/// three of each, the weakest dimension first), then those of its two
/// weakest themes. Only parts of the model with a score offer actions, so
/// a result without scores offers none (one's own action still can be
/// written).
pub fn offered(result: &ScanResult) -> Vec<Action> {
    let dimensions = weakest(
        result.dimensions.iter().map(|d| (d.dimension, d.score)),
        WEAKEST_OFFERED,
    );
    let themes = weakest(
        result.themes.iter().map(|t| (t.theme, t.score)),
        WEAKEST_OFFERED,
    );
    dimensions
        .into_iter()
        .flat_map(|dimension| {
            (0..ACTIONS_PER_DIMENSION).map(move |n| Action::Dimension(dimension, n))
        })
        .chain(themes.into_iter().map(Action::Theme))
        .collect()
}

/// A calendar day, for "by when".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    /// The year, 2000 to 9999.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to its last day.
    pub day: u8,
}

impl Day {
    /// Reads `YYYY-MM-DD` (what a date field gives), a real day of the years
    /// 2000 to 9999; anything else is `None`.
    pub fn parse(text: &str) -> Option<Day> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let day = Day {
            year: number(0..4)?,
            month: u8::try_from(number(5..7)?).ok()?,
            day: u8::try_from(number(8..10)?).ok()?,
        };
        let leap = day.year.is_multiple_of(4)
            && (!day.year.is_multiple_of(100) || day.year.is_multiple_of(400));
        let last = match day.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((2000..=9999).contains(&day.year) && (1..=last).contains(&day.day)).then_some(day)
    }

    /// The day as `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What was chosen: an action of the catalogue, or one's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Chosen {
    /// An action the result offered.
    Offered(Action),
    /// An action in one's own words, and what it is about, if said.
    Own {
        /// The text as written (trimmed, at most [`MAX_OWN_CHARS`]).
        text: String,
        /// The dimension or theme it is about.
        focus: Option<Focus>,
    },
}

/// One chosen step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenAction {
    /// What it is.
    pub what: Chosen,
    /// By when, if set.
    pub due: Option<Day>,
}

impl ChosenAction {
    /// What the step is about, if known.
    pub fn focus(&self) -> Option<Focus> {
        match &self.what {
            Chosen::Offered(action) => Some(action.focus()),
            Chosen::Own { focus, .. } => *focus,
        }
    }
}

/// The steps chosen after one scan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionPlan {
    /// The scan the plan was made after: its history id (when it was started).
    pub scan: i64,
    /// The chosen steps, at most [`MAX_CHOSEN`], in the order chosen.
    pub actions: Vec<ChosenAction>,
}

/// Why a step could not be added to a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddError {
    /// The plan already holds [`MAX_CHOSEN`] steps.
    Full,
    /// That action is in the plan already.
    AlreadyChosen,
    /// One's own action has no text.
    Empty,
}

impl AddError {
    /// What the person is told, if anything: an action already in the plan
    /// is simply not added a second time.
    pub fn text(self) -> Option<Text> {
        match self {
            AddError::Full => Some(Text::PlanFull),
            AddError::Empty => Some(Text::PlanOwnEmpty),
            AddError::AlreadyChosen => None,
        }
    }
}

/// Trims one's own text and cuts it to [`MAX_OWN_CHARS`] characters.
pub fn own_text(text: &str) -> String {
    text.trim().chars().take(MAX_OWN_CHARS).collect()
}

impl ActionPlan {
    /// An empty plan for a scan.
    pub fn new(scan: i64) -> ActionPlan {
        ActionPlan {
            scan,
            actions: Vec::new(),
        }
    }

    /// Whether an action of the catalogue is in the plan.
    pub fn has(&self, action: Action) -> bool {
        self.actions
            .iter()
            .any(|chosen| chosen.what == Chosen::Offered(action))
    }

    /// Adds a step at the end, without a date.
    pub fn add(&mut self, what: Chosen) -> Result<(), AddError> {
        let what = match what {
            Chosen::Own { text, focus } => {
                let text = own_text(&text);
                if text.is_empty() {
                    return Err(AddError::Empty);
                }
                Chosen::Own { text, focus }
            }
            offered => offered,
        };
        if self.actions.iter().any(|chosen| chosen.what == what) {
            return Err(AddError::AlreadyChosen);
        }
        if self.actions.len() >= MAX_CHOSEN {
            return Err(AddError::Full);
        }
        self.actions.push(ChosenAction { what, due: None });
        Ok(())
    }

    /// Chooses an action of the catalogue, or unchooses it when it is in
    /// the plan (a check box); a full plan takes no more.
    pub fn toggle(&mut self, action: Action) {
        match self
            .actions
            .iter()
            .position(|chosen| chosen.what == Chosen::Offered(action))
        {
            Some(position) => self.remove(position),
            None => {
                let _ = self.add(Chosen::Offered(action));
            }
        }
    }

    /// Removes the step at `position`, if there is one.
    pub fn remove(&mut self, position: usize) {
        if position < self.actions.len() {
            self.actions.remove(position);
        }
    }

    /// Sets or clears the date of the step at `position`.
    pub fn set_due(&mut self, position: usize, due: Option<Day>) {
        if let Some(chosen) = self.actions.get_mut(position) {
            chosen.due = due;
        }
    }
}

/// How the part of the model a chosen step was about moved from the scan
/// the plan was made after to a later one.
#[derive(Clone, Debug, PartialEq)]
pub struct Movement {
    /// The step.
    pub action: ChosenAction,
    /// The unrounded scores then and now, when the step's focus is known
    /// and had a score both times.
    pub scores: Option<(f64, f64)>,
}

/// How a step's dimension or theme moved, as a result shows it: in whole
/// scores, as they are displayed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    /// From one shown score to another.
    Moved {
        /// The score then.
        before: i64,
        /// The score now.
        after: i64,
    },
    /// The same shown score both times.
    Stayed(i64),
    /// No score then or now to compare.
    NoComparison,
}

impl Movement {
    /// What the result says of this step: `None` when the step names no
    /// dimension or theme.
    pub fn shift(&self) -> Option<(Focus, Shift)> {
        let focus = self.action.focus()?;
        let shift = match self.scores {
            Some((before, after)) if display_score(before) == display_score(after) => {
                Shift::Stayed(display_score(after))
            }
            Some((before, after)) => Shift::Moved {
                before: display_score(before),
                after: display_score(after),
            },
            None => Shift::NoComparison,
        };
        Some((focus, shift))
    }
}

/// Each step of `plan` (made after the scan scored `then`) with how its
/// focus moved by the scan scored `now`.
pub fn movements(plan: &ActionPlan, then: &ScanResult, now: &ScanResult) -> Vec<Movement> {
    plan.actions
        .iter()
        .map(|action| Movement {
            action: action.clone(),
            scores: action
                .focus()
                .and_then(|focus| Some((focus.score_in(then)?, focus.score_in(now)?))),
        })
        .collect()
}
