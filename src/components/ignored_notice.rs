use yew::prelude::*;

use crate::query::Ignored;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ignored: Vec<Ignored>,
}

/// Names the values of the address that the page did not understand, so a
/// mistyped or outdated link does not silently show something else.
#[function_component]
pub fn IgnoredNotice(props: &Props) -> Html {
    if props.ignored.is_empty() {
        return html! {};
    }
    let names: Vec<String> = props.ignored.iter().map(|i| i.to_string()).collect();
    html! {
        <p id="ignored-values" class="notice" role="status">
            {format!("Ignored what this address asked for but the data does not have: {}.", names.join(", "))}
        </p>
    }
}
