use yew::prelude::*;

use crate::app::use_data;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// A scale id, or `None` for an unrated inspection or standard.
    pub rating: Option<AttrValue>,
}

/// A rating as a labelled tag: the colour only repeats what the text says.
#[function_component]
pub fn RatingTag(props: &Props) -> Html {
    let data = use_data();
    let scale = &data.data.scale;
    match props.rating.as_deref().and_then(|id| scale.iter().position(|s| s.id == id)) {
        Some(pos) => html! {
            <span class={classes!("rating", format!("rating-rank-{}", crate::charts::colour_rank(pos, scale.len())))}>
                {&scale[pos].label}
            </span>
        },
        None => html! { <span class="rating rating-none">{"Not rated"}</span> },
    }
}
