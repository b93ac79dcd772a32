use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the figure counts, as its `data-figure` (`inspections`, `findings`, ...).
    pub figure: AttrValue,
    pub label: AttrValue,
    /// The list of what it counts.
    pub href: AttrValue,
    pub count: usize,
}

/// A headline figure that links to the list it counts:
/// `<div data-figure><dt>label</dt><dd><a href>count</a></dd></div>`.
#[function_component]
pub fn HeadlineFigure(props: &Props) -> Html {
    html! {
        <div data-figure={props.figure.clone()}>
            <dt>{props.label.clone()}</dt>
            <dd><a href={props.href.clone()}>{props.count}</a></dd>
        </div>
    }
}
