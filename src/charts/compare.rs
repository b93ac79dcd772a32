//! Inspections side by side, standard by standard: one structure that the
//! compare page draws as a table and saves as CSV.

use super::data::NO_RATING;
use super::standards::standard_columns;
use crate::data::date::PartialDate;
use crate::data::{Dataset, Inspection};
use crate::table::Table;

/// A cell of the compare table.
#[derive(Debug, Clone, PartialEq)]
pub enum CompareCell {
    /// A position on the scale, or `None`: not rated.
    Rating(Option<usize>),
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    /// "overall", "score", "published", "regions" or "standard-N".
    pub id: String,
    pub label: String,
    pub cells: Vec<CompareCell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareGrid {
    /// Inspection indexes, in the order asked for.
    pub inspections: Vec<usize>,
    pub rows: Vec<CompareRow>,
}

/// "24 of 36 (67%)".
pub fn score_text(value: f64, max: f64) -> String {
    // `round` takes halves away from zero, as people round percentages.
    let pct = if max > 0.0 { format!(" ({}%)", (100.0 * value / max).round()) } else { String::new() };
    format!("{value} of {max}{pct}")
}

pub fn compare_grid(d: &Dataset, ids: &[String]) -> CompareGrid {
    let inspections: Vec<usize> = ids.iter().filter_map(|id| d.inspections.iter().position(|i| &i.id == id)).collect();
    let chosen: Vec<&Inspection> = inspections.iter().map(|&i| &d.inspections[i]).collect();
    let level_of = |id: &str| d.scale.iter().position(|s| s.id == id);
    let text_row = |id: &str, label: &str, f: &dyn Fn(&Inspection) -> String| CompareRow {
        id: id.into(),
        label: label.into(),
        cells: chosen.iter().map(|i| CompareCell::Text(f(i))).collect(),
    };
    let mut rows = vec![
        CompareRow {
            id: "overall".into(),
            label: "Overall rating".into(),
            cells: chosen.iter().map(|i| CompareCell::Rating(i.overall.as_deref().and_then(level_of))).collect(),
        },
        text_row("score", "Score", &|i| i.score.as_ref().map(|s| score_text(s.value, s.max)).unwrap_or_else(|| "Not known".into())),
        text_row("published", "Published", &|i| {
            i.published.as_deref().and_then(PartialDate::parse).map(|p| p.human()).unwrap_or_else(|| "Undated".into())
        }),
        text_row("regions", "Region", &|i| {
            let names: Vec<String> = i.regions.iter().map(|r| d.region(r).map(|x| x.name.clone()).unwrap_or_else(|| r.clone())).collect();
            if names.is_empty() {
                "None".into()
            } else {
                names.join(", ")
            }
        }),
    ];
    for (k, col) in standard_columns(&chosen).into_iter().enumerate() {
        rows.push(CompareRow {
            id: format!("standard-{}", k + 1),
            label: col.label(),
            cells: chosen
                .iter()
                .map(|i| CompareCell::Rating(i.ratings.iter().find(|r| col.matches(&r.standard)).and_then(|r| level_of(&r.rating))))
                .collect(),
        });
    }
    CompareGrid { inspections, rows }
}

impl CompareGrid {
    /// The text of a cell, as the table shows it and the CSV saves it.
    pub fn cell_text(&self, d: &Dataset, cell: &CompareCell) -> String {
        match cell {
            CompareCell::Rating(Some(l)) => d.scale[*l].label.clone(),
            CompareCell::Rating(None) => NO_RATING.into(),
            CompareCell::Text(t) => t.clone(),
        }
    }

    /// The table as CSV: a column per inspection (headed by its title), a
    /// row per fact or standard, plus each inspection's id.
    pub fn table(&self, d: &Dataset) -> Table {
        let mut t = Table::new(std::iter::once("".to_string()).chain(self.inspections.iter().map(|&i| d.inspections[i].title.clone())));
        t.push(std::iter::once("Id".to_string()).chain(self.inspections.iter().map(|&i| d.inspections[i].id.clone())));
        for row in &self.rows {
            t.push(std::iter::once(row.label.clone()).chain(row.cells.iter().map(|c| self.cell_text(d, c))));
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::score_text;

    #[test]
    fn scores_read_as_written_with_a_whole_percent() {
        assert_eq!(score_text(24.0, 36.0), "24 of 36 (67%)");
        assert_eq!(score_text(2.5, 8.0), "2.5 of 8 (31%)");
        assert_eq!(score_text(1.0, 8.0), "1 of 8 (13%)", "12.5% rounds half away from zero");
        assert_eq!(score_text(0.0, 27.0), "0 of 27 (0%)");
        assert_eq!(score_text(0.0, 0.0), "0 of 0");
    }
}
