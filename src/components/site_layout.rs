use yew::prelude::*;

use crate::browser::focus::focus_first;
use crate::components::site_nav::SiteNav;
use crate::hooks::use_focus_on_route_change;
use crate::links::href;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The current view.
    pub children: Html,
}

/// The site's frame around every view: a skip link, the header with the
/// main navigation, the main region, and the footer with the licence.
#[function_component]
pub fn SiteLayout(props: &Props) -> Html {
    use_focus_on_route_change();
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_first("main h1");
    });
    html! {
        <>
            <a class="skip-link" href={href("/")} onclick={skip}>{"Skip to content"}</a>
            <header class="site-header">
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
