//! The pre-rendered page: index.html already holds the site's frame and the
//! overview of the bundled data (drawn at build time by the app's own
//! components), so it can be read before, or without, any script; the app
//! takes its place when its first view is drawn, without a jump and without
//! losing what was typed; a deep link never shows the overview; a replaced
//! data file never has the build's figures shown as current; and the data is
//! asked for once, with the page.

use std::time::Duration;

use e2e::{Browser, NetworkConditions, Server, DATA_PATH};
use inspection_explorer::data::date::PartialDate;
use serde_json::{json, Value};

/// Slow enough that the WebAssembly (served uncompressed by the test server)
/// takes a few seconds to arrive, so the pre-rendered page can be read and
/// typed into before the app takes over.
const SLOW: NetworkConditions = NetworkConditions { latency_ms: 150.0, download_bytes_per_s: 400_000.0, upload_bytes_per_s: 400_000.0 };

/// The bundled data's counts: inspections, findings, recommendations.
fn bundled_counts(server: &Server) -> (usize, usize, usize) {
    let data: Value = serde_json::from_str(&server.read_dist_data()).expect("the bundled data is JSON");
    let inspections = data["inspections"].as_array().expect("inspections");
    let count = |key: &str| inspections.iter().map(|i| i[key].as_array().map_or(0, Vec::len)).sum();
    (inspections.len(), count("findings"), count("recommendations"))
}

/// The bundled data's date as the page words it ("27 November 2026").
fn bundled_date(server: &Server) -> String {
    let data: Value = serde_json::from_str(&server.read_dist_data()).expect("the bundled data is JSON");
    let updated = data["updated"].as_str().expect("updated");
    PartialDate::parse(updated).map(|d| d.human()).unwrap_or_else(|| updated.to_string())
}

/// The four headline figures' numbers as shown, in order.
async fn headline(b: &Browser) -> Vec<String> {
    b.texts("#headline [data-figure] dd").await.iter().map(|t| t.split_whitespace().next().unwrap_or("").to_string()).collect()
}

/// Whether an element matching `css` is rendered and visible.
async fn visible(b: &Browser, css: &str) -> bool {
    b.execute(
        "const e = document.querySelector(arguments[0]); return !!e && e.checkVisibility({opacityProperty: true, visibilityProperty: true}) && e.getBoundingClientRect().height > 0",
        vec![json!(css)],
    )
    .await
    .as_bool()
    .unwrap_or(false)
}

#[tokio::test]
async fn the_overview_is_there_with_scripts_turned_off() {
    let b = Browser::start().await;
    let (inspections, findings, recommendations) = bundled_counts(&b.server);
    b.cdp("Emulation.setScriptExecutionDisabled", json!({"value": true})).await;
    b.open("#/").await;
    b.wait_for("#prerendered #headline").await;
    let figures = headline(&b).await;
    assert_eq!(figures.len(), 4, "four headline figures: {figures:?}");
    assert_eq!(figures[0], inspections.to_string(), "inspections");
    assert_eq!(figures[2], findings.to_string(), "findings");
    assert_eq!(figures[3], recommendations.to_string(), "recommendations");
    assert!(visible(&b, "#headline").await, "the headline figures are visible");
    assert!(visible(&b, "#prerendered .site-header nav").await, "the navigation is visible");
    assert!(visible(&b, "#prerendered .chart-frame svg").await, "the first chart is visible");
    assert_eq!(b.text("#prerendered .chart-frame h2").await, "Overall ratings by year published");
    assert!(!visible(&b, "#loading").await, "the loading notice is not shown on the overview");
    let status = b.text(".updating").await;
    assert!(visible(&b, ".updating").await, "the figures' status shows");
    assert!(status.contains(&format!("from the data of {}", bundled_date(&b.server))), "it names the data's date: {status:?}");
    assert!(!status.contains("updating"), "nothing updates them with scripts off, and it does not say so: {status:?}");
    assert_eq!(b.js("return document.getElementById('app').childElementCount").await, json!(0), "no script ran");
}

