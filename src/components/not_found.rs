use yew::prelude::*;

use crate::hooks::use_title;
use crate::links::href;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What was looked for, e.g. `inspection "x"`; `None` for an address
    /// that leads to no page at all.
    #[prop_or_default]
    pub what: Option<AttrValue>,
}

/// What an address that leads nowhere shows, with ways back.
#[function_component]
pub fn NotFound(props: &Props) -> Html {
    use_title("Not found".into());
    html! {
        <section class="not-found">
            <h1>{"Not found"}</h1>
            <p>
                {match &props.what {
                    Some(what) => format!("There is no {what} in this dataset. The link may be mistyped, or the item may not be in the data yet."),
                    None => "There is no page at this address. The link may be mistyped.".to_string(),
                }}
            </p>
            <ul class="actions">
                <li><a href={href("/")}>{"Go to the overview"}</a></li>
                <li><a href={href("/inspections")}>{"Browse all inspections"}</a></li>
            </ul>
        </section>
    }
}
