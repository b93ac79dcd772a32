use yew::prelude::*;

use crate::hooks::ROWS_PER_PAGE;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// How many rows the list has.
    pub total: usize,
    /// How many of them are shown.
    pub shown: usize,
    pub on_show_more: Callback<()>,
}

/// "Show N more", while some rows are not shown yet.
#[function_component]
pub fn ShowMore(props: &Props) -> Html {
    if props.total <= props.shown {
        return html! {};
    }
    let label = format!("Show {} more", (props.total - props.shown).min(ROWS_PER_PAGE));
    let onclick = props.on_show_more.reform(|_: MouseEvent| ());
    html! { <button type="button" class="show-more" {onclick}>{label}</button> }
}
