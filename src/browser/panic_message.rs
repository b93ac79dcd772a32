//! What the page shows if the app panics.

/// Makes a panic log its message and show a visible notice (`#panic`,
/// `role="alert"`) instead of leaving a dead page. Set through Yew, which
/// otherwise puts its own hook in place when the app is rendered.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(info.to_string());
        show_notice();
    }));
}

fn show_notice() {
    let document = gloo::utils::document();
    if document.get_element_by_id("panic").is_some() {
        return;
    }
    if let Ok(notice) = document.create_element("div") {
        notice.set_id("panic");
        let _ = notice.set_attribute("role", "alert");
        notice.set_text_content(Some(
            "Something went wrong and the explorer stopped. Reload the page to try again; if it happens again, please report the address of this page.",
        ));
        if let Some(body) = document.body() {
            let _ = body.prepend_with_node_1(&notice);
        }
    }
}
