use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::charts::units::recurring_concerns;
use crate::components::chart::{Chart, ChartSpec};
use crate::components::item_card::ItemCard;
use crate::components::not_found::NotFound;
use crate::components::unit_history::unit_history;
use crate::hooks::use_title;
use crate::links::{finding_path, href};
use crate::query::{ItemRef, ListKind};
use crate::wording::{published, published_or_undated};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

/// `#/units/{id}`: one inspected unit's history: its inspections over time
/// (in a list with what changed, and as a chart of its ratings, overall and
/// by standard side by side, with its table), the concerns found in more
/// than one of its inspections, and all its recommendations, each with its
/// inspection's date.
#[function_component]
pub fn UnitPage(props: &Props) -> Html {
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let unit = catalog.unit_index(&props.id);
    use_title(unit.map(|u| dataset.units[u].name.clone()).unwrap_or_else(|| "Not found".into()));
    let Some(unit) = unit else {
        return html! { <NotFound what={format!("inspected unit \"{}\"", props.id)} /> };
    };
    let name = &dataset.units[unit].name;
    let list = catalog.unit_inspections(unit);
    let n = list.len();

    // "Inspected 3 times in this data, from 30 March 2023 to 24 October 2024 (1 undated)."
    let dates: Vec<String> = list.iter().filter_map(|&i| published(&dataset.inspections[i])).collect();
    let span = match dates.as_slice() {
        [] => String::new(),
        [only] => format!(", in {only}"),
        [first, .., last] => format!(", from {first} to {last}"),
    };
    let undated = if n > dates.len() { format!(" ({} undated)", n - dates.len()) } else { String::new() };
    let times = match n {
        0 => "No inspection of this unit is in this data yet".to_string(),
        1 => "Inspected once in this data".to_string(),
        _ => format!("Inspected {n} times in this data"),
    };
    let concerns = recurring_concerns(&catalog, unit);
    let recommendations = list
        .iter()
        .flat_map(|&i| (0..dataset.inspections[i].recommendations.len()).map(move |item| ItemRef { inspection: i, item }));

    html! {
        <article class="unit">
            <p class="breadcrumb"><a href={href("/inspections")}>{"Inspections"}</a>{" › Inspected unit"}</p>
            <h1>{name}</h1>
            <p class="lede">{format!("{times}{span}{undated}.")}</p>
            {unit_history(&catalog, unit, None)}
            <Chart spec={ChartSpec::UnitRatings { unit }} id="unit" />

            <h2 id="unit-concerns">{"Recurring concerns"}</h2>
            <p>{if concerns.is_empty() {
                "No theme of its concerns was found in more than one of its inspections.".to_string()
            } else {
                "Themes of concerns found in more than one of its inspections:".to_string()
            }}</p>
            <ul class="recurring" id="recurring-concerns">
                {for concerns.iter().map(|r| {
                    let theme = &dataset.themes[r.theme];
                    html! {
                        <li data-theme={theme.id.clone()}>
                            <strong>{&theme.name}</strong>{format!(": found in {} of its {n} inspections", r.inspections)}
                            <ul>
                                {for r.concerns.iter().map(|x| {
                                    let inspection = &dataset.inspections[x.inspection];
                                    let finding = &inspection.findings[x.item];
                                    html! {
                                        <li><a href={href(&finding_path(&finding.id))}>{&finding.text}</a>{format!(" ({})", published_or_undated(inspection))}</li>
                                    }
                                })}
                            </ul>
                        </li>
                    }
                })}
            </ul>

            <h2 id="unit-recommendations">{"Recommendations"}</h2>
            <ol class="item-list" id="unit-recommendations-list">
                {for recommendations.map(|item| html! { <ItemCard list={ListKind::Recommendations} {item} with_inspection=true /> })}
            </ol>
            if list.iter().all(|&i| dataset.inspections[i].recommendations.is_empty()) {
                <p class="empty">{"No recommendation is recorded for it in this data."}</p>
            }
        </article>
    }
}
