use gloo::events::EventListener;
use yew::prelude::*;

/// The width of the element `node` is attached to, in whole CSS pixels,
/// measured once it is drawn and again whenever the window is resized;
/// `None` until then (and always on the server, where nothing is drawn).
#[hook]
pub fn use_element_width(node: NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let measure = {
                let node = node.clone();
                move || {
                    if let Some(element) = node.cast::<web_sys::Element>() {
                        let w = f64::from(element.client_width());
                        // A hidden element measures 0: keep the last width.
                        if w > 0.0 {
                            width.set(Some(w.floor()));
                        }
                    }
                }
            };
            measure();
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }
    *width
}
