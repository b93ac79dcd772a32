use std::rc::Rc;

use yew::prelude::*;

use super::keyboard::MarkKeyboard;
use super::mark::{mark, MarkView};
use super::shape::shape;
use super::tooltip::ChartTooltip;
use crate::browser::performance::{mark_once, FIRST_CHART};
use crate::charts::scene::{tip_place, Scene};
use crate::charts::ChartData;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub frame_id: AttrValue,
    pub data: Rc<ChartData>,
    pub scene: Rc<Scene>,
    /// Whether the marks act when chosen (the SVG is then a group of buttons).
    pub interactive: bool,
    pub keyboard: MarkKeyboard,
}

/// The chart itself: an SVG labelled by its `<title>` and `<desc>`, the
/// decorations under the marks, and the focused mark's tooltip.
#[function_component]
pub fn ChartPlot(props: &Props) -> Html {
    use_effect_with((), |_| mark_once(FIRST_CHART));
    let Props { frame_id, data, scene, interactive, keyboard } = props;
    let (title_id, desc_id) = (format!("{frame_id}-title"), format!("{frame_id}-desc"));
    let tip = keyboard.tip.and_then(|k| scene.marks.get(k));
    let MarkKeyboard { onfocusin, onfocusout, onkeydown, onclick, .. } = keyboard.clone();
    html! {
        <div class="chart-plot">
            <svg viewBox={format!("0 0 {} {}", scene.width, scene.height)} width={scene.width.to_string()} height={scene.height.to_string()}
                role={if *interactive { "group" } else { "img" }}
                aria-labelledby={format!("{title_id} {desc_id}")} focusable="false">
                <title id={title_id}>{&data.title}</title>
                <desc id={desc_id}>{&data.summary}</desc>
                <g class="decos" aria-hidden="true">
                    {for scene.decos.iter().map(shape)}
                </g>
                <g class="marks" {onfocusin} {onfocusout} {onkeydown} {onclick}>
                    {for scene.marks.iter().enumerate().map(|(index, m)| mark(MarkView {
                        frame_id, index, mark: m, current: index == keyboard.current, interactive: *interactive,
                    }))}
                </g>
            </svg>
            <ChartTooltip label={tip.map(|m| m.label.clone())} place={tip.map(|m| tip_place(scene, m))} />
        </div>
    }
}
