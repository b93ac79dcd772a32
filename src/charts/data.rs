//! The one structure every chart is drawn from: its marks, its HTML table
//! and its CSV are all read from a `ChartData`, so they cannot disagree.

use crate::table::Table;

use super::palette::{self, Tone};

/// How a series (or a rating level) is coloured: one of the level colours
/// (`palette::LEVELS[N]`, `--rank-N`), the "not rated" grey, or the plain
/// accent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    Rank(usize),
    None,
    Accent,
}

impl Colour {
    /// The colour of level `position` (0 = best) of a scale of `levels`.
    pub fn level(position: usize, levels: usize) -> Colour {
        Colour::Rank(palette::level_colour(position, levels))
    }

    /// The CSS class: `c-rank-N`, `c-none` or `c-accent` (fill on SVG,
    /// background and text colour on HTML swatches).
    pub fn class(self) -> String {
        match self {
            Colour::Rank(n) => format!("c-rank-{}", n.min(palette::LEVELS.len() - 1)),
            Colour::None => "c-none".into(),
            Colour::Accent => "c-accent".into(),
        }
    }

    /// The colour as `#rrggbb`, and its tone.
    pub fn paint(self) -> (&'static str, Tone) {
        match self {
            Colour::Rank(n) => palette::LEVELS[n.min(palette::LEVELS.len() - 1)],
            Colour::None => palette::NOT_RATED,
            Colour::Accent => palette::ACCENT,
        }
    }

    /// The class of a text written on this colour (`light` or `dark`).
    pub fn text_class(self) -> &'static str {
        self.paint().1.text_class()
    }
}

/// One row of a chart (a year, a region, an inspection, a theme).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub label: String,
    /// A second fact shown beside the label (e.g. the publication date); its
    /// column heading is `ChartData::detail_heading`.
    pub detail: Option<String>,
    /// Where the row's label links to in the table, if anywhere (`#/...`).
    pub href: Option<String>,
    /// Drawn apart from the rows above it (e.g. "Undated" after the years).
    pub separated: bool,
}

impl Row {
    pub fn new(id: impl Into<String>, label: impl Into<String>) -> Row {
        Row { id: id.into(), label: label.into(), detail: None, href: None, separated: false }
    }
    pub fn with_href(mut self, href: impl Into<String>) -> Row {
        self.href = Some(href.into());
        self
    }
    pub fn with_detail(mut self, detail: impl Into<String>) -> Row {
        self.detail = Some(detail.into());
        self
    }
    pub fn separated(mut self) -> Row {
        self.separated = true;
        self
    }
}

/// One column of values (a rating level, a year, a standard).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: String,
    pub label: String,
    /// A short form for tight spaces (a heatmap cell, a column head).
    pub short: String,
    pub colour: Colour,
}

impl Series {
    pub fn new(id: impl Into<String>, label: impl Into<String>, colour: Colour) -> Series {
        let label = label.into();
        Series { id: id.into(), short: label.clone(), label, colour }
    }
    pub fn with_short(mut self, short: impl Into<String>) -> Series {
        self.short = short.into();
        self
    }
}

/// The numbers: counts, or a rating level per cell (`None`: no rating).
#[derive(Debug, Clone, PartialEq)]
pub enum Values {
    /// `counts[row][series]`.
    Counts(Vec<Vec<u32>>),
    /// `levels[row][series]`: a position in `ChartData::levels`.
    Levels(Vec<Vec<Option<usize>>>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// The visible heading, the SVG `<title>` and the table caption.
    pub title: String,
    /// One or two sentences saying what the chart shows: the SVG `<desc>`.
    pub summary: String,
    /// The heading of the rows' column in the table, e.g. "Year published".
    pub row_heading: String,
    pub detail_heading: Option<String>,
    pub rows: Vec<Row>,
    pub series: Vec<Series>,
    pub values: Values,
    /// What a count counts: ("inspection", "inspections").
    pub unit: (String, String),
    /// For `Values::Levels`: the rating levels, best first.
    pub levels: Vec<Series>,
    /// Add a "Total" column (counts only).
    pub totals: bool,
    /// Show each count with its share of the row's total, e.g. "8 (73%)".
    pub shares: bool,
    /// Said under the chart: what is counted how, what is left out.
    pub notes: Vec<String>,
}

/// The text of a missing rating, in table cells and labels alike.
pub const NO_RATING: &str = "Not rated";

impl ChartData {
    /// An empty chart of counts with the given unit.
    pub fn counts(title: impl Into<String>, row_heading: impl Into<String>, unit: (&str, &str)) -> ChartData {
        ChartData {
            title: title.into(),
            summary: String::new(),
            row_heading: row_heading.into(),
            detail_heading: None,
            rows: Vec::new(),
            series: Vec::new(),
            values: Values::Counts(Vec::new()),
            unit: (unit.0.to_string(), unit.1.to_string()),
            levels: Vec::new(),
            totals: false,
            shares: false,
            notes: Vec::new(),
        }
    }

