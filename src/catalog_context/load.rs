//! Fetching and checking the dataset.

use std::rc::Rc;

use gloo::net::http::Request;
use web_sys::RequestCache;

use super::SharedCatalog;
use crate::data::parse_dataset;
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
    match fetch_text(DATA_URL).await {
        Err(e) => CatalogLoad::Failed { summary: format!("{DATA_URL} could not be fetched: {e}."), problems: Rc::default() },
        Ok(text) => match parse_dataset(&text) {
            Ok(dataset) => CatalogLoad::Loaded(SharedCatalog::of_file(Catalog::new(dataset), text.len())),
            Err(breaches) => CatalogLoad::Failed {
                summary: format!("{DATA_URL} breaks the dataset format in {} place(s):", breaches.len()),
                problems: Rc::new(breaches.iter().map(|b| b.to_string()).collect()),
            },
        },
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    // Revalidate, so a replaced data file shows on the next visit.
    let response = Request::get(url).cache(RequestCache::NoCache).send().await.map_err(|e| format!("the request failed ({})", message(e)))?;
    if !response.ok() {
        return Err(format!("the server answered {} {}", response.status(), response.status_text()));
    }
    response.text().await.map_err(message)
}

/// What went wrong, as the browser words it ("Failed to fetch").
fn message(error: gloo::net::Error) -> String {
    match error {
        gloo::net::Error::JsError(e) => e.message,
        other => other.to_string(),
    }
}
