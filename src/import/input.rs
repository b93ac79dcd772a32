//! Reading the research: which files there are, their text as the command
//! read it, and their records parsed in dataset order. A problem names the
//! file and, through `json_path`, the record and field.

use std::collections::HashMap;

use serde::de::DeserializeOwned;

use super::json_path;
use super::report::ImportReport;
use super::research::ResearchInspection;

/// The inspection files, in the order their records appear in the dataset.
pub const INSPECTION_FILES: [&str; 5] =
    ["nps-and-regions.json", "pdus.json", "crcs.json", "extra-inspections.json", "more-inspections.json"];
pub const RECOMMENDATIONS_FILE: &str = "recommendations.json";
pub const CORRECTIONS_FILE: &str = "corrections.json";

/// A file's name (used in messages) and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedText {
    pub name: String,
    pub text: String,
}

impl NamedText {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        NamedText { name: name.into(), text: text.into() }
    }
}

/// The research as read from disk; absent optional files are `None`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResearchInput {
    /// In dataset order (see [`INSPECTION_FILES`]).
    pub inspection_files: Vec<NamedText>,
    pub recommendations: Option<NamedText>,
    pub corrections: Option<NamedText>,
}

/// Every inspection record, in file order, with each id's position in the
/// list. An id used twice is a problem (the second record is dropped), since
/// ids are the dataset's permanent links.
pub(super) fn read_records(
    files: &[NamedText],
    problems: &mut Vec<String>,
    report: &mut ImportReport,
) -> (Vec<ResearchInspection>, HashMap<String, usize>) {
    let mut records: Vec<ResearchInspection> = Vec::new();
    let mut origin: HashMap<String, String> = HashMap::new();
    for file in files {
        let Some(list) = parse_list::<ResearchInspection>(file, problems) else { continue };
        report.inspection_files.push((file.name.clone(), list.len()));
        for rec in list {
            if let Some(first) = origin.get(&rec.id) {
                problems.push(format!("{}: inspection id \"{}\" is already used in {first}", file.name, rec.id));
                continue;
            }
            origin.insert(rec.id.clone(), file.name.clone());
            records.push(rec);
        }
    }
    let index = records.iter().enumerate().map(|(i, r)| (r.id.clone(), i)).collect();
    (records, index)
}

/// A research file's list of records; on a parse error, a problem naming
/// where in the file it is, and `None`.
pub(super) fn parse_list<T: DeserializeOwned>(file: &NamedText, problems: &mut Vec<String>) -> Option<Vec<T>> {
    match serde_json::from_str::<Vec<T>>(&file.text) {
        Ok(list) => Some(list),
        Err(e) => {
            let path = json_path::error_path(&file.text, &e);
            problems.push(format!("{}: {}: {e}", file.name, if path.is_empty() { "file" } else { &path }));
            None
        }
    }
}
