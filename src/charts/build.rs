//! The charts' numbers, counted from the inspections (and findings or
//! recommendations) a filter selects. Everything here is read from the
//! dataset: the scale, the regions, the standards and the themes.

use super::data::{ChartData, Colour, Row, Series, Values, NO_RATING};
use super::standards::{order_rows, short_labels, standard_columns};
use crate::sort::sort_indexes;
use crate::data::date::PartialDate;
use crate::data::{Dataset, Inspection};
use crate::links::{href, inspection_path, region_path};
use crate::query::{Catalog, ItemRef, ListKind};

/// The label of the row or column for inspections with no known date.
pub const UNDATED: &str = "Undated";

/// The scale's levels as series, best first, coloured by rank; plus "Not
/// rated" when asked for.
pub fn rating_series(d: &Dataset, with_unrated: bool) -> Vec<Series> {
    let shorts = short_labels(&d.scale);
    let mut series: Vec<Series> = d
        .scale
        .iter()
        .enumerate()
        .map(|(k, s)| Series::new(s.id.clone(), s.label.clone(), Colour::level(k, d.scale.len())).with_short(shorts[k].clone()))
        .collect();
    if with_unrated {
        series.push(Series::new("not-rated", NO_RATING, Colour::None).with_short("–"));
    }
    series
}

/// The column of an inspection's overall rating among `rating_series`:
/// its scale position, or the "Not rated" column after the scale.
fn rating_slot(d: &Dataset, i: usize) -> usize {
    d.inspections[i].overall.as_deref().and_then(|o| d.scale.iter().position(|s| s.id == o)).unwrap_or(d.scale.len())
}

