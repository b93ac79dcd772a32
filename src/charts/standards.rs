//! Standards across inspections: which columns a heatmap (or the compare
//! table) has and in what order, which rows and in what order, and short
//! forms of the scale's labels for small cells.

use std::cmp::Ordering;

use crate::data::date::PartialDate;
use crate::data::{Dataset, Inspection, ScaleLevel};
use crate::query::search::lower_case_text;

/// A standard as a column: inspections' ratings are matched to it by name
/// (ignoring case and spacing), since codes are reused across frameworks.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardColumn {
    /// The name as first written.
    pub name: String,
    /// The code most often given with this name, if any.
    pub code: Option<String>,
    /// How many of the inspections rate it.
    pub count: usize,
}

impl StandardColumn {
    /// "1.1 Leadership", or just the name when there is no code.
    pub fn label(&self) -> String {
        match &self.code {
            Some(c) => format!("{c} {}", self.name),
            None => self.name.clone(),
        }
    }
    /// Does a rating's standard name mean this column?
    pub fn matches(&self, standard: &str) -> bool {
        name_key(standard) == name_key(&self.name)
    }
}

/// The key two standard names are matched by: spacing collapsed and
/// letters in lower case.
pub fn name_key(name: &str) -> String {
    lower_case_text(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Compares codes such as "1.2" and "1.10" part by part, numerically where
/// both parts are numbers.
pub fn compare_codes(a: &str, b: &str) -> Ordering {
    let mut pa = a.split(['.', '-', ' ']);
    let mut pb = b.split(['.', '-', ' ']);
    loop {
        match (pa.next(), pb.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let o = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    (Ok(_), Err(_)) => Ordering::Less,
                    (Err(_), Ok(_)) => Ordering::Greater,
                    _ => x.cmp(y),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

/// The standards the inspections rate, one column per name. Columns with a
/// code come first, in code order; then those without, most often rated
/// first; ties by how often they occur, then by name.
pub fn standard_columns(inspections: &[&Inspection]) -> Vec<StandardColumn> {
    /// What is known so far of one column.
    struct Tally {
        name: String,
        /// The codes given with its name, and how often each.
        codes: Vec<(String, usize)>,
        count: usize,
    }
    let mut tallies: Vec<(String, Tally)> = Vec::new();
    for ins in inspections {
        let mut seen_here: Vec<String> = Vec::new();
        for r in &ins.ratings {
            let key = name_key(&r.standard);
            if key.is_empty() || seen_here.contains(&key) {
                continue;
            }
            seen_here.push(key.clone());
            let entry = match tallies.iter().position(|(k, _)| *k == key) {
                Some(p) => &mut tallies[p].1,
                None => {
                    tallies.push((key, Tally { name: r.standard.trim().to_string(), codes: Vec::new(), count: 0 }));
                    &mut tallies.last_mut().expect("just pushed").1
                }
            };
            entry.count += 1;
            if let Some(code) = r.code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
                match entry.codes.iter_mut().find(|(c, _)| c == code) {
                    Some((_, n)) => *n += 1,
                    None => entry.codes.push((code.to_string(), 1)),
                }
            }
        }
    }
    let mut columns: Vec<StandardColumn> = tallies
        .into_iter()
        .map(|(_, tally)| {
            let code = tally
                .codes
                .iter()
                .max_by(|x, y| x.1.cmp(&y.1).then_with(|| compare_codes(&y.0, &x.0)))
                .map(|(c, _)| c.clone());
            StandardColumn { name: tally.name, code, count: tally.count }
        })
        .collect();
    crate::sort::sort_by(&mut columns, &|a, b| {
        match (&a.code, &b.code) {
            (Some(x), Some(y)) => compare_codes(x, y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
        .then_with(|| b.count.cmp(&a.count))
        .then_with(|| a.name.cmp(&b.name))
    });
    columns
}

/// The order of a heatmap's rows: by overall rating in scale order (best
/// first, unrated last), then newest first (undated last), then by title.
pub fn order_rows(data: &Dataset, inspections: &[usize]) -> Vec<usize> {
    let rank = |i: usize| {
        data.inspections[i].overall.as_deref().and_then(|o| data.scale.iter().position(|s| s.id == o)).unwrap_or(usize::MAX)
    };
    let date = |i: usize| data.inspections[i].published.as_deref().and_then(PartialDate::parse);
    let before = |a: usize, b: usize| -> Ordering {
        rank(a)
            .cmp(&rank(b))
            .then_with(|| match (date(a), date(b)) {
                (Some(x), Some(y)) => y.cmp(&x),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            })
            .then_with(|| data.inspections[a].title.cmp(&data.inspections[b].title))
    };
    let mut rows = inspections.to_vec();
    crate::sort::sort_indexes(&mut rows, &before);
    rows
}

/// Short, distinct forms of the scale's labels for small cells: the
/// initials of each label ("RI" for "Requires improvement"), lengthened
/// letter by letter where two would be the same.
pub fn short_labels(scale: &[ScaleLevel]) -> Vec<String> {
    let words: Vec<Vec<Vec<char>>> =
        scale.iter().map(|s| s.label.split_whitespace().map(|w| w.chars().collect()).collect()).collect();
    // `extra[k]`: how many more letters of the first word level k shows.
    let mut extra = vec![0usize; scale.len()];
    let form = |k: usize, extra: usize| -> String {
        let w = &words[k];
        if w.is_empty() {
            return scale[k].id.chars().take(2 + extra).collect();
        }
        let mut s: String = w[0].iter().take(1 + extra).collect();
        for other in &w[1..] {
            if let Some(c) = other.first() {
                s.push(c.to_ascii_uppercase());
            }
        }
        let mut chars = s.chars();
        match chars.next() {
            Some(first) => std::iter::once(first.to_ascii_uppercase()).chain(chars).collect(),
            None => s,
        }
    };
    for _ in 0..8 {
        let forms: Vec<String> = (0..scale.len()).map(|k| form(k, extra[k])).collect();
        let mut clash = false;
        for k in 0..scale.len() {
            if forms.iter().enumerate().any(|(j, f)| j != k && f.eq_ignore_ascii_case(&forms[k])) {
                extra[k] += 1;
                clash = true;
            }
        }
        if !clash {
            return forms;
        }
    }
    // Still the same after eight letters: number them.
    (0..scale.len()).map(|k| format!("{}{}", form(k, extra[k]), k + 1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(label: &str) -> ScaleLevel {
        ScaleLevel { id: label.to_lowercase().replace(' ', "-"), label: label.into(), score: 0.0 }
    }

    #[test]
    fn names_match_whatever_their_case_and_spacing() {
        assert_eq!(name_key("  Leadership   AND Culture "), "leadership and culture");
        assert_eq!(name_key("ÉVALUATION"), name_key("évaluation"));
        assert_ne!(name_key("Evaluation"), name_key("évaluation"), "accents still tell names apart");
    }

    #[test]
    fn codes_compare_numerically() {
        assert_eq!(compare_codes("1.2", "1.10"), Ordering::Less);
        assert_eq!(compare_codes("2.1", "1.4"), Ordering::Greater);
        assert_eq!(compare_codes("1", "1.1"), Ordering::Less);
        assert_eq!(compare_codes("A", "B"), Ordering::Less);
        assert_eq!(compare_codes("3.2", "3.2"), Ordering::Equal);
    }

    #[test]
    fn probation_labels_shorten_to_initials() {
        let scale: Vec<ScaleLevel> =
            ["Outstanding", "Good", "Requires improvement", "Inadequate"].into_iter().map(level).collect();
        assert_eq!(short_labels(&scale), ["O", "G", "RI", "I"]);
    }

    #[test]
    fn clashing_initials_are_lengthened() {
        let scale: Vec<ScaleLevel> = ["Good", "Guarded", "Weak"].into_iter().map(level).collect();
        assert_eq!(short_labels(&scale), ["Go", "Gu", "W"]);
        let scale: Vec<ScaleLevel> = ["Strong", "Adequate", "Weak"].into_iter().map(level).collect();
        assert_eq!(short_labels(&scale), ["S", "A", "W"]);
    }
}
