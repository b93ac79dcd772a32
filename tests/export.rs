//! CSV export: RFC 4180 quoting, and the rows of a filtered view, exactly
//! the view's items in its order, one column per field, with permanent URLs.

use inspection_explorer::data::{parse_dataset, Dataset};
use inspection_explorer::export::csv::{file_name, quote};
use inspection_explorer::table::Table;
use inspection_explorer::export::dataset::dataset_files;
use inspection_explorer::export::rows::{
    columns, inspections_table, items_table, view_export, view_items, FINDING_COLUMNS, INSPECTION_COLUMNS,
    RECOMMENDATION_COLUMNS,
};
use inspection_explorer::query::{Catalog, Filter, ItemRef, ListKind, ListView};

const PAGE: &str = "https://example.org/explorer/#/recommendations?theme=safety";

fn fixture() -> Dataset {
    let mut d = parse_dataset(include_str!("fixtures/other-inspectorate.json")).unwrap();
    // A text with every character CSV must quote.
    d.inspections[0].recommendations[0].text = "Lock the gates, \"every\" day;\nand log it.\r\nThen report.".into();
    d
}

fn bundled() -> Catalog {
    Catalog::new(parse_dataset(include_str!("../static/data/inspections.json")).unwrap())
}

/// A strict RFC 4180 reader, to read back what the writer wrote.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{FEFF}').expect("starts with a byte-order mark");
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
        } else {
            match c {
                '"' => {
                    assert!(field.is_empty(), "a quote inside an unquoted field");
                    quoted = true;
                }
                ',' => row.push(std::mem::take(&mut field)),
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                '\n' => panic!("a bare LF outside quotes"),
                _ => field.push(c),
            }
        }
    }
    assert!(!quoted && field.is_empty() && row.is_empty(), "the last record ends with CRLF");
    rows
}

#[test]
fn fields_with_commas_quotes_and_newlines_are_quoted() {
    assert_eq!(quote("a,b"), "\"a,b\"");
    assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(quote("one\ntwo"), "\"one\ntwo\"");
    assert_eq!(quote("one\r\ntwo"), "\"one\r\ntwo\"");
    assert_eq!(quote("plain; text"), "plain; text");
    assert_eq!(quote(""), "");
    let mut t = Table::new(["id", "text"]);
    t.push(["x", "a, \"b\"\nc"]);
    t.push(["y", "Élèves"]);
    let csv = t.to_csv();
    assert_eq!(csv, "\u{FEFF}id,text\r\nx,\"a, \"\"b\"\"\nc\"\r\ny,Élèves\r\n");
    assert_eq!(parse_csv(&csv), [vec!["id", "text"], vec!["x", "a, \"b\"\nc"], vec!["y", "Élèves"]]);
}

#[test]
fn a_recommendation_row_has_every_field_and_reads_back() {
    let c = Catalog::new(fixture());
    let items = c.items_matching(ListKind::Recommendations, &Filter::default());
    let t = items_table(&c, ListKind::Recommendations, &items, PAGE);
    assert_eq!(t.header, RECOMMENDATION_COLUMNS);
    let want = [
        "hill-school-2024-r1",
        "hill-school-2024",
        "Hill School",
        "2024-03-01",
        "North",
        "School",
        "Report recommendation",
        "Safety",
        "Lock the gates, \"every\" day;\nand log it.\r\nThen report.",
        "Governors",
        "Accepted",
        "2024-09",
        "",
        "https://example.org/explorer/#/recommendations/hill-school-2024-r1",
    ];
    assert_eq!(t.rows, [want.map(String::from).to_vec()]);
    let back = parse_csv(&t.to_csv());
    assert_eq!(back[0], RECOMMENDATION_COLUMNS);
    assert_eq!(back[1], want);
}

#[test]
fn finding_and_inspection_rows() {
    let c = Catalog::new(fixture());
    let f = Filter::from_query("kind=concern", &c.data).0;
    let items = c.items_matching(ListKind::Findings, &f);
    let t = items_table(&c, ListKind::Findings, &items, PAGE);
    assert_eq!(t.header, FINDING_COLUMNS);
    assert_eq!(t.rows.len(), 2);
    assert_eq!(t.rows[0][0], "hill-school-2024-f2");
    assert_eq!(t.rows[0][6], "Concern");
    assert_eq!(t.rows[0][8], "Gates were left open, \"sometimes\", at lunch.");
    assert_eq!(t.rows[1][7], "Reading; Safety", "several themes in one field");
    assert_eq!(t.rows[1][3], "2023");
    assert_eq!(t.rows[1][9], "https://example.org/explorer/#/findings/vale-college-2023-f1");
    assert!(t.to_csv().contains("\"Gates were left open, \"\"sometimes\"\", at lunch.\""));

    let t = inspections_table(&c, &c.inspections(&Filter::default()), PAGE);
    assert_eq!(t.header, INSPECTION_COLUMNS);
    assert_eq!(
        t.rows[0],
        [
            "hill-school-2024",
            "Hill School",
            "Hilltown",
            "North",
            "School",
            "",
            "",
            "2024-03-01",
            "2024-01/2024-02",
            "",
            "Strong",
            "5",
            "6",
            "2",
            "https://example.org/explorer/#/inspections/hill-school-2024",
        ]
    );
    assert_eq!(t.rows[1][10..14], ["Weak", "", "", ""], "missing values are empty fields");
    for list in [ListKind::Inspections, ListKind::Findings, ListKind::Recommendations] {
        assert!(columns(list).ends_with(&["url"]));
    }
}

