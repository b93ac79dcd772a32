#![cfg(not(target_arch = "wasm32"))]
//! The chart maths on the bundled dataset, on another inspectorate's file
//! (a three-level scale) and on hand-made inputs. Expected numbers are
//! counted here a second way, straight from the JSON, as well as written out
//! where a literal says more.

use std::collections::BTreeMap;

use inspection_explorer::charts::build::{
    ratings_by_region, ratings_by_year, rating_mix, standards_heatmap, themes_by_year, tile_places, top_themes, UNDATED,
};
use inspection_explorer::charts::compare::{compare_grid, CompareCell};
use inspection_explorer::charts::scene::{step, tile_cells, ChartKind, Shape, Step};
use inspection_explorer::charts::standards::{order_rows, standard_columns};
use inspection_explorer::charts::palette::level_colours;
use inspection_explorer::charts::{ChartData, Colour, Row, Values};
use inspection_explorer::data::parse_dataset;
use inspection_explorer::query::{Catalog, Filter, ListKind};
use serde_json::Value;

fn load(path: &str) -> (Catalog, Value) {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let data = parse_dataset(&text).unwrap_or_else(|e| panic!("{path} is not valid: {e:?}"));
    (Catalog::new(data), serde_json::from_str(&text).unwrap())
}

fn bundled() -> (Catalog, Value) {
    load("static/data/inspections.json")
}

fn other() -> (Catalog, Value) {
    load("tests/fixtures/other-inspectorate.json")
}

fn region(id: &str) -> Filter {
    Filter { regions: vec![id.into()], ..Filter::default() }
}

fn no_link(_: &str) -> Option<String> {
    None
}

/// `table.rows` as (first cell → the rest), for lookups by row label.
fn table_rows(c: &ChartData) -> BTreeMap<String, Vec<String>> {
    c.table().rows.into_iter().map(|mut r| (r.remove(0), r)).collect()
}

/// The JSON's inspections, with their year ("Undated" when none) and their
/// overall rating's column.
fn raw_inspections(json: &Value) -> Vec<&Value> {
    json["inspections"].as_array().unwrap().iter().collect()
}

fn raw_year(i: &Value) -> String {
    i["published"].as_str().map(|p| p[..4].to_string()).unwrap_or_else(|| UNDATED.to_string())
}

fn raw_in_region(i: &Value, id: &str) -> bool {
    i["regions"].as_array().is_some_and(|a| a.iter().any(|r| r == id))
}

// ---------------------------------------------------------------------------
// Ratings by year
// ---------------------------------------------------------------------------

#[test]
fn ratings_by_year_on_all_inspections() {
    let (cat, _) = bundled();
    let all = cat.inspections(&Filter::default());
    let c = ratings_by_year(&cat, &all);
    let t = c.table();
    assert_eq!(t.header, ["Year published", "Outstanding", "Good", "Requires improvement", "Inadequate", "Not rated", "Total"]);
    let rows: Vec<Vec<&str>> = t.rows.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    assert_eq!(
        rows,
        [
            ["2018", "0", "2", "5", "0", "2", "9"],
            ["2019", "0", "4", "15", "1", "0", "20"],
            ["2020", "0", "2", "6", "0", "1", "9"],
            ["2021", "0", "1", "0", "0", "0", "1"],
            ["2022", "0", "1", "6", "8", "0", "15"],
            ["2023", "0", "0", "10", "6", "0", "16"],
            ["2024", "0", "0", "2", "7", "0", "9"],
            ["2025", "0", "0", "3", "1", "0", "4"],
            ["2026", "0", "0", "0", "0", "1", "1"],
            [UNDATED, "0", "0", "23", "17", "4", "44"],
        ]
    );
    assert_eq!(c.grand_total(), 128);
    assert!(c.rows.last().unwrap().separated, "undated rows are drawn apart");
    assert!(c.notes.iter().any(|n| n.starts_with("44 inspections have no known publication date")), "{:?}", c.notes);
    assert!(c.summary.contains("84 dated inspections by year of publication, 2018 to 2026"), "{}", c.summary);
}

