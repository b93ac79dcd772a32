//! One sort for the whole app. Every library sort call is its own
//! monomorphised copy of the sorting algorithm in the WebAssembly; routing
//! every ordering through one non-generic index sort keeps a single copy.

use std::cmp::Ordering;

/// Sorts indexes by a comparison: a stable merge sort, O(n log n), so the
/// engine can order tens of thousands of inspections with it too.
pub fn sort_indexes(indexes: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    if indexes.len() < 2 {
        return;
    }
    let mut buffer = indexes.to_vec();
    merge_sort(indexes, &mut buffer, cmp);
}

fn merge_sort(v: &mut [usize], buffer: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    let n = v.len();
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && cmp(v[j - 1], v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], &mut buffer[..mid], cmp);
    merge_sort(&mut v[mid..], &mut buffer[mid..], cmp);
    if cmp(v[mid - 1], v[mid]) != Ordering::Greater {
        return;
    }
    buffer[..n].copy_from_slice(v);
    let (left, right) = buffer[..n].split_at(mid);
    let (mut i, mut j) = (0, 0);
    for slot in v.iter_mut() {
        // Equal keys take the left one first: the sort is stable.
        if j == right.len() || (i < left.len() && cmp(left[i], right[j]) != Ordering::Greater) {
            *slot = left[i];
            i += 1;
        } else {
            *slot = right[j];
            j += 1;
        }
    }
}

/// Sorts a vector by a comparison (stably), through `sort_indexes`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_indexes(&mut order, &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_at_every_size() {
        let mut seed: u64 = 7;
        for n in [0usize, 1, 2, 5, 12, 13, 40, 1000] {
            let keys: Vec<u64> = (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    (seed >> 33) % 17
                })
                .collect();
            let mut order: Vec<usize> = (0..n).collect();
            sort_indexes(&mut order, &|a, b| keys[a].cmp(&keys[b]));
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by_key(|&i| keys[i]);
            assert_eq!(order, expected, "n = {n}");
        }
    }

    #[test]
    fn sorts_vectors() {
        let mut v = vec!["b", "a", "c", "a"];
        sort_by(&mut v, &|a, b| a.cmp(b));
        assert_eq!(v, ["a", "a", "b", "c"]);
    }
}
