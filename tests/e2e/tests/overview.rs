//! End-to-end tests of the overview's charts, the region profiles and the
//! compare view: every chart's table and every headline figure counts only
//! what the filter selects, choosing a tile on the map filters by region,
//! charts are usable with the keyboard and fit a phone.
//!
//! Build the app, then run:
//!
//! ```text
//! trunk build --release --public-url ./
//! CARGO_TARGET_DIR=/work/target-e2e cargo test -p e2e --test overview -- --test-threads=2
//! ```
//!
//! Expectations are counted from the dataset the server serves, so the tests
//! hold when the data is updated; the few literals (11 Welsh inspections)
//! are checked against those counts too.

use std::collections::{BTreeMap, BTreeSet};

use e2e::served::{arr, dataset, s};
use e2e::{Browser, Key};
use serde_json::{json, Value};

/// The frames on the overview, by id.
const YEARS: &str = "chart-years";
const REGIONS: &str = "chart-regions";
const STANDARDS: &str = "chart-standards";
const REINSPECTIONS: &str = "chart-reinspections";
const FINDING_THEMES: &str = "chart-finding-themes";
const RECOMMENDATION_THEMES: &str = "chart-recommendation-themes";
const UNDATED: &str = "Undated";

// ---------------------------------------------------------------------------
// The dataset, read plainly
// ---------------------------------------------------------------------------

fn in_region(i: &Value, region: &str) -> bool {
    arr(&i["regions"]).iter().any(|r| r == region)
}

fn region_inspections<'a>(d: &'a Value, region: &str) -> Vec<&'a Value> {
    arr(&d["inspections"]).iter().filter(|i| in_region(i, region)).collect()
}

/// "2019", or "Undated".
fn year(i: &Value) -> String {
    i["published"].as_str().map(|p| p[..4].to_string()).unwrap_or_else(|| UNDATED.to_string())
}

/// The label of a scale id, or "Not rated".
fn rating_label(d: &Value, id: &Value) -> String {
    arr(&d["scale"]).iter().find(|l| l["id"] == *id).map(|l| s(&l["label"]).to_string()).unwrap_or_else(|| "Not rated".into())
}

fn theme_name<'a>(d: &'a Value, id: &'a str) -> &'a str {
    arr(&d["themes"]).iter().find(|t| t["id"] == id).map(|t| s(&t["name"])).unwrap_or(id)
}

/// How often each theme (by name) is tagged on the items, counting an item
/// once per theme.
fn theme_counts<'a>(d: &Value, items: impl Iterator<Item = &'a Value>) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for it in items {
        let themes: BTreeSet<&str> = arr(&it["themes"]).iter().map(s).collect();
        for t in themes {
            *out.entry(theme_name(d, t).to_string()).or_default() += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------

/// A chart's table: its header, and its rows (first cell: the row's `th`).
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    /// The `href` of each row's heading link, if any.
    links: Vec<Option<String>>,
}

impl Table {
    fn col(&self, name: &str) -> usize {
        self.header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name:?} in {:?}", self.header))
    }
    fn row(&self, label: &str) -> Option<&Vec<String>> {
        self.rows.iter().find(|r| r[0] == label)
    }
    fn num(cell: &str) -> usize {
        cell.split(' ').next().unwrap().parse().unwrap_or_else(|_| panic!("not a count: {cell:?}"))
    }
    fn total(&self, row: &[String]) -> usize {
        Table::num(&row[self.col("Total")])
    }
}

/// The marks of a chart as (aria-label, row, series), read before its table
/// replaces it.
async fn marks(b: &Browser, frame: &str) -> Vec<(String, usize, Option<usize>)> {
    let v = b
        .execute(
            "return Array.from(document.querySelectorAll('#' + arguments[0] + ' svg g.mark')).map(g => \
               [g.getAttribute('aria-label'), +g.dataset.row, g.dataset.series === undefined ? null : +g.dataset.series])",
            vec![json!(frame)],
        )
        .await;
    arr(&v).iter().map(|m| (s(&m[0]).to_string(), m[1].as_u64().unwrap() as usize, m[2].as_u64().map(|x| x as usize))).collect()
}

