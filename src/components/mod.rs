//! Small reusable pieces of the page, each with its own `Props`.

pub mod chart;
pub mod chart_frame;
pub mod copy_link;
pub mod download_button;
pub mod filter_bar;
pub mod ignored_notice;
pub mod item_card;
pub mod marked_text;
pub mod rating_tag;
pub mod source_link;
pub mod view_controls;

use yew::prelude::*;

/// A term of a description list: `<div><dt>label</dt><dd>value</dd></div>`.
/// One function for every such row keeps the WebAssembly small (`html!`
/// expands the markup afresh at each place it is written).
pub fn term(label: &str, value: Html) -> Html {
    html! { <div><dt>{label}</dt><dd>{value}</dd></div> }
}

/// A headline figure: `<div data-figure=key><dt>label</dt><dd><a href=link>n</a></dd></div>`.
pub fn figure(key: &'static str, label: &'static str, link: String, n: usize) -> Html {
    html! { <div data-figure={key}><dt>{label}</dt><dd><a href={link}>{n}</a></dd></div> }
}
