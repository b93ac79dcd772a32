//! inspection-explorer: the pure logic (data model, validation, filtering,
//! search, URL state, chart geometry, CSV) is plain Rust tested natively; the
//! browser app sits on top of it and is compiled only for wasm32.

pub mod charts;
pub mod data;
pub mod export;
pub mod links;
pub mod query;
pub mod sort;
pub mod wording;

// The maintainer's tool that builds the bundled data from the research runs
// natively only: left out of the wasm32 build, it can never reach the page.
#[cfg(not(target_arch = "wasm32"))]
pub mod import;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod catalog_context;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod routes;