/// Presses the frame's "Show as table" and reads the table.
async fn show_table(b: &Browser, frame: &str) -> Table {
    let switch = format!("#{frame} button.chart-switch");
    assert_eq!(b.attr(&switch, "aria-pressed").await.as_deref(), Some("false"), "{frame}: the switch starts off");
    b.click(&switch).await;
    b.wait_for(&format!("#{frame} table")).await;
    assert_eq!(b.attr(&switch, "aria-pressed").await.as_deref(), Some("true"), "{frame}: the switch is on");
    let v = b
        .execute(
            "const t = document.querySelector('#' + arguments[0] + ' table'); \
             const txt = e => e.innerText.trim(); \
             return { caption: t.caption ? txt(t.caption) : '', \
               header: Array.from(t.querySelectorAll('thead th')).map(txt), \
               scopes: Array.from(t.querySelectorAll('thead th')).map(e => e.getAttribute('scope')) \
                 .concat(Array.from(t.querySelectorAll('tbody th')).map(e => e.getAttribute('scope'))), \
               rows: Array.from(t.querySelectorAll('tbody tr')).map(tr => Array.from(tr.querySelectorAll('th, td')).map(txt)), \
               links: Array.from(t.querySelectorAll('tbody tr')).map(tr => { const a = tr.querySelector('th a'); return a ? a.getAttribute('href') : null; }) }",
            vec![json!(frame)],
        )
        .await;
    assert!(!s(&v["caption"]).is_empty(), "{frame}: the table has a caption");
    let strings = |x: &Value| arr(x).iter().map(|c| s(c).to_string()).collect::<Vec<_>>();
    let scopes = strings(&v["scopes"]);
    let header = strings(&v["header"]);
    assert!(scopes[..header.len()].iter().all(|x| x == "col") && scopes[header.len()..].iter().all(|x| x == "row"), "{frame}: th scopes {scopes:?}");
    Table {
        header,
        rows: arr(&v["rows"]).iter().map(strings).collect(),
        links: arr(&v["links"]).iter().map(|l| l.as_str().map(str::to_string)).collect(),
    }
}

/// The marks say the same numbers as the table: each names its row and
/// series and carries the cell's count (or rating).
fn assert_marks_match(frame: &str, marks: &[(String, usize, Option<usize>)], table: &Table, first_value_col: usize) {
    assert!(!marks.is_empty(), "{frame} draws no marks");
    for (label, row, series) in marks {
        let cells = &table.rows[*row];
        match series {
            Some(k) => {
                let col = first_value_col + k;
                assert!(label.starts_with(&format!("{} — {}: ", cells[0], table.header[col])), "{frame}: mark {label:?} vs row {:?}, column {:?}", cells[0], table.header[col]);
                let value = cells[col].split(" (").next().unwrap();
                assert!(label.contains(value), "{frame}: mark {label:?} vs cell {:?}", cells[col]);
            }
            None => {
                assert!(label.starts_with(&format!("{}: {} ", cells[0], cells.last().unwrap())), "{frame}: tile {label:?} vs row {cells:?}");
            }
        }
    }
}

async fn figure(b: &Browser, name: &str) -> String {
    b.text(&format!("#headline [data-figure=\"{name}\"] dd")).await
}

