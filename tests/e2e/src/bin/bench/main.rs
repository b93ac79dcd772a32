//! The explorer's performance figures for `scripts/bench`, measured side by
//! side with a page that does the same job in plain JavaScript
//! (`../shared/bench/plain-js/`), in headless Chromium on the release build
//! (dist/). Prints a table (each job's explorer median, plain-JS median,
//! ratio, bar, pass/fail), then every load's figures, and exits non-zero
//! when a bar is missed.
//!
//! # Cold loads
//!
//! Each page is copied into a folder of its own with the same
//! `data/inspections.json` (the bundled file, or 10x synthetic data) and
//! served the way real static hosts serve (gzip when accepted, precompressed
//! once; keep-alive; see `e2e::Site`), one fresh server per load. Every load
//! is cold: a fresh Chromium profile, the HTTP cache disabled. The jobs run
//! in rounds, explorer then plain JS, job after job, so both pages see the
//! same drift of a busy machine; each figure is the median of `BENCH_LOADS`
//! loads per page (default 7, at least 5).
//!
//! * Local: this machine over loopback, CPU at full speed.
//! * Phone profile (Lighthouse's mobile profile): through CDP, before the
//!   navigation, `Network.emulateNetworkConditions` (150 ms latency,
//!   1.6 Mbit/s down, 750 kbit/s up) and `Emulation.setCPUThrottlingRate` 4.
//!   The window stays desktop-sized on both pages. The explorer's service
//!   worker, installed during a first visit, fills its offline copy from
//!   the browser's HTTP cache (the host allows caching, as GitHub Pages
//!   does; the disabled cache only keeps the page's own requests from
//!   reading it), so it asks the host for nothing more. (Its requests
//!   would not be throttled anyway: the emulation reaches the page's target
//!   only.)
//!
//! # What is timed, and how
//!
//! A script injected before any page script (`Page.addScriptToEvaluateOnNewDocument`),
//! the same on both pages, watches the document with a `MutationObserver`
//! from its first node and notes `performance.now()` (zero at navigation
//! start) when:
//!
//! * the deep link's list is there: every inspection of the region as an
//!   `<li id="{inspection id}">`, or its first 50 where the explorer shows
//!   50 rows at a time (the plain-JS page shows them all, so for it "50 of
//!   them" and "all of them" are the same moment). The ids come from the
//!   dataset the run serves. "There" means in the document: the time the
//!   page's script has done its work.
//! * the overview's headline figures are visible: `#headline` holds its four
//!   figures, each `<dd>` with its number (the inspection, finding and
//!   recommendation counts of the dataset, so placeholder text does not
//!   count), and each is *visible*: rendered (`checkVisibility` with opacity
//!   and visibility: not `display: none`, `hidden`, `visibility: hidden`,
//!   `opacity: 0`, nor inside such an element), with a non-empty box that
//!   lies in the viewport. The time is taken at the start of the first
//!   animation frame that finds them so: that frame paints them, so this is
//!   their first paint, not the moment a script inserted them. Frames do not
//!   run while a style sheet still blocks rendering, so figures that arrive
//!   in the HTML before any script (a pre-rendered page) are timed from when
//!   the browser can first show them, not from when they were parsed. An
//!   element covering them is not detected.
//! * the first chart: the `explorer-first-chart` mark the page leaves.
//! * on the inspection deep link, the marks the page leaves when the data's
//!   text has arrived, when it is read and checked, when it is indexed and
//!   when the first view is drawn: the time between each, per load.
//!
//! Bytes are the page's own: resource timing's `transferSize` (headers and
//! the body as sent, gzipped where it was) of every response complete when
//! the goal was reached.
//!
//! # Other figures
//!
//! Keystroke to updated list on the findings search (bundled, 10x, 100x
//! data) and the JS heap after load; the size of wasm + JS + CSS gzipped, as
//! `scripts/size-report` reports it against its budget.

mod cold_load;
mod jobs;
mod keystroke;
mod pages;
mod probe;
mod report;
mod sizes;

use std::process::ExitCode;
use std::time::Instant;

use inspection_explorer::data::parse_dataset;
use inspection_explorer::query::synthetic;

use cold_load::Profile;
use jobs::{median_at, median_between, Job};
use pages::{Expected, Scratch, LIST_ROUTE};
use probe::{Goal, ListWant, Want};
use report::{ms, Outcome, Row};

const DEFAULT_LOADS: usize = 7;
const MIN_LOADS: usize = 5;

