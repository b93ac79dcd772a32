use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::marked_text::marked_text;
use crate::components::rating_tag::RatingTag;
use crate::links::{href, inspection_path};
use crate::wording::published_or_undated;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The inspection's index in the dataset.
    pub index: usize,
    /// Search words to mark in the title.
    #[prop_or_default]
    pub query: AttrValue,
    /// Whether it is ticked for comparison.
    pub chosen: bool,
    /// Gets the inspection's id when its "Compare" box is ticked or unticked.
    pub on_toggle: Callback<String>,
}

/// One row of the list of inspections: its title (a link), where, what and
/// when, its overall rating, and a "Compare" box.
#[function_component]
pub fn InspectionResult(props: &Props) -> Html {
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let inspection = &dataset.inspections[props.index];
    let regions: Vec<String> = inspection.regions.iter().filter_map(|r| dataset.region(r)).map(|r| r.name.clone()).collect();
    let onchange = {
        let id = inspection.id.clone();
        props.on_toggle.reform(move |_: Event| id.clone())
    };
    html! {
        <li class="result" id={inspection.id.clone()}>
            <div class="result-main">
                <a class="result-link" href={href(&inspection_path(&inspection.id))}>{marked_text(&inspection.title.clone().into(), &props.query)}</a>
                <p class="result-meta">
                    <span class="result-region">{if regions.is_empty() { "England and Wales".to_string() } else { regions.join(", ") }}</span>
                    {" · "}<span class="result-type">{dataset.service_type(&inspection.service_type).map(|t| t.name.clone()).unwrap_or_default()}</span>
                    {" · "}<span class="result-date">{published_or_undated(inspection)}</span>
                </p>
            </div>
            <div class="result-side">
                <RatingTag rating={inspection.overall.clone()} />
                <label class="compare-choice">
                    <input type="checkbox" checked={props.chosen} {onchange} />
                    {" Compare"}<span class="visually-hidden">{format!(" {}", inspection.title)}</span>
                </label>
            </div>
        </li>
    }
}
