//! The page shell: the site's header and footer around the current route's view.

use yew::prelude::*;
use yew_router::history::HashHistory;
use yew_router::prelude::*;
use yew_router::router::RouterProps;

use crate::browser::focus::focus_first;
use crate::catalog_context::CatalogProvider;
use crate::hooks::use_focus_on_route_change;
use crate::routes::{switch, Route};

/// What `main` renders: the router's props with the page shell inside, so
/// the router is the root component (no component type of our own around
/// it in the WebAssembly).
pub fn router_props() -> RouterProps {
    RouterProps { children: html! { <Layout /> }, history: HashHistory::new().into(), basename: None }
}

const NAV: [(&str, &str, &str); 5] = [
    ("/", "Overview", ""),
    ("/inspections", "Inspections", "/inspections"),
    ("/findings", "Findings", "/findings"),
    ("/recommendations", "Recommendations", "/recommendations"),
    ("/about", "About the data", "/about"),
];

/// The page shell: the current route's view, once the dataset has loaded,
/// under the site's header.
#[function_component]
fn Layout() -> Html {
    let location = use_location();
    let route = use_route::<Route>();
    let path = location.as_ref().map(|l| l.path().to_string()).unwrap_or_default();
    use_focus_on_route_change();
    let section = |prefix: &str| -> bool {
        if prefix.is_empty() {
            path == "/"
        } else {
            path == prefix || path.starts_with(&format!("{prefix}/"))
        }
    };
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_first("main h1");
    });
    html! {
        <>
            <a class="skip-link" href="#/" onclick={skip}>{"Skip to content"}</a>
            <header class="site-header">
                <a class="site-title" href="#/">{"Probation inspection explorer"}</a>
                <nav aria-label="Main">
                    <ul>
                        {for NAV.iter().map(|(to, label, prefix)| {
                            let current = section(prefix);
                            html! {
                                <li><a href={crate::links::href(to)} aria-current={current.then_some("page")}>{*label}</a></li>
                            }
                        })}
                    </ul>
                </nav>
            </header>
            <main id="main" tabindex="-1"><CatalogProvider>{route.map(switch).unwrap_or_default()}</CatalogProvider></main>
            <footer class="site-footer">
                <p>
                    {"Contains public sector information licensed under the Open Government Licence v3.0. "}
                    {"Ratings and texts are short paraphrases of HM Inspectorate of Probation publications; see "}
                    <a href="#/about">{"About the data"}</a>{"."}
                </p>
            </footer>
        </>
    }
}
