//! `cargo run --bin import-research -- --research ../shared/data/research --out static/data/inspections.json [--updated 2026-11-27]`
//!
//! Reads whichever of the known research files exist, builds the dataset,
//! prints what it applied, skipped and noticed and how complete the result
//! is, checks it with the app's own validator and writes it. Exits non-zero,
//! writing nothing, on any problem.
// A wasm32 build of the package (`cargo build` or `cargo test` with
// `--target wasm32-unknown-unknown`) builds every binary, but the importer
// exists only natively (see src/lib.rs): for wasm32 this command is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use inspection_explorer::data::parse_dataset;
use inspection_explorer::import::{
    completeness, date_from_unix_days, import, to_pretty_json, ImportConfig, NamedText, ResearchInput,
    CORRECTIONS_FILE, INSPECTION_FILES, RECOMMENDATIONS_FILE,
};

const USAGE: &str = "usage: import-research --research DIR --out FILE.json [--updated YYYY-MM-DD]";

struct Args {
    research: PathBuf,
    out: PathBuf,
    updated: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut research = None;
    let mut out = None;
    let mut updated = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--research" => research = Some(PathBuf::from(value("--research")?)),
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--updated" => updated = Some(value("--updated")?),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument \"{other}\"")),
        }
    }
    Ok(Args {
        research: research.ok_or("--research DIR is required")?,
        out: out.ok_or("--out FILE is required")?,
        updated,
    })
}

fn read_optional(dir: &Path, name: &str) -> Result<Option<NamedText>, String> {
    let path = dir.join(name);
    if !path.exists() {
        return Ok(None);
    }
    std::fs::read_to_string(&path)
        .map(|text| Some(NamedText::new(name, text)))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn today() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    date_from_unix_days((secs / 86_400) as i64)
}

fn run() -> Result<(), String> {
    let args = parse_args().map_err(|e| if e.is_empty() { USAGE.to_string() } else { format!("{e}\n{USAGE}") })?;
    if !args.research.is_dir() {
        return Err(format!("the research directory {} does not exist", args.research.display()));
    }

    let mut input = ResearchInput::default();
    for name in INSPECTION_FILES {
        match read_optional(&args.research, name)? {
            Some(file) => input.inspection_files.push(file),
            None => println!("(no {name} in {})", args.research.display()),
        }
    }
    if input.inspection_files.is_empty() {
        return Err(format!(
            "none of the inspection files ({}) is in {}",
            INSPECTION_FILES.join(", "),
            args.research.display()
        ));
    }
    input.recommendations = read_optional(&args.research, RECOMMENDATIONS_FILE)?;
    input.corrections = read_optional(&args.research, CORRECTIONS_FILE)?;
    for (name, file) in [(RECOMMENDATIONS_FILE, &input.recommendations), (CORRECTIONS_FILE, &input.corrections)] {
        if file.is_none() {
            println!("(no {name} in {})", args.research.display());
        }
    }

    let updated = args.updated.unwrap_or_else(today);
    let result = import(&input, &ImportConfig::probation(), &updated).map_err(|e| e.to_string())?;
    print!("{}", result.report);
    println!("Completeness:");
    print!("{}", completeness(&result.dataset));

    // Check the very text that is written, as the app will read it.
    let text = to_pretty_json(&result.dataset);
    let checked = parse_dataset(&text).map_err(|breaches| {
        let lines: Vec<String> = breaches.iter().map(|b| format!("  {b}")).collect();
        format!("the dataset does not pass the validator:\n{}", lines.join("\n"))
    })?;
    if let Some(parent) = args.out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(&args.out, &text).map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
    println!(
        "{}: valid: {} inspections, {} findings, {} recommendations, {} regions, {} themes (updated {})",
        args.out.display(),
        checked.inspections.len(),
        checked.finding_count(),
        checked.recommendation_count(),
        checked.regions.len(),
        checked.themes.len(),
        checked.updated
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("import-research: {message}");
            ExitCode::FAILURE
        }
    }
}
