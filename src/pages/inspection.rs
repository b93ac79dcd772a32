use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::components::inspection_detail::InspectionDetail;
use crate::components::not_found::NotFound;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

/// `#/inspections/{id}`: one inspection.
#[function_component]
pub fn InspectionPage(props: &Props) -> Html {
    let catalog = use_catalog();
    match catalog.inspection_index(&props.id) {
        Some(index) => html! { <InspectionDetail {index} /> },
        None => html! { <NotFound what={format!("inspection \"{}\"", props.id)} /> },
    }
}
