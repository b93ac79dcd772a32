//! End-to-end tests of the inspected units' views: an inspection's history
//! (Sheffield PDU links to its other inspection and to its unit page, and
//! names the change in words), the unit page, an unknown unit, the
//! `reinspected` and `response` keys, the re-inspection chart, grouping by
//! unit, and the compare view's dates.
//!
//! Build the app, then run:
//!
//! ```text
//! trunk build --release --public-url ./
//! CARGO_TARGET_DIR=/work/target-e2e cargo test -p e2e --test units -- --test-threads=2
//! ```
//!
//! Expectations are counted from the dataset the server serves (a unit's
//! order and changes are worked out here again from the JSON); the few
//! literals (Sheffield's two inspections) are checked against it too.

use std::collections::BTreeMap;

use e2e::served::{arr, dataset, s};
use e2e::{Browser, Server};
use serde_json::{json, Value};

const SHEFFIELD: &str = "sheffield-pdu";
const SHEFFIELD_2023: &str = "probation-sheffield-2023";
const SHEFFIELD_2024: &str = "probation-sheffield-2024";

/// A partial date as (year, month, day), 0 for what is not given.
fn parts(text: &str) -> (i64, i64, i64) {
    let mut p = text.split('-').map(|x| x.parse::<i64>().unwrap_or(0));
    (p.next().unwrap_or(0), p.next().unwrap_or(0), p.next().unwrap_or(0))
}

/// Is date `a` certainly before date `b`, as far as both go?
fn before(a: &str, b: &str) -> bool {
    let (x, y) = (parts(a), parts(b));
    if x.0 != y.0 {
        return x.0 < y.0;
    }
    if x.1 == 0 || y.1 == 0 {
        return false;
    }
    if x.1 != y.1 {
        return x.1 < y.1;
    }
    x.2 != 0 && y.2 != 0 && x.2 < y.2
}

/// Each unit's inspections in the order the page shows them: dated ones by
/// date, then undated ones, each by id.
fn units(d: &Value) -> BTreeMap<String, Vec<&Value>> {
    let mut out: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for i in arr(&d["inspections"]) {
        if let Some(u) = i["unit"].as_str() {
            out.entry(u.to_string()).or_default().push(i);
        }
    }
    for list in out.values_mut() {
        list.sort_by_key(|i| {
            let p = i["published"].as_str();
            (p.is_none(), p.map(parts), s(&i["id"]).to_string())
        });
    }
    out
}

/// The ids of re-inspections: inspections shown after another of their unit.
fn reinspections(d: &Value) -> Vec<String> {
    let mut ids: Vec<String> = units(d).values().flat_map(|l| l.iter().skip(1).map(|i| s(&i["id"]).to_string())).collect();
    ids.sort();
    ids
}

async fn open(b: &Browser, route: &str, heading: &str) {
    b.open(route).await;
    b.wait_for_heading(heading).await;
    b.assert_one_h1().await;
}

/// The data-inspection ids of the unit history's entries.
async fn history(b: &Browser) -> Vec<String> {
    b.attrs("#unit-history .history-list li", "data-inspection").await.into_iter().flatten().collect()
}

#[tokio::test]
async fn sheffield_links_to_its_other_inspection_and_its_unit_and_says_what_changed() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let sheffield = &units(&d)[SHEFFIELD];
    let ids: Vec<&str> = sheffield.iter().map(|i| s(&i["id"])).collect();
    assert_eq!(ids, [SHEFFIELD_2023, SHEFFIELD_2024], "the file's Sheffield PDU");
    assert!(sheffield.iter().all(|i| i["overall"] == "inadequate"), "inadequate twice");

    for (this, other) in [(SHEFFIELD_2024, SHEFFIELD_2023), (SHEFFIELD_2023, SHEFFIELD_2024)] {
        open(&b, &format!("#/inspections/{this}"), "An inspection of probation services in Sheffield PDU").await;
        b.wait_for("#unit-history").await;
        assert_eq!(b.text("#history-heading").await, "Inspections of Sheffield PDU");
        assert_eq!(history(&b).await, [SHEFFIELD_2023, SHEFFIELD_2024]);
        let hrefs: Vec<String> = b.attrs("#unit-history a", "href").await.into_iter().flatten().collect();
        assert!(hrefs.contains(&format!("#/inspections/{other}")), "{this} links to {other}: {hrefs:?}");
        assert!(hrefs.contains(&format!("#/units/{SHEFFIELD}")), "{this} links to its unit: {hrefs:?}");
        assert_eq!(b.attr(&format!("#unit-history li[data-inspection=\"{this}\"]"), "aria-current").await.as_deref(), Some("true"));
        // The later one says, in words, that nothing changed.
        assert_eq!(
            b.text(&format!("#unit-history li[data-inspection=\"{SHEFFIELD_2024}\"] .change")).await,
            "No change"
        );
    }
    // "Compare with the previous inspection" opens both, dated apart.
    open(&b, &format!("#/inspections/{SHEFFIELD_2024}"), "An inspection of probation services in Sheffield PDU").await;
    b.wait_for("#compare-unit").await;
    assert_eq!(b.text("#compare-unit").await, "Compare with the previous inspection");
    b.click("#compare-unit").await;
    b.wait_for_hash("the compare view of both", |h| h == format!("#/compare?ids={SHEFFIELD_2023},{SHEFFIELD_2024}")).await;
    b.wait_for("#compare-table").await;
    assert_eq!(b.texts("#compare-table thead .compare-date").await, ["30 March 2023", "24 October 2024"]);
    let heads = b.texts("#compare-table thead th").await;
    assert!(heads[0].contains("Sheffield PDU") && heads[0].contains("30 March 2023"), "{heads:?}");
    b.assert_accessible("an inspection's unit history").await;
}

