//! Inspected units: the format's `units` and `unit` (read, validated,
//! optional), the order of a unit's inspections and what changed between
//! them, the `reinspected` and `response` filter keys, grouping by unit, and
//! the unit charts, on the fictional `units.json` fixture; and the
//! re-inspection chart's counts on the bundled file, counted here a second
//! way straight from the JSON.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use inspection_explorer::charts::units::{recurring_concerns, reinspection_outcomes, standard_changes, unit_ratings};
use inspection_explorer::data::{parse_dataset, Dataset, Response};
use inspection_explorer::export::rows::view_export;
use inspection_explorer::links::{href, unit_path};
use inspection_explorer::query::units::{known_before, Change};
use inspection_explorer::query::url::{to_query_string, UrlQuery};
use inspection_explorer::query::{Catalog, FacetKey, Filter, GroupBy, Ignored, ListKind, ListView};
use serde_json::{json, Value};

const UNITS: &str = include_str!("fixtures/units.json");
const OTHER: &str = include_str!("fixtures/other-inspectorate.json");

fn catalog() -> Catalog {
    Catalog::new(parse_dataset(UNITS).expect("the units fixture is valid"))
}

fn index(c: &Catalog, id: &str) -> usize {
    c.inspection_index(id).unwrap_or_else(|| panic!("no inspection {id}"))
}

fn ids(c: &Catalog, list: &[usize]) -> Vec<String> {
    list.iter().map(|&i| c.data.inspections[i].id.clone()).collect()
}

fn breaches(doc: &Value) -> Vec<String> {
    match parse_dataset(&doc.to_string()) {
        Ok(_) => vec![],
        Err(b) => b.iter().map(|b| b.to_string()).collect(),
    }
}

fn filter(c: &Catalog, query: &str) -> (Filter, Vec<Ignored>) {
    Filter::from_query(query, &c.data)
}

// ---------------------------------------------------------------------------
// The format
// ---------------------------------------------------------------------------

#[test]
fn units_are_read_and_survive_a_round_trip() {
    let d = parse_dataset(UNITS).unwrap();
    let units: Vec<(&str, &str)> = d.units.iter().map(|u| (u.id.as_str(), u.name.as_str())).collect();
    assert_eq!(
        units,
        [("hill-school", "Hill School"), ("vale-college", "Vale College"), ("brook-school", "Brook School"), ("lone-academy", "Lone Academy")]
    );
    assert_eq!(d.inspection("hill-school-2023").unwrap().unit.as_deref(), Some("hill-school"));
    assert_eq!(d.inspection("free-school-2020").unwrap().unit, None, "a unit is optional on an inspection");
    assert_eq!(d.unit("vale-college").unwrap().name, "Vale College");
    let again: Dataset = parse_dataset(&serde_json::to_string(&d).unwrap()).unwrap();
    assert_eq!(again, d);
}

#[test]
fn a_file_without_units_loads_as_before() {
    let d = parse_dataset(OTHER).unwrap();
    assert!(d.units.is_empty());
    assert!(d.inspections.iter().all(|i| i.unit.is_none()));
    // Written out, it still has no `units` or `unit` keys.
    let text = serde_json::to_string(&d).unwrap();
    assert!(!text.contains("\"units\"") && !text.contains("\"unit\""), "{text}");
    let c = Catalog::new(d);
    assert!(!c.has_reinspections());
    assert!((0..c.data.inspections.len()).all(|i| c.unit_of(i).is_none() && c.previous(i).is_none() && c.change(i).is_none()));
    // reinspected=yes selects nothing, and is not an unknown value.
    let (f, ignored) = filter(&c, "reinspected=yes");
    assert!(ignored.is_empty());
    assert!(c.inspections(&f).is_empty());
    assert_eq!(c.group(ListKind::Findings, &c.items_matching(ListKind::Findings, &Filter::default()), GroupBy::Unit).len(), 1);
}

