//! A chart is one Tab stop: the arrow keys (and Home, End) move between its
//! marks, each of which says its value in a tooltip while it has the focus;
//! marks that act (the tiles of the region map) answer Enter, Space and a click.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::charts::scene::{step, Scene, Step};

/// The id of mark `k` of the frame `frame`.
pub fn mark_id(frame: &str, k: usize) -> String {
    format!("{frame}-m{k}")
}

fn focus_mark(frame: &str, k: usize) {
    if let Some(element) = gloo::utils::document().get_element_by_id(&mark_id(frame, k)) {
        if let Ok(svg) = element.dyn_into::<web_sys::SvgElement>() {
            let _ = svg.focus();
        }
    }
}

/// The index of the mark an event happened in.
fn mark_index(e: &Event) -> Option<usize> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    target.closest("g.mark").ok()??.get_attribute("data-k")?.parse().ok()
}

/// Which mark is the chart's Tab stop and which shows its tooltip, with the
/// handlers (set once, on the marks' parent) that move between the marks and
/// choose them.
#[derive(Clone, PartialEq)]
pub struct MarkKeyboard {
    /// The mark in the Tab order.
    pub current: usize,
    /// The mark showing its tooltip.
    pub tip: Option<usize>,
    pub onfocusin: Callback<FocusEvent>,
    pub onfocusout: Callback<FocusEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
    pub onclick: Callback<MouseEvent>,
}

/// The keyboard state of the chart `frame` drawn as `scene`; `choose` is
/// called with a mark's row when it is chosen (marks that act only).
#[hook]
pub fn use_mark_keyboard(frame: AttrValue, scene: Rc<Scene>, choose: Option<Callback<usize>>) -> MarkKeyboard {
    // Kept by the frame, so they outlast a switch to the table and back.
    let focused = use_state_eq(|| None::<usize>);
    let tip = use_state_eq(|| None::<usize>);
    // Until a mark has had the focus, the Tab stop is the first chosen
    // tile, or the first mark.
    let current = (*focused)
        .unwrap_or_else(|| scene.marks.iter().position(|m| m.pressed == Some(true)).unwrap_or(0))
        .min(scene.marks.len().saturating_sub(1));
    let nav: Rc<Vec<(i32, i32)>> = Rc::new(scene.marks.iter().map(|m| m.nav).collect());
    let rows: Rc<Vec<usize>> = Rc::new(scene.marks.iter().map(|m| m.row).collect());
    let onfocusin = {
        let (focused, tip) = (focused.clone(), tip.clone());
        Callback::from(move |e: FocusEvent| {
            if let Some(k) = mark_index(&e) {
                focused.set(Some(k));
                tip.set(Some(k));
            }
        })
    };
    let onfocusout = {
        let tip = tip.clone();
        Callback::from(move |_: FocusEvent| tip.set(None))
    };
    let onkeydown = {
        let (frame, tip, choose, rows) = (frame.clone(), tip.clone(), choose.clone(), rows.clone());
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
    let onclick = Callback::from(move |e: MouseEvent| {
        let Some(k) = mark_index(&e) else { return };
        focus_mark(&frame, k);
        if let (Some(choose), Some(&row)) = (&choose, rows.get(k)) {
            choose.emit(row);
        }
    });
    MarkKeyboard { current, tip: *tip, onfocusin, onfocusout, onkeydown, onclick }
}
