use yew::prelude::*;

use crate::browser::clipboard::copy_text;
use crate::hooks::use_permanent_url;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The route path to share, e.g. `/findings/x-f1`.
    pub path: AttrValue,
    /// What is being shared, for screen readers ("Copy link to finding 3").
    #[prop_or_default]
    pub label: AttrValue,
}

#[derive(Clone, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    /// The clipboard was refused: show the link to copy by hand.
    Manual,
}

/// A "Copy link" button for an item's permanent URL.
#[function_component]
pub fn CopyLink(props: &Props) -> Html {
    let status = use_state(|| CopyStatus::Idle);
    let url = use_permanent_url(&props.path);
    let onclick = {
        let status = status.clone();
        let url = url.clone();
        Callback::from(move |_| {
            let status = status.clone();
            let url = url.clone();
            yew::platform::spawn_local(async move {
                let copied = copy_text(&url).await;
                status.set(if copied { CopyStatus::Copied } else { CopyStatus::Manual });
            });
        })
    };
    let aria_label = if props.label.is_empty() { None } else { Some(props.label.clone()) };
    html! {
        <span class="copy-link-wrap">
            <button type="button" class="copy-link" data-url={url.clone()} aria-label={aria_label} {onclick}>{"Copy link"}</button>
            {match *status {
                CopyStatus::Idle => html! {},
                CopyStatus::Copied => html! { <span class="copy-status" role="status">{"Link copied"}</span> },
                CopyStatus::Manual => html! {
                    <span class="copy-status" role="status">
                        {"Copy this link: "}<input type="text" readonly=true value={url} aria-label="Link to copy" class="copy-manual" />
                    </span>
                },
            }}
        </span>
    }
}
