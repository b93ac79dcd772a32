use yew::prelude::*;

use crate::browser::download::save_csv;
use crate::export::csv::Table;

/// A button that saves a table as a CSV file, made in the browser. `table`
/// makes the table when the button is pressed, so a long export costs
/// nothing until it is asked for.
pub fn download_csv(table: Callback<(), Table>, file_name: AttrValue, label: AttrValue) -> Html {
    let onclick = {
        let name = file_name.clone();
        Callback::from(move |_| {
            let csv = table.emit(()).to_csv();
            if let Err(e) = save_csv(&name, &csv) {
                gloo::console::error!(e);
            }
        })
    };
    html! {
        <button type="button" class="download-csv" data-file-name={file_name} {onclick}>{label}</button>
    }
}

/// The button's usual label.
pub const DOWNLOAD_CSV: &str = "Download CSV";
