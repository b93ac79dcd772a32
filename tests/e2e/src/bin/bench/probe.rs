//! The measuring script: injected into every new document before any of
//! the page's own scripts, it watches the document from its first node and
//! notes, on the page's own clock (`performance.now()`, zero at navigation
//! start), when what a job waits for is there. The same script measures
//! both pages, so neither is timed by anything the other lacks.

use std::collections::BTreeMap;

use serde_json::{json, Value};

/// What a load waits for.
#[derive(Clone, Debug, Default)]
pub struct Want {
    /// Every one of these `<li id>` elements in the document, or `need` of
    /// them when a page shows a first page of rows.
    pub list: Option<ListWant>,
    /// The overview's headline figures, each holding its number, on screen.
    pub headline: Option<Vec<(&'static str, Option<usize>)>>,
    /// `performance` marks the page leaves (e.g. `explorer-first-chart`).
    pub marks: Vec<&'static str>,
}

#[derive(Clone, Debug)]
pub struct ListWant {
    pub ids: Vec<String>,
    pub need: usize,
}

/// What a load reached, in ms from navigation start; bytes are what the
/// page had received by then (resource timing's `transferSize`, headers
/// included, of every response complete at that moment).
#[derive(Clone, Debug, Default)]
pub struct Reached {
    pub list: Option<f64>,
    pub list_bytes: Option<f64>,
    /// When the figures were first in the document with their numbers.
    pub headline_in_document: Option<f64>,
    /// When they were first painted on screen (see the bench's doc).
    pub headline: Option<f64>,
    pub headline_bytes: Option<f64>,
    pub marks: BTreeMap<String, f64>,
}

/// One thing a load reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    List,
    HeadlineInDocument,
    Headline,
    Mark(&'static str),
}

impl Reached {
    /// When the load reached `goal`, in ms from navigation start.
    pub fn at(&self, goal: Goal) -> Option<f64> {
        match goal {
            Goal::List => self.list,
            Goal::HeadlineInDocument => self.headline_in_document,
            Goal::Headline => self.headline,
            Goal::Mark(name) => self.marks.get(name).copied(),
        }
    }

    /// The bytes the page had received by then, where recorded.
    pub fn bytes_at(&self, goal: Goal) -> Option<f64> {
        match goal {
            Goal::List => self.list_bytes,
            Goal::Headline => self.headline_bytes,
            Goal::HeadlineInDocument | Goal::Mark(_) => None,
        }
    }
}

/// Gives up on a page that never gets there (on the page's clock).
const GIVE_UP_MS: u32 = 25_000;

const PROBE: &str = r#"
(() => {
  const want = /*WANT*/null;
  const seen = {list: null, listBytes: null, headlineInDocument: null, headline: null, headlineBytes: null, marks: {}};
  let finished;
  const done = new Promise(resolve => { finished = resolve; });
  window.__coldLoad = {seen, done};
  const complete = () => (!want.list || seen.list !== null)
    && (!want.headline || seen.headline !== null)
    && want.marks.every(m => m in seen.marks);
  const settle = () => { if (complete()) finished(seen); };
  setTimeout(() => finished(Object.assign({timedOut: true}, seen)), /*GIVE_UP*/0);

  // Bytes received so far: every response whose entry exists (entries are
  // added when a response is complete).
  const bytes = () => performance.getEntriesByType('navigation')
    .concat(performance.getEntriesByType('resource'))
    .reduce((n, e) => n + (e.transferSize || 0), 0);

  const listThere = () => {
    let n = 0;
    for (const id of want.list.ids) {
      const e = document.getElementById(id);
      if (e && e.tagName === 'LI' && ++n >= want.list.need) return true;
    }
    return false;
  };
  // The figures' <dd>s once each holds its number (or, with no number
  // expected, any text); else null.
  const figures = () => {
    const h = document.getElementById('headline');
    if (!h) return null;
    const dds = [];
    for (const [key, n] of want.headline) {
      const dd = h.querySelector('[data-figure="' + key + '"] dd');
      const text = dd ? dd.textContent.trim() : '';
      if (!text || (n !== null && text.replace(/\D/g, '') !== String(n))) return null;
      dds.push(dd);
    }
    return dds;
  };
  const onScreen = e => {
    if (!e.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
      && r.top < innerHeight && r.left < innerWidth;
  };
  // Runs at the start of each frame's rendering: the first frame that
  // finds the figures on screen is the one that paints them.
  const frame = () => {
    const dds = figures();
    if (dds && dds.every(onScreen)) {
      seen.headline = performance.now();
      seen.headlineBytes = bytes();
      settle();
    } else {
      requestAnimationFrame(frame);
    }
  };

  const check = () => {
    const now = performance.now();
    if (want.list && seen.list === null && listThere()) {
      seen.list = now;
      seen.listBytes = bytes();
      settle();
    }
    if (want.headline && seen.headlineInDocument === null && figures()) {
      seen.headlineInDocument = now;
      requestAnimationFrame(frame);
    }
    if ((!want.list || seen.list !== null) && (!want.headline || seen.headlineInDocument !== null)) {
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['id']});
  check();

  if (want.marks.length) {
    new PerformanceObserver(entries => {
      for (const e of entries.getEntries()) {
        if (want.marks.includes(e.name) && !(e.name in seen.marks)) seen.marks[e.name] = e.startTime;
      }
      settle();
    }).observe({type: 'mark', buffered: true});
  }
  settle();
})();
"#;

impl Want {
    /// The script to inject (`Page.addScriptToEvaluateOnNewDocument`).
    pub fn probe_script(&self) -> String {
        let want = json!({
            "list": self.list.as_ref().map(|l| json!({"ids": l.ids, "need": l.need})),
            "headline": self.headline,
            "marks": self.marks,
        });
        PROBE
            .replace("/*WANT*/null", &want.to_string())
            .replace("/*GIVE_UP*/0", &GIVE_UP_MS.to_string())
    }
}

/// The script that hands back what the probe saw, once all is there.
pub const RESULT: &str =
    "const done = arguments[arguments.length - 1]; window.__coldLoad.done.then(done);";

impl Reached {
    /// Reads the probe's result; `Err` with what was seen when the page
    /// never got there.
    pub fn from_probe(v: &Value) -> Result<Reached, String> {
        if v["timedOut"] == json!(true) {
            return Err(format!(
                "the page did not get there within {GIVE_UP_MS} ms; the probe saw {v}"
            ));
        }
        let f = |k: &str| v[k].as_f64();
        Ok(Reached {
            list: f("list"),
            list_bytes: f("listBytes"),
            headline_in_document: f("headlineInDocument"),
            headline: f("headline"),
            headline_bytes: f("headlineBytes"),
            marks: v["marks"]
                .as_object()
                .map(|m| {
                    m.iter()
                        .filter_map(|(k, t)| Some((k.clone(), t.as_f64()?)))
                        .collect()
                })
                .unwrap_or_default(),
        })
    }
}
