//! The whole dataset as three CSV files, for the about page: every
//! inspection (with one column per rated standard), every finding and every
//! recommendation, in the file's order, each row with its permanent link.
//! Made by the same tables as every list's CSV.

use crate::charts::standards::standard_columns;
use crate::query::{Catalog, ItemRef, ListKind};

use super::csv::file_name;
use crate::table::Table;
use super::rows::{inspections_table, items_table};

/// One file to download: what it holds and its name.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetFile {
    /// What the page calls it: "Inspections", "Findings", "Recommendations".
    pub title: &'static str,
    pub name: String,
    pub table: Table,
}

/// Every inspection in the file's order: the inspections list's columns,
/// then one per standard any inspection rates (as the heatmap orders them),
/// holding the inspection's rating of it, empty where it has none.
pub fn all_inspections(c: &Catalog, page_href: &str) -> Table {
    let d = &c.data;
    let mut table = inspections_table(c, &(0..d.inspections.len()).collect::<Vec<_>>(), page_href);
    let standards = standard_columns(&d.inspections.iter().collect::<Vec<_>>());
    table.header.extend(standards.iter().map(|s| s.label()));
    for (row, x) in table.rows.iter_mut().zip(&d.inspections) {
        row.extend(standards.iter().map(|s| {
            x.ratings
                .iter()
                .find(|r| s.matches(&r.standard))
                .map(|r| d.scale_level(&r.rating).map_or(r.rating.as_str(), |l| l.label.as_str()).to_string())
                .unwrap_or_default()
        }));
    }
    table
}

/// Every finding (`list` = findings) or recommendation, inspection by
/// inspection in the file's order.
pub fn all_items(c: &Catalog, list: ListKind, page_href: &str) -> Table {
    let items: Vec<ItemRef> = c
        .data
        .inspections
        .iter()
        .enumerate()
        .flat_map(|(i, x)| {
            let n = match list {
                ListKind::Findings => x.findings.len(),
                _ => x.recommendations.len(),
            };
            (0..n).map(move |item| ItemRef { inspection: i, item })
        })
        .collect();
    items_table(c, list, &items, page_href)
}

/// The three files, named like the lists' CSVs with the dataset's date:
/// `inspections-updated-2026-11-27.csv`.
pub fn dataset_files(c: &Catalog, page_href: &str) -> [DatasetFile; 3] {
    let name = |list: ListKind| file_name(list.noun(), &[("updated", c.data.updated.clone())]);
    [
        DatasetFile { title: "Inspections", name: name(ListKind::Inspections), table: all_inspections(c, page_href) },
        DatasetFile { title: "Findings", name: name(ListKind::Findings), table: all_items(c, ListKind::Findings, page_href) },
        DatasetFile { title: "Recommendations", name: name(ListKind::Recommendations), table: all_items(c, ListKind::Recommendations, page_href) },
    ]
}
