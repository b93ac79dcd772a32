use yew::prelude::*;

use crate::hooks::ROWS_PER_PAGE;

/// "Show N more", while some of the list's `total` rows are not `shown`
/// yet. A plain function rather than a component: it keeps no state.
pub fn show_more(total: usize, shown: usize, on_show_more: &Callback<()>) -> Html {
    if total <= shown {
        return html! {};
    }
    let label = format!("Show {} more", (total - shown).min(ROWS_PER_PAGE));
    let onclick = on_show_more.reform(|_: MouseEvent| ());
    html! { <button type="button" class="show-more" {onclick}>{label}</button> }
}
