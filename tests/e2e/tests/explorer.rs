//! End-to-end tests of the built explorer in headless Chromium.
//!
//! Build the app, then run (two sessions at a time suits a 2-core machine):
//!
//! ```text
//! trunk build --release --public-url ./
//! CARGO_TARGET_DIR=/work/target-e2e cargo test -p e2e -- --test-threads=2
//! ```
//!
//! (`scripts/test` does both. Add `--no-fail-fast` before `--` to run the
//! harness self-checks in tests/harness.rs even when a test here fails;
//! `E2E_DIST=/path/to/dist` tests another build.)
//!
//! The built `dist/` is served under `/explorer/` (see `e2e::Server`); every
//! test has its own server and its own fresh browser profile. Assertions lean
//! on relations (the count shown equals the items listed, the DOM ids equal the
//! dataset's ids) rather than on magic numbers, and check that a list is not
//! empty before checking that all of it matches. A failure names the page's
//! URL and text and saves a screenshot (path in the message).

use e2e::served::dataset;
use e2e::{Browser, Key, Server};
use serde_json::Value;

/// An inspection the bundled dataset is known to hold.
const ID: &str = "nps-south-west-2021";
const TITLE: &str = "South West division, National Probation Service";
const FINDING: &str = "nps-south-west-2021-f3";

const WALES_FACET: &str = r#"#filters button.facet[data-key="region"][data-value="wales"]"#;
const RESULTS: &str = "#results > li.result";
const NOT_FOUND_LINK_BACK: &str = r##"main#main a[href="#/"], main#main a[href="#/inspections"]"##;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn inspections(d: &Value) -> &Vec<Value> {
    d["inspections"]
        .as_array()
        .expect("the dataset has no `inspections` array")
}

fn inspection<'a>(d: &'a Value, id: &str) -> &'a Value {
    inspections(d)
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("the dataset has no inspection {id:?}"))
}

