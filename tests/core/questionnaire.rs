//! The questionnaire data file follows the rules of the scan model (its document is not part of this repository).

use std::collections::{HashMap, HashSet};

use sis::core::i18n::Lang;
use sis::core::model::{Dimension, Key, Theme};
use sis::core::questionnaire::{Questionnaire, PUBLISHED, V1};

use super::support::ITEMS;

#[test]
fn has_thirty_items_six_per_dimension_in_model_order() {
    let questionnaire = V1;
    assert_eq!(questionnaire.items.len(), ITEMS);
    assert_eq!(questionnaire.dimensions, Dimension::ALL);
    assert_eq!(questionnaire.items_per_dimension(), 6);
    assert_eq!(questionnaire.minutes(), 7, "the intro says about 7 minutes");
    for (index, item) in questionnaire.items.iter().enumerate() {
        let dimension = Dimension::ALL[index / 6];
        assert_eq!(item.dimension, dimension, "{}", item.id);
        assert_eq!(item.id, format!("{}-{}", dimension.id(), index % 6 + 1));
    }
}

#[test]
fn ids_are_unique_across_every_published_version() {
    for questionnaire in PUBLISHED {
        let ids: HashSet<_> = questionnaire.items.iter().map(|item| item.id).collect();
        assert_eq!(
            ids.len(),
            questionnaire.item_count(),
            "version {}",
            questionnaire.version
        );
    }
}

#[test]
fn every_item_is_in_every_language_in_a_plain_length() {
    for item in V1.items {
        for &lang in Lang::ALL {
            let text = item.text.get(lang);
            let words = text.split_whitespace().count();
            assert!(
                (6..=22).contains(&words),
                "{}: {words} words in {text:?}",
                item.id
            );
            assert!(
                text.ends_with('.'),
                "{}: a statement ends with a full stop",
                item.id
            );
        }
        assert_ne!(
            item.text.get(Lang::Nl),
            item.text.get(Lang::En),
            "{}",
            item.id
        );
        assert_ne!(
            item.text.get(Lang::Nl),
            item.text.get(Lang::De),
            "{}",
            item.id
        );
    }
}

#[test]
fn every_dimension_has_one_or_two_reverse_keyed_items() {
    let questionnaire = V1;
    for dimension in Dimension::ALL {
        let reverse = questionnaire
            .items
            .iter()
            .filter(|item| item.dimension == dimension && item.key == Key::Reverse)
            .count();
        assert!((1..=2).contains(&reverse), "{dimension:?} has {reverse}");
    }
}

#[test]
fn every_theme_is_carried_by_at_least_three_items() {
    let mut counts: HashMap<Theme, usize> = HashMap::new();
    for item in V1.items {
        assert!(!item.themes.is_empty(), "{} has no theme", item.id);
        let unique: HashSet<_> = item.themes.iter().collect();
        assert_eq!(
            unique.len(),
            item.themes.len(),
            "{} repeats a theme",
            item.id
        );
        for theme in item.themes {
            *counts.entry(*theme).or_default() += 1;
        }
    }
    for theme in Theme::ALL {
        let count = counts.get(&theme).copied().unwrap_or(0);
        assert!(count >= 3, "{theme:?} is carried by {count} items");
    }
}

#[test]
fn versions_are_found_by_number() {
    assert_eq!(Questionnaire::by_version(1), Some(V1));
    let newest = PUBLISHED.iter().map(|q| q.version).max();
    assert_eq!(
        Some(Questionnaire::current().version),
        newest,
        "new scans use the newest version"
    );
    assert_eq!(Questionnaire::by_version(0), None);
    assert_eq!(Questionnaire::by_version(2), None);
}