#[test]
fn ratings_by_year_in_wales_match_the_json() {
    let (cat, json) = bundled();
    let wales = cat.inspections(&region("wales"));
    assert_eq!(wales.len(), 11);
    let c = ratings_by_year(&cat, &wales);
    // Counted a second way, from the JSON itself.
    let scale: Vec<&str> = json["scale"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    let mut expected: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for i in raw_inspections(&json).into_iter().filter(|i| raw_in_region(i, "wales")) {
        let slot = scale.iter().position(|s| i["overall"] == *s).expect("every Welsh inspection is rated");
        expected.entry(raw_year(i)).or_insert_with(|| vec![0; scale.len()])[slot] += 1;
    }
    let rows = table_rows(&c);
    // 2019 to 2025 (years without Welsh inspections shown as 0), then Undated.
    assert_eq!(c.rows.iter().map(|r| r.label.as_str()).collect::<Vec<_>>(), ["2019", "2020", "2021", "2022", "2023", "2024", "2025", UNDATED]);
    assert_eq!(c.series.len(), 4, "no unrated Welsh inspection, so no Not rated column");
    for (year, cells) in &rows {
        let want = expected.get(year).cloned().unwrap_or_else(|| vec![0; 4]);
        let got: Vec<u32> = cells[..4].iter().map(|x| x.parse().unwrap()).collect();
        assert_eq!(got, want, "year {year}");
        assert_eq!(cells[4], want.iter().sum::<u32>().to_string(), "total for {year}");
    }
    assert_eq!(rows[UNDATED], ["0", "0", "5", "1", "6"]);
    assert_eq!(rows["2019"], ["0", "1", "1", "0", "2"]);
    assert_eq!(c.grand_total(), 11);
}

#[test]
fn filtered_years_leave_undated_out() {
    let (cat, _) = bundled();
    let f = Filter { since: Some(2022), until: Some(2023), ..Filter::default() };
    let c = ratings_by_year(&cat, &cat.inspections(&f));
    assert_eq!(c.rows.iter().map(|r| r.label.as_str()).collect::<Vec<_>>(), ["2022", "2023"]);
    assert_eq!(c.grand_total(), 31);
    assert!(c.notes.is_empty());
}

// ---------------------------------------------------------------------------
// Regions and the tile map
// ---------------------------------------------------------------------------

#[test]
fn ratings_by_region_count_each_region_an_inspection_covers() {
    let (cat, json) = bundled();
    let all = cat.inspections(&Filter::default());
    let c = ratings_by_region(&cat, &all);
    let rows = table_rows(&c);
    assert_eq!(c.rows.len(), 12);
    assert_eq!(rows["Wales"], ["0", "1", "8", "2", "0", "11"]);
    assert_eq!(rows["Yorkshire and the Humber"], ["0", "1", "9", "9", "0", "19"]);
    assert_eq!(rows["London"], ["0", "0", "4", "4", "2", "10"]);
    // Each region's total is the number of inspections naming it.
    for r in json["regions"].as_array().unwrap() {
        let want = raw_inspections(&json).iter().filter(|i| raw_in_region(i, r["id"].as_str().unwrap())).count();
        assert_eq!(rows[r["name"].as_str().unwrap()].last().unwrap(), &want.to_string());
    }
    assert!(c.notes.iter().any(|n| n.starts_with("10 inspections cover several regions")), "{:?}", c.notes);
    assert!(c.notes.iter().any(|n| n.starts_with("2 inspections have no region")), "{:?}", c.notes);
    assert_eq!(c.rows[7].href.as_deref(), Some("#/regions/wales"));
}

#[test]
fn the_wales_tile_map_counts_only_welsh_inspections() {
    let (cat, _) = bundled();
    let c = ratings_by_region(&cat, &cat.inspections(&region("wales")));
    for (r, row) in c.rows.iter().enumerate() {
        assert_eq!(c.row_total(r), if row.id == "wales" { 11 } else { 0 }, "{}", row.label);
    }
}

#[test]
fn tile_map_places_every_region_without_overlap() {
    let (cat, _) = bundled();
    let places = tile_places(&cat.data);
    let (cells, cols, rows) = tile_cells(&places);
    assert_eq!((cols, rows), (4, 5));
    // Wales is at [0, 3] in the file.
    assert_eq!(cells[7], (0, 3));
    let c = ratings_by_region(&cat, &cat.inspections(&Filter::default()));
    let chosen: Vec<bool> = c.rows.iter().map(|r| r.id == "wales").collect();
    for width in [296.0, 360.0, 800.0] {
        let s = ChartKind::Tiles { places: places.clone(), chosen: chosen.clone() }.scene(&c, width);
        assert_eq!(s.marks.len(), 12);
        assert!(s.width <= width, "the map fits {width}px: {}", s.width);
        for a in &s.marks {
            for b in &s.marks {
                if a.row != b.row {
                    let apart = a.rect.x + a.rect.w <= b.rect.x
                        || b.rect.x + b.rect.w <= a.rect.x
                        || a.rect.y + a.rect.h <= b.rect.y
                        || b.rect.y + b.rect.h <= a.rect.y;
                    assert!(apart, "tiles {} and {} overlap at {width}px", a.row, b.row);
                }
            }
        }
        let wales = &s.marks[7];
        assert_eq!(wales.pressed, Some(true));
        assert_eq!(s.marks[0].pressed, Some(false));
        assert_eq!(wales.label, "Wales: 11 inspections (Good 1, Requires improvement 8, Inadequate 2)");
        // The tile shows its count and its name as text.
        let texts: Vec<&str> = wales
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert!(texts.contains(&"Wales") && texts.contains(&"11"), "{texts:?}");
        // Its rating mix: three segments, as long as their counts say.
        let mix: Vec<f64> = wales
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect { rect, class } if class.starts_with("mix ") => Some(rect.w),
                _ => None,
            })
            .collect();
        assert_eq!(mix.len(), 3);
        assert!((mix[1] / mix[0] - 8.0).abs() < 0.2, "{mix:?}");
        assert!(s.width < 320.0 || width > 320.0);
    }
}

