//! The build's size, as `scripts/size-report` measures it against its
//! budget (the one place the project measures it).

use std::process::Command;

use crate::report::{grouped, Row};

/// Runs `scripts/size-report` on the build (its own table is printed as
/// it is) and makes its total a row of the table.
pub fn size_row() -> Row {
    let job = "wasm + JS + CSS, gzipped (scripts/size-report)".to_string();
    match size_report() {
        Some((bytes, budget, within)) => Row::alone(
            job,
            format!("{} bytes", grouped(bytes)),
            Some((format!("< {} bytes", grouped(budget)), within)),
        ),
        None => Row::alone(job, "not measured".into(), Some(("-".into(), false))),
    }
}

/// (bytes, budget, within the budget), read from the report's total line:
/// `wasm + JS + CSS: 260642 bytes gzipped; budget 300000 bytes (...)`.
fn size_report() -> Option<(u64, u64, bool)> {
    let out = Command::new(e2e::repo_root().join("scripts/size-report"))
        .arg(e2e::default_dist())
        .output()
        .map_err(|e| eprintln!("bench: cannot run scripts/size-report: {e}"))
        .ok()?;
    print!("{}", String::from_utf8_lossy(&out.stdout));
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.starts_with("wasm + JS + CSS:"))?;
    let numbers: Vec<u64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    Some((*numbers.first()?, *numbers.get(1)?, out.status.success()))
}
