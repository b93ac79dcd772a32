use yew::prelude::*;

use crate::links::permanent_url;

/// The address anyone can open to see the route `path`: this page's own
/// address followed by the route. The one place a render reads the
/// browser's location; event handlers read it when they run. Rendered on
/// the server (the build's pre-render) there is no page address to read,
/// so the link is relative to the page (`#/…`).
#[hook]
pub fn use_permanent_url(path: &str) -> String {
    let page = if cfg!(target_arch = "wasm32") { gloo::utils::window().location().href().unwrap_or_default() } else { String::new() };
    permanent_url(&page, path)
}