    pub fn is_counts(&self) -> bool {
        matches!(self.values, Values::Counts(_))
    }

    /// The count in a cell (0 for a level chart's cells).
    pub fn count(&self, row: usize, series: usize) -> u32 {
        match &self.values {
            Values::Counts(c) => c.get(row).and_then(|r| r.get(series)).copied().unwrap_or(0),
            Values::Levels(_) => 0,
        }
    }

    /// The rating level of a cell of a level chart.
    pub fn level(&self, row: usize, series: usize) -> Option<usize> {
        match &self.values {
            Values::Levels(l) => l.get(row).and_then(|r| r.get(series)).copied().flatten(),
            Values::Counts(_) => None,
        }
    }

    pub fn row_total(&self, row: usize) -> u32 {
        (0..self.series.len()).map(|s| self.count(row, s)).sum()
    }

    pub fn grand_total(&self) -> u32 {
        (0..self.rows.len()).map(|r| self.row_total(r)).sum()
    }

    pub fn max_row_total(&self) -> u32 {
        (0..self.rows.len()).map(|r| self.row_total(r)).max().unwrap_or(0)
    }

    pub fn max_cell(&self) -> u32 {
        (0..self.rows.len()).flat_map(|r| (0..self.series.len()).map(move |s| (r, s))).map(|(r, s)| self.count(r, s)).max().unwrap_or(0)
    }

    /// Does the chart have anything to draw?
    pub fn is_empty(&self) -> bool {
        match &self.values {
            Values::Counts(_) => self.grand_total() == 0,
            Values::Levels(l) => l.iter().all(|r| r.iter().all(Option::is_none)),
        }
    }

    /// "1 inspection", "3 inspections".
    pub fn amount(&self, n: u32) -> String {
        format!("{n} {}", if n == 1 { &self.unit.0 } else { &self.unit.1 })
    }

    /// A count's share of its row's total, rounded to a whole percent.
    pub fn share(&self, row: usize, series: usize) -> Option<u32> {
        let total = self.row_total(row);
        (total > 0).then(|| (self.count(row, series) * 200 + total) / (total * 2))
    }

    /// What a table cell says: "3", "8 (73%)", "Good", "Not rated".
    pub fn cell_text(&self, row: usize, series: usize) -> String {
        match &self.values {
            Values::Counts(_) => {
                let n = self.count(row, series);
                match (self.shares && n > 0, self.share(row, series)) {
                    (true, Some(p)) => format!("{n} ({p}%)"),
                    _ => n.to_string(),
                }
            }
            Values::Levels(_) => match self.level(row, series).and_then(|l| self.levels.get(l)) {
                Some(level) => level.label.clone(),
                None => NO_RATING.to_string(),
            },
        }
    }

    /// The accessible label (and tooltip) of the mark for one cell, e.g.
    /// "2019 — Good: 3 inspections". It repeats `cell_text`'s number.
    pub fn mark_label(&self, row: usize, series: usize) -> String {
        let what = match &self.values {
            Values::Counts(_) => {
                let n = self.count(row, series);
                match (self.shares, self.share(row, series)) {
                    (true, Some(p)) => format!("{} of {} ({p}%)", n, self.amount(self.row_total(row))),
                    _ => self.amount(n),
                }
            }
            Values::Levels(_) => self.cell_text(row, series),
        };
        format!("{} — {}: {what}", self.rows[row].label, self.series[series].label)
    }

    /// The label of a mark standing for a whole row (a tile), e.g.
    /// "Wales: 11 inspections (Good 1, Requires improvement 8)".
    pub fn row_label(&self, row: usize) -> String {
        let parts: Vec<String> = (0..self.series.len())
            .filter(|&s| self.count(row, s) > 0)
            .map(|s| format!("{} {}", self.series[s].label, self.cell_text(row, s)))
            .collect();
        let total = self.amount(self.row_total(row));
        if parts.is_empty() {
            format!("{}: {total}", self.rows[row].label)
        } else {
            format!("{}: {total} ({})", self.rows[row].label, parts.join(", "))
        }
    }

