use std::collections::BTreeSet;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::use_data;
use crate::components::ignored_notice::IgnoredNotice;
use crate::components::rating_tag::RatingTag;
use crate::data::date::PartialDate;
use crate::links::{href, inspection_path};
use crate::pages::use_title;
use crate::query::url::parse_compare_ids;

/// Inspections side by side, standard by standard.
#[function_component]
pub fn ComparePage() -> Html {
    use_title("Compare inspections".into());
    let data = use_data();
    let d = &data.data;
    let query = use_location().map(|l| l.query_str().to_string()).unwrap_or_default();
    let (ids, ignored) = parse_compare_ids(&query, d);
    let chosen: Vec<&crate::data::Inspection> = ids.iter().filter_map(|id| d.inspection(id)).collect();
    // Standards in the order they first appear.
    let mut seen = BTreeSet::new();
    let standards: Vec<String> = chosen
        .iter()
        .flat_map(|i| i.ratings.iter().map(|r| r.standard.clone()))
        .filter(|s| seen.insert(s.clone()))
        .collect();
    html! {
        <>
            <h1>{"Compare inspections"}</h1>
            <IgnoredNotice {ignored} />
            if chosen.len() < 2 {
                <p class="notice">{"Choose two or more inspections to compare: tick \"Compare\" beside them in the "}<a href="#/inspections">{"list of inspections"}</a>{"."}</p>
            }
            if !chosen.is_empty() {
                <div class="table-wrap">
                <table class="compare">
                    <caption class="visually-hidden">{"Inspections side by side"}</caption>
                    <thead><tr>
                        <td></td>
                        {for chosen.iter().map(|i| html! { <th scope="col"><a href={href(&inspection_path(&i.id))}>{&i.title}</a></th> })}
                    </tr></thead>
                    <tbody>
                        <tr><th scope="row">{"Overall rating"}</th>
                            {for chosen.iter().map(|i| html! { <td><RatingTag rating={i.overall.clone().map(AttrValue::from)} /></td> })}</tr>
                        <tr><th scope="row">{"Score"}</th>
                            {for chosen.iter().map(|i| html! { <td>{i.score.as_ref().map(|s| format!("{} of {}", s.value, s.max)).unwrap_or_else(|| "Not known".into())}</td> })}</tr>
                        <tr><th scope="row">{"Published"}</th>
                            {for chosen.iter().map(|i| html! { <td>{i.published.as_deref().and_then(PartialDate::parse).map(|p| p.human()).unwrap_or_else(|| "Undated".into())}</td> })}</tr>
                        {for standards.iter().map(|s| html! {
                            <tr><th scope="row">{s}</th>
                                {for chosen.iter().map(|i| match i.ratings.iter().find(|r| &r.standard == s) {
                                    Some(r) => html! { <td><RatingTag rating={Some(AttrValue::from(r.rating.clone()))} /></td> },
                                    None => html! { <td class="gap">{"Not rated"}</td> },
                                })}
                            </tr>
                        })}
                    </tbody>
                </table>
                </div>
            }
        </>
    }
}
