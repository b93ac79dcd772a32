use yew::prelude::*;

use crate::query::Ignored;

/// Names the values of the address that the page did not understand, so a
/// mistyped or outdated link does not silently show something else. A plain
/// function rather than a component: it keeps no state.
pub fn ignored_notice(ignored: &[Ignored]) -> Html {
    if ignored.is_empty() {
        return html! {};
    }
    let names: Vec<String> = ignored.iter().map(|i| i.to_string()).collect();
    html! {
        <p id="ignored-values" class="notice" role="status">
            {format!("Ignored what this address asked for but the data does not have: {}.", names.join(", "))}
        </p>
    }
}
