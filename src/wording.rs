//! How the page words what it shows: counts, a recommendation's basis, a
//! source's name, a date. Pure text, so the same words are tested natively
//! and every component says a thing the same way.

use crate::data::date::PartialDate;
use crate::data::{is_web_url, Basis, Dataset, Inspection, Response, ScaleLevel};
use crate::query::ListKind;

/// "1 recommendation", "12 findings".
pub fn count_of(n: usize, list: ListKind) -> String {
    let noun = list.noun();
    if n == 1 {
        format!("1 {}", singular(list))
    } else {
        format!("{n} {noun}")
    }
}

/// "finding", "recommendation", "inspection".
pub fn singular(list: ListKind) -> &'static str {
    list.noun().trim_end_matches('s')
}

/// `one` for one, `many` otherwise.
pub fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The dataset's date in words ("27 November 2026"), or as the file
/// writes it if it cannot be read.
pub fn dataset_date(dataset: &Dataset) -> String {
    PartialDate::parse(&dataset.updated).map(|p| p.human()).unwrap_or_else(|| dataset.updated.clone())
}

/// A file's size as people read it, 1 KB being 1,000 bytes: "820 bytes",
/// "408 KB", "2.7 MB".
pub fn file_size(bytes: usize) -> String {
    match bytes {
        0..=999 => format!("{bytes} {}", plural(bytes, "byte", "bytes")),
        1_000..=999_499 => format!("{} KB", (bytes + 500) / 1_000),
        _ => {
            let tenths = (bytes + 50_000) / 100_000;
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    }
}

/// When an inspection was published, in words ("6 July 2021"), or `None`
/// when no source gives a readable date.
pub fn published(inspection: &Inspection) -> Option<String> {
    inspection.published.as_deref().and_then(PartialDate::parse).map(|p| p.human())
}

/// When an inspection was published, or "Undated".
pub fn published_or_undated(inspection: &Inspection) -> String {
    published(inspection).unwrap_or_else(|| "Undated".into())
}

/// Where a recommendation's words come from, said plainly (on its card).
pub fn basis_plainly(basis: Basis) -> &'static str {
    match basis {
        Basis::Recommendation => "The report's own recommendation",
        Basis::Statement => "Called for in a press release or coverage, not in the report's recommendations",
        Basis::Unverified => "Unverified: not checked against the report",
    }
}

/// A basis as a filter option: short, and plain about where the words come from.
pub fn basis_option(basis: Basis) -> &'static str {
    match basis {
        Basis::Recommendation => "Report's own recommendation",
        Basis::Statement => "Press release or coverage",
        Basis::Unverified => "Unverified",
    }
}

/// A response as a filter option: its label, or "Not known".
pub fn response_option(response: Option<Response>) -> &'static str {
    response.map_or("Not known", Response::label)
}

/// A short name for a recommendation's source: its web host, or "Source".
pub fn source_title(source: &str) -> String {
    if is_web_url(source) {
        source.split('/').nth(2).unwrap_or(source).trim_start_matches("www.").to_string()
    } else {
        "Source".to_string()
    }
}

/// The two lowest levels of a scale ("Requires improvement" and
/// "Inadequate" on the probation scale), and how many of some inspections
/// were rated one of them: the overview's and a region's headline share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LowRatings {
    /// How many of the inspections have an overall rating.
    pub rated: usize,
    /// How many of those are rated one of the two lowest levels.
    pub low: usize,
    /// The two levels' labels, best first, joined by "or".
    pub labels: String,
}

impl LowRatings {
    pub fn of(scale: &[ScaleLevel], all: &[Inspection], inspections: &[usize]) -> LowRatings {
        let lowest: Vec<&ScaleLevel> = scale.iter().rev().take(2).collect();
        let overall = |i: usize| all[i].overall.as_deref();
        let rated = inspections.iter().filter(|&&i| overall(i).is_some()).count();
        let low = inspections.iter().filter(|&&i| overall(i).is_some_and(|o| lowest.iter().any(|s| s.id == o))).count();
        let labels: Vec<&str> = lowest.iter().rev().map(|s| s.label.as_str()).collect();
        LowRatings { rated, low, labels: labels.join(" or ") }
    }

