//! End-to-end tests of the findings and recommendations lists: facets,
//! search, grouping and sorting in the URL, the CSV download of exactly the
//! view, the empty state, a phone's width, and a list 100 times the size.
//!
//! Build the app, then run:
//!
//! ```text
//! trunk build --release --public-url ./
//! CARGO_TARGET_DIR=/work/target-e2e cargo test -p e2e --test lists -- --test-threads=2
//! ```
//!
//! Expectations are worked out from the dataset the server serves, not
//! written in as literals, so the tests hold when the data is updated.

use std::collections::HashSet;
use std::time::Instant;

use e2e::served::{arr, dataset, s};
use e2e::{parse_csv, Browser, Key, Server};
use serde_json::{json, Value};

const ITEMS: &str = "#results li.item";

// ---------------------------------------------------------------------------
// The dataset, read plainly
// ---------------------------------------------------------------------------

fn has(list: &Value, id: &str) -> bool {
    arr(list).iter().any(|x| x == id)
}

/// Every item of a list (`findings` or `recommendations`) with its inspection.
fn items<'a>(d: &'a Value, list: &str) -> Vec<(&'a Value, &'a Value)> {
    arr(&d["inspections"]).iter().flat_map(|x| arr(&x[list]).iter().map(move |it| (x, it))).collect()
}

/// Newest inspection first (undated last, then by title), report order within:
/// the lists' default order. ISO dates of any precision compare as text.
fn newest_first<'a>(mut v: Vec<(&'a Value, &'a Value)>) -> Vec<String> {
    v.sort_by(|(a, _), (b, _)| {
        let (da, db) = (a["published"].as_str(), b["published"].as_str());
        (da.is_none(), std::cmp::Reverse(da), s(&a["title"])).cmp(&(db.is_none(), std::cmp::Reverse(db), s(&b["title"])))
    });
    v.into_iter().map(|(_, it)| s(&it["id"]).to_string()).collect()
}

// ---------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------

/// "N of M …" from `#result-count`.
async fn count(b: &Browser) -> (usize, usize) {
    let text = b.text("#result-count").await;
    let w: Vec<&str> = text.split_whitespace().collect();
    match w.as_slice() {
        [n, "of", m, ..] => match (n.replace(',', "").parse(), m.replace(',', "").parse()) {
            (Ok(n), Ok(m)) => (n, m),
            _ => b.fail(&format!("#result-count should read \"N of M …\": {text:?}")).await,
        },
        _ => b.fail(&format!("#result-count should read \"N of M …\": {text:?}")).await,
    }
}

/// Waits until the count reads `n of m`.
async fn wait_count(b: &Browser, n: usize, m: usize) {
    b.wait_until(
        &format!("#result-count to read \"{n} of {m}\""),
        "(e => e && e.innerText.trim().startsWith(arguments[0]))(document.querySelector('#result-count'))",
        vec![json!(format!("{n} of {m} "))],
    )
    .await;
}

/// The dataset ids of the items listed, in order (only the first listing of
/// an item carries the id).
async fn listed_ids(b: &Browser) -> Vec<String> {
    b.attrs(&format!("{ITEMS}[id]"), "id").await.into_iter().flatten().collect()
}

/// Presses "Show more" until the whole list is there.
async fn show_all(b: &Browser) {
    for _ in 0..50 {
        let n = b.count(ITEMS).await;
        if b.count("button.show-more").await == 0 {
            return;
        }
        b.click("button.show-more").await;
        b.wait_until("more items", "document.querySelectorAll(arguments[0]).length > arguments[1]", vec![json!(ITEMS), json!(n)])
            .await;
    }
    b.fail("\"Show more\" is still offered after 50 presses").await
}

async fn open(b: &Browser, route: &str, heading: &str) {
    b.open(route).await;
    b.wait_for_heading(heading).await;
    b.wait_for("#result-count").await;
}

/// Sets a `<select>` as a person would, firing `change`.
async fn choose(b: &Browser, css: &str, value: &str) {
    b.wait_for(css).await;
    b.execute(
        "const s = document.querySelector(arguments[0]); s.value = arguments[1]; s.dispatchEvent(new Event('change', {bubbles: true}))",
        vec![json!(css), json!(value)],
    )
    .await;
}

