//! Checks of the harness itself, on a small page this file writes into a temp
//! folder (nothing of the app is needed). They are the positive controls for
//! the app tests: they prove that the console capture does catch an error
//! logged before the page finished loading, that the same-origin check does
//! flag a foreign resource, that axe-core really runs and reports, that the
//! server serves only under /explorer/ and honours a data override, and that
//! the keyboard helpers move the focus. Without them a broken harness could
//! let the app tests pass vacuously.
//!
//! Run: `CARGO_TARGET_DIR=/work/target-e2e cargo test -p e2e -- --test-threads=2`

use std::path::PathBuf;

use e2e::{Browser, Key, Server, PHONE};

const PAGE: &str = r##"<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Harness check</title><link rel="icon" href="data:,"></head>
<body>
<main id="main">
  <h1>Harness check</h1>
  <p id="out">waiting</p>
  <img src="dot.svg" width="8" height="8">
  <button type="button" id="b1">One</button>
  <button type="button" id="b2">Two</button>
</main>
<script>
  console.error("e2e-harness-boom");
  setTimeout(() => { throw new Error("e2e-harness-uncaught"); }, 0);
  fetch("data/inspections.json").then(r => r.json()).then(j => {
    document.getElementById("out").textContent = "data: " + j.n;
  });
  document.getElementById("b2").addEventListener("click", () => { location.hash = "#/pressed"; });
</script>
</body>
</html>
"##;

const DOT: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>"#;

/// The page's folder; removed when dropped, also when a test panics.
struct ThrowawayDist(PathBuf);

impl Drop for ThrowawayDist {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl std::ops::Deref for ThrowawayDist {
    type Target = PathBuf;
    fn deref(&self) -> &PathBuf {
        &self.0
    }
}

fn throwaway_dist(tag: &str) -> ThrowawayDist {
    let d = std::env::temp_dir().join(format!("e2e-harness-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(d.join("data")).unwrap();
    std::fs::write(d.join("index.html"), PAGE).unwrap();
    std::fs::write(d.join("dot.svg"), DOT).unwrap();
    std::fs::write(d.join("data/inspections.json"), r#"{"n": 7}"#).unwrap();
    ThrowawayDist(d)
}

#[tokio::test]
async fn harness_serves_under_the_sub_path_and_catches_what_it_must() {
    let dist = throwaway_dist("main");
    let b = Browser::start_on(Server::start_with_dist(&*dist)).await;

    b.open("#/start").await;
    b.wait_for_text("#out", "data: 7").await;
    assert_eq!(b.wait_ready().await, "Harness check");
    b.assert_one_h1().await;
    assert!(b
        .href()
        .await
        .starts_with(&format!("{}#/start", b.server.base_url())));
    assert_eq!(b.hash().await, "#/start");
    assert_eq!(
        b.js("return window.innerWidth").await.as_u64(),
        Some(e2e::DESKTOP.0 as u64)
    );

    // Served under /explorer/ and nowhere else.
    b.assert_requests_under_sub_path().await;
    let reqs = b.server.requests();
    for want in [
        "/explorer/",
        "/explorer/dot.svg",
        "/explorer/data/inspections.json",
    ] {
        assert!(
            reqs.iter().any(|r| r == want),
            "no request for {want}: {reqs:?}"
        );
    }

    // Console capture: an error logged by an inline script before `load`,
    // and an uncaught exception.
    let errors = b.console_errors().await;
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("e2e-harness-boom")),
        "console.error not captured: {errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("e2e-harness-uncaught")),
        "uncaught exception not captured: {errors:#?}"
    );

    // Same origin: clean, then a resource from another origin is flagged.
    assert!(
        b.foreign_resource_urls().await.is_empty(),
        "{:?}",
        b.resource_urls().await
    );
    b.assert_same_origin().await;
    let other = Server::start_with_dist(&*dist);
    let foreign = format!("{}dot.svg", other.base_url());
    b.execute(
        "const i = new Image(); i.alt = ''; i.src = arguments[0]; document.body.appendChild(i);",
        vec![serde_json::json!(foreign)],
    )
    .await;
    b.wait_until(
        "the foreign image to load",
        "performance.getEntriesByType('resource').some(e => e.name === arguments[0])",
        vec![serde_json::json!(foreign)],
    )
    .await;
    let flagged = b.foreign_resource_urls().await;
    assert_eq!(
        flagged,
        vec![foreign.clone()],
        "the foreign resource was not flagged"
    );

    // axe-core runs, passes rules, and reports the image without alt text.
    let report = b.axe().await;
    assert!(report.passes > 0, "axe passed no rule");
    let image_alt = report.violations.iter().find(|v| v.id == "image-alt");
    let shown: String = report.violations.iter().map(|v| v.to_string()).collect();
    assert!(
        image_alt.is_some(),
        "axe missed the image without alt; it reported:\n{shown}"
    );
    assert!(
        shown.contains("dot.svg"),
        "the violation does not name its node:\n{shown}"
    );

    // Failure diagnostics name the URL and the page text.
    let d = b.diagnostics().await;
    assert!(d.contains("#/start") && d.contains("Harness check"), "{d}");

    // Keyboard: Tab to the second button, Enter presses it.
    let presses = b.tab_to("#b2", 10).await;
    assert!(presses >= 2, "reached #b2 after {presses} Tab(s)");
    assert!(b.focused().await.starts_with("button#b2"));
    let before = b.history_length().await;
    b.press(Key::Enter).await;
    b.wait_for_hash("#/pressed", |h| h == "#/pressed").await;
    assert_eq!(b.history_length().await, before + 1);
    b.back().await;
    b.wait_for_hash("#/start", |h| h == "#/start").await;

    drop(b);
}

#[tokio::test]
async fn harness_data_override_and_phone_size() {
    let dist = throwaway_dist("data");
    let server = Server::start_with_dist(&*dist);
    server.serve_data(r#"{"n": 42}"#);
    let b = Browser::start_on(server).await;
    b.set_phone_size().await;
    assert_eq!(
        b.js("return window.innerWidth").await.as_u64(),
        Some(PHONE.0 as u64)
    );
    b.open("#/x").await;
    b.wait_for_text("#out", "data: 42").await;
    // `open` reloads even when only the hash differs.
    b.server.clear_data_override();
    b.open("#/y").await;
    b.wait_for_text("#out", "data: 7").await;
    drop(b);
}
