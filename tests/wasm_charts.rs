#![cfg(target_arch = "wasm32")]
//! Chart component tests, run in headless Chromium by wasm-bindgen-test:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test wasm_charts`
//!
//! Each test renders a chart and reads what a user would: the SVG's marks
//! (their labels, their focus), and the table behind "Show as table",
//! checking that the two say the same numbers.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use inspection_explorer::catalog_context::SharedCatalog;
use inspection_explorer::charts::palette::{level_colour, LEVELS};
use inspection_explorer::charts::{ChartData, ChartKind, Colour, Row, Series, Values};
use inspection_explorer::components::chart_frame::ChartFrame;
use inspection_explorer::components::chart::{Chart, ChartSpec};
use inspection_explorer::components::rating_tag::RatingTag;
use inspection_explorer::data::parse_dataset;
use inspection_explorer::hooks::FilterChange;
use inspection_explorer::query::{Catalog, Filter, ListKind};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod wasm_support;
use wasm_support::{all, click, load_page_styles, one, render_in, render_with, settle, text};

/// Renders `content` 480px wide (the chart measures its width after the
/// first render).
async fn render(content: Html) -> web_sys::Element {
    render_in(content, Some("480px")).await
}

fn attr(e: &web_sys::Element, name: &str) -> String {
    e.get_attribute(name).unwrap_or_else(|| panic!("no {name} on <{}>", e.tag_name()))
}

/// Dispatches a bubbling keydown, as a key press on `e` would.
fn key(e: &web_sys::Element, key: &str) {
    let event = js_sys::eval(&format!("new KeyboardEvent('keydown', {{key: {key:?}, bubbles: true, cancelable: true}})")).unwrap();
    e.dispatch_event(event.unchecked_ref()).unwrap();
}

fn focus(e: &web_sys::Element) {
    e.dyn_ref::<web_sys::SvgElement>().expect("an SVG element").focus().unwrap();
}

fn active_id() -> String {
    gloo::utils::document().active_element().map(|e| e.id()).unwrap_or_default()
}

/// A mark as the page shows it: its row and series, and its label.
struct MarkSeen {
    row: usize,
    series: Option<usize>,
    label: String,
}

fn marks(frame: &web_sys::Element) -> Vec<MarkSeen> {
    all(frame, "svg g.mark")
        .iter()
        .map(|g| {
            let label = attr(g, "aria-label");
            // The hover tooltip says the same as the accessible name.
            assert_eq!(text(&one(g, "title")), label);
            MarkSeen {
                row: attr(g, "data-row").parse().unwrap(),
                series: g.get_attribute("data-series").map(|s| s.parse().unwrap()),
                label,
            }
        })
        .collect()
}

/// Presses "Show as table" and returns the table's header and rows (the
/// first cell of each row is its `th`).
async fn show_table(frame: &web_sys::Element) -> (Vec<String>, Vec<Vec<String>>) {
    let switch = one(frame, "button.chart-switch");
    assert_eq!(attr(&switch, "aria-pressed"), "false");
    assert_eq!(text(&switch), "Show as table");
    click(&switch);
    settle().await;
    assert_eq!(attr(&switch, "aria-pressed"), "true");
    assert!(frame.query_selector("svg").unwrap().is_none(), "the table replaces the chart");
    let table = one(frame, "table");
    assert!(!text(&one(&table, "caption")).is_empty(), "the table has a caption");
    let header: Vec<String> = all(&table, "thead th").iter().map(text).collect();
    for th in all(&table, "thead th") {
        assert_eq!(attr(&th, "scope"), "col");
    }
    let rows: Vec<Vec<String>> = all(&table, "tbody tr")
        .iter()
        .map(|tr| {
            let th = one(tr, "th");
            assert_eq!(attr(&th, "scope"), "row");
            all(tr, "th, td").iter().map(text).collect()
        })
        .collect();
    (header, rows)
}

