use yew::prelude::*;

use crate::data::ScaleLevel;

/// A rating (a scale id, or `None` for an unrated inspection or standard) as
/// a labelled tag: the colour only repeats what the text says.
pub fn rating_tag(scale: &[ScaleLevel], rating: Option<&str>) -> Html {
    match rating.and_then(|id| scale.iter().position(|s| s.id == id)) {
        Some(pos) => html! {
            <span class={classes!("rating", format!("rating-rank-{}", crate::charts::colour_rank(pos, scale.len())))}>
                {&scale[pos].label}
            </span>
        },
        None => html! { <span class="rating rating-none">{"Not rated"}</span> },
    }
}
