//! Filters, search and URL state: pure logic shared by every list and the
//! overview, tested natively.

pub mod engine;
pub mod filter;
pub mod group;
pub mod search;
pub mod synthetic;
pub mod url;
pub mod view;

pub use engine::{Catalog, FacetCounts, ItemRef, ListKind};
pub use filter::{FacetKey, Filter};
pub use group::Group;
pub use synthetic::synthetic;
pub use url::Ignored;
pub use view::{GroupBy, ListView, SortBy};