#[tokio::test]
async fn every_inspection_with_a_unit_shows_its_history() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let all = units(&d);
    // Every re-inspected unit's last inspection, and one unit of one.
    let single = all.iter().find(|(_, l)| l.len() == 1).map(|(u, l)| (u.clone(), vec![l[0]])).unwrap();
    let many: Vec<(String, Vec<&Value>)> = all.iter().filter(|(_, l)| l.len() > 1).map(|(u, l)| (u.clone(), l.clone())).collect();
    assert!(many.len() >= 20, "the file has re-inspected units: {}", many.len());
    for (unit, list) in many.iter().take(6).chain(std::iter::once(&single)) {
        let last = list.last().unwrap();
        b.open(&format!("#/inspections/{}", s(&last["id"]))).await;
        b.wait_for("#unit-history").await;
        let want: Vec<String> = list.iter().map(|i| s(&i["id"]).to_string()).collect();
        if list.len() > 1 {
            assert_eq!(history(&b).await, want, "{unit}");
            // Each but the first names its change in words.
            let changes = b.texts("#unit-history .history-list .change").await;
            assert_eq!(changes.len(), list.len() - 1, "{unit}: {changes:?}");
            for c in &changes {
                assert!(
                    ["Improved", "No change", "Declined", "Not comparable: not rated", "Not comparable: date not known"].contains(&c.as_str()),
                    "{unit}: {c:?}"
                );
            }
        } else {
            assert!(b.text("#unit-history p").await.starts_with("This is the only inspection of it in this data."));
        }
        let hrefs: Vec<String> = b.attrs("#unit-history a", "href").await.into_iter().flatten().collect();
        assert!(hrefs.contains(&format!("#/units/{unit}")), "{unit}: {hrefs:?}");
    }
}

#[tokio::test]
async fn the_unit_page_shows_its_inspections_chart_concerns_and_recommendations() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let list = &units(&d)[SHEFFIELD];
    open(&b, &format!("#/units/{SHEFFIELD}"), "Sheffield PDU").await;
    assert_eq!(b.text(".lede").await, "Inspected 2 times in this data, from 30 March 2023 to 24 October 2024.");
    assert_eq!(history(&b).await, [SHEFFIELD_2023, SHEFFIELD_2024]);
    assert_eq!(b.attr("#compare-unit", "href").await, Some(format!("#/compare?ids={SHEFFIELD_2023},{SHEFFIELD_2024}")));
    // Its chart, and its table twin: one row per inspection, oldest first.
    b.wait_for("#unit-ratings svg g.mark").await;
    b.click("#unit-ratings button.chart-switch").await;
    b.wait_for("#unit-ratings table").await;
    let rows: Vec<String> = b.texts("#unit-ratings table tbody tr th").await;
    assert_eq!(rows, ["30 March 2023", "24 October 2024"]);
    let second = b.texts("#unit-ratings table tbody tr:nth-child(2) td").await;
    assert_eq!(second[..2], ["No change", "Inadequate"]);
    assert_eq!(b.count("#unit-ratings button.download-csv").await, 1);
    // All its recommendations, each with its inspection's date.
    let want: Vec<String> = list.iter().flat_map(|i| arr(&i["recommendations"]).iter().map(|r| s(&r["id"]).to_string())).collect();
    assert!(!want.is_empty());
    let shown: Vec<String> = b.attrs("#unit-recommendations-list li.recommendation", "id").await.into_iter().flatten().collect();
    assert_eq!(shown, want);
    for date in b.texts("#unit-recommendations-list .item-date").await {
        assert!(["30 March 2023", "24 October 2024"].contains(&date.as_str()), "{date}");
    }
    // Recurring concerns are themes of concerns in both inspections.
    let themes = |i: &Value| -> Vec<String> {
        arr(&i["findings"]).iter().filter(|f| f["kind"] == "concern").flat_map(|f| arr(&f["themes"]).iter().map(|t| s(t).to_string())).collect()
    };
    let (a, c) = (themes(list[0]), themes(list[1]));
    let mut recurring: Vec<String> = a.iter().filter(|t| c.contains(t)).cloned().collect();
    recurring.sort();
    recurring.dedup();
    let mut shown: Vec<String> = b.attrs("#recurring-concerns > li", "data-theme").await.into_iter().flatten().collect();
    shown.sort();
    assert_eq!(shown, recurring);
    b.assert_accessible("a unit's page").await;
}