fn ids(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The values of `key` in the hash's query (comma-separated values split,
/// `%2C`, `%20` and `+` decoded).
fn param(hash: &str, key: &str) -> Vec<String> {
    let Some((_, query)) = hash.split_once('?') else {
        return vec![];
    };
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .filter(|(k, _)| *k == key)
        .flat_map(|(_, v)| {
            v.replace("%2C", ",")
                .replace("%2c", ",")
                .replace("%20", " ")
                .replace('+', " ")
                .split(',')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Parses `#result-count`, "N of M inspections".
async fn result_count(b: &Browser) -> (usize, usize) {
    let text = b.text("#result-count").await;
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [n, "of", m, rest @ ..] if rest.first().is_some_and(|w| w.starts_with("inspection")) => {
            match (n.replace(',', "").parse(), m.replace(',', "").parse()) {
                (Ok(n), Ok(m)) => (n, m),
                _ => {
                    b.fail(&format!(
                        "#result-count should read \"N of M inspections\"; it reads {text:?}"
                    ))
                    .await
                }
            }
        }
        _ => {
            b.fail(&format!(
                "#result-count should read \"N of M inspections\"; it reads {text:?}"
            ))
            .await
        }
    }
}

/// Waits until `#result-count` reads "N of M" with N and M related by `relation` (a JS expression over n and m).
async fn wait_count(b: &Browser, what: &str, relation: &str) {
    let expr = format!(
        "(() => {{ const e = document.querySelector('#result-count'); if (!e) return false; \
           const r = /^\\s*([\\d,]+)\\s+of\\s+([\\d,]+)/.exec(e.innerText); if (!r) return false; \
           const n = +r[1].replace(/,/g, ''), m = +r[2].replace(/,/g, ''); return {relation}; }})()"
    );
    b.wait_until(&format!("the result count to show {what}"), &expr, vec![])
        .await;
}

/// The app renders a long list a page at a time, with a "Show N more"
/// button (`button.show-more`) after it; this presses it until the whole
/// list is there and returns how many results are listed.
async fn expand_results(b: &Browser) -> usize {
    for _ in 0..20 {
        let listed = b.count(RESULTS).await;
        if b.count("button.show-more").await == 0 {
            return listed;
        }
        b.click("button.show-more").await;
        b.wait_until(
            "\"Show more\" to list more results",
            "document.querySelectorAll(arguments[0]).length > arguments[1]",
            vec![serde_json::json!(RESULTS), serde_json::json!(listed)],
        )
        .await;
    }
    b.fail("pressed \"Show more\" 20 times and it is still there")
        .await
}

/// Checks that the count shown equals the results listed (all of them, once
/// "Show more" has been pressed as often as it is offered).
async fn assert_count_matches_list(b: &Browser) -> (usize, usize) {
    b.wait_for("#result-count").await;
    let (n, m) = result_count(b).await;
    let listed = expand_results(b).await;
    if listed != n {
        b.fail(&format!(
            "#result-count says {n} of {m} but #results lists {listed} li.result"
        ))
        .await;
    }
    (n, m)
}

/// Opens the inspections list at `route`; returns the count shown, after
/// checking it against the items listed.
async fn open_list(b: &Browser, route: &str) -> (usize, usize) {
    b.open(route).await;
    b.wait_for_heading("Inspections").await;
    b.assert_one_h1().await;
    assert_count_matches_list(b).await
}

/// The region labels of each listed result, one string per result.
async fn result_regions(b: &Browser) -> Vec<String> {
    let v = b
        .js("return Array.from(document.querySelectorAll('#results > li.result')).map(li => \
             Array.from(li.querySelectorAll('.result-region')).map(s => s.innerText.trim()).join(' | '))")
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap_or("").to_string())
        .collect()
}

/// Checks the unfiltered list: all M shown, M is the dataset's size, Wales not pressed.
async fn assert_unfiltered(b: &Browser, total: usize) {
    wait_count(b, "all inspections", "n === m && m > 0").await;
    let (n, m) = assert_count_matches_list(b).await;
    assert_eq!(
        (n, m),
        (total, total),
        "the unfiltered list should show all {total} inspections"
    );
    assert_eq!(
        b.attr(WALES_FACET, "aria-pressed").await.as_deref(),
        Some("false"),
        "Wales should not be pressed"
    );
}

/// Clicks the Wales facet and waits for the filtered view; returns the number shown.
async fn choose_wales(b: &Browser, total: usize, welsh: usize) -> usize {
    let before = b.history_length().await;
    b.click(WALES_FACET).await;
    let hash = b
        .wait_for_hash("#/inspections?…region=wales…", |h| {
            param(h, "region") == ["wales"]
        })
        .await;
    assert!(
        hash.starts_with("#/inspections?"),
        "the filtered list's URL should stay on #/inspections: {hash}"
    );
    b.wait_until(
        "the Wales button to be pressed",
        "document.querySelector(arguments[0])?.getAttribute('aria-pressed') === 'true'",
        vec![serde_json::json!(WALES_FACET)],
    )
    .await;
    wait_count(b, "fewer than all", "n < m").await;
    let (n, m) = assert_count_matches_list(b).await;
    assert_eq!(m, total, "the total should not change with a filter");
    assert!(
        n > 0 && n < total,
        "filtering by Wales should shrink the list to some: {n} of {m}"
    );
    assert_eq!(
        n, welsh,
        "the dataset has {welsh} inspections in Wales but the page shows {n}"
    );
    let regions = result_regions(b).await;
    assert!(
        !regions.is_empty(),
        "no results listed after filtering by Wales"
    );
    let not_welsh: Vec<&String> = regions.iter().filter(|r| !r.contains("Wales")).collect();
    assert!(
        not_welsh.is_empty(),
        "every result's .result-region should name Wales; these do not: {not_welsh:?}"
    );
    assert_eq!(
        b.history_length().await,
        before + 1,
        "choosing a filter should push exactly one history entry"
    );
    n
}

fn welsh_count(d: &Value) -> usize {
    inspections(d)
        .iter()
        .filter(|i| {
            i["regions"]
                .as_array()
                .is_some_and(|r| r.iter().any(|x| x == "wales"))
        })
        .count()
}

// ---------------------------------------------------------------------------
// Deep links
// ---------------------------------------------------------------------------

/// The view of an inspection page: h1, highlighted ids, finding and recommendation ids.
async fn inspection_view(b: &Browser) -> (String, Vec<String>, Vec<String>, Vec<String>) {
    let h1 = b.text("main#main h1").await;
    let ids = |v: Vec<Option<String>>| {
        v.into_iter()
            .map(Option::unwrap_or_default)
            .collect::<Vec<_>>()
    };
    let highlighted = ids(b.attrs(".highlighted", "id").await);
    let findings = ids(b.attrs("li.finding", "id").await);
    let recs = ids(b.attrs("li.recommendation", "id").await);
    (h1, highlighted, findings, recs)
}

#[tokio::test]
async fn deep_link_to_a_finding_shows_the_same_highlighted_view_in_a_fresh_session() {
    // The view reached inside the app: the inspection, then the finding's link.
    let b = Browser::start().await;
    let d = dataset(&b);
    let ins = inspection(&d, ID);
    assert_eq!(ins["title"], TITLE);
    let want_findings = ids(ins, "findings");
    assert!(
        want_findings.iter().any(|f| f == FINDING),
        "the dataset's {ID} has no finding {FINDING}"
    );

    b.open(&format!("#/inspections/{ID}")).await;
    b.wait_for_heading(TITLE).await;
    b.assert_one_h1().await;
    assert_eq!(
        b.count(".highlighted").await,
        0,
        "a plain inspection page should highlight nothing"
    );
    b.go(&format!("#/findings/{FINDING}")).await;
    b.wait_for(&format!("li.finding#{FINDING}.highlighted"))
        .await;
    let in_app = inspection_view(&b).await;
    drop(b);

    // The same URL pasted into a fresh browser.
    let b = Browser::start().await;
    b.open(&format!("#/findings/{FINDING}")).await;
    b.wait_for(&format!("li.finding#{FINDING}.highlighted"))
        .await;
    b.wait_for_heading(TITLE).await;
    b.assert_one_h1().await;
    let fresh = inspection_view(&b).await;
    assert_eq!(
        fresh.1,
        vec![FINDING.to_string()],
        "exactly the linked finding should be highlighted"
    );
    // The page may group findings (strengths, concerns), so compare as sets.
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    assert_eq!(
        sorted(fresh.2.clone()),
        sorted(want_findings),
        "the page's li.finding ids should be the dataset's finding ids"
    );
    assert_eq!(
        sorted(fresh.3.clone()),
        sorted(ids(ins, "recommendations")),
        "the page's li.recommendation ids should be the dataset's"
    );
    assert_eq!(
        fresh, in_app,
        "a fresh session on the deep link should show the same view as navigating there"
    );
    if !b.in_viewport(&format!("#{FINDING}")).await {
        b.fail(&format!(
            "the highlighted finding {FINDING} is not scrolled into view"
        ))
        .await;
    }
    assert_eq!(
        b.hash().await,
        format!("#/findings/{FINDING}"),
        "the deep link's URL should stay as it was opened"
    );
}

#[tokio::test]
async fn deep_link_to_a_recommendation_on_a_phone_scrolls_it_into_view() {
    let b = Browser::start_phone().await;
    let d = dataset(&b);
    // The known inspection if it has recommendations, else the first that does.
    let ins = std::iter::once(inspection(&d, ID))
        .chain(inspections(&d).iter())
        .find(|i| !ids(i, "recommendations").is_empty())
        .expect("no inspection in the dataset has recommendations");
    let rec = ids(ins, "recommendations").last().unwrap().clone();
    let title = ins["title"].as_str().unwrap().to_string();

    b.open(&format!("#/recommendations/{rec}")).await;
    b.wait_for(&format!("li.recommendation#{rec}.highlighted"))
        .await;
    b.wait_for_heading(&title).await;
    b.assert_one_h1().await;
    let highlighted: Vec<Option<String>> = b.attrs(".highlighted", "id").await;
    assert_eq!(
        highlighted,
        vec![Some(rec.clone())],
        "exactly the linked recommendation should be highlighted"
    );
    // The last recommendation on a 320 px screen sits below the fold unless scrolled to.
    b.wait_until(
        &format!("the recommendation {rec} to be scrolled into view"),
        "(() => { const r = document.getElementById(arguments[0]).getBoundingClientRect(); \
           return r.bottom > 0 && r.top < window.innerHeight; })()",
        vec![serde_json::json!(rec)],
    )
    .await;
}

// ---------------------------------------------------------------------------
// Filters and history
// ---------------------------------------------------------------------------

#[tokio::test]
async fn choosing_a_region_filters_the_list_and_puts_it_in_the_url() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let total = inspections(&d).len();
    let welsh = welsh_count(&d);
    assert!(
        welsh > 0 && welsh < total,
        "the dataset should have some, not all, inspections in Wales"
    );

    let (n, m) = open_list(&b, "#/inspections").await;
    assert_eq!((n, m), (total, total));
    assert_unfiltered(&b, total).await;
    assert_eq!(b.hash().await, "#/inspections");
    let facet_count = b.text(&format!("{WALES_FACET} .facet-count")).await;
    assert_eq!(
        facet_count,
        welsh.to_string(),
        "the Wales button's count should be the number of Welsh inspections"
    );

    choose_wales(&b, total, welsh).await;

    // The filtered URL, pasted into the same browser afresh, restores the view.
    let hash = b.hash().await;
    let (n2, _) = open_list(&b, &hash).await;
    assert_eq!(
        n2, welsh,
        "reloading {hash} should show the same {welsh} results"
    );
    assert_eq!(
        b.attr(WALES_FACET, "aria-pressed").await.as_deref(),
        Some("true")
    );
}

#[tokio::test]
async fn back_restores_the_unfiltered_list_and_url() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let total = inspections(&d).len();
    open_list(&b, "#/inspections").await;
    choose_wales(&b, total, welsh_count(&d)).await;

    b.back().await;
    b.wait_for_hash("#/inspections again", |h| h == "#/inspections")
        .await;
    assert_unfiltered(&b, total).await;

    // And Forward brings the filter back.
    b.forward().await;
    b.wait_for_hash("region=wales again", |h| param(h, "region") == ["wales"])
        .await;
    wait_count(&b, "the Welsh inspections again", "n < m").await;
}

