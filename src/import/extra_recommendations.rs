//! `recommendations.json`: recommendations the research gathered apart from
//! the inspection files, appended to their inspection's list. The same
//! recommendation is often found in both places, worded a little differently,
//! so a duplicate is left out and only fills the kept one's gaps.

use std::collections::HashMap;

use super::input::{parse_list, NamedText};
use super::report::ImportReport;
use super::research::{ResearchExtraRecommendation, ResearchInspection, ResearchRecommendation};

/// Appends each entry of `file` to the record `index` names, skipping one
/// whose [`normalise_text`] is already in that record's list.
pub(super) fn merge_extra_recommendations(
    file: &NamedText,
    records: &mut [ResearchInspection],
    index: &HashMap<String, usize>,
    problems: &mut Vec<String>,
    report: &mut ImportReport,
) {
    let Some(list) = parse_list::<ResearchExtraRecommendation>(file, problems) else { return };
    for (n, extra) in list.into_iter().enumerate() {
        let Some(&i) = index.get(&extra.inspection_id) else {
            problems.push(format!(
                "{}[{n}]: inspection_id \"{}\" is not an inspection in the research files",
                file.name, extra.inspection_id
            ));
            continue;
        };
        let record = &mut records[i];
        let key = normalise_text(&extra.text);
        match record.recommendations.iter_mut().find(|r| normalise_text(&r.text) == key) {
            Some(kept) => {
                let filled = fill_gaps(kept, &extra);
                let filled = if filled.is_empty() {
                    String::new()
                } else {
                    format!(" (the kept one took its {})", filled.join(", "))
                };
                report.duplicates.push(format!(
                    "{} {}[{n}] \"{}\" duplicates a recommendation already in the record{filled}",
                    extra.inspection_id, file.name, extra.text
                ));
            }
            None => {
                record.recommendations.push(extra.into_recommendation());
                report.recommendations_appended += 1;
            }
        }
    }
}

/// Copies a duplicate's basis, response, target date and source into the kept
/// recommendation where it has none; returns the names of the fields filled.
fn fill_gaps(kept: &mut ResearchRecommendation, duplicate: &ResearchExtraRecommendation) -> Vec<&'static str> {
    let mut filled = Vec::new();
    let pairs: [(&mut Option<String>, &Option<String>, &'static str); 4] = [
        (&mut kept.basis, &duplicate.basis, "basis"),
        (&mut kept.response, &duplicate.response, "response"),
        (&mut kept.target_date, &duplicate.target_date, "target date"),
        (&mut kept.source, &duplicate.source, "source"),
    ];
    for (mine, theirs, name) in pairs {
        if mine.is_none() {
            if let Some(v) = theirs {
                *mine = Some(v.clone());
                filled.push(name);
            }
        }
    }
    filled
}

/// Lower case, punctuation and runs of spaces folded to one space: the key by
/// which two recommendation texts are the same.
pub fn normalise_text(text: &str) -> String {
    text.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}
