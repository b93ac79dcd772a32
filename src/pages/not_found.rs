use yew::prelude::*;

use crate::components::not_found::NotFound;

/// Any address that matches no route.
#[function_component]
pub fn NotFoundPage() -> Html {
    html! { <NotFound /> }
}
