use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::inspection_detail::InspectionDetail;
use crate::components::not_found::NotFound;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

/// `#/findings/{id}`: the finding, highlighted within its inspection.
#[function_component]
pub fn FindingPage(props: &Props) -> Html {
    let catalog = use_catalog();
    match catalog.finding(&props.id) {
        Some(item) => html! { <InspectionDetail index={item.inspection} highlight={props.id.clone()} /> },
        None => html! { <NotFound what={format!("finding \"{}\"", props.id)} /> },
    }
}
