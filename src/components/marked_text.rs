use yew::prelude::*;

use crate::query::search::TextQuery;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    /// The free-text query whose words are marked.
    #[prop_or_default]
    pub query: AttrValue,
}

/// Text with search matches wrapped in `<mark>`; every run is rendered as
/// text, never as HTML.
#[function_component]
pub fn MarkedText(props: &Props) -> Html {
    let query = TextQuery::new(&props.query);
    if query.is_empty() {
        return html! { {props.text.to_string()} };
    }
    html! {
        <>
            {for query.highlight(&props.text).into_iter().map(|(run, hit)| {
                if hit { html! { <mark>{run}</mark> } } else { html! { {run} } }
            })}
        </>
    }
}
