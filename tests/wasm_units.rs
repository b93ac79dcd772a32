//! Component tests of the inspected units' views, on the `units.json`
//! fixture, in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test wasm_units`
#![cfg(target_arch = "wasm32")]

use inspection_explorer::catalog_context::SharedCatalog;
use inspection_explorer::charts::units::unit_ratings;
use inspection_explorer::components::filter_bar::FilterBar;
use inspection_explorer::components::inspection_detail::InspectionDetail;
use inspection_explorer::components::item_list::ItemList;
use inspection_explorer::components::view_controls::ViewControls;
use inspection_explorer::links;
use inspection_explorer::pages::unit::UnitPage;
use inspection_explorer::query::{FacetKey, Filter, ListKind, ListView};
use inspection_explorer::routes::Route;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew_router::Routable;

wasm_bindgen_test_configure!(run_in_browser);

mod wasm_support;
use wasm_support::{all, catalog_of, click, one, render_at_with, render_in, render_with, settle, text, UNITS};

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    all(root, selector).iter().map(text).collect()
}

fn units() -> SharedCatalog {
    catalog_of(UNITS)
}

fn index(id: &str) -> usize {
    catalog_of(UNITS).inspection_index(id).unwrap()
}

#[wasm_bindgen_test]
async fn an_inspection_lists_its_units_other_inspections_with_the_change_in_words() {
    let root = render_with(units(), html! { <InspectionDetail index={index("hill-school-2023")} /> }, None).await;
    assert_eq!(text(&one(&root, "#history-heading")), "Inspections of Hill School");
    assert!(text(&one(&root, "#unit-history p")).starts_with("Inspected 4 times in this data."));
    let entries = all(&root, ".history-list li");
    let ids: Vec<String> = entries.iter().map(|e| e.get_attribute("data-inspection").unwrap()).collect();
    assert_eq!(ids, ["hill-school-2021", "hill-school-2023", "hill-school-2024", "hill-school-undated"]);
    assert_eq!(
        entries.iter().map(text).collect::<Vec<_>>(),
        [
            "10 May 2021 Weak",
            "June 2023 (this inspection) Adequate Improved",
            "1 February 2024 Weak Declined",
            "Undated Strong Improved"
        ]
    );
    // This one is marked, the others link to themselves.
    assert_eq!(entries[1].get_attribute("aria-current").as_deref(), Some("true"));
    assert!(entries[1].query_selector("a").unwrap().is_none());
    assert_eq!(one(&entries[0], "a").get_attribute("href").as_deref(), Some("#/inspections/hill-school-2021"));
    // The change is a word, not a colour alone.
    assert_eq!(one(&entries[2], ".change").class_name(), "change change-declined");
    // The standards both rate, and what changed in each.
    assert_eq!(
        texts(&root, ".standard-changes li"),
        ["A Teaching: Weak before, Adequate now Improved", "B Safety: Adequate before, Adequate now No change"]
    );
    assert_eq!(texts(&root, ".standard-changes .change"), ["Improved", "No change"]);
    assert_eq!(text(&one(&root, "#compare-unit")), "Compare with the previous inspection");
    assert_eq!(
        one(&root, "#compare-unit").get_attribute("href").as_deref(),
        Some("#/compare?ids=hill-school-2021,hill-school-2023")
    );
    let unit_links: Vec<String> =
        all(&root, "#unit-history a").iter().filter_map(|a| a.get_attribute("href")).filter(|h| h.starts_with("#/units/")).collect();
    assert_eq!(unit_links, ["#/units/hill-school"]);
}

#[wasm_bindgen_test]
async fn a_first_inspection_and_an_unordered_one_name_no_change() {
    let root = render_with(units(), html! { <InspectionDetail index={index("hill-school-2021")} /> }, None).await;
    assert!(root.query_selector("#compare-unit").unwrap().is_none(), "nothing before the first");
    assert!(root.query_selector(".standard-changes").unwrap().is_none());
    let root = render_with(units(), html! { <InspectionDetail index={index("brook-school-second")} /> }, None).await;
    assert_eq!(texts(&root, ".history-list .change"), ["Not comparable: date not known"]);
    assert_eq!(
        one(&root, "#compare-unit").get_attribute("href").as_deref(),
        Some("#/compare?ids=brook-school-2022,brook-school-second")
    );
    let root = render_with(units(), html! { <InspectionDetail index={index("vale-college-2024")} /> }, None).await;
    assert_eq!(texts(&root, ".history-list .change"), ["Not comparable: not rated", "Not comparable: date not known"]);
}

