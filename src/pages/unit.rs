use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::charts::units::recurring_concerns;
use crate::components::change_tag::ChangeTag;
use crate::components::chart::{Chart, ChartSpec};
use crate::components::item_card::ItemCard;
use crate::components::not_found::NotFound;
use crate::components::rating_tag::RatingTag;
use crate::hooks::use_title;
use crate::links::{compare_path, finding_path, href, inspection_path};
use crate::query::{ItemRef, ListKind};
use crate::wording::{plural, published, published_or_undated};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

/// `#/units/{id}`: one inspected unit's history: its inspections over time
/// (a list, and a chart with its table), its ratings by standard side by
/// side, the concerns found in more than one of its inspections, and all its
/// recommendations, each with its inspection's date.
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
    let span = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if dates.len() > 1 => format!(", from {a} to {b}"),
        (Some(a), _) => format!(", in {a}"),
        _ => String::new(),
    };
    let undated = if n > dates.len() { format!(" ({} undated)", n - dates.len()) } else { String::new() };
    let lede = match n {
        0 => "No inspection of this unit is in this data yet.".to_string(),
        1 => format!("Inspected once in this data{span}{undated}."),
        _ => format!("Inspected {n} times in this data{span}{undated}."),
    };
    let ids: Vec<&str> = list.iter().map(|&i| dataset.inspections[i].id.as_str()).collect();
    let rates_standards = list.iter().any(|&i| !dataset.inspections[i].ratings.is_empty());
    let concerns = recurring_concerns(&catalog, unit);
    let recommendations: Vec<ItemRef> = list
        .iter()
        .flat_map(|&i| (0..dataset.inspections[i].recommendations.len()).map(move |item| ItemRef { inspection: i, item }))
        .collect();

    html! {
        <article class="unit">
            <p class="breadcrumb"><a href={href("/inspections")}>{"Inspections"}</a>{" › Inspected unit"}</p>
            <h1>{name}</h1>
            <p class="lede">{lede}</p>
            if n >= 2 {
                <ul class="actions">
                    <li><a href={href(&compare_path(&ids))}>{format!("Compare its {n} inspections side by side")}</a></li>
                </ul>
            }

            <h2>{"Inspections, oldest first"}</h2>
            <ol class="result-list" id="unit-inspections">
                {for list.iter().map(|&i| {
                    let x = &dataset.inspections[i];
                    html! {
                        <li class="result" data-inspection={x.id.clone()}>
                            <a class="result-link" href={href(&inspection_path(&x.id))}>{&x.title}</a>
                            {" "}<span class="result-date">{published_or_undated(x)}</span>
                            {" "}<RatingTag rating={x.overall.clone()} />
                            if let Some(change) = catalog.change(i) {
                                {" "}<ChangeTag {change} />
                            }
                        </li>
                    }
                })}
            </ol>

            <div class="chart-pair">
                <Chart spec={ChartSpec::UnitRatings { unit }} id="unit" />
                if rates_standards {
                    <Chart spec={ChartSpec::UnitStandards { unit }} id="unit" />
                }
            </div>

            <h2 id="unit-concerns">{"Recurring concerns"}</h2>
            if concerns.is_empty() {
                <p class="empty">{if n < 2 {
                    "A concern recurs when it is found in more than one inspection; this unit has one inspection in this data.".to_string()
                } else {
                    format!("No theme of {name}'s concerns was found in more than one of its inspections.")
                }}</p>
            } else {
                <p>{"The themes of concerns found in more than one of its inspections, with those concerns."}</p>
                <ul class="recurring" id="recurring-concerns">
                    {for concerns.iter().map(|r| {
                        let theme = &dataset.themes[r.theme];
                        html! {
                            <li data-theme={theme.id.clone()}>
                                <h3>{&theme.name}</h3>
                                <p class="item-context">{format!("Found in {} of its {n} inspections", r.inspections)}</p>
                                <ul>
                                    {for r.concerns.iter().map(|x| {
                                        let inspection = &dataset.inspections[x.inspection];
                                        let finding = &inspection.findings[x.item];
                                        html! {
                                            <li>
                                                <a href={href(&finding_path(&finding.id))}>{&finding.text}</a>
                                                {" "}<span class="item-context">{published_or_undated(inspection)}</span>
                                            </li>
                                        }
                                    })}
                                </ul>
                            </li>
                        }
                    })}
                </ul>
            }

            <h2 id="unit-recommendations">{"Recommendations"}</h2>
            if recommendations.is_empty() {
                <p class="empty">{format!("No recommendation to {name} is recorded in this data.")}</p>
            } else {
                <p>{format!("{} {} recorded across its inspections, in the order of the inspections.", recommendations.len(), plural(recommendations.len(), "recommendation", "recommendations"))}</p>
                <ol class="item-list">
                    {for recommendations.iter().map(|&item| html! { <ItemCard list={ListKind::Recommendations} {item} with_inspection=true /> })}
                </ol>
            }
        </article>
    }
}