// ---------------------------------------------------------------------------
// Standards heatmap
// ---------------------------------------------------------------------------

#[test]
fn standards_are_columns_by_code_then_by_frequency() {
    let (cat, _) = bundled();
    let all = cat.inspections(&Filter::default());
    let cols = standard_columns(&all.iter().map(|&i| &cat.data.inspections[i]).collect::<Vec<_>>());
    let labels: Vec<String> = cols.iter().map(|c| c.label()).collect();
    assert_eq!(
        labels,
        [
            "1.1 Leadership",
            "1.2 Staff",
            "1.2 Staffing",
            "1.3 Services",
            "1.4 Information and facilities",
            "2.1 Assessment",
            "2.2 Planning",
            "2.3 Implementation and delivery",
            "2.4 Reviewing",
            "3.1 Unpaid work",
            "3.2 Statutory victim work",
            "3.2 Through the Gate",
            "Court work (advice to courts)",
        ]
    );
    // Matched by name: "Assessment" with and without a code is one column.
    let assessment = cols.iter().find(|c| c.name == "Assessment").unwrap();
    assert_eq!(assessment.count, 16);
    let victims = cols.iter().find(|c| c.name == "Statutory victim work").unwrap();
    assert_eq!((victims.code.as_deref(), victims.count), (Some("3.2"), 5));
}

