use yew::prelude::*;

/// What a view shows until the data has loaded: the explorer's name as the
/// page's heading and a status saying the data is on its way. A plain
/// function rather than a component: it keeps no state.
pub fn loading_notice() -> Html {
    html! {
        <>
            <h1>{"Inspection explorer"}</h1>
            <p id="loading" role="status" class="loading">{"Loading the inspection data…"}</p>
        </>
    }
}
