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

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, Listeners, VList, VTag};

use crate::charts::scene::{step, tip_place, Anchor, ChartKind, Mark, Rect, Scene, Shape, Step};
use crate::charts::{ChartData, Values};
use crate::browser::performance::{mark_once, FIRST_CHART};
use crate::components::download::{download_csv, DOWNLOAD_CSV};
use crate::hooks::use_element_width;

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

/// An element from a tag, its attributes' names and values (`None` leaves
/// an attribute out) and its children: one code path for every shape,
/// table cell and key item (the `html!` macro would expand each of them
/// separately, and the page is to stay small). The names are a static list,
/// as `html!` makes them: Yew then compares attributes by position, with
/// no map. `VTag::__new_other` is what `html!` itself calls (`VTag::new`
/// would lower-case the tag to look for `input` and `textarea`). SVG
/// elements get the SVG namespace from their parent.
fn el(tag: &'static str, keys: &'static [&'static str], values: Vec<Option<String>>, children: Vec<Html>) -> Html {
    let attributes = Attributes::Dynamic { keys, values: values.into_iter().map(|v| v.map(|v| AttributeOrProperty::Attribute(v.into()))).collect() };
    VTag::__new_other(tag.into(), NodeRef::default(), None, attributes, Listeners::None, VList::with_children(children, None).into()).into()
}

/// An SVG length: the scene rounds coordinates to a tenth of a pixel, so
/// they print short.
fn len(v: f64) -> Option<String> {
    Some(v.to_string())
}

fn rect(class: &str, r: &Rect) -> Html {
    el("rect", &["class", "x", "y", "width", "height"], vec![Some(class.to_string()), len(r.x), len(r.y), len(r.w), len(r.h)], vec![])
}

fn shape(s: &Shape) -> Html {
    match s {
        Shape::Rect { rect: r, class } => rect(class, r),
        // Sizes are presentation attributes, not `style`: the page's
        // Content-Security-Policy allows no inline styles. A vertical text
        // is placed by its transform, any other by x and y.
        Shape::Text { x, y, text, class, anchor, vertical, font } => {
            let (x, y) = (len(*x), len(*y));
            let (transform, x, y) = if *vertical {
                (Some(format!("translate({} {}) rotate(-90)", x.unwrap_or_default(), y.unwrap_or_default())), None, None)
            } else {
                (None, x, y)
            };
            el(
                "text",
                &["class", "text-anchor", "transform", "x", "y", "font-size"],
                vec![Some(class.clone()), Some(anchor.svg().to_string()), transform, x, y, font.and_then(len)],
                vec![Html::from(text.clone())],
            )
        }
        Shape::Line { x1, y1, x2, y2, class } => {
            el("line", &["class", "x1", "y1", "x2", "y2"], vec![Some(class.clone()), len(*x1), len(*y1), len(*x2), len(*y2)], vec![])
        }
    }
}

/// A mark: a focusable group with its label as accessible name and as
/// `<title>` (the tooltip on hover), its rectangle and what it holds.
/// Its events are handled once for all marks, on their parent.
fn mark(frame: &str, k: usize, m: &Mark, active: usize, interactive: bool) -> Html {
    let values = vec![
        Some(if k == active { "mark current" } else { "mark" }.to_string()),
        Some(mark_id(frame, k)),
        Some(if k == active { "0" } else { "-1" }.to_string()),
        Some(if interactive { "button" } else { "img" }.to_string()),
        Some(m.label.clone()),
        Some(k.to_string()),
        Some(m.row.to_string()),
        m.series.map(|s| s.to_string()),
        m.pressed.filter(|_| interactive).map(|p| p.to_string()),
    ];
    let mut children = vec![el("title", &[], vec![], vec![Html::from(m.label.clone())]), rect(&m.class, &m.rect)];
    children.extend(m.shapes.iter().map(shape));
    el("g", &["class", "id", "tabindex", "role", "aria-label", "data-k", "data-row", "data-series", "aria-pressed"], values, children)
}

/// The index of the mark an event happened in.
fn mark_index(e: &Event) -> Option<usize> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    target.closest("g.mark").ok()??.get_attribute("data-k")?.parse().ok()
}

#[function_component]
pub fn ChartFrame(props: &Props) -> Html {
    use_chart_frame(props)
}

