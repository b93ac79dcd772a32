//! Keystroke to updated list: a word typed into the findings search one
//! key at a time, each key timed from its input event to the next frame
//! after the list has updated; and the JS heap after the load.

use std::time::{Duration, Instant};

use e2e::{Browser, Server};
use inspection_explorer::data::Dataset;
use inspection_explorer::query::synthetic;
use serde_json::{json, Value};

use crate::report::{median, ms, Row};

const KEYSTROKE_BAR_MS_10X: f64 = 50.0;
const WORD: &str = "abuse";

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
            panic!(
                "the page left no `{mark}` mark within {limit:?}: {}",
                b.diagnostics().await
            );
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
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

/// Keystroke to list and the heap after load at 1x, 10x (bar: under 50 ms)
/// and 100x the bundled data (`bundled`, as served; `ten`, the 10x file).
pub async fn rows(data: &Dataset, bundled: &[u8], ten: &[u8]) -> Vec<Row> {
    let mut rows = Vec::new();
    for factor in [1usize, 10, 100] {
        let body = match factor {
            1 => None,
            10 => Some(ten.to_vec()),
            _ => Some(
                serde_json::to_vec(&synthetic(data, factor))
                    .expect("the synthetic dataset serialises"),
            ),
        };
        let size = body.as_ref().map_or(bundled.len(), Vec::len);
        let typed = typing(body, WORD).await;
        let t = median(&typed.times);
        let bar = (factor == 10).then(|| {
            (
                format!("< {}", ms(KEYSTROKE_BAR_MS_10X)),
                t < KEYSTROKE_BAR_MS_10X,
            )
        });
        rows.push(Row::alone(
            format!(
                "keystroke to list, findings search, {factor}x data ({:.1} MB; {})",
                size as f64 / 1_048_576.0,
                typed.count
            ),
            format!("{t:.1} ms"),
            bar,
        ));
        rows.push(Row::alone(
            format!("JS heap after load, {factor}x data"),
            format!("{:.1} MB", typed.heap_mb),
            None,
        ));
    }
    rows
}

/// What typing measured.
struct Typing {
    /// Every keystroke's time, ms.
    times: Vec<f64>,
    /// The list's count text after the word.
    count: String,
    /// The JS heap after the load, MB.
    heap_mb: f64,
}

/// Types `word` three times over (clearing the box between) on the findings
/// list, served with `data` (or the bundled dataset).
async fn typing(data: Option<Vec<u8>>, word: &str) -> Typing {
    let server = Server::start();
    if let Some(body) = data {
        server.serve_data(body);
    }
    let b = Browser::start_on(server).await;
    b.open("#/findings").await;
    mark_time(&b, "explorer-first-view", Duration::from_secs(120)).await;
    let heap = b
        .js("return performance.memory ? performance.memory.usedJSHeapSize : null")
        .await
        .as_f64()
        .unwrap_or(f64::NAN);
    let mut times = Vec::new();
    let mut count = String::new();
    for _ in 0..3 {
        let r = b.execute_async(KEYSTROKE, vec![json!(word)]).await;
        times.extend(
            r["times"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_f64),
        );
        count = r["count"].as_str().unwrap_or_default().to_string();
        assert_eq!(r["value"], json!(word));
        // Clear for the next round.
        b.execute_async(
            "const done = arguments[0]; const i = document.getElementById('filter-q'); i.value = ''; i.dispatchEvent(new InputEvent('input', {bubbles: true})); requestAnimationFrame(() => setTimeout(done, 0));",
            vec![],
        )
        .await;
    }
    Typing {
        times,
        count,
        heap_mb: heap / 1_048_576.0,
    }
}
