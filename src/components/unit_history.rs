use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::charts::units::standard_changes;
use crate::components::change_tag::ChangeTag;
use crate::components::rating_tag::RatingTag;
use crate::links::{compare_path, href, inspection_path, unit_path};
use crate::wording::published_or_undated;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The inspection's index in the dataset.
    pub index: usize,
}

/// Where an inspection stands among its unit's: every inspection of the
/// unit in order with its overall rating and, in words, what changed since
/// the one before; the standards this one and the one before both rate;
/// links to the unit's page and to both inspections side by side. Nothing
/// when the data does not say which unit was inspected.
#[function_component]
pub fn UnitHistory(props: &Props) -> Html {
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let index = props.index;
    let Some(unit) = catalog.unit_of(index) else { return html! {} };
    let name = &dataset.units[unit].name;
    let unit_link = href(&unit_path(&dataset.units[unit].id));
    let list = catalog.unit_inspections(unit);
    if list.len() == 1 {
        return html! {
            <section class="unit-history" id="unit-history" aria-labelledby="history-heading">
                <h2 id="history-heading">{format!("Inspections of {name}")}</h2>
                <p>{"This is the only inspection of "}<a href={unit_link}>{name}</a>{" in this data."}</p>
            </section>
        };
    }
    let entries = list.iter().map(|&i| {
        let x = &dataset.inspections[i];
        let date = published_or_undated(x);
        let this = i == index;
        html! {
            <li data-inspection={x.id.clone()} aria-current={this.then_some("true")}>
                if this {
                    <strong>{date}{" (this inspection)"}</strong>
                } else {
                    <a href={href(&inspection_path(&x.id))}>{date}</a>
                }
                {" "}<RatingTag rating={x.overall.clone()} />
                if let Some(change) = catalog.change(i) {
                    {" "}<ChangeTag {change} />
                }
            </li>
        }
    });
    let previous = catalog.previous(index);
    let standards = previous.map(|p| standard_changes(&catalog, p, index)).unwrap_or_default();
    let level = |l: usize| Some(AttrValue::from(dataset.scale[l].id.clone()));
    html! {
        <section class="unit-history" id="unit-history" aria-labelledby="history-heading">
            <h2 id="history-heading">{format!("Inspections of {name}")}</h2>
            <p>
                {format!("{name} was inspected {} times in this data. Each inspection is compared with the one before it, by overall rating; a change is named only where the dates show which came first. ", list.len())}
                <a href={unit_link}>{format!("All about {name}")}</a>
            </p>
            <ol class="history-list">{for entries}</ol>
            if let Some(p) = previous {
                if !standards.is_empty() {
                    <div class="table-wrap">
                    <table class="standard-changes">
                        <caption>{format!("Standards rated by both this inspection and the one before ({})", published_or_undated(&dataset.inspections[p]))}</caption>
                        <thead><tr>
                            <th scope="col">{"Standard"}</th><th scope="col">{"Before"}</th><th scope="col">{"This inspection"}</th><th scope="col">{"Change"}</th>
                        </tr></thead>
                        <tbody>
                            {for standards.iter().map(|s| html! {
                                <tr>
                                    <th scope="row">{&s.standard}</th>
                                    <td><RatingTag rating={level(s.earlier)} /></td>
                                    <td><RatingTag rating={level(s.later)} /></td>
                                    <td><ChangeTag change={s.change} /></td>
                                </tr>
                            })}
                        </tbody>
                    </table>
                    </div>
                }
                <p><a class="button" id="compare-previous" href={href(&compare_path(&[&dataset.inspections[p].id, &dataset.inspections[index].id]))}>
                    {"Compare with the previous inspection"}
                </a></p>
            }
        </section>
    }
}