#[test]
fn the_csv_of_a_view_is_exactly_its_items_in_its_order() {
    let c = bundled();
    let query = "region=south-west&theme=workload";
    let (name, t) = view_export(&c, ListKind::Recommendations, query, PAGE);
    assert_eq!(name, "recommendations-region-south-west-theme-workload.csv");
    // The expected rows, worked out from the data directly.
    let want: Vec<String> = c
        .data
        .inspections
        .iter()
        .filter(|x| x.regions.iter().any(|r| r == "south-west"))
        .flat_map(|x| x.recommendations.iter())
        .filter(|r| r.themes.iter().any(|t| t == "workload"))
        .map(|r| r.id.clone())
        .collect();
    assert!(!want.is_empty(), "the bundled data has South West workload recommendations");
    let got: Vec<String> = t.rows.iter().map(|r| r[0].clone()).collect();
    let mut sorted = got.clone();
    sorted.sort();
    let mut want_sorted = want.clone();
    want_sorted.sort();
    assert_eq!(sorted, want_sorted);
    // The page lists view_items; the CSV holds the same, in the same order.
    let (filter, _) = Filter::from_query(query, &c.data);
    let listed = view_items(&c, ListKind::Recommendations, &filter, &ListView::default());
    assert_eq!(t.rows.len(), listed.len());
    assert_eq!(t, items_table(&c, ListKind::Recommendations, &listed, PAGE));
    for row in &t.rows {
        assert!(row.last().unwrap().starts_with("https://example.org/explorer/#/recommendations/"));
        assert_eq!(row.len(), RECOMMENDATION_COLUMNS.len());
    }
}

#[test]
fn the_csv_follows_the_sort_and_leaves_out_keys_that_do_not_apply() {
    let c = bundled();
    let q = "theme=domestic-abuse&q=risk&basis=statement&sort=oldest&group=region";
    let (name, t) = view_export(&c, ListKind::Findings, q, PAGE);
    assert_eq!(name, "findings-theme-domestic-abuse-q-risk-group-region-sort-oldest.csv", "no basis for findings");
    let (filter, _) = Filter::from_query(q, &c.data);
    let view = ListView::from_query(q, ListKind::Findings).0;
    let listed = view_items(&c, ListKind::Findings, &filter, &view);
    assert!(listed.len() > 1);
    let ids: Vec<&str> = t.rows.iter().map(|r| r[0].as_str()).collect();
    let want: Vec<&str> = listed.iter().map(|it| c.data.inspections[it.inspection].findings[it.item].id.as_str()).collect();
    assert_eq!(ids, want, "one row per item, in the list's order (grouping only adds headings)");
    // Oldest first: publication dates never go down among the dated rows.
    let dates: Vec<&str> = t.rows.iter().map(|r| r[3].as_str()).filter(|d| !d.is_empty()).collect();
    assert!(dates.windows(2).all(|w| w[0][..4] <= w[1][..4]), "{dates:?}");
    // Every row matches the search (case-insensitively) in its text or title.
    assert!(t.rows.iter().all(|r| format!("{} {}", r[8], r[2]).to_lowercase().contains("risk")));
    // The inspections list: no view keys, no kind or basis.
    let (name, t) = view_export(&c, ListKind::Inspections, "region=wales&kind=concern", PAGE);
    assert_eq!(name, "inspections-region-wales.csv");
    assert_eq!(t.rows.len(), c.inspections(&Filter::from_query("region=wales", &c.data).0).len());
    assert_eq!(file_name("findings", &Vec::<(&str, String)>::new()), "findings.csv");
}