#[tokio::test]
async fn an_unknown_unit_is_not_found_with_a_way_back() {
    let b = Browser::start().await;
    open(&b, "#/units/atlantis-pdu", "Not found").await;
    assert!(b.text("main").await.contains("There is no inspected unit \"atlantis-pdu\" in this dataset."));
    assert!(b.count("main a[href=\"#/\"]").await >= 1, "a way back");
}

#[tokio::test]
async fn reinspected_yes_lists_the_reinspections_and_unknown_values_are_named() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let want = reinspections(&d);
    let total = arr(&d["inspections"]).len();
    open(&b, "#/inspections?reinspected=yes", "Inspections").await;
    b.wait_for("#result-count").await;
    assert_eq!(b.text("#result-count").await, format!("{} of {total} inspections", want.len()));
    let mut shown: Vec<String> = b.attrs("#results > li.result", "id").await.into_iter().flatten().collect();
    shown.sort();
    assert_eq!(shown, want);
    assert_eq!(b.attr(r#"button.facet[data-key="reinspected"]"#, "aria-pressed").await.as_deref(), Some("true"));
    // Choosing it again shows everything, and the address says so.
    b.click(r#"button.facet[data-key="reinspected"]"#).await;
    b.wait_for_hash("the key gone", |h| h == "#/inspections").await;

    open(&b, "#/inspections?reinspected=no&response=maybe&region=wales", "Inspections").await;
    b.wait_for("#ignored-values").await;
    let notice = b.text("#ignored-values").await;
    assert!(notice.contains("reinspected \"no\"") && notice.contains("response \"maybe\""), "{notice}");
    // A known response means nothing for inspections: left out, and said.
    open(&b, "#/inspections?response=accepted", "Inspections").await;
    b.wait_for("#not-applying").await;
    assert!(b.text("#not-applying").await.contains("response \"accepted\""));
    assert_eq!(b.text("#result-count").await, format!("{total} of {total} inspections"));
    // The bundled data has no responses, so the recommendations offer none.
    open(&b, "#/recommendations", "Recommendations").await;
    b.wait_for("#result-count").await;
    assert_eq!(b.count(r#"fieldset[data-key="response"]"#).await, 0);
    assert_eq!(b.count(r#"fieldset[data-key="reinspected"]"#).await, 1);
}

#[tokio::test]
async fn the_reinspection_chart_counts_what_the_file_says() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let scale: Vec<&str> = arr(&d["scale"]).iter().map(|l| s(&l["id"])).collect();
    let year = |i: &Value| i["published"].as_str().map(|p| p[..4].to_string()).unwrap_or_else(|| "Undated".into());
    // Each re-inspection's outcome, by the later inspection's year; and the Welsh ones.
    let mut want: BTreeMap<(String, &str), usize> = BTreeMap::new();
    let mut welsh = 0;
    for list in units(&d).values() {
        for pair in list.windows(2) {
            let (a, c) = (pair[0], pair[1]);
            welsh += usize::from(arr(&c["regions"]).iter().any(|r| r == "wales"));
            let start = c["fieldwork"].as_str().map(|f| f.split('/').next().unwrap());
            let known = a["published"].as_str().is_some_and(|pa| {
                c["published"].as_str().is_some_and(|pc| before(pa, pc)) || start.is_some_and(|f| before(pa, f))
            });
            let place = |i: &Value| i["overall"].as_str().and_then(|o| scale.iter().position(|x| *x == o));
            let outcome = match (known, place(a), place(c)) {
                (true, Some(x), Some(y)) if y < x => "Improved",
                (true, Some(x), Some(y)) if y == x => "No change",
                (true, Some(_), Some(_)) => "Declined",
                _ => "Not comparable",
            };
            *want.entry((year(c), outcome)).or_default() += 1;
        }
    }
    b.open("#/").await;
    b.wait_for_heading("Inspections at a glance").await;
    b.wait_for("#chart-reinspections svg g.mark").await;
    b.click("#chart-reinspections button.chart-switch").await;
    b.wait_for("#chart-reinspections table").await;
    let header = b.texts("#chart-reinspections table thead th").await;
    assert_eq!(header, ["Year published", "Improved", "No change", "Declined", "Not comparable", "Total"]);
    let rows: Vec<Vec<String>> = {
        let v = b
            .js("return Array.from(document.querySelectorAll('#chart-reinspections table tbody tr')).map(tr => Array.from(tr.querySelectorAll('th, td')).map(c => c.innerText.trim()))")
            .await;
        arr(&v).iter().map(|r| arr(r).iter().map(|c| s(c).to_string()).collect()).collect()
    };
    let mut shown: BTreeMap<(String, &str), usize> = BTreeMap::new();
    for r in &rows {
        for (k, outcome) in ["Improved", "No change", "Declined", "Not comparable"].into_iter().enumerate() {
            let n: usize = r[k + 1].parse().unwrap();
            if n > 0 {
                shown.insert((r[0].clone(), outcome), n);
            }
        }
        let total: usize = r[5].parse().unwrap();
        assert_eq!(total, (1..5).map(|k| r[k].parse::<usize>().unwrap()).sum::<usize>(), "{r:?}");
    }
    assert_eq!(shown, want);
    // A year's row lists its re-inspections.
    let link = b.attr("#chart-reinspections table tbody tr th a", "href").await.unwrap();
    assert!(link.starts_with("#/inspections?reinspected=yes&since="), "{link}");

    // Filtered like every chart: on the Welsh region page, the Welsh ones.
    b.open("#/regions/wales").await;
    b.wait_for_heading("Wales").await;
    b.wait_for("#region-reinspections").await;
    b.click("#region-reinspections button.chart-switch").await;
    b.wait_for("#region-reinspections table").await;
    let totals: usize = b
        .texts("#region-reinspections table tbody tr td:last-child")
        .await
        .iter()
        .map(|t| t.parse::<usize>().unwrap())
        .sum();
    assert_eq!(totals, welsh);
    assert!(welsh > 0, "Wales has re-inspections (Swansea Neath Port Talbot, Gwent)");
}

#[tokio::test]
async fn recommendations_group_by_unit() {
    let b = Browser::start().await;
    open(&b, "#/recommendations?reinspected=yes&group=unit", "Recommendations").await;
    b.wait_for(".group-heading").await;
    let hrefs: Vec<String> = b.attrs(".group-heading a", "href").await.into_iter().flatten().collect();
    assert!(!hrefs.is_empty() && hrefs.iter().all(|h| h.starts_with("#/units/")), "{hrefs:?}");
    assert_eq!(b.attr("#view-group option[value=\"unit\"]", "value").await.as_deref(), Some("unit"));
}

#[tokio::test]
async fn a_file_with_responses_offers_the_response_facet() {
    let server = Server::start();
    let text = std::fs::read_to_string(e2e::repo_root().join("tests/fixtures/units.json")).unwrap();
    let d: Value = serde_json::from_str(&text).unwrap();
    server.serve_data(text.into_bytes());
    let b = Browser::start_on(server).await;
    let recs: Vec<&Value> = arr(&d["inspections"]).iter().flat_map(|i| arr(&i["recommendations"])).collect();
    let accepted = recs.iter().filter(|r| r["response"] == "accepted").count();
    assert!(accepted > 0);
    open(&b, "#/recommendations", "Recommendations").await;
    b.wait_for(r#"button.facet[data-key="response"][data-value="accepted"]"#).await;
    assert_eq!(
        b.text(r#"button.facet[data-key="response"][data-value="accepted"] .facet-count"#).await,
        accepted.to_string()
    );
    b.click(r#"button.facet[data-key="response"][data-value="accepted"]"#).await;
    b.wait_for_hash("response=accepted in the URL", |h| h == "#/recommendations?response=accepted").await;
    b.wait_until(
        "the accepted ones only",
        "document.querySelectorAll('#results li.recommendation').length === arguments[0]",
        vec![json!(accepted)],
    )
    .await;
    for dd in b.texts("#results li.recommendation .item-details dd").await {
        assert!(!dd.is_empty());
    }
    let responses: Vec<String> = b
        .texts("#results li.recommendation .item-details div")
        .await
        .into_iter()
        .filter(|t| t.starts_with("HMPPS response"))
        .collect();
    assert_eq!(responses.len(), accepted, "{responses:?}");
    assert!(responses.iter().all(|t| t.ends_with("Accepted")), "{responses:?}");
    // The unit page of that file.
    open(&b, "#/units/hill-school", "Hill School").await;
    assert_eq!(b.texts("#unit-history .change").await, ["Improved", "Declined", "Improved"]);
}
