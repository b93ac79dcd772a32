//! What the wasm component tests share: the fixture's data context (and, for
//! views that read or write the address, a router over an in-memory
//! history), and rendering a component into a fresh element of the page.

// Each test crate uses its own part of it.
#![allow(dead_code)]

use std::time::Duration;

use inspection_explorer::catalog_context::SharedCatalog;
use inspection_explorer::data::parse_dataset;
use inspection_explorer::query::Catalog;
use wasm_bindgen::JsCast;
use yew::platform::time::sleep;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::query::Raw;
use yew_router::Router;

pub fn catalog() -> SharedCatalog {
    catalog_of(include_str!("../fixtures/other-inspectorate.json"))
}

/// A file with inspected units, re-inspections and HMPPS responses.
pub const UNITS: &str = include_str!("../fixtures/units.json");

/// The data of a dataset's text.
pub fn catalog_of(data: &str) -> SharedCatalog {
    SharedCatalog::new(Catalog::new(parse_dataset(data).unwrap()))
}

#[derive(Properties, PartialEq)]
struct HostProps {
    content: Html,
    /// The router's history, for components that use the address.
    history: Option<AnyHistory>,
    /// The data; the fixture's if `None`.
    catalog: Option<SharedCatalog>,
}

/// Gives a component under test the data context the app provides, and the
/// router if it needs one.
#[function_component]
fn Host(props: &HostProps) -> Html {
    let catalog = use_memo(props.catalog.clone(), |given| given.clone().unwrap_or_else(catalog));
    let content = html! {
        <ContextProvider<SharedCatalog> context={(*catalog).clone()}>{props.content.clone()}</ContextProvider<SharedCatalog>>
    };
    match &props.history {
        Some(history) => html! { <Router history={history.clone()}>{content}</Router> },
        None => content,
    }
}

fn mount(props: HostProps, width: Option<&str>) -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    if let Some(w) = width {
        root.set_attribute("style", &format!("width: {w}")).unwrap();
    }
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), props).render();
    root
}

/// Renders `content` into a fresh element (of the given CSS width, if any)
/// and waits for Yew to settle.
pub async fn render_in(content: Html, width: Option<&str>) -> web_sys::Element {
    let root = mount(HostProps { content, history: None, catalog: None }, width);
    settle().await;
    root
}

/// Renders `content` over the data `catalog`, like `render_in`.
pub async fn render_with(catalog: SharedCatalog, content: Html, width: Option<&str>) -> web_sys::Element {
    let root = mount(HostProps { content, history: None, catalog: Some(catalog) }, width);
    settle().await;
    root
}

/// Renders `content` under a router whose address is the route `path` with
/// `query` (none if empty), and gives the history to read what it writes.
pub async fn render_at(content: Html, path: &str, query: &str) -> (web_sys::Element, MemoryHistory) {
    render_at_over(None, content, path, query).await
}

/// [`render_at`] over the data `catalog`.
pub async fn render_at_with(catalog: SharedCatalog, content: Html, path: &str, query: &str) -> (web_sys::Element, MemoryHistory) {
    render_at_over(Some(catalog), content, path, query).await
}

async fn render_at_over(catalog: Option<SharedCatalog>, content: Html, path: &str, query: &str) -> (web_sys::Element, MemoryHistory) {
    let history = MemoryHistory::new();
    if query.is_empty() {
        history.replace(path);
    } else {
        history.replace_with_query(path, Raw(query)).unwrap();
    }
    let root = mount(HostProps { content, history: Some(history.clone().into()), catalog }, None);
    settle().await;
    (root, history)
}

/// Lets Yew finish rendering (and a chart measure its width, then draw):
/// waits until the page has stopped changing, as Yew's scheduler hands the
/// browser back its turn every few milliseconds on a busy machine.
pub async fn settle() {
    sleep(Duration::from_millis(40)).await;
    let page = || gloo::utils::document().body().map(|b| b.inner_html()).unwrap_or_default();
    let mut before = page();
    for _ in 0..100 {
        sleep(Duration::from_millis(20)).await;
        let now = page();
        if now == before {
            return;
        }
        before = now;
    }
}

pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()).collect()
}

pub fn one(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

pub fn text(e: &web_sys::Element) -> String {
    e.text_content().unwrap_or_default().trim().to_string()
}

pub fn click(e: &web_sys::Element) {
    e.dyn_ref::<web_sys::HtmlElement>().expect("an HTML element").click();
}

/// Puts the page's own style sheets into the test page (once), for tests
/// that read computed styles.
pub fn load_page_styles() {
    let document = gloo::utils::document();
    if document.get_element_by_id("page-styles").is_some() {
        return;
    }
    let style = document.create_element("style").unwrap();
    style.set_id("page-styles");
    style.set_text_content(Some(concat!(include_str!("../../static/style.css"), include_str!("../../static/charts.css"))));
    document.head().unwrap().append_child(&style).unwrap();
}
