use std::collections::BTreeMap;

use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::catalog_context::DATA_URL;
use crate::components::download_button::download_button;
use crate::components::term_row::term_row;
use crate::data::date::PartialDate;
use crate::data::Inspection;
use crate::export::dataset::dataset_files;
use crate::hooks::{use_permanent_url, use_title};
use crate::wording::{dataset_date, file_size, plural};

/// `#/about`: where the data comes from, its licence, the whole dataset to
/// download, how complete it is and how ratings are scored.
#[function_component]
pub fn AboutPage() -> Html {
    use_title("About the data".into());
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let n = dataset.inspections.len();
    let count = |f: &dyn Fn(&Inspection) -> bool| dataset.inspections.iter().filter(|i| f(i)).count();
    let rated = count(&|i| i.overall.is_some());
    let with_standards = count(&|i| !i.ratings.is_empty());
    let with_recommendations = count(&|i| !i.recommendations.is_empty());
    let exact = count(&|i| i.published.as_deref().and_then(PartialDate::parse).is_some_and(|p| p.day.is_some()));
    let undated = count(&|i| i.published.is_none());
    let mut publishers: BTreeMap<String, usize> = BTreeMap::new();
    for source in dataset.inspections.iter().flat_map(|i| i.sources.iter()) {
        *publishers.entry(source.title.clone()).or_default() += 1;
    }
    let mut publishers: Vec<(String, usize)> = publishers.into_iter().collect();
    crate::sort::sort_by(&mut publishers, &|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let updated = dataset_date(dataset);
    // The whole dataset as CSV, made once per dataset from the loaded data:
    // the sizes need the files' text.
    let page = use_permanent_url("/about");
    let files = use_memo((catalog.clone(), page), |(catalog, page)| {
        dataset_files(catalog, page).map(|file| {
            let size = file.table.to_csv().len();
            (file, size)
        })
    });
    let json_size = catalog.file_size().map(|n| format!(", {}", file_size(n))).unwrap_or_default();
    html! {
        <article class="about">
            <h1>{"About the data"}</h1>
            <dl class="summary">
                {term_row("Dataset", &dataset.title)}
                if let Some(publisher) = &dataset.publisher { {term_row("Compiled from", publisher)} }
                {term_row("Licence", &dataset.licence)}
                {term_row("Updated", updated.clone())}
            </dl>

            <h2 id="downloads">{"Download the data"}</h2>
            <p>{format!("The whole dataset as of {updated}, under its licence. Each CSV row ends with the permanent link of its inspection, finding or recommendation.")}</p>
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
                            {download_button(table, file.name.clone().into(), format!("{} (CSV)", file.title).into())}
                            {format!(" {rows} {}, {}", plural(rows, "row", "rows"), file_size(*size))}
                        </li>
                    }
                })}
            </ul>

            <h2>{"How complete it is"}</h2>
            <p>{"Gaps are shown as gaps: an undated inspection says \"Undated\", an unrated one \"Not rated\", and where fewer recommendations are recorded than were published the inspection says so."}</p>
            <ul class="completeness">
                <li>{format!("{n} inspections, {} findings, {} recommendations.", dataset.finding_count(), dataset.recommendation_count())}</li>
                <li>{format!("{rated} of {n} have an overall rating.")}</li>
                <li>{format!("{with_standards} of {n} have ratings for individual standards.")}</li>
                <li>{format!("{with_recommendations} of {n} have recommendation texts recorded.")}</li>
                <li>{format!("{exact} of {n} have an exact publication date; {undated} are undated.")}</li>
            </ul>

            <h2>{"How ratings are scored"}</h2>
            <p>{"Each inspection and each standard is rated on this scale, best first. Scores are used for totals and averages."}</p>
            <div class="table-wrap">
            <table class="scale">
                <thead><tr><th scope="col">{"Rating"}</th><th scope="col">{"Score"}</th></tr></thead>
                <tbody>
                    {for dataset.scale.iter().map(|s| html! { <tr><th scope="row">{&s.label}</th><td>{s.score.to_string()}</td></tr> })}
                </tbody>
            </table>
            </div>

            <h2>{"Sources"}</h2>
            <p>{"Every inspection page lists its own sources. Across the dataset they are:"}</p>
            <ul class="publishers">
                {for publishers.iter().map(|(title, k)| html! { <li>{format!("{title}: cited {k} {}", plural(*k, "time", "times"))}</li> })}
            </ul>
            <p>{"To publish new data, replace "}<code>{"data/inspections.json"}</code>{" beside this page; no rebuild is needed."}</p>
        </article>
    }
}