#[tokio::test]
async fn a_deep_link_shows_the_frame_and_a_loading_notice_never_the_overview() {
    let b = Browser::start().await;
    // The app never starts: what shows is the pre-rendered page as the
    // first script left it.
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.setBlockedURLs", json!({"urls": ["*.wasm"]})).await;
    for route in ["#/inspections?region=south-west", "#/?region=wales", "#/about"] {
        b.open(route).await;
        b.wait_for("#prerendered").await;
        assert!(visible(&b, "#loading").await, "{route}: the loading notice shows");
        assert!(visible(&b, "#prerendered .site-header nav").await, "{route}: the navigation shows");
        assert!(!visible(&b, "#headline").await, "{route}: the overview's figures do not show");
        assert!(!visible(&b, ".updating").await, "{route}: nor their status");
    }
    // A link followed before the app starts is checked again.
    b.open("#/").await;
    b.wait_for("#prerendered").await;
    assert!(visible(&b, "#headline").await, "the overview's own address shows its figures");
    b.go("#/findings").await;
    b.wait_until("the loading notice", "document.querySelector('#loading').checkVisibility()", vec![]).await;
    assert!(!visible(&b, "#headline").await, "after a link, the overview's figures do not show");
}

#[tokio::test]
async fn the_app_takes_over_without_a_jump_and_keeps_what_was_typed() {
    let b = Browser::start().await;
    // At every frame, where the things on screen are; at the first frame
    // without the pre-rendered page, those of the frame before and of this
    // one (the app's), to compare.
    b.run_before_page_scripts(
        "const SEL = ['#headline', '.lede', '#filter-q', '.chart-frame h2', '.chart-frame svg']; \
         const rects = (root) => SEL.map((s) => { const e = root && root.querySelector(s); if (!e) return null; \
             const r = e.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]; }); \
         window.__jump = null; let last = null; \
         (function frame() { requestAnimationFrame(() => { const pre = document.getElementById('prerendered'); \
             if (pre) { last = rects(pre); frame(); } \
             else if (last) { window.__jump = {before: last, after: rects(document.getElementById('app'))}; } \
             else frame(); }); })();",
    )
    .await;
    b.emulate_network(SLOW).await;
    b.open("#/").await;
    b.wait_for("#prerendered #filter-q").await;
    assert!(b.count("#app #filter-q").await == 0, "the app has not taken over yet (the network is slow)");
    b.type_text("#filter-q", "domes").await;
    b.wait_until("the app to take over", "!document.getElementById('prerendered')", vec![]).await;
    b.wait_ready().await;
    b.assert_one_h1().await;
    let value = b.js("return document.getElementById('filter-q').value").await;
    assert_eq!(value, json!("domes"), "what was typed carries over");
    assert_eq!(b.focused().await.split(' ').next().unwrap_or(""), "input#filter-q", "the search box keeps the focus");
    let caret = b.js("const i = document.getElementById('filter-q'); return [i.selectionStart, i.selectionEnd]").await;
    assert_eq!(caret, json!([5, 5]), "the caret stays at the end of what was typed");
    b.wait_for_hash("to hold the search", |h| h.contains("q=domes")).await;
    // Typing goes on in the app's own box.
    b.type_text("#filter-q", "tic").await;
    b.wait_for_hash("to hold the longer search", |h| h.contains("q=domestic")).await;
    let jump = b.js("return window.__jump").await;
    let (before, after) = (jump["before"].as_array().cloned().unwrap_or_default(), jump["after"].as_array().cloned().unwrap_or_default());
    assert_eq!(before.len(), 5, "the frames before and after the takeover were seen: {jump}");
    for (k, what) in ["headline figures", "lede", "search box", "first chart's heading", "first chart"].iter().enumerate() {
        let (was, is) = (&before[k], &after[k]);
        assert!(!was.is_null() && !is.is_null(), "the {what} is on screen before and after: {jump}");
        // The first chart is redrawn at its frame's width; it keeps its
        // place and height.
        let kept = if *what == "first chart" { [0, 1, 3].iter().all(|&i| was[i] == is[i]) } else { was == is };
        assert!(kept, "the {what} does not move when the app takes over: {was} then {is}");
    }
    b.assert_no_console_errors().await;
}

