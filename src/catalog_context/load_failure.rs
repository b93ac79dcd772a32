use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What went wrong, in one sentence.
    pub summary: AttrValue,
    /// One line per problem found in the file (none when it could not be fetched).
    pub problems: Rc<Vec<String>>,
}

/// The page shown instead of any view when the dataset cannot be used: what
/// went wrong, each problem and where, and how a maintainer checks the file.
#[function_component]
pub fn LoadFailure(props: &Props) -> Html {
    html! {
        <>
            <h1>{"The dataset could not be loaded"}</h1>
            <p role="alert">{&props.summary}</p>
            if !props.problems.is_empty() {
                <ul id="data-errors" class="data-errors">
                    {for props.problems.iter().map(|p| html! { <li><code>{p}</code></li> })}
                </ul>
            }
            <p>{"If you maintain this site, check the file with "}<code>{"cargo run --bin check-data -- data/inspections.json"}</code>{"."}</p>
        </>
    }
}
