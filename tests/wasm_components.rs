//! Component tests, run in headless Chromium by wasm-bindgen-test:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test wasm_components`
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use inspection_explorer::components::filter_bar::FilterBar;
use inspection_explorer::hooks::FilterChange;
use inspection_explorer::components::marked_text::marked_text;
use inspection_explorer::components::rating_tag::rating_tag;
use inspection_explorer::components::source_link::source_link;
use inspection_explorer::links;
use inspection_explorer::query::{FacetKey, Filter, ListKind};
use inspection_explorer::routes::Route;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew_router::Routable;

wasm_bindgen_test_configure!(run_in_browser);

mod wasm_support;
use wasm_support::{all, catalog, render_in};

async fn render(content: Html) -> web_sys::Element {
    render_in(content, None).await
}

#[wasm_bindgen_test]
async fn rating_tag_shows_the_label_not_just_a_colour() {
    let catalog = catalog();
    let scale = &catalog.dataset().scale;
    let root = render(html! { <>
        {rating_tag(scale, Some("weak"))}
        {rating_tag(scale, None)}
    </> })
    .await;
    let tags = all(&root, ".rating");
    assert_eq!(tags.len(), 2);
    assert_eq!(tags[0].text_content().unwrap(), "Weak");
    // Worst of a three-level scale takes the worst colour step.
    assert!(tags[0].class_name().split_whitespace().any(|c| c == "rating-rank-3"), "{}", tags[0].class_name());
    assert_eq!(tags[1].text_content().unwrap(), "Not rated");
}

#[wasm_bindgen_test]
async fn only_web_addresses_become_links() {
    let root = render(html! { <>
        {source_link(Some("https://example.org/a"), "Report")}
        {source_link(Some("javascript:alert(1)"), "Bad")}
        {source_link(None, "Letter")}
    </> })
    .await;
    let links = all(&root, "a");
    assert_eq!(links.len(), 1, "{}", root.inner_html());
    assert_eq!(links[0].get_attribute("href").unwrap(), "https://example.org/a");
    assert!(root.text_content().unwrap().contains("javascript:alert(1)"), "shown as text");
}

#[wasm_bindgen_test]
async fn marked_text_marks_matches_and_never_makes_markup_from_data() {
    let text = "<img src=x onerror=alert(1)> Élèves read";
    let root = render(html! { <p>{marked_text(text, "eleves")}</p> }).await;
    let marks = all(&root, "mark");
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].text_content().unwrap(), "Élèves");
    assert!(all(&root, "img").is_empty(), "data text must not become an element");
    assert_eq!(root.text_content().unwrap(), text);
}

#[wasm_bindgen_test]
async fn filter_bar_counts_match_the_engine_and_clicks_toggle() {
    let changes: Rc<std::cell::RefCell<Vec<FilterChange>>> = Default::default();
    let on_change = {
        let changes = changes.clone();
        Callback::from(move |c: FilterChange| changes.borrow_mut().push(c))
    };
    let filter = Filter { regions: vec!["north".into()], ..Filter::default() };
    let root = render(html! { <FilterBar list={ListKind::Inspections} filter={filter.clone()} {on_change} /> }).await;
    let data = catalog();
    for key in ListKind::Inspections.facets() {
        let expected = data.facet_counts(ListKind::Inspections, &filter, *key);
        let buttons = all(&root, &format!("button.facet[data-key='{}']", key.key()));
        assert_eq!(buttons.len(), expected.len(), "one button per declared {} value", key.key());
        for (button, count) in buttons.iter().zip(&expected) {
            let shown = button.query_selector(".facet-count").unwrap().unwrap().text_content().unwrap();
            assert_eq!(shown, count.to_string(), "count on {}", button.text_content().unwrap());
        }
    }
    let north = root.query_selector("button.facet[data-value='north']").unwrap().unwrap();
    assert_eq!(north.get_attribute("aria-pressed").as_deref(), Some("true"));
    // A zero-count option is disabled; "adequate" has no inspection in the north.
    let adequate = root.query_selector("button.facet[data-value='adequate']").unwrap().unwrap();
    assert!(adequate.has_attribute("disabled"));
    root.query_selector("button.facet[data-value='south']").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    let got = changes.borrow();
    assert_eq!(got.len(), 1);
    assert!(got[0].push, "a choice is a history entry");
    assert_eq!(got[0].filter.regions, ["north", "south"]);
}

#[wasm_bindgen_test]
fn link_builder_and_routes_agree() {
    assert_eq!(Route::recognize(&links::inspection_path("a-b")), Some(Route::Inspection { id: "a-b".into() }));
    assert_eq!(Route::recognize(&links::finding_path("a-f1")), Some(Route::Finding { id: "a-f1".into() }));
    assert_eq!(Route::recognize(&links::recommendation_path("a-r1")), Some(Route::Recommendation { id: "a-r1".into() }));
    assert_eq!(Route::recognize(&links::region_path("wales")), Some(Route::Region { id: "wales".into() }));
    assert_eq!(Route::recognize("/compare"), Some(Route::Compare));
    assert_eq!(Route::recognize("/nowhere"), Some(Route::NotFound));
    let _ = FacetKey::Region;
}

/// Hostile paths: thousands of random route strings all resolve to a route
/// (the not-found page at worst) without a panic. A raw NUL is left out: the
/// browser's URL parser never delivers one (it arrives as `%00`), and
/// route-recognizer 0.3 trips a debug-only overflow check on it.
#[wasm_bindgen_test]
fn random_paths_always_resolve() {
    const PIECES: [&str; 16] =
        ["/", "inspections", "findings", "recommendations", "regions", "compare", "about", "%", "%2F", "..", "?", "#", "é", "<script>", ":id", "%00"];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let len = (next() % 8) as usize;
        let mut path = String::from("/");
        for _ in 0..len {
            path.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
        }
        let route = Route::recognize(&path);
        assert!(route.is_some(), "{path:?} resolved to nothing");
    }
}
