//! What the import tells the maintainer: the report of what it did beyond
//! copying, and the error listing every problem when it produces nothing.

use std::fmt;

use crate::data::model::Dataset;
use crate::query::units::unit_inspections;

use super::config::ImportConfig;
use super::input::RECOMMENDATIONS_FILE;

/// What happened to one correction.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionOutcome {
    pub inspection_id: String,
    pub field: String,
    /// For an applied one, `old -> new`; for a skipped one, why.
    pub detail: String,
}

/// What the import did beyond copying, for the maintainer to read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    pub inspection_files: Vec<(String, usize)>,
    pub applied: Vec<CorrectionOutcome>,
    pub skipped: Vec<CorrectionOutcome>,
    /// Recommendations already in the inspection files.
    pub recommendations_in_records: usize,
    /// Recommendations appended from `recommendations.json`.
    pub recommendations_appended: usize,
    /// `recommendations.json` entries left out as duplicates, one line each.
    pub duplicates: Vec<String>,
    /// Other things worth a look (a score left null, a source added, ...).
    pub notes: Vec<String>,
    /// How many units there are, and one line for each exception the
    /// config made and each unit with more than one inspection.
    pub units: UnitLines,
}

/// What the import says of the inspected units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnitLines {
    pub count: usize,
    /// The config's exceptions that applied: an area taken for another, an
    /// inspection that is a unit of its own.
    pub exceptions: Vec<String>,
    /// Each unit inspected more than once, with its inspections in order.
    pub reinspected: Vec<String>,
}

/// The units of a dataset, as the import reports them.
pub(super) fn unit_lines(d: &Dataset, config: &ImportConfig) -> UnitLines {
    let mut lines = UnitLines { count: d.units.len(), ..UnitLines::default() };
    for a in &config.area_aliases {
        if d.inspections.iter().any(|x| x.area.as_deref() == Some(a.spelling.as_str())) {
            lines.exceptions.push(format!("\"{}\" is taken for \"{}\": {}", a.spelling, a.area, a.why));
        }
    }
    for o in &config.own_units {
        if d.inspection(&o.inspection_id).is_some() {
            lines.exceptions.push(format!("{} is a unit of its own, {}: {}", o.inspection_id, o.unit.id, o.why));
        }
    }
    for (unit, list) in d.units.iter().zip(unit_inspections(d)) {
        if list.len() > 1 {
            let each: Vec<String> = list
                .iter()
                .map(|&i| {
                    let x = &d.inspections[i];
                    format!("{} ({})", x.id, x.published.as_deref().unwrap_or("undated"))
                })
                .collect();
            lines.reinspected.push(format!("{} \"{}\": {}", unit.id, unit.name, each.join(", ")));
        }
    }
    lines
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Inspection files:")?;
        for (name, n) in &self.inspection_files {
            writeln!(f, "  {name}: {n} inspection(s)")?;
        }
        writeln!(f, "Corrections applied ({}):", self.applied.len())?;
        for c in &self.applied {
            writeln!(f, "  {} {}: {}", c.inspection_id, c.field, c.detail)?;
        }
        writeln!(f, "Corrections skipped ({}):", self.skipped.len())?;
        for c in &self.skipped {
            writeln!(f, "  {} {}: {}", c.inspection_id, c.field, c.detail)?;
        }
        writeln!(
            f,
            "Recommendations: {} in the inspection files, {} appended from {}, {} duplicate(s) skipped:",
            self.recommendations_in_records,
            self.recommendations_appended,
            RECOMMENDATIONS_FILE,
            self.duplicates.len()
        )?;
        for d in &self.duplicates {
            writeln!(f, "  {d}")?;
        }
        writeln!(f, "Notes ({}):", self.notes.len())?;
        for n in &self.notes {
            writeln!(f, "  {n}")?;
        }
        let units = &self.units;
        writeln!(f, "Units: {}, by area and service type, except ({}):", units.count, units.exceptions.len())?;
        for e in &units.exceptions {
            writeln!(f, "  {e}")?;
        }
        writeln!(f, "Units with more than one inspection ({}), in order:", units.reinspected.len())?;
        for u in &units.reinspected {
            writeln!(f, "  {u}")?;
        }
        Ok(())
    }
}

/// Every problem found; the import produces nothing when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub problems: Vec<String>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the import failed with {} problem(s):", self.problems.len())?;
        for p in &self.problems {
            writeln!(f, "  {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}