/// The query of the hash as decoded pairs, in order.
fn pairs(hash: &str) -> Vec<(String, String)> {
    let Some((_, q)) = hash.split_once('?') else { return vec![] };
    q.split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.replace("%2C", ",").replace("%20", " ").replace('+', " ")))
        .collect()
}

/// Presses the page's real "Download CSV" button and returns what it saved:
/// (file name, MIME type, text decoded as strict UTF-8, byte-order mark kept). The Blob is caught as it is handed to
/// `URL.createObjectURL`, and the download itself is not started.
async fn download_csv(b: &Browser) -> (String, String, String) {
    b.js("window.__csv = []; \
          const create = URL.createObjectURL.bind(URL); \
          URL.createObjectURL = blob => { const u = create(blob); window.__csv.push(blob); return u; }; \
          HTMLAnchorElement.prototype.click = function () { window.__csvName = this.download; };")
        .await;
    b.click("button.download-csv").await;
    b.wait_until("the CSV to be made", "window.__csv.length === 1 && window.__csvName", vec![]).await;
    let v = b
        .execute_async(
            "const done = arguments[arguments.length - 1]; const blob = window.__csv[0]; \
             blob.arrayBuffer().then(buf => done([window.__csvName, blob.type, \
               new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(new Uint8Array(buf))]));",
            vec![],
        )
        .await;
    (s(&v[0]).to_string(), s(&v[1]).to_string(), s(&v[2]).to_string())
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

#[tokio::test]
async fn south_west_workload_recommendations_and_nothing_else() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let all = items(&d, "recommendations");
    let want = newest_first(
        all.iter()
            .copied()
            .filter(|(x, r)| has(&x["regions"], "south-west") && has(&r["themes"], "workload"))
            .collect(),
    );
    assert!(!want.is_empty(), "the dataset has South West workload recommendations");

    open(&b, "#/recommendations?region=south-west&theme=workload", "Recommendations").await;
    b.assert_one_h1().await;
    wait_count(&b, want.len(), all.len()).await;
    show_all(&b).await;
    assert_eq!(listed_ids(&b).await, want, "the listed recommendations, in order");
    assert_eq!(b.count(ITEMS).await, want.len(), "nothing else is listed");
    // The chosen facets say so; the URL stayed as it was opened.
    for (key, value) in [("region", "south-west"), ("theme", "workload")] {
        let css = format!("#filters button.facet[data-key='{key}'][data-value='{value}']");
        assert_eq!(b.attr(&css, "aria-pressed").await.as_deref(), Some("true"), "{css}");
    }
    assert_eq!(b.hash().await, "#/recommendations?region=south-west&theme=workload");
    // Each item: its text, themes, basis said plainly, its inspection, a copy link to its permanent URL.
    let base = b.server.base_url();
    for id in &want {
        let li = format!("{ITEMS}#{id}");
        let (x, r) = all.iter().find(|(_, r)| r["id"] == id.as_str()).unwrap();
        assert_eq!(b.text(&format!("{li} .item-text")).await, s(&r["text"]).trim());
        assert!(b.text(&format!("{li} .tags")).await.contains("Workload"));
        assert!(!b.text(&format!("{li} .basis")).await.is_empty());
        let link = b.attr(&format!("{li} .item-context a"), "href").await;
        assert_eq!(link.as_deref(), Some(format!("#/inspections/{}", s(&x["id"])).as_str()));
        let url = b.attr(&format!("{li} button.copy-link"), "data-url").await;
        assert_eq!(url, Some(format!("{base}#/recommendations/{id}")));
    }
    b.assert_accessible("the South West workload recommendations").await;
    b.assert_no_console_errors().await;
}

