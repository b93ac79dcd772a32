//! The one frame every chart is drawn in: a visible heading, a key with the
//! rating names as text, the SVG (`role="img"`, labelled by its `<title>`
//! and `<desc>`), a "Show as table" switch giving the same numbers as an
//! HTML table, a CSV download of exactly those numbers, and the chart as an
//! image (PNG and SVG). The marks, the table, the CSV and the image are all
//! read from one `ChartData`. A printout shows the chart and its table.

mod image_buttons;
mod keyboard;
mod legend;
mod mark;
mod plot;
mod shape;
mod table;
mod tooltip;

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::scene::{ChartKind, Scene};
use crate::charts::ChartData;
use crate::catalog_context::use_catalog;
use crate::components::download_button::{download_button, DOWNLOAD_CSV};
use crate::hooks::{use_element_width, use_print_layout};
use image_buttons::{image_buttons, ImageOf};
use keyboard::use_mark_keyboard;
use legend::chart_legend;
use plot::ChartPlot;
use table::chart_table;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The frame's id; its parts get ids from it (`{id}-title`, `{id}-m3`, ...).
    pub id: AttrValue,
    pub data: Rc<ChartData>,
    pub kind: ChartKind,
    /// The CSV's file name.
    pub file_name: AttrValue,
    /// Called with a row when a mark that acts is chosen (tiles only).
    #[prop_or_default]
    pub on_choose: Option<Callback<usize>>,
    /// What choosing a mark does, said under the chart.
    #[prop_or_default]
    pub choose_hint: Option<AttrValue>,
    /// The heading's level (2 or 3).
    #[prop_or(2)]
    pub level: u8,
}

fn kind_name(kind: &ChartKind) -> &'static str {
    match kind {
        ChartKind::Bars => "bars",
        ChartKind::ShareBars => "share-bars",
        ChartKind::Grid => "grid",
        ChartKind::Tiles { .. } => "tiles",
    }
}

/// The width a chart is drawn at on the server (the build's pre-render),
/// where there is no frame to measure: a frame's width on the narrowest
/// screen the page fits (320 px), so the drawn chart shows at its natural
/// size on every screen. A chart's height follows its rows, not its width,
/// so the browser's redraw at the measured width keeps the layout.
pub const SERVER_WIDTH: f64 = 288.0;

#[function_component]
pub fn ChartFrame(props: &Props) -> Html {
    let node = use_node_ref();
    // In the browser the plot is drawn once the frame is measured, so it is
    // drawn once, at its real width (not first at a guess, then again).
    let width = use_element_width(node.clone()).or((!cfg!(target_arch = "wasm32")).then_some(SERVER_WIDTH));
    let show_table = use_state_eq(|| false);
    let scene: Rc<Scene> = {
        let (data, kind) = (props.data.clone(), props.kind.clone());
        let drawn = use_memo((data, kind, width.map(|w| w as i64)), |(data, kind, w)| w.map(|w| Rc::new(kind.scene(data, w as f64))));
        (*drawn).clone().unwrap_or_else(|| Rc::new(Scene::default()))
    };
    let measured = width.is_some();
    let interactive = props.kind.interactive() && props.on_choose.is_some();
    let choose = props.on_choose.clone().filter(|_| interactive);
    let keyboard = use_mark_keyboard(props.id.clone(), scene.clone(), choose);
    // A printout has no switch to press: it shows the chart with its table.
    let printing = use_print_layout();
    let catalog = use_catalog();
    let data = &props.data;
    let id = &props.id;
    let heading_id = format!("{id}-heading");
    let heading = match props.level {
        3 => html! { <h3 id={heading_id.clone()}>{&data.title}</h3> },
        _ => html! { <h2 id={heading_id.clone()}>{&data.title}</h2> },
    };
    let switch = {
        let pressed = *show_table;
        let show_table = show_table.clone();
        let onclick = Callback::from(move |_| show_table.set(!pressed));
        html! {
            <button type="button" class="chart-switch" aria-pressed={pressed.to_string()}
                aria-controls={format!("{id}-body")} {onclick}>{"Show as table"}</button>
        }
    };
    let table = {
        let data = props.data.clone();
        Callback::from(move |()| data.table())
    };
    let table_html = chart_table(&id, &data);
    let plot = if measured {
        html! { <ChartPlot frame_id={id.clone()} data={data.clone()} scene={scene.clone()} {interactive} {keyboard} /> }
    } else {
        Html::default()
    };
    let drawn = !(data.rows.is_empty() || data.is_empty());
    let body = if printing && drawn {
        // Whichever the switch shows on screen.
        html! { <>{plot}<div class="chart-print-table">{table_html}</div></> }
    } else if *show_table {
        table_html
    } else if drawn {
        plot
    } else {
        html! { <p class="chart-empty">{&data.summary}</p> }
    };
    let hint = if *show_table || scene.marks.is_empty() {
        None
    } else {
        Some(match &props.choose_hint {
            Some(h) if interactive => format!("Tab to the chart, move with the arrow keys; {h}"),
            _ => "Tab to the chart, then move with the arrow keys to hear or see each value.".to_string(),
        })
    };
    html! {
        <section class={format!("chart-frame chart-{}", kind_name(&props.kind))} id={id.clone()} aria-labelledby={heading_id} ref={node}>
            <div class="chart-head">
                {heading}
                <div class="chart-tools">
                    {switch}
                    {download_button(table, props.file_name.clone(), DOWNLOAD_CSV.into())}
                    {image_buttons(ImageOf {
                        data: data.clone(), kind: props.kind.clone(), scene: scene.clone(), file_name: props.file_name.clone(), catalog,
                    })}
                </div>
            </div>
            <div class="chart-legend-wrap">{chart_legend(data, &props.kind)}</div>
            <div class="chart-body" id={format!("{id}-body")}>{body}</div>
            <div class="chart-foot">
                if let Some(h) = hint { <p class="chart-hint">{h}</p> }
                {for data.notes.iter().map(|n| html! { <p class="chart-note">{n}</p> })}
            </div>
        </section>
    }
}
