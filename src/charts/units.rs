//! Inspected units over time, as charts and tables: how re-inspections
//! turned out across the service, one unit's rating at each inspection and
//! by standard side by side, what changed standard by standard between two
//! inspections, and the concerns that recur. Everything is read from the
//! dataset and the catalog's order of a unit's inspections.

use super::build::{by_year, ratings_grid, UNDATED};
use super::data::{ChartData, Colour, Series};
use super::standards::{standard_columns, StandardColumn};
use crate::data::{FindingKind, Inspection};
use crate::query::units::Change;
use crate::query::{Catalog, ItemRef, ListKind};
use crate::sort::sort_by;
use crate::wording::{plural, published_or_undated};

/// "1 inspection", "3 inspections".
fn count(n: usize, one: &'static str, many: &'static str) -> String {
    format!("{n} {}", plural(n, one, many))
}

/// The outcomes as series: improved, no change and declined coloured as a
/// scale of three levels, best first; not comparable grey.
fn outcome_series() -> Vec<Series> {
    Change::OUTCOMES
        .iter()
        .enumerate()
        .map(|(k, &c)| match c {
            Change::NotRated => Series::new(c.id(), "Not comparable", Colour::None),
            _ => Series::new(c.id(), c.label(), Colour::level(k, 3)),
        })
        .collect()
}

/// Re-inspections among `inspections` by what changed since the inspection
/// before each of its unit, by the year the re-inspection was published: a
/// row per year from the first to the last, then "Undated" apart. `link`
/// gives a year's row its address, if any.
pub fn reinspection_outcomes(cat: &Catalog, inspections: &[usize], link: &dyn Fn(i32) -> Option<String>) -> ChartData {
    let counted: Vec<usize> = inspections.iter().copied().filter(|&i| cat.change(i).is_some()).collect();
    let slot = |i: usize| cat.change(i).and_then(|c| Change::OUTCOMES.iter().position(|&o| o == c)).unwrap_or(Change::OUTCOMES.len() - 1);
    let (mut c, _, dated) = by_year(cat, &counted, outcome_series(), &slot);
    c.title = "Re-inspections: has it improved?".into();
    c.unit = ("re-inspection".into(), "re-inspections".into());
    for row in &mut c.rows {
        row.href = row.id.parse().ok().and_then(link);
    }
    let total = |s: usize| (0..c.rows.len()).map(|r| c.count(r, s)).sum::<u32>();
    c.summary = if counted.is_empty() {
        "None of these inspections is a re-inspection.".into()
    } else {
        format!(
            "{} by year published: {} improved, {} no change, {} declined, {} not comparable.",
            count(counted.len(), "re-inspection", "re-inspections"),
            total(0),
            total(1),
            total(2),
            total(3)
        )
    };
    c.notes.push(
        "A re-inspection is compared with its unit's inspection before it, by overall rating; not comparable: \
         one is not rated, or the dates do not show which came first."
            .into(),
    );
    let undated = counted.len() - dated;
    if undated > 0 {
        c.notes.push(format!(
            "{} no known publication date: counted under “{UNDATED}”.",
            count(undated, "re-inspection has", "re-inspections have")
        ));
    }
    c
}

/// One unit's ratings at each of its inspections, in order: a row per
/// inspection, labelled by its date, with what changed since the one
/// before; a column for the overall rating, then one per standard any of
/// them rates.
pub fn unit_ratings(cat: &Catalog, unit: usize) -> ChartData {
    let d = &cat.data;
    let list = cat.unit_inspections(unit);
    let mut c = ratings_grid(cat, list);
    c.title = "Ratings at each inspection".into();
    c.row_heading = "Inspection published".into();
    c.detail_heading = Some("Change since the one before".into());
    let labels: Vec<String> = list.iter().map(|&i| published_or_undated(&d.inspections[i])).collect();
    for ((row, &i), label) in c.rows.iter_mut().zip(list).zip(&labels) {
        // Two inspections of one date (two undated ones) are told apart by id.
        row.label = if labels.iter().filter(|l| *l == label).count() > 1 { format!("{label} ({})", row.id) } else { label.clone() };
        row.detail = Some(cat.change(i).map_or("First in this data", Change::label).to_string());
    }
    let standards = c.series.len() - 1;
    c.summary = if list.is_empty() {
        format!("No inspection of {} is in this data.", d.units[unit].name)
    } else {
        format!(
        "{}'s {}, oldest first: the overall rating of each{}.",
        d.units[unit].name,
        count(list.len(), "inspection", "inspections"),
        if standards > 0 { format!(" and its ratings of {}", count(standards, "standard", "standards")) } else { String::new() }
        )
    };
    let undated = list.iter().filter(|&&i| cat.year(i).is_none()).count();
    if undated > 0 {
        c.notes.push(format!(
            "{} no known publication date, so shown last.",
            count(undated, "inspection has", "inspections have")
        ));
    }
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
        x.ratings.iter().find(|r| col.matches(&r.standard)).and_then(|r| cat.data.scale.iter().position(|s| s.id == r.rating))
    };
    standard_columns(&[a, b])
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
