use yew::prelude::*;

use super::keyboard::mark_id;
use super::shape::shape;
use crate::charts::scene::{Mark, Shape};

/// How one mark of a chart is drawn.
pub struct MarkView<'a> {
    /// The frame's id, which the mark's own id extends.
    pub frame_id: &'a str,
    /// The mark's place among the chart's marks.
    pub index: usize,
    pub mark: &'a Mark,
    /// Whether the mark is the chart's Tab stop.
    pub current: bool,
    /// Whether choosing the mark acts (a button), or it only says its value (an image).
    pub interactive: bool,
}

/// One value of a chart: a focusable group named by its label, which is also
/// its `<title>` (the tooltip on hover), with its rectangle and what it
/// holds. Its events are handled once for all marks, on their parent; like
/// the shapes, a plain function rather than a component, as a chart draws
/// hundreds of marks and they keep no state.
pub fn mark(view: MarkView) -> Html {
    let MarkView { frame_id, index, mark, current, interactive } = view;
    html! {
        <g class={if current { "mark current" } else { "mark" }} id={mark_id(frame_id, index)}
            tabindex={if current { "0" } else { "-1" }} role={if interactive { "button" } else { "img" }}
            aria-label={mark.label.clone()} data-k={index.to_string()} data-row={mark.row.to_string()}
            data-series={mark.series.map(|s| s.to_string())} aria-pressed={mark.pressed.filter(|_| interactive).map(|p| p.to_string())}>
            <title>{mark.label.clone()}</title>
            {shape(&Shape::Rect { rect: mark.rect, class: mark.class.clone() })}
            {for mark.shapes.iter().map(shape)}
        </g>
    }
}
