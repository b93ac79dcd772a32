//! The one frame every chart is drawn in: a visible heading, a key with the
//! rating names as text, the SVG (`role="img"`, labelled by its `<title>`
//! and `<desc>`), a "Show as table" switch giving the same numbers as an
//! HTML table, and a CSV download of exactly those numbers. The marks, the
//! table and the CSV are all read from one `ChartData`.
//!
//! Keyboard: a chart is one Tab stop; the arrow keys (and Home, End) move
//! between its marks, each of which says its value in a tooltip while it
//! has the focus. Marks that act (the tiles of the region map) are buttons
//! and answer Enter and Space.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::charts::scene::{step, tip_place, Anchor, ChartKind, Mark, Scene, Shape, Step};
use crate::charts::{ChartData, Values};
use crate::components::download::DownloadCsv;

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

/// The width available to the chart, in CSS pixels, following the window.
#[hook]
fn use_width(node: NodeRef) -> f64 {
    let width = use_state_eq(|| 640.0f64);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let measure = {
                let node = node.clone();
                move || {
                    if let Some(el) = node.cast::<web_sys::Element>() {
                        let w = el.client_width() as f64;
                        if w > 0.0 {
                            width.set(w.floor());
                        }
                    }
                }
            };
            measure();
            let listener = Closure::<dyn Fn()>::new(measure);
            let window = gloo::utils::window();
            let _ = window.add_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
            move || {
                let _ = window.remove_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
                drop(listener);
            }
        });
    }
    *width
}

fn set_style(el: &web_sys::Element, property: &str, value: &str) {
    if let Ok(style) = js_sys::Reflect::get(el, &JsValue::from_str("style")) {
        let _ = js_sys::Reflect::set(&style, &JsValue::from_str(property), &JsValue::from_str(value));
    }
}

fn mark_id(frame: &str, k: usize) -> String {
    format!("{frame}-m{k}")
}

fn focus_mark(frame: &str, k: usize) {
    if let Some(el) = gloo::utils::document().get_element_by_id(&mark_id(frame, k)) {
        if let Ok(svg) = el.dyn_into::<web_sys::SvgElement>() {
            let _ = svg.focus();
        }
    }
}

fn shape(s: &Shape) -> Html {
    match s {
        Shape::Rect { rect, class } => html! {
            <rect class={class.clone()} x={rect.x.to_string()} y={rect.y.to_string()} width={rect.w.to_string()} height={rect.h.to_string()} />
        },
        // Sizes are presentation attributes, not `style`: the page's
        // Content-Security-Policy allows no inline styles.
        Shape::Text { x, y, text, class, anchor, vertical: false, font } => html! {
            <text class={class.clone()} x={x.to_string()} y={y.to_string()} text-anchor={anchor.svg()}
                font-size={font.map(|f| f.to_string())}>{text}</text>
        },
        Shape::Text { x, y, text, class, anchor, vertical: true, font } => html! {
            <text class={class.clone()} transform={format!("translate({x} {y}) rotate(-90)")} text-anchor={anchor.svg()}
                font-size={font.map(|f| f.to_string())}>{text}</text>
        },
        Shape::Line { x1, y1, x2, y2, class } => html! {
            <line class={class.clone()} x1={x1.to_string()} y1={y1.to_string()} x2={x2.to_string()} y2={y2.to_string()} />
        },
    }
}

