//! A filter made ready for a pass: its ids turned into bitsets and flags
//! over the dataset's declared lists, its text into folded words, and the
//! tests that say which of its keys an inspection or item fails.

use std::ops::{BitOr, BitOrAssign};

use crate::data::{Basis, Dataset, FindingKind, Response};
use crate::query::filter::Filter;
use crate::query::list::ListKind;
use crate::query::search::TextQuery;

use super::facts::{InspectionFacts, ItemFacts};
use super::storage::{bitset, intersects};

/// The keys of a filter an inspection or item fails, one bit per key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Failed(u8);

impl Failed {
    pub(super) const NOTHING: Failed = Failed(0);
    pub(super) const REGION: Failed = Failed(1);
    pub(super) const TYPE: Failed = Failed(2);
    pub(super) const RATING: Failed = Failed(4);
    pub(super) const THEME: Failed = Failed(8);
    /// Kind (findings) or basis (recommendations).
    pub(super) const KIND_OR_BASIS: Failed = Failed(16);
    /// A recommendation's response.
    pub(super) const RESPONSE: Failed = Failed(32);
    /// Not a re-inspection.
    pub(super) const REINSPECTED: Failed = Failed(64);
    /// Years or text: not a facet, so an item failing it never counts.
    pub(super) const NOT_A_FACET: Failed = Failed(128);

    pub(super) fn is_nothing(self) -> bool {
        self == Failed::NOTHING
    }

    /// Does an item that fails these keys count for the values of `facet`?
    /// Only if it fails no key other than `facet` itself.
    pub(super) fn counts_for(self, facet: Failed) -> bool {
        self == Failed::NOTHING || self == facet
    }

    /// Does it count for no facet at all (it fails years or text, or more
    /// than one facet key)?
    pub(super) fn counts_for_none(self) -> bool {
        self.0 & Failed::NOT_A_FACET.0 != 0 || self.0.count_ones() > 1
    }
}

impl BitOr for Failed {
    type Output = Failed;
    fn bitor(self, other: Failed) -> Failed {
        Failed(self.0 | other.0)
    }
}

impl BitOrAssign for Failed {
    fn bitor_assign(&mut self, other: Failed) {
        self.0 |= other.0;
    }
}

/// A filter with its ids turned into bitsets, for one list. `None`: the
/// key is not set and lets everything through.
pub(super) struct CompiledFilter {
    /// Chosen regions, as a bitset over the declared regions.
    regions: Option<Vec<u64>>,
    /// Whether each declared service type is chosen.
    types: Option<Vec<bool>>,
    /// Whether each scale level is chosen.
    ratings: Option<Vec<bool>>,
    /// Chosen themes, as a bitset over the declared themes.
    themes: Option<Vec<u64>>,
    /// Allowed kinds or bases, as a bitmask of their position in `ALL`.
    kinds_or_bases: Option<u8>,
    /// Allowed responses (recommendations), as a bitmask of their position
    /// in `Response::CHOICES`.
    responses: Option<u8>,
    /// Only re-inspections.
    reinspected: bool,
    since: Option<i32>,
    until: Option<i32>,
    query: TextQuery,
}

/// Search words beyond this many are still required, just not cached per
/// inspection (the cache is one bit per word in a `u64`).
const CACHED_WORDS: usize = 64;

/// The chosen ids as a bitset over the declared ones.
fn chosen_set<'a>(chosen: &[String], declared: impl ExactSizeIterator<Item = &'a str>) -> Option<Vec<u64>> {
    if chosen.is_empty() {
        return None;
    }
    let values = declared.len();
    Some(bitset(values, declared.enumerate().filter(|(_, id)| chosen.iter().any(|c| c == id)).map(|(i, _)| i)))
}

/// Whether each declared id is chosen.
fn chosen_flags<'a>(chosen: &[String], declared: impl Iterator<Item = &'a str>) -> Option<Vec<bool>> {
    (!chosen.is_empty()).then(|| declared.map(|id| chosen.iter().any(|c| c == id)).collect())
}

/// The chosen values as a bitmask of their positions in `all`.
fn chosen_mask<T: PartialEq>(chosen: &[T], all: &[T]) -> Option<u8> {
    (!chosen.is_empty()).then(|| all.iter().enumerate().filter(|(_, v)| chosen.contains(v)).fold(0, |mask, (i, _)| mask | 1 << i))
}

