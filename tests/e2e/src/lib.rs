//! End-to-end harness for the explorer: the built `dist/` folder, served by a
//! tiny static file server under the sub-path `/explorer/`, driven in headless
//! Chromium through one shared ChromeDriver.
//!
//! * [`Server`]: std-only HTTP/1.1 static server on `127.0.0.1` (random port)
//!   that records every request path and can be told to serve another body
//!   (or status) for `data/inspections.json`, or another dist folder.
//! * [`Site`] and [`Server::start_site`]: a folder served as real static
//!   hosts serve it (keep-alive, gzip precompressed once), for `scripts/bench`.
//! * [`Browser`]: one fresh WebDriver session (fresh Chromium profile) per
//!   test, with waits that fail with the page's URL and text, a same-origin
//!   check of every resource, the browser console log (read through
//!   ChromeDriver's log endpoint, so errors logged before the app starts are
//!   seen too), axe-core, keyboard helpers, and Chrome DevTools Protocol
//!   commands (network and CPU emulation, scripts run before the page's own).
//!
//! Environment knobs (all optional):
//! `E2E_DIST` (the dist folder; default `<repo>/dist`),
//! `E2E_AXE` (axe.min.js; default `<repo>/node_modules/axe-core/axe.min.js`),
//! `E2E_CHROMEDRIVER` or `CHROMEDRIVER` (default `chromedriver` on PATH, else `/usr/bin/chromedriver`),
//! `E2E_CHROMIUM` (default `/usr/bin/chromium`),
//! `E2E_ARTIFACTS` (where failure screenshots go; default `<tmp>/e2e-artifacts`).

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use browser::Browser;
pub use cdp::NetworkConditions;
pub use fantoccini::key::Key;
pub use reports::{parse_csv, AxeNode, AxeReport, AxeViolation, Download, LogEntry, AXE_RULES};
pub use server::Server;
pub use site::Site;

mod browser;
mod cdp;
mod commands;
mod driver;
mod reports;
mod request;
pub mod served;
mod server;
mod site;

/// How long every wait may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// The sub-path the app is served under, as on a real static host.
pub const SUB_PATH: &str = "/explorer/";
/// The path of the dataset inside dist (relative to [`SUB_PATH`]).
pub const DATA_PATH: &str = "data/inspections.json";
/// Default window size.
pub const DESKTOP: (u32, u32) = (1280, 900);
/// A narrow phone.
pub const PHONE: (u32, u32) = (320, 640);

const POLL: Duration = Duration::from_millis(50);

// ---------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    p.canonicalize().unwrap_or(p)
}

/// The dist folder to test: `E2E_DIST` or `<repo>/dist`.
pub fn default_dist() -> PathBuf {
    match std::env::var_os("E2E_DIST") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => repo_root().join("dist"),
    }
}

fn axe_path() -> PathBuf {
    match std::env::var_os("E2E_AXE") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => repo_root().join("node_modules/axe-core/axe.min.js"),
    }
}

fn artifacts_dir() -> PathBuf {
    match std::env::var_os("E2E_ARTIFACTS") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => std::env::temp_dir().join("e2e-artifacts"),
    }
}

fn check_dist(dist: &Path) {
    if !dist.join("index.html").is_file() {
        panic!(
            "no built app at {}: {}/index.html is missing.\n\
             Build it first: run `trunk build --release --public-url ./` in the repository root \
             (or use scripts/test), or point E2E_DIST at a built dist folder.",
            dist.display(),
            dist.display()
        );
    }
}
