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
mod keystroke;
mod pages;
mod probe;
mod report;

use std::process::{Command, ExitCode};
use std::sync::Arc;

use e2e::Site;
use inspection_explorer::data::parse_dataset;
use inspection_explorer::query::synthetic;

use cold_load::{Load, Profile};
use pages::{Expected, Pages, Scratch, LIST_ROUTE};
use probe::{Reached, Want};
use report::{grouped, median, ms, Outcome, Row};

const DEFAULT_LOADS: usize = 7;
const MIN_LOADS: usize = 5;

/// The bars: ratios to the plain-JS page in the same run, and times.
const LIST_LOCAL_RATIO_BAR: f64 = 1.5;
const LIST_PHONE_RATIO_BAR: f64 = 2.0;
const HEADLINE_PHONE_RATIO_BAR: f64 = 1.0;
const FIRST_CHART_BAR_MS: f64 = 400.0;
const KEYSTROKE_BAR_MS_10X: f64 = 50.0;

const OVERVIEW: &str = "#/";
const FIRST_CHART: &str = "explorer-first-chart";
const FIRST_VIEW: &str = "explorer-first-view";
const INSPECTION_DEEP_LINK: &str = "#/inspections/nps-south-west-2021";

/// A cold-load job: the explorer, and the plain-JS page where it does the
/// same thing.
struct Job {
    name: &'static str,
    explorer: Load,
    plain: Option<Load>,
    explorer_runs: Vec<Reached>,
    plain_runs: Vec<Reached>,
}

impl Job {
    fn new(name: &'static str, explorer: Load, plain: Option<Load>) -> Job {
        Job {
            name,
            explorer,
            plain,
            explorer_runs: Vec::new(),
            plain_runs: Vec::new(),
        }
    }

    fn both(
        name: &'static str,
        pages: &Pages,
        route: &'static str,
        profile: Profile,
        want: Want,
    ) -> Job {
        let load = |site: &Arc<Site>| Load {
            site: site.clone(),
            route,
            profile,
            want: want.clone(),
        };
        Job::new(name, load(&pages.explorer), Some(load(&pages.plain)))
    }

    fn explorer_only(
        name: &'static str,
        site: &Arc<Site>,
        route: &'static str,
        profile: Profile,
        want: Want,
    ) -> Job {
        Job::new(
            name,
            Load {
                site: site.clone(),
                route,
                profile,
                want,
            },
            None,
        )
    }

    async fn run_once(&mut self) {
        self.explorer_runs.push(self.explorer.run().await);
        if let Some(plain) = &self.plain {
            self.plain_runs.push(plain.run().await);
        }
    }
}

/// The median time and bytes of one goal over a page's loads.
fn med(
    runs: &[Reached],
    time: impl Fn(&Reached) -> Option<f64>,
    bytes: impl Fn(&Reached) -> Option<f64>,
) -> (f64, Option<f64>) {
    let times: Vec<f64> = runs
        .iter()
        .map(|r| time(r).expect("every load reached its goal"))
        .collect();
    let sent: Vec<f64> = runs.iter().filter_map(bytes).collect();
    (median(&times), (!sent.is_empty()).then(|| median(&sent)))
}

fn list(r: &Reached) -> Option<f64> {
    r.list
}
fn list_bytes(r: &Reached) -> Option<f64> {
    r.list_bytes
}
fn headline(r: &Reached) -> Option<f64> {
    r.headline
}
fn headline_bytes(r: &Reached) -> Option<f64> {
    r.headline_bytes
}
fn mark(name: &'static str) -> impl Fn(&Reached) -> Option<f64> {
    move |r| r.marks.get(name).copied()
}
fn no_bytes(_: &Reached) -> Option<f64> {
    None
}

fn loads_from_env() -> usize {
    match std::env::var("BENCH_LOADS") {
        Ok(v) => match v.parse::<usize>() {
            Ok(n) if n >= MIN_LOADS => n,
            _ => panic!("BENCH_LOADS={v}: give a whole number of loads, at least {MIN_LOADS}"),
        },
        Err(_) => DEFAULT_LOADS,
    }
}

