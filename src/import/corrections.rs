//! `corrections.json`: better-sourced values for single fields of the
//! research records, applied in file order before the records are converted,
//! so a correction is written in the research's own terms (labels, not ids).
//! A correction whose note admits the value was inferred is left out: the
//! dataset records only what a source states.

use std::collections::HashMap;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::input::{parse_list, NamedText};
use super::report::{CorrectionOutcome, ImportReport};
use super::research::{ResearchCorrection, ResearchInspection, ResearchRating};

/// Applies each entry of `file` to the record `index` names, except one whose
/// note contains an [`inferred_keyword`]. A correction's source joins the
/// record's sources.
pub(super) fn apply_corrections(
    file: &NamedText,
    records: &mut [ResearchInspection],
    index: &HashMap<String, usize>,
    inferred_note_keywords: &[String],
    problems: &mut Vec<String>,
    report: &mut ImportReport,
) {
    let Some(list) = parse_list::<ResearchCorrection>(file, problems) else { return };
    for (n, correction) in list.into_iter().enumerate() {
        let place = format!("{}[{n}]", file.name);
        let Some(&i) = index.get(&correction.inspection_id) else {
            problems.push(format!(
                "{place}: inspection_id \"{}\" is not an inspection in the research files",
                correction.inspection_id
            ));
            continue;
        };
        let note = correction.note.as_deref().unwrap_or("");
        if let Some(keyword) = inferred_keyword(note, inferred_note_keywords) {
            report.skipped.push(CorrectionOutcome {
                inspection_id: correction.inspection_id.clone(),
                field: correction.field.clone(),
                detail: format!(
                    "left out: its note says the value was inferred, not stated (contains \"{keyword}\"): {note}"
                ),
            });
            continue;
        }
        match apply_correction(&mut records[i], &correction) {
            Ok(change) => {
                let mut detail = change;
                if let Some(source) = &correction.source {
                    if !records[i].sources.iter().any(|s| s == source) {
                        records[i].sources.push(source.clone());
                        detail.push_str("; source added");
                    }
                }
                report.applied.push(CorrectionOutcome {
                    inspection_id: correction.inspection_id.clone(),
                    field: correction.field.clone(),
                    detail,
                });
            }
            Err(e) => problems.push(format!("{place} ({} {}): {e}", correction.inspection_id, correction.field)),
        }
    }
}

/// Overrides one field of a research record; returns `old -> new`.
fn apply_correction(record: &mut ResearchInspection, c: &ResearchCorrection) -> Result<String, String> {
    fn set<T: DeserializeOwned + serde::Serialize>(slot: &mut T, value: &Value) -> Result<String, String> {
        let new: T = serde_json::from_value(value.clone()).map_err(|e| format!("the value does not fit: {e}"))?;
        let old = serde_json::to_string(slot).unwrap_or_default();
        *slot = new;
        let new = serde_json::to_string(slot).unwrap_or_default();
        Ok(if old == new { format!("{new} (unchanged)") } else { format!("{old} -> {new}") })
    }
    match c.field.as_str() {
        "title" => set(&mut record.title, &c.value),
        "provider" => set(&mut record.provider, &c.value),
        "area" => set(&mut record.area, &c.value),
        "regions" => set(&mut record.regions, &c.value),
        "published" => set(&mut record.published, &c.value),
        "fieldwork" => set(&mut record.fieldwork, &c.value),
        "chief_inspector" => set(&mut record.chief_inspector, &c.value),
        "overall_rating" => set(&mut record.overall_rating, &c.value),
        "score" => set(&mut record.score, &c.value),
        "recommendation_count" => set(&mut record.recommendation_count, &c.value),
        "ratings" => {
            let new: Vec<ResearchRating> =
                serde_json::from_value(c.value.clone()).map_err(|e| format!("the value does not fit: {e}"))?;
            let old = record.ratings.len();
            record.ratings = new;
            let list: Vec<String> = record.ratings.iter().map(|r| format!("{} {}", r.standard, r.rating)).collect();
            Ok(format!("{old} rating(s) -> {} rating(s): {}", record.ratings.len(), list.join(", ")))
        }
        other => Err(format!("the field \"{other}\" cannot be corrected by the import")),
    }
}

/// The first keyword (from `keywords`) found in a correction's note, ignoring case.
pub fn inferred_keyword<'a>(note: &str, keywords: &'a [String]) -> Option<&'a str> {
    let lower = note.to_lowercase();
    keywords.iter().find(|k| lower.contains(&k.to_lowercase())).map(String::as_str)
}
