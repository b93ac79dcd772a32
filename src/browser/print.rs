//! What a printout needs that the screen does not: the addresses behind
//! the links, which the print style sheet writes after each link's text.

use wasm_bindgen::JsCast;

/// Gives every link in the main region a `data-address`: the link's full
/// address (an in-page route resolved against the page's own address), left
/// out where the link's text already is the address; and the footer the
/// page's own address. A style sheet can only print an attribute as it is
/// written, and the routes' `href`s are only `#/...`.
pub fn write_link_addresses() {
    let document = gloo::utils::document();
    let Ok(links) = document.query_selector_all("main a[href]") else { return };
    for k in 0..links.length() {
        let Some(link) = links.item(k).and_then(|n| n.dyn_into::<web_sys::HtmlAnchorElement>().ok()) else { continue };
        let address = link.href();
        if link.text_content().is_some_and(|t| t.trim() == address) {
            continue;
        }
        let _ = link.set_attribute("data-address", &address);
    }
    if let Ok(Some(footer)) = document.query_selector(".site-footer") {
        let _ = footer.set_attribute("data-address", &gloo::utils::window().location().href().unwrap_or_default());
    }
}