#[tokio::test]
async fn search_box_filters_and_puts_q_in_the_url() {
    let b = Browser::start().await;
    let total = inspections(&dataset(&b)).len();
    open_list(&b, "#/inspections").await;
    b.type_text("#filter-q", "south west").await;
    // A person types without pausing: every key must land in the box.
    b.wait_until(
        "the search box to hold \"south west\" and keep the focus while typing",
        "document.activeElement && document.activeElement.id === 'filter-q' && document.activeElement.value === 'south west'",
        vec![],
    )
    .await;
    b.press(Key::Enter).await;
    let hash = b
        .wait_for_hash("#/inspections?…q=south west…", |h| {
            param(h, "q")
                .iter()
                .any(|q| q.eq_ignore_ascii_case("south west"))
        })
        .await;
    assert!(
        hash.starts_with("#/inspections?"),
        "the search should stay on #/inspections: {hash}"
    );
    wait_count(&b, "fewer than all", "n < m && n > 0").await;
    let (_, m) = assert_count_matches_list(&b).await;
    assert_eq!(m, total);
    b.wait_for(&format!("{RESULTS}#{ID}")).await;
}

#[tokio::test]
async fn unknown_filter_values_are_dropped_and_named() {
    let b = Browser::start().await;
    let d = dataset(&b);
    let total = inspections(&d).len();

    let (n, m) = open_list(&b, "#/inspections?region=atlantis").await;
    assert_eq!(
        (n, m),
        (total, total),
        "an unknown region should be dropped, leaving the list unfiltered"
    );
    b.wait_for_text("#ignored-values", "atlantis").await;

    let (n, _) = open_list(
        &b,
        "#/inspections?region=wales,atlantis&rating=no-such-rating",
    )
    .await;
    assert_eq!(
        n,
        welsh_count(&d),
        "the known value (wales) should still filter"
    );
    b.wait_for_text("#ignored-values", "atlantis").await;
    b.wait_for_text("#ignored-values", "no-such-rating").await;
    assert_eq!(
        b.attr(WALES_FACET, "aria-pressed").await.as_deref(),
        Some("true")
    );

    // A clean URL names nothing.
    open_list(&b, "#/inspections?region=wales").await;
    let ignored = b.texts("#ignored-values").await;
    assert!(
        ignored.iter().all(|t| t.is_empty()),
        "nothing was ignored but #ignored-values says {ignored:?}"
    );
}