#[function_component]
pub fn ChartFrame(props: &Props) -> Html {
    let node = use_node_ref();
    let width = use_width(node.clone());
    let show_table = use_state_eq(|| false);
    // The mark in the Tab order, and the one showing its tooltip.
    let active = use_state_eq(|| None::<usize>);
    let tip = use_state_eq(|| None::<usize>);
    let scene: Rc<Scene> = {
        let (data, kind) = (props.data.clone(), props.kind.clone());
        use_memo((data, kind, width as i64), |(data, kind, w)| kind.scene(data, *w as f64))
    };
    let data = &props.data;
    let id = props.id.to_string();
    let (title_id, desc_id, heading_id) = (format!("{id}-title"), format!("{id}-desc"), format!("{id}-heading"));
    let interactive = props.kind.interactive() && props.on_choose.is_some();
    // Until a mark has had the focus, the Tab stop is the first chosen
    // tile, or the first mark.
    let active_k = (*active)
        .unwrap_or_else(|| scene.marks.iter().position(|m| m.pressed == Some(true)).unwrap_or(0))
        .min(scene.marks.len().saturating_sub(1));
    let nav: Rc<Vec<(i32, i32)>> = Rc::new(scene.marks.iter().map(|m| m.nav).collect());

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
    let download = {
        let data = props.data.clone();
        html! { <DownloadCsv table={Callback::from(move |_| data.table())} file_name={props.file_name.clone()} /> }
    };
    let legend = legend(data, &props.kind);

    let mark_view = |k: usize, m: &Mark| -> Html {
        let onfocus = {
            let (active, tip) = (active.clone(), tip.clone());
            Callback::from(move |_: FocusEvent| {
                active.set(Some(k));
                tip.set(Some(k));
            })
        };
        let onblur = {
            let tip = tip.clone();
            Callback::from(move |_: FocusEvent| tip.set(None))
        };
        let choose = props.on_choose.clone().filter(|_| interactive);
        let row = m.row;
        let onkeydown = {
            let (nav, frame, tip, choose) = (nav.clone(), id.clone(), tip.clone(), choose.clone());
            Callback::from(move |e: KeyboardEvent| {
                let key = e.key();
                if let Some(s) = Step::from_key(&key) {
                    e.prevent_default();
                    focus_mark(&frame, step(&nav, k, s));
                } else if key == "Enter" || key == " " {
                    if let Some(choose) = &choose {
                        e.prevent_default();
                        choose.emit(row);
                    }
                } else if key == "Escape" {
                    tip.set(None);
                }
            })
        };
        let onclick = {
            let (frame, choose) = (id.clone(), choose.clone());
            Callback::from(move |_: MouseEvent| {
                focus_mark(&frame, k);
                if let Some(choose) = &choose {
                    choose.emit(row);
                }
            })
        };
        html! {
            <g class={classes!("mark", (k == active_k).then_some("current"))} id={mark_id(&id, k)}
                tabindex={if k == active_k { "0" } else { "-1" }}
                role={if interactive { "button" } else { "img" }}
                aria-label={m.label.clone()}
                aria-pressed={if interactive { m.pressed.map(|p| p.to_string()) } else { None }}
                data-row={m.row.to_string()} data-series={m.series.map(|s| s.to_string())}
                {onfocus} {onblur} {onkeydown} {onclick}>
                <title>{&m.label}</title>
                <rect class={m.class.clone()} x={m.rect.x.to_string()} y={m.rect.y.to_string()}
                    width={m.rect.w.to_string()} height={m.rect.h.to_string()} />
                {for m.shapes.iter().map(shape)}
            </g>
        }
    };

    // The tooltip is placed through the CSSOM after rendering: the page's
    // Content-Security-Policy ignores `style` attributes.
    let tip_ref = use_node_ref();
    let place = (*tip).and_then(|k| scene.marks.get(k)).map(|m| tip_place(&scene, m));
    {
        let tip_ref = tip_ref.clone();
        let at = place.map(|p| (p.left.to_string(), p.top.to_string()));
        use_effect_with(at, move |at| {
            if let (Some((left, top)), Some(el)) = (at, tip_ref.cast::<web_sys::Element>()) {
                set_style(&el, "left", &format!("{left}%"));
                set_style(&el, "top", &format!("{top}%"));
            }
        });
    }
    // Always in the DOM (hidden when unused): Yew matches unkeyed children
    // from the end, so a tooltip appearing after the SVG would make it
    // rebuild the SVG and lose the focus.
    let tooltip = {
        let label = (*tip).and_then(|k| scene.marks.get(k)).map(|m| m.label.clone());
        let side = match place.map(|p| p.anchor) {
            Some(Anchor::Start) => "tip-start",
            Some(Anchor::End) => "tip-end",
            _ => "tip-middle",
        };
        html! {
            <div class={classes!("chart-tip", side)} aria-hidden="true" hidden={label.is_none()} ref={tip_ref.clone()}>{label.unwrap_or_default()}</div>
        }
    };

    let body = if *show_table {
        table(&id, data)
    } else if data.rows.is_empty() || data.is_empty() {
        html! { <p class="chart-empty">{&data.summary}</p> }
    } else {
        html! {
            <div class="chart-plot">
                <svg viewBox={format!("0 0 {} {}", scene.width, scene.height)} width={scene.width.to_string()} height={scene.height.to_string()}
                    role={if interactive { "group" } else { "img" }}
                    aria-labelledby={format!("{title_id} {desc_id}")} focusable="false">
                    <title id={title_id.clone()}>{&data.title}</title>
                    <desc id={desc_id.clone()}>{&data.summary}</desc>
                    <g class="decos" aria-hidden="true">{for scene.decos.iter().map(shape)}</g>
                    <g class="marks">{for scene.marks.iter().enumerate().map(|(k, m)| mark_view(k, m))}</g>
                </svg>
                {tooltip}
            </div>
        }
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
        <section class={classes!("chart-frame", format!("chart-{}", kind_name(&props.kind)))} id={id.clone()} aria-labelledby={heading_id.clone()} ref={node}>
            <div class="chart-head">
                {heading}
                <div class="chart-tools">{switch}{download}</div>
            </div>
            <div class="chart-legend-wrap">{legend}</div>
            <div class="chart-body" id={format!("{id}-body")}>{body}</div>
            <div class="chart-foot">
                if let Some(h) = hint { <p class="chart-hint">{h}</p> }
                {for data.notes.iter().map(|n| html! { <p class="chart-note">{n}</p> })}
            </div>
        </section>
    }
}