/// Runs `scripts/size-report` on the build (it prints its table) and reads
/// its total: (bytes, budget, within budget).
fn size_report() -> Option<(u64, u64, bool)> {
    let out = Command::new(e2e::repo_root().join("scripts/size-report"))
        .arg(e2e::default_dist())
        .output()
        .map_err(|e| eprintln!("bench: cannot run scripts/size-report: {e}"))
        .ok()?;
    print!("{}", String::from_utf8_lossy(&out.stdout));
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    // "wasm + JS + CSS: 245123 bytes gzipped; budget 300000 bytes (...)"
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.starts_with("wasm + JS + CSS:"))?;
    let numbers: Vec<u64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    Some((*numbers.first()?, *numbers.get(1)?, out.status.success()))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let loads = loads_from_env();
    let dist = e2e::default_dist();
    let text = std::fs::read(dist.join(e2e::DATA_PATH)).unwrap_or_else(|e| {
        panic!(
            "cannot read {}/{} ({e}); build first: trunk build --release",
            dist.display(),
            e2e::DATA_PATH
        )
    });
    let data = parse_dataset(std::str::from_utf8(&text).expect("the dataset is UTF-8"))
        .expect("the bundled dataset is valid");
    let data_10x = synthetic(&data, 10);
    let bytes_10x = serde_json::to_vec(&data_10x).expect("the synthetic dataset serialises");

    println!("=== sizes");
    let size = size_report();

    let scratch = Scratch::new();
    let plain_js = pages::plain_js_source();
    let one = scratch.pages("1x", &dist, &plain_js, &text);
    let ten = scratch.pages("10x", &dist, &plain_js, &bytes_10x);
    drop(scratch);
    let (expect_1x, expect_10x) = (Expected::of(&data), Expected::of(&data_10x));
    let list_want = |e: &Expected| Want {
        list: Some(e.list.clone()),
        ..Want::default()
    };
    let overview_want = Want {
        headline: Some(expect_1x.headline.clone()),
        marks: vec![FIRST_CHART],
        ..Want::default()
    };

    let mut jobs = vec![
        Job::both(
            "list, local, 1x",
            &one,
            LIST_ROUTE,
            Profile::Local,
            list_want(&expect_1x),
        ),
        Job::both(
            "list, local, 10x",
            &ten,
            LIST_ROUTE,
            Profile::Local,
            list_want(&expect_10x),
        ),
        Job::both(
            "list, phone, 1x",
            &one,
            LIST_ROUTE,
            Profile::Phone,
            list_want(&expect_1x),
        ),
        Job::explorer_only(
            "overview, phone, 1x",
            &one.explorer,
            OVERVIEW,
            Profile::Phone,
            overview_want.clone(),
        ),
        Job::explorer_only(
            "overview, local, 1x",
            &one.explorer,
            OVERVIEW,
            Profile::Local,
            overview_want,
        ),
        Job::explorer_only(
            "inspection, local, 1x",
            &one.explorer,
            INSPECTION_DEEP_LINK,
            Profile::Local,
            Want {
                marks: vec![FIRST_VIEW],
                ..Want::default()
            },
        ),
    ];
    println!("\n=== cold loads ({loads} per page per job, in rounds)");
    let started = std::time::Instant::now();
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

    let plain_list_local = med(&list_1x.plain_runs, list, list_bytes);
    let plain_list_phone = med(&list_phone.plain_runs, list, list_bytes);
    let (n_1x, n_10x) = (expect_1x.list, expect_10x.list);
    let rows_of = |n: &probe::ListWant| {
        if n.need == n.ids.len() {
            format!("{} rows", n.ids.len())
        } else {
            format!("first {} of {} rows", n.need, n.ids.len())
        }
    };
    let first_chart_local = med(&overview_local.explorer_runs, mark(FIRST_CHART), no_bytes).0;
    let mut rows = vec![
        Row::versus(
            format!(
                "deep link `{LIST_ROUTE}` to its list ({}), local",
                rows_of(&n_1x)
            ),
            med(&list_1x.explorer_runs, list, list_bytes),
            plain_list_local,
            Some(LIST_LOCAL_RATIO_BAR),
        ),
        Row::versus(
            format!("the same with 10x the data ({}), local", rows_of(&n_10x)),
            med(&list_10x.explorer_runs, list, list_bytes),
            med(&list_10x.plain_runs, list, list_bytes),
            Some(LIST_LOCAL_RATIO_BAR),
        ),
        Row::versus(
            "the same (bundled data) over the phone profile".into(),
            med(&list_phone.explorer_runs, list, list_bytes),
            plain_list_phone,
            Some(LIST_PHONE_RATIO_BAR),
        ),
        Row::versus(
            "overview's headline figures visible, phone profile (plain JS: its list)".into(),
            med(&overview_phone.explorer_runs, headline, headline_bytes),
            plain_list_phone,
            Some(HEADLINE_PHONE_RATIO_BAR),
        ),
        Row::versus(
            "overview's headline figures visible, local (plain JS: its list)".into(),
            med(&overview_local.explorer_runs, headline, headline_bytes),
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
            ms(med(&overview_phone.explorer_runs, mark(FIRST_CHART), no_bytes).0),
            None,
        ),
        Row::alone(
            "inspection deep link rendered, local".into(),
            ms(med(&inspection.explorer_runs, mark(FIRST_VIEW), no_bytes).0),
            None,
        ),
    ];

    println!("\n=== keystroke to list");
    for factor in [1usize, 10, 100] {
        let body = match factor {
            1 => None,
            10 => Some(bytes_10x.clone()),
            _ => Some(
                serde_json::to_vec(&synthetic(&data, factor))
                    .expect("the synthetic dataset serialises"),
            ),
        };
        let size = body.as_ref().map_or(text.len(), Vec::len);
        let typed = keystroke::typing(body, "abuse").await;
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
    rows.push(match size {
        Some((bytes, budget, within)) => Row::alone(
            "wasm + JS + CSS, gzipped (scripts/size-report)".into(),
            format!("{} bytes", grouped(bytes)),
            Some((format!("< {} bytes", grouped(budget)), within)),
        ),
        None => Row::alone(
            "wasm + JS + CSS, gzipped (scripts/size-report)".into(),
            "not measured".into(),
            Some(("-".into(), false)),
        ),
    });

    println!("\n=== results: medians of {loads} cold loads per page (KB: received by then, 1 KB = 1,000 bytes)\n");
    print!("{}", report::table(&rows));
    println!("\nEvery load (ms from navigation start, in run order):");
    for job in &jobs {
        let show = |runs: &[Reached], f: &dyn Fn(&Reached) -> Option<f64>| {
            runs.iter()
                .map(|r| f(r).map_or("-".into(), |t| format!("{t:.0}")))
                .collect::<Vec<_>>()
                .join(" ")
        };
        if job.explorer.want.list.is_some() {
            println!(
                "  {}: explorer {} | plain JS {}",
                job.name,
                show(&job.explorer_runs, &list),
                show(&job.plain_runs, &list)
            );
        }
        if job.explorer.want.headline.is_some() {
            println!(
                "  {}: headline in the document {} | visible {} | first chart {}",
                job.name,
                show(&job.explorer_runs, &|r: &Reached| r.headline_in_document),
                show(&job.explorer_runs, &headline),
                show(&job.explorer_runs, &mark(FIRST_CHART))
            );
        } else if !job.explorer.want.marks.is_empty() {
            println!(
                "  {}: {}",
                job.name,
                show(&job.explorer_runs, &mark(FIRST_VIEW))
            );
        }
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