impl CompiledFilter {
    pub(super) fn new(filter: &Filter, list: ListKind, data: &Dataset) -> CompiledFilter {
        CompiledFilter {
            regions: chosen_set(&filter.regions, data.regions.iter().map(|r| r.id.as_str())),
            types: chosen_flags(&filter.types, data.service_types.iter().map(|t| t.id.as_str())),
            ratings: chosen_flags(&filter.ratings, data.scale.iter().map(|s| s.id.as_str())),
            themes: chosen_set(&filter.themes, data.themes.iter().map(|t| t.id.as_str())),
            kinds_or_bases: match list {
                ListKind::Findings => chosen_mask(&filter.kinds, &FindingKind::ALL),
                ListKind::Recommendations => chosen_mask(&filter.bases, &Basis::ALL),
                ListKind::Inspections => None,
            },
            responses: match list {
                ListKind::Recommendations => chosen_mask(&filter.responses, &Response::CHOICES),
                _ => None,
            },
            reinspected: filter.reinspected,
            since: filter.since,
            until: filter.until,
            query: TextQuery::new(&filter.q),
        }
    }

    pub(super) fn has_text(&self) -> bool {
        !self.query.is_empty()
    }

    /// Which words an inspection's own text holds (bit n: word n).
    pub(super) fn context_mask(&self, context: &str) -> u64 {
        let mut mask = 0;
        for (n, w) in self.query.words().iter().take(CACHED_WORDS).enumerate() {
            if context.contains(w.as_str()) {
                mask |= 1 << n;
            }
        }
        mask
    }

    /// Does an item hold every word, in its own text or its inspection's?
    pub(super) fn text_matches(&self, text: &str, context: &str, context_mask: u64) -> bool {
        self.query.words().iter().enumerate().all(|(n, w)| {
            if n < CACHED_WORDS {
                context_mask & (1 << n) != 0 || text.contains(w.as_str())
            } else {
                text.contains(w.as_str()) || context.contains(w.as_str())
            }
        })
    }

    /// The keys inspection `i` fails of region, type, rating, re-inspection
    /// and years.
    pub(super) fn inspection_fails(&self, facts: &InspectionFacts, i: usize) -> Failed {
        let mut fails = Failed::NOTHING;
        if let Some(set) = &self.regions {
            if !intersects(set, facts.regions.get(i)) {
                fails |= Failed::REGION;
            }
        }
        let chosen = |flags: &[bool], position: Option<u16>| position.and_then(|p| flags.get(p as usize).copied()).unwrap_or(false);
        if let Some(flags) = &self.types {
            if !chosen(flags, facts.service_type[i]) {
                fails |= Failed::TYPE;
            }
        }
        if let Some(flags) = &self.ratings {
            if !chosen(flags, facts.overall[i]) {
                fails |= Failed::RATING;
            }
        }
        if self.reinspected && !facts.reinspected[i] {
            fails |= Failed::REINSPECTED;
        }
        if self.since.is_some() || self.until.is_some() {
            let in_years = facts.year[i]
                .is_some_and(|y| self.since.is_none_or(|s| y >= s) && self.until.is_none_or(|u| y <= u));
            if !in_years {
                fails |= Failed::NOT_A_FACET;
            }
        }
        fails
    }

    /// Whether inspection `i` fails the theme key: none of its items has a
    /// chosen theme.
    pub(super) fn inspection_theme_fails(&self, facts: &InspectionFacts, i: usize) -> Failed {
        match &self.themes {
            Some(set) if !intersects(set, facts.themes.get(i)) => Failed::THEME,
            _ => Failed::NOTHING,
        }
    }

    /// The keys the item in slot `k` fails of theme, kind or basis, and
    /// response.
    pub(super) fn item_fails(&self, items: &ItemFacts, k: usize) -> Failed {
        let mut fails = Failed::NOTHING;
        if let Some(set) = &self.themes {
            if !intersects(set, items.themes.get(k)) {
                fails |= Failed::THEME;
            }
        }
        if let Some(mask) = self.kinds_or_bases {
            if mask & (1 << items.kind_or_basis[k]) == 0 {
                fails |= Failed::KIND_OR_BASIS;
            }
        }
        if let Some(mask) = self.responses {
            if mask & (1 << items.response[k]) == 0 {
                fails |= Failed::RESPONSE;
            }
        }
        fails
    }
}