async fn open_overview(b: &Browser, route: &str) {
    b.open(route).await;
    b.wait_for_heading("Inspections at a glance").await;
    b.assert_one_h1().await;
    b.wait_for(&format!("#{YEARS} svg g.mark")).await;
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[tokio::test]
async fn the_welsh_overview_counts_only_welsh_inspections_in_every_figure_and_chart() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let wales = region_inspections(&d, "wales");
    assert_eq!(wales.len(), 11, "the bundled data has 11 Welsh inspections");
    open_overview(&b, "#/?region=wales").await;

    // Headline figures.
    assert_eq!(figure(&b, "inspections").await, wales.len().to_string());
    let findings: usize = wales.iter().map(|i| arr(&i["findings"]).len()).sum();
    let recommendations: usize = wales.iter().map(|i| arr(&i["recommendations"]).len()).sum();
    assert_eq!(figure(&b, "findings").await, findings.to_string());
    assert_eq!(figure(&b, "recommendations").await, recommendations.to_string());
    let scale: Vec<&Value> = arr(&d["scale"]).iter().collect();
    let low: Vec<&Value> = scale.iter().rev().take(2).map(|l| &l["id"]).collect();
    let rated: Vec<&&Value> = wales.iter().filter(|i| !i["overall"].is_null()).collect();
    let low_count = rated.iter().filter(|i| low.contains(&&i["overall"])).count();
    let share = figure(&b, "low-share").await;
    assert!(share.contains(&format!("({low_count} of {} rated)", rated.len())), "{share}");

    // Every frame has a heading, a labelled SVG and a CSV button.
    let frames: Vec<String> = arr(&b.js("return Array.from(document.querySelectorAll('section.chart-frame')).map(f => f.id)").await)
        .iter()
        .map(|f| s(f).to_string())
        .collect();
    assert_eq!(frames, [YEARS, REGIONS, STANDARDS, REINSPECTIONS, FINDING_THEMES, RECOMMENDATION_THEMES]);
    for f in &frames {
        assert!(!b.text(&format!("#{f} h2")).await.is_empty());
        assert_eq!(b.count(&format!("#{f} button.download-csv")).await, 1, "{f} has a CSV download");
        let labelled = b.attr(&format!("#{f} svg"), "aria-labelledby").await.unwrap_or_default();
        let parts: Vec<&str> = labelled.split(' ').collect();
        assert_eq!(parts.len(), 2, "{f}: the SVG is labelled by its title and desc");
        assert_eq!(b.count(&format!("#{f} svg > title#{}", parts[0])).await, 1);
        assert_eq!(b.count(&format!("#{f} svg > desc#{}", parts[1])).await, 1);
    }
    assert_eq!(b.attr(&format!("#{YEARS} svg"), "role").await.as_deref(), Some("img"));

    // Ratings by year: every Welsh inspection once, in its year or "Undated".
    let m = marks(&b, YEARS).await;
    let t = show_table(&b, YEARS).await;
    assert_marks_match(YEARS, &m, &t, 1);
    let mut by_year: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for i in &wales {
        *by_year.entry(year(i)).or_default().entry(rating_label(&d, &i["overall"])).or_default() += 1;
    }
    let mut total = 0;
    for row in &t.rows {
        let want = by_year.get(&row[0]).cloned().unwrap_or_default();
        for (col, name) in t.header.iter().enumerate().skip(1) {
            if name != "Total" {
                assert_eq!(Table::num(&row[col]), want.get(name).copied().unwrap_or(0), "year {} × {name}", row[0]);
            }
        }
        total += t.total(row);
    }
    assert_eq!(total, wales.len(), "the years chart counts each Welsh inspection once");
    let undated = wales.iter().filter(|i| i["published"].is_null()).count();
    assert_eq!(t.row(UNDATED).map(|r| t.total(r)).unwrap_or(0), undated, "undated inspections are counted apart");
    assert!(b.text(&format!("#{YEARS} .chart-foot")).await.contains(&format!("{undated} inspections have no known publication date")));

    // The tile map: Wales holds them all; another region only a Welsh
    // inspection that also covers it.
    let m = marks(&b, REGIONS).await;
    let t = show_table(&b, REGIONS).await;
    assert_marks_match(REGIONS, &m, &t, 1);
    for r in arr(&d["regions"]) {
        let want = wales.iter().filter(|i| in_region(i, s(&r["id"]))).count();
        let row = t.row(s(&r["name"])).unwrap_or_else(|| panic!("no row for {}", r["name"]));
        assert_eq!(t.total(row), want, "region {}", r["name"]);
    }
    assert_eq!(t.total(t.row("Wales").unwrap()), wales.len());

    // Standards: exactly the Welsh inspections rated standard by standard.
    let m = marks(&b, STANDARDS).await;
    let t = show_table(&b, STANDARDS).await;
    assert_marks_match(STANDARDS, &m, &t, 2);
    let shown: BTreeSet<String> = t.links.iter().map(|l| l.clone().unwrap().trim_start_matches("#/inspections/").to_string()).collect();
    let want: BTreeSet<String> = wales.iter().filter(|i| !arr(&i["ratings"]).is_empty()).map(|i| s(&i["id"]).to_string()).collect();
    assert_eq!(shown, want);
    for (row, link) in t.rows.iter().zip(&t.links) {
        let id = link.as_deref().unwrap().trim_start_matches("#/inspections/");
        let i = wales.iter().find(|i| i["id"] == id).unwrap();
        assert_eq!(row[t.col("Overall")], rating_label(&d, &i["overall"]), "{id}");
        for r in arr(&i["ratings"]) {
            let col = t.header.iter().position(|h| h.ends_with(s(&r["standard"]))).unwrap_or_else(|| panic!("no column for {}", r["standard"]));
            assert_eq!(row[col], rating_label(&d, &r["rating"]), "{id} {}", r["standard"]);
        }
    }

    // Themes of Welsh concerns and recommendations.
    let concerns = wales.iter().flat_map(|i| arr(&i["findings"]).iter()).filter(|f| f["kind"] == "concern");
    let want = theme_counts(&d, concerns);
    let m = marks(&b, FINDING_THEMES).await;
    let t = show_table(&b, FINDING_THEMES).await;
    assert_marks_match(FINDING_THEMES, &m, &t, 1);
    let got: BTreeMap<String, usize> = t.rows.iter().map(|r| (r[0].clone(), t.total(r))).collect();
    assert_eq!(got, want, "concern themes");

    let recs = wales.iter().flat_map(|i| arr(&i["recommendations"]).iter());
    let want = theme_counts(&d, recs);
    let m = marks(&b, RECOMMENDATION_THEMES).await;
    let t = show_table(&b, RECOMMENDATION_THEMES).await;
    assert_marks_match(RECOMMENDATION_THEMES, &m, &t, 1);
    let got: BTreeMap<String, usize> = t.rows.iter().map(|r| (r[0].clone(), t.total(r))).collect();
    assert_eq!(got, want, "recommendation themes");

    b.assert_accessible("the Welsh overview with every chart shown as a table").await;
    b.assert_no_console_errors().await;
}

