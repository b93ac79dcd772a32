//! A list page's own URL keys: how its items are grouped and sorted.
//!
//! They are printed after the filter keys, in the order of [`VIEW_KEYS`],
//! with defaults left out, so one view still has one URL:
//! `#/recommendations?region=south-west&theme=workload&group=inspection&sort=oldest`.

use super::list::ListKind;
use super::filter::Filter;
use super::url::{to_query_string, Ignored, UrlQuery};

/// The page keys, in the order they are printed (after the filter keys).
pub const VIEW_KEYS: [&str; 2] = ["group", "sort"];

/// How a list's items are grouped under headings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum GroupBy {
    /// One plain list (the default).
    #[default]
    None,
    /// Under each of the item's themes (an item with several appears under each).
    Theme,
    /// Under each region of the item's inspection.
    Region,
    /// Under its inspection.
    Inspection,
    /// Under the body a recommendation is addressed to.
    Addressee,
    /// Under the inspected unit of its inspection.
    Unit,
}

impl GroupBy {
    pub const ALL: [GroupBy; 6] =
        [GroupBy::None, GroupBy::Theme, GroupBy::Region, GroupBy::Inspection, GroupBy::Addressee, GroupBy::Unit];

    /// The URL value (`None` is the default and is never printed).
    pub fn id(self) -> &'static str {
        match self {
            GroupBy::None => "none",
            GroupBy::Theme => "theme",
            GroupBy::Region => "region",
            GroupBy::Inspection => "inspection",
            GroupBy::Addressee => "addressee",
            GroupBy::Unit => "unit",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            GroupBy::None => "No grouping",
            GroupBy::Theme => "Theme",
            GroupBy::Region => "Region",
            GroupBy::Inspection => "Inspection",
            GroupBy::Addressee => "Addressee",
            GroupBy::Unit => "Inspected unit",
        }
    }

    pub fn from_id(id: &str) -> Option<GroupBy> {
        Self::ALL.into_iter().find(|g| g.id() == id)
    }

    /// Whether a list can be grouped this way (only recommendations have an addressee).
    pub fn applies(self, list: ListKind) -> bool {
        match self {
            GroupBy::None => true,
            GroupBy::Addressee => list == ListKind::Recommendations,
            _ => list != ListKind::Inspections,
        }
    }
}

/// The order of a list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum SortBy {
    /// Newest inspection first (the default); report order within one.
    #[default]
    Newest,
    /// Oldest inspection first; undated ones still last.
    Oldest,
    /// By inspection title, A to Z; report order within one.
    Inspection,
}

impl SortBy {
    pub const ALL: [SortBy; 3] = [SortBy::Newest, SortBy::Oldest, SortBy::Inspection];

    /// The URL value (`date` is the default and is never printed).
    pub fn id(self) -> &'static str {
        match self {
            SortBy::Newest => "date",
            SortBy::Oldest => "oldest",
            SortBy::Inspection => "inspection",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortBy::Newest => "Newest first",
            SortBy::Oldest => "Oldest first",
            SortBy::Inspection => "Inspection, A to Z",
        }
    }

    pub fn from_id(id: &str) -> Option<SortBy> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// What a list page shows of its results beyond the filter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListView {
    pub group: GroupBy,
    pub sort: SortBy,
}

impl ListView {
    /// Reads `group` and `sort` from an address (other keys are left
    /// alone). A value the list does not know is dropped and reported.
    pub fn from_url(query: &UrlQuery, list: ListKind) -> (ListView, Vec<Ignored>) {
        let mut view = ListView::default();
        let mut ignored = Vec::new();
        let mut report = |key: &str, value: &str| ignored.push(Ignored { key: key.into(), value: value.into() });
        if let Some(value) = query.group.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            match GroupBy::from_id(value).filter(|g| g.applies(list)) {
                Some(g) => view.group = g,
                None => report("group", value),
            }
        }
        if let Some(value) = query.sort.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            match SortBy::from_id(value) {
                Some(s) => view.sort = s,
                None => report("sort", value),
            }
        }
        (view, ignored)
    }

    /// Reads `group` and `sort` from a query string.
    pub fn from_query(query: &str, list: ListKind) -> (ListView, Vec<Ignored>) {
        ListView::from_url(&UrlQuery::parse(query), list)
    }

    /// The view as pairs in [`VIEW_KEYS`] order, defaults left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.group != GroupBy::None {
            pairs.push(("group", self.group.id().to_string()));
        }
        if self.sort != SortBy::Newest {
            pairs.push(("sort", self.sort.id().to_string()));
        }
        pairs
    }
}

/// Every pair of a list view's URL: the filter keys, then the page keys.
pub fn list_pairs(filter: &Filter, view: &ListView) -> Vec<(&'static str, String)> {
    let mut pairs = filter.to_pairs();
    pairs.extend(view.to_pairs());
    pairs
}

/// The one query string of a list view (without `?`; empty for the default).
pub fn list_query(filter: &Filter, view: &ListView) -> String {
    to_query_string(&list_pairs(filter, view))
}