fn any_unrated(d: &Dataset, inspections: &[usize]) -> bool {
    inspections.iter().any(|&i| rating_slot(d, i) == d.scale.len())
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Overall ratings by year of publication: a row per year from the first
/// to the last (years with none included, so time is not squeezed), then
/// "Undated" apart when some inspections have no known date.
pub fn ratings_by_year(cat: &Catalog, inspections: &[usize]) -> ChartData {
    let d = &cat.data;
    let series = rating_series(d, any_unrated(d, inspections));
    let (mut c, (first, last), dated) = by_year(cat, inspections, series, &|i| rating_slot(d, i));
    c.title = "Overall ratings by year published".into();
    let undated = inspections.len() - dated;
    c.summary = match (first, last) {
        (Some(a), Some(b)) if a != b => format!(
            "{} by year of publication, {a} to {b}, each bar divided by overall rating.",
            plural(dated, "dated inspection", "dated inspections")
        ),
        (Some(a), _) => format!("{} published in {a}, divided by overall rating.", plural(dated, "inspection", "inspections")),
        _ if inspections.is_empty() => "No inspections match this filter.".to_string(),
        _ => "None of these inspections has a known publication date.".to_string(),
    };
    if undated > 0 {
        let note = format!(
            "{} no known publication date: counted under “{UNDATED}”, never guessed into a year.",
            plural(undated, "inspection has", "inspections have")
        );
        c.summary.push(' ');
        c.summary.push_str(&note);
        c.notes.push(note);
    }
    c
}

/// Inspections counted by year of publication, with a total: a row per
/// year from the first to the last (years with none included, so time is
/// not squeezed), then "Undated" apart when some have no known date; each
/// inspection in the column `slot` gives it among `series`. Also gives the
/// first and last year and how many are dated; the title and summary are
/// the caller's.
pub(super) fn by_year(
    cat: &Catalog,
    inspections: &[usize],
    series: Vec<Series>,
    slot: &dyn Fn(usize) -> usize,
) -> (ChartData, (Option<i32>, Option<i32>), usize) {
    let years: Vec<i32> = inspections.iter().filter_map(|&i| cat.year(i)).collect();
    let (first, last) = (years.iter().min().copied(), years.iter().max().copied());
    let mut rows: Vec<Row> = match (first, last) {
        (Some(a), Some(b)) => (a..=b).map(|y| Row::new(y.to_string(), y.to_string())).collect(),
        _ => Vec::new(),
    };
    if inspections.len() > years.len() {
        rows.push(Row::new("undated", UNDATED).separated());
    }
    let mut counts = vec![vec![0u32; series.len()]; rows.len()];
    for &i in inspections {
        let r = match (cat.year(i), first) {
            (Some(y), Some(a)) => (y - a) as usize,
            _ => rows.len() - 1,
        };
        counts[r][slot(i)] += 1;
    }
    let mut c = ChartData::counts("", "Year published", ("inspection", "inspections"));
    c.rows = rows;
    c.series = series;
    c.values = Values::Counts(counts);
    c.totals = true;
    (c, (first, last), years.len())
}

/// Where each region goes on the tile map, as the dataset says.
pub fn tile_places(d: &Dataset) -> Vec<Option<[i32; 2]>> {
    d.regions.iter().map(|r| r.tile).collect()
}

/// Overall ratings by region: a row per declared region (in the dataset's
/// order), counting each inspection in every region it covers.
pub fn ratings_by_region(cat: &Catalog, inspections: &[usize]) -> ChartData {
    let d = &cat.data;
    let series = rating_series(d, any_unrated(d, inspections));
    let mut counts = vec![vec![0u32; series.len()]; d.regions.len()];
    let mut several = 0;
    let mut none = 0;
    for &i in inspections {
        let mut regions = 0;
        for k in cat.inspection_regions(i) {
            counts[k][rating_slot(d, i)] += 1;
            regions += 1;
        }
        match regions {
            0 => none += 1,
            1 => {}
            _ => several += 1,
        }
    }
    let mut c = ChartData::counts("Inspections by region", "Region", ("inspection", "inspections"));
    c.rows = d.regions.iter().map(|r| Row::new(r.id.clone(), r.name.clone()).with_href(href(&region_path(&r.id)))).collect();
    c.series = series;
    c.values = Values::Counts(counts);
    c.totals = true;
    let busiest = (0..c.rows.len()).max_by_key(|&r| (c.row_total(r), std::cmp::Reverse(r)));
    c.summary = format!(
        "A map of the {} with, on each tile, how many of the {} cover it and a bar of their overall ratings.",
        plural(d.regions.len(), "region", "regions"),
        plural(inspections.len(), "inspection", "inspections")
    );
    if inspections.is_empty() {
        c.summary = "No inspections match this filter.".into();
    }
    if let Some(b) = busiest.filter(|&b| c.row_total(b) > 0) {
        c.summary.push_str(&format!(" Most: {}, {}.", c.rows[b].label, c.row_total(b)));
    }
    if several > 0 {
        c.notes.push(format!(
            "{} several regions and {} counted in each of them.",
            plural(several, "inspection covers", "inspections cover"),
            if several == 1 { "is" } else { "are" }
        ));
    }
    if none > 0 {
        c.notes.push(format!(
            "{} no region (national inspections, for example) and {} not on the map.",
            plural(none, "inspection has", "inspections have"),
            if none == 1 { "is" } else { "are" }
        ));
    }
    c
}

/// Ratings standard by standard, for the inspections that have them: a row
/// per inspection (ordered by `order_rows`), a column for the overall
/// rating then one per standard (see `ratings_grid`).
pub fn standards_heatmap(cat: &Catalog, inspections: &[usize]) -> ChartData {
    let d = &cat.data;
    let rated: Vec<usize> = inspections.iter().copied().filter(|&i| !d.inspections[i].ratings.is_empty()).collect();
    let rows = order_rows(d, &rated);
    let mut c = ratings_grid(cat, &rows);
    let columns = c.series.len() - 1;
    c.summary = if rows.is_empty() {
        "None of these inspections has ratings by standard.".into()
    } else {
        format!(
            "{} rated standard by standard against {}, best overall rating first, then newest first.",
            plural(rows.len(), "inspection", "inspections"),
            plural(columns, "standard", "standards")
        )
    };
    let without = inspections.len() - rated.len();
    if without > 0 {
        c.notes.push(format!(
            "{} of the {} selected {} no ratings by standard and {} not shown.",
            without,
            inspections.len(),
            if without == 1 { "has" } else { "have" },
            if without == 1 { "is" } else { "are" }
        ));
    }
    c
}

/// The given inspections' ratings, in the given order: a row per
/// inspection (its title, its publication date beside it), a column for
/// the overall rating then one per standard any of them rates (ordered by
/// `standard_columns`).
pub fn ratings_grid(cat: &Catalog, rows: &[usize]) -> ChartData {
    let d = &cat.data;
    let chosen: Vec<&Inspection> = rows.iter().map(|&i| &d.inspections[i]).collect();
    let columns = standard_columns(&chosen);
    let level_of = |id: &str| d.scale.iter().position(|s| s.id == id);
    let mut c = ChartData::counts("Ratings by standard", "Inspection", ("inspection", "inspections"));
    c.detail_heading = Some("Published".into());
    c.levels = rating_series(d, false);
    c.series = std::iter::once(Series::new("overall", "Overall", Colour::Accent))
        .chain(columns.iter().enumerate().map(|(k, col)| {
            Series::new(format!("standard-{}", k + 1), col.label(), Colour::Accent).with_short(col.code.clone().unwrap_or_else(|| col.name.clone()))
        }))
        .collect();
    let levels: Vec<Vec<Option<usize>>> = rows
        .iter()
        .map(|&i| {
            let ins = &d.inspections[i];
            std::iter::once(ins.overall.as_deref().and_then(level_of))
                .chain(columns.iter().map(|col| ins.ratings.iter().find(|r| col.matches(&r.standard)).and_then(|r| level_of(&r.rating))))
                .collect()
        })
        .collect();
    c.rows = rows
        .iter()
        .map(|&i| {
            let ins = &d.inspections[i];
            let date = ins.published.as_deref().and_then(PartialDate::parse).map(|p| p.human()).unwrap_or_else(|| UNDATED.into());
            Row::new(ins.id.clone(), ins.title.clone()).with_detail(date).with_href(href(&inspection_path(&ins.id)))
        })
        .collect();
    c.values = Values::Levels(levels);
    c.notes.push("Standards are matched by name; a blank cell means the inspection gave no rating for that standard.".into());
    c
}

/// How often each theme is tagged on the given findings or
/// recommendations, by the year their inspection was published: a row per
/// theme that occurs (or per theme in `only`, when given), most frequent
/// first; a column per year from the first to the last, then "Undated".
pub fn themes_by_year(
    cat: &Catalog,
    items: &[ItemRef],
    kind: ListKind,
    only: &[String],
    title: &str,
    unit: (&str, &str),
    link: &dyn Fn(&str) -> Option<String>,
) -> ChartData {
    let d = &cat.data;
    let years: Vec<i32> = items.iter().filter_map(|x| cat.year(x.inspection)).collect();
    let (first, last) = (years.iter().min().copied(), years.iter().max().copied());
    let mut series: Vec<Series> = match (first, last) {
        (Some(a), Some(b)) => (a..=b).map(|y| Series::new(y.to_string(), y.to_string(), Colour::Accent)).collect(),
        _ => Vec::new(),
    };
    let undated = items.len() > years.len();
    if undated {
        series.push(Series::new("undated", UNDATED, Colour::Accent));
    }
    let mut counts = vec![vec![0u32; series.len()]; d.themes.len()];
    for &item in items {
        let col = match (cat.year(item.inspection), first) {
            (Some(y), Some(a)) => (y - a) as usize,
            _ => series.len() - 1,
        };
        for k in cat.item_themes(kind, item) {
            counts[k][col] += 1;
        }
    }
    let total = |k: usize| counts[k].iter().sum::<u32>();
    let mut order: Vec<usize> = (0..d.themes.len())
        .filter(|&k| if only.is_empty() { total(k) > 0 } else { only.contains(&d.themes[k].id) })
        .collect();
    sort_indexes(&mut order, &|a, b| total(b).cmp(&total(a)));
    let mut c = ChartData::counts(title, "Theme", unit);
    c.rows = theme_rows(d, &order, link);
    c.values = Values::Counts(order.iter().map(|&k| counts[k].clone()).collect());
    c.series = series;
    c.totals = true;
    c.summary = match c.rows.first() {
        None => format!("No {} with a theme match this filter.", unit.1),
        Some(top) => format!(
            "How many of {} are tagged with each of {}, by year of publication; most often: {} ({}).",
            plural(items.len(), unit.0, unit.1),
            plural(c.rows.len(), "theme", "themes"),
            top.label,
            total(order[0])
        ),
    };
    c.notes.push(format!("One {} can have several themes and then counts once under each.", unit.0));
    if undated {
        c.notes.push(format!("“{UNDATED}”: {} from inspections with no known publication date.", unit.1));
    }
    c
}

/// The share of each overall rating in each group (e.g. a region and all
/// inspections), as bars of equal length.
pub fn rating_mix(cat: &Catalog, groups: &[(Row, Vec<usize>)], title: &str) -> ChartData {
    let d = &cat.data;
    let all: Vec<usize> = groups.iter().flat_map(|g| g.1.iter().copied()).collect();
    let series = rating_series(d, any_unrated(d, &all));
    let counts: Vec<Vec<u32>> = groups
        .iter()
        .map(|(_, ins)| {
            let mut row = vec![0u32; series.len()];
            for &i in ins {
                row[rating_slot(d, i)] += 1;
            }
            row
        })
        .collect();
    let mut c = ChartData::counts(title, "Inspections", ("inspection", "inspections"));
    c.rows = groups.iter().map(|g| g.0.clone()).collect();
    c.series = series;
    c.values = Values::Counts(counts);
    c.totals = true;
    c.shares = true;
    let parts: Vec<String> =
        groups.iter().map(|(row, ins)| format!("{} ({})", row.label, plural(ins.len(), "inspection", "inspections"))).collect();
    c.summary = format!("The share of each overall rating among {}.", parts.join(" and "));
    c
}

/// The `n` themes most often tagged on the given items, with their counts;
/// `names` is the chart's title and its one series' label.
pub fn top_themes(
    cat: &Catalog,
    items: &[ItemRef],
    kind: ListKind,
    n: usize,
    (title, series_label): (&str, &str),
    unit: (&str, &str),
    link: &dyn Fn(&str) -> Option<String>,
) -> ChartData {
    let d = &cat.data;
    let mut counts = vec![0u32; d.themes.len()];
    for &item in items {
        for k in cat.item_themes(kind, item) {
            counts[k] += 1;
        }
    }
    let mut order: Vec<usize> = (0..d.themes.len()).filter(|&k| counts[k] > 0).collect();
    sort_indexes(&mut order, &|a, b| counts[b].cmp(&counts[a]));
    let occurring = order.len();
    order.truncate(n);
    let mut c = ChartData::counts(title, "Theme", unit);
    c.rows = theme_rows(d, &order, link);
    c.series = vec![Series::new(unit.1.to_string(), series_label, Colour::Accent)];
    c.values = Values::Counts(order.iter().map(|&k| vec![counts[k]]).collect());
    c.summary = match order.first() {
        None => format!("No {} with a theme.", unit.1),
        Some(&k) => format!(
            "The {} most often tagged on {}; first: {} ({}).",
            plural(order.len(), "theme", "themes"),
            plural(items.len(), unit.0, unit.1),
            d.themes[k].name,
            counts[k]
        ),
    };
    if occurring > order.len() {
        c.notes.push(format!("The {} most frequent of {} themes.", order.len(), occurring));
    }
    c
}

/// One row per theme index, linked where `link` gives an address.
fn theme_rows(d: &Dataset, order: &[usize], link: &dyn Fn(&str) -> Option<String>) -> Vec<Row> {
    order
        .iter()
        .map(|&k| {
            let t = &d.themes[k];
            let row = Row::new(t.id.clone(), t.name.clone());
            match link(&t.id) {
                Some(h) => row.with_href(h),
                None => row,
            }
        })
        .collect()
}
