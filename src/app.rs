//! The page shell: loads and validates the dataset, then routes.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;
use yew_router::history::{HashHistory, History};
use yew_router::prelude::*;
use yew_router::router::RouterProps;

use crate::data::parse_dataset;
use crate::query::Catalog;
use crate::browser::focus::{focus_first, focus_view_start};
use crate::routes::{switch, Route};

/// Where the dataset lives, relative to the page, so a maintainer can publish
/// new data by replacing this one file.
pub const DATA_URL: &str = "data/inspections.json";

/// The loaded data, shared with every page through a context.
#[derive(Clone)]
pub struct Data(pub Rc<Catalog>);

impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Data {
    type Target = Catalog;
    fn deref(&self) -> &Catalog {
        &self.0
    }
}

#[hook]
pub fn use_data() -> Data {
    use_context::<Data>().expect("pages render only once the data has loaded")
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Loaded(Data),
    /// Why the data could not be used: one line per problem.
    Failed { summary: String, problems: Rc<Vec<String>> },
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    // Revalidate, so a replaced data file shows on the next visit.
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| format!("the request failed ({})", js_message(&e)))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "the reply was not a response".to_string())?;
    if !response.ok() {
        return Err(format!("the server answered {} {}", response.status(), response.status_text()));
    }
    let text = JsFuture::from(response.text().map_err(|e| js_message(&e))?).await.map_err(|e| js_message(&e))?;
    text.as_string().ok_or_else(|| "the reply was not text".to_string())
}

fn js_message(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

async fn load() -> Load {
    match fetch_text(DATA_URL).await {
        Err(e) => Load::Failed { summary: format!("{DATA_URL} could not be fetched: {e}."), problems: Rc::new(vec![]) },
        Ok(text) => match parse_dataset(&text) {
            Ok(dataset) => Load::Loaded(Data(Rc::new(Catalog::new(dataset)))),
            Err(breaches) => Load::Failed {
                summary: format!("{DATA_URL} breaks the dataset format in {} place(s):", breaches.len()),
                problems: Rc::new(breaches.iter().map(|b| b.to_string()).collect()),
            },
        },
    }
}

/// What `main` renders: the router's props with the page shell inside, so
/// the router is the root component (no component type of our own around
/// it in the WebAssembly).
pub fn router_props() -> RouterProps {
    RouterProps { children: html! { <Layout /> }, history: HashHistory::new().into(), basename: None }
}

/// The view for the current route, once the data has loaded. (What
/// yew-router's `Switch` does, drawn in `Layout`, which follows the location
/// anyway: one component type fewer in the WebAssembly. Every path leads to
/// a route, the not-found route at worst.)
fn content(load: &Load, route: Option<Route>) -> Html {
    match load {
        Load::Loading => html! {
            <>
                <h1>{"Inspection explorer"}</h1>
                <p id="loading" role="status" class="loading">{"Loading the inspection data…"}</p>
            </>
        },
        Load::Failed { summary, problems } => html! {
            <>
                <h1>{"The dataset could not be loaded"}</h1>
                <p role="alert">{summary}</p>
                if !problems.is_empty() {
                    <ul id="data-errors" class="data-errors">
                        {for problems.iter().map(|p| html! { <li><code>{p}</code></li> })}
                    </ul>
                }
                <p>{"If you maintain this site, check the file with "}<code>{"cargo run --bin check-data -- data/inspections.json"}</code>{"."}</p>
            </>
        },
        Load::Loaded(data) => html! {
            <ContextProvider<Data> context={data.clone()}>
                {route.map(switch).unwrap_or_default()}
            </ContextProvider<Data>>
        },
    }
}

const NAV: [(&str, &str, &str); 5] = [
    ("/", "Overview", ""),
    ("/inspections", "Inspections", "/inspections"),
    ("/findings", "Findings", "/findings"),
    ("/recommendations", "Recommendations", "/recommendations"),
    ("/about", "About the data", "/about"),
];

/// The page shell: it loads and validates the dataset, then shows the
/// current route's view under the site's header.
#[function_component]
fn Layout() -> Html {
    let state = use_state(|| Load::Loading);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { state.set(load().await) });
        });
    }
    let location = use_location();
    let route = use_route::<Route>();
    let path = location.as_ref().map(|l| l.path().to_string()).unwrap_or_default();
    // Move focus to the new view's main heading (or its highlighted item) when
    // the route changes, not when only the query does: typing in a search box
    // must keep focus.
    use_effect_with(path.clone(), |_| focus_view_start());
    use_effect(mark_first_views);
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
            <main id="main" tabindex="-1">{content(&state, route)}</main>
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

/// Leaves `performance` marks for the first loaded view and the first chart,
/// so `scripts/bench` can time them from navigation start in a real browser.
fn mark_first_views() {
    thread_local! {
        static MARKED: std::cell::Cell<(bool, bool)> = const { std::cell::Cell::new((false, false)) };
    }
    let (view, chart) = MARKED.with(|m| m.get());
    if view && chart {
        return;
    }
    let document = gloo::utils::document();
    let Some(performance) = gloo::utils::window().performance() else { return };
    let loaded = document.query_selector("#loading").ok().flatten().is_none()
        && document.query_selector("main h1").ok().flatten().is_some();
    let has_chart = document.query_selector("main svg[role=img]").ok().flatten().is_some();
    let view_now = !view && loaded;
    let chart_now = !chart && loaded && has_chart;
    if view_now {
        let _ = performance.mark("explorer-first-view");
    }
    if chart_now {
        let _ = performance.mark("explorer-first-chart");
    }
    MARKED.with(|m| m.set((view || view_now, chart || chart_now)));
}

/// Changes the view's query, keeping its route: a pushed entry for a choice
/// (so Back undoes it), a replaced one while typing.
pub fn set_query(path: &str, query: &str, push: bool) {
    // HashHistory only takes a query it encodes itself (commas become %2C),
    // so go through the browser history it wraps: the same shared instance,
    // which notifies the router the same way.
    let page = gloo::utils::window().location().href().unwrap_or_default();
    let url = crate::links::permanent_url(&page, &crate::query::url::with_query(path, query));
    let history = yew_router::history::BrowserHistory::new();
    if push {
        history.push(url);
    } else {
        history.replace(url);
    }
}