// ---------------------------------------------------------------------------
// Not found
// ---------------------------------------------------------------------------

#[tokio::test]
async fn unknown_ids_and_routes_show_not_found_with_a_way_back() {
    let b = Browser::start().await;
    for route in [
        "#/inspections/no-such-inspection",
        "#/findings/no-such-finding",
        "#/recommendations/no-such-recommendation",
        "#/nowhere",
    ] {
        b.open(route).await;
        b.wait_for_heading("Not found").await;
        b.assert_one_h1().await;
        if b.count(NOT_FOUND_LINK_BACK).await == 0 {
            b.fail(&format!("the Not found page for {route} has no link back (a[href=\"#/\"] or a[href=\"#/inspections\"]) in main")).await;
        }
    }
    // The way back leads to a real page.
    b.click(NOT_FOUND_LINK_BACK).await;
    b.wait_for_hash("#/ or #/inspections", |h| {
        h == "#/" || h == "#/inspections" || h.is_empty()
    })
    .await;
    b.wait_until(
        "a page other than Not found",
        "(() => { const h = document.querySelector('main#main h1'); return h && h.innerText.trim() !== 'Not found' && !document.querySelector('#loading'); })()",
        vec![],
    )
    .await;
    b.assert_one_h1().await;
}

// ---------------------------------------------------------------------------
// Same origin, console, accessibility
// ---------------------------------------------------------------------------

