//! The questionnaire: a published, versioned list of items.
//!
//! A published version never changes (items, order, keys). A new wording is a
//! new version with its own data file; old versions stay so that old links and
//! stored scans keep showing what they showed.

use super::i18n::Statement;
use super::items_v1::ITEMS_V1;
use super::model::{Dimension, Key, Theme};

/// Items per dimension, fixed by the scan model.
pub const ITEMS_PER_DIMENSION: usize = 6;

/// Items in a questionnaire, fixed by the scan model.
pub const ITEM_COUNT: usize = ITEMS_PER_DIMENSION * Dimension::ALL.len();

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
    /// The items in their fixed order: six per dimension, dimensions in model order.
    pub items: &'static [Item; ITEM_COUNT],
}

/// Version 1 of the questionnaire, the current one.
pub const V1: Questionnaire = Questionnaire {
    version: 1,
    items: &ITEMS_V1,
};

/// Every published version, oldest first.
pub const PUBLISHED: [Questionnaire; 1] = [V1];

impl Questionnaire {
    /// The version new scans use.
    pub fn current() -> Questionnaire {
        V1
    }

    /// A published version by number, or `None` if this app does not know it.
    pub fn by_version(version: u16) -> Option<Questionnaire> {
        PUBLISHED.into_iter().find(|q| q.version == version)
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
