//! Columnar storage for the catalog: many texts in one buffer, and many
//! fixed-width bitsets in one vector, so a pass reads contiguous memory.

/// Many folded texts in one buffer: text `k` is `buf[end[k-1]..end[k]]`.
#[derive(Default)]
pub(super) struct TextColumn {
    buf: String,
    end: Vec<u32>,
}

impl TextColumn {
    pub(super) fn push(&mut self, folded: &str) {
        self.buf.push_str(folded);
        self.end.push(self.buf.len() as u32);
    }

    pub(super) fn get(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.end[k - 1] as usize };
        &self.buf[start..self.end[k] as usize]
    }
}

/// How many 64-bit words a set of `values` members takes (at least one).
fn words_for(values: usize) -> usize {
    values.div_ceil(64).max(1)
}

fn insert(set: &mut [u64], member: usize) {
    set[member / 64] |= 1 << (member % 64);
}

/// A bitset of `values` possible members holding `members`.
pub(super) fn bitset(values: usize, members: impl IntoIterator<Item = usize>) -> Vec<u64> {
    let mut set = vec![0; words_for(values)];
    for m in members {
        insert(&mut set, m);
    }
    set
}

/// Do two bitsets of the same width share a member?
pub(super) fn intersects(a: &[u64], b: &[u64]) -> bool {
    a.iter().zip(b).any(|(x, y)| x & y != 0)
}

/// The members of a bitset, smallest first.
pub(super) fn members(set: &[u64]) -> Members<'_> {
    Members { words: set.iter(), next_base: 0, base: 0, rest: 0 }
}

/// The iterator of [`members`]: `rest` holds the bits of the current word
/// not yet given, and `base` is the member its bit 0 stands for.
pub(super) struct Members<'a> {
    words: std::slice::Iter<'a, u64>,
    next_base: usize,
    base: usize,
    rest: u64,
}

impl Iterator for Members<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.rest == 0 {
            self.rest = *self.words.next()?;
            self.base = self.next_base;
            self.next_base += 64;
        }
        let bit = self.rest.trailing_zeros() as usize;
        self.rest &= self.rest - 1;
        Some(self.base + bit)
    }

    /// Internal iteration as two plain loops (words, then bits), for the
    /// facet counts' `for_each`, which runs for every item of a pass.
    fn fold<B, F: FnMut(B, usize) -> B>(mut self, init: B, mut f: F) -> B {
        let mut acc = init;
        loop {
            while self.rest != 0 {
                let bit = self.rest.trailing_zeros() as usize;
                self.rest &= self.rest - 1;
                acc = f(acc, self.base + bit);
            }
            match self.words.next() {
                Some(&word) => {
                    self.rest = word;
                    self.base = self.next_base;
                    self.next_base += 64;
                }
                None => return acc,
            }
        }
    }
}

/// One bitset per slot (an inspection or an item), all of one width, in
/// one vector.
pub(super) struct BitsetColumn {
    words: usize,
    bits: Vec<u64>,
}

impl BitsetColumn {
    /// An empty column of sets over `values` possible members.
    pub(super) fn new(values: usize) -> BitsetColumn {
        BitsetColumn { words: words_for(values), bits: Vec::new() }
    }

    /// Adds a slot holding `members`.
    pub(super) fn push(&mut self, members: impl IntoIterator<Item = usize>) {
        let at = self.bits.len();
        self.bits.resize(at + self.words, 0);
        for m in members {
            insert(&mut self.bits[at..], m);
        }
    }

    /// Adds a slot holding every member of any of `sets` (each of this
    /// column's width).
    pub(super) fn push_union<'a>(&mut self, sets: impl IntoIterator<Item = &'a [u64]>) {
        let at = self.bits.len();
        self.bits.resize(at + self.words, 0);
        for set in sets {
            for (word, &other) in self.bits[at..].iter_mut().zip(set) {
                *word |= other;
            }
        }
    }

    pub(super) fn get(&self, slot: usize) -> &[u64] {
        &self.bits[slot * self.words..(slot + 1) * self.words]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bitsets_hold_their_members() {
        let set = bitset(130, [0, 63, 64, 129]);
        assert_eq!(set.len(), 3);
        assert_eq!(members(&set).collect::<Vec<_>>(), [0, 63, 64, 129]);
        let mut by_for_each = Vec::new();
        members(&set).for_each(|m| by_for_each.push(m));
        assert_eq!(by_for_each, [0, 63, 64, 129]);
        let mut part = members(&set);
        assert_eq!(part.next(), Some(0));
        assert_eq!(part.fold(Vec::new(), |mut rest, m| {
            rest.push(m);
            rest
        }), [63, 64, 129], "fold goes on from where next stopped");
        assert!(intersects(&set, &bitset(130, [64])));
        assert!(!intersects(&set, &bitset(130, [1, 65])));
        assert_eq!(bitset(0, []), [0], "an empty set still has a word");
    }

    #[test]
    fn columns_keep_one_set_per_slot() {
        let mut column = BitsetColumn::new(70);
        column.push([1, 69]);
        column.push([]);
        column.push_union([column.get(0).to_vec().as_slice(), bitset(70, [2]).as_slice()]);
        assert_eq!(members(column.get(0)).collect::<Vec<_>>(), [1, 69]);
        assert_eq!(members(column.get(1)).count(), 0);
        assert_eq!(members(column.get(2)).collect::<Vec<_>>(), [1, 2, 69]);

        let mut texts = TextColumn::default();
        texts.push("one");
        texts.push("");
        texts.push("three");
        assert_eq!((texts.get(0), texts.get(1), texts.get(2)), ("one", "", "three"));
    }
}
