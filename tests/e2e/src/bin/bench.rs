//! Browser performance figures for `scripts/bench`, measured in headless
//! Chromium on the release build (dist/), each the median of fresh loads:
//!
//! - navigation start to the overview's first chart, and to an inspection
//!   deep link rendered (marks the page leaves: `explorer-first-chart`,
//!   `explorer-first-view`);
//! - keystroke to updated list for a search, on the bundled data and on
//!   synthetic data 10x and 100x its size;
//! - the JS heap after load.
//!
//! Prints a table and exits non-zero when a bar is missed.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use e2e::{Browser, Server};
use inspection_explorer::data::parse_dataset;
use inspection_explorer::query::synthetic;
use serde_json::{json, Value};

const LOADS: usize = 5;
const FIRST_CHART_BAR_MS: f64 = 400.0;
const KEYSTROKE_BAR_MS_10X: f64 = 50.0;
const DEEP_LINK: &str = "#/inspections/nps-south-west-2021";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Waits (up to `limit`) for a performance mark and returns its time from
/// navigation start, in ms.
async fn mark_time(b: &Browser, mark: &str, limit: Duration) -> f64 {
    let deadline = Instant::now() + limit;
    loop {
        let v = b
            .execute("const m = performance.getEntriesByName(arguments[0]); return m.length ? m[0].startTime : null", vec![json!(mark)])
            .await;
        if let Some(t) = v.as_f64() {
            return t;
        }
        if Instant::now() > deadline {
            panic!("the page left no `{mark}` mark within {limit:?}: {}", b.diagnostics().await);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn fresh_load_times(route: &str, mark: &str) -> Vec<f64> {
    let mut times = Vec::new();
    for _ in 0..LOADS {
        let b = Browser::start().await;
        b.open(route).await;
        times.push(mark_time(&b, mark, Duration::from_secs(20)).await);
    }
    times
}

/// Types `word` into the search box one key at a time; for each key, the
/// time from the input event to the next frame after the list has updated.
const KEYSTROKE: &str = r#"
const done = arguments[arguments.length - 1];
const word = arguments[0];
const input = document.getElementById('filter-q');
input.focus();
const times = [];
let typed = '';
const next = () => {
  if (typed.length === word.length) {
    done({times, count: document.getElementById('result-count').textContent, value: input.value});
    return;
  }
  typed += word[typed.length];
  const t0 = performance.now();
  input.value = typed;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText', data: typed[typed.length - 1]}));
  requestAnimationFrame(() => setTimeout(() => { times.push(performance.now() - t0); next(); }, 0));
};
next();
"#;

async fn keystroke_times(data: Option<Vec<u8>>, word: &str) -> (Vec<f64>, String, f64) {
    let server = Server::start();
    if let Some(body) = data {
        server.serve_data(body);
    }
    let b = Browser::start_on(server).await;
    b.open("#/findings").await;
    mark_time(&b, "explorer-first-view", Duration::from_secs(120)).await;
    let heap = b.js("return performance.memory ? performance.memory.usedJSHeapSize : null").await.as_f64().unwrap_or(f64::NAN);
    let mut all = Vec::new();
    let mut count = String::new();
    for _ in 0..3 {
        let r = b.execute_async(KEYSTROKE, vec![json!(word)]).await;
        all.extend(r["times"].as_array().unwrap().iter().filter_map(Value::as_f64));
        count = r["count"].as_str().unwrap_or_default().to_string();
        assert_eq!(r["value"], json!(word));
        // Clear for the next round.
        b.execute_async(
            "const done = arguments[0]; const i = document.getElementById('filter-q'); i.value = ''; i.dispatchEvent(new InputEvent('input', {bubbles: true})); requestAnimationFrame(() => setTimeout(done, 0));",
            vec![],
        )
        .await;
    }
    (all, count, heap / 1_048_576.0)
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let server = Server::start();
    let text = server.read_dist_data();
    drop(server);
    let data = parse_dataset(&text).expect("the bundled dataset is valid");
    let mut ok = true;
    let mut rows: Vec<(String, String, String)> = Vec::new();

    let chart = fresh_load_times("#/", "explorer-first-chart").await;
    let chart_ms = median(chart.clone());
    rows.push(("navigation to first chart (overview)".into(), format!("{chart_ms:.0} ms"), format!("< {FIRST_CHART_BAR_MS:.0} ms")));
    ok &= chart_ms < FIRST_CHART_BAR_MS;
    let deep = median(fresh_load_times(DEEP_LINK, "explorer-first-view").await);
    rows.push(("navigation to inspection deep link rendered".into(), format!("{deep:.0} ms"), "-".into()));

    for factor in [1usize, 10, 100] {
        let body = (factor > 1).then(|| serde_json::to_vec(&synthetic(&data, factor)).unwrap());
        let size = body.as_ref().map_or(text.len(), Vec::len);
        let (times, count, heap) = keystroke_times(body, "abuse").await;
        let ms = median(times);
        let bar = if factor == 10 { format!("< {KEYSTROKE_BAR_MS_10X:.0} ms") } else { "-".into() };
        if factor == 10 {
            ok &= ms < KEYSTROKE_BAR_MS_10X;
        }
        rows.push((format!("keystroke to list, findings search, {factor}x data ({:.1} MB; {count})", size as f64 / 1_048_576.0), format!("{ms:.1} ms"), bar));
        rows.push((format!("JS heap after load, {factor}x data"), format!("{heap:.1} MB"), "-".into()));
    }

    println!("\nBrowser figures (headless Chromium, median of {LOADS} fresh loads / 15 keystrokes):");
    println!("| measure | value | bar |\n| --- | --- | --- |");
    for (what, value, bar) in &rows {
        println!("| {what} | {value} | {bar} |");
    }
    println!("first-chart loads (ms): {:?}", chart.iter().map(|t| t.round()).collect::<Vec<_>>());
    if ok {
        println!("bench: every bar met");
        ExitCode::SUCCESS
    } else {
        eprintln!("bench: a bar was missed");
        ExitCode::FAILURE
    }
}
