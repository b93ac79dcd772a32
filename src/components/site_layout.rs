use yew::prelude::*;

use crate::browser::focus::focus_first;
use crate::components::site_nav::SiteNav;
use crate::hooks::{use_focus_on_route_change, use_print_layout};
use crate::links::href;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The current view.
    pub children: Html,
}

/// The site's frame around every view: the header with a skip link and the
/// main navigation, the main region, and the footer with the licence. The
/// skip link is the header's first element, so that it lies in a landmark
/// as all content does, and is still the first thing Tab reaches.
#[function_component]
pub fn SiteLayout(props: &Props) -> Html {
    use_focus_on_route_change();
    // A printout writes each link's address after it.
    use_print_layout();
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_first("main h1");
    });
    html! {
        <>
            <header class="site-header">
                <a class="skip-link" href={href("/")} onclick={skip}>{"Skip to content"}</a>
                <a class="site-title" href={href("/")}>{"Probation inspection explorer"}</a>
                <SiteNav />
            </header>
            <main id="main" tabindex="-1">{props.children.clone()}</main>
            <footer class="site-footer">
                <p>
                    {"Contains public sector information licensed under the Open Government Licence v3.0. "}
                    {"Ratings and texts are short paraphrases of HM Inspectorate of Probation publications; see "}
                    <a href={href("/about")}>{"About the data"}</a>{"."}
                </p>
            </footer>
        </>
    }
}
