//! The three lists (inspections, findings, recommendations) and what the
//! same filter means for each of them.

use super::filter::{FacetKey, Filter};
use super::url::Ignored;

/// Which list a pass is for: the same filter means slightly different things
/// for each (a theme on an inspection means any of its items has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    Inspections,
    Findings,
    Recommendations,
}

impl ListKind {
    /// The facets that apply to this list, in the order the filter bar shows them.
    pub fn facets(self) -> &'static [FacetKey] {
        match self {
            ListKind::Inspections => {
                &[FacetKey::Region, FacetKey::Type, FacetKey::Rating, FacetKey::Reinspected, FacetKey::Theme]
            }
            ListKind::Findings => {
                &[FacetKey::Kind, FacetKey::Theme, FacetKey::Region, FacetKey::Type, FacetKey::Rating, FacetKey::Reinspected]
            }
            ListKind::Recommendations => &[
                FacetKey::Basis,
                FacetKey::Response,
                FacetKey::Theme,
                FacetKey::Region,
                FacetKey::Type,
                FacetKey::Rating,
                FacetKey::Reinspected,
            ],
        }
    }

    /// Does a facet key mean anything for this list? `kind` is for findings
    /// only, `basis` and `response` for recommendations only; a list leaves
    /// out a key that does not apply to it. Like the region or the rating,
    /// `reinspected` is a fact of an inspection: a finding or recommendation
    /// has it when its inspection is a re-inspection.
    pub fn applies(self, key: FacetKey) -> bool {
        match key {
            FacetKey::Kind => self == ListKind::Findings,
            FacetKey::Basis | FacetKey::Response => self == ListKind::Recommendations,
            _ => true,
        }
    }

    /// "inspections", "findings" or "recommendations".
    pub fn noun(self) -> &'static str {
        match self {
            ListKind::Inspections => "inspections",
            ListKind::Findings => "findings",
            ListKind::Recommendations => "recommendations",
        }
    }
}

/// An item of a list: an inspection (`item` unused), or a finding or
/// recommendation by its position within its inspection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemRef {
    pub inspection: usize,
    pub item: usize,
}

impl Filter {
    /// The filter with the keys that do not apply to `list` left out.
    pub fn for_list(&self, list: ListKind) -> Filter {
        let mut filter = self.clone();
        if !list.applies(FacetKey::Kind) {
            filter.kinds.clear();
        }
        if !list.applies(FacetKey::Basis) {
            filter.bases.clear();
        }
        if !list.applies(FacetKey::Response) {
            filter.responses.clear();
        }
        filter
    }

    /// The values of keys that do not apply to `list`, to tell the reader
    /// they were left out.
    pub fn not_applying(&self, list: ListKind) -> Vec<Ignored> {
        FacetKey::ALL
            .into_iter()
            .filter(|k| !list.applies(*k))
            .flat_map(|k| self.values(k).into_iter().map(move |v| Ignored { key: k.key().to_string(), value: v }))
            .collect()
    }
}
