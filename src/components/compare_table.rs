use std::rc::Rc;

use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::charts::compare::{CompareCell, CompareGrid};
use crate::components::rating_tag::RatingTag;
use crate::links::{href, inspection_path};
use crate::wording::published_or_undated;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub grid: Rc<CompareGrid>,
    /// Gets the id of an inspection to take out of the comparison.
    pub on_remove: Callback<String>,
}

/// Inspections side by side, one column each (headed by its title and
/// date, so two inspections of one unit can be told apart), one row per
/// rating, score, date, region and standard.
#[function_component]
pub fn CompareTable(props: &Props) -> Html {
    let catalog = use_catalog();
    let dataset = catalog.dataset();
    let chosen = props.grid.inspections.iter().map(|&i| &dataset.inspections[i]);
    let cell = |cell: &CompareCell| match cell {
        CompareCell::Rating(level) => html! { <RatingTag rating={level.map(|l| dataset.scale[l].id.clone())} /> },
        CompareCell::Text(text) => html! { {text} },
    };
    html! {
        <div class="table-wrap">
        <table class="compare" id="compare-table">
            <caption id="compare-caption" tabindex="-1">{format!("{} inspections side by side", props.grid.inspections.len())}</caption>
            <thead><tr>
                <td></td>
                {for chosen.map(|i| {
                    let onclick = {
                        let id = i.id.clone();
                        props.on_remove.reform(move |_: MouseEvent| id.clone())
                    };
                    html! {
                        <th scope="col" id={format!("compare-{}", i.id)}>
                            <a href={href(&inspection_path(&i.id))}>{&i.title}</a>
                            {" "}<span class="compare-date">{published_or_undated(i)}</span>
                            <button type="button" class="link-button remove" aria-label={format!("Remove {} from the comparison", i.title)}
                                {onclick}>{"Remove"}</button>
                        </th>
                    }
                })}
            </tr></thead>
            <tbody>
                {for props.grid.rows.iter().map(|row| html! {
                    <tr data-row={row.id.clone()}>
                        <th scope="row">{&row.label}</th>
                        {for row.cells.iter().map(|c| html! {
                            <td class={classes!(matches!(c, CompareCell::Rating(None)).then_some("gap"))}>{cell(c)}</td>
                        })}
                    </tr>
                })}
            </tbody>
        </table>
        </div>
    }
}
