use yew::prelude::*;

use crate::query::units::Change;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub change: Change,
}

/// What changed since the inspection before, in words ("Improved",
/// "Not comparable: not rated"); its colour only repeats them.
#[function_component]
pub fn ChangeTag(props: &Props) -> Html {
    html! { <span class={classes!("change", format!("change-{}", props.change.id()))}>{props.change.label()}</span> }
}