#[tokio::test]
async fn pages_load_only_from_their_own_origin_and_log_no_console_error() {
    let b = Browser::start().await;
    let routes = [
        "#/inspections".to_string(),
        "#/inspections?region=wales".to_string(),
        format!("#/inspections/{ID}"),
        format!("#/findings/{FINDING}"),
        "#/about".to_string(),
        "#/nowhere".to_string(),
        "#/".to_string(),
    ];
    for route in &routes {
        b.open(route).await;
        b.wait_ready().await;
        b.assert_one_h1().await;
        if route == "#/about" {
            b.wait_for_heading("About the data").await;
            b.wait_for_text("main#main", "Open Government Licence v3.0")
                .await;
        }
        b.assert_same_origin().await;
        b.assert_no_console_errors().await;
    }
    b.assert_requests_under_sub_path().await;
    // The log really was read (the browser reports at least page-load entries
    // on some runs; an empty log is fine, a failure to read it panics above).
}

#[tokio::test]
async fn axe_finds_no_wcag_violation_on_the_list_an_inspection_and_about() {
    let b = Browser::start().await;
    let mut problems = String::new();
    for (route, heading) in [
        ("#/inspections", "Inspections"),
        (&format!("#/inspections/{ID}") as &str, TITLE),
        ("#/about", "About the data"),
    ] {
        b.open(route).await;
        b.wait_for_heading(heading).await;
        let report = b.axe().await;
        assert!(
            report.passes > 0,
            "axe passed no rule on {route}: it did not run"
        );
        if !report.violations.is_empty() {
            problems.push_str(&format!(
                "\n{route}: {} violation(s)\n",
                report.violations.len()
            ));
            for v in &report.violations {
                problems.push_str(&v.to_string());
            }
        }
    }
    if !problems.is_empty() {
        panic!(
            "axe-core ({}) found violations:{problems}",
            e2e::AXE_RULES
        );
    }
}

// ---------------------------------------------------------------------------
// Copy link
// ---------------------------------------------------------------------------

