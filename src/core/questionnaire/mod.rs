//! The questionnaire: a published, versioned list of items.
//!
//! A published version never changes (items, order, keys). A new wording is a
//! new version with its own data file; old versions stay so that old links and
//! stored scans keep showing what they showed.
//!
//! Architecture invariant: nothing outside this module and the version's data
//! file knows how many items or dimensions a version has. Scoring, team
//! statistics, charts and texts ask the [`Questionnaire`] they work on; only a
//! link format whose layout is fixed to one version (the result link, format
//! 1) names that version's item count, next to the format's own constants.

mod items_v1;

use items_v1::ITEMS_V1;

use crate::core::i18n::Statement;
use crate::core::model::{Dimension, Key, Theme};

/// One statement of the questionnaire, as written in a data file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// Stable id, `purpose-1` … `individual-6`.
    pub id: &'static str,
    /// The dimension the item belongs to.
    pub dimension: Dimension,
    /// Whether agreement scores high or low.
    pub key: Key,
    /// The themes the item speaks to (one or more).
    pub themes: &'static [Theme],
    /// The statement's words, in every language.
    pub text: Statement,
}

/// A published questionnaire version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Questionnaire {
    /// The version number carried by links and stored data.
    pub version: u16,
    /// The dimensions the version measures, in the model's order (a subset
    /// of [`Dimension::ALL`]).
    pub dimensions: &'static [Dimension],
    /// The items in their fixed order, grouped by dimension in the order of
    /// [`Questionnaire::dimensions`].
    pub items: &'static [Item],
}

/// Version 1 of the questionnaire, the current one: the five dimensions of
/// the model, six items each.
pub const V1: Questionnaire = Questionnaire {
    version: 1,
    dimensions: &Dimension::ALL,
    items: &ITEMS_V1,
};

/// Every published version, oldest first.
pub const PUBLISHED: [Questionnaire; 1] = [V1];

/// How long one statement takes to answer, on average, in seconds: the intro
/// says how long the whole scan takes from this.
const SECONDS_PER_ITEM: usize = 14;

impl Questionnaire {
    /// The version new scans use.
    pub fn current() -> Questionnaire {
        V1
    }

    /// A published version by number, or `None` if this app does not know it.
    pub fn by_version(version: u16) -> Option<Questionnaire> {
        PUBLISHED.into_iter().find(|q| q.version == version)
    }

    /// The number of items.
    pub fn item_count(&self) -> usize {
        self.items.len()
    }

    /// The number of items of one dimension (0 for a dimension the version
    /// does not measure).
    pub fn items_in(&self, dimension: Dimension) -> usize {
        self.indices_of(dimension).count()
    }

    /// The most items any of its dimensions has: the "of 6" in "at least 4
    /// of 6 answers" (every published version gives each dimension as many).
    pub fn items_per_dimension(&self) -> usize {
        self.dimensions
            .iter()
            .map(|&dimension| self.items_in(dimension))
            .max()
            .unwrap_or(0)
    }

    /// The position of a dimension in [`Questionnaire::dimensions`], or
    /// `None` when the version does not measure it.
    pub fn position_of(&self, dimension: Dimension) -> Option<usize> {
        self.dimensions.iter().position(|&d| d == dimension)
    }

    /// About how many minutes the scan takes, rounded up.
    pub fn minutes(&self) -> usize {
        (self.item_count() * SECONDS_PER_ITEM).div_ceil(60)
    }

    /// The index of the item with the given id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|item| item.id == id)
    }

    /// The indices of the items of one dimension, in order.
    pub fn indices_of(&self, dimension: Dimension) -> impl Iterator<Item = usize> + '_ {
        self.items
            .iter()
            .enumerate()
            .filter(move |(_, item)| item.dimension == dimension)
            .map(|(index, _)| index)
    }
}