#[tokio::test]
async fn a_replaced_data_file_never_has_the_builds_figures_shown_as_current() {
    let server = Server::start();
    let (inspections, _, _) = bundled_counts(&server);
    let mut data: Value = serde_json::from_str(&server.read_dist_data()).unwrap();
    data["inspections"].as_array_mut().unwrap().truncate(5);
    data["updated"] = json!("2026-12-01");
    server.serve_data(serde_json::to_vec(&data).unwrap());
    let b = Browser::start_on(server).await;
    // Every time the document changes, note whether the build's figure is
    // on screen without its "updating" status.
    b.run_before_page_scripts(&format!(
        "window.__stale = 0; new MutationObserver(() => {{
            const dd = document.querySelector('#headline [data-figure=inspections] dd');
            const status = document.querySelector('.updating');
            if (dd && dd.textContent.trim() === '{inspections}' && !(status && status.checkVisibility())) window.__stale++;
        }}).observe(document, {{subtree: true, childList: true, characterData: true, attributes: true}});"
    ))
    .await;
    b.emulate_network(SLOW).await;
    b.open("#/").await;
    b.wait_for("#prerendered #headline").await;
    let shown = b.text("#prerendered #headline [data-figure=inspections] dd").await;
    assert_eq!(shown, inspections.to_string(), "before the app, the build's figures");
    assert!(visible(&b, "#prerendered .updating").await, "... with their status");
    let status = b.text("#prerendered .updating").await;
    let date = bundled_date(&b.server);
    assert!(status.contains(&format!("from the data of {date}: updating")), "the status says they are being updated: {status:?}");
    b.wait_until("the app to take over", "!document.getElementById('prerendered')", vec![]).await;
    b.wait_ready().await;
    assert_eq!(headline(&b).await[0], "5", "the current file's figures");
    assert_eq!(b.count(".updating").await, 0, "no status once the figures are current");
    assert_eq!(b.js("return window.__stale").await, json!(0), "the build's figures were never shown without their status");
}

#[tokio::test]
async fn the_data_is_asked_for_once_with_the_page() {
    let b = Browser::start().await;
    b.open("#/inspections?region=south-west").await;
    b.wait_ready().await;
    // The service worker, once installed, has asked for every file of the
    // build once more, the data among them, for its offline copy.
    b.execute_async("navigator.serviceWorker.ready.then(() => arguments[0](true))", vec![]).await;
    let requests = b.server.requests();
    let data_requests = requests.iter().filter(|r| r.ends_with(DATA_PATH)).count();
    assert_eq!(data_requests, 2, "one request for the data from the page, one from the service worker: {requests:?}");
    let timing = b
        .js("const t = (p) => performance.getEntriesByType('resource').filter(e => e.name.includes(p)); \
             return {data: t('data/inspections.json').map(e => e.startTime), wasm: t('.wasm').map(e => e.startTime)}")
        .await;
    let (data, wasm) = (timing["data"].as_array().cloned().unwrap_or_default(), timing["wasm"].as_array().cloned().unwrap_or_default());
    assert_eq!(data.len(), 1, "one data fetch in the resource timings: {timing}");
    let (data_start, wasm_start) = (data[0].as_f64().unwrap(), wasm.first().and_then(Value::as_f64).unwrap_or(f64::MAX));
    assert!(data_start <= wasm_start + 50.0, "the data is asked for with the page, not once the app runs: {timing}");
    // A preload that no request takes is a warning in the console, a few
    // seconds after the load.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let unused: Vec<String> = b.browser_log().await.into_iter().map(|e| e.message).filter(|m| m.contains("preload")).collect();
    assert!(unused.is_empty(), "the preload is taken by the app's request: {unused:?}");
    b.assert_no_console_errors().await;
}

#[tokio::test]
async fn charts_are_drawn_once_at_their_measured_width() {
    let b = Browser::start().await;
    // Every SVG a chart in the app draws, with each width it is given.
    b.run_before_page_scripts(
        "window.__svgs = new Map(); new MutationObserver((records) => { for (const r of records) { \
            const nodes = r.type === 'attributes' ? [r.target] : Array.from(r.addedNodes).flatMap((n) => n.querySelectorAll ? [n, ...n.querySelectorAll('svg')] : []); \
            for (const n of nodes) { if (n.tagName !== 'svg' || !n.closest('#app .chart-frame')) continue; \
                const seen = window.__svgs.get(n) || {frame: n.closest('.chart-frame').id, widths: []}; \
                const w = n.getAttribute('width'); if (seen.widths[seen.widths.length - 1] !== w) seen.widths.push(w); window.__svgs.set(n, seen); } } \
         }).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['width']});",
    )
    .await;
    b.open("#/").await;
    b.wait_ready().await;
    b.wait_for(".chart-frame svg").await;
    let first = b.js("const f = document.querySelector('.chart-frame'); return [f.id, String(Math.floor(f.clientWidth))]").await;
    let drawn = b.execute("return Array.from(window.__svgs.values()).filter((s) => s.frame === arguments[0]).map((s) => s.widths)", vec![first[0].clone()]).await;
    assert_eq!(drawn, json!([[first[1].clone()]]), "the first chart ({}) is drawn once, at its frame's width {}", first[0], first[1]);
}
