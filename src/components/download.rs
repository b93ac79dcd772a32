use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::export::csv::Table;

/// A button that saves a table as a CSV file, made in the browser. `table`
/// makes the table when the button is pressed, so a long export costs
/// nothing until it is asked for.
pub fn download_csv(table: Callback<(), Table>, file_name: AttrValue, label: AttrValue) -> Html {
    let onclick = {
        let name = file_name.clone();
        Callback::from(move |_| {
            let csv = table.emit(()).to_csv();
            if let Err(e) = save(&name, &csv) {
                web_sys::console::error_1(&e);
            }
        })
    };
    html! {
        <button type="button" class="download-csv" data-file-name={file_name} {onclick}>{label}</button>
    }
}

/// The button's usual label.
pub const DOWNLOAD_CSV: &str = "Download CSV";

fn save(name: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}
