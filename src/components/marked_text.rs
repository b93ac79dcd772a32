use yew::prelude::*;

use crate::query::search::TextQuery;

/// Text with the words of the free-text `query` wrapped in `<mark>`; every
/// run is rendered as text, never as HTML. A plain function, not a
/// component: it needs no hooks, and each component type costs the
/// WebAssembly its own copy of Yew's lifecycle code.
pub fn marked_text(text: &str, query: &str) -> Html {
    let query = TextQuery::new(query);
    if query.is_empty() {
        return html! { {text.to_string()} };
    }
    html! {
        <>
            {for query.highlight(text).into_iter().map(|(run, hit)| {
                if hit { html! { <mark>{run}</mark> } } else { html! { {run} } }
            })}
        </>
    }
}
