use yew::prelude::*;

use crate::query::search::TextQuery;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    /// The free-text search whose words to mark.
    #[prop_or_default]
    pub query: AttrValue,
}

/// Text with the words of the search wrapped in `<mark>`; every run is
/// rendered as text, never as HTML.
#[function_component]
pub fn MarkedText(props: &Props) -> Html {
    let query = TextQuery::new(&props.query);
    if query.is_empty() {
        return html! { {props.text.clone()} };
    }
    html! {
        <>
            {for query.highlight(&props.text).into_iter().map(|(run, hit)| {
                if hit { html! { <mark>{run}</mark> } } else { html! { {run} } }
            })}
        </>
    }
}
