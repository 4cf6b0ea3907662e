//! Putting the few items the app orders in order (a team's rounds, its
//! teams, the versions of a trend, the themes of a workshop screen, the
//! weakest dimensions and themes of a result, a team's items by spread, the
//! distinct scores of a team's dimension or theme) without the standard
//! library's sort.
//!
//! Every call of `sort_by` or `sort_by_key` gives the wasm its own copy of
//! the standard library's stable sort (about 5 KiB of code each, about 1 KiB
//! brotli); these lists hold at most a few hundred items, where an
//! insertion sort is as quick and each use costs a few hundred bytes.
//! Replacing the nine sorts of these lists took the full app's wasm from
//! 317.8 to 309.4 KiB brotli (a release build through wasm-bindgen and
//! `wasm-opt -Oz`, 30 November 2026; `tests/bench/wasm-crates.mjs` counted
//! 34 copies of the sort's functions before, 12 in the build before the
//! team rounds). The last copy went too (305.1 KiB, from 307.3): a team's
//! scores are counted per item count and steps before they are sorted, so
//! that list holds a few hundred entries at most whatever the team's size
//! (`team_native` measured no change). `tests/core/order.rs` checks it
//! against the standard library's stable sort.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`: items that compare equal keep their
/// order. Quadratic: for short lists only (a few hundred items).
pub fn sort_small_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// Sorts `items` stably by `key` ([`sort_small_by`]).
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_small_by(items, |a, b| key(a).cmp(&key(b)));
}
