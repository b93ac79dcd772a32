//! Component tests, run in headless Chromium by wasm-bindgen-test:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test wasm_components`
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use inspection_explorer::charts::compare::compare_grid;
use inspection_explorer::components::compare_table::CompareTable;
use inspection_explorer::components::filter_bar::FilterBar;
use inspection_explorer::components::ignored_notice::ignored_notice;
use inspection_explorer::components::inspection_detail::InspectionDetail;
use inspection_explorer::components::item_card::ItemCard;
use inspection_explorer::components::item_list::ItemList;
use inspection_explorer::components::marked_text::marked_text;
use inspection_explorer::components::not_applying_notice::not_applying_notice;
use inspection_explorer::components::rating_tag::RatingTag;
use inspection_explorer::components::show_more::show_more;
use inspection_explorer::components::site_nav::SiteNav;
use inspection_explorer::components::source_link::source_link;
use inspection_explorer::components::view_controls::ViewControls;
use inspection_explorer::hooks::{FilterChange, ROWS_PER_PAGE};
use inspection_explorer::links;
use inspection_explorer::pages::compare::ComparePage;
use inspection_explorer::query::{GroupBy, Filter, Ignored, ItemRef, ListKind, ListView, SortBy};
use inspection_explorer::routes::{switch, Route};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew_router::history::History;
use yew_router::Routable;

wasm_bindgen_test_configure!(run_in_browser);

mod wasm_support;
use wasm_support::{all, catalog, click, one, render_at, render_in, settle, text};

async fn render(content: Html) -> web_sys::Element {
    render_in(content, None).await
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    all(root, selector).iter().map(text).collect()
}

/// Dispatches a bubbling event of `kind` (`change`, `input`), as the browser
/// does when a control's value changes.
fn dispatch(e: &web_sys::Element, constructor: &str, kind: &str) {
    let event = js_sys::eval(&format!("new {constructor}('{kind}', {{bubbles: true}})")).unwrap();
    e.dispatch_event(event.unchecked_ref()).unwrap();
}

/// Sets a select's or an input's value and tells the page, as a user would.
fn set_value(e: &web_sys::Element, value: &str, constructor: &str, kind: &str) {
    js_sys::Reflect::set(e, &"value".into(), &value.into()).unwrap();
    dispatch(e, constructor, kind);
}

fn recorder<T: 'static>() -> (Rc<RefCell<Vec<T>>>, Callback<T>) {
    let seen: Rc<RefCell<Vec<T>>> = Rc::default();
    let callback = {
        let seen = seen.clone();
        Callback::from(move |value: T| seen.borrow_mut().push(value))
    };
    (seen, callback)
}

#[wasm_bindgen_test]
async fn rating_tag_shows_the_label_not_just_a_colour() {
    let root = render(html! { <>
        <RatingTag rating="weak" />
        <RatingTag />
    </> })
    .await;
    let tags = all(&root, ".rating");
    assert_eq!(tags.len(), 2);
    assert_eq!(tags[0].text_content().unwrap(), "Weak");
    // Worst of a three-level scale takes the worst colour step.
    assert!(tags[0].class_name().split_whitespace().any(|c| c == "rating-rank-6"), "{}", tags[0].class_name());
    assert_eq!(tags[1].text_content().unwrap(), "Not rated");
}

#[wasm_bindgen_test]
async fn only_web_addresses_become_links() {
    let root = render(html! { <>
        {source_link(Some("https://example.org/a".into()), "Report".into())}
        {source_link(Some("javascript:alert(1)".into()), "Bad".into())}
        {source_link(None, "Letter".into())}
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
    let root = render(html! { <p>{marked_text(&text.into(), "eleves")}</p> }).await;
    let marks = all(&root, "mark");
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].text_content().unwrap(), "Élèves");
    assert!(all(&root, "img").is_empty(), "data text must not become an element");
    assert_eq!(root.text_content().unwrap(), text);
}