#[test]
fn a_unit_must_be_declared_and_declared_once() {
    let base: Value = serde_json::from_str(UNITS).unwrap();
    let mut d = base.clone();
    d["inspections"][0]["unit"] = json!("nowhere");
    assert_eq!(breaches(&d), ["inspections[0] \"hill-school-2021\": unit \"nowhere\" is not in units"]);

    let mut d = base.clone();
    d["units"][1]["id"] = json!("hill-school");
    let found = breaches(&d);
    assert!(found.contains(&"units[1] \"hill-school\": id \"hill-school\" is used more than once".to_string()), "{found:?}");
    // The inspections of the unit that is now undeclared are named too.
    assert!(found.contains(&"inspections[4] \"vale-college-2022\": unit \"vale-college\" is not in units".to_string()), "{found:?}");

    let mut d = base.clone();
    d["units"][2] = json!({"id": "Brook School", "name": " "});
    let found = breaches(&d);
    assert!(found.iter().any(|m| m.starts_with("units[2] \"Brook School\": id \"Brook School\" is not a valid id")), "{found:?}");
    assert!(found.contains(&"units[2] \"Brook School\": name is empty".to_string()), "{found:?}");

    let mut d = base.clone();
    d["units"][0]["town"] = json!("Hilltown");
    let found = breaches(&d);
    assert!(found.iter().any(|m| m.starts_with("units[0].town is malformed: unknown field `town`")), "{found:?}");

    let mut d = base;
    d["inspections"][0]["unit"] = json!(["hill-school"]);
    assert_eq!(
        breaches(&d),
        ["inspections[0] \"hill-school-2021\": unit is malformed: invalid type: a list, expected a string"]
    );
}

#[test]
fn a_unit_of_null_is_no_unit() {
    let mut d: Value = serde_json::from_str(OTHER).unwrap();
    d["inspections"][0]["unit"] = Value::Null;
    d["units"] = json!([]);
    assert!(breaches(&d).is_empty());
    assert_eq!(parse_dataset(&d.to_string()).unwrap().inspections[0].unit, None);
}

// ---------------------------------------------------------------------------
// Order and change
// ---------------------------------------------------------------------------

#[test]
fn a_units_inspections_are_in_date_order_undated_last() {
    let c = catalog();
    let unit = |id: &str| ids(&c, c.unit_inspections(c.unit_index(id).unwrap()));
    assert_eq!(unit("hill-school"), ["hill-school-2021", "hill-school-2023", "hill-school-2024", "hill-school-undated"]);
    assert_eq!(unit("vale-college"), ["vale-college-2022", "vale-college-2024", "vale-college-2024-spring"]);
    assert_eq!(unit("brook-school"), ["brook-school-2022", "brook-school-second"]);
    assert_eq!(unit("lone-academy"), ["lone-academy-2023"]);
    assert_eq!(c.unit_index("atlantis"), None);
    assert_eq!(c.unit_of(index(&c, "free-school-2020")), None);
    assert_eq!(c.previous(index(&c, "hill-school-2024")), Some(index(&c, "hill-school-2023")));
    assert_eq!(c.previous(index(&c, "hill-school-2021")), None);
}

#[test]
fn the_change_is_named_only_where_the_dates_show_the_order() {
    let c = catalog();
    let change = |id: &str| c.change(index(&c, id));
    assert_eq!(change("hill-school-2021"), None, "a unit's first inspection");
    assert_eq!(change("hill-school-2023"), Some(Change::Improved), "weak to adequate");
    assert_eq!(change("hill-school-2024"), Some(Change::Declined), "adequate to weak");
    // Undated, but its fieldwork began after the one before was published.
    assert_eq!(change("hill-school-undated"), Some(Change::Improved));
    assert_eq!(change("vale-college-2024"), Some(Change::NotRated), "the one before is not rated");
    // "2024" and "2024-03": which came first is not known.
    assert_eq!(change("vale-college-2024-spring"), Some(Change::OrderNotKnown));
    assert_eq!(change("brook-school-second"), Some(Change::OrderNotKnown), "undated, no fieldwork");
    assert_eq!(change("lone-academy-2023"), None);
    assert_eq!(change("free-school-2020"), None);
    let labels: Vec<&str> = [Change::Improved, Change::Unchanged, Change::Declined, Change::NotRated, Change::OrderNotKnown]
        .iter()
        .map(|c| c.label())
        .collect();
    assert_eq!(labels, ["Improved", "No change", "Declined", "Not comparable: not rated", "Not comparable: date not known"]);
    let d = &c.data;
    let x = |id: &str| d.inspection(id).unwrap();
    assert!(known_before(x("hill-school-2021"), x("hill-school-2023")));
    assert!(!known_before(x("hill-school-2023"), x("hill-school-2021")));
    assert!(!known_before(x("hill-school-undated"), x("hill-school-2024")), "an undated one is never known to come first");
}

