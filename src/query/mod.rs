//! Filters, search and URL state: pure logic shared by every list and the
//! overview, tested natively.
//!
//! * `filter`: the filter as plain data; `list`: the three lists and what a
//!   filter means for each; `view`: a list's grouping and order;
//! * `url`: reading and printing all of these as an address;
//! * `search`: folding and matching free text;
//! * `engine`: the `Catalog` and its passes; `group`: a list under headings;
//! * `units`: a unit's inspections over time and what changed between them.

pub mod engine;
pub mod filter;
pub mod group;
pub mod list;
pub mod search;
pub mod units;
// Data for timing and testing the engine natively (benches, the e2e
// benchmark, tests); the page never makes it, so the wasm32 build leaves it out.
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
pub mod url;
pub mod view;

pub use engine::{Catalog, FacetCounts};
pub use filter::{FacetKey, Filter};
pub use group::Group;
pub use list::{ItemRef, ListKind};
#[cfg(not(target_arch = "wasm32"))]
pub use synthetic::synthetic;
pub use url::Ignored;
pub use view::{GroupBy, ListView, SortBy};