/// Every mark's label names its row and series and carries the number the
/// table shows in that cell; and every non-empty cell has a mark.
fn assert_same_numbers(marks: &[MarkSeen], header: &[String], rows: &[Vec<String>], first_value_col: usize) {
    assert!(!marks.is_empty());
    for m in marks {
        let cells = &rows[m.row];
        match m.series {
            Some(s) => {
                let col = first_value_col + s;
                let cell = &cells[col];
                assert!(m.label.starts_with(&format!("{} — {}: ", cells[0], header[col])), "{:?} vs row {:?} col {:?}", m.label, cells[0], header[col]);
                let number = cell.split(' ').next().unwrap();
                assert!(m.label.contains(number), "mark {:?} vs cell {cell:?}", m.label);
            }
            None => {
                assert!(m.label.starts_with(&format!("{}: ", cells[0])), "{:?}", m.label);
                assert!(m.label.contains(cells.last().unwrap().as_str()), "total of {:?}", m.label);
            }
        }
    }
}

fn hand_made() -> ChartData {
    let mut d = ChartData::counts("Hand-made ratings", "Year", ("inspection", "inspections"));
    d.summary = "Two years and the undated.".into();
    d.rows = vec![Row::new("2020", "2020"), Row::new("2021", "2021"), Row::new("u", "Undated").separated()];
    d.series = vec![
        Series::new("hi", "High", Colour::Rank(0)),
        Series::new("mid", "Middle", Colour::Rank(2)),
        Series::new("lo", "Low", Colour::Rank(3)),
    ];
    d.values = Values::Counts(vec![vec![3, 0, 2], vec![1, 4, 0], vec![0, 0, 5]]);
    d.totals = true;
    d.notes = vec!["A note.".into()];
    d
}