#[wasm_bindgen_test]
async fn filter_bar_counts_match_the_engine_and_clicks_toggle() {
    let (changes, on_change) = recorder::<FilterChange>();
    let filter = Filter { regions: vec!["north".into()], ..Filter::default() };
    let root = render(html! { <FilterBar list={ListKind::Inspections} filter={filter.clone()} {on_change} /> }).await;
    let data = catalog();
    // Every facet the data offers (this file has no units, so no
    // re-inspections to choose).
    for key in ListKind::Inspections.facets().iter().filter(|k| data.offers(**k)) {
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
async fn the_search_box_replaces_the_entry_and_a_year_is_a_new_one() {
    let (changes, on_change) = recorder::<FilterChange>();
    let root = render(html! { <FilterBar list={ListKind::Findings} filter={Filter::default()} {on_change} /> }).await;
    set_value(&one(&root, "#filter-q"), "gates ", "InputEvent", "input");
    set_value(&one(&root, "#filter-since"), "2024", "Event", "change");
    settle().await;
    let got: Vec<(String, Option<i32>, bool)> = changes.borrow().iter().map(|c| (c.filter.q.clone(), c.filter.since, c.push)).collect();
    assert_eq!(got, [("gates ".to_string(), None, false), (String::new(), Some(2024), true)]);
    // The box keeps what was typed, trailing space included.
    assert_eq!(js_sys::Reflect::get(&one(&root, "#filter-q"), &"value".into()).unwrap().as_string().unwrap(), "gates ");
    // No filter, no "Clear all filters"; the findings' kinds are a facet.
    assert!(root.query_selector(".clear-filters").unwrap().is_none());
    assert_eq!(texts(&root, "button.facet[data-key='kind']").len(), 2);
}

#[wasm_bindgen_test]
async fn an_item_card_carries_its_id_once_marks_the_search_and_links_to_itself() {
    let vale = ItemRef { inspection: 1, item: 0 };
    let root = render(html! { <ul>
        <ItemCard list={ListKind::Findings} item={vale} with_inspection=true query="reading" />
        <ItemCard list={ListKind::Findings} item={vale} anchor=false highlighted=true />
    </ul> })
    .await;
    let cards = all(&root, "li.finding");
    assert_eq!(cards.len(), 2);
    assert_eq!(cards[0].id(), "vale-college-2023-f1");
    assert_eq!(cards[1].get_attribute("id"), None, "an item shown twice carries its id once");
    assert!(cards.iter().all(|c| c.get_attribute("data-item").as_deref() == Some("vale-college-2023-f1")));
    assert_eq!(texts(&cards[0], "mark"), ["reading"]);
    assert!(all(&cards[1], "mark").is_empty());
    assert_eq!(texts(&cards[0], ".tags .tag"), ["Reading", "Safety"]);
    assert_eq!(text(&one(&cards[0], ".kind")), "Concern");
    // In the lists across inspections a card names its inspection.
    assert_eq!(text(&one(&cards[0], ".item-context")), "Vale College · 2023 · overall Weak");
    assert!(cards[1].query_selector(".item-context").unwrap().is_none());
    assert!(!cards[0].class_name().contains("highlighted") && cards[0].get_attribute("aria-current").is_none());
    assert!(cards[1].class_name().split_whitespace().any(|c| c == "highlighted"));
    assert_eq!(cards[1].get_attribute("aria-current").as_deref(), Some("true"));
    let url = one(&cards[0], "button.copy-link").get_attribute("data-url").unwrap();
    assert!(url.ends_with("#/findings/vale-college-2023-f1"), "{url}");
}

#[wasm_bindgen_test]
async fn a_recommendation_card_says_where_its_words_come_from_and_what_followed() {
    let root = render(html! { <ol><ItemCard list={ListKind::Recommendations} item={ItemRef { inspection: 0, item: 0 }} query="governors" /></ol> }).await;
    let card = one(&root, "li.recommendation");
    assert_eq!(card.id(), "hill-school-2024-r1");
    assert_eq!(text(&one(&card, ".basis")), "The report's own recommendation");
    assert_eq!(texts(&card, ".item-details dt"), ["To", "HMPPS response", "Target date"]);
    assert_eq!(texts(&card, ".item-details dd"), ["Governors", "Accepted", "September 2024"]);
    assert_eq!(texts(&card, ".item-details mark"), ["Governors"]);
    assert_eq!(one(&card, "button.copy-link").get_attribute("aria-label").as_deref(), Some("Copy link to recommendation hill-school-2024-r1"));
}

#[wasm_bindgen_test]
async fn show_more_offers_at_most_a_page_and_goes_when_all_are_shown() {
    assert_eq!(ROWS_PER_PAGE, 50);
    let (clicks, on_show_more) = recorder::<()>();
    let root = render(html! { <>
        <div id="long">{show_more(120, 50, &on_show_more)}</div>
        <div id="short">{show_more(60, 50, &on_show_more)}</div>
        <div id="all">{show_more(50, 50, &on_show_more)}</div>
    </> })
    .await;
    assert_eq!(text(&one(&root, "#long button.show-more")), "Show 50 more");
    assert_eq!(text(&one(&root, "#short button.show-more")), "Show 10 more");
    assert!(root.query_selector("#all button").unwrap().is_none());
    click(&one(&root, "#short button.show-more"));
    assert_eq!(clicks.borrow().len(), 1);
}

#[wasm_bindgen_test]
async fn notices_name_what_the_address_asked_for_but_the_list_cannot_use() {
    let unknown = vec![Ignored { key: "region".into(), value: "atlantis".into() }];
    let not_applying = vec![Ignored { key: "basis".into(), value: "statement".into() }];
    let root = render(html! { <>
        {ignored_notice(&unknown)}
        {not_applying_notice(&not_applying, ListKind::Findings)}
        {ignored_notice(&[])}
        {not_applying_notice(&[], ListKind::Findings)}
    </> })
    .await;
    assert_eq!(all(&root, "p.notice").len(), 2, "an empty notice says nothing");
    assert_eq!(text(&one(&root, "#ignored-values")), "Ignored what this address asked for but the data does not have: region \"atlantis\".");
    assert_eq!(text(&one(&root, "#not-applying")), "Left out because it does not apply to findings: basis \"statement\".");
}

#[wasm_bindgen_test]
async fn view_controls_offer_the_groupings_a_list_has_and_report_a_choice() {
    let (views, on_change) = recorder::<ListView>();
    let findings = render(html! { <ViewControls list={ListKind::Findings} view={ListView::default()} on_change={on_change.clone()} /> }).await;
    let values = |root: &web_sys::Element, select: &str| -> Vec<String> {
        all(root, &format!("{select} option")).iter().map(|o| o.get_attribute("value").unwrap()).collect()
    };
    assert_eq!(values(&findings, "#view-group"), ["none", "theme", "region", "inspection"]);
    assert_eq!(values(&findings, "#view-sort"), ["date", "oldest", "inspection"]);
    let sorted = ListView { group: GroupBy::None, sort: SortBy::Oldest };
    let recommendations = render(html! { <ViewControls list={ListKind::Recommendations} view={sorted} {on_change} /> }).await;
    assert_eq!(values(&recommendations, "#view-group"), ["none", "theme", "region", "inspection", "addressee"]);
    set_value(&one(&findings, "#view-group"), "theme", "Event", "change");
    set_value(&one(&recommendations, "#view-group"), "addressee", "Event", "change");
    assert_eq!(
        *views.borrow(),
        [ListView { group: GroupBy::Theme, sort: SortBy::Newest }, ListView { group: GroupBy::Addressee, sort: SortBy::Oldest }],
        "a choice keeps the other half of the view"
    );
}

#[wasm_bindgen_test]
async fn the_findings_list_filters_and_writes_its_address_canonically() {
    let (root, history) = render_at(html! { <ItemList list={ListKind::Findings} /> }, "/findings", "region=north&group=theme").await;
    assert_eq!(text(&one(&root, "#result-count")), "2 of 3 findings");
    assert_eq!(one(&root, "#results").get_attribute("data-group-by").as_deref(), Some("theme"));
    let mut ids: Vec<String> = all(&root, "li.finding[id]").iter().map(|c| c.id()).collect();
    ids.sort();
    assert_eq!(ids, ["hill-school-2024-f1", "hill-school-2024-f2"]);
    // A choice is a new history entry, written in the contract's order with
    // its commas as they are.
    click(&one(&root, "button.facet[data-value='south']"));
    settle().await;
    assert_eq!(history.len(), 2);
    assert_eq!((history.location().path(), history.location().query_str()), ("/findings", "?region=north,south&group=theme"));
    assert_eq!(text(&one(&root, "#result-count")), "3 of 3 findings");
    // Typing replaces the entry.
    set_value(&one(&root, "#filter-q"), "gates", "InputEvent", "input");
    settle().await;
    assert_eq!(history.len(), 2);
    assert_eq!(history.location().query_str(), "?region=north,south&q=gates&group=theme");
    assert_eq!(text(&one(&root, "#result-count")), "1 of 3 findings");
    assert_eq!(texts(&root, "#results mark"), ["Gates"]);
    // Clearing every filter leaves the view's own keys.
    click(&one(&root, "button.clear-filters"));
    settle().await;
    assert_eq!(history.location().query_str(), "?group=theme");
}

#[wasm_bindgen_test]
async fn an_inspection_shows_its_record_and_highlights_the_item_its_route_names() {
    let root = render(html! { <InspectionDetail index={0} highlight={AttrValue::from("hill-school-2024-f2")} /> }).await;
    assert_eq!(text(&one(&root, "h1")), "Hill School");
    let highlighted = all(&root, ".highlighted");
    assert_eq!(highlighted.len(), 1);
    assert_eq!(highlighted[0].id(), "hill-school-2024-f2");
    assert_eq!(texts(&root, "dl.summary dt"), ["Area", "Region", "Service type", "Published", "Fieldwork", "Chief Inspector"]);
    assert_eq!(texts(&root, "dl.summary dd"), ["Hilltown", "North", "School", "1 March 2024", "January to February 2024", "Not known"]);
    assert_eq!(one(&root, "dl.summary dd a").get_attribute("href").as_deref(), Some("#/regions/north"));
    assert_eq!(texts(&root, "table.standards tbody tr > *"), ["A", "Teaching", "Strong"]);
    assert_eq!(texts(&root, "h3"), ["Strengths (1)", "Concerns (1)"]);
    assert_eq!(text(&one(&root, ".rec-count")), "1 of 2 recommendations recorded");
    assert_eq!(texts(&root, "dl.facts dd"), ["300"]);
    assert_eq!(gloo::utils::document().title(), "Hill School · Probation inspection explorer");
}

#[wasm_bindgen_test]
async fn each_route_shows_its_view_or_says_what_was_not_found() {
    let root = render(switch(Route::Finding { id: "hill-school-2024-f1".into() })).await;
    assert_eq!(text(&one(&root, "h1")), "Hill School");
    assert_eq!(one(&root, ".highlighted").id(), "hill-school-2024-f1");
    let root = render(switch(Route::Recommendation { id: "nope".into() })).await;
    assert_eq!(text(&one(&root, "h1")), "Not found");
    assert!(text(&one(&root, ".not-found p")).starts_with("There is no recommendation \"nope\" in this dataset."));
    let root = render(switch(Route::Region { id: "north".into() })).await;
    assert_eq!(text(&one(&root, "h1")), "North");
    let root = render(switch(Route::NotFound)).await;
    assert_eq!(text(&one(&root, ".not-found p")), "There is no page at this address. The link may be mistyped.");
}

#[wasm_bindgen_test]
async fn the_main_navigation_marks_the_current_section() {
    let (root, _) = render_at(html! { <SiteNav /> }, "/findings/hill-school-2024-f1", "").await;
    let current: Vec<String> = all(&root, "a[aria-current='page']").iter().map(text).collect();
    assert_eq!(current, ["Findings"]);
    assert_eq!(all(&root, "nav a").len(), 5);
}

#[wasm_bindgen_test]
async fn compare_adds_and_removes_inspections_through_the_address() {
    let (root, history) = render_at(html! { <ComparePage /> }, "/compare", "ids=hill-school-2024,nope").await;
    assert_eq!(text(&one(&root, "#ignored-values")), "Ignored what this address asked for but the data does not have: ids \"nope\".");
    assert_eq!(text(&one(&root, "#compare-caption")), "1 inspections side by side");
    set_value(&one(&root, "#compare-add"), "vale-college-2023", "Event", "change");
    settle().await;
    click(&one(&root, "button[type=submit]"));
    settle().await;
    assert_eq!(history.location().query_str(), "?ids=hill-school-2024,vale-college-2023");
    assert_eq!(text(&one(&root, "#compare-caption")), "2 inspections side by side");
    click(&one(&root, "#compare-hill-school-2024 button.remove"));
    settle().await;
    assert_eq!(history.len(), 3, "each change is a history entry");
    assert_eq!(history.location().query_str(), "?ids=vale-college-2023");
}

#[wasm_bindgen_test]
async fn the_compare_table_names_each_inspection_and_offers_its_removal() {
    let (removed, on_remove) = recorder::<String>();
    let grid = Rc::new(compare_grid(catalog().dataset(), &["vale-college-2023".into(), "hill-school-2024".into()]));
    let root = render(html! { <CompareTable grid={grid.clone()} {on_remove} /> }).await;
    assert_eq!(texts(&root, "thead th a"), ["Vale College", "Hill School"]);
    assert_eq!(all(&root, "tbody tr").len(), grid.rows.len());
    click(&one(&root, "#compare-hill-school-2024 button.remove"));
    assert_eq!(*removed.borrow(), ["hill-school-2024"]);
}

#[wasm_bindgen_test]
fn link_builder_and_routes_agree() {
    assert_eq!(Route::recognize(&links::inspection_path("a-b")), Some(Route::Inspection { id: "a-b".into() }));
    assert_eq!(Route::recognize(&links::finding_path("a-f1")), Some(Route::Finding { id: "a-f1".into() }));
    assert_eq!(Route::recognize(&links::recommendation_path("a-r1")), Some(Route::Recommendation { id: "a-r1".into() }));
    assert_eq!(Route::recognize(&links::region_path("wales")), Some(Route::Region { id: "wales".into() }));
    assert_eq!(Route::recognize("/compare"), Some(Route::Compare));
    assert_eq!(Route::recognize("/nowhere"), Some(Route::NotFound));
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
