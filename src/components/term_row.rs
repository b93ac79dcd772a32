use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub label: AttrValue,
    /// The value.
    pub children: Html,
}

/// A term of a description list: `<div><dt>label</dt><dd>value</dd></div>`.
#[function_component]
pub fn TermRow(props: &Props) -> Html {
    html! { <div><dt>{props.label.clone()}</dt><dd>{props.children.clone()}</dd></div> }
}
