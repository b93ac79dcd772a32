use yew::prelude::*;

use crate::components::item_list::ItemList;
use crate::query::ListKind;

/// `#/findings`: every finding of every inspection.
#[function_component]
pub fn FindingsPage() -> Html {
    html! { <ItemList list={ListKind::Findings} /> }
}
