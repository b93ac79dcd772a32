//! Hardening, end to end: hostile datasets and links, accessibility on every
//! route, keyboard-only use, narrow screens and zoom, the page's security
//! policy, and working offline. Run with the rest of the e2e suite
//! (`scripts/test`, or `cargo test -p e2e -- --test-threads=2` after a
//! release build).

use e2e::{Browser, Key, Server};
use serde_json::{json, Value};

const ID: &str = "nps-south-west-2021";

fn real_data(server: &Server) -> Value {
    serde_json::from_str(&server.read_dist_data()).expect("the bundled dataset is JSON")
}

/// Opens `route` with `body` served as the dataset and waits for a page.
async fn open_with_data(body: Vec<u8>, route: &str) -> Browser {
    let server = Server::start();
    server.serve_data(body);
    let b = Browser::start_on(server).await;
    b.open(route).await;
    b.wait_ready().await;
    b
}

/// The page says the data could not be loaded, and one listed problem
/// contains every one of `needles`.
async fn assert_data_error(b: &Browser, case: &str, needles: &[&str]) {
    let h1 = b.text("main#main h1").await;
    assert_eq!(h1, "The dataset could not be loaded", "{case}: wrong page");
    let problems = b.texts("#data-errors li").await;
    let alert = b.text("main#main [role=alert]").await;
    let all: Vec<String> = problems.iter().cloned().chain(std::iter::once(alert)).collect();
    assert!(
        all.iter().any(|p| needles.iter().all(|n| p.contains(n))),
        "{case}: no problem mentions {needles:?}; the page lists {all:#?}"
    );
    assert_no_script_ran(b, case).await;
}

async fn assert_no_script_ran(b: &Browser, case: &str) {
    let pwned = b.js("return window.__pwned === undefined ? null : String(window.__pwned)").await;
    assert_eq!(pwned, Value::Null, "{case}: a script from the data ran");
}

#[tokio::test]
async fn broken_datasets_name_the_problem_and_where() {
    let server = Server::start();
    let data = real_data(&server);
    let text = serde_json::to_string(&data).unwrap();
    let first = data["inspections"][0]["id"].as_str().unwrap().to_string();
    let mutate = |f: &dyn Fn(&mut Value)| {
        let mut d = data.clone();
        f(&mut d);
        serde_json::to_vec(&d).unwrap()
    };
    let unknown_rating_msg = format!("inspections[0] \"{first}\": overall \"gud\" is not in scale");
    let wrong_type_msg = format!("inspections[0] \"{first}\": published is malformed");
    let duplicate_msg = format!("inspections[1] \"{first}\": id \"{first}\" is used more than once");
    let region_msg = format!("inspections[0] \"{first}\": regions[0] \"atlantis\" is not in regions");
    let theme_msg = format!("inspections[0] \"{first}\": findings[0].themes[0] \"astrology\" is not in themes");
    let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
        ("truncated JSON", text.as_bytes()[..text.len() / 3].to_vec(), vec!["is not valid JSON", "line 1"]),
        ("empty file", Vec::new(), vec!["file is empty"]),
        ("not an object", b"[1, 2, 3]".to_vec(), vec!["file is not a JSON object"]),
        ("wrong type", mutate(&|d| d["inspections"][0]["published"] = json!(2021)), vec![&wrong_type_msg, "integer"]),
        ("unknown rating", mutate(&|d| d["inspections"][0]["overall"] = json!("gud")), vec![&unknown_rating_msg]),
        ("duplicate id", mutate(&|d| d["inspections"][1]["id"] = json!(first.clone())), vec![&duplicate_msg]),
        ("dangling region", mutate(&|d| d["inspections"][0]["regions"] = json!(["atlantis"])), vec![&region_msg]),
        (
            "dangling theme",
            mutate(&|d| d["inspections"][0]["findings"][0]["themes"] = json!(["astrology"])),
            vec![&theme_msg],
        ),
        ("wrong schema", mutate(&|d| d["schema"] = json!("something-else/v9")), vec!["schema", "must be \"inspection-explorer/v1\""]),
        // A text saved in Latin-1: the browser would have shown U+FFFD in
        // its place; the page refuses the file, as check-data does.
        (
            "not UTF-8",
            {
                let mut doc = text.clone().into_bytes();
                let at = text.find("\"title\"").expect("the file has a title");
                doc.splice(at + 1..at + 1, [0xE9]);
                doc
            },
            vec!["file is not UTF-8 text", "line 1 column"],
        ),
        // Nesting deep enough to exhaust a recursive reader's stack.
        ("deeply nested", format!("{{\"a\":{}", "[".repeat(100_000)).into_bytes(), vec!["is not valid JSON", "nested too deeply"]),
        (
            "a field twice",
            {
                let mut doc = text.clone();
                doc.insert_str(1, "\"title\":\"Decoy\",");
                doc.into_bytes()
            },
            vec!["title is malformed: duplicate field `title`"],
        ),
    ];
    drop(server);
    for (case, body, needles) in cases {
        let b = open_with_data(body, "#/inspections").await;
        assert_data_error(&b, case, &needles).await;
        b.assert_one_h1().await;
    }
}

