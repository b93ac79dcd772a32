use yew::prelude::*;

/// Sets the document's title for the current view.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| gloo::utils::document().set_title(&format!("{title} · Probation inspection explorer")));
}
