use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::rating_tag::RatingTag;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The inspection's index in the dataset.
    pub index: usize,
}

/// An inspection's rating of each standard, with the standards' codes and
/// domains where the data gives them.
#[function_component]
pub fn StandardsTable(props: &Props) -> Html {
    let catalog = use_catalog();
    let inspection = &catalog.dataset().inspections[props.index];
    let has_codes = inspection.ratings.iter().any(|r| r.code.is_some());
    let has_domains = inspection.ratings.iter().any(|r| r.domain.is_some());
    html! {
        <div class="table-wrap">
        <table class="standards">
            <caption class="visually-hidden">{format!("Ratings by standard for {}", inspection.title)}</caption>
            <thead><tr>
                if has_codes { <th scope="col">{"Code"}</th> }
                if has_domains { <th scope="col">{"Domain"}</th> }
                <th scope="col">{"Standard"}</th><th scope="col">{"Rating"}</th>
            </tr></thead>
            <tbody>
                {for inspection.ratings.iter().map(|r| html! {
                    <tr>
                        if has_codes { <td>{r.code.clone().unwrap_or_default()}</td> }
                        if has_domains { <td>{r.domain.clone().unwrap_or_default()}</td> }
                        <th scope="row">{&r.standard}</th>
                        <td><RatingTag rating={r.rating.clone()} /></td>
                    </tr>
                })}
            </tbody>
        </table>
        </div>
    }
}
