use yew::prelude::*;

use crate::browser::focus::scroll_to_and_focus;
use crate::query::ListKind;
use crate::wording::count_of;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// How many results there are.
    pub count: usize,
    pub list: ListKind,
}

/// A button shown only where the filters sit above the results (narrow
/// screens, by the style sheet): it moves the focus past them to the
/// result count.
#[function_component]
pub fn JumpToResults(props: &Props) -> Html {
    let onclick = Callback::from(|_: MouseEvent| scroll_to_and_focus("result-count"));
    html! {
        <p class="jump-results">
            <button type="button" class="link-button" {onclick}>{format!("Skip the filters to the {}", count_of(props.count, props.list))}</button>
        </p>
    }
}
