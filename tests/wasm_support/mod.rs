//! What the wasm component tests share: the fixture's data context, and
//! rendering a component into a fresh element of the page.

use std::time::Duration;

use inspection_explorer::catalog_context::SharedCatalog;
use inspection_explorer::data::parse_dataset;
use inspection_explorer::query::Catalog;
use wasm_bindgen::JsCast;
use yew::platform::time::sleep;
use yew::prelude::*;

pub fn catalog() -> SharedCatalog {
    SharedCatalog::new(Catalog::new(parse_dataset(include_str!("../fixtures/other-inspectorate.json")).unwrap()))
}

#[derive(Properties, PartialEq)]
struct HostProps {
    children: Html,
}

/// Gives a component under test the data context the app provides.
#[function_component]
fn Host(props: &HostProps) -> Html {
    let data = use_memo((), |_| catalog());
    html! { <ContextProvider<SharedCatalog> context={(*data).clone()}>{props.children.clone()}</ContextProvider<SharedCatalog>> }
}

#[derive(Properties, PartialEq)]
struct WrapProps {
    content: Html,
}

#[function_component]
fn Wrap(p: &WrapProps) -> Html {
    html! { <Host>{p.content.clone()}</Host> }
}

/// Renders `content` into a fresh element (of the given CSS width, if any)
/// and waits for Yew to settle.
pub async fn render_in(content: Html, width: Option<&str>) -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    if let Some(w) = width {
        root.set_attribute("style", &format!("width: {w}")).unwrap();
    }
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Wrap>::with_root_and_props(root.clone(), WrapProps { content }).render();
    settle().await;
    root
}

/// Lets Yew finish rendering (and a chart measure its width).
pub async fn settle() {
    sleep(Duration::from_millis(40)).await;
}

pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()).collect()
}
