use yew::prelude::*;

/// The page for an address that leads nowhere; `what` was looked for, e.g.
/// `inspection "x"`.
pub fn not_found(what: Option<&str>) -> Html {
    html! {
        <section class="not-found">
            <h1>{"Not found"}</h1>
            <p>
                {match what {
                    Some(what) => format!("There is no {what} in this dataset. The link may be mistyped, or the item may not be in the data yet."),
                    None => "There is no page at this address. The link may be mistyped.".to_string(),
                }}
            </p>
            <ul class="actions">
                <li><a href="#/">{"Go to the overview"}</a></li>
                <li><a href="#/inspections">{"Browse all inspections"}</a></li>
            </ul>
        </section>
    }
}