/// The bars: ratios to the plain-JS page in the same run, and a time.
const LIST_LOCAL_RATIO_BAR: f64 = 1.5;
const LIST_PHONE_RATIO_BAR: f64 = 2.0;
const HEADLINE_PHONE_RATIO_BAR: f64 = 1.0;
const FIRST_CHART_BAR_MS: f64 = 400.0;
/// Reading, indexing and first drawing the bundled data, from the data's
/// arrival to the first view (the page's performance marks).
const START_UP_BAR_MS: f64 = 40.0;

const OVERVIEW: &str = "#/";
const FIRST_CHART: Goal = Goal::Mark("explorer-first-chart");
const FIRST_VIEW: Goal = Goal::Mark("explorer-first-view");
const DATA_RECEIVED: Goal = Goal::Mark("explorer-data-received");
const DATA_PARSED: Goal = Goal::Mark("explorer-data-parsed");
const DATA_INDEXED: Goal = Goal::Mark("explorer-data-indexed");
const INSPECTION_DEEP_LINK: &str = "#/inspections/nps-south-west-2021";

fn loads_from_env() -> usize {
    match std::env::var("BENCH_LOADS") {
        Ok(v) => match v.parse::<usize>() {
            Ok(n) if n >= MIN_LOADS => n,
            _ => panic!("BENCH_LOADS={v}: give a whole number of loads, at least {MIN_LOADS}"),
        },
        Err(_) => DEFAULT_LOADS,
    }
}

fn marks(goals: &[Goal]) -> Vec<&'static str> {
    goals
        .iter()
        .filter_map(|g| match g {
            Goal::Mark(name) => Some(*name),
            _ => None,
        })
        .collect()
}

