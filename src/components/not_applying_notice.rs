use yew::prelude::*;

use crate::query::{Ignored, ListKind};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The filter values the list leaves out.
    pub values: Vec<Ignored>,
    pub list: ListKind,
}

/// Says which filter values a list left out because they do not apply to it
/// (a kind on recommendations, a basis on findings).
#[function_component]
pub fn NotApplyingNotice(props: &Props) -> Html {
    if props.values.is_empty() {
        return html! {};
    }
    let names: Vec<String> = props.values.iter().map(|i| i.to_string()).collect();
    html! {
        <p id="not-applying" class="notice" role="status">
            {format!("Left out because it does not apply to {}: {}.", props.list.noun(), names.join(", "))}
        </p>
    }
}