fn kind_name(kind: &ChartKind) -> &'static str {
    match kind {
        ChartKind::Bars => "bars",
        ChartKind::ShareBars => "share-bars",
        ChartKind::Grid => "grid",
        ChartKind::Tiles { .. } => "tiles",
    }
}

/// What each colour means, as text.
fn legend(data: &ChartData, kind: &ChartKind) -> Html {
    match (&data.values, kind) {
        (Values::Counts(_), ChartKind::Grid) => html! {
            <p class="chart-legend-note">
                <span class="swatch heat-1" aria-hidden="true"></span>
                <span class="swatch heat-3" aria-hidden="true"></span>
                <span class="swatch heat-5" aria-hidden="true"></span>
                {format!(" Darker cells hold more {}; each cell shows its count.", data.unit.1)}
            </p>
        },
        (Values::Levels(_), _) => html! {
            <ul class="chart-legend" aria-label="Key">
                {for data.levels.iter().map(|l| html! {
                    <li><span class={classes!("swatch", "swatch-text", l.colour.class())} aria-hidden="true">{&l.short}</span>{&l.label}</li>
                })}
                <li><span class="swatch swatch-empty" aria-hidden="true"></span>{crate::charts::data::NO_RATING}</li>
            </ul>
        },
        (Values::Counts(_), _) if data.series.len() > 1 => html! {
            <ul class="chart-legend" aria-label="Key">
                {for data.series.iter().map(|s| html! {
                    <li><span class={classes!("swatch", s.colour.class())} aria-hidden="true"></span>{&s.label}</li>
                })}
            </ul>
        },
        _ => html! {},
    }
}

/// The chart's numbers as an HTML table: the same `Table` as the CSV.
fn table(id: &str, data: &ChartData) -> Html {
    let t = data.table();
    let label_cols = 1 + usize::from(data.detail_heading.is_some());
    let numeric = data.is_counts();
    html! {
        // Focusable, so that a table wider than the screen can be scrolled
        // with the keyboard.
        <div class="table-wrap" tabindex="0" role="region" aria-label={format!("{}: table", data.title)}>
            <table class="chart-table" id={format!("{id}-table")}>
                <caption>{&data.title}</caption>
                <thead><tr>
                    {for t.header.iter().enumerate().map(|(c, h)| html! {
                        <th scope="col" class={classes!((numeric && c >= label_cols).then_some("num"))}>{h}</th>
                    })}
                </tr></thead>
                <tbody>
                    {for t.rows.iter().enumerate().map(|(r, cells)| {
                        let head = match data.rows.get(r).and_then(|x| x.href.clone()) {
                            Some(href) => html! { <a {href}>{&cells[0]}</a> },
                            None => html! { {&cells[0]} },
                        };
                        html! {
                            <tr data-row={r.to_string()}>
                                <th scope="row">{head}</th>
                                {for cells.iter().enumerate().skip(1).map(|(c, v)| html! {
                                    <td class={classes!((numeric && c >= label_cols).then_some("num"))}>{v}</td>
                                })}
                            </tr>
                        }
                    })}
                </tbody>
            </table>
        </div>
    }
}