#[wasm_bindgen_test]
async fn the_frame_labels_its_svg_and_marks_and_shows_the_same_numbers_as_a_table() {
    let data = Rc::new(hand_made());
    let root = render(html! { <ChartFrame id="hand" data={data.clone()} kind={ChartKind::Bars} file_name="hand.csv" /> }).await;
    let frame = one(&root, "section.chart-frame");
    assert_eq!(text(&one(&frame, "h2")), "Hand-made ratings");
    let svg = one(&frame, "svg");
    assert_eq!(attr(&svg, "role"), "img");
    let labelled: Vec<String> = attr(&svg, "aria-labelledby").split(' ').map(str::to_string).collect();
    assert_eq!(labelled.len(), 2);
    assert_eq!(text(&one(&svg, &format!("title#{}", labelled[0]))), "Hand-made ratings");
    assert_eq!(text(&one(&svg, &format!("desc#{}", labelled[1]))), "Two years and the undated.");
    assert!(svg.get_attribute("viewBox").is_some());
    // The key names every level as text.
    let legend: Vec<String> = all(&frame, ".chart-legend li").iter().map(text).collect();
    assert_eq!(legend, ["High", "Middle", "Low"]);
    // One mark per non-zero count; one of them in the Tab order.
    let seen = marks(&frame);
    assert_eq!(seen.len(), 5);
    let tabindex: Vec<String> = all(&frame, "g.mark").iter().map(|g| attr(g, "tabindex")).collect();
    assert_eq!(tabindex.iter().filter(|t| *t == "0").count(), 1);
    assert!(tabindex.iter().all(|t| t == "0" || t == "-1"));
    assert_eq!(seen[0].label, "2020 — High: 3 inspections");
    // Segments write their counts.
    let inside: Vec<String> = all(&frame, "g.mark text.seg-label").iter().map(text).collect();
    assert_eq!(inside, ["3", "2", "1", "4", "5"]);
    assert_eq!(text(&one(&frame, ".chart-note")), "A note.");
    // The CSV button is there, named for the chart.
    assert_eq!(attr(&one(&frame, "button.download-csv"), "data-file-name"), "hand.csv");
    let (header, rows) = show_table(&frame).await;
    assert_eq!(header, ["Year", "High", "Middle", "Low", "Total"]);
    assert_eq!(rows, [["2020", "3", "0", "2", "5"], ["2021", "1", "4", "0", "5"], ["Undated", "0", "0", "5", "5"]]);
    assert_same_numbers(&seen, &header, &rows, 1);
    // The HTML table and the CSV are the same table.
    let csv = data.table().to_csv();
    for row in &rows {
        assert!(csv.contains(&format!("{}\r\n", row.join(","))), "{csv}");
    }
    // And back to the chart.
    click(&one(&frame, "button.chart-switch"));
    settle().await;
    assert_eq!(all(&frame, "g.mark").len(), 5);
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_marks_and_the_focused_one_says_its_value() {
    let data = Rc::new(hand_made());
    let root = render(html! { <ChartFrame id="keys" data={data} kind={ChartKind::Bars} file_name="k.csv" /> }).await;
    let first = one(&root, "#keys-m0");
    focus(&first);
    settle().await;
    assert_eq!(active_id(), "keys-m0");
    let tip = one(&root, ".chart-tip");
    assert!(!tip.has_attribute("hidden"));
    assert_eq!(text(&tip), "2020 — High: 3 inspections");
    key(&first, "ArrowRight");
    settle().await;
    assert_eq!(active_id(), "keys-m1", "right goes to the next segment");
    assert_eq!(text(&one(&root, ".chart-tip")), "2020 — Low: 2 inspections");
    assert_eq!(attr(&one(&root, "#keys-m1"), "tabindex"), "0", "the Tab stop follows the focus");
    assert_eq!(attr(&one(&root, "#keys-m0"), "tabindex"), "-1");
    key(&one(&root, "#keys-m1"), "ArrowDown");
    settle().await;
    assert_eq!(active_id(), "keys-m3", "down goes to the nearest segment of the next row");
    key(&one(&root, "#keys-m3"), "End");
    settle().await;
    assert_eq!(active_id(), "keys-m4");
    key(&one(&root, "#keys-m4"), "Home");
    settle().await;
    assert_eq!(active_id(), "keys-m0");
    key(&one(&root, "#keys-m0"), "Escape");
    settle().await;
    assert!(one(&root, ".chart-tip").has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn ratings_by_year_for_another_inspectorate() {
    let root = render(html! { <Chart spec={ChartSpec::RatingsByYear} filter={Filter::default()} /> }).await;
    let frame = one(&root, "section.chart-frame");
    let legend: Vec<String> = all(&frame, ".chart-legend li").iter().map(text).collect();
    assert_eq!(legend, ["Strong", "Adequate", "Weak"], "the scale comes from the file");
    let seen = marks(&frame);
    let labels: Vec<&str> = seen.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["2023 — Weak: 1 inspection", "2024 — Strong: 1 inspection"]);
    // Best and worst of three take the ends of the palette.
    let classes: Vec<String> = all(&frame, "g.mark > rect").iter().map(|r| attr(r, "class")).collect();
    assert_eq!(classes, ["seg c-rank-6", "seg c-rank-0"]);
    let (header, rows) = show_table(&frame).await;
    assert_eq!(header, ["Year published", "Strong", "Adequate", "Weak", "Total"]);
    assert_eq!(rows, [["2023", "0", "0", "1", "1"], ["2024", "1", "0", "0", "1"]]);
    assert_same_numbers(&seen, &header, &rows, 1);
}

#[wasm_bindgen_test]
async fn choosing_a_tile_sets_the_region_filter() {
    let changes: Rc<RefCell<Vec<FilterChange>>> = Rc::default();
    let on_change = {
        let changes = changes.clone();
        Callback::from(move |c: FilterChange| changes.borrow_mut().push(c))
    };
    let filter = Filter { regions: vec!["north".into()], ..Filter::default() };
    let root = render(html! { <Chart spec={ChartSpec::RegionTiles { on_change }} {filter} /> }).await;
    let frame = one(&root, "section.chart-frame");
    // The tiles are buttons, so the map is a group of them rather than one image.
    assert_eq!(attr(&one(&frame, "svg"), "role"), "group");
    let tiles = all(&frame, "g.mark");
    assert_eq!(tiles.len(), 2);
    assert_eq!(attr(&tiles[0], "role"), "button");
    assert_eq!(attr(&tiles[0], "aria-pressed"), "true");
    assert_eq!(attr(&tiles[1], "aria-pressed"), "false");
    assert_eq!(attr(&tiles[0], "tabindex"), "0", "the chosen tile is the Tab stop");
    assert_eq!(attr(&tiles[0], "aria-label"), "North: 1 inspection (Strong 1)");
    assert_eq!(attr(&tiles[1], "aria-label"), "South: 0 inspections");
    let names: Vec<String> = all(&tiles[0], "text").iter().map(text).collect();
    assert!(names.contains(&"North".to_string()) && names.contains(&"1".to_string()), "{names:?}");
    key(&tiles[1], "Enter");
    settle().await;
    key(&tiles[0], " ");
    settle().await;
    click_svg(&tiles[1]);
    settle().await;
    let got: Vec<(Vec<String>, bool)> = changes.borrow().iter().map(|c| (c.filter.regions.clone(), c.push)).collect();
    assert_eq!(
        got,
        [(vec!["south".to_string()], true), (vec![], true), (vec!["south".to_string()], true)],
        "Enter and clicks choose a region; choosing the only chosen one again shows all"
    );
    let seen = marks(&frame);
    let (header, rows) = show_table(&frame).await;
    assert_eq!(header, ["Region", "Strong", "Adequate", "Weak", "Total"]);
    assert_eq!(rows, [["North", "1", "0", "0", "1"], ["South", "0", "0", "0", "0"]]);
    assert_same_numbers(&seen, &header, &rows, 1);
    // The region names in the table lead to the regions' profiles.
    assert_eq!(attr(&one(&frame, "tbody tr th a"), "href"), "#/regions/north");
}

fn click_svg(e: &web_sys::Element) {
    let event = js_sys::eval("new MouseEvent('click', {bubbles: true, cancelable: true})").unwrap();
    e.dispatch_event(event.unchecked_ref()).unwrap();
}

#[wasm_bindgen_test]
async fn the_heatmap_writes_each_rating() {
    let root = render(html! { <Chart spec={ChartSpec::Standards} filter={Filter::default()} /> }).await;
    let frame = one(&root, "section.chart-frame");
    let seen = marks(&frame);
    let labels: Vec<&str> = seen.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Hill School — Overall: Strong", "Hill School — A Teaching: Strong"]);
    let cells: Vec<String> = all(&frame, "g.mark text").iter().map(text).collect();
    assert_eq!(cells, ["S", "S"], "cells carry the rating's short form");
    let key_items: Vec<String> = all(&frame, ".chart-legend li").iter().map(text).collect();
    assert_eq!(key_items, ["SStrong", "AAdequate", "WWeak", "Not rated"], "the key pairs each short form with its name");
    assert!(text(&frame).contains("1 of the 2 selected has no ratings by standard"));
    let (header, rows) = show_table(&frame).await;
    assert_eq!(header, ["Inspection", "Published", "Overall", "A Teaching"]);
    assert_eq!(rows, [["Hill School", "1 March 2024", "Strong", "Strong"]]);
    assert_same_numbers(&seen, &header, &rows, 2);
}

#[wasm_bindgen_test]
async fn theme_charts_count_concerns_and_recommendations() {
    let root = render(html! { <>
        <Chart spec={ChartSpec::Themes { list: ListKind::Findings, top: None }} />
        <Chart spec={ChartSpec::Themes { list: ListKind::Recommendations, top: None }} />
    </> })
    .await;
    let frames = all(&root, "section.chart-frame");
    assert_eq!(frames.len(), 2);
    assert_eq!(text(&one(&frames[0], "h2")), "Themes of concerns by year");
    let seen = marks(&frames[0]);
    let (header, rows) = show_table(&frames[0]).await;
    assert_eq!(header, ["Theme", "2023", "2024", "Total"]);
    assert_eq!(rows, [["Safety", "1", "1", "2"], ["Reading", "1", "0", "1"]]);
    assert_same_numbers(&seen, &header, &rows, 1);
    // Theme names lead to the list of those concerns.
    assert_eq!(attr(&one(&frames[0], "tbody th a"), "href"), "#/findings?theme=safety&kind=concern");
    let seen = marks(&frames[1]);
    let (header, rows) = show_table(&frames[1]).await;
    assert_eq!(header, ["Theme", "2024", "Total"]);
    assert_eq!(rows, [["Safety", "1", "1"]]);
    assert_same_numbers(&seen, &header, &rows, 1);
}

/// A dataset whose scale has `n` levels, with two inspections at each level
/// (one per region, in a year of its own) rated on one standard at that
/// level too.
fn scale_of(n: usize) -> SharedCatalog {
    let scale: Vec<String> = (0..n).map(|k| format!(r#"{{"id": "l{k}", "label": "Level {k}", "score": {}}}"#, n - k)).collect();
    let inspections: Vec<String> = (0..n)
        .flat_map(|k| {
            ["north", "south"].map(|region| {
                format!(
                    r#"{{"id": "i{k}-{region}", "title": "Inspection {k} {region}", "service_type": "school", "area": null,
                        "regions": ["{region}"], "published": "{}-05-01", "overall": "l{k}",
                        "ratings": [{{"code": null, "domain": null, "standard": "Teaching", "rating": "l{k}"}}],
                        "findings": [], "sources": []}}"#,
                    2019 + k
                )
            })
        })
        .collect();
    let text = format!(
        r#"{{"schema": "inspection-explorer/v1", "title": "{n} levels", "publisher": null, "licence": "CC0", "updated": "2026-01-15",
            "scale": [{}], "regions": [{{"id": "north", "name": "North", "tile": [0, 0]}}, {{"id": "south", "name": "South", "tile": [0, 1]}}],
            "service_types": [{{"id": "school", "name": "School"}}], "themes": [], "inspections": [{}]}}"#,
        scale.join(","),
        inspections.join(",")
    );
    SharedCatalog::new(Catalog::new(parse_dataset(&text).unwrap_or_else(|e| panic!("{e:?}"))))
}

