//! Turns the research files (`shared/data/research/*.json`) into an
//! `inspection-explorer/v1` dataset.
//!
//! Everything here is a pure function of the files' text: the
//! `import-research` command reads the files, calls [`import`], prints the
//! [`ImportReport`] and the [`Completeness`] figures, and writes the result of
//! [`to_pretty_json`]. Same input, byte-identical output.
//!
//! What the import does, in order (each step in its own module):
//! 1. reads every inspection file in the order given (ids kept unchanged; an id
//!    used twice fails the import) (`input`);
//! 2. appends `recommendations.json` entries to their inspection's list, skipping
//!    one whose normalised text ([`normalise_text`]) is already there (the kept
//!    one takes the duplicate's basis, response, target date and source where it
//!    has none of its own) (`extra_recommendations`);
//! 3. applies `corrections.json` in file order, except a correction whose note
//!    says the value was inferred rather than stated ([`inferred_keyword`])
//!    (`corrections`);
//! 4. maps labels to declared ids (scale, service types, regions, themes: see
//!    [`ImportConfig`]), gives findings and recommendations their ids
//!    (`<inspection>-f1`, `-r1`, ...), takes a score's maximum from the record's
//!    facts ([`score_max_from_facts`]), and turns source strings into
//!    `{url, title}` ([`source_from_research`]) (`convert`);
//! 5. gives every inspection its inspected unit: one unit per area and
//!    service type, with the config's exceptions (`units`);
//! 6. validates the result with the same validator the app uses.

pub mod completeness;
mod config;
mod convert;
mod corrections;
mod dates;
mod extra_recommendations;
mod input;
mod json_path;
mod names;
mod pretty_json;
mod report;
pub mod research;
mod sources;
mod units;

use std::collections::BTreeMap;

use crate::data::model::{Dataset, Theme, SCHEMA};
use crate::data::validate::validate;

pub use completeness::{completeness, Completeness};
pub use config::{AreaAlias, ImportConfig, OwnUnit, ServiceTypeMapping};
pub use convert::score_max_from_facts;
pub use corrections::inferred_keyword;
pub use dates::date_from_unix_days;
pub use extra_recommendations::normalise_text;
pub use input::{NamedText, ResearchInput, CORRECTIONS_FILE, INSPECTION_FILES, RECOMMENDATIONS_FILE};
pub use names::{kebab_id, theme_name};
pub use pretty_json::to_pretty_json;
pub use report::{CorrectionOutcome, ImportError, ImportReport};
pub use sources::{host_title, source_from_research};

/// The dataset and the report of how it was made.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub dataset: Dataset,
    pub report: ImportReport,
}

/// Builds the dataset. `updated` is the dataset's date (`YYYY-MM-DD`).
///
/// Every step runs even after a problem, so one run lists every problem in
/// the research; the dataset is built only when there is none.
pub fn import(input: &ResearchInput, config: &ImportConfig, updated: &str) -> Result<Import, ImportError> {
    let mut problems = Vec::new();
    let mut report = ImportReport::default();

    if !dates::is_full_date(updated) {
        problems.push(format!("the updated date \"{updated}\" is not a date of the form YYYY-MM-DD"));
    }
    if input.inspection_files.is_empty() {
        problems.push("no inspection file was given".into());
    }

    // 1. Inspection records, in file order.
    let (mut records, index) = input::read_records(&input.inspection_files, &mut problems, &mut report);
    report.recommendations_in_records = records.iter().map(|r| r.recommendations.len()).sum();

    // 2. recommendations.json, appended by inspection id.
    if let Some(file) = &input.recommendations {
        extra_recommendations::merge_extra_recommendations(file, &mut records, &index, &mut problems, &mut report);
    }

    // 3. corrections.json, in file order.
    if let Some(file) = &input.corrections {
        corrections::apply_corrections(
            file,
            &mut records,
            &index,
            &config.inferred_note_keywords,
            &mut problems,
            &mut report,
        );
    }

    // 4. Map to the dataset's model.
    let mut themes: BTreeMap<String, String> = BTreeMap::new();
    let mut inspections = Vec::with_capacity(records.len());
    for record in &records {
        match convert::inspection_from_record(record, config, &mut themes, &mut report.notes) {
            Ok(ins) => inspections.push(ins),
            Err(mut p) => problems.append(&mut p),
        }
    }

    // 5. Inspected units.
    let units = units::assign_units(&mut inspections, config, &mut problems, &mut report.notes);

    if !problems.is_empty() {
        return Err(ImportError { problems });
    }

    let dataset = Dataset {
        schema: SCHEMA.into(),
        title: config.title.clone(),
        publisher: config.publisher.clone(),
        licence: config.licence.clone(),
        updated: updated.into(),
        scale: config.scale.clone(),
        regions: config.regions.clone(),
        service_types: config.service_types.iter().map(|s| s.declared.clone()).collect(),
        themes: themes.into_iter().map(|(id, name)| Theme { id, name }).collect(),
        units,
        inspections,
    };

    // 6. The same rules the app enforces.
    let breaches = validate(&dataset);
    if !breaches.is_empty() {
        return Err(ImportError {
            problems: breaches.iter().map(|b| format!("the result breaks the format: {b}")).collect(),
        });
    }
    report.units = report::unit_lines(&dataset, config);
    Ok(Import { dataset, report })
}
