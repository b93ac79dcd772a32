//! The dataset the served build holds, read plainly with serde_json: what the
//! tests compare the page with, so they never take the page's own reading as
//! the truth.

use serde_json::Value;

use crate::Browser;

/// The served dataset, parsed.
pub fn dataset(b: &Browser) -> Value {
    serde_json::from_str(&b.server.read_dist_data()).expect("the served dataset is JSON")
}

/// The elements of a JSON array; none for anything else (a missing key).
pub fn arr(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or(&[])
}

/// A JSON string's text; "" for anything else.
pub fn s(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}
