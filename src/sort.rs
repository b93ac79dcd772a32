//! Every ordering in the app goes through std's stable sort here, at one
//! element type.
//!
//! `slice::sort_by` is generic over its comparison, so each call site with a
//! closure of its own compiles to a copy of std's sort: about 3.6 KB of
//! WebAssembly each, fourteen of them in the page (measured in
//! docs/SIZE.md). Sorting positions (`usize`) with a `&dyn Fn` comparison
//! keeps one copy, whatever is being ordered.

use std::cmp::Ordering;

/// Sorts positions by a comparison of the positions, stably (std's
/// `sort_by`).
pub fn sort_indexes(indexes: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    indexes.sort_by(|&a, &b| cmp(a, b));
}

/// Sorts a vector stably by a comparison of its items, through
/// `sort_indexes`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indexes(&mut order, &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pseudo-random keys with many ties, so stability shows.
    fn keys(n: usize, seed: u64) -> Vec<u64> {
        let mut state = seed;
        (0..n)
            .map(|_| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (state >> 33) % 17
            })
            .collect()
    }

    #[test]
    fn agrees_with_std_sort_by_key_at_every_size() {
        for (seed, n) in [0usize, 1, 2, 5, 20, 21, 100, 1000].into_iter().enumerate() {
            let keys = keys(n, seed as u64);
            let mut order: Vec<usize> = (0..n).collect();
            sort_indexes(&mut order, &|a, b| keys[a].cmp(&keys[b]));
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by_key(|&i| keys[i]);
            assert_eq!(order, expected, "n = {n}");

            let mut items: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std_sorted = items.clone();
            sort_by(&mut items, &|a, b| a.0.cmp(&b.0));
            std_sorted.sort_by_key(|x| x.0);
            assert_eq!(items, std_sorted, "n = {n}: equal keys keep their order");
        }
    }
}
