use yew::prelude::*;

use crate::hooks::FilterChange;
use crate::query::Filter;

/// A "Clear all filters" button (a history entry, so Back brings them back).
/// A plain function rather than a component: it keeps no state.
pub fn clear_filters(on_change: &Callback<FilterChange>) -> Html {
    let onclick = on_change.reform(|_: MouseEvent| FilterChange { filter: Filter::default(), push: true });
    html! { <button type="button" class="clear-filters" {onclick}>{"Clear all filters"}</button> }
}
