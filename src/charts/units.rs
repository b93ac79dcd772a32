//! Inspected units over time, as charts and tables: how re-inspections
//! turned out across the service, one unit's rating at each inspection and
//! by standard side by side, what changed standard by standard between two
//! inspections, and the concerns that recur. Everything is read from the
//! dataset and the catalog's order of a unit's inspections.

use super::build::{rating_series, UNDATED};
use super::data::{ChartData, Colour, Row, Series, Values};
use super::standards::{standard_columns, StandardColumn};
use crate::data::{FindingKind, Inspection};
use crate::links::{href, inspection_path};
use crate::query::units::Change;
use crate::query::{Catalog, ItemRef, ListKind};
use crate::sort::sort_by;
use crate::wording::{plural, published_or_undated};

/// "1 inspection", "3 inspections".
fn count(n: usize, one: &'static str, many: &'static str) -> String {
    format!("{n} {}", plural(n, one, many))
}

/// The outcome a re-inspection is counted under: improved, no change,
/// declined, or not comparable (not rated, or the order not known).
fn outcome(change: Change) -> Change {
    if change.is_comparison() {
        change
    } else {
        Change::NotRated
    }
}

fn outcome_series() -> Vec<Series> {
    Change::OUTCOMES
        .iter()
        .map(|&c| {
            let (label, colour) = match c {
                Change::Improved => (c.label(), Colour::Rank(1)),
                Change::Unchanged => (c.label(), Colour::Rank(2)),
                Change::Declined => (c.label(), Colour::Rank(3)),
                _ => ("Not comparable", Colour::None),
            };
            Series::new(c.id(), label, colour)
        })
        .collect()
}

/// Re-inspections among `inspections` by what changed since the inspection
/// before each of its unit, by the year the re-inspection was published: a
/// row per year from the first to the last, then "Undated" apart. `link`
/// gives a year's row its address, if any.
pub fn reinspection_outcomes(cat: &Catalog, inspections: &[usize], link: &dyn Fn(i32) -> Option<String>) -> ChartData {
    let counted: Vec<(usize, Change)> = inspections.iter().filter_map(|&i| cat.change(i).map(|c| (i, outcome(c)))).collect();
    let years: Vec<i32> = counted.iter().filter_map(|&(i, _)| cat.year(i)).collect();
    let (first, last) = (years.iter().min().copied(), years.iter().max().copied());
    let mut rows: Vec<Row> = match (first, last) {
        (Some(a), Some(b)) => (a..=b)
            .map(|y| {
                let row = Row::new(y.to_string(), y.to_string());
                match link(y) {
                    Some(h) => row.with_href(h),
                    None => row,
                }
            })
            .collect(),
        _ => Vec::new(),
    };
    let undated = counted.len() - years.len();
    if undated > 0 {
        rows.push(Row::new("undated", UNDATED).separated());
    }
    let series = outcome_series();
    let mut counts = vec![vec![0u32; series.len()]; rows.len()];
    for &(i, change) in &counted {
        let r = match (cat.year(i), first) {
            (Some(y), Some(a)) => (y - a) as usize,
            _ => rows.len() - 1,
        };
        let s = Change::OUTCOMES.iter().position(|&o| o == change).unwrap_or(series.len() - 1);
        counts[r][s] += 1;
    }
    let mut c = ChartData::counts("Re-inspections: has it improved?", "Year published", ("re-inspection", "re-inspections"));
    let total = |s: usize| counts.iter().map(|r| r[s]).sum::<u32>();
    c.summary = if counted.is_empty() {
        "None of these inspections is a re-inspection of a unit inspected before.".into()
    } else {
        format!(
            "{} of units inspected before, by the year the re-inspection was published: {} improved, {} no change, {} declined, {} not comparable.",
            count(counted.len(), "re-inspection", "re-inspections"),
            total(0),
            total(1),
            total(2),
            total(3)
        )
    };
    c.notes.push(
        "Each re-inspection is compared with the inspection of its unit before it, by overall rating; \
         not comparable: one of the two is not rated, or the dates do not show which came first."
            .into(),
    );
    if undated > 0 {
        c.notes.push(format!(
            "{} no known publication date: counted under “{UNDATED}”, never guessed into a year.",
            count(undated, "re-inspection has", "re-inspections have")
        ));
    }
    c.rows = rows;
    c.series = series;
    c.values = Values::Counts(counts);
    c.totals = true;
    c
}

/// A unit's inspections as rows: each labelled by its date, linked to it.
fn inspection_rows(cat: &Catalog, list: &[usize]) -> Vec<Row> {
    let d = &cat.data;
    let labels: Vec<String> = list.iter().map(|&i| published_or_undated(&d.inspections[i])).collect();
    list.iter()
        .zip(&labels)
        .map(|(&i, label)| {
            let x = &d.inspections[i];
            // Two inspections of one date (two undated ones) are told apart by id.
            let label = if labels.iter().filter(|l| *l == label).count() > 1 { format!("{label} ({})", x.id) } else { label.clone() };
            Row::new(x.id.clone(), label).with_href(href(&inspection_path(&x.id)))
        })
        .collect()
}

fn level_of(cat: &Catalog, id: &str) -> Option<usize> {
    cat.data.scale.iter().position(|s| s.id == id)
}