#[tokio::test]
async fn a_search_narrows_the_list_and_the_url_and_marks_the_words() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let all = items(&d, "findings");
    let want: Vec<String> = newest_first(
        all.iter()
            .copied()
            .filter(|(x, f)| {
                let hay = format!("{}\n{}\n{}", s(&f["text"]), s(&x["title"]), s(&x["area"])).to_lowercase();
                hay.contains("domestic") && hay.contains("abuse")
            })
            .collect(),
    );
    assert!(!want.is_empty() && want.len() < all.len());

    open(&b, "#/findings", "Findings").await;
    wait_count(&b, all.len(), all.len()).await;
    b.type_text("#filter-q", "Domestic ABUSE").await;
    b.press(Key::Enter).await;
    let hash = b.wait_for_hash("#/findings?q=Domestic ABUSE", |h| pairs(h).contains(&("q".into(), "Domestic ABUSE".into()))).await;
    assert!(hash.starts_with("#/findings?"), "{hash}");
    wait_count(&b, want.len(), all.len()).await;
    show_all(&b).await;
    assert_eq!(listed_ids(&b).await, want);
    // Matches are marked, as text.
    let marks = b.texts(&format!("{ITEMS} mark")).await;
    assert!(!marks.is_empty(), "search words are marked");
    assert!(marks.iter().all(|m| ["domestic", "abuse"].contains(&m.to_lowercase().as_str())), "{marks:?}");
    // Every word is required: a word nothing has empties the list.
    b.type_text("#filter-q", " zzqxv").await;
    b.wait_for("#empty").await;
    wait_count(&b, 0, all.len()).await;
}

#[tokio::test]
async fn the_csv_holds_exactly_the_rows_shown() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let route = "#/findings?theme=domestic-abuse&kind=concern";
    open(&b, route, "Findings").await;
    let (n, _) = count(&b).await;
    assert!(n > 0);
    show_all(&b).await;
    let shown = listed_ids(&b).await;
    assert_eq!(shown.len(), n);

    let (name, mime, text) = download_csv(&b).await;
    assert_eq!(name, "findings-theme-domestic-abuse-kind-concern.csv");
    assert_eq!(b.attr("button.download-csv", "data-file-name").await.as_deref(), Some(name.as_str()));
    assert!(mime.starts_with("text/csv"), "{mime}");
    let rows = parse_csv(&text);
    let header = &rows[0];
    assert_eq!(header[0], "id");
    assert_eq!(header.last().map(String::as_str), Some("url"));
    let ids: Vec<String> = rows[1..].iter().map(|r| r[0].clone()).collect();
    assert_eq!(ids, shown, "the CSV rows are the items shown, in the same order");
    // Each row's text is the dataset's, and its URL is the item's permanent URL.
    let col = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no {name} column"));
    let base = b.server.base_url();
    let all = items(&d, "findings");
    for row in &rows[1..] {
        let (_, f) = all.iter().find(|(_, f)| f["id"] == row[0].as_str()).unwrap();
        assert_eq!(row[col("text")], s(&f["text"]));
        assert_eq!(row[col("url")], format!("{base}#/findings/{}", row[0]));
        assert!(row[col("themes")].contains("Domestic abuse"));
        assert_eq!(row[col("kind")], "Concern");
    }
}

#[tokio::test]
async fn the_csv_of_a_long_list_holds_every_row_not_only_the_first_page() {
    let b = Browser::start().await;
    open(&b, "#/findings?sort=oldest", "Findings").await;
    let (n, m) = count(&b).await;
    assert_eq!(n, m);
    let page = b.count(ITEMS).await;
    assert!(page < n, "the list shows a page at a time ({page} of {n})");
    let shown = listed_ids(&b).await;
    let (name, _, text) = download_csv(&b).await;
    assert_eq!(name, "findings-sort-oldest.csv");
    let rows = parse_csv(&text);
    assert_eq!(rows.len() - 1, n, "every matching finding is in the CSV");
    let ids: Vec<&String> = rows[1..].iter().map(|r| &r[0]).collect();
    assert_eq!(ids[..shown.len()], shown.iter().collect::<Vec<_>>()[..], "in the order shown");
    // Oldest first.
    let published = rows[0].iter().position(|h| h == "published").unwrap();
    let years: Vec<&str> = rows[1..].iter().map(|r| r[published].as_str()).filter(|p| !p.is_empty()).map(|p| &p[..4]).collect();
    assert!(years.windows(2).all(|w| w[0] <= w[1]), "oldest first");
}

