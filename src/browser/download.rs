//! Saving a file the page made.

use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::{JsCast, JsValue};

/// Saves `blob` as a file called `name`: a Blob URL opened by a link with
/// `download`, the way a browser saves a file no server sent.
pub fn save_file(name: &str, blob: Blob) -> Result<(), JsValue> {
    let url = ObjectUrl::from(blob);
    let link: web_sys::HtmlAnchorElement = gloo::utils::document().create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has handed the file to the browser; dropping `url` revokes it.
    Ok(())
}

/// Saves `text` as a file of the given media type.
pub fn save_text(name: &str, text: &str, media_type: &str) -> Result<(), JsValue> {
    save_file(name, Blob::new_with_options(text, Some(media_type)))
}

/// Saves `text` as a CSV file called `name`.
pub fn save_csv(name: &str, text: &str) -> Result<(), JsValue> {
    save_text(name, text, "text/csv;charset=utf-8")
}
