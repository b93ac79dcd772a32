use yew::prelude::*;

use crate::browser::download::save_csv;
use crate::table::Table;

/// The button's usual label.
pub const DOWNLOAD_CSV: &str = "Download CSV";

/// A button that saves a CSV file named `file_name`. `table` makes the table
/// when the button is pressed, so a long export costs nothing until it is
/// asked for. A plain function rather than a component: it keeps no state.
pub fn download_button(table: Callback<(), Table>, file_name: AttrValue, label: AttrValue) -> Html {
    let onclick = {
        let name = file_name.clone();
        Callback::from(move |_: MouseEvent| {
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