#[tokio::test]
async fn grouping_and_sorting_live_in_the_url_after_the_filter() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let want: usize = items(&d, "recommendations").iter().filter(|(_, r)| has(&r["themes"], "workload")).count();
    open(&b, "#/recommendations?theme=workload", "Recommendations").await;
    let (n, _) = count(&b).await;
    assert_eq!(n, want);

    choose(&b, "#view-group", "region").await;
    b.wait_for_hash("group=region", |h| h == "#/recommendations?theme=workload&group=region").await;
    choose(&b, "#view-sort", "oldest").await;
    b.wait_for_hash("sort=oldest", |h| h == "#/recommendations?theme=workload&group=region&sort=oldest").await;
    b.wait_for("#results .group-heading").await;
    // A filter chosen now goes before the page keys, which stay.
    let region = b.attr("#filters button.facet[data-key='region']:not([disabled])", "data-value").await.unwrap();
    b.click(&format!("#filters button.facet[data-key='region'][data-value='{region}']")).await;
    let hash = b
        .wait_for_hash("region, theme, group, sort", |h| {
            pairs(h).iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>() == ["region", "theme", "group", "sort"]
        })
        .await;
    assert_eq!(hash, format!("#/recommendations?region={region}&theme=workload&group=region&sort=oldest"));
    // Group headings carry counts; the group of the chosen region holds every item.
    b.wait_for(&format!("#results section.group[data-group='{region}']")).await;
    let heading = b.text(&format!("#results section.group[data-group='{region}'] .group-count")).await;
    let (n, _) = count(&b).await;
    assert!(heading.starts_with(&n.to_string()), "{heading:?} for {n} items");
    // Back undoes one choice at a time.
    b.back().await;
    b.wait_for_hash("back to the grouped, sorted view", |h| h == "#/recommendations?theme=workload&group=region&sort=oldest").await;
    b.wait_for_absent("#filters button.facet[aria-pressed='true'][data-key='region']").await;
    // A fresh load of a grouped view restores the selects, and the page ids stay unique.
    open(&b, "#/recommendations?group=theme&sort=inspection", "Recommendations").await;
    assert_eq!(b.js("return document.querySelector('#view-group').value").await, json!("theme"));
    assert_eq!(b.js("return document.querySelector('#view-sort').value").await, json!("inspection"));
    show_all(&b).await;
    let ids: Vec<String> = b.attrs("[id]", "id").await.into_iter().flatten().collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "every id on the page is unique");
    // Every recommendation is listed with its id exactly once.
    let total = items(&d, "recommendations").len();
    assert_eq!(listed_ids(&b).await.len(), total);
    b.assert_accessible("recommendations grouped by theme").await;
}

#[tokio::test]
async fn the_basis_filter_has_counts_and_lives_in_the_url() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let all = items(&d, "recommendations");
    open(&b, "#/recommendations", "Recommendations").await;
    for basis in ["recommendation", "statement", "unverified"] {
        let want = all.iter().filter(|(_, r)| r["basis"] == basis).count();
        let css = format!("#filters button.facet[data-key='basis'][data-value='{basis}'] .facet-count");
        assert_eq!(b.text(&css).await, want.to_string(), "count beside basis {basis}");
    }
    let want = newest_first(all.iter().copied().filter(|(_, r)| r["basis"] == "statement").collect());
    b.click("#filters button.facet[data-key='basis'][data-value='statement']").await;
    b.wait_for_hash("basis=statement", |h| h == "#/recommendations?basis=statement").await;
    wait_count(&b, want.len(), all.len()).await;
    show_all(&b).await;
    assert_eq!(listed_ids(&b).await, want);
    assert_eq!(b.count(&format!("{ITEMS} .basis-statement")).await, want.len());
    // Unknown values are dropped and named; a key that does not apply is named too.
    open(&b, "#/findings?basis=statement&kind=bogus", "Findings").await;
    b.wait_for_text("#ignored-values", "kind \"bogus\"").await;
    b.wait_for_text("#not-applying", "basis \"statement\"").await;
    let (n, m) = count(&b).await;
    assert_eq!(n, m, "the findings list is not narrowed by a basis");
}

