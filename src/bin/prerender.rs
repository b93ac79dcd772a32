//! Writes the pre-rendered page (`inspection_explorer::prerender`) into a
//! built index.html, drawn from the data file beside it by Yew's server-side
//! rendering. Trunk runs it after each build (Trunk.toml), on its staging
//! folder, before scripts/finish_build.py:
//!
//!     cargo run --features ssr --bin prerender -- [DIST]
//!
//! DIST defaults to `$TRUNK_STAGING_DIR`. index.html must hold the empty
//! slot `<div id="prerendered"></div>`, which is replaced.

use std::path::PathBuf;
use std::process::ExitCode;

use inspection_explorer::browser::takeover::PRERENDERED;
use inspection_explorer::catalog_context::SharedCatalog;
use inspection_explorer::data::parse_dataset;
use inspection_explorer::prerender::{PrerenderedPage, Props};
use inspection_explorer::query::Catalog;

fn main() -> ExitCode {
    match run() {
        Ok(message) => {
            println!("prerender: {message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<String, String> {
    let dist = std::env::args().nth(1).or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()).map(PathBuf::from);
    let dist = dist.ok_or("name the built folder, or run me as a Trunk post_build hook (TRUNK_STAGING_DIR)")?;
    let (index_path, data_path) = (dist.join("index.html"), dist.join("data/inspections.json"));
    let read = |path: &PathBuf| std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let (page, data) = (read(&index_path)?, read(&data_path)?);
    let dataset = parse_dataset(&data).map_err(|breaches| format!("{} breaks the dataset format in {} place(s)", data_path.display(), breaches.len()))?;
    let props = Props { catalog: SharedCatalog::new(Catalog::new(dataset)) };
    let html = futures::executor::block_on(yew::LocalServerRenderer::<PrerenderedPage>::with_props(props).hydratable(false).render());
    let slot = format!(r#"<div id="{PRERENDERED}"></div>"#);
    let Some(at) = page.find(&slot) else { return Err(format!("{} has no empty {slot} to fill", index_path.display())) };
    let page = format!("{}{html}{}", &page[..at], &page[at + slot.len()..]);
    std::fs::write(&index_path, page).map_err(|e| format!("cannot write {}: {e}", index_path.display()))?;
    Ok(format!("the overview pre-rendered into {} ({} bytes)", index_path.display(), html.len()))
}
