use yew::prelude::*;

use crate::data::is_web_url;

/// A source: a link only for an http(s) address; anything else (a
/// `javascript:` URL, a file name) is shown as plain text.
pub fn source_link(url: Option<&str>, title: &str) -> Html {
    match url {
        Some(url) if is_web_url(url) => html! {
            <a href={url.to_string()} rel="noopener noreferrer external" target="_blank">
                {title.to_string()}<span class="visually-hidden">{" (opens in a new tab)"}</span>
            </a>
        },
        Some(other) => html! { <span>{title.to_string()}{" ("}<code>{other.to_string()}</code>{")"}</span> },
        None => html! { <span>{title.to_string()}</span> },
    }
}