#[tokio::test]
async fn a_missing_data_file_says_so() {
    let server = Server::start();
    server.serve_data_with_status(404, b"not here".to_vec());
    let b = Browser::start_on(server).await;
    b.open("#/").await;
    b.wait_ready().await;
    assert_data_error(&b, "404", &["data/inspections.json could not be fetched", "404"]).await;
}

#[tokio::test]
async fn malicious_texts_are_shown_as_text_and_never_run() {
    let server = Server::start();
    let mut d = real_data(&server);
    let ins = d["inspections"].as_array_mut().unwrap().iter_mut().find(|i| i["id"] == ID).unwrap();
    ins["title"] = json!("<img src=x onerror=\"window.__pwned='title'\"> South West");
    ins["area"] = json!("<script>window.__pwned='area'</script>");
    ins["findings"][0]["text"] = json!("<script>window.__pwned='finding'</script> Leadership text");
    ins["facts"][0]["value"] = json!("<b onmouseover=\"window.__pwned='fact'\">32</b>");
    ins["sources"] = json!([
        {"url": "javascript:window.__pwned='source'", "title": "Evil source"},
        {"url": "data:text/html,<script>window.__pwned='data'</script>", "title": "Data source"},
        {"url": " JAVASCRIPT:alert(1)", "title": "Shouty source"},
        {"url": "https://www.justiceinspectorates.gov.uk/hmiprobation/", "title": "Real source"}
    ]);
    server.serve_data(serde_json::to_vec(&d).unwrap());
    let b = Browser::start_on(server).await;
    b.open(&format!("#/inspections/{ID}")).await;
    b.wait_ready().await;
    let h1 = b.text("main#main h1").await;
    assert_eq!(h1, "<img src=x onerror=\"window.__pwned='title'\"> South West", "the title is shown as text");
    assert_eq!(b.count("main#main img").await, 0, "no element was made from data");
    assert_eq!(b.count("main#main script").await, 0);
    assert_eq!(b.count("main#main b").await, 0);
    let body = b.text("main#main").await;
    for shown in ["<script>window.__pwned='area'</script>", "<script>window.__pwned='finding'</script> Leadership text", "Evil source"] {
        assert!(body.contains(shown), "{shown:?} should be on the page as text");
    }
    let hrefs: Vec<String> = b.attrs("main#main a", "href").await.into_iter().flatten().collect();
    assert!(!hrefs.is_empty());
    for href in &hrefs {
        let h = href.trim().to_ascii_lowercase();
        assert!(h.starts_with('#') || h.starts_with("https://") || h.starts_with("http://"), "a link to {href:?} was rendered");
    }
    assert!(hrefs.iter().any(|h| h == "https://www.justiceinspectorates.gov.uk/hmiprobation/"), "the real source is a link");
    // Hover and click what could carry a handler; still nothing runs.
    b.js("document.querySelectorAll('main *').forEach(e => { e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); }); return 1").await;
    assert_no_script_ran(&b, "malicious texts").await;
    b.open("#/findings?q=script").await;
    b.wait_ready().await;
    assert_no_script_ran(&b, "search results").await;
    assert!(b.count("main#main mark").await > 0, "matches are marked");
    assert_eq!(b.count("main#main script").await, 0);
}

