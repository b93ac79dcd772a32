use yew::prelude::*;

use crate::browser::download::save_csv;
use crate::export::csv::Table;

/// The button's usual label.
pub const DOWNLOAD_CSV: &str = "Download CSV";

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Makes the table when the button is pressed, so a long export costs
    /// nothing until it is asked for.
    pub table: Callback<(), Table>,
    pub file_name: AttrValue,
    #[prop_or(AttrValue::Static(DOWNLOAD_CSV))]
    pub label: AttrValue,
}

/// A button that saves a table as a CSV file, made in the browser.
#[function_component]
pub fn DownloadButton(props: &Props) -> Html {
    let onclick = {
        let (table, name) = (props.table.clone(), props.file_name.clone());
        Callback::from(move |_: MouseEvent| {
            let csv = table.emit(()).to_csv();
            if let Err(e) = save_csv(&name, &csv) {
                gloo::console::error!(e);
            }
        })
    };
    html! {
        <button type="button" class="download-csv" data-file-name={props.file_name.clone()} {onclick}>{props.label.clone()}</button>
    }
}
