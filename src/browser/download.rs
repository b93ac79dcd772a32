//! Saving text the page made as a file.

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::{JsCast, JsValue};

/// Saves `text` as a CSV file called `name`: a Blob URL opened by a link
/// with `download`, the way a browser saves a file no server sent.
pub fn save_csv(name: &str, text: &str) -> Result<(), JsValue> {
    let url = ObjectUrl::from(Blob::new_with_options(text, Some("text/csv;charset=utf-8")));
    let link: web_sys::HtmlAnchorElement = gloo::utils::document().create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has handed the file to the browser; dropping `url` revokes it.
    Ok(())
}
