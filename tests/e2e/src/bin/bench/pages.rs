//! The two pages side by side on the same data: the explorer's build and
//! the plain-JS page (`../shared/bench/plain-js/`), each copied into a
//! folder of its own with the run's `data/inspections.json` beside it, then
//! read into a [`Site`] (gzipped once).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use e2e::{Site, DATA_PATH};
use inspection_explorer::data::Dataset;

use crate::probe::ListWant;

/// The explorer shows a list 50 rows at a time.
pub const EXPLORER_PAGE_ROWS: usize = 50;

/// The region of the deep-link job, and its route (the same on both pages).
pub const REGION: &str = "south-west";
pub const LIST_ROUTE: &str = "#/inspections?region=south-west";

/// Both pages on one dataset.
pub struct Pages {
    pub explorer: Arc<Site>,
    pub plain: Arc<Site>,
}

/// The plain-JS page: `BENCH_PLAIN_JS`, else `../shared/bench/plain-js`
/// beside the repository.
pub fn plain_js_source() -> PathBuf {
    match std::env::var_os("BENCH_PLAIN_JS") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => e2e::repo_root().join("../shared/bench/plain-js"),
    }
}

/// A scratch folder for the copies, removed when dropped (the sites are
/// in memory by then).
pub struct Scratch(PathBuf);

impl Scratch {
    pub fn new() -> Scratch {
        let d = std::env::temp_dir().join(format!("bench-pages-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("create the bench's scratch folder");
        Scratch(d)
    }

    /// Copies `dist` and `plain_js`, each with `data` as its dataset.
    pub fn pages(&self, tag: &str, dist: &Path, plain_js: &Path, data: &[u8]) -> Pages {
        let site = |name: &str, from: &Path| {
            let to = self.0.join(format!("{name}-{tag}"));
            copy_dir(from, &to);
            std::fs::create_dir_all(to.join("data")).expect("create the data folder");
            std::fs::write(to.join(DATA_PATH), data).expect("write the run's dataset");
            Arc::new(Site::load(to))
        };
        Pages {
            explorer: site("explorer", dist),
            plain: site("plain-js", plain_js),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("create {}: {e}", to.display()));
    let entries =
        std::fs::read_dir(from).unwrap_or_else(|e| panic!("list {}: {e}", from.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("list {}: {e}", from.display()))
            .path();
        let target = to.join(path.file_name().expect("a listed entry has a name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target)
                .unwrap_or_else(|e| panic!("copy {}: {e}", path.display()));
        }
    }
}

/// What a dataset makes the pages show.
pub struct Expected {
    /// The deep link's list: the ids of the region's inspections, all of
    /// which the plain-JS page shows at once, and [`EXPLORER_PAGE_ROWS`] of
    /// which (its newest) the explorer shows first.
    pub list: ListWant,
    /// The overview's four headline figures with their numbers (the share
    /// rated low is only checked to be there).
    pub headline: Vec<(&'static str, Option<usize>)>,
}

impl Expected {
    pub fn of(data: &Dataset) -> Expected {
        let ids: Vec<String> = data
            .inspections
            .iter()
            .filter(|i| i.regions.iter().any(|r| r == REGION))
            .map(|i| i.id.clone())
            .collect();
        assert!(
            !ids.is_empty(),
            "no inspection in {REGION}: nothing to time"
        );
        let need = ids.len().min(EXPLORER_PAGE_ROWS);
        let findings = data.inspections.iter().map(|i| i.findings.len()).sum();
        let recommendations = data
            .inspections
            .iter()
            .map(|i| i.recommendations.len())
            .sum();
        Expected {
            list: ListWant { ids, need },
            headline: vec![
                ("inspections", Some(data.inspections.len())),
                ("low-share", None),
                ("findings", Some(findings)),
                ("recommendations", Some(recommendations)),
            ],
        }
    }
}