/// One unit's overall rating at each of its inspections, in order, with
/// what changed since the one before.
pub fn unit_ratings(cat: &Catalog, unit: usize) -> ChartData {
    let d = &cat.data;
    let list = cat.unit_inspections(unit);
    let mut c = ChartData::counts("Overall rating at each inspection", "Inspection published", ("inspection", "inspections"));
    c.detail_heading = Some("Change since the one before".into());
    c.levels = rating_series(d, false);
    c.series = vec![Series::new("overall", "Overall rating", Colour::Accent)];
    c.rows = inspection_rows(cat, list)
        .into_iter()
        .zip(list)
        .map(|(row, &i)| row.with_detail(cat.change(i).map_or("First in this data", Change::label)))
        .collect();
    c.values = Values::Levels(list.iter().map(|&i| vec![d.inspections[i].overall.as_deref().and_then(|o| level_of(cat, o))]).collect());
    let undated = list.iter().filter(|&&i| cat.year(i).is_none()).count();
    c.summary = format!(
        "The overall rating of each of {}'s {}, oldest first.",
        d.units[unit].name,
        count(list.len(), "inspection", "inspections")
    );
    if undated > 0 {
        c.notes.push(format!(
            "{} no known publication date and {} shown last: a change is named only where the dates show the order.",
            count(undated, "inspection has", "inspections have"),
            if undated == 1 { "is" } else { "are" }
        ));
    }
    c
}

/// One unit's ratings by standard, its inspections side by side: a row per
/// standard any of them rates, a column per inspection that rates one.
pub fn unit_standards(cat: &Catalog, unit: usize) -> ChartData {
    let d = &cat.data;
    let list: Vec<usize> = cat.unit_inspections(unit).iter().copied().filter(|&i| !d.inspections[i].ratings.is_empty()).collect();
    let columns = standard_columns(list.iter().map(|&i| &d.inspections[i]));
    let mut c = ChartData::counts("Ratings by standard at each inspection", "Standard", ("inspection", "inspections"));
    c.levels = rating_series(d, false);
    c.series = inspection_rows(cat, &list).into_iter().map(|row| Series::new(row.id, row.label, Colour::Accent)).collect();
    c.rows = columns.iter().enumerate().map(|(k, col)| Row::new(format!("standard-{}", k + 1), col.label())).collect();
    c.values = Values::Levels(
        columns
            .iter()
            .map(|col| {
                list.iter()
                    .map(|&i| d.inspections[i].ratings.iter().find(|r| col.matches(&r.standard)).and_then(|r| level_of(cat, &r.rating)))
                    .collect()
            })
            .collect(),
    );
    c.summary = if list.is_empty() {
        format!("None of {}'s inspections has ratings by standard.", d.units[unit].name)
    } else {
        format!(
            "{} rated against {}, side by side, oldest first.",
            count(list.len(), "inspection", "inspections"),
            count(columns.len(), "standard", "standards")
        )
    };
    c.notes.push("Standards are matched by name; a blank cell means the inspection gave no rating for that standard.".into());
    c
}

/// A standard both of two inspections rate, and what changed.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardChange {
    /// "2.1 Assessment", or the name alone.
    pub standard: String,
    /// Scale positions, earlier and later.
    pub earlier: usize,
    pub later: usize,
    pub change: Change,
}

/// The standards both inspections rate (matched by name), in the columns'
/// order, with the change in each.
pub fn standard_changes(cat: &Catalog, earlier: usize, later: usize) -> Vec<StandardChange> {
    let (a, b) = (&cat.data.inspections[earlier], &cat.data.inspections[later]);
    let rated = |x: &Inspection, col: &StandardColumn| {
        x.ratings.iter().find(|r| col.matches(&r.standard)).and_then(|r| level_of(cat, &r.rating))
    };
    standard_columns([a, b])
        .iter()
        .filter_map(|col| {
            let (e, l) = (rated(a, col)?, rated(b, col)?);
            Some(StandardChange { standard: col.label(), earlier: e, later: l, change: Change::between(Some(e), Some(l)) })
        })
        .collect()
}

/// A theme of a unit's concerns found in more than one of its inspections.
#[derive(Debug, Clone, PartialEq)]
pub struct RecurringConcern {
    /// Its position among the declared themes.
    pub theme: usize,
    /// In how many of the unit's inspections it was found.
    pub inspections: usize,
    /// The concerns, in the order of the unit's inspections.
    pub concerns: Vec<ItemRef>,
}

/// The themes of a unit's concerns that were found in more than one of its
/// inspections: most inspections first, then most concerns, then the
/// themes' declared order.
pub fn recurring_concerns(cat: &Catalog, unit: usize) -> Vec<RecurringConcern> {
    let d = &cat.data;
    let mut by_theme: Vec<Vec<ItemRef>> = vec![Vec::new(); d.themes.len()];
    for &i in cat.unit_inspections(unit) {
        for (j, f) in d.inspections[i].findings.iter().enumerate() {
            if f.kind == FindingKind::Concern {
                let item = ItemRef { inspection: i, item: j };
                for t in cat.item_themes(ListKind::Findings, item) {
                    by_theme[t].push(item);
                }
            }
        }
    }
    let mut recurring: Vec<RecurringConcern> = by_theme
        .into_iter()
        .enumerate()
        .map(|(theme, concerns)| {
            // The concerns come inspection by inspection, so repeats are adjacent.
            let mut seen: Vec<usize> = concerns.iter().map(|x| x.inspection).collect();
            seen.dedup();
            RecurringConcern { theme, inspections: seen.len(), concerns }
        })
        .filter(|r| r.inspections > 1)
        .collect();
    let key = |r: &RecurringConcern| (std::cmp::Reverse(r.inspections), std::cmp::Reverse(r.concerns.len()), r.theme);
    sort_by(&mut recurring, &|a, b| key(a).cmp(&key(b)));
    recurring
}
