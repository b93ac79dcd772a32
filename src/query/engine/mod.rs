//! The one filter-and-search engine: every list, the overview and the CSV
//! export ask it which items a filter selects.
//!
//! A `Catalog` is built once when the data loads. It turns every id into a
//! small index, every set of regions or themes into a bitset, and folds every
//! searchable text once, laying the facts out as flat arrays (one per fact,
//! one slot per inspection or item). A pass over the data is then integer
//! tests and substring checks over contiguous memory, with no allocation but
//! the result itself:
//!
//! * the three orders a list can be shown in are worked out up front, so a
//!   sorted pass is a walk in that order, never a sort;
//! * a search word found in an inspection's title is tested once for the
//!   inspection, not once per item;
//! * every facet's counts come from ONE pass (an item that fails exactly one
//!   facet key still counts for that facet's values).
//!
//! * `storage`: text and bitset columns;
//! * `facts`: the columns of the inspections' and the items' facts;
//! * `catalog`: the `Catalog`, its id indexes and its orders;
//! * `compiled`: a filter made ready for a pass;
//! * `passes`: the lists a filter selects; `facets`: the facet counts.

mod catalog;
mod compiled;
mod facets;
mod facts;
mod passes;
mod storage;

pub use catalog::Catalog;
pub use facets::FacetCounts;

pub use crate::query::list::{ItemRef, ListKind};
