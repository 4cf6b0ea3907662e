//! The small stable sort (`core::order`) orders as the standard library's
//! stable sort does, equal keys in their first order included.

use proptest::prelude::*;
use sis::core::order::{sort_small_by, sort_small_by_key};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn it_orders_as_the_standard_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..60)) {
        // The key is the first field only, so the second shows stability.
        let mut ours = items.clone();
        sort_small_by_key(&mut ours, |item| item.0);
        let mut std = items.clone();
        std.sort_by_key(|item| item.0);
        prop_assert_eq!(&ours, &std);
        let mut descending = items.clone();
        sort_small_by(&mut descending, |a, b| b.0.cmp(&a.0));
        let mut std = items;
        std.sort_by_key(|item| std::cmp::Reverse(item.0));
        prop_assert_eq!(descending, std);
    }
}
