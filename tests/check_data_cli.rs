//! The `check-data` command: counts on a valid file, every breach and a
//! non-zero exit on a broken one.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-data")).args(args).output().expect("run check-data");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn prints_counts_for_a_valid_file() {
    let (ok, stdout, _) = run(&[&fixture("other-inspectorate.json")]);
    assert!(ok);
    assert!(stdout.contains("valid: 2 inspections, 3 findings, 1 recommendations, 2 regions"), "{stdout}");
}

#[test]
fn bundled_dataset_passes() {
    let path = format!("{}/static/data/inspections.json", env!("CARGO_MANIFEST_DIR"));
    let (ok, stdout, stderr) = run(&[&path]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("valid: 128 inspections"), "{stdout}");
}

#[test]
fn lists_every_breach_and_fails() {
    let mut doc: serde_json::Value = serde_json::from_str(include_str!("fixtures/other-inspectorate.json")).unwrap();
    doc["inspections"][0]["overall"] = "gud".into();
    doc["inspections"][1]["regions"] = serde_json::json!(["east"]);
    let dir = std::env::temp_dir().join(format!("check-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("broken.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    let (ok, _, stderr) = run(&[path.to_str().unwrap()]);
    assert!(!ok, "a broken file must fail");
    assert!(stderr.contains("2 breach(es)"), "{stderr}");
    assert!(stderr.contains("inspections[0] \"hill-school-2024\": overall \"gud\" is not in scale"), "{stderr}");
    assert!(stderr.contains("inspections[1] \"vale-college-2023\": regions[0] \"east\" is not in regions"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_missing_file_or_no_argument_fails() {
    let (ok, _, stderr) = run(&["/no/such/file.json"]);
    assert!(!ok);
    assert!(stderr.contains("cannot read"), "{stderr}");
    let (ok, _, stderr) = run(&[]);
    assert!(!ok);
    assert!(stderr.contains("usage"), "{stderr}");
}

#[test]
fn a_file_saved_with_a_byte_order_mark_passes() {
    let text = std::fs::read(fixture("other-inspectorate.json")).unwrap();
    let dir = std::env::temp_dir().join(format!("check-data-bom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bom.json");
    std::fs::write(&path, [b"\xef\xbb\xbf".as_slice(), &text].concat()).unwrap();
    let (ok, stdout, stderr) = run(&[path.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).ok();
    assert!(ok, "{stderr}");
    assert!(stdout.contains("valid: 2 inspections"), "{stdout}");
}
