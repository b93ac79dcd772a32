use yew::prelude::*;

use crate::charts::scene::Shape;

/// An SVG length: the scene rounds coordinates to a tenth of a pixel, so
/// they print short.
fn length(v: f64) -> String {
    v.to_string()
}

/// Draws something that is not itself a mark (an axis, a label, an empty
/// cell), or is drawn inside one. A plain function rather than a component:
/// a chart draws hundreds of these, and they keep no state. SVG elements
/// take the SVG namespace from the `<svg>` they are drawn in.
pub fn shape(shape: &Shape) -> Html {
    match shape {
        Shape::Rect { rect, class } => html! {
            <rect class={class.clone()} x={length(rect.x)} y={length(rect.y)} width={length(rect.w)} height={length(rect.h)} />
        },
        // Sizes are presentation attributes, not `style`: the page's
        // Content-Security-Policy allows no inline styles. A vertical text
        // is placed by its transform, any other by x and y.
        Shape::Text { x, y, text, class, anchor, vertical, font } => {
            let (transform, x, y) = if *vertical {
                (Some(format!("translate({} {}) rotate(-90)", length(*x), length(*y))), None, None)
            } else {
                (None, Some(length(*x)), Some(length(*y)))
            };
            html! {
                <text class={class.clone()} text-anchor={anchor.svg()} {transform} {x} {y} font-size={font.map(length)}>{text.clone()}</text>
            }
        }
        Shape::Line { x1, y1, x2, y2, class } => html! {
            <line class={class.clone()} x1={length(*x1)} y1={length(*y1)} x2={length(*x2)} y2={length(*y2)} />
        },
    }
}