/// "8 rows", or "first 50 of 80 rows" where the explorer shows a first page.
fn rows_shown(list: &ListWant) -> String {
    if list.need == list.ids.len() {
        format!("{} rows", list.ids.len())
    } else {
        format!("first {} of {} rows", list.need, list.ids.len())
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let loads = loads_from_env();
    let dist = e2e::default_dist();
    let bundled = std::fs::read(dist.join(e2e::DATA_PATH)).unwrap_or_else(|e| {
        panic!(
            "cannot read {}/{} ({e}); build first: trunk build --release",
            dist.display(),
            e2e::DATA_PATH
        )
    });
    let data = parse_dataset(std::str::from_utf8(&bundled).expect("the dataset is UTF-8"))
        .expect("the bundled dataset is valid");
    let data_10x = synthetic(&data, 10);
    let bytes_10x = serde_json::to_vec(&data_10x).expect("the synthetic dataset serialises");

    println!("=== sizes");
    let size = sizes::size_row();

    let scratch = Scratch::new();
    let plain_js = pages::plain_js_source();
    let one = scratch.pages("1x", &dist, &plain_js, &bundled);
    let ten = scratch.pages("10x", &dist, &plain_js, &bytes_10x);
    drop(scratch);
    let (expect_1x, expect_10x) = (Expected::of(&data), Expected::of(&data_10x));
    let list = |e: &Expected| Want {
        list: Some(e.list.clone()),
        ..Want::default()
    };
    let overview = Want {
        headline: Some(expect_1x.headline.clone()),
        marks: marks(&[FIRST_CHART]),
        ..Want::default()
    };
    let inspection = Want {
        marks: marks(&[FIRST_VIEW, DATA_RECEIVED, DATA_PARSED, DATA_INDEXED]),
        ..Want::default()
    };
    let (local, phone) = (Profile::Local, Profile::Phone);
    let mut jobs = vec![
        Job::both("list, local, 1x", &one, LIST_ROUTE, local, list(&expect_1x)),
        Job::both(
            "list, local, 10x",
            &ten,
            LIST_ROUTE,
            local,
            list(&expect_10x),
        ),
        Job::both("list, phone, 1x", &one, LIST_ROUTE, phone, list(&expect_1x)),
        Job::explorer_only(
            "overview, phone, 1x",
            &one.explorer,
            OVERVIEW,
            phone,
            overview.clone(),
        ),
        Job::explorer_only(
            "overview, local, 1x",
            &one.explorer,
            OVERVIEW,
            local,
            overview,
        ),
        Job::explorer_only(
            "inspection, local, 1x",
            &one.explorer,
            INSPECTION_DEEP_LINK,
            local,
            inspection,
        ),
    ];

    println!("\n=== cold loads ({loads} per page per job, in rounds)");
    let started = Instant::now();
    for round in 1..=loads {
        for job in &mut jobs {
            job.run_once().await;
        }
        eprintln!(
            "bench: round {round}/{loads} done after {:.0} s",
            started.elapsed().as_secs_f64()
        );
    }
    let cold_loads_took = started.elapsed();
    let [list_1x, list_10x, list_phone, overview_phone, overview_local, inspection] = &jobs[..]
    else {
        unreachable!("six jobs")
    };

    let plain_list_local = median_at(&list_1x.plain_runs, Goal::List);
    let plain_list_phone = median_at(&list_phone.plain_runs, Goal::List);
    let first_chart_local = median_at(&overview_local.explorer_runs, FIRST_CHART).0;
    let mut rows = vec![
        Row::versus(
            format!(
                "deep link `{LIST_ROUTE}` to its list ({}), local",
                rows_shown(&expect_1x.list)
            ),
            median_at(&list_1x.explorer_runs, Goal::List),
            plain_list_local,
            Some(LIST_LOCAL_RATIO_BAR),
        ),
        Row::versus(
            format!(
                "the same with 10x the data ({}), local",
                rows_shown(&expect_10x.list)
            ),
            median_at(&list_10x.explorer_runs, Goal::List),
            median_at(&list_10x.plain_runs, Goal::List),
            Some(LIST_LOCAL_RATIO_BAR),
        ),
        Row::versus(
            "the same (bundled data) over the phone profile".into(),
            median_at(&list_phone.explorer_runs, Goal::List),
            plain_list_phone,
            Some(LIST_PHONE_RATIO_BAR),
        ),
        Row::versus(
            "overview's headline figures visible, phone profile (plain JS: its list)".into(),
            median_at(&overview_phone.explorer_runs, Goal::Headline),
            plain_list_phone,
            Some(HEADLINE_PHONE_RATIO_BAR),
        ),
        Row::versus(
            "overview's headline figures visible, local (plain JS: its list)".into(),
            median_at(&overview_local.explorer_runs, Goal::Headline),
            plain_list_local,
            None,
        ),
        Row::alone(
            "overview's first chart, local".into(),
            ms(first_chart_local),
            Some((
                format!("< {}", ms(FIRST_CHART_BAR_MS)),
                first_chart_local < FIRST_CHART_BAR_MS,
            )),
        ),
        Row::alone(
            "overview's first chart, phone profile".into(),
            ms(median_at(&overview_phone.explorer_runs, FIRST_CHART).0),
            None,
        ),
        Row::alone(
            "inspection deep link rendered, local".into(),
            ms(median_at(&inspection.explorer_runs, FIRST_VIEW).0),
            None,
        ),
        Row::alone(
            "... its data read and checked (marks: received to parsed)".into(),
            ms(median_between(&inspection.explorer_runs, DATA_RECEIVED, DATA_PARSED)),
            None,
        ),
        Row::alone(
            "... indexed (parsed to indexed)".into(),
            ms(median_between(&inspection.explorer_runs, DATA_PARSED, DATA_INDEXED)),
            None,
        ),
        Row::alone(
            "... its first view drawn (indexed to first view)".into(),
            ms(median_between(&inspection.explorer_runs, DATA_INDEXED, FIRST_VIEW)),
            None,
        ),
        {
            let together = median_between(&inspection.explorer_runs, DATA_RECEIVED, FIRST_VIEW);
            Row::alone(
                "... the three together (received to first view)".into(),
                ms(together),
                Some((format!("< {}", ms(START_UP_BAR_MS)), together < START_UP_BAR_MS)),
            )
        },
    ];

    println!("\n=== keystroke to list");
    rows.extend(keystroke::rows(&data, &bundled, &bytes_10x).await);
    rows.push(size);

    println!("\n=== results: medians of {loads} cold loads per page (KB: received by then, 1 KB = 1,000 bytes)\n");
    print!("{}", report::table(&rows));
    println!("\nEvery load (ms from navigation start, in run order):");
    for job in &jobs {
        println!("  {}", job.samples());
    }
    println!(
        "The cold loads took {:.0} s.",
        cold_loads_took.as_secs_f64()
    );

    if rows.iter().any(|r| r.outcome == Outcome::Fail) {
        eprintln!("bench: a bar was missed");
        ExitCode::FAILURE
    } else {
        println!("bench: every bar met");
        ExitCode::SUCCESS
    }
}
