//! Performance marks `scripts/bench` reads (gloo has no performance API).

/// The data file's text has arrived.
pub const DATA_RECEIVED: &str = "explorer-data-received";
/// The data is read and checked (`parse_dataset`).
pub const DATA_PARSED: &str = "explorer-data-parsed";
/// The data is indexed (`Catalog::new`).
pub const DATA_INDEXED: &str = "explorer-data-indexed";
/// The first view drawn from loaded data.
pub const FIRST_VIEW: &str = "explorer-first-view";
/// The first chart drawn.
pub const FIRST_CHART: &str = "explorer-first-chart";

/// Leaves the `performance` mark `name` unless it is already there, so the
/// bench can time the first occurrence from navigation start.
pub fn mark_once(name: &str) {
    let Some(performance) = gloo::utils::window().performance() else { return };
    if performance.get_entries_by_name(name).length() == 0 {
        let _ = performance.mark(name);
    }
}