/// A colour as computed styles give it: `rgb(r, g, b)`.
fn rgb(hex: &str) -> String {
    let c = |k: usize| u8::from_str_radix(&hex[1 + 2 * k..3 + 2 * k], 16).unwrap();
    format!("rgb({}, {}, {})", c(0), c(1), c(2))
}

fn computed(e: &web_sys::Element, property: &str) -> String {
    gloo::utils::window().get_computed_style(e).unwrap().unwrap().get_property_value(property).unwrap()
}

fn distinct(elements: &[web_sys::Element], property: &str) -> BTreeSet<String> {
    elements.iter().map(|e| computed(e, property)).collect()
}

#[wasm_bindgen_test]
async fn the_overviews_charts_give_every_level_of_a_scale_of_two_to_seven_a_colour_of_its_own() {
    load_page_styles();
    for n in 2..=7 {
        let want: Vec<String> = (0..n).map(|k| rgb(LEVELS[level_colour(k, n)].0)).collect();
        let tags: Html = (0..n).map(|k| html! { <RatingTag rating={format!("l{k}")} /> }).collect();
        let root = render_with(
            scale_of(n),
            html! { <>
                <Chart spec={ChartSpec::RatingsByYear} id={format!("years{n}")} />
                <Chart spec={ChartSpec::RegionTiles { on_change: Callback::noop() }} id={format!("tiles{n}")} />
                <Chart spec={ChartSpec::Standards} id={format!("standards{n}")} />
                <p class="tags">{tags}</p>
            </> },
            Some("640px"),
        )
        .await;
        let frames = all(&root, "section.chart-frame");
        assert_eq!(frames.len(), 3);
        // Ratings by year: each level's segments in its own colour, in its key too.
        let segments = all(&frames[0], "g.mark > rect");
        assert_eq!(segments.len(), n, "{n} levels: a segment per level (one year each)");
        for g in all(&frames[0], "g.mark") {
            let level: usize = attr(&g, "data-series").parse().unwrap();
            assert_eq!(computed(&one(&g, "rect"), "fill"), want[level], "{n} levels: level {level}'s segment");
        }
        assert_eq!(distinct(&segments, "fill").len(), n, "{n} levels: distinct segment colours");
        let swatches = all(&frames[0], ".chart-legend .swatch");
        assert_eq!(distinct(&swatches, "background-color").len(), n);
        assert_eq!(swatches.iter().map(|s| computed(s, "background-color")).collect::<Vec<_>>(), want, "{n} levels: the key, best first");
        // The tile map's mix bars.
        assert_eq!(distinct(&all(&frames[1], "rect.mix"), "fill"), want.iter().cloned().collect(), "{n} levels: tiles");
        // The heatmap's cells and key (Not rated apart, as an empty swatch).
        assert_eq!(distinct(&all(&frames[2], "g.mark > rect"), "fill"), want.iter().cloned().collect(), "{n} levels: cells");
        let keyed = all(&frames[2], ".chart-legend .swatch:not(.swatch-empty)");
        assert_eq!(keyed.iter().map(|s| computed(s, "background-color")).collect::<Vec<_>>(), want, "{n} levels: heatmap key");
        // The rating tags.
        let tags = all(&root, ".tags .rating");
        assert_eq!(tags.iter().map(|t| computed(t, "background-color")).collect::<Vec<_>>(), want, "{n} levels: tags");
        root.remove();
    }
}
