//! inspection-explorer: the pure logic (data model, validation, filtering,
//! search, URL state, chart geometry, CSV) is plain Rust tested natively; the
//! browser app sits on top of it and is compiled for wasm32, and natively with
//! the `ssr` feature for the build-time pre-render.

pub mod charts;
pub mod data;
pub mod export;
pub mod links;
pub mod query;
pub mod sort;
pub mod table;
pub mod wording;

// The maintainer's tool that builds the bundled data from the research runs
// natively only: left out of the wasm32 build, it can never reach the page.
#[cfg(not(target_arch = "wasm32"))]
pub mod import;

#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod app;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod browser;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod catalog_context;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod components;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod hooks;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod pages;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod prerender;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod routes;