#[tokio::test]
async fn choosing_a_tile_filters_the_overview_and_back_undoes_it() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let total = arr(&d["inspections"]).len();
    let welsh = region_inspections(&d, "wales").len();
    open_overview(&b, "#/").await;
    assert_eq!(figure(&b, "inspections").await, total.to_string());
    b.click(&format!("#{REGIONS} g.mark[aria-label^=\"Wales:\"]")).await;
    b.wait_for_hash("the region filter in the URL", |h| h == "#/?region=wales").await;
    b.wait_until("the headline to count Welsh inspections", "document.querySelector('#headline [data-figure=inspections] dd').innerText.trim() === arguments[0]", vec![json!(welsh.to_string())]).await;
    assert_eq!(b.attr(&format!("#{REGIONS} g.mark[aria-label^=\"Wales:\"]"), "aria-pressed").await.as_deref(), Some("true"));
    // The filter bar agrees.
    assert_eq!(b.attr("#filters button.facet[data-key=\"region\"][data-value=\"wales\"]", "aria-pressed").await.as_deref(), Some("true"));
    b.back().await;
    b.wait_for_hash("the unfiltered overview", |h| h == "#/" || h.is_empty()).await;
    b.wait_until("the headline to count all inspections", "document.querySelector('#headline [data-figure=inspections] dd').innerText.trim() === arguments[0]", vec![json!(total.to_string())]).await;
}

#[tokio::test]
async fn charts_work_from_the_keyboard() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let welsh = region_inspections(&d, "wales").len();
    open_overview(&b, "#/").await;
    // One Tab stop per chart: Tab reaches the first mark of the years chart...
    b.tab_to(&format!("#{YEARS} g.mark"), 120).await;
    let first = b.execute("return document.activeElement.getAttribute('aria-label')", vec![]).await;
    // ...whose value shows in a tooltip while it has the focus.
    b.wait_until("the tooltip to show the focused mark's value", &format!("(() => {{ const t = document.querySelector('#{YEARS} .chart-tip'); return t && !t.hidden && t.innerText.trim() === arguments[0]; }})()"), vec![first.clone()]).await;
    b.press(Key::Right).await;
    let second = b.execute("return document.activeElement.getAttribute('aria-label')", vec![]).await;
    assert_ne!(first, second, "the right arrow moves to the next mark");
    assert!(s(&second).contains(" — "), "{second}");
    // The next Tab leaves the chart: its marks are one stop.
    b.press(Key::Tab).await;
    let after = b.execute(&format!("return !!document.activeElement.closest('#{YEARS} svg')"), vec![]).await;
    assert_eq!(after, json!(false), "Tab leaves the chart after one stop");
    // The tile map: Tab to it, arrows to Wales, Enter filters.
    b.tab_to(&format!("#{REGIONS} g.mark"), 20).await;
    for _ in 0..20 {
        let label = b.execute("return document.activeElement.getAttribute('aria-label') || ''", vec![]).await;
        if s(&label).starts_with("Wales:") {
            break;
        }
        b.press(Key::Right).await;
    }
    b.press(Key::Enter).await;
    b.wait_for_hash("Enter on the Wales tile to filter by region", |h| h == "#/?region=wales").await;
    b.wait_until("the headline to count Welsh inspections", "document.querySelector('#headline [data-figure=inspections] dd').innerText.trim() === arguments[0]", vec![json!(welsh.to_string())]).await;
    let still = b.execute("return (document.activeElement.getAttribute('aria-label') || '') + ' ' + document.activeElement.getAttribute('aria-pressed')", vec![]).await;
    assert!(s(&still).starts_with("Wales:") && s(&still).ends_with("true"), "the chosen tile keeps the focus: {still}");
}