    /// The key: what each colour means, with its name as text.
    pub fn legend(&self) -> &[Series] {
        match &self.values {
            Values::Counts(_) => &self.series,
            Values::Levels(_) => &self.levels,
        }
    }

    /// Exactly the numbers of the chart, as the HTML table shows them and
    /// the CSV download saves them: a column for the rows' labels (and
    /// their detail), one per series, and a total when asked for.
    pub fn table(&self) -> Table {
        let mut header = vec![self.row_heading.clone()];
        if let Some(d) = &self.detail_heading {
            header.push(d.clone());
        }
        header.extend(self.series.iter().map(|s| s.label.clone()));
        let totals = self.totals && self.is_counts();
        if totals {
            header.push("Total".into());
        }
        let mut table = Table::new(header);
        for (r, row) in self.rows.iter().enumerate() {
            let mut cells = vec![row.label.clone()];
            if self.detail_heading.is_some() {
                cells.push(row.detail.clone().unwrap_or_default());
            }
            cells.extend((0..self.series.len()).map(|s| self.cell_text(r, s)));
            if totals {
                cells.push(self.row_total(r).to_string());
            }
            table.push(cells);
        }
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ChartData {
        let mut d = ChartData::counts("Ratings", "Year", ("inspection", "inspections"));
        d.rows = vec![Row::new("2019", "2019"), Row::new("undated", "Undated").separated()];
        d.series = vec![Series::new("good", "Good", Colour::Rank(1)), Series::new("bad", "Bad", Colour::Rank(3))];
        d.values = Values::Counts(vec![vec![3, 1], vec![0, 2]]);
        d.totals = true;
        d
    }

    #[test]
    fn colours_name_their_class_paint_and_text() {
        assert_eq!(Colour::level(0, 4), Colour::Rank(1));
        assert_eq!(Colour::level(3, 4), Colour::Rank(6));
        assert_eq!(Colour::Rank(6).class(), "c-rank-6");
        assert_eq!(Colour::Rank(9).class(), "c-rank-6", "past the palette: its last colour");
        assert_eq!(Colour::None.class(), "c-none");
        assert_eq!(Colour::Accent.class(), "c-accent");
        assert_eq!(Colour::Rank(6).text_class(), "light", "white text on the dark red");
        assert_eq!(Colour::Rank(1).text_class(), "dark", "ink text on the sky blue");
        assert_eq!(Colour::None.text_class(), "dark");
        assert_eq!(Colour::Rank(2).paint().0, palette::LEVELS[2].0);
    }

    #[test]
    fn table_has_the_same_numbers_as_the_marks() {
        let d = sample();
        let t = d.table();
        assert_eq!(t.header, ["Year", "Good", "Bad", "Total"]);
        assert_eq!(t.rows, [vec!["2019", "3", "1", "4"], vec!["Undated", "0", "2", "2"]]);
        assert_eq!(d.mark_label(0, 0), "2019 — Good: 3 inspections");
        assert_eq!(d.mark_label(0, 1), "2019 — Bad: 1 inspection");
        assert_eq!(d.row_label(1), "Undated: 2 inspections (Bad 2)");
        assert_eq!(d.grand_total(), 6);
        assert_eq!(d.max_row_total(), 4);
        assert_eq!(d.max_cell(), 3);
    }

    #[test]
    fn shares_round_to_whole_percents() {
        let mut d = sample();
        d.shares = true;
        assert_eq!(d.cell_text(0, 0), "3 (75%)");
        assert_eq!(d.cell_text(0, 1), "1 (25%)");
        assert_eq!(d.mark_label(0, 0), "2019 — Good: 3 of 4 inspections (75%)");
        d.values = Values::Counts(vec![vec![2, 1], vec![0, 0]]);
        assert_eq!(d.cell_text(0, 0), "2 (67%)");
        assert_eq!(d.cell_text(0, 1), "1 (33%)");
        assert_eq!(d.cell_text(1, 0), "0");
    }

    #[test]
    fn levels_say_the_rating_or_not_rated() {
        let mut d = sample();
        d.levels = vec![Series::new("g", "Good", Colour::Rank(0)).with_short("G")];
        d.values = Values::Levels(vec![vec![Some(0), None], vec![None, None]]);
        assert_eq!(d.cell_text(0, 0), "Good");
        assert_eq!(d.cell_text(0, 1), "Not rated");
        assert_eq!(d.mark_label(0, 0), "2019 — Good: Good");
        assert_eq!(d.table().header, ["Year", "Good", "Bad"], "no total column for ratings");
        assert!(!d.is_empty());
    }
}
