use yew::prelude::*;

use crate::components::item_list::ItemList;
use crate::query::ListKind;

/// `#/recommendations`: every recommendation of every inspection.
#[function_component]
pub fn RecommendationsPage() -> Html {
    html! { <ItemList list={ListKind::Recommendations} /> }
}