#[test]
fn heatmap_rows_go_best_first_then_newest() {
    let (cat, _) = bundled();
    let d = &cat.data;
    let all = cat.inspections(&Filter::default());
    let c = standards_heatmap(&cat, &all);
    assert_eq!(c.rows.len(), 33);
    let scale_pos = |id: &str| {
        d.inspection(id).unwrap().overall.as_deref().and_then(|o| d.scale.iter().position(|s| s.id == o)).unwrap_or(99)
    };
    let ranks: Vec<usize> = c.rows.iter().map(|r| scale_pos(&r.id)).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    for w in c.rows.windows(2) {
        if scale_pos(&w[0].id) == scale_pos(&w[1].id) {
            let (a, b) = (cat.inspection_index(&w[0].id).unwrap(), cat.inspection_index(&w[1].id).unwrap());
            match (cat.published(a), cat.published(b)) {
                (Some(x), Some(y)) => assert!(x >= y, "{} before {}", w[0].id, w[1].id),
                (None, Some(_)) => panic!("undated {} before dated {}", w[0].id, w[1].id),
                _ => {}
            }
        }
    }
    // First column: the overall rating; then one per standard.
    assert_eq!(c.series[0].label, "Overall");
    assert_eq!(c.series.len(), 14);
}

#[test]
fn the_welsh_heatmap_says_each_rating() {
    let (cat, _) = bundled();
    let c = standards_heatmap(&cat, &cat.inspections(&region("wales")));
    assert_eq!(
        c.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["nps-wales-2019", "probation-cwm-taf-morgannwg-2025", "probation-cardiff-and-the-vale-2025"]
    );
    let t = c.table();
    assert_eq!(t.header, ["Inspection", "Published", "Overall", "1.1 Leadership", "2.1 Assessment", "2.2 Planning", "2.3 Implementation and delivery", "2.4 Reviewing"]);
    assert_eq!(t.rows[0][1], "17 April 2019");
    assert_eq!(t.rows[0][2..], ["Good", "Not rated", "Not rated", "Not rated", "Not rated", "Outstanding"]);
    assert_eq!(t.rows[2][2..], ["Inadequate", "Not rated", "Inadequate", "Inadequate", "Inadequate", "Inadequate"]);
    assert!(c.notes.iter().any(|n| n.starts_with("8 of the 11 selected have no ratings by standard")), "{:?}", c.notes);
    // Cells show the short form, marks say the full rating.
    let s = ChartKind::Grid.scene(&c, 296.0);
    let m = s.marks.iter().find(|m| m.row == 0 && m.series == Some(5)).unwrap();
    assert_eq!(m.label, "Wales NPS division — 2.4 Reviewing: Outstanding".replace("Wales NPS division", &c.rows[0].label));
    assert!(matches!(&m.shapes[0], Shape::Text { text, .. } if text == "O"));
    // Outstanding, the best of four levels, takes the palette's sky blue.
    assert_eq!(m.class, "cell c-rank-1");
    // Overall plus the rated standards: 1 + 1, 1 + 1, 1 + 4.
    assert_eq!(s.marks.len(), 2 + 2 + 5);
}

#[test]
fn order_rows_by_hand() {
    let (cat, _) = other();
    // Hill School (strong, 2024) before Vale College (weak, 2023) whatever the input order.
    assert_eq!(order_rows(&cat.data, &[1, 0]), [0, 1]);
}

// ---------------------------------------------------------------------------
// Themes
// ---------------------------------------------------------------------------

