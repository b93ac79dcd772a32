//! The filter every list and the overview share: what the URL's filter keys
//! say, as plain data. Parsing and printing live in `url.rs`, what applies
//! to which list in `list.rs`, applying it in `engine/`.

use crate::data::{Basis, FindingKind, Response};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub regions: Vec<String>,
    pub types: Vec<String>,
    /// Overall rating ids.
    pub ratings: Vec<String>,
    pub themes: Vec<String>,
    pub kinds: Vec<FindingKind>,
    /// Recommendation bases (where a recommendation's wording comes from).
    pub bases: Vec<Basis>,
    /// Recommendations' HMPPS responses (`None`: not known).
    pub responses: Vec<Option<Response>>,
    /// Only re-inspections: inspections whose unit has an inspection before
    /// them (and, in the item lists, those inspections' items).
    pub reinspected: bool,
    /// Publication years, inclusive.
    pub since: Option<i32>,
    pub until: Option<i32>,
    /// The free-text search, as the URL's `q` gives it.
    pub q: String,
}

/// The one value of the `reinspected` key.
pub const REINSPECTED: &str = "yes";

/// A filter key whose values are chosen from a list (a facet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FacetKey {
    Region,
    Type,
    Rating,
    Theme,
    /// Findings only: strength or concern.
    Kind,
    /// Recommendations only: the report's own, a statement, or unverified.
    Basis,
    /// Recommendations only: the HMPPS response, or none known.
    Response,
    /// One value, `yes`: only re-inspections.
    Reinspected,
}

impl FacetKey {
    pub const ALL: [FacetKey; 8] = [
        FacetKey::Region,
        FacetKey::Type,
        FacetKey::Rating,
        FacetKey::Theme,
        FacetKey::Kind,
        FacetKey::Basis,
        FacetKey::Response,
        FacetKey::Reinspected,
    ];

    /// The URL key.
    pub fn key(self) -> &'static str {
        match self {
            FacetKey::Region => "region",
            FacetKey::Type => "type",
            FacetKey::Rating => "rating",
            FacetKey::Theme => "theme",
            FacetKey::Kind => "kind",
            FacetKey::Basis => "basis",
            FacetKey::Response => "response",
            FacetKey::Reinspected => "reinspected",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            FacetKey::Region => "Region",
            FacetKey::Type => "Service type",
            FacetKey::Rating => "Overall rating",
            FacetKey::Theme => "Theme",
            FacetKey::Kind => "Kind",
            FacetKey::Basis => "Basis",
            FacetKey::Response => "HMPPS response",
            FacetKey::Reinspected => "Re-inspection",
        }
    }
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The chosen values of one facet, as ids.
    pub fn values(&self, key: FacetKey) -> Vec<String> {
        match key {
            FacetKey::Region => self.regions.clone(),
            FacetKey::Type => self.types.clone(),
            FacetKey::Rating => self.ratings.clone(),
            FacetKey::Theme => self.themes.clone(),
            FacetKey::Kind => self.kinds.iter().map(|k| k.id().to_string()).collect(),
            FacetKey::Basis => self.bases.iter().map(|b| b.id().to_string()).collect(),
            FacetKey::Response => self.responses.iter().map(|r| Response::choice_id(*r).to_string()).collect(),
            FacetKey::Reinspected => if self.reinspected { vec![REINSPECTED.to_string()] } else { Vec::new() },
        }
    }

    pub fn has(&self, key: FacetKey, value: &str) -> bool {
        self.values(key).iter().any(|v| v == value)
    }

    /// The same filter with `value` added to or removed from a facet.
    pub fn toggled(&self, key: FacetKey, value: &str) -> Filter {
        let mut next = self.clone();
        let flip = |list: &mut Vec<String>| {
            if let Some(pos) = list.iter().position(|v| v == value) {
                list.remove(pos);
            } else {
                list.push(value.to_string());
            }
        };
        match key {
            FacetKey::Region => flip(&mut next.regions),
            FacetKey::Type => flip(&mut next.types),
            FacetKey::Rating => flip(&mut next.ratings),
            FacetKey::Theme => flip(&mut next.themes),
            FacetKey::Kind => {
                if let Some(kind) = FindingKind::from_id(value) {
                    if let Some(pos) = next.kinds.iter().position(|k| *k == kind) {
                        next.kinds.remove(pos);
                    } else {
                        next.kinds.push(kind);
                    }
                }
            }
            FacetKey::Basis => {
                if let Some(basis) = Basis::from_id(value) {
                    if let Some(pos) = next.bases.iter().position(|b| *b == basis) {
                        next.bases.remove(pos);
                    } else {
                        next.bases.push(basis);
                    }
                }
            }
            FacetKey::Response => {
                if let Some(response) = Response::choice_from_id(value) {
                    if let Some(pos) = next.responses.iter().position(|r| *r == response) {
                        next.responses.remove(pos);
                    } else {
                        next.responses.push(response);
                    }
                }
            }
            FacetKey::Reinspected => {
                if value == REINSPECTED {
                    next.reinspected = !next.reinspected;
                }
            }
        }
        next
    }

    /// The same filter with one facet emptied.
    pub fn without(&self, key: FacetKey) -> Filter {
        let mut next = self.clone();
        match key {
            FacetKey::Region => next.regions.clear(),
            FacetKey::Type => next.types.clear(),
            FacetKey::Rating => next.ratings.clear(),
            FacetKey::Theme => next.themes.clear(),
            FacetKey::Kind => next.kinds.clear(),
            FacetKey::Basis => next.bases.clear(),
            FacetKey::Response => next.responses.clear(),
            FacetKey::Reinspected => next.reinspected = false,
        }
        next
    }
}
