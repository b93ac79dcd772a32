use yew::prelude::*;

use crate::data::is_web_url;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub url: Option<AttrValue>,
    pub title: AttrValue,
}

/// A source: a link only for an http(s) address; anything else (a
/// `javascript:` URL, a file name) is shown as plain text.
#[function_component]
pub fn SourceLink(props: &Props) -> Html {
    match props.url.as_deref() {
        Some(url) if is_web_url(url) => html! {
            <a href={url.to_string()} rel="noopener noreferrer external" target="_blank">
                {props.title.to_string()}<span class="visually-hidden">{" (opens in a new tab)"}</span>
            </a>
        },
        Some(other) => html! { <span>{props.title.to_string()}{" ("}<code>{other.to_string()}</code>{")"}</span> },
        None => html! { <span>{props.title.to_string()}</span> },
    }
}
