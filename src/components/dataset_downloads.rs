use yew::prelude::*;

use crate::catalog_context::{use_catalog, DATA_URL};
use crate::components::download_button::DownloadButton;
use crate::export::dataset::dataset_files;
use crate::hooks::use_permanent_url;
use crate::wording::{dataset_date, file_size, plural};

/// The whole dataset to take away: the data file itself, and three CSV
/// files made in the page from the loaded data by the lists' own CSV code,
/// each with its size.
#[function_component]
pub fn DatasetDownloads() -> Html {
    let catalog = use_catalog();
    let page = use_permanent_url("/about");
    // Made once per dataset: the sizes need the files' text.
    let files = use_memo((catalog.clone(), page), |(catalog, page)| {
        dataset_files(catalog, page).map(|file| {
            let size = file.table.to_csv().len();
            (file, size)
        })
    });
    let dataset = catalog.dataset();
    let json_size = catalog.file_size().map(|n| format!(", {}", file_size(n))).unwrap_or_default();
    html! {
        <>
            <h2 id="downloads">{"Download the data"}</h2>
            <p>{format!("The whole dataset as of {}, under its licence. Each CSV row ends with the permanent link of its inspection, finding or recommendation.", dataset_date(dataset))}</p>
            <ul class="downloads">
                <li>
                    <a class="download-json" href={DATA_URL} download="inspections.json">{"The data file (JSON)"}</a>
                    {format!(" in the format {}{json_size}", dataset.schema)}
                </li>
                {for files.iter().enumerate().map(|(k, (file, size))| {
                    let table = {
                        let files = files.clone();
                        Callback::from(move |()| files[k].0.table.clone())
                    };
                    let rows = file.table.rows.len();
                    html! {
                        <li>
                            <DownloadButton {table} file_name={file.name.clone()} label={format!("{} (CSV)", file.title)} />
                            {format!(" {rows} {}, {}", plural(rows, "row", "rows"), file_size(*size))}
                        </li>
                    }
                })}
            </ul>
        </>
    }
}
