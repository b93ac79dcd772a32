//! `cargo run --bin check-data -- static/data/inspections.json`
//!
//! Prints the dataset's counts, or every breach of the format, and exits
//! non-zero on any breach.

use std::process::ExitCode;

use inspection_explorer::data::parse_dataset_bytes;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: check-data FILE.json [FILE.json ...]");
        return ExitCode::from(2);
    }
    let mut ok = true;
    for path in &args {
        let bytes = match std::fs::read(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                ok = false;
                continue;
            }
        };
        match parse_dataset_bytes(&bytes) {
            Ok(d) => println!(
                "{path}: valid: {} inspections, {} findings, {} recommendations, {} regions",
                d.inspections.len(),
                d.finding_count(),
                d.recommendation_count(),
                d.regions.len()
            ),
            Err(breaches) => {
                ok = false;
                eprintln!("{path}: {} breach(es):", breaches.len());
                for b in &breaches {
                    eprintln!("  {b}");
                }
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
