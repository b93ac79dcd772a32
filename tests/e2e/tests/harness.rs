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
<p id="loose">Outside every landmark</p>
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
    // Best practices are checked too: text outside every landmark.
    let region = report.violations.iter().find(|v| v.id == "region");
    assert!(
        region.is_some_and(|v| v.nodes.iter().any(|n| n.html.contains("loose"))),
        "axe missed the paragraph outside every landmark (a best-practice rule); it reported:\n{shown}"
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

// ---------------------------------------------------------------------------
// The benchmark's static host and the CDP helpers
// ---------------------------------------------------------------------------

/// A page that fetches its data and compiles its WebAssembly while it
/// streams (which needs `Content-Type: application/wasm`), and says whether
/// a script run before its own (through CDP) got there first.
const SITE_PAGE: &str = r##"<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Site check</title><link rel="icon" href="data:,"></head>
<body>
<main id="main">
  <h1>Site check</h1>
  <p id="first">first: <span>no</span></p>
  <p id="out">waiting</p>
</main>
<script>
  document.querySelector("#first span").textContent = window.__ranFirst || "no";
  Promise.all([
    fetch("data/inspections.json").then(r => r.json()),
    WebAssembly.compileStreaming(fetch("app.wasm")),
  ]).then(([j, m]) => {
    document.getElementById("out").textContent = "data: " + j.items.length + ", wasm sections: " + WebAssembly.Module.customSections(m, "pad").length;
  }, e => { document.getElementById("out").textContent = "failed: " + e; });
</script>
</body>
</html>
"##;

/// A valid WebAssembly module holding one custom section `pad` of zeros, so
/// that it is big enough to be worth gzipping.
fn padded_wasm() -> Vec<u8> {
    let name = b"pad";
    let payload = vec![0u8; 4096];
    let size = 1 + name.len() + payload.len();
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    wasm.push(0); // custom section
    wasm.extend([(size & 0x7f) as u8 | 0x80, (size >> 7) as u8]); // LEB128, 2 bytes
    wasm.push(name.len() as u8);
    wasm.extend(name);
    wasm.extend(payload);
    wasm
}

fn site_dist(tag: &str) -> ThrowawayDist {
    let d = std::env::temp_dir().join(format!("e2e-harness-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(d.join("data")).unwrap();
    std::fs::write(d.join("index.html"), SITE_PAGE).unwrap();
    let items: Vec<String> = (0..7)
        .map(|i| format!(r#"{{"id": "item-{i}", "text": "the same words again and again"}}"#))
        .collect();
    std::fs::write(
        d.join("data/inspections.json"),
        format!(r#"{{"items": [{}]}}"#, items.join(", ")),
    )
    .unwrap();
    std::fs::write(d.join("app.wasm"), padded_wasm()).unwrap();
    // Already compressed in real life: hosts send images as they are.
    std::fs::write(d.join("logo.png"), vec![b'p'; 2000]).unwrap();
    ThrowawayDist(d)
}

/// One response read off a connection by its Content-Length.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn read_reply(r: &mut impl std::io::BufRead, head_only: bool) -> Reply {
    let mut status_line = String::new();
    r.read_line(&mut status_line).unwrap();
    let status = status_line
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        if line.trim().is_empty() {
            break;
        }
        let (k, v) = line.split_once(':').unwrap();
        headers.push((k.trim().to_string(), v.trim().to_string()));
    }
    let mut reply = Reply {
        status,
        headers,
        body: Vec::new(),
    };
    if !head_only {
        let n: usize = reply.header("content-length").unwrap().parse().unwrap();
        reply.body.resize(n, 0);
        r.read_exact(&mut reply.body).unwrap();
    }
    reply
}

fn gunzip(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(body)
        .read_to_end(&mut out)
        .expect("a valid gzip stream");
    out
}

use std::io::{BufReader, Read, Write};

#[test]
fn site_sends_gzip_to_who_accepts_it_over_kept_alive_connections() {
    let dist = site_dist("gzip");
    let site = std::sync::Arc::new(e2e::Site::load(&*dist));
    let server = Server::start_site(site.clone());
    let conn = std::net::TcpStream::connect(("127.0.0.1", server.port())).unwrap();
    let mut r = BufReader::new(conn.try_clone().unwrap());
    let send = |method: &str, path: &str, extra: &str| {
        write!(&conn, "{method} {path} HTTP/1.1\r\nHost: x\r\n{extra}\r\n").unwrap();
    };
    let ask = |path: &str, extra: &str| send("GET", path, extra);
    let ask_head = |path: &str, extra: &str| send("HEAD", path, extra);
    let file = |rel: &str| std::fs::read(dist.join(rel)).unwrap();
    let chrome = "Accept-Encoding: gzip, deflate, br, zstd\r\n";

    // Data and WebAssembly, gzipped, with their own types, on one connection.
    for (rel, ctype) in [
        ("data/inspections.json", "application/json"),
        ("app.wasm", "application/wasm"),
    ] {
        ask(&format!("/explorer/{rel}"), chrome);
        let reply = read_reply(&mut r, false);
        assert_eq!(reply.status, 200, "{rel}");
        assert_eq!(reply.header("content-type"), Some(ctype), "{rel}");
        assert_eq!(reply.header("content-encoding"), Some("gzip"), "{rel}");
        assert_eq!(reply.header("vary"), Some("Accept-Encoding"), "{rel}");
        assert_eq!(reply.header("connection"), None, "{rel}: kept alive");
        assert!(reply.body.len() < file(rel).len(), "{rel}: gzip is smaller");
        assert_eq!(site.encoded_len(rel), Some(reply.body.len()), "{rel}");
        assert_eq!(gunzip(&reply.body), file(rel), "{rel}: decodes to the file");
    }
    // Not to a request that does not accept it.
    for extra in [
        "",
        "Accept-Encoding: br\r\n",
        "Accept-Encoding: gzip;q=0, br\r\n",
    ] {
        ask("/explorer/data/inspections.json", extra);
        let reply = read_reply(&mut r, false);
        assert_eq!(reply.header("content-encoding"), None, "{extra:?}");
        assert_eq!(reply.body, file("data/inspections.json"), "{extra:?}");
    }
    // Images are sent as they are.
    ask("/explorer/logo.png", chrome);
    let reply = read_reply(&mut r, false);
    assert_eq!(reply.header("content-type"), Some("image/png"));
    assert_eq!(reply.header("content-encoding"), None);
    assert_eq!(reply.body, file("logo.png"));
    // HEAD: the same headers, no body.
    ask_head("/explorer/app.wasm", chrome);
    let reply = read_reply(&mut r, true);
    assert_eq!(reply.header("content-encoding"), Some("gzip"));
    assert_eq!(
        reply.header("content-length"),
        site.encoded_len("app.wasm")
            .map(|n| n.to_string())
            .as_deref()
    );
    // Only under the sub-path, as the test server.
    for path in ["/", "/index.html", "/explorer/missing.js", "/explorer/../x"] {
        ask(path, chrome);
        assert_eq!(read_reply(&mut r, false).status, 404, "{path}");
    }
    // The page itself; asked to close, the host closes.
    ask("/explorer/", &format!("{chrome}Connection: close\r\n"));
    let reply = read_reply(&mut r, false);
    assert_eq!(
        reply.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(reply.header("connection"), Some("close"));
    let page = match reply.header("content-encoding") {
        Some("gzip") => gunzip(&reply.body),
        _ => reply.body,
    };
    assert_eq!(page, SITE_PAGE.as_bytes());
    let mut rest = Vec::new();
    r.read_to_end(&mut rest).unwrap();
    assert!(rest.is_empty(), "nothing after the closing reply");

    assert_eq!(server.requests().len(), 12);
    assert_eq!(server.requests()[0], "/explorer/data/inspections.json");
    assert_eq!(server.requests()[11], "/explorer/");
}

#[tokio::test]
async fn browser_reads_the_gzipped_site_and_cdp_reaches_the_page() {
    let dist = site_dist("browser");
    let site = std::sync::Arc::new(e2e::Site::load(&*dist));
    let b = Browser::start_on(Server::start_site(site)).await;

    // The browser decodes gzip and compiles the WebAssembly as it streams.
    b.run_before_page_scripts("window.__ranFirst = 'yes, ' + document.readyState")
        .await;
    b.open("#/").await;
    b.wait_for_text("#out", "data: 7, wasm sections: 1").await;
    assert_eq!(b.text("#first").await, "first: yes, loading");
    let sizes = b
        .js("return performance.getEntriesByType('resource').filter(e => !e.name.endsWith('.png')).map(e => [e.name.split('/').pop(), e.encodedBodySize, e.decodedBodySize])")
        .await;
    let sizes = sizes.as_array().unwrap();
    assert_eq!(sizes.len(), 2, "{sizes:?}");
    for s in sizes {
        assert!(
            s[1].as_u64().unwrap() < s[2].as_u64().unwrap(),
            "{s}: sent gzipped"
        );
    }

    // CPU throttling holds across a new document. Throttling pauses the
    // page's thread for slices of wall time, which a busy machine blurs, so
    // the check is loose: 20x slower in name, at least 3x in fact, timed
    // over several runs.
    let busy = "let total = 0; for (let run = 0; run < 4; run++) { \
        const t = performance.now(); let x = 0; for (let i = 0; i < 3e7; i++) x += i % 7; \
        total += performance.now() - t + (x < 0 ? 1 : 0); } return total";
    let fast = b.js(busy).await.as_f64().unwrap();
    b.throttle_cpu(20.0).await;
    b.open("#/slow").await;
    b.wait_for_text("#out", "data: 7").await;
    let slow = b.js(busy).await.as_f64().unwrap();
    b.throttle_cpu(1.0).await;
    assert!(
        slow > 3.0 * fast,
        "20x CPU throttling: {slow:.0} ms against {fast:.0} ms"
    );

    // Network emulation: every request waits the latency, and the download
    // runs at the emulated throughput. (Chromium applies both to the
    // response body, after the times resource timing records, so the
    // page's own clock measures it.)
    b.disable_cache().await;
    b.emulate_network(e2e::NetworkConditions {
        latency_ms: 300.0,
        download_bytes_per_s: 20_000.0,
        upload_bytes_per_s: 20_000.0,
    })
    .await;
    b.open("#/far").await;
    b.wait_for_text("#out", "data: 7").await;
    let fetch_ms = "const done = arguments[1]; const t = performance.now(); \
        fetch(arguments[0], {cache: 'no-store'}).then(r => r.arrayBuffer()).then(a => done([a.byteLength, performance.now() - t]))";
    let small = b
        .execute_async(fetch_ms, vec![serde_json::json!("index.html")])
        .await;
    assert!(
        small[1].as_f64().unwrap() >= 300.0,
        "under the latency: {small}"
    );
    // logo.png: 2,000 bytes, not compressed, at 20,000 bytes/s: 100 ms more.
    let png = b
        .execute_async(fetch_ms, vec![serde_json::json!("logo.png")])
        .await;
    assert_eq!(png[0], 2000);
    assert!(
        png[1].as_f64().unwrap() >= 390.0,
        "faster than 20 KB/s: {png}"
    );
    drop(b);
}