#[tokio::test]
async fn copy_link_gives_the_permanent_url() {
    let b = Browser::start().await;
    b.open(&format!("#/inspections/{ID}")).await;
    b.wait_for_heading(TITLE).await;
    let base = b.server.base_url();

    // Every finding and recommendation carries the right permanent URL.
    let items = b
        .js("return Array.from(document.querySelectorAll('li.finding, li.recommendation')).map(li => [\
               li.classList.contains('finding') ? 'findings' : 'recommendations', li.id, \
               Array.from(li.querySelectorAll('button.copy-link')).map(b => b.getAttribute('data-url'))])")
        .await;
    let items = items.as_array().cloned().unwrap_or_default();
    assert!(
        items.iter().any(|i| i[0] == "findings"),
        "the inspection page lists no li.finding, so there is no Copy link to check"
    );
    for i in &items {
        let (kind, id) = (i[0].as_str().unwrap(), i[1].as_str().unwrap());
        let want = format!("{base}#/{kind}/{id}");
        let urls: Vec<&str> = i[2]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u.as_str().unwrap_or("(no data-url)"))
            .collect();
        assert_eq!(
            urls,
            vec![want.as_str()],
            "li#{id} should hold one button.copy-link with data-url {want}"
        );
    }

    // Clicking it copies (or shows) the link.
    let granted =
        b.grant_permission("clipboard-read").await && b.grant_permission("clipboard-write").await;
    let url = format!("{base}#/findings/{FINDING}");
    b.click(&format!("li.finding#{FINDING} button.copy-link"))
        .await;
    b.wait_until(
        "a .copy-status saying \"Link copied\" or showing the link",
        "Array.from(document.querySelectorAll('.copy-status')).some(p => { \
           const t = p.innerText + ' ' + Array.from(p.querySelectorAll('input, textarea, a')).map(e => e.value || e.href || '').join(' '); \
           return t.includes('Link copied') || t.includes(arguments[0]); })",
        vec![serde_json::json!(url)],
    )
    .await;
    let status_role = b.attr(".copy-status", "role").await;
    assert_eq!(
        status_role.as_deref(),
        Some("status"),
        ".copy-status should have role=status so it is announced"
    );
    let said_copied = b
        .texts(".copy-status")
        .await
        .iter()
        .any(|t| t.contains("Link copied"));
    if said_copied && granted {
        let clip = b
            .client()
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 navigator.clipboard.readText().then(done, e => done('(clipboard unreadable: ' + e + ')'))",
                vec![],
            )
            .await
            .unwrap_or_default();
        assert_eq!(
            clip.as_str(),
            Some(url.as_str()),
            "the page said \"Link copied\" but the clipboard holds {clip}"
        );
    }

    // The permanent URL opens the same finding, highlighted.
    b.client().goto("about:blank").await.unwrap();
    b.client().goto(&url).await.unwrap();
    b.wait_for(&format!("li.finding#{FINDING}.highlighted"))
        .await;
    b.wait_for_heading(TITLE).await;
}

// ---------------------------------------------------------------------------
// Sub-path hosting
// ---------------------------------------------------------------------------

