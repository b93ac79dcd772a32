use yew::prelude::*;

use crate::catalog_context::use_catalog;
use crate::charts::palette::level_colour;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// A scale id, or `None` for an unrated inspection or standard.
    #[prop_or_default]
    pub rating: Option<AttrValue>,
}

/// A rating as a labelled tag: the colour only repeats what the text says.
#[function_component]
pub fn RatingTag(props: &Props) -> Html {
    let catalog = use_catalog();
    let scale = &catalog.dataset().scale;
    match props.rating.as_deref().and_then(|id| scale.iter().position(|s| s.id == id)) {
        Some(position) => html! {
            <span class={classes!("rating", format!("rating-rank-{}", level_colour(position, scale.len())))}>
                {&scale[position].label}
            </span>
        },
        None => html! { <span class="rating rating-none">{"Not rated"}</span> },
    }
}