#[test]
fn welsh_concern_themes_by_year() {
    let (cat, json) = bundled();
    let f = Filter { regions: vec!["wales".into()], kinds: vec![inspection_explorer::data::FindingKind::Concern], ..Filter::default() };
    let items = cat.items_matching(ListKind::Findings, &f);
    assert_eq!(items.len(), 27);
    let c = themes_by_year(&cat, &items, ListKind::Findings, &[], "Concern themes", ("concern", "concerns"), &no_link);
    assert_eq!(c.series.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(), ["2019", "2020", "2021", "2022", "2023", "2024", "2025", UNDATED]);
    let order: Vec<&str> = c.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        order,
        ["risk-of-harm", "information-sharing", "staffing", "interventions", "leadership", "workload", "assessment", "ict", "planning", "safeguarding", "training"]
    );
    let rows = table_rows(&c);
    assert_eq!(rows["Risk of harm"], ["1", "0", "0", "0", "0", "0", "1", "5", "7"]);
    // Every total, counted again from the JSON.
    let mut want: BTreeMap<String, u32> = BTreeMap::new();
    for i in raw_inspections(&json).into_iter().filter(|i| raw_in_region(i, "wales")) {
        for f in i["findings"].as_array().unwrap().iter().filter(|f| f["kind"] == "concern") {
            for t in f["themes"].as_array().unwrap() {
                *want.entry(t.as_str().unwrap().to_string()).or_default() += 1;
            }
        }
    }
    for (r, row) in c.rows.iter().enumerate() {
        assert_eq!(c.row_total(r), want[&row.id], "{}", row.id);
    }
    assert_eq!(c.rows.len(), want.len());
}

#[test]
fn chosen_themes_keep_their_rows() {
    let (cat, _) = bundled();
    let f = Filter { themes: vec!["workload".into()], ..Filter::default() };
    let items = cat.items_matching(ListKind::Recommendations, &f);
    let c = themes_by_year(&cat, &items, ListKind::Recommendations, &f.themes, "t", ("recommendation", "recommendations"), &no_link);
    assert_eq!(c.rows.len(), 1);
    assert_eq!(c.rows[0].id, "workload");
    assert_eq!(c.row_total(0) as usize, items.len(), "every item has the chosen theme");
}

#[test]
fn top_themes_are_cut_to_n() {
    let (cat, _) = bundled();
    let f = Filter { regions: vec!["wales".into()], kinds: vec![inspection_explorer::data::FindingKind::Concern], ..Filter::default() };
    let items = cat.items_matching(ListKind::Findings, &f);
    let link = |t: &str| Some(format!("#/findings?region=wales&theme={t}&kind=concern"));
    let c = top_themes(&cat, &items, ListKind::Findings, 5, ("Top", "Concerns"), ("concern", "concerns"), &link);
    let t = c.table();
    assert_eq!(t.header, ["Theme", "Concerns"]);
    assert_eq!(
        t.rows,
        [["Risk of harm", "7"], ["Information sharing", "4"], ["Staffing", "4"], ["Interventions", "3"], ["Leadership", "2"]]
    );
    assert_eq!(c.notes, ["The 5 most frequent of 11 themes."]);
    assert_eq!(c.rows[0].href.as_deref(), Some("#/findings?region=wales&theme=risk-of-harm&kind=concern"));
}

#[test]
fn rating_mix_compares_shares() {
    let (cat, _) = bundled();
    let wales = cat.inspections(&region("wales"));
    let all = cat.inspections(&Filter::default());
    let c = rating_mix(&cat, &[(Row::new("wales", "Wales"), wales), (Row::new("all", "All inspections"), all)], "Mix");
    let rows = table_rows(&c);
    assert_eq!(rows["Wales"], ["0", "1 (9%)", "8 (73%)", "2 (18%)", "0", "11"]);
    assert_eq!(rows["All inspections"], ["0", "10 (8%)", "70 (55%)", "40 (31%)", "8 (6%)", "128"]);
    let s = ChartKind::ShareBars.scene(&c, 360.0);
    let len = |r: usize| s.marks.iter().filter(|m| m.row == r).map(|m| m.rect.w).sum::<f64>();
    assert!((len(0) - len(1)).abs() < 0.3);
}

// ---------------------------------------------------------------------------
// Another inspectorate: a three-level scale
// ---------------------------------------------------------------------------