#[test]
fn changes_are_by_scale_position_whatever_the_labels() {
    // The same file with its scale relabelled and re-identified: the changes
    // follow the places on the scale, not any word.
    let text = UNITS.replace("\"strong\"", "\"a\"").replace("\"adequate\"", "\"b\"").replace("\"weak\"", "\"c\"");
    let c = Catalog::new(parse_dataset(&text).unwrap());
    assert_eq!(c.change(index(&c, "hill-school-2023")), Some(Change::Improved));
    assert_eq!(c.change(index(&c, "hill-school-2024")), Some(Change::Declined));
}

#[test]
fn standards_rated_by_both_inspections_are_compared() {
    let c = catalog();
    let changes = standard_changes(&c, index(&c, "hill-school-2021"), index(&c, "hill-school-2023"));
    let seen: Vec<(&str, usize, usize, Change)> =
        changes.iter().map(|s| (s.standard.as_str(), s.earlier, s.later, s.change)).collect();
    // Leadership is rated only in 2023, so it is not compared.
    assert_eq!(seen, [("A Teaching", 2, 1, Change::Improved), ("B Safety", 1, 1, Change::Unchanged)]);
    let changes = standard_changes(&c, index(&c, "hill-school-2023"), index(&c, "hill-school-2024"));
    let seen: Vec<Change> = changes.iter().map(|s| s.change).collect();
    assert_eq!(seen, [Change::Declined, Change::Improved]);
    assert!(standard_changes(&c, index(&c, "vale-college-2022"), index(&c, "vale-college-2024")).is_empty());
}

#[test]
fn recurring_concerns_are_themes_of_more_than_one_inspection() {
    let c = catalog();
    let hill = c.unit_index("hill-school").unwrap();
    let found: Vec<(String, Vec<String>)> = recurring_concerns(&c, hill)
        .into_iter()
        .map(|r| {
            assert_eq!(r.inspections, 2);
            let ids = r.concerns.iter().map(|x| c.data.inspections[x.inspection].findings[x.item].id.clone()).collect();
            (c.data.themes[r.theme].id.clone(), ids)
        })
        .collect();
    // Reading is a concern once only (and a strength once): not recurring.
    assert_eq!(
        found,
        [
            ("safety".to_string(), vec!["hill-school-2021-f1".to_string(), "hill-school-2023-f1".to_string()]),
            ("staffing".to_string(), vec!["hill-school-2021-f2".to_string(), "hill-school-2024-f1".to_string()]),
        ]
    );
    let vale = c.unit_index("vale-college").unwrap();
    assert_eq!(recurring_concerns(&c, vale).len(), 1);
    assert!(recurring_concerns(&c, c.unit_index("lone-academy").unwrap()).is_empty());
}

// ---------------------------------------------------------------------------
// The filter keys
// ---------------------------------------------------------------------------

#[test]
fn reinspected_keeps_inspections_with_an_earlier_one_of_their_unit() {
    let c = catalog();
    let (f, ignored) = filter(&c, "reinspected=yes");
    assert!(ignored.is_empty() && f.reinspected);
    let mut got = ids(&c, &c.inspections(&f));
    got.sort();
    assert_eq!(
        got,
        [
            "brook-school-second",
            "hill-school-2023",
            "hill-school-2024",
            "hill-school-undated",
            "vale-college-2024",
            "vale-college-2024-spring"
        ]
    );
    // On the item lists: the items of re-inspections.
    let findings = c.items_matching(ListKind::Findings, &f);
    let found: Vec<&str> = findings.iter().map(|x| c.data.inspections[x.inspection].findings[x.item].id.as_str()).collect();
    assert_eq!(found, ["hill-school-2024-f1", "vale-college-2024-f1", "hill-school-2023-f1", "hill-school-2023-f2"]);
    assert!([ListKind::Inspections, ListKind::Findings, ListKind::Recommendations].iter().all(|l| l.applies(FacetKey::Reinspected)));
    // Its facet counts what choosing it would give, under the other keys.
    assert_eq!(c.facet_counts(ListKind::Inspections, &Filter::default(), FacetKey::Reinspected), [6]);
    let (north, _) = filter(&c, "region=north");
    assert_eq!(c.facet_counts(ListKind::Inspections, &north, FacetKey::Reinspected), [3]);
    assert_eq!(c.facet_counts(ListKind::Findings, &north, FacetKey::Reinspected), [3]);
    // And the other facets count within re-inspections.
    assert_eq!(c.facet_counts(ListKind::Inspections, &f, FacetKey::Region), [3, 3]);
    assert!(c.has_reinspections());
}

