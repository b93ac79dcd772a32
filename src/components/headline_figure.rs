use yew::prelude::*;

/// A headline figure that links to the list it counts:
/// `<div data-figure><dt>label</dt><dd><a href>count</a></dd></div>`. A
/// plain function rather than a component: it keeps no state.
pub fn headline_figure(figure: &'static str, label: &'static str, href: AttrValue, count: usize) -> Html {
    html! {
        <div data-figure={figure}>
            <dt>{label}</dt>
            <dd><a {href}>{count}</a></dd>
        </div>
    }
}
