//! What the import tells the maintainer: the report of what it did beyond
//! copying, and the error listing every problem when it produces nothing.

use std::fmt;

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
