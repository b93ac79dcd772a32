//! Loading a dataset: text to JSON tree, tree to model (the reader), model
//! to rules (the validator). The page runs this at load time and
//! `check-data` runs the same function, so both report the same breaches.

use super::breach::{doc_breach, Breach};
use super::model::Dataset;
use super::validate::validate;
use super::{json, records};

/// Parses and validates a document. Every breach found is returned, not just
/// the first, so a maintainer can fix a file in one pass.
pub fn parse_dataset(text: &str) -> Result<Dataset, Vec<Breach>> {
    if text.trim().is_empty() {
        return Err(vec![doc_breach("file", "is empty: expected a JSON object")]);
    }
    let doc = json::parse(text).map_err(|e| vec![doc_breach("file", &format!("is not valid JSON: {e}"))])?;
    let dataset = records::dataset(&doc)?;
    drop(doc);
    let breaches = validate(&dataset);
    if breaches.is_empty() {
        Ok(dataset)
    } else {
        Err(breaches)
    }
}