#[test]
fn response_keeps_recommendations_by_their_hmpps_response() {
    let c = catalog();
    let recs = |q: &str| -> Vec<String> {
        let (f, ignored) = filter(&c, q);
        assert!(ignored.is_empty(), "{q}: {ignored:?}");
        let mut ids: Vec<String> = c
            .items_matching(ListKind::Recommendations, &f)
            .iter()
            .map(|x| c.data.inspections[x.inspection].recommendations[x.item].id.clone())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(recs("response=accepted"), ["hill-school-2021-r1", "lone-academy-2023-r1"]);
    assert_eq!(recs("response=partially-accepted,not-accepted"), ["hill-school-2023-r1", "hill-school-2023-r2"]);
    assert_eq!(recs("response=none"), ["hill-school-2024-r1"]);
    assert_eq!(c.facet_counts(ListKind::Recommendations, &Filter::default(), FacetKey::Response), [2, 1, 1, 1]);
    let (reinspections, _) = filter(&c, "reinspected=yes");
    assert_eq!(c.facet_counts(ListKind::Recommendations, &reinspections, FacetKey::Response), [0, 1, 1, 1]);
    assert!(c.has_responses());
    assert!(!Catalog::new(parse_dataset(include_str!("../static/data/inspections.json")).unwrap()).has_responses());
    // It means nothing for inspections or findings: left out, and said.
    let (f, _) = filter(&c, "response=accepted");
    assert_eq!(c.inspections(&f.for_list(ListKind::Inspections)).len(), c.data.inspections.len());
    assert_eq!(
        f.not_applying(ListKind::Findings),
        [Ignored { key: "response".into(), value: "accepted".into() }]
    );
    assert!(f.not_applying(ListKind::Recommendations).is_empty());
    assert_eq!(c.facet_counts(ListKind::Findings, &f, FacetKey::Response), [0, 0, 0, 0]);
}

#[test]
fn unknown_values_of_the_new_keys_are_ignored_and_named() {
    let c = catalog();
    let (f, ignored) = filter(&c, "reinspected=no,yes&response=maybe,accepted,NONE");
    assert!(f.reinspected);
    assert_eq!(f.responses, [Some(Response::Accepted)]);
    assert_eq!(
        ignored,
        [
            Ignored { key: "response".into(), value: "maybe".into() },
            Ignored { key: "response".into(), value: "NONE".into() },
            Ignored { key: "reinspected".into(), value: "no".into() },
        ]
    );
    let (f, ignored) = filter(&c, "reinspected=true");
    assert!(!f.reinspected);
    assert_eq!(ignored.iter().map(|i| i.to_string()).collect::<Vec<_>>(), ["reinspected \"true\""]);
}

#[test]
fn the_new_keys_print_to_one_canonical_url() {
    let c = catalog();
    let (f, _) = filter(&c, "q=gates&reinspected=yes&response=none,accepted,none&region=north");
    let printed = to_query_string(&f.to_pairs());
    assert_eq!(printed, "region=north&response=accepted,none&reinspected=yes&q=gates");
    let (again, ignored) = filter(&c, &printed);
    assert_eq!((again, ignored), (f.clone(), vec![]));
    // Toggling a facet value and clearing it.
    let toggled = f.toggled(FacetKey::Response, "not-accepted").toggled(FacetKey::Reinspected, "yes");
    let mut normalised = toggled.clone();
    normalised.normalise(&c.data);
    assert_eq!(to_query_string(&normalised.to_pairs()), "region=north&response=accepted,not-accepted,none&q=gates");
    assert_eq!(toggled.without(FacetKey::Response).values(FacetKey::Response), Vec::<String>::new());
    assert!(f.has(FacetKey::Reinspected, "yes"));
    assert_eq!(UrlQuery::parse("reinspected=yes").reinspected.as_deref(), Some("yes"));
}

#[test]
fn findings_and_recommendations_group_by_unit() {
    let c = catalog();
    let (view, ignored) = ListView::from_query("group=unit", ListKind::Recommendations);
    assert_eq!((view.group, ignored), (GroupBy::Unit, vec![]));
    assert_eq!(ListView::from_query("group=unit", ListKind::Inspections).1.len(), 1, "inspections are not grouped");
    let items = c.items_matching(ListKind::Findings, &Filter::default());
    let groups = c.group(ListKind::Findings, &items, GroupBy::Unit);
    let heads: Vec<(&str, &str, usize)> = groups.iter().map(|g| (g.key.as_str(), g.label.as_str(), g.items.len())).collect();
    // Units in the order of the list (newest inspection first).
    assert_eq!(heads, [("hill-school", "Hill School", 6), ("vale-college", "Vale College", 2)]);
    let (name, table) = view_export(&c, ListKind::Recommendations, "group=unit&response=accepted", "https://x.org/");
    assert_eq!(name, "recommendations-response-accepted-group-unit.csv");
    assert_eq!(table.rows.len(), 2);
}

#[test]
fn responses_and_target_dates_are_in_the_csv() {
    let c = catalog();
    let (_, table) = view_export(&c, ListKind::Recommendations, "response=accepted", "https://x.org/");
    let col = |name: &str| table.header.iter().position(|h| h == name).unwrap();
    let rows: BTreeMap<&str, (&str, &str)> =
        table.rows.iter().map(|r| (r[0].as_str(), (r[col("response")].as_str(), r[col("target_date")].as_str()))).collect();
    assert_eq!(rows["hill-school-2021-r1"], ("Accepted", "2022-01"));
    assert_eq!(rows["lone-academy-2023-r1"], ("Accepted", "2024"));
}

// ---------------------------------------------------------------------------
// Charts
// ---------------------------------------------------------------------------

fn no_link(_: i32) -> Option<String> {
    None
}

#[test]
fn the_reinspection_chart_counts_outcomes_by_year() {
    let c = catalog();
    let all = c.inspections(&Filter::default());
    let chart = reinspection_outcomes(&c, &all, &no_link);
    let t = chart.table();
    assert_eq!(t.header, ["Year published", "Improved", "No change", "Declined", "Not comparable", "Total"]);
    let rows: Vec<Vec<&str>> = t.rows.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    assert_eq!(
        rows,
        [
            ["2023", "1", "0", "0", "0", "1"],
            ["2024", "0", "0", "1", "2", "3"],
            ["Undated", "1", "0", "0", "1", "2"],
        ]
    );
    assert_eq!(chart.grand_total(), 6);
    // Filtered like every chart: the north's re-inspections only.
    let (north, _) = filter(&c, "region=north");
    assert_eq!(reinspection_outcomes(&c, &c.inspections(&north), &no_link).grand_total(), 3);
    let none = reinspection_outcomes(&c, &[], &no_link);
    assert!(none.is_empty() && none.rows.is_empty());
}

#[test]
fn a_units_ratings_chart_puts_its_inspections_side_by_side() {
    let c = catalog();
    let hill = c.unit_index("hill-school").unwrap();
    let chart = unit_ratings(&c, hill);
    let t = chart.table();
    assert_eq!(
        t.header,
        ["Inspection published", "Change since the one before", "Overall", "A Teaching", "B Safety", "C Leadership"]
    );
    assert_eq!(
        t.rows,
        [
            ["10 May 2021", "First in this data", "Weak", "Weak", "Adequate", "Not rated"],
            ["June 2023", "Improved", "Adequate", "Adequate", "Adequate", "Strong"],
            ["1 February 2024", "Declined", "Weak", "Weak", "Strong", "Not rated"],
            ["Undated", "Improved", "Strong", "Not rated", "Not rated", "Not rated"],
        ]
    );
    assert_eq!(chart.rows[1].href.as_deref(), Some("#/inspections/hill-school-2023"));
    assert_eq!(chart.title, "Ratings at each inspection");
    assert!(chart.notes.iter().any(|n| n.starts_with("1 inspection has no known publication date")), "{:?}", chart.notes);
    // A unit no inspection of which rates a standard: the overall rating only.
    let t = unit_ratings(&c, c.unit_index("vale-college").unwrap()).table();
    assert_eq!(t.header, ["Inspection published", "Change since the one before", "Overall"]);
    assert_eq!(t.rows[0], ["2022", "First in this data", "Not rated"]);
    // A unit the file declares but no inspection names.
    let text = UNITS.replace("\"unit\": \"lone-academy\",", "");
    let c2 = Catalog::new(parse_dataset(&text).unwrap());
    let lone = unit_ratings(&c2, c2.unit_index("lone-academy").unwrap());
    assert!(lone.rows.is_empty() && lone.is_empty());
    assert_eq!(lone.summary, "No inspection of Lone Academy is in this data.");
    // Two undated inspections of one unit are told apart.
    let text = UNITS.replace("\"published\": \"2022-09-01\"", "\"published\": null");
    let c = Catalog::new(parse_dataset(&text).unwrap());
    let rows: Vec<String> = unit_ratings(&c, c.unit_index("brook-school").unwrap()).rows.into_iter().map(|r| r.label).collect();
    assert_eq!(rows, ["Undated (brook-school-2022)", "Undated (brook-school-second)"]);
    assert_eq!(href(&unit_path("brook-school")), "#/units/brook-school");
}

// ---------------------------------------------------------------------------
// The bundled file
// ---------------------------------------------------------------------------

/// A partial date as (year, month, day), 0 for what is not given.
fn parts(text: &str) -> (i64, i64, i64) {
    let mut p = text.split('-').map(|x| x.parse::<i64>().unwrap());
    (p.next().unwrap(), p.next().unwrap_or(0), p.next().unwrap_or(0))
}

/// Is date `a` certainly before date `b`, as far as both go?
fn raw_before(a: &str, b: &str) -> bool {
    let (x, y) = (parts(a), parts(b));
    if x.0 != y.0 {
        return x.0 < y.0;
    }
    if x.1 == 0 || y.1 == 0 {
        return false;
    }
    if x.1 != y.1 {
        return x.1 < y.1;
    }
    x.2 != 0 && y.2 != 0 && x.2 < y.2
}

#[test]
fn the_bundled_reinspection_chart_counts_what_the_file_says() {
    let text = include_str!("../static/data/inspections.json");
    let json: Value = serde_json::from_str(text).unwrap();
    let scale: Vec<&str> = json["scale"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    // Each unit's inspections, dated ones by date then undated ones, by id.
    let mut units: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for i in json["inspections"].as_array().unwrap() {
        units.entry(i["unit"].as_str().expect("every bundled inspection has a unit")).or_default().push(i);
    }
    let mut want: BTreeMap<(String, &str), u32> = BTreeMap::new();
    for list in units.values_mut() {
        list.sort_by_key(|i| {
            let p = i["published"].as_str();
            (p.is_none(), p.map(parts), i["id"].as_str().unwrap().to_string())
        });
        for pair in list.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let start = b["fieldwork"].as_str().map(|f| f.split('/').next().unwrap());
            let known = a["published"].as_str().is_some_and(|pa| {
                b["published"].as_str().is_some_and(|pb| raw_before(pa, pb)) || start.is_some_and(|s| raw_before(pa, s))
            });
            let place = |i: &Value| i["overall"].as_str().and_then(|o| scale.iter().position(|s| *s == o));
            let outcome = match (known, place(a), place(b)) {
                (true, Some(x), Some(y)) if y < x => "Improved",
                (true, Some(x), Some(y)) if y == x => "No change",
                (true, Some(_), Some(_)) => "Declined",
                _ => "Not comparable",
            };
            let year = b["published"].as_str().map(|p| p[..4].to_string()).unwrap_or_else(|| "Undated".into());
            *want.entry((year, outcome)).or_default() += 1;
        }
    }
    let c = Catalog::new(parse_dataset(text).unwrap());
    let chart = reinspection_outcomes(&c, &c.inspections(&Filter::default()), &no_link);
    let t = chart.table();
    let mut got: BTreeMap<(String, &str), u32> = BTreeMap::new();
    for row in &t.rows {
        for (s, series) in t.header[1..t.header.len() - 1].iter().enumerate() {
            let n: u32 = row[s + 1].parse().unwrap();
            if n > 0 {
                let outcome = ["Improved", "No change", "Declined", "Not comparable"].into_iter().find(|o| o == series).unwrap();
                got.insert((row[0].clone(), outcome), n);
            }
        }
    }
    assert_eq!(got, want);
    // The figures the import printed for the file (docs/DATA.md).
    assert_eq!(chart.grand_total(), 24);
    let by = |o: &str| want.iter().filter(|((_, x), _)| *x == o).map(|(_, n)| n).sum::<u32>();
    assert_eq!((by("Improved"), by("No change"), by("Declined"), by("Not comparable")), (2, 10, 1, 11));
}
