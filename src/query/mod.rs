//! Filters, search and URL state: pure logic shared by every list and the
//! overview, tested natively.

pub mod engine;
pub mod filter;
pub mod group;
pub mod search;
// Data for timing and testing the engine natively (benches, the e2e
// benchmark, tests); the page never makes it, so the wasm32 build leaves it out.
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
pub mod url;
pub mod view;

pub use engine::{Catalog, FacetCounts, ItemRef, ListKind};
pub use filter::{FacetKey, Filter};
pub use group::Group;
#[cfg(not(target_arch = "wasm32"))]
pub use synthetic::synthetic;
pub use url::Ignored;
pub use view::{GroupBy, ListView, SortBy};
