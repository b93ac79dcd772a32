use yew::prelude::*;

use crate::charts::scene::{Anchor, TipPlace};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the focused mark says; `None` hides the tooltip.
    pub label: Option<String>,
    /// Where it goes, in percent of the plot.
    pub place: Option<TipPlace>,
}

/// The focused mark's value, beside it. Always in the DOM (hidden when
/// unused): Yew matches unkeyed children from the end, so a tooltip
/// appearing after the SVG would make it rebuild the SVG and lose the focus.
#[function_component]
pub fn ChartTooltip(props: &Props) -> Html {
    let node = use_node_ref();
    {
        // Placed through the CSSOM after rendering: the page's
        // Content-Security-Policy ignores `style` attributes.
        let node = node.clone();
        let at = props.place.map(|p| (p.left.to_string(), p.top.to_string()));
        use_effect_with(at, move |at| {
            if let (Some((left, top)), Some(tip)) = (at, node.cast::<web_sys::HtmlElement>()) {
                let style = tip.style();
                let _ = style.set_property("left", &format!("{left}%"));
                let _ = style.set_property("top", &format!("{top}%"));
            }
        });
    }
    let class = match props.place.map(|p| p.anchor) {
        Some(Anchor::Start) => "chart-tip tip-start",
        Some(Anchor::End) => "chart-tip tip-end",
        _ => "chart-tip tip-middle",
    };
    html! {
        <div {class} aria-hidden="true" hidden={props.label.is_none()} ref={node}>{props.label.clone().unwrap_or_default()}</div>
    }
}
