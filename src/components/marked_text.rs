use yew::prelude::*;

use crate::query::search::TextQuery;

/// `text` with the words of the search `query` wrapped in `<mark>`; every
/// run is rendered as text, never as HTML. A plain function rather than a
/// component: it keeps no state, and a list draws many.
pub fn marked_text(text: &AttrValue, query: &str) -> Html {
    let query = TextQuery::new(query);
    if query.is_empty() {
        return html! { {text.clone()} };
    }
    html! {
        <>
            {for query.highlight(text).into_iter().map(|(run, hit)| {
                if hit { html! { <mark>{run}</mark> } } else { html! { {run} } }
            })}
        </>
    }
}
