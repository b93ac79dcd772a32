//! Fetching and checking the dataset.

use std::rc::Rc;

use gloo::net::http::Request;
use web_sys::RequestCache;

use super::SharedCatalog;
use crate::browser::performance::{mark_once, DATA_INDEXED, DATA_PARSED, DATA_RECEIVED};
use crate::data::parse_dataset_bytes;
use crate::query::Catalog;

/// Where the dataset lives, relative to the page, so a maintainer can publish
/// new data by replacing this one file.
pub const DATA_URL: &str = "data/inspections.json";

/// How far loading the dataset has got.
#[derive(Clone, PartialEq)]
pub enum CatalogLoad {
    Loading,
    Loaded(SharedCatalog),
    /// Why the data cannot be used: a summary and one line per problem.
    Failed { summary: String, problems: Rc<Vec<String>> },
}

/// Fetches, parses and validates the dataset, and indexes it.
pub async fn load_catalog() -> CatalogLoad {
    let bytes = match fetch_bytes(DATA_URL).await {
        Ok(bytes) => bytes,
        Err(e) => return CatalogLoad::Failed { summary: format!("{DATA_URL} could not be fetched: {e}."), problems: Rc::default() },
    };
    mark_once(DATA_RECEIVED);
    match parse_dataset_bytes(&bytes) {
        Ok(dataset) => {
            mark_once(DATA_PARSED);
            let catalog = Catalog::new(dataset);
            mark_once(DATA_INDEXED);
            CatalogLoad::Loaded(SharedCatalog::of_file(catalog, bytes.len()))
        }
        Err(breaches) => CatalogLoad::Failed {
            summary: format!("{DATA_URL} breaks the dataset format in {} place(s):", breaches.len()),
            problems: Rc::new(breaches.iter().map(|b| b.to_string()).collect()),
        },
    }
}

/// The response's bytes, not its text: the browser would decode the file to
/// its own UTF-16 string (putting U+FFFD in place of any bad byte, which
/// `check-data` would refuse), only for the string to be encoded back to
/// UTF-8 on its way into the WebAssembly. The reader checks the UTF-8 itself,
/// as it does for `check-data`.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    // Revalidate, so a replaced data file shows on the next visit.
    let response = Request::get(url).cache(RequestCache::NoCache).send().await.map_err(|e| format!("the request failed ({})", message(e)))?;
    if !response.ok() {
        return Err(format!("the server answered {} {}", response.status(), response.status_text()));
    }
    response.binary().await.map_err(message)
}

/// What went wrong, as the browser words it ("Failed to fetch").
fn message(error: gloo::net::Error) -> String {
    match error {
        gloo::net::Error::JsError(e) => e.message,
        other => other.to_string(),
    }
}
