//! Filters, search and URL state: pure logic shared by every list and the
//! overview, tested natively.

pub mod engine;
pub mod filter;
pub mod search;
pub mod url;

pub use engine::{Catalog, ItemRef, ListKind};
pub use filter::{FacetKey, Filter};
pub use url::Ignored;
