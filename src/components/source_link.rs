use yew::prelude::*;

use crate::data::is_web_url;

/// A source (`title`, found at `url` as the dataset gives it): a link only
/// for an http(s) address; anything else (a `javascript:` URL, a file name)
/// is shown as plain text. A plain function rather than a component: it
/// keeps no state.
pub fn source_link(url: Option<AttrValue>, title: AttrValue) -> Html {
    match url {
        Some(url) if is_web_url(&url) => html! {
            <a href={url} rel="noopener noreferrer external" target="_blank">
                {title}<span class="visually-hidden">{" (opens in a new tab)"}</span>
            </a>
        },
        Some(other) => html! { <span>{title}{" ("}<code>{other}</code>{")"}</span> },
        None => html! { <span>{title}</span> },
    }
}