#[tokio::test]
async fn a_20_mb_dataset_loads_and_lists() {
    let server = Server::start();
    let d = real_data(&server);
    // Only the inspections are copied (the declared lists, units among
    // them, stay as they are), so their size decides how many copies.
    let one = serde_json::to_vec(&d["inspections"]).unwrap().len();
    let copies = (20 * 1024 * 1024) / one + 1;
    let mut big = d.clone();
    let mut all = Vec::new();
    for k in 0..copies {
        for ins in d["inspections"].as_array().unwrap() {
            let mut ins = ins.clone();
            let id = format!("{}-copy{k}", ins["id"].as_str().unwrap());
            for list in ["findings", "recommendations"] {
                for (j, item) in ins[list].as_array_mut().unwrap().iter_mut().enumerate() {
                    item["id"] = json!(format!("{id}-{}{}", &list[..1], j + 1));
                }
            }
            ins["id"] = json!(id);
            all.push(ins);
        }
    }
    let expected = all.len();
    big["inspections"] = Value::Array(all);
    let body = serde_json::to_vec(&big).unwrap();
    assert!(body.len() >= 20 * 1024 * 1024, "the file is {} bytes", body.len());
    server.serve_data(body);
    let b = Browser::start_on(server).await;
    b.open("#/inspections").await;
    b.wait_until("the 20 MB list to render", "document.querySelector('#result-count')", vec![]).await;
    let count = b.text("#result-count").await;
    assert_eq!(count, format!("{expected} of {expected} inspections"));
    assert!(b.count("#results > li").await <= 100, "only a page of rows is rendered");
    b.assert_no_console_errors().await;
}

#[tokio::test]
async fn nasty_urls_never_give_a_blank_page() {
    let b = Browser::start().await;
    let long_q = "a".repeat(3000);
    let routes = [
        "#/inspections?region=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E".to_string(),
        "#/inspections/%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E".to_string(),
        "#/findings/..%2F..%2Fetc%2Fpasswd".to_string(),
        "#/?since=abc&until=-1&q=%00%FF%zz".to_string(),
        "#/compare?ids=,,,%2C".to_string(),
        "#/regions/".to_string(),
        "#//////".to_string(),
        "#/recommendations?q=".to_string() + &long_q,
        "#/about?x=<script>window.__pwned=1</script>".to_string(),
        "#/inspections?region=wales&region=wales&rating=good,,good".to_string(),
        "#/%E2%80%AE%F0%9F%92%A9".to_string(),
        "#javascript:window.__pwned=1".to_string(),
    ];
    for route in &routes {
        b.open(route).await;
        let h1 = b.wait_ready().await;
        assert!(!h1.trim().is_empty(), "{route}: empty heading");
        b.assert_one_h1().await;
        assert_no_script_ran(&b, route).await;
    }
    // The same routes reached from within the page (no reload).
    b.open("#/inspections").await;
    b.wait_ready().await;
    for route in &routes {
        b.go(route).await;
        let h1 = b.wait_ready().await;
        assert!(!h1.trim().is_empty(), "{route}: empty heading");
        b.assert_one_h1().await;
        assert_no_script_ran(&b, route).await;
    }
    b.assert_no_console_errors().await;
}

#[tokio::test]
async fn every_route_passes_axe() {
    let b = Browser::start().await;
    let d = real_data(&b.server);
    let finding = d["inspections"].as_array().unwrap().iter().find(|i| i["id"] == ID).unwrap()["findings"][2]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let routes = [
        "#/".to_string(),
        "#/?region=wales".to_string(),
        "#/inspections".to_string(),
        "#/findings".to_string(),
        "#/recommendations?q=workload".to_string(),
        format!("#/inspections/{ID}"),
        format!("#/findings/{finding}"),
        "#/regions/south-west".to_string(),
        "#/units/sheffield-pdu".to_string(),
        format!("#/compare?ids={ID},nps-wales-2019"),
        "#/about".to_string(),
        "#/no-such-page".to_string(),
    ];
    for route in &routes {
        b.open(route).await;
        b.wait_ready().await;
        b.assert_accessible(route).await;
    }
}