#[test]
fn another_inspectorates_file_charts() {
    let (cat, _) = other();
    let all = cat.inspections(&Filter::default());
    let years = ratings_by_year(&cat, &all);
    let t = years.table();
    assert_eq!(t.header, ["Year published", "Strong", "Adequate", "Weak", "Total"]);
    assert_eq!(t.rows, [["2023", "0", "0", "1", "1"], ["2024", "1", "0", "0", "1"]]);
    // Best and worst of three get the palette's ends, the middle its middle.
    assert_eq!(years.series.iter().map(|s| s.colour).collect::<Vec<_>>(), [Colour::Rank(0), Colour::Rank(3), Colour::Rank(6)]);
    assert_eq!(years.series.iter().map(|s| s.short.as_str()).collect::<Vec<_>>(), ["S", "A", "W"]);

    let map = ratings_by_region(&cat, &all);
    assert_eq!(map.table().rows, [["North", "1", "0", "0", "1"], ["South", "0", "0", "1", "1"]]);
    let s = ChartKind::Tiles { places: tile_places(&cat.data), chosen: vec![false, true] }.scene(&map, 300.0);
    assert_eq!(s.marks.len(), 2);
    assert!(s.marks[1].rect.y > s.marks[0].rect.y, "South is below North");

    let heat = standards_heatmap(&cat, &all);
    assert_eq!(heat.table().rows, [["Hill School", "1 March 2024", "Strong", "Strong"]]);
    assert_eq!(heat.table().header, ["Inspection", "Published", "Overall", "A Teaching"]);

    let items = cat.items_matching(ListKind::Findings, &Filter { kinds: vec![inspection_explorer::data::FindingKind::Concern], ..Filter::default() });
    let themes = themes_by_year(&cat, &items, ListKind::Findings, &[], "t", ("concern", "concerns"), &no_link);
    assert_eq!(themes.table().rows, [["Safety", "1", "1", "2"], ["Reading", "1", "0", "1"]]);
    for (c, kind) in [(&years, ChartKind::Bars), (&heat, ChartKind::Grid), (&themes, ChartKind::Grid)] {
        assert_marks_match_table(c, &kind.scene(c, 320.0));
    }
}

// ---------------------------------------------------------------------------
// Marks and table agree
// ---------------------------------------------------------------------------

/// Every filled cell has exactly one mark, whose label ends with the
/// numbers the table shows for that cell.
fn assert_marks_match_table(c: &ChartData, s: &inspection_explorer::charts::Scene) {
    let t = c.table();
    let offset = 1 + usize::from(c.detail_heading.is_some());
    let mut seen = 0;
    for r in 0..c.rows.len() {
        for k in 0..c.series.len() {
            let filled = match &c.values {
                Values::Counts(_) => c.count(r, k) > 0,
                Values::Levels(_) => c.level(r, k).is_some(),
            };
            let marks: Vec<_> = s.marks.iter().filter(|m| m.row == r && m.series == Some(k)).collect();
            assert_eq!(marks.len(), usize::from(filled), "row {r} series {k}");
            if let Some(m) = marks.first() {
                seen += 1;
                let cell = &t.rows[r][offset + k];
                let number = cell.split(' ').next().unwrap();
                assert!(m.label.starts_with(&format!("{} — {}: ", c.rows[r].label, c.series[k].label)), "{}", m.label);
                assert!(m.label.contains(number), "mark {:?} vs cell {cell:?}", m.label);
            }
        }
    }
    assert_eq!(seen, s.marks.len());
}

#[test]
fn marks_and_tables_agree_on_the_bundled_data() {
    let (cat, _) = bundled();
    for f in [Filter::default(), region("wales"), region("london")] {
        let ins = cat.inspections(&f);
        let years = ratings_by_year(&cat, &ins);
        let heat = standards_heatmap(&cat, &ins);
        let items = cat.items_matching(ListKind::Recommendations, &f);
        let themes = themes_by_year(&cat, &items, ListKind::Recommendations, &[], "t", ("recommendation", "recommendations"), &no_link);
        for width in [296.0, 700.0] {
            assert_marks_match_table(&years, &ChartKind::Bars.scene(&years, width));
            assert_marks_match_table(&heat, &ChartKind::Grid.scene(&heat, width));
            assert_marks_match_table(&themes, &ChartKind::Grid.scene(&themes, width));
        }
    }
}