/// CSS with comments and white space outside strings removed, and `;}` as
/// `}`: what the build's minifier may change.
fn css_without_layout(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("/*") {
            rest = rest[2..].split_once("*/").map_or("", |(_, after)| after);
        } else if c == '"' || c == '\'' {
            let end = rest[1..].find(c).map_or(rest.len(), |i| i + 2);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else {
            if !c.is_whitespace() {
                out.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    out.replace(";}", "}")
}

#[test]
fn the_build_serves_the_style_sheets_as_one_file_with_every_rule_unchanged() {
    let dist = e2e::default_dist();
    let index = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let sheets: Vec<&str> = index
        .split("<link rel=\"stylesheet\" href=\"./")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert_eq!(sheets.len(), 1, "one style sheet: {sheets:?}");
    let built = std::fs::read_to_string(dist.join(sheets[0])).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static");
    let sources: String = ["style.css", "charts.css", "lists.css", "prerendered.css"]
        .iter()
        .map(|f| std::fs::read_to_string(root.join(f)).unwrap())
        .collect();
    assert_eq!(css_without_layout(&built), css_without_layout(&sources));
    assert!(built.len() < sources.len() * 9 / 10, "comments and spare space are gone: {} of {} bytes", built.len(), sources.len());
    // Strings keep their spaces (the minifier must not squeeze inside them).
    assert!(built.contains("content:\"\u{2713} \""), "{}", &built[..200]);
    assert!(!built.contains("/*"));
}

#[tokio::test]
async fn the_app_works_from_a_sub_path_with_relative_assets() {
    // index.html must not point at the host's root: `src="/…"` or `href="/…"`.
    let index = std::fs::read_to_string(e2e::default_dist().join("index.html")).unwrap();
    let absolute: Vec<&str> = index
        .match_indices("=\"/")
        .chain(index.match_indices("='/"))
        .map(|(i, _)| &index[i.saturating_sub(12)..(i + 40).min(index.len())])
        .filter(|s| !s.contains("=\"//") && !s.contains("='//"))
        .collect();
    assert!(
        absolute.is_empty(),
        "dist/index.html refers to root-absolute paths (breaks under a sub-path): {absolute:#?}"
    );

    let b = Browser::start_on(Server::start()).await;
    b.open("#/inspections").await;
    b.wait_for_heading("Inspections").await;
    b.wait_for(RESULTS).await;
    b.assert_requests_under_sub_path().await;
    let reqs = b.server.requests();
    assert!(
        reqs.iter().any(|r| r.ends_with(".wasm")),
        "no .wasm was requested under /explorer/: {reqs:?}"
    );
    assert!(
        reqs.iter()
            .any(|r| r.starts_with("/explorer/data/inspections.json")),
        "the dataset was not requested from /explorer/data/: {reqs:?}"
    );

    // The explicit index.html works the same.
    b.client().goto("about:blank").await.unwrap();
    b.client()
        .goto(&format!("{}index.html#/about", b.server.base_url()))
        .await
        .unwrap();
    b.wait_for_heading("About the data").await;
    b.assert_requests_under_sub_path().await;
}

// ---------------------------------------------------------------------------
// Keyboard only
// ---------------------------------------------------------------------------

#[tokio::test]
async fn keyboard_only_filter_and_open_an_inspection() {
    let b = Browser::start().await;
    let d = dataset(&b);
    b.open("#/inspections").await;
    b.wait_for_heading("Inspections").await;
    b.wait_for(RESULTS).await;
    b.tab_to(WALES_FACET, 120).await;
    b.press(Key::Enter).await;
    b.wait_for_hash("region=wales", |h| param(h, "region") == ["wales"])
        .await;
    wait_count(&b, "fewer than all", "n < m && n > 0").await;
    b.tab_to(&format!("{RESULTS} a.result-link"), 120).await;
    let li = b
        .js("return document.activeElement.closest('li.result')?.id || ''")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        !li.is_empty(),
        "the focused result link is not inside an li.result with an id"
    );
    let href = b
        .js("return document.activeElement.getAttribute('href')")
        .await;
    assert_eq!(
        href.as_str(),
        Some(format!("#/inspections/{li}").as_str()),
        "the result link's href"
    );
    b.press(Key::Enter).await;
    b.wait_for_hash(&format!("#/inspections/{li}"), |h| {
        h == format!("#/inspections/{li}")
    })
    .await;
    let title = inspection(&d, &li)["title"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    b.wait_for_heading(&title).await;
}

// ---------------------------------------------------------------------------
// A broken dataset
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_broken_dataset_is_reported_breach_by_breach() {
    let server = Server::start();
    let mut d: Value = serde_json::from_str(&server.read_dist_data()).unwrap();
    let (first, second) = {
        let list = d["inspections"].as_array_mut().expect("inspections");
        assert!(list.len() >= 2);
        list[0]["regions"] = serde_json::json!(["no-such-region"]);
        list[1]["title"] = serde_json::json!("  ");
        (
            list[0]["id"].as_str().unwrap().to_string(),
            list[1]["id"].as_str().unwrap().to_string(),
        )
    };
    server.serve_data(serde_json::to_vec(&d).unwrap());
    let b = Browser::start_on(server).await;

    b.open("#/inspections").await;
    b.wait_for_heading("The dataset could not be loaded").await;
    b.assert_one_h1().await;
    let breaches = b.texts("#data-errors > li").await;
    assert!(
        breaches.len() >= 2,
        "expected at least the two breaches made, one <li> each: {breaches:#?}"
    );
    assert!(
        breaches
            .iter()
            .any(|t| t.contains(&first) && t.contains("regions")),
        "no breach names {first} and its field regions: {breaches:#?}"
    );
    assert!(
        breaches
            .iter()
            .any(|t| t.contains(&second) && t.contains("title")),
        "no breach names {second} and its field title: {breaches:#?}"
    );

    // Not JSON at all.
    b.server.serve_data("{\"schema\": ");
    b.open("#/about").await;
    b.wait_for_heading("The dataset could not be loaded").await;
    assert!(
        b.count("#data-errors > li").await >= 1,
        "a file that is not JSON should give at least one breach"
    );
}