#[tokio::test]
async fn charts_fit_a_phone() {
    let b = Browser::start_phone().await;
    open_overview(&b, "#/?region=wales").await;
    let v = b
        .js("const w = document.documentElement.clientWidth; \
             return { w, page: document.documentElement.scrollWidth, \
               svgs: Array.from(document.querySelectorAll('.chart-frame svg')).map(s => Math.ceil(s.getBoundingClientRect().right)) }")
        .await;
    let w = v["w"].as_u64().unwrap();
    assert!(v["page"].as_u64().unwrap() <= w, "the page scrolls sideways on a phone: {v}");
    for right in arr(&v["svgs"]) {
        assert!(right.as_u64().unwrap() <= w, "a chart is wider than the phone: {v}");
    }
    // The tile map's names are at least 8px.
    let smallest = b.js("return Math.min(...Array.from(document.querySelectorAll('#chart-regions text')).map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a))").await;
    assert!(smallest.as_f64().unwrap() >= 8.0, "tile text is {smallest}px on a phone");
    b.assert_accessible("the Welsh overview on a phone").await;
}

#[tokio::test]
async fn a_region_profile_links_into_every_list_and_an_unknown_region_is_not_found() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let wales = region_inspections(&d, "wales");
    b.open("#/regions/wales").await;
    b.wait_for_heading("Wales").await;
    b.assert_one_h1().await;
    assert_eq!(b.text("#region-figures [data-figure=\"inspections\"] dd").await, wales.len().to_string());
    let hrefs: Vec<String> = b.attrs("main a", "href").await.into_iter().flatten().collect();
    for list in ["#/inspections?region=wales", "#/findings?region=wales", "#/recommendations?region=wales"] {
        assert!(hrefs.iter().any(|h| h == list), "no link to {list}: {hrefs:?}");
    }
    // Its years chart counts its inspections.
    b.wait_for("#region-years svg g.mark").await;
    let t = show_table(&b, "region-years").await;
    assert_eq!(t.rows.iter().map(|r| t.total(r)).sum::<usize>(), wales.len());
    // The mix compares it with all inspections.
    let t = show_table(&b, "region-mix").await;
    assert_eq!(t.total(t.row("Wales").unwrap()), wales.len());
    assert_eq!(t.total(t.row("All inspections").unwrap()), arr(&d["inspections"]).len());
    b.assert_accessible("a region profile").await;

    b.open("#/regions/atlantis").await;
    b.wait_for_heading("Not found").await;
    assert!(b.count("main a[href=\"#/\"]").await >= 1, "a way back");
}

#[tokio::test]
async fn compare_adds_and_removes_inspections() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let rated: Vec<&Value> = arr(&d["inspections"]).iter().filter(|i| !arr(&i["ratings"]).is_empty()).take(2).collect();
    let (a, c) = (s(&rated[0]["id"]), s(&rated[1]["id"]));
    b.open(&format!("#/compare?ids={a}")).await;
    b.wait_for_heading("Compare inspections").await;
    b.execute(
        "const s = document.querySelector('#compare-add'); s.value = arguments[0]; s.dispatchEvent(new Event('change', {bubbles: true}));",
        vec![json!(c)],
    )
    .await;
    b.click(".compare-tools button[type=submit]").await;
    b.wait_for_hash("the added inspection in the URL", |h| h == format!("#/compare?ids={a},{c}")).await;
    b.wait_until("two columns", "document.querySelectorAll('#compare-table thead th').length === 2", vec![]).await;
    // Standards are rows, matched by name, with each inspection's rating.
    let standards: Vec<String> = b.texts("#compare-table tbody tr[data-row^=\"standard-\"] th").await;
    for r in arr(&rated[1]["ratings"]) {
        assert!(standards.iter().any(|x| x.ends_with(s(&r["standard"]))), "{} missing from {standards:?}", r["standard"]);
    }
    assert_eq!(b.count(".compare-tools button.download-csv").await, 1);
    b.click(&format!("#compare-{a} button.remove")).await;
    b.wait_for_hash("the removed inspection gone from the URL", |h| h == format!("#/compare?ids={c}")).await;
    b.back().await;
    b.wait_for_hash("Back to restore it", |h| h == format!("#/compare?ids={a},{c}")).await;
}
