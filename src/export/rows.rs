//! The CSV tables of the three lists: one row per inspection, finding or
//! recommendation of the current view, in its order, one column per field,
//! and each row's permanent URL. Pure, so the page and the tests share it.

use crate::data::{Dataset, Inspection};
use crate::links::{finding_path, inspection_path, permanent_url, recommendation_path};
use crate::query::view::list_pairs;
use crate::query::{Catalog, Filter, ItemRef, ListKind, ListView};

use super::csv::file_name;
use crate::table::Table;

/// Separates several values in one field (regions, themes).
pub const JOIN: &str = "; ";

pub const INSPECTION_COLUMNS: [&str; 15] = [
    "id",
    "title",
    "area",
    "regions",
    "service_type",
    // The inspected unit's name, so a re-inspection's rows can be put side
    // by side in a spreadsheet.
    "unit",
    "provider",
    "published",
    "fieldwork",
    "chief_inspector",
    "overall_rating",
    "score",
    "score_max",
    "recommendation_count",
    "url",
];

pub const FINDING_COLUMNS: [&str; 10] =
    ["id", "inspection_id", "inspection_title", "published", "regions", "service_type", "kind", "themes", "text", "url"];

pub const RECOMMENDATION_COLUMNS: [&str; 14] = [
    "id",
    "inspection_id",
    "inspection_title",
    "published",
    "regions",
    "service_type",
    "basis",
    "themes",
    "text",
    "addressee",
    "response",
    "target_date",
    "source",
    "url",
];

/// The header of a list's table.
pub fn columns(list: ListKind) -> &'static [&'static str] {
    match list {
        ListKind::Inspections => &INSPECTION_COLUMNS,
        ListKind::Findings => &FINDING_COLUMNS,
        ListKind::Recommendations => &RECOMMENDATION_COLUMNS,
    }
}

fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

fn region_names(d: &Dataset, x: &Inspection) -> String {
    x.regions.iter().map(|r| d.region(r).map_or(r.as_str(), |r| r.name.as_str())).collect::<Vec<_>>().join(JOIN)
}

fn theme_names(d: &Dataset, themes: &[String]) -> String {
    themes.iter().map(|t| d.theme(t).map_or(t.as_str(), |t| t.name.as_str())).collect::<Vec<_>>().join(JOIN)
}

fn type_name(d: &Dataset, x: &Inspection) -> String {
    d.service_type(&x.service_type).map_or_else(|| x.service_type.clone(), |t| t.name.clone())
}

/// The inspections table. `page_href` is the page's own address, from which
/// each row's permanent URL is made.
pub fn inspections_table(c: &Catalog, list: &[usize], page_href: &str) -> Table {
    let d = &c.data;
    let mut t = Table::new(INSPECTION_COLUMNS);
    for &i in list {
        let x = &d.inspections[i];
        t.push([
            x.id.clone(),
            x.title.clone(),
            opt(&x.area),
            region_names(d, x),
            type_name(d, x),
            x.unit.as_deref().map(|u| d.unit(u).map_or(u, |u| u.name.as_str()).to_string()).unwrap_or_default(),
            opt(&x.provider),
            opt(&x.published),
            opt(&x.fieldwork),
            opt(&x.chief_inspector),
            x.overall.as_deref().map(|o| d.scale_level(o).map_or(o, |s| s.label.as_str()).to_string()).unwrap_or_default(),
            x.score.as_ref().map(|s| s.value.to_string()).unwrap_or_default(),
            x.score.as_ref().map(|s| s.max.to_string()).unwrap_or_default(),
            x.recommendation_count.map(|n| n.to_string()).unwrap_or_default(),
            permanent_url(page_href, &inspection_path(&x.id)),
        ]);
    }
    t
}

/// The findings or recommendations table.
pub fn items_table(c: &Catalog, list: ListKind, items: &[ItemRef], page_href: &str) -> Table {
    let d = &c.data;
    let mut t = Table::new(columns(list).iter().copied());
    for item in items {
        let x = &d.inspections[item.inspection];
        let common = [x.id.clone(), x.title.clone(), opt(&x.published), region_names(d, x), type_name(d, x)];
        match list {
            ListKind::Findings => {
                let f = &x.findings[item.item];
                let mut row = vec![f.id.clone()];
                row.extend(common);
                row.extend([
                    f.kind.label().to_string(),
                    theme_names(d, &f.themes),
                    f.text.clone(),
                    permanent_url(page_href, &finding_path(&f.id)),
                ]);
                t.push(row);
            }
            ListKind::Recommendations => {
                let r = &x.recommendations[item.item];
                let mut row = vec![r.id.clone()];
                row.extend(common);
                row.extend([
                    r.basis.label().to_string(),
                    theme_names(d, &r.themes),
                    r.text.clone(),
                    opt(&r.to),
                    r.response.map(|x| x.label().to_string()).unwrap_or_default(),
                    opt(&r.target_date),
                    opt(&r.source),
                    permanent_url(page_href, &recommendation_path(&r.id)),
                ]);
                t.push(row);
            }
            ListKind::Inspections => panic!("use inspections_table"),
        }
    }
    t
}

/// What a list page shows for a filter and a view: the engine's pass, with
/// the keys that do not apply to the list left out. The page lists these
/// and exports these, so the CSV is exactly the view.
pub fn view_items(c: &Catalog, list: ListKind, filter: &Filter, view: &ListView) -> Vec<ItemRef> {
    c.items_sorted(list, &filter.for_list(list), view.sort)
}

/// The CSV of a list view given by its query string (as in the URL after
/// `?`), and its file name: the rows the page lists, in its order.
pub fn view_export(c: &Catalog, list: ListKind, query: &str, page_href: &str) -> (String, Table) {
    let (filter, _) = Filter::from_query(query, &c.data);
    let filter = filter.for_list(list);
    let view = match list {
        ListKind::Inspections => ListView::default(),
        _ => ListView::from_query(query, list).0,
    };
    let name = file_name(list.noun(), &list_pairs(&filter, &view));
    let table = match list {
        ListKind::Inspections => inspections_table(c, &c.inspections_sorted(&filter, view.sort), page_href),
        _ => items_table(c, list, &view_items(c, list, &filter, &view), page_href),
    };
    (name, table)
}