#[wasm_bindgen_test]
async fn a_unit_of_one_says_so_and_no_unit_shows_nothing() {
    let root = render_with(units(), html! { <InspectionDetail index={index("lone-academy-2023")} /> }, None).await;
    assert_eq!(text(&one(&root, "#unit-history p")), "This is the only inspection of it in this data. All about Lone Academy");
    assert_eq!(one(&root, "#unit-history p a").get_attribute("href").as_deref(), Some("#/units/lone-academy"));
    assert!(root.query_selector("#compare-unit").unwrap().is_none());
    let root = render_with(units(), html! { <InspectionDetail index={index("free-school-2020")} /> }, None).await;
    assert!(root.query_selector("#unit-history").unwrap().is_none(), "no unit, no history");
    // A file without units: the inspection page has no history block.
    let root = render_in(html! { <InspectionDetail index={0} /> }, None).await;
    assert!(root.query_selector("#unit-history").unwrap().is_none());
    assert!(root.query_selector("h1").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_unit_page_charts_its_inspections_with_table_twins() {
    let (root, _) = render_at_with(units(), html! { <UnitPage id="hill-school" /> }, "/units/hill-school", "").await;
    settle().await;
    assert_eq!(text(&one(&root, "h1")), "Hill School");
    assert_eq!(text(&one(&root, ".lede")), "Inspected 4 times in this data, from 10 May 2021 to 1 February 2024 (1 undated).");
    assert_eq!(
        all(&root, ".history-list li").iter().map(|l| l.get_attribute("data-inspection").unwrap()).collect::<Vec<_>>(),
        ["hill-school-2021", "hill-school-2023", "hill-school-2024", "hill-school-undated"]
    );
    assert!(all(&root, ".history-list li[aria-current]").is_empty(), "no inspection is 'this one' here");
    assert_eq!(texts(&root, ".history-list .change"), ["Improved", "Declined", "Improved"]);
    assert_eq!(
        one(&root, "#compare-unit").get_attribute("href").as_deref(),
        Some("#/compare?ids=hill-school-2021,hill-school-2023,hill-school-2024,hill-school-undated")
    );
    // The chart of its ratings, with a table twin holding exactly its numbers.
    let data = catalog_of(UNITS);
    let chart = unit_ratings(&data, data.unit_index("hill-school").unwrap());
    let frame = one(&root, "#unit-ratings");
    assert_eq!(text(&one(&frame, "h2")), chart.title);
    assert!(frame.query_selector("svg").unwrap().is_some(), "the chart is drawn");
    // A mark per rated cell: 4 overall ratings, 3 Teaching, 3 Safety, 1 Leadership.
    assert_eq!(all(&frame, "svg g.mark").len(), 11);
    click(&one(&frame, "button.chart-switch"));
    settle().await;
    let rows: Vec<Vec<String>> = all(&frame, "table tbody tr").iter().map(|tr| all(tr, "th, td").iter().map(text).collect()).collect();
    assert_eq!(rows, chart.table().rows);
    assert_eq!(rows[1][..3], ["June 2023", "Improved", "Adequate"]);
    // Recurring concerns, each with its concerns and their dates.
    assert_eq!(texts(&root, "#recurring-concerns > li > strong"), ["Safety", "Staffing"]);
    assert_eq!(
        texts(&root, "#recurring-concerns > li[data-theme='safety'] li"),
        ["Gates were left open. (10 May 2021)", "The gates were still left open. (June 2023)"]
    );
    // All its recommendations, each with its inspection's date.
    let cards = all(&root, "li.recommendation");
    assert_eq!(
        cards.iter().map(|c| c.id()).collect::<Vec<_>>(),
        ["hill-school-2021-r1", "hill-school-2023-r1", "hill-school-2023-r2", "hill-school-2024-r1"]
    );
    assert_eq!(text(&one(&cards[0], ".item-date")), "10 May 2021");
}

#[wasm_bindgen_test]
async fn an_unknown_unit_is_not_found() {
    let (root, _) = render_at_with(units(), html! { <UnitPage id="atlantis" /> }, "/units/atlantis", "").await;
    assert_eq!(text(&one(&root, "h1")), "Not found");
    assert!(text(&root).contains("There is no inspected unit \"atlantis\" in this dataset."));
    assert_eq!(Route::recognize(&links::unit_path("hill-school")), Some(Route::Unit { id: "hill-school".into() }));
}

#[wasm_bindgen_test]
async fn the_filter_bar_offers_reinspections_and_responses_only_when_the_data_has_them() {
    let on_change = Callback::from(|_| ());
    let root = render_with(units(), html! { <FilterBar list={ListKind::Recommendations} filter={Filter::default()} on_change={on_change.clone()} /> }, None).await;
    let data = catalog_of(UNITS);
    for key in [FacetKey::Response, FacetKey::Reinspected] {
        let expected: Vec<String> = data.facet_counts(ListKind::Recommendations, &Filter::default(), key).iter().map(|n| n.to_string()).collect();
        assert_eq!(texts(&root, &format!("button.facet[data-key='{}'] .facet-count", key.key())), expected, "{key:?}");
    }
    assert_eq!(
        texts(&root, "button.facet[data-key='response']"),
        ["Accepted 2", "Partially accepted 1", "Not accepted 1", "Not known 1"]
    );
    // The fixture without units or responses offers neither.
    let root = render_in(html! { <FilterBar list={ListKind::Inspections} filter={Filter::default()} on_change={on_change.clone()} /> }, None).await;
    assert!(root.query_selector("[data-key='reinspected']").unwrap().is_none());
    // Unless the address chose it, so it can be undone.
    let chosen = Filter { reinspected: true, ..Filter::default() };
    let root = render_in(html! { <FilterBar list={ListKind::Inspections} filter={chosen} {on_change} /> }, None).await;
    assert_eq!(one(&root, "button.facet[data-key='reinspected']").get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn findings_group_by_unit_with_links_to_the_unit_pages() {
    let (root, _) = render_at_with(units(), html! { <ItemList list={ListKind::Findings} /> }, "/findings", "group=unit&reinspected=yes").await;
    let headings: Vec<String> = all(&root, ".group-heading a").iter().filter_map(|a| a.get_attribute("href")).collect();
    assert_eq!(headings, ["#/units/hill-school", "#/units/vale-college"]);
    assert_eq!(text(&one(&root, "#result-count")), "4 of 8 findings");
    let options: Vec<String> = all(&root, "#view-group option").iter().map(|o| o.get_attribute("value").unwrap()).collect();
    assert!(options.contains(&"unit".to_string()), "{options:?}");
    // Without units there is no unit to group by.
    let root = render_in(html! { <ViewControls list={ListKind::Findings} view={ListView::default()} on_change={Callback::from(|_| ())} /> }, None).await;
    let options: Vec<String> = all(&root, "#view-group option").iter().map(|o| o.get_attribute("value").unwrap()).collect();
    assert_eq!(options, ["none", "theme", "region", "inspection"]);
}
