//! One failing case for each rule of `dataset.md`, each asserting the message
//! names the record and the field.

use inspection_explorer::data::{parse_dataset, Dataset};
use serde_json::{json, Value};

fn fixture() -> Value {
    serde_json::from_str(include_str!("fixtures/other-inspectorate.json")).unwrap()
}

fn breaches_of(doc: &Value) -> Vec<String> {
    match parse_dataset(&doc.to_string()) {
        Ok(_) => vec![],
        Err(b) => b.iter().map(|b| b.to_string()).collect(),
    }
}

fn assert_breach(doc: &Value, expected: &str) {
    let found = breaches_of(doc);
    assert!(found.iter().any(|m| m == expected), "expected breach {expected:?}, got {found:#?}");
}

#[test]
fn another_inspectorates_file_loads() {
    let d = parse_dataset(include_str!("fixtures/other-inspectorate.json")).expect("fixture is valid");
    assert_eq!(d.scale.len(), 3);
    assert_eq!(d.inspections.len(), 2);
    assert_eq!(d.finding_count(), 3);
}

#[test]
fn round_trip_gives_the_same_model() {
    let d = parse_dataset(include_str!("fixtures/other-inspectorate.json")).unwrap();
    let text = serde_json::to_string_pretty(&d).unwrap();
    let again: Dataset = parse_dataset(&text).unwrap();
    assert_eq!(d, again);
}

#[test]
fn schema_must_be_v1() {
    let mut d = fixture();
    d["schema"] = json!("inspection-explorer/v2");
    assert_breach(&d, "schema is \"inspection-explorer/v2\" but must be \"inspection-explorer/v1\"");
}

#[test]
fn unknown_top_level_key() {
    let mut d = fixture();
    d["colour"] = json!("red");
    let found = breaches_of(&d);
    assert!(found.iter().any(|m| m.starts_with("colour is malformed: unknown field `colour`")), "{found:?}");
}

#[test]
fn unknown_record_key() {
    let mut d = fixture();
    d["inspections"][1]["grade"] = json!("A");
    let found = breaches_of(&d);
    assert!(
        found.iter().any(|m| m.starts_with("inspections[1] \"vale-college-2023\": grade is malformed: unknown field `grade`")),
        "{found:?}"
    );
}

#[test]
fn wrong_type_names_record_and_field() {
    let mut d = fixture();
    d["inspections"][0]["published"] = json!(2024);
    let found = breaches_of(&d);
    assert!(
        found.iter().any(|m| m.starts_with("inspections[0] \"hill-school-2024\": published is malformed: invalid type: integer `2024`")),
        "{found:?}"
    );
}

#[test]
fn unknown_finding_kind() {
    let mut d = fixture();
    d["inspections"][0]["findings"][0]["kind"] = json!("weakness");
    let found = breaches_of(&d);
    assert!(
        found.iter().any(|m| m.starts_with("inspections[0] \"hill-school-2024\": findings[0].kind is malformed: unknown variant `weakness`")),
        "{found:?}"
    );
}

#[test]
fn duplicate_inspection_id() {
    let mut d = fixture();
    d["inspections"][1]["id"] = json!("hill-school-2024");
    assert_breach(&d, "inspections[1] \"hill-school-2024\": id \"hill-school-2024\" is used more than once");
}

#[test]
fn duplicate_finding_id_across_inspections() {
    let mut d = fixture();
    d["inspections"][1]["findings"][0]["id"] = json!("hill-school-2024-f1");
    assert_breach(&d, "inspections[1] \"vale-college-2023\": findings[0].id \"hill-school-2024-f1\" is used more than once");
}

#[test]
fn duplicate_declared_id() {
    let mut d = fixture();
    d["themes"][1]["id"] = json!("reading");
    assert_breach(&d, "themes[1] \"reading\": id \"reading\" is used more than once");
}

#[test]
fn overall_not_in_scale() {
    let mut d = fixture();
    d["inspections"][0]["overall"] = json!("gud");
    assert_breach(&d, "inspections[0] \"hill-school-2024\": overall \"gud\" is not in scale");
}

#[test]
fn standard_rating_not_in_scale() {
    let mut d = fixture();
    d["inspections"][0]["ratings"][0]["rating"] = json!("good");
    assert_breach(&d, "inspections[0] \"hill-school-2024\": ratings[0].rating \"good\" is not in scale");
}

#[test]
fn dangling_region() {
    let mut d = fixture();
    d["inspections"][1]["regions"] = json!(["south", "east"]);
    assert_breach(&d, "inspections[1] \"vale-college-2023\": regions[1] \"east\" is not in regions");
}

