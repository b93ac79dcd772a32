use yew::prelude::*;

/// A term of a description list: `<div><dt>label</dt><dd>value</dd></div>`.
/// A plain function rather than a component, as Yew's guide suggests for a
/// view that uses no hooks: it keeps no state.
pub fn term_row(label: impl Into<AttrValue>, value: impl Into<Html>) -> Html {
    // The markup once, whatever the argument types.
    fn row(label: AttrValue, value: Html) -> Html {
        html! { <div><dt>{label}</dt><dd>{value}</dd></div> }
    }
    row(label.into(), value.into())
}
