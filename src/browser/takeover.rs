//! The build writes a pre-rendered page into index.html (`#prerendered`:
//! the site's frame, a loading notice, and the overview drawn from the
//! bundled data; `crate::prerender`), so there is something to read before
//! the WebAssembly arrives. The app draws itself out of sight in `#app`
//! meanwhile, at the same width, and takes the page's place in one step once
//! its first view is drawn: no flash, no jump, and what the visitor was
//! doing there carries over (the focused control, and in a text field what
//! was typed and where the caret was), so no keystroke is lost; a view that
//! scrolled to its highlighted item is scrolled there.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, InputEvent, InputEventInit};

use crate::browser::focus::focus;

/// The element the app is rendered into (index.html).
pub const APP_ROOT: &str = "app";
/// The pre-rendered page's element, which the app removes when it takes over.
pub const PRERENDERED: &str = "prerendered";
/// Keeps `#app` out of sight, laid out at the page's width (style.css).
const PENDING: &str = "app-pending";

/// Replaces the pre-rendered page with the app; does nothing once done, or
/// if the page has none.
pub fn take_over() {
    let document = gloo::utils::document();
    let (Some(prerendered), Some(app)) = (document.get_element_by_id(PRERENDERED), document.get_element_by_id(APP_ROOT)) else { return };
    let active = document.active_element().filter(|e| prerendered.contains(Some(e)) && !e.id().is_empty());
    let carried = active.map(|e| {
        let typed = e.dyn_ref::<HtmlInputElement>().map(|i| (i.value(), i.selection_start().ok().flatten(), i.selection_end().ok().flatten()));
        (e.id(), typed)
    });
    prerendered.remove();
    let _ = app.class_list().remove_1(PENDING);
    let Some((id, typed)) = carried else {
        // A view scrolls to its highlighted item when drawn, which out of
        // sight moved nothing: it is scrolled to now.
        if let Ok(Some(item)) = document.query_selector(".highlighted") {
            item.scroll_into_view();
        }
        return;
    };
    let Some(target) = document.get_element_by_id(&id) else { return };
    if let (Some((value, start, end)), Some(input)) = (typed, target.dyn_ref::<HtmlInputElement>()) {
        if input.value() != value {
            input.set_value(&value);
            // The app reads a field through its input events, which Yew
            // listens for where they bubble to.
            let init = InputEventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = InputEvent::new_with_event_init_dict("input", &init) {
                let _ = input.dispatch_event(&event);
            }
        }
        focus(&target);
        if let (Some(start), Some(end)) = (start, end) {
            let _ = input.set_selection_range(start, end);
        }
    } else {
        focus(&target);
    }
}