#[test]
fn the_whole_list_exports_even_beyond_the_first_page() {
    let c = bundled();
    let (_, t) = view_export(&c, ListKind::Findings, "", PAGE);
    assert_eq!(t.rows.len(), c.data.finding_count());
    assert!(t.rows.len() > 50, "more rows than one page of the list");
    let back = parse_csv(&t.to_csv());
    assert_eq!(back.len(), t.rows.len() + 1);
    assert_eq!(&back[1..], &t.rows[..]);
}

/// The whole-dataset files hold exactly the file's records, in its order,
/// counted here straight from the JSON.
#[test]
fn the_whole_dataset_files_hold_every_record_of_the_file() {
    let text = include_str!("../static/data/inspections.json");
    let json: serde_json::Value = serde_json::from_str(text).unwrap();
    let c = bundled();
    let [inspections, findings, recommendations] = dataset_files(&c, PAGE);
    let updated = json["updated"].as_str().unwrap();
    assert_eq!(inspections.name, format!("inspections-updated-{updated}.csv"));
    assert_eq!(findings.name, format!("findings-updated-{updated}.csv"));
    assert_eq!(recommendations.name, format!("recommendations-updated-{updated}.csv"));
    let records = json["inspections"].as_array().unwrap();
    let ids = |list: &str| -> Vec<String> {
        records.iter().flat_map(|x| x[list].as_array().unwrap().iter()).map(|r| r["id"].as_str().unwrap().to_string()).collect()
    };

    let rows = parse_csv(&inspections.table.to_csv());
    assert_eq!(rows[0][..INSPECTION_COLUMNS.len()], INSPECTION_COLUMNS);
    let got: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    let want: Vec<&str> = records.iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(got, want, "every inspection once, in the file's order");
    // One column per rated standard, each inspection's rating in it.
    let standards = &rows[0][INSPECTION_COLUMNS.len()..];
    assert!(standards.len() >= 5, "{standards:?}");
    let label = |id: &str| json["scale"].as_array().unwrap().iter().find(|l| l["id"] == id).unwrap()["label"].as_str().unwrap().to_string();
    let mut rated = 0;
    for (row, x) in rows[1..].iter().zip(records) {
        assert_eq!(row.len(), rows[0].len());
        assert_eq!(row[INSPECTION_COLUMNS.len() - 1], format!("https://example.org/explorer/#/inspections/{}", x["id"].as_str().unwrap()));
        let ratings = x["ratings"].as_array().unwrap();
        for r in ratings {
            let name = r["standard"].as_str().unwrap();
            let col = standards.iter().position(|s| s.ends_with(name)).unwrap_or_else(|| panic!("no column for {name}"));
            assert_eq!(row[INSPECTION_COLUMNS.len() + col], label(r["rating"].as_str().unwrap()), "{} {name}", x["id"]);
            rated += 1;
        }
        let filled = row[INSPECTION_COLUMNS.len()..].iter().filter(|c| !c.is_empty()).count();
        assert_eq!(filled, ratings.len(), "{}: a rating in a column only where the file has one", x["id"]);
    }
    assert!(rated > 20, "the bundled file rates standards");
    // Each inspection's unit by its name, as the file links them.
    let unit_col = INSPECTION_COLUMNS.iter().position(|c| *c == "unit").unwrap();
    let unit_name = |id: &str| json["units"].as_array().unwrap().iter().find(|u| u["id"] == id).unwrap()["name"].as_str().unwrap().to_string();
    for (row, x) in rows[1..].iter().zip(records) {
        assert_eq!(row[unit_col], x["unit"].as_str().map(unit_name).unwrap_or_default(), "{}", x["id"]);
    }
    assert!(rows[1..].iter().filter(|r| r[unit_col] == "Sheffield PDU").count() >= 2, "Sheffield PDU's inspections name it");

    for (file, list, noun, columns) in [(&findings, "findings", "findings", &FINDING_COLUMNS[..]), (&recommendations, "recommendations", "recommendations", &RECOMMENDATION_COLUMNS[..])] {
        let rows = parse_csv(&file.table.to_csv());
        assert_eq!(rows[0], columns);
        let got: Vec<String> = rows[1..].iter().map(|r| r[0].clone()).collect();
        assert_eq!(got, ids(list), "every one of the file's {list}, in its order");
        for r in &rows[1..] {
            assert_eq!(r.last().unwrap(), &format!("https://example.org/explorer/#/{noun}/{}", r[0]));
        }
    }
    assert_eq!(findings.table, all_findings_table(&c), "made by the lists' own table code");
}

fn all_findings_table(c: &Catalog) -> Table {
    let items: Vec<ItemRef> = c
        .data
        .inspections
        .iter()
        .enumerate()
        .flat_map(|(i, x)| (0..x.findings.len()).map(move |item| ItemRef { inspection: i, item }))
        .collect();
    items_table(c, ListKind::Findings, &items, PAGE)
}