/// The frame as a hook, so that `Chart` draws its frame in its own
/// component rather than in a child one (each component type costs the
/// WebAssembly its own copy of Yew's lifecycle code).
#[hook]
pub fn use_chart_frame(props: &Props) -> Html {
    let node = use_node_ref();
    // Drawn 640 pixels wide until the frame is measured.
    let width = use_element_width(node.clone(), 640.0);
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
        download_csv(Callback::from(move |_| data.table()), props.file_name.clone(), DOWNLOAD_CSV.into())
    };
    let legend = legend(data, &props.kind);

    let choose = props.on_choose.clone().filter(|_| interactive);
    let rows: Rc<Vec<usize>> = Rc::new(scene.marks.iter().map(|m| m.row).collect());
    let onfocusin = {
        let (active, tip) = (active.clone(), tip.clone());
        Callback::from(move |e: FocusEvent| {
            if let Some(k) = mark_index(&e) {
                active.set(Some(k));
                tip.set(Some(k));
            }
        })
    };
    let onfocusout = {
        let tip = tip.clone();
        Callback::from(move |_: FocusEvent| tip.set(None))
    };
    let onkeydown = {
        let (nav, frame, tip, choose, rows) = (nav.clone(), id.clone(), tip.clone(), choose.clone(), rows.clone());
        Callback::from(move |e: KeyboardEvent| {
            let Some(k) = mark_index(&e) else { return };
            let key = e.key();
            if let Some(s) = Step::from_key(&key) {
                e.prevent_default();
                focus_mark(&frame, step(&nav, k, s));
            } else if key == "Enter" || key == " " {
                if let (Some(choose), Some(&row)) = (&choose, rows.get(k)) {
                    e.prevent_default();
                    choose.emit(row);
                }
            } else if key == "Escape" {
                tip.set(None);
            }
        })
    };
    let onclick = {
        let (frame, choose, rows) = (id.clone(), choose.clone(), rows.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(k) = mark_index(&e) else { return };
            focus_mark(&frame, k);
            if let (Some(choose), Some(&row)) = (&choose, rows.get(k)) {
                choose.emit(row);
            }
        })
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
        let class = match place.map(|p| p.anchor) {
            Some(Anchor::Start) => "chart-tip tip-start",
            Some(Anchor::End) => "chart-tip tip-end",
            _ => "chart-tip tip-middle",
        };
        html! {
            <div {class} aria-hidden="true" hidden={label.is_none()} ref={tip_ref.clone()}>{label.unwrap_or_default()}</div>
        }
    };

    let drawn = !*show_table && !data.rows.is_empty() && !data.is_empty();
    use_effect_with(drawn, |drawn| {
        if *drawn {
            mark_once(FIRST_CHART);
        }
    });
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
                    <g class="marks" {onfocusin} {onfocusout} {onkeydown} {onclick}>
                        {for scene.marks.iter().enumerate().map(|(k, m)| mark(&id, k, m, active_k, interactive))}
                    </g>
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
        <section class={format!("chart-frame chart-{}", kind_name(&props.kind))} id={id.clone()} aria-labelledby={heading_id.clone()} ref={node}>
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
    let swatch = |class: String, text: &str| {
        el("span", &["class", "aria-hidden"], vec![Some(class), Some("true".into())], vec![Html::from(text.to_string())])
    };
    let item = |class: String, short: &str, label: &str| el("li", &[], vec![], vec![swatch(class, short), Html::from(label.to_string())]);
    let list = |items: Vec<Html>| el("ul", &["class", "aria-label"], vec![Some("chart-legend".into()), Some("Key".into())], items);
    match (&data.values, kind) {
        (Values::Counts(_), ChartKind::Grid) => el(
            "p",
            &["class"],
            vec![Some("chart-legend-note".into())],
            vec![
                swatch("swatch heat-1".into(), ""),
                swatch("swatch heat-3".into(), ""),
                swatch("swatch heat-5".into(), ""),
                Html::from(format!(" Darker cells hold more {}; each cell shows its count.", data.unit.1)),
            ],
        ),
        (Values::Levels(_), _) => {
            let mut items: Vec<Html> =
                data.levels.iter().map(|l| item(format!("swatch swatch-text {}", l.colour.class()), &l.short, &l.label)).collect();
            items.push(item("swatch swatch-empty".into(), "", crate::charts::data::NO_RATING));
            list(items)
        }
        (Values::Counts(_), _) if data.series.len() > 1 => {
            list(data.series.iter().map(|s| item(format!("swatch {}", s.colour.class()), "", &s.label)).collect())
        }
        _ => Html::default(),
    }
}

/// The chart's numbers as an HTML table: the same `Table` as the CSV.
fn table(id: &str, data: &ChartData) -> Html {
    let t = data.table();
    let label_cols = 1 + usize::from(data.detail_heading.is_some());
    let numeric = data.is_counts();
    // A cell of a numeric column is of class "num"; a heading cell has a scope.
    let cell = |tag: &'static str, c: usize, scope: Option<String>, content: Html| {
        el(tag, &["scope", "class"], vec![scope, (numeric && c >= label_cols).then(|| "num".to_string())], vec![content])
    };
    let head = el(
        "thead",
        &[],
        vec![],
        vec![el("tr", &[], vec![], t.header.iter().enumerate().map(|(c, h)| cell("th", c, Some("col".into()), Html::from(h.clone()))).collect())],
    );
    let body = el(
        "tbody",
        &[],
        vec![],
        t.rows
            .iter()
            .enumerate()
            .map(|(r, cells)| {
                let label = Html::from(cells[0].clone());
                let label = match data.rows.get(r).and_then(|x| x.href.clone()) {
                    Some(href) => el("a", &["href"], vec![Some(href)], vec![label]),
                    None => label,
                };
                let mut tds = vec![el("th", &["scope"], vec![Some("row".into())], vec![label])];
                tds.extend(cells.iter().enumerate().skip(1).map(|(c, v)| cell("td", c, None, Html::from(v.clone()))));
                el("tr", &["data-row"], vec![Some(r.to_string())], tds)
            })
            .collect(),
    );
    // Focusable, so that a table wider than the screen can be scrolled with
    // the keyboard.
    el(
        "div",
        &["class", "tabindex", "role", "aria-label"],
        vec![Some("table-wrap".into()), Some("0".into()), Some("region".into()), Some(format!("{}: table", data.title))],
        vec![el(
            "table",
            &["class", "id"],
            vec![Some("chart-table".into()), Some(format!("{id}-table"))],
            vec![el("caption", &[], vec![], vec![Html::from(data.title.clone())]), head, body],
        )],
    )
}
