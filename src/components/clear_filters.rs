use yew::prelude::*;

use crate::hooks::FilterChange;
use crate::query::Filter;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_change: Callback<FilterChange>,
}

/// A "Clear all filters" button (a history entry, so Back brings them back).
#[function_component]
pub fn ClearFilters(props: &Props) -> Html {
    let onclick = props.on_change.reform(|_: MouseEvent| FilterChange { filter: Filter::default(), push: true });
    html! { <button type="button" class="clear-filters" {onclick}>{"Clear all filters"}</button> }
}
