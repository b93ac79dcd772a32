use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::term_row::term_row;
use crate::data::date::Interval;
use crate::links::{href, region_path};
use crate::wording::published;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The inspection's index in the dataset.
    pub index: usize,
}

/// An inspection's facts of record: where, what, who and when; a gap is
/// said as "Not known".
#[function_component]
pub fn InspectionSummary(props: &Props) -> Html {
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let inspection = &dataset.inspections[props.index];
    let not_known = || "Not known".to_string();
    let fieldwork = inspection.fieldwork.as_deref().and_then(Interval::parse).map(|i| i.human());
    let regions = inspection.regions.iter().filter_map(|r| dataset.region(r)).map(|r| {
        html! { <a href={href(&region_path(&r.id))}>{&r.name}</a> }
    });
    html! {
        <dl class="summary">
            if let Some(area) = &inspection.area { {term_row("Area", area)} }
            <div><dt>{"Region"}</dt><dd>
                if inspection.regions.is_empty() { {"England and Wales (national)"} } else { {for regions} }
            </dd></div>
            {term_row("Service type", dataset.service_type(&inspection.service_type).map(|t| t.name.clone()).unwrap_or_default())}
            if let Some(provider) = &inspection.provider { {term_row("Provider", provider)} }
            {term_row("Published", published(inspection).unwrap_or_else(not_known))}
            {term_row("Fieldwork", fieldwork.unwrap_or_else(not_known))}
            {term_row("Chief Inspector", inspection.chief_inspector.clone().unwrap_or_else(not_known))}
        </dl>
    }
}
