use yew::prelude::*;

use crate::data::is_web_url;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where the source is, as the dataset gives it.
    #[prop_or_default]
    pub url: Option<AttrValue>,
    pub title: AttrValue,
}

/// A source: a link only for an http(s) address; anything else (a
/// `javascript:` URL, a file name) is shown as plain text.
#[function_component]
pub fn SourceLink(props: &Props) -> Html {
    let title = props.title.clone();
    match &props.url {
        Some(url) if is_web_url(url) => html! {
            <a href={url.clone()} rel="noopener noreferrer external" target="_blank">
                {title}<span class="visually-hidden">{" (opens in a new tab)"}</span>
            </a>
        },
        Some(other) => html! { <span>{title}{" ("}<code>{other.clone()}</code>{")"}</span> },
        None => html! { <span>{title}</span> },
    }
}