#[tokio::test]
async fn keyboard_only_walk_filters_opens_and_copies_a_link() {
    let b = Browser::start().await;
    b.grant_permission("clipboard-read").await;
    b.grant_permission("clipboard-write").await;
    b.open("#/findings").await;
    b.wait_ready().await;
    b.tab_to(r#"button.facet[data-key="region"][data-value="south-west"]"#, 200).await;
    b.press(Key::Enter).await;
    b.wait_for_hash("region=south-west in the URL", |h| h.contains("region=south-west")).await;
    b.tab_to("#results .item-context a", 400).await;
    b.press(Key::Enter).await;
    b.wait_for_hash("an inspection page", |h| h.starts_with("#/inspections/")).await;
    b.wait_ready().await;
    let focused = b.focused().await;
    assert!(focused.starts_with("h1"), "focus should move to the new page's heading, not {focused}");
    b.tab_to("li.finding button.copy-link", 200).await;
    let url = b.js("return document.activeElement.dataset.url").await;
    let url = url.as_str().expect("the focused copy button carries its URL").to_string();
    b.press(Key::Enter).await;
    b.wait_for(".copy-status").await;
    assert!(url.contains("#/findings/"), "{url}");
    assert!(url.starts_with(&b.server.base_url()), "{url} should be under {}", b.server.base_url());
}

#[tokio::test]
async fn focus_moves_to_the_main_heading_on_route_change() {
    let b = Browser::start().await;
    b.open("#/inspections").await;
    b.wait_ready().await;
    b.click("#results li.result a.result-link").await;
    b.wait_for_hash("an inspection page", |h| h.starts_with("#/inspections/")).await;
    b.wait_until("focus on the heading", "document.activeElement && document.activeElement.tagName === 'H1'", vec![]).await;
}

/// No part of the page is wider than the window, so nothing needs sideways
/// scrolling: at 320 px, and at 640 px (a 1280 px screen at 200% zoom).
#[tokio::test]
async fn usable_at_320_px_and_at_200_percent_zoom() {
    let b = Browser::start().await;
    let routes = [
        "#/",
        "#/inspections",
        &format!("#/inspections/{ID}"),
        "#/findings",
        "#/recommendations",
        "#/about",
        "#/regions/wales",
        "#/units/sheffield-pdu",
        "#/inspections/probation-sheffield-2024",
    ];
    for (width, height) in [(320u32, 640u32), (640, 450)] {
        b.set_window_size(width, height).await;
        for route in routes {
            b.open(route).await;
            b.wait_ready().await;
            let overflow = b
                .js("return [document.documentElement.scrollWidth, window.innerWidth, [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(e).position !== 'absolute' && !e.closest('.table-wrap')).slice(0, 3).map(e => e.tagName + '.' + e.className)]")
                .await;
            let scroll = overflow[0].as_f64().unwrap();
            let inner = overflow[1].as_f64().unwrap();
            assert!(scroll <= inner + 1.0, "{route} at {width}px scrolls sideways: {overflow}");
            assert_eq!(overflow[2], json!([]), "{route} at {width}px: elements stick out");
        }
    }
}

#[tokio::test]
async fn the_page_sets_a_strict_security_policy_without_inline_script() {
    let b = Browser::start().await;
    let index = std::fs::read_to_string(b.server.dist().join("index.html")).unwrap();
    let csp = index
        .split("http-equiv=\"Content-Security-Policy\"")
        .nth(1)
        .and_then(|rest| rest.split("content=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .expect("index.html declares a Content-Security-Policy");
    assert!(csp.contains("default-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"), "{csp}");
    assert!(!csp.contains("http:") && !csp.contains("https:") && !csp.contains('*'), "only the page's own origin: {csp}");
    for script in index.split("<script").skip(1) {
        let open_tag = script.split('>').next().unwrap();
        assert!(open_tag.contains("src="), "inline script in index.html: <script{open_tag}>");
    }
    b.open("#/inspections").await;
    b.wait_ready().await;
    let policy = b.js("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content").await;
    assert_eq!(policy.as_str(), Some(csp));
    b.assert_same_origin().await;
    b.assert_no_console_errors().await;
}

#[tokio::test]
async fn works_offline_after_the_first_visit_and_takes_new_data_when_online() {
    let b = Browser::start().await;
    b.open("#/inspections").await;
    b.wait_ready().await;
    b.wait_until(
        "the service worker to control the page",
        "navigator.serviceWorker && navigator.serviceWorker.controller",
        vec![],
    )
    .await;
    let count = b.text("#result-count").await;
    b.server.set_offline(true);
    b.open(&format!("#/inspections/{ID}")).await;
    b.wait_ready().await;
    assert_eq!(b.text("main#main h1").await, "South West division, National Probation Service", "offline, from the cache");
    b.open("#/inspections").await;
    b.wait_ready().await;
    assert_eq!(b.text("#result-count").await, count);
    // Back online with new data published: the page shows it.
    let mut d = real_data(&b.server);
    let ins = d["inspections"].as_array_mut().unwrap().iter_mut().find(|i| i["id"] == ID).unwrap();
    ins["title"] = json!("South West division (republished)");
    b.server.serve_data(serde_json::to_vec(&d).unwrap());
    b.server.set_offline(false);
    b.open(&format!("#/inspections/{ID}")).await;
    b.wait_for_heading("South West division (republished)").await;
}
