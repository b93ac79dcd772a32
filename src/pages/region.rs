use yew::prelude::*;

use crate::app::use_data;
use crate::components::rating_tag::RatingTag;
use crate::data::date::PartialDate;
use crate::links::{href, inspection_path, list_path};
use crate::pages::not_found::NotFound;
use crate::pages::use_title;
use crate::query::{Filter, ListKind};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

/// A region's profile: its inspections over time and links into every list
/// filtered to it.
#[function_component]
pub fn RegionPage(props: &Props) -> Html {
    let data = use_data();
    let d = &data.data;
    let name = d.region(&props.id).map(|r| r.name.clone());
    use_title(name.clone().unwrap_or_else(|| "Not found".into()));
    let Some(name) = name else {
        return html! { <NotFound what={format!("region \"{}\"", props.id)} /> };
    };
    let filter = Filter { regions: vec![props.id.to_string()], ..Filter::default() };
    let inspections = data.inspections(&filter);
    let findings = data.items_matching(ListKind::Findings, &filter).len();
    let recommendations = data.items_matching(ListKind::Recommendations, &filter).len();
    let query = format!("region={}", props.id);
    html! {
        <article class="region">
            <h1>{&name}</h1>
            <ul class="actions">
                <li><a href={href(&list_path("/inspections", &query))}>{format!("{} inspections", inspections.len())}</a></li>
                <li><a href={href(&list_path("/findings", &query))}>{format!("{findings} findings")}</a></li>
                <li><a href={href(&list_path("/recommendations", &query))}>{format!("{recommendations} recommendations")}</a></li>
                <li><a href={href(&list_path("/", &query))}>{"Charts for this region"}</a></li>
            </ul>
            <h2>{"Inspections, newest first"}</h2>
            <ol class="result-list">
                {for inspections.iter().map(|&i| {
                    let ins = &d.inspections[i];
                    html! {
                        <li class="result">
                            <a class="result-link" href={href(&inspection_path(&ins.id))}>{&ins.title}</a>
                            {" "}<span class="result-date">{ins.published.as_deref().and_then(PartialDate::parse).map(|p| p.human()).unwrap_or_else(|| "Undated".into())}</span>
                            {" "}<RatingTag rating={ins.overall.clone().map(AttrValue::from)} />
                        </li>
                    }
                })}
            </ol>
        </article>
    }
}
