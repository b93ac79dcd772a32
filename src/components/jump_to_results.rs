use yew::prelude::*;

use crate::browser::focus::scroll_to_and_focus;
use crate::query::ListKind;
use crate::wording::count_of;

/// A button shown only where the filters sit above the results (narrow
/// screens, by the style sheet): it moves the focus past them to the
/// result count (`count` results of `list`). A plain function rather than a
/// component: it keeps no state.
pub fn jump_to_results(count: usize, list: ListKind) -> Html {
    let onclick = Callback::from(|_: MouseEvent| scroll_to_and_focus("result-count"));
    html! {
        <p class="jump-results">
            <button type="button" class="link-button" {onclick}>{format!("Skip the filters to the {}", count_of(count, list))}</button>
        </p>
    }
}