#[test]
fn bars_fit_a_phone() {
    let (cat, _) = bundled();
    let years = ratings_by_year(&cat, &cat.inspections(&Filter::default()));
    let s = ChartKind::Bars.scene(&years, 296.0);
    assert!(s.width <= 296.0);
    for m in &s.marks {
        assert!(m.rect.x >= 0.0 && m.rect.x + m.rect.w <= 296.0, "{:?}", m.rect);
    }
    // The longest bar (2019: 20) and the undated one (44) share the axis.
    let len = |label: &str| {
        let r = years.rows.iter().position(|x| x.label == label).unwrap();
        s.marks.iter().filter(|m| m.row == r).map(|m| m.rect.w).sum::<f64>()
    };
    assert!((len(UNDATED) / len("2019") - 44.0 / 20.0).abs() < 0.02);
}

#[test]
fn every_mark_can_be_reached_with_the_arrow_keys() {
    let (cat, _) = bundled();
    let years = ratings_by_year(&cat, &cat.inspections(&Filter::default()));
    let s = ChartKind::Bars.scene(&years, 400.0);
    let nav: Vec<(i32, i32)> = s.marks.iter().map(|m| m.nav).collect();
    let mut at = step(&nav, 5, Step::First);
    let mut visited = vec![at];
    for _ in 1..nav.len() {
        at = step(&nav, at, Step::Next);
        visited.push(at);
    }
    visited.sort_unstable();
    visited.dedup();
    assert_eq!(visited.len(), nav.len());
    // Down from 2019's first segment lands in 2020.
    let first_2019 = s.marks.iter().position(|m| years.rows[m.row].label == "2019").unwrap();
    let down = step(&nav, first_2019, Step::Down);
    assert_eq!(years.rows[s.marks[down].row].label, "2020");
}

// ---------------------------------------------------------------------------
// Compare
// ---------------------------------------------------------------------------

#[test]
fn compare_lines_standards_up_by_name() {
    let (cat, _) = bundled();
    let d = &cat.data;
    let ids = vec!["probation-cardiff-and-the-vale-2025".to_string(), "nps-wales-2019".to_string()];
    let g = compare_grid(d, &ids);
    let labels: Vec<&str> = g.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["Overall rating", "Score", "Published", "Region", "2.1 Assessment", "2.2 Planning", "2.3 Implementation and delivery", "2.4 Reviewing"]);
    let reviewing = g.rows.last().unwrap();
    assert_eq!(reviewing.cells, [CompareCell::Rating(Some(3)), CompareCell::Rating(Some(0))]);
    let t = g.table(d);
    assert_eq!(t.rows[0], ["Id", "probation-cardiff-and-the-vale-2025", "nps-wales-2019"]);
    assert_eq!(t.rows[1], ["Overall rating", "Inadequate", "Good"]);
    assert_eq!(t.rows[3], ["Published", "Undated", "17 April 2019"]);
    assert_eq!(t.rows[5], ["2.1 Assessment", "Inadequate", "Not rated"]);
    assert_eq!(t.header.len(), 3);
}

#[test]
fn colour_ranks_span_any_scale() {
    for len in 2..=7 {
        let ranks = level_colours(len);
        // Odd scales start at the palette's first colour, even ones at its
        // second (tones must alternate); all end at its last.
        assert_eq!(ranks[0], if len % 2 == 1 { 0 } else { 1 });
        assert_eq!(ranks[len - 1], 6);
        assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{ranks:?}");
    }
}
