//! Times the one filter-and-search engine over the bundled data and over
//! synthetic data 10x and 100x its size (every inspection cloned with
//! suffixed ids), and exits non-zero if, at 100x, a pass (or a pass with all
//! of its facet counts, which is what a list page computes) misses the bar.
//!
//! `cargo bench --bench engine` (a plain `main`, no bench harness). Each
//! figure is the median of several runs, in milliseconds.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

use std::process::ExitCode;
use std::time::Instant;

use inspection_explorer::data::parse_dataset;
use inspection_explorer::query::{synthetic, Catalog, Filter, ListKind};

/// A filter-and-search pass at 100x must take less than this.
const BAR_MS: f64 = 10.0;
const RUNS: usize = 21;

fn median_ms(mut f: impl FnMut() -> usize) -> (f64, usize) {
    let mut times = Vec::with_capacity(RUNS);
    let mut n = 0;
    f(); // warm up
    for _ in 0..RUNS {
        let t = Instant::now();
        n = std::hint::black_box(f());
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    (times[RUNS / 2], n)
}

struct Case {
    name: &'static str,
    list: ListKind,
    query: &'static str,
}

const CASES: [Case; 8] = [
    Case { name: "no filter", list: ListKind::Inspections, query: "" },
    Case { name: "a facet filter", list: ListKind::Inspections, query: "region=south-west,wales&rating=inadequate,requires-improvement" },
    Case { name: "a 2-word search", list: ListKind::Inspections, query: "q=south%20division" },
    Case { name: "findings list", list: ListKind::Findings, query: "" },
    Case { name: "findings, 2-word search", list: ListKind::Findings, query: "q=domestic%20abuse" },
    Case { name: "findings, theme + 2-word search", list: ListKind::Findings, query: "theme=domestic-abuse&q=domestic%20abuse" },
    Case { name: "recommendations list", list: ListKind::Recommendations, query: "" },
    Case { name: "recommendations, region + theme", list: ListKind::Recommendations, query: "region=south-west&theme=workload" },
];

fn main() -> ExitCode {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/data/inspections.json");
    let text = std::fs::read_to_string(path).expect("read static/data/inspections.json");
    let base = parse_dataset(&text).expect("the bundled dataset is valid");
    let mut failed = Vec::new();
    println!("inspection-explorer engine benchmark: median of {RUNS} runs, milliseconds");
    println!();
    println!("| data | inspections | findings | recommendations | build catalog |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    let mut catalogs = Vec::new();
    for factor in [1usize, 10, 100] {
        let data = synthetic(&base, factor);
        let (ni, nf, nr) = (data.inspections.len(), data.finding_count(), data.recommendation_count());
        let t = Instant::now();
        let catalog = Catalog::new(data);
        let build = t.elapsed().as_secs_f64() * 1000.0;
        println!("| {factor}x | {ni} | {nf} | {nr} | {build:.1} |");
        catalogs.push((factor, catalog));
    }
    println!();
    println!("| case | list | query | data | results | pass (ms) | pass + all facet counts (ms) |");
    println!("| --- | --- | --- | --- | ---: | ---: | ---: |");
    for case in &CASES {
        for (factor, c) in &catalogs {
            let (filter, ignored) = Filter::from_query(case.query, &c.data);
            assert!(ignored.is_empty(), "{}: {:?}", case.name, ignored);
            let pass = || match case.list {
                ListKind::Inspections => c.inspections(&filter).len(),
                list => c.items_matching(list, &filter).len(),
            };
            let (ms, n) = median_ms(pass);
            let (view_ms, _) = median_ms(|| pass() + c.facets(case.list, &filter).region.len());
            let query = if case.query.is_empty() { "(none)".to_string() } else { format!("`{}`", case.query) };
            println!(
                "| {} | {} | {} | {}x | {} | {:.3} | {:.3} |",
                case.name,
                case.list.noun(),
                query,
                factor,
                n,
                ms,
                view_ms
            );
            if *factor == 100 && ms >= BAR_MS {
                failed.push(format!("{}: the pass at 100x took {ms:.2} ms (bar {BAR_MS} ms)", case.name));
            }
            if *factor == 100 && view_ms >= BAR_MS {
                failed.push(format!("{}: pass + facet counts at 100x took {view_ms:.2} ms (bar {BAR_MS} ms)", case.name));
            }
        }
    }
    println!();
    if failed.is_empty() {
        println!("PASS: at 100x every filter-and-search pass, and every pass with all its facet counts, took under {BAR_MS} ms.");
        ExitCode::SUCCESS
    } else {
        for f in &failed {
            println!("FAIL: {f}");
        }
        ExitCode::FAILURE
    }
}
