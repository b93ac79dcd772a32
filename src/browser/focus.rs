//! Moving the keyboard focus, so keyboard and screen reader users land where
//! a new view starts (gloo has no focus API).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

/// Focuses `element` if it can take the focus.
pub fn focus(element: &Element) -> bool {
    element.dyn_ref::<HtmlElement>().is_some_and(|h| h.focus().is_ok())
}

/// Focuses the first element matching `selector`, first making it
/// focusable by script (`tabindex="-1"`) if it is not: a heading is not.
pub fn focus_first(selector: &str) -> bool {
    match gloo::utils::document().query_selector(selector) {
        Ok(Some(element)) => {
            make_focusable(&element);
            focus(&element)
        }
        _ => false,
    }
}

/// Focuses where a new view starts: its highlighted item (scrolled to the
/// middle of the screen), else its main heading, else the main region.
pub fn focus_view_start() {
    if let Ok(Some(item)) = gloo::utils::document().query_selector(".highlighted") {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        item.scroll_into_view_with_scroll_into_view_options(&options);
        make_focusable(&item);
        focus(&item);
    } else if !focus_first("main h1") {
        focus_first("main");
    }
}

/// Scrolls the element with `id` into view and focuses it.
pub fn scroll_to_and_focus(id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(id) {
        element.scroll_into_view();
        focus(&element);
    }
}

/// Scrolls the element with `id` into view.
pub fn scroll_to(id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(id) {
        element.scroll_into_view();
    }
}

fn make_focusable(element: &Element) {
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
}
