use yew::prelude::*;

use crate::query::{Ignored, ListKind};

/// Says which filter values (`values`) a list left out because they do not
/// apply to it (a kind on recommendations, a basis on findings). A plain
/// function rather than a component: it keeps no state.
pub fn not_applying_notice(values: &[Ignored], list: ListKind) -> Html {
    if values.is_empty() {
        return html! {};
    }
    let names: Vec<String> = values.iter().map(|i| i.to_string()).collect();
    html! {
        <p id="not-applying" class="notice" role="status">
            {format!("Left out because it does not apply to {}: {}.", list.noun(), names.join(", "))}
        </p>
    }
}
