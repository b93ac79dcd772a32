//! inspection-explorer: the pure logic (data model, validation, filtering,
//! search, URL state, chart geometry, CSV) is plain Rust tested natively; the
//! browser app sits on top of it and is compiled only for wasm32.

pub mod data;
pub mod import;
pub mod query;