    /// The low share as a rounded percentage ("42%"), or "–" when nothing is rated.
    pub fn share(&self) -> String {
        match (self.low * 100 + self.rated / 2).checked_div(self.rated) {
            Some(percent) => format!("{percent}%"),
            None => "–".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_sizes_read_as_people_write_them() {
        assert_eq!(file_size(1), "1 byte");
        assert_eq!(file_size(820), "820 bytes");
        assert_eq!(file_size(999), "999 bytes");
        assert_eq!(file_size(1_000), "1 KB");
        assert_eq!(file_size(408_113), "408 KB");
        assert_eq!(file_size(999_499), "999 KB");
        assert_eq!(file_size(999_500), "1.0 MB");
        assert_eq!(file_size(2_740_000), "2.7 MB");
        assert_eq!(file_size(27_049_999), "27.0 MB");
    }

    fn level(id: &str, label: &str) -> ScaleLevel {
        ScaleLevel { id: id.into(), label: label.into(), score: 0.0 }
    }

    fn inspection(overall: Option<&str>, published: Option<&str>) -> Inspection {
        Inspection {
            id: "x".into(),
            title: "X".into(),
            service_type: "t".into(),
            provider: None,
            area: None,
            unit: None,
            regions: vec![],
            published: published.map(Into::into),
            fieldwork: None,
            chief_inspector: None,
            overall: overall.map(Into::into),
            score: None,
            ratings: vec![],
            recommendation_count: None,
            facts: vec![],
            findings: vec![],
            recommendations: vec![],
            sources: vec![],
        }
    }

    #[test]
    fn counts_are_singular_for_one() {
        assert_eq!(count_of(1, ListKind::Recommendations), "1 recommendation");
        assert_eq!(count_of(0, ListKind::Findings), "0 findings");
        assert_eq!(count_of(12, ListKind::Inspections), "12 inspections");
        assert_eq!(plural(1, "inspection", "inspections"), "inspection");
        assert_eq!(plural(2, "inspection", "inspections"), "inspections");
    }

    #[test]
    fn dates_are_in_words_or_undated() {
        assert_eq!(published_or_undated(&inspection(None, Some("2021-07-06"))), "6 July 2021");
        assert_eq!(published_or_undated(&inspection(None, Some("2021-07"))), "July 2021");
        assert_eq!(published_or_undated(&inspection(None, None)), "Undated");
        assert_eq!(published(&inspection(None, Some("not a date"))), None);
    }

    #[test]
    fn sources_are_named_by_their_host() {
        assert_eq!(source_title("https://www.justiceinspectorates.gov.uk/hmiprobation/x"), "justiceinspectorates.gov.uk");
        assert_eq!(source_title("javascript:alert(1)"), "Source");
        assert_eq!(source_title("a letter"), "Source");
    }

    #[test]
    fn the_low_share_counts_the_two_lowest_levels_among_the_rated() {
        let scale = [level("good", "Good"), level("ri", "Requires improvement"), level("bad", "Inadequate")];
        let all = [inspection(Some("good"), None), inspection(Some("ri"), None), inspection(Some("bad"), None), inspection(None, None)];
        let low = LowRatings::of(&scale, &all, &[0, 1, 2, 3]);
        assert_eq!(low, LowRatings { rated: 3, low: 2, labels: "Requires improvement or Inadequate".into() });
        assert_eq!(low.share(), "67%");
        assert_eq!(LowRatings::of(&scale, &all, &[0]).share(), "0%");
        assert_eq!(LowRatings::of(&scale, &all, &[3]).share(), "–");
        assert_eq!(LowRatings::of(&scale, &all, &[]).rated, 0);
    }
}