#[test]
fn dangling_service_type() {
    let mut d = fixture();
    d["inspections"][0]["service_type"] = json!("nursery");
    assert_breach(&d, "inspections[0] \"hill-school-2024\": service_type \"nursery\" is not in service_types");
}

#[test]
fn dangling_theme() {
    let mut d = fixture();
    d["inspections"][0]["recommendations"][0]["themes"] = json!(["lunch"]);
    assert_breach(&d, "inspections[0] \"hill-school-2024\": recommendations[0].themes[0] \"lunch\" is not in themes");
}

#[test]
fn date_must_parse() {
    let mut d = fixture();
    d["inspections"][0]["published"] = json!("2024-02-30");
    assert_breach(&d, "inspections[0] \"hill-school-2024\": published \"2024-02-30\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
    let mut d = fixture();
    d["inspections"][0]["fieldwork"] = json!("early 2024");
    assert_breach(
        &d,
        "inspections[0] \"hill-school-2024\": fieldwork \"early 2024\" is not a date or a date interval (YYYY-MM/YYYY-MM)",
    );
    let mut d = fixture();
    d["updated"] = json!("yesterday");
    assert_breach(&d, "updated \"yesterday\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
}

#[test]
fn texts_must_not_be_blank() {
    let mut d = fixture();
    d["inspections"][0]["findings"][1]["text"] = json!("   ");
    assert_breach(&d, "inspections[0] \"hill-school-2024\": findings[1].text is empty");
    let mut d = fixture();
    d["inspections"][1]["area"] = json!("");
    assert_breach(&d, "inspections[1] \"vale-college-2023\": area is empty");
}

#[test]
fn scale_needs_two_levels() {
    let mut d = fixture();
    d["scale"] = json!([{"id": "strong", "label": "Strong", "score": 1}]);
    d["inspections"][1]["overall"] = json!(null);
    d["inspections"][0]["ratings"] = json!([]);
    d["inspections"][0]["overall"] = json!("strong");
    assert_breach(&d, "scale has 1 level(s) but needs at least two");
}

#[test]
fn ids_must_be_kebab_case() {
    let mut d = fixture();
    d["inspections"][0]["id"] = json!("Hill_School");
    assert_breach(
        &d,
        "inspections[0] \"Hill_School\": id \"Hill_School\" is not a valid id (lower-case letters and digits joined by single hyphens)",
    );
    let mut d = fixture();
    d["regions"][0]["id"] = json!("north--east");
    let found = breaches_of(&d);
    assert!(found.iter().any(|m| m.starts_with("regions[0] \"north--east\": id \"north--east\" is not a valid id")), "{found:?}");
}

#[test]
fn broken_json_names_line_and_column() {
    let text = include_str!("fixtures/other-inspectorate.json");
    let truncated = &text[..text.len() / 2];
    let err = parse_dataset(truncated).unwrap_err();
    assert_eq!(err.len(), 1);
    let msg = err[0].to_string();
    // Cut inside a string, an object or a list, never before the first value.
    let inside = ["a string", "an object", "a list"].map(|what| format!("file is not valid JSON: EOF while parsing {what}"));
    assert!(inside.iter().any(|start| msg.starts_with(start.as_str())), "{msg}");
    assert!(msg.contains(" at line "), "{msg}");
}

#[test]
fn empty_file() {
    assert_eq!(parse_dataset("  \n").unwrap_err()[0].to_string(), "file is empty: expected a JSON object");
}

#[test]
fn every_breach_is_reported_not_just_the_first() {
    let mut d = fixture();
    d["inspections"][0]["overall"] = json!("gud");
    d["inspections"][1]["regions"] = json!(["east"]);
    d["inspections"][1]["findings"][0]["themes"] = json!(["maths"]);
    assert_eq!(breaches_of(&d).len(), 3, "{:?}", breaches_of(&d));
}

#[test]
fn a_field_given_twice_is_named() {
    let text = include_str!("fixtures/other-inspectorate.json");
    let twice = text.replacen('{', "{\"title\":\"Decoy\",", 1);
    let err = parse_dataset(&twice).unwrap_err();
    assert_eq!(err.len(), 1, "{err:?}");
    assert_eq!(err[0].to_string(), "title is malformed: duplicate field `title`");
}

#[test]
fn deep_nesting_is_a_breach_not_a_crash() {
    let deep = format!("{{\"a\":{}", "[".repeat(100_000));
    let msg = parse_dataset(&deep).unwrap_err()[0].to_string();
    assert!(msg.starts_with("file is not valid JSON: values are nested too deeply at line 1 column "), "{msg}");
}