#[tokio::test]
async fn an_empty_result_offers_to_clear_the_filters() {
    let b = Browser::start().await;
    let total = items(&dataset(&b), "findings").len();
    open(&b, "#/findings?q=zzqxv&group=theme", "Findings").await;
    b.wait_for("#empty").await;
    wait_count(&b, 0, total).await;
    assert!(b.text("#empty").await.contains("No findings match"));
    b.click("#empty button.clear-filters").await;
    b.wait_for_hash("no filter, grouping kept", |h| h == "#/findings?group=theme").await;
    wait_count(&b, total, total).await;
}

#[tokio::test]
async fn the_list_fits_a_phone_and_works_by_keyboard() {
    let b = Browser::start_phone().await;
    open(&b, "#/recommendations?region=south-west&theme=workload", "Recommendations").await;
    b.wait_for(ITEMS).await;
    let overflow = b.js("return document.documentElement.scrollWidth - window.innerWidth").await;
    assert!(overflow.as_i64().unwrap_or(1) <= 0, "the page scrolls sideways by {overflow} px at 320 px");
    // Where the filters sit above the results, a button skips them.
    b.click(".jump-results button").await;
    b.wait_until("the focus on the result count", "document.activeElement && document.activeElement.id === 'result-count'", vec![])
        .await;
    // The group select and the download button are reached with the keyboard.
    b.tab_to("#view-group", 200).await;
    b.tab_to("button.download-csv", 10).await;
    assert_eq!(b.focused().await.contains("download-csv"), true);
    b.assert_accessible("the recommendations list at 320 px").await;
}

/// The bundled data 100 times over (every id suffixed), as the server's data.
fn hundredfold(d: &Value) -> Value {
    let mut out = d.clone();
    let mut all = Vec::new();
    for k in 1..=100 {
        for x in arr(&d["inspections"]) {
            let mut x = x.clone();
            if k > 1 {
                let suffix = format!("-copy{k}");
                let id = format!("{}{suffix}", s(&x["id"]));
                x["id"] = json!(id);
                for list in ["findings", "recommendations"] {
                    if let Some(items) = x[list].as_array_mut() {
                        for it in items {
                            let id = format!("{}{suffix}", s(&it["id"]));
                            it["id"] = json!(id);
                        }
                    }
                }
            }
            all.push(x);
        }
    }
    out["inspections"] = Value::Array(all);
    out
}

#[tokio::test]
async fn a_list_one_hundred_times_the_size_renders_only_a_page_and_filters_fast() {
    let server = Server::start();
    let d: Value = serde_json::from_str(&server.read_dist_data()).unwrap();
    let big = hundredfold(&d);
    let findings = items(&big, "findings").len();
    server.serve_data(serde_json::to_vec(&big).unwrap());
    let b = Browser::start_on(server).await;
    b.open("#/findings").await;
    b.wait_for_heading("Findings").await;
    wait_count(&b, findings, findings).await;
    let page = b.count(ITEMS).await;
    assert!(page <= 50, "only the first page is rendered ({page})");
    // A facet choice: from the click to the new list on screen.
    let t = Instant::now();
    b.click("#filters button.facet[data-key='kind'][data-value='concern']").await;
    b.wait_for_hash("kind=concern", |h| h == "#/findings?kind=concern").await;
    b.wait_until(
        "the concerns count",
        "(e => e && !e.innerText.trim().startsWith(arguments[0]))(document.querySelector('#result-count'))",
        vec![json!(format!("{findings} of"))],
    )
    .await;
    let took = t.elapsed();
    eprintln!("100x findings: a facet click to the new list took {took:?} (WebDriver round trips included)");
    assert!(took.as_secs_f64() < 3.0, "choosing a facet at 100x took {took:?}");
    let rendered = b.js("return document.querySelectorAll('li.item').length").await;
    assert!(rendered.as_u64().unwrap_or(0) <= 50, "still one page: {rendered}");
}
