//! The URL contract (`shared/design/urls.md`): parsing a query string into a
//! view's state and printing it back, one canonical URL per view.
//!
//! Parsing never fails: unknown keys are ignored, unknown values are dropped
//! and reported so the page can say what it ignored.

use crate::data::{Basis, Dataset, FindingKind};

use super::filter::Filter;

/// Decodes `%XX` escapes and `+` (a space in form encoding). Invalid escapes
/// are kept literally rather than rejected.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(a), Some(b)) => {
                        out.push(a * 16 + b);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Escapes everything but unreserved characters (and commas, which separate
/// list values and read better unescaped).
pub fn percent_encode(text: &str, keep_commas: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') || (keep_commas && b == b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{:02X}", b));
        }
    }
    out
}

/// Splits `?a=1&b=2` (the leading `?` optional) into decoded pairs. A key
/// given twice keeps its last value.
pub fn parse_pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut pairs: Vec<(String, String)> = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let key = percent_decode(k);
        let value = percent_decode(v);
        pairs.retain(|(existing, _)| *existing != key);
        pairs.push((key, value));
    }
    pairs
}

/// A value the URL named that the dataset does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    pub key: String,
    pub value: String,
}

impl std::fmt::Display for Ignored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} \"{}\"", self.key, self.value)
    }
}

/// The keys of the filter, in the order they are printed.
pub const FILTER_KEYS: [&str; 9] = ["region", "type", "rating", "theme", "kind", "basis", "since", "until", "q"];

/// Years outside this range are taken for typing mistakes.
const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;

impl Filter {
    /// Reads the filter keys of a query string, checking every value against
    /// the dataset's declared ids. Other keys are left to the page.
    pub fn from_query(query: &str, data: &Dataset) -> (Filter, Vec<Ignored>) {
        let mut filter = Filter::default();
        let mut ignored = Vec::new();
        for (key, value) in parse_pairs(query) {
            let mut list = |known: &dyn Fn(&str) -> bool, into: &mut Vec<String>| {
                for v in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                    if known(v) && !into.iter().any(|x| x == v) {
                        into.push(v.to_string());
                    } else if !known(v) {
                        ignored.push(Ignored { key: key.clone(), value: v.to_string() });
                    }
                }
            };
            match key.as_str() {
                "region" => list(&|v| data.region(v).is_some(), &mut filter.regions),
                "type" => list(&|v| data.service_type(v).is_some(), &mut filter.types),
                "rating" => list(&|v| data.scale_level(v).is_some(), &mut filter.ratings),
                "theme" => list(&|v| data.theme(v).is_some(), &mut filter.themes),
                "kind" => {
                    let mut kinds = Vec::new();
                    list(&|v| FindingKind::from_id(v).is_some(), &mut kinds);
                    filter.kinds = kinds.iter().filter_map(|k| FindingKind::from_id(k)).collect();
                }
                "basis" => {
                    let mut bases = Vec::new();
                    list(&|v| Basis::from_id(v).is_some(), &mut bases);
                    filter.bases = bases.iter().filter_map(|b| Basis::from_id(b)).collect();
                }
                "since" | "until" => {
                    let v = value.trim();
                    match v.parse::<i32>() {
                        Ok(year) if YEAR_RANGE.contains(&year) => {
                            if key == "since" {
                                filter.since = Some(year)
                            } else {
                                filter.until = Some(year)
                            }
                        }
                        _ if v.is_empty() => {}
                        _ => ignored.push(Ignored { key: key.clone(), value: v.to_string() }),
                    }
                }
                "q" => filter.q = value.trim().to_string(),
                _ => {}
            }
        }
        filter.normalise(data);
        (filter, ignored)
    }

    /// Puts list values in the dataset's declared order, so that one view
    /// has one URL whatever order the values were chosen in.
    pub fn normalise(&mut self, data: &Dataset) {
        let order = |ids: &mut Vec<String>, declared: Vec<&str>| {
            let rank = |id: &String| declared.iter().position(|d| d == id).unwrap_or(usize::MAX);
            crate::sort::sort_by(ids, &|a, b| rank(a).cmp(&rank(b)));
            ids.dedup();
        };
        order(&mut self.regions, data.regions.iter().map(|r| r.id.as_str()).collect());
        order(&mut self.types, data.service_types.iter().map(|t| t.id.as_str()).collect());
        order(&mut self.ratings, data.scale.iter().map(|s| s.id.as_str()).collect());
        order(&mut self.themes, data.themes.iter().map(|t| t.id.as_str()).collect());
        crate::sort::sort_by(&mut self.kinds, &|a, b| a.cmp(b));
        self.kinds.dedup();
        crate::sort::sort_by(&mut self.bases, &|a, b| a.cmp(b));
        self.bases.dedup();
    }

    /// The filter as `key=value` pairs in the contract's key order, with
    /// defaults left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let list = |ids: &[String]| ids.join(",");
        if !self.regions.is_empty() {
            pairs.push(("region", list(&self.regions)));
        }
        if !self.types.is_empty() {
            pairs.push(("type", list(&self.types)));
        }
        if !self.ratings.is_empty() {
            pairs.push(("rating", list(&self.ratings)));
        }
        if !self.themes.is_empty() {
            pairs.push(("theme", list(&self.themes)));
        }
        if !self.kinds.is_empty() {
            pairs.push(("kind", self.kinds.iter().map(|k| k.id()).collect::<Vec<_>>().join(",")));
        }
        if !self.bases.is_empty() {
            pairs.push(("basis", self.bases.iter().map(|b| b.id()).collect::<Vec<_>>().join(",")));
        }
        if let Some(y) = self.since {
            pairs.push(("since", y.to_string()));
        }
        if let Some(y) = self.until {
            pairs.push(("until", y.to_string()));
        }
        if !self.q.trim().is_empty() {
            pairs.push(("q", self.q.trim().to_string()));
        }
        pairs
    }
}

/// Prints pairs as a query string without the leading `?`; empty when there
/// is nothing to say.
pub fn to_query_string<K: AsRef<str>>(pairs: &[(K, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k.as_ref(), false), percent_encode(v, k.as_ref() != "q")))
        .collect::<Vec<_>>()
        .join("&")
}

/// A route's path joined to its query, e.g. `/inspections?region=wales`.
pub fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// The `ids` of `#/compare?ids=a,b`: known inspection ids in the given order,
/// without repeats, and the unknown ones to report.
pub fn parse_compare_ids(query: &str, data: &Dataset) -> (Vec<String>, Vec<Ignored>) {
    let mut ids: Vec<String> = Vec::new();
    let mut ignored = Vec::new();
    if let Some((_, value)) = parse_pairs(query).into_iter().find(|(k, _)| k == "ids") {
        for id in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
            if data.inspection(id).is_none() {
                ignored.push(Ignored { key: "ids".into(), value: id.into() });
            } else if !ids.iter().any(|x| x == id) {
                ids.push(id.into());
            }
        }
    }
    (ids, ignored)
}
